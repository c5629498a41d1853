/**
 * A document's saved content as Drive and DocumentApp both see it: a new document, its text, its PDF export. Kept apart
 * from documents.ts so that Drive (which exports and copies documents) and DocumentApp (which creates them as Drive
 * files) do not import each other.
 */
import { FakeBlob, MIME, utf8 } from './base';
import type { Runtime } from './core';
import type { DocContent } from './state';

/** A new document: one empty paragraph, 1-inch (72 pt) margins. */
export const newDocumentContent = (): DocContent => ({
  body: [{ eid: 1, type: 'PARAGRAPH', text: '', heading: 'NORMAL', attrs: {} }],
  margins: { top: 72, bottom: 72, left: 72, right: 72 },
  nextEid: 2,
});

/** Body text as Apps Script's getText gives it: one line per paragraph; table cells separated by tabs. */
export function documentText(content: DocContent): string {
  return content.body.map((e) => (e.type === 'TABLE' ? e.rows.map((r) => r.map((c) => c.text).join('\t')).join('\n') : e.text)).join('\n');
}

/** The PDF export: a stub, clearly not a real PDF, carrying the saved text. */
export function documentPdf(rt: Runtime, id: string): FakeBlob {
  const content = rt.state.documents[id]!;
  const pdf = `%PDF-1.4\n% Emulator stub, not a real PDF. Document text follows.\n${documentText(content)}\n%%EOF\n`;
  return new FakeBlob(rt, utf8(pdf), MIME.PDF, `${rt.state.drive[id]?.name ?? 'document'}.pdf`).api;
}
