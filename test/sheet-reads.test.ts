/**
 * Every global function, however Apps Script reaches it (src/entrypoints.ts), reads each sheet at most once per call:
 * a sheet read again costs a round trip and its cells again, and at ten years that is seconds.
 *
 * A read of a sheet, as counted here, is a grid read starting at its header row: every table and log of the register
 * starts there (columns are found by header). The targeted reads a table makes after its header (a scoped table's key
 * columns and span, a cell checked again under the lock before it is written) start below it and are not counted.
 *
 * The report e-mail's calls are counted in Drive requests too: asking for a folder's access is one request per address.
 */

import { UNSUR } from '../src/domain/survey/skm';
import { ENTRYPOINTS, type Entry } from '../src/entrypoints';
import { costFor } from '../tools/bench/latency';
import type { Product } from '../tools/harness';
import { driveAs, ok, sheetRows } from './calls';
import { TEAM } from './fixtures/episodes';
import { exampleFor } from './fixtures/inputs';
import { registerFor } from './fixtures/world';

/**
 * Reads a sheet twice by design: "Siapkan register" writes the headers it is missing, then reads "Pengaturan" with
 * them. (The first report ever also reads "Pengaturan" again, under the lock, to create the report folder once: the
 * registers below have their folder.)
 */
const REREADS_BY_DESIGN = ['setupRegister', 'showRegisterSetup'];

/** Runs `run` and returns, by sheet name, the ranges of the reads that start at its header row. */
function headerReads(product: Product, run: () => void): Record<string, string[]> {
  const names = new Map(product.emu.spreadsheet.getSheets().map((s) => [s.getSheetId(), s.getName()]));
  const reads: Record<string, string[]> = {};
  const stop = product.emu.hooks.onCall((key, _args, _execution, target) => {
    const range = target as { sheetId?: number; rect?: { row: number; col: number; rows: number; cols: number } };
    if (costFor(key).group !== 'read' || range.sheetId === undefined || range.rect?.row !== 1) return;
    const { rows, cols } = range.rect;
    const name = names.get(range.sheetId) ?? `sheet ${range.sheetId}`;
    (reads[name] ??= []).push(`${key} ${rows}×${cols}`);
  });
  try {
    run();
  } finally {
    stop();
  }
  return reads;
}

/** The sheets read more than once, with their reads. */
const twice = (reads: Record<string, string[]>) => Object.fromEntries(Object.entries(reads).filter(([, r]) => r.length > 1));

/** The fixture register for `name`, with the report folder made (by a recap) and, for the form trigger, a form. */
function registerOf(name: string): Product {
  const product = registerFor(ENTRYPOINTS[name as keyof typeof ENTRYPOINTS] === 'sidebar' ? name : undefined);
  ok(product, 'generatePeriodReport', { from: '2026-11-01', to: '2026-11-30' });
  if (name === 'onSurveySubmit') ok(product, 'createSurveyForm', {});
  return product;
}

/** Calls `name` as it is reached: the sidebar (or the phone page) with its example input, a trigger, the menu, a GET. */
function reach(product: Product, name: string, entry: Entry): void {
  const result = (() => {
    if (entry === 'sidebar') return product.callFromSidebar<{ ok: boolean }>(name, exampleFor(name).input).result;
    if (entry === 'webapp') return product.getWebApp(product.emu.spreadsheet.getOwner()!.getEmail()).result;
    if (name === 'onOpen') return product.open()?.result;
    if (name === 'onSurveySubmit') {
      const formId = ok<{ formId: string }>(product, 'getSurveyForm', {}).formId;
      const { triggers } = product.emu.forms.submit(formId, Object.fromEntries(UNSUR.map((u) => [u.question, u.labels[3]])));
      const [t] = triggers;
      return product.run(t.handler, [t.event], { kind: 'trigger', user: t.owner, container: t.container }).result;
    }
    if (entry === 'trigger') return product.run(name, [{ authMode: 'FULL', triggerUid: 'sheet-reads' }], { kind: 'trigger' }).result;
    return product.run(name, []).result;
  })();
  if (result && typeof result === 'object' && 'ok' in result && !result.ok) throw new Error(`${name}: ${JSON.stringify(result)}`);
}

describe('each sheet read at most once per call', () => {
  const entries = Object.entries(ENTRYPOINTS).filter(([name]) => !REREADS_BY_DESIGN.includes(name));

  it.each(entries)('%s (%s)', (name, entry) => {
    const product = registerOf(name);
    expect(twice(headerReads(product, () => reach(product, name, entry)))).toEqual({});
  });

  it('setupRegister reads again only the settings it has just given their headers', () => {
    const product = registerOf('setupRegister');
    expect(Object.keys(twice(headerReads(product, () => reach(product, 'setupRegister', 'sidebar'))))).toEqual(['Pengaturan']);
  });

  it('an episode report, a dashboard refresh and the hourly run each read the register once, and read it', () => {
    // Read at all: the check above would pass on a call that read nothing.
    for (const [name, entry] of [
      ['generateEpisodeReport', 'sidebar'],
      ['refreshDashboard', 'sidebar'],
      ['runReminders', 'trigger'],
    ] as const) {
      const product = registerOf(name);
      const reads = headerReads(product, () => reach(product, name, entry));
      expect(Object.keys(reads)).toEqual(expect.arrayContaining(['Episode', 'Tahap SOP', 'Pengaturan', 'Narasumber', 'Tindak Lanjut']));
      expect(twice(reads)).toEqual({});
    }
  });
});

describe('an episode report whose row moved while the document was written', () => {
  it('is refused with "coba lagi", writes no link into another row, and the next try links the same document', () => {
    const product = registerOf('generateEpisodeReport');
    const sheet = product.emu.spreadsheet.getSheetByName('Episode')!;
    const links = () => sheetRows(product, 'Episode').map((r) => `${r.ID} ${r['Tautan Laporan']}`);
    let moved = false;
    const stop = product.emu.hooks.onCall((key) => {
      if (moved || key !== 'Document.saveAndClose') return;
      moved = true;
      // Rows sorted by hand (newest first) while the document was being written.
      product.emu.untracked(() => {
        const data = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
        data.setValues(data.getValues().reverse());
      });
    });
    const before = links();
    const result = product.callFromSidebar<{ ok: boolean; errors?: unknown }>('generateEpisodeReport', { episodeId: 'EP-001' }).result;
    stop();
    expect(result).toEqual({
      ok: false,
      errors: [{ field: '', message: 'Baris episode EP-001 berpindah di lembar Episode selama laporan dibuat. Coba lagi.' }],
    });
    expect(links()).toEqual([...before].reverse());
    const again = ok<{ documentId: string; url: string }>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(links().filter((l) => l.startsWith('EP-001'))).toEqual([`EP-001 ${again.url}`]);
    const reports = product.emu.driveItems().filter((i) => i.name.includes('Episode EP-001') && !i.trashed);
    expect(reports.map((i) => i.id)).toEqual([again.documentId]);
  });
});

describe('the report e-mail: Drive asked once per address it shows or mails, and only the sheets it needs read', () => {
  /** The requests to Drive the latency model prices (a fetched object's getName, getUrl… are local and left out). */
  const isDriveRequest = (key: string) => /^(DriveApp|Folder|File|FileIterator|FolderIterator)\./.test(key) && costFor(key).ms > 1;

  /**
   * `name` run from the sidebar of the Tim Pelaksana, an editor of the report folder (as where the office shares it):
   * its answer, its Drive requests by kind, the addresses whose access it asked for, and the sheets it read.
   */
  function asPelaksana<T>(name: string, input: unknown) {
    const product = registerOf(name);
    const owner = product.emu.spreadsheet.getOwner()!.getEmail();
    const folderId = ok<{ reportFolderId: string }>(product, 'getSettings', {}).reportFolderId;
    driveAs(product, owner, (g) => g.DriveApp.getFolderById(folderId).addEditor(TEAM.emailPelaksana));
    const drive: Record<string, number> = {};
    const askedAbout: string[] = [];
    const episodeSheet = product.emu.spreadsheet.getSheetByName('Episode')!.getSheetId();
    const episodeReads: Array<{ rows: number; cols: number }> = [];
    const stop = product.emu.hooks.onCall((key, args, _execution, target) => {
      const range = target as { sheetId?: number; rect?: { rows: number; cols: number } };
      if (costFor(key).group === 'read' && range.sheetId === episodeSheet && range.rect) episodeReads.push(range.rect);
      if (!isDriveRequest(key)) return;
      drive[key] = (drive[key] ?? 0) + 1;
      if (key === 'Folder.getAccess') askedAbout.push(String(args[0]));
    });
    let answer: { ok: boolean; data: T; warnings?: string[] } | undefined;
    const reads = headerReads(product, () => {
      answer = product.callFromSidebar<{ ok: boolean; data: T; warnings?: string[] }>(name, input, TEAM.emailPelaksana).result;
    });
    stop();
    // Of "Episode", the call needs one row: only single rows (the header, the episode's) and the ID column are read.
    expect(episodeReads.filter((r) => r.rows > 1 && r.cols > 1)).toEqual([]);
    expect(episodeReads.length).toBeGreaterThan(0);
    return { answer: answer!, drive, askedAbout, sheets: Object.keys(reads).sort() };
  }
  /** What finding the report, its folder and its PDF, and the folder's link sharing take, whoever is asked about. */
  const FIXED = {
    'DriveApp.getFileById': 1,
    'File.isTrashed': 1,
    'File.getParents': 1,
    'FolderIterator.next': 1,
    'Folder.getFilesByName': 1,
    'Folder.getSharingAccess': 1,
  };

  it('the preview asks about each other member of the team once, and shows the running member able to open the folder', () => {
    const { answer, drive, askedAbout, sheets } = asPelaksana<{ recipients: Array<{ address: string; canOpen: boolean }> }>(
      'previewReportEmail',
      { episodeId: 'EP-001' },
    );
    expect(answer.data.recipients.map((r) => [r.address, r.canOpen])).toEqual([
      [TEAM.emailPelaksana, true],
      [TEAM.emailHumas, false],
      [TEAM.emailPubdisdok, false],
      [TEAM.emailKepala, false],
    ]);
    expect(askedAbout).toEqual([TEAM.emailHumas, TEAM.emailPubdisdok, TEAM.emailKepala]);
    expect(drive).toEqual({ ...FIXED, 'Folder.getAccess': 3 });
    expect(sheets).toEqual(['Episode', 'Pengaturan']);
  });

  it('sending asks only about the chosen, and not about the sender', () => {
    const { answer, drive, askedAbout, sheets } = asPelaksana<{ recipients: string[] }>('emailReportLink', {
      episodeId: 'EP-001',
      recipients: [TEAM.emailPelaksana, TEAM.emailHumas],
    });
    expect(answer.data.recipients).toEqual([TEAM.emailPelaksana, TEAM.emailHumas]);
    expect(answer.warnings).toEqual([
      `Folder laporan belum dibagikan kepada ${TEAM.emailHumas}; tautannya mungkin tidak dapat mereka buka.`,
    ]);
    expect(askedAbout).toEqual([TEAM.emailHumas]);
    expect(drive).toEqual({ ...FIXED, 'Folder.getAccess': 1 });
    expect(sheets).toEqual(['Episode', 'Log Audit', 'Pengaturan']);
  });
});
