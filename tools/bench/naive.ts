/**
 * Deliberately naive versions of some operations, as Apps Script code is often written: one getValue per cell read
 * and one appendRow per record written. They run against the emulator's services in an execution, like the product,
 * so the same latency model prices both.
 */

import { plannedEpisode } from '../../src/domain/episodes/episodes';
import { wibDate, wibInstant } from '../../src/domain/shared/dates';
import { SCHEMAS, type SheetKey } from '../../src/domain/shared/schema';

type Services = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };

const sheet = (g: Services, key: SheetKey) => g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SCHEMAS[key].name)!;
const column = (key: SheetKey, name: string) => SCHEMAS[key].columns.findIndex((c) => c.key === name) + 1;

/** Every cell of a sheet's columns, one getValue each. */
function cellByCell(g: Services, key: SheetKey): unknown[][] {
  const s = sheet(g, key);
  const rows: unknown[][] = [];
  for (let r = 2, last = s.getLastRow(); r <= last; r++) {
    rows.push(SCHEMAS[key].columns.map((_, c) => s.getRange(r, c + 1).getValue()));
  }
  return rows;
}

/** A record as the row appendRow writes (columns in the schema's order). */
function cells(key: SheetKey, row: Record<string, unknown>): unknown[] {
  return SCHEMAS[key].columns.map((c) => {
    const v = row[c.key];
    if (v === '' || v === null || v === undefined) return '';
    if (c.type === 'date') return wibInstant(String(v));
    if (c.type === 'datetime') return wibInstant(...(String(v).split(' ') as [string, string]));
    return v;
  });
}

export const NAIVE = {
  /** Checks the date and finds the next id cell by cell, then one appendRow for the episode, each stage and the audit. */
  scheduleEpisode(g: Services, input: { liveDate: string; narasumberId: string; topic: string; user: string; now: string }): string {
    const episodes = sheet(g, 'episodes');
    let highest = 0;
    for (let r = 2, last = episodes.getLastRow(); r <= last; r++) {
      highest = Math.max(highest, Number(String(episodes.getRange(r, column('episodes', 'id')).getValue()).slice(3)));
      const date = episodes.getRange(r, column('episodes', 'liveDate')).getValue() as Date;
      if (wibDate(date) === input.liveDate && episodes.getRange(r, column('episodes', 'status')).getValue() !== 'dibatalkan')
        throw new Error('date taken');
    }
    const guests = sheet(g, 'guests');
    let found = false;
    for (let r = 2, last = guests.getLastRow(); r <= last && !found; r++) found = guests.getRange(r, 1).getValue() === input.narasumberId;
    if (!found) throw new Error('unknown guest');
    const id = `EP-${String(highest + 1).padStart(3, '0')}`;
    const times = { liveStart: '08:00', liveEnd: '08:30', qaStart: '09:00', qaEnd: '09:30' };
    const { episode, stages } = plannedEpisode(
      { id, liveDate: input.liveDate, guestId: input.narasumberId, topic: input.topic, recordedBy: input.user, recordedAt: input.now },
      times,
      4,
    );
    episodes.appendRow(cells('episodes', episode));
    for (const stage of stages) sheet(g, 'stages').appendRow(cells('stages', stage));
    sheet(g, 'audit').appendRow(
      cells('audit', {
        at: input.now,
        user: input.user,
        action: 'jadwalkan episode',
        recordId: id,
        before: '',
        after: JSON.stringify(episode),
      }),
    );
    return id;
  },

  /** The episodes, their stages and guests, every cell one getValue. */
  listEpisodes(g: Services): number {
    return cellByCell(g, 'episodes').length + cellByCell(g, 'stages').length + cellByCell(g, 'guests').length;
  },

  /** One appendRow per comment, and one per comment that looks like a question. */
  importComments(g: Services, input: { episodeId: string; content: string; user: string; now: string }): number {
    const comments = sheet(g, 'comments');
    const questions = sheet(g, 'questions');
    let n = 0;
    for (const line of input.content.split('\n').slice(1)) {
      const [timestamp, type, uniqueId, nickname, text, , msgId] = line.slice(1, -1).split('","');
      if (type !== 'comment') continue;
      comments.appendRow([input.episodeId, new Date(timestamp), uniqueId, nickname, text, msgId, `${input.episodeId}|m:${msgId}`]);
      if (/\?|^(gmn|apa|bagaimana|berapa)\b/i.test(text)) {
        questions.appendRow(
          cells('questions', {
            id: `TJ-N${++n}`,
            episodeId: input.episodeId,
            question: text,
            askerHandle: `@${uniqueId}`,
            askedAt: input.now,
            status: 'belum dijawab',
            topic: 'lainnya',
            source: 'impor',
            recordedBy: input.user,
            recordedAt: input.now,
          }),
        );
      }
    }
    return n;
  },

  /** What the reminder run reads to work out what is owed: episodes, stages, follow-ups, the ledger, the settings. */
  remindersRead(g: Services): number {
    return (['episodes', 'stages', 'actions', 'reminders', 'settings'] as const).reduce((n, key) => n + cellByCell(g, key).length, 0);
  },

  /** What the yearly recap reads: every record sheet (a naive script cannot tell a year's rows without reading them). */
  yearlyReportRead(g: Services): number {
    return (
      [
        'episodes',
        'stages',
        'guests',
        'metrics',
        'viewerCounts',
        'questions',
        'feedback',
        'evaluations',
        'actions',
        'survey',
        'settings',
      ] as const
    ).reduce((n, key) => n + cellByCell(g, key).length, 0);
  },
};
