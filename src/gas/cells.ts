/**
 * Cells of the register's sheets: converting between a cell and the product's value, finding the
 * product's columns by header, and writing a block of rows (formats first, then values).
 */
import { isIsoDate, wibDate, wibDateTime, wibInstant } from '../domain/shared/dates';
import { type Column, SCHEMAS, type SheetKey } from '../domain/shared/schema';
import { Refusal } from '../domain/shared/validation';
import { menuPath } from '../entrypoints';

export type Cell = string | number | boolean | Date;

export const NUMBER_FORMATS: Record<Column['type'], string> = {
  text: '@',
  number: '0',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  bool: 'General',
};

const DATETIME = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):([0-5]\d)$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}))?$/;

export class RegisterError extends Refusal {
  constructor(message: string) {
    super([{ field: '', message }]);
  }
}

export const setupHint = `Jalankan ${menuPath('showRegisterSetup')}.`;

export function normaliseHeader(h: unknown): string {
  return String(h).trim().toLowerCase();
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

/** A user-typed `dd/mm/yyyy [hh:mm]` in a text cell, as ISO parts. */
function fromDmy(s: string): { date: string; time: string } | null {
  const m = DMY.exec(s.trim());
  if (!m) return null;
  const date = `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  return isIsoDate(date) ? { date, time: m[4] ? `${pad(m[4])}:${m[5]}` : '00:00' } : null;
}

/** Converts a cell to the product's value, or returns an Indonesian reason why it cannot. */
export function fromCell(column: Column, cell: unknown): { value: unknown } | { problem: string } {
  const empty = cell === '' || cell === null || cell === undefined;
  switch (column.type) {
    case 'number': {
      if (empty) return { value: null };
      const n = typeof cell === 'number' ? cell : typeof cell === 'string' && cell.trim() !== '' ? Number(cell) : NaN;
      return Number.isFinite(n) ? { value: n } : { problem: 'bukan angka' };
    }
    case 'bool':
      if (empty) return { value: false };
      if (typeof cell === 'boolean') return { value: cell };
      return { problem: 'bukan nilai ya/tidak' };
    case 'date':
    case 'datetime': {
      if (empty) return { value: '' };
      const withTime = column.type === 'datetime';
      if (cell instanceof Date) return { value: withTime ? wibDateTime(cell) : wibDate(cell) };
      const s = String(cell).trim();
      if (!withTime && isIsoDate(s)) return { value: s };
      if (withTime && DATETIME.test(s)) return { value: s };
      const dmy = fromDmy(s);
      if (dmy) return { value: withTime ? `${dmy.date} ${dmy.time}` : dmy.date };
      return { problem: 'bukan tanggal' };
    }
    default:
      if (empty) return { value: '' };
      if (cell instanceof Date) return { value: wibDateTime(cell) };
      return { value: String(cell) };
  }
}

export function toCell(column: Column, value: unknown): Cell {
  if (value === null || value === undefined || value === '') return '';
  switch (column.type) {
    case 'date':
      return wibInstant(String(value));
    case 'datetime': {
      const [date, time] = String(value).split(' ');
      return wibInstant(date, time);
    }
    case 'number':
    case 'bool':
      return value as number | boolean;
    default:
      return String(value);
  }
}

/** `items` split where `together(previous, next)` fails: runs of adjacent columns, rows, like formats. */
export function runs<T>(items: readonly T[], together: (previous: T, next: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && together(last[last.length - 1], item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

/**
 * Each schema column's position among the sheet's headers (found by name), or the refusal naming the first
 * missing. A column added in a later version (`optional`) is -1 when missing: it reads as empty until
 * "Siapkan register" adds it.
 */
export function columnPositions(key: SheetKey, header: readonly unknown[]): number[] {
  const schema = SCHEMAS[key];
  const headers = header.map(normaliseHeader);
  return schema.columns.map((c) => {
    const at = headers.indexOf(normaliseHeader(c.header));
    if (at < 0 && !c.optional) throw new RegisterError(`Kolom "${c.header}" tidak ada di lembar "${schema.name}". ${setupHint}`);
    return at;
  });
}

/** The product's columns grouped into runs of adjacent sheet columns (usually one run). */
function formatRuns(columns: readonly Column[], positions: number[]): { column: number; formats: string[] }[] {
  const byPosition = columns.map((c, i) => ({ at: positions[i], format: NUMBER_FORMATS[c.type] })).sort((a, b) => a.at - b.at);
  return runs(byPosition, (a, b) => b.at === a.at + 1).map((run) => ({ column: run[0].at + 1, formats: run.map((c) => c.format) }));
}

/** Empty rows added below the data when a sheet must grow (a few hundred cells per sheet). */
const SPARE_ROWS = 100;

/** From this many rows, a write sets each column's format once rather than a grid of formats. */
const UNIFORM_FORMATS_FROM = 50;

/** Writes rows starting at a sheet row: formats of the product's columns first, then values. */
export function writeBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstRow: number,
  block: Cell[][],
  columns: readonly Column[],
  positions: number[],
): void {
  const lastRow = firstRow + block.length - 1;
  const maxRows = sheet.getMaxRows();
  // A grid change is a slow request: the sheet grows with room for the next appends too.
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows + SPARE_ROWS);
  // Only the product's columns are written (usually one run), so a user's own columns — their
  // formulas and formats — are never rewritten. Formats first: a text column must be plain text
  // before a public string like "=IMAGE(...)" lands, even if someone reformatted it.
  for (const run of formatRuns(columns, positions)) {
    const range = sheet.getRange(firstRow, run.column, block.length, run.formats.length);
    if (block.length < UNIFORM_FORMATS_FROM) range.setNumberFormats(block.map(() => run.formats));
    else {
      // Many rows: one format per group of like columns, a request that does not grow with the rows.
      const like = runs(
        run.formats.map((format, at) => ({ format, at })),
        (a, b) => a.format === b.format,
      );
      for (const group of like) {
        sheet.getRange(firstRow, run.column + group[0].at, block.length, group.length).setNumberFormat(group[0].format);
      }
    }
    range.setValues(block.map((cells) => cells.slice(run.column - 1, run.column - 1 + run.formats.length)));
  }
}
