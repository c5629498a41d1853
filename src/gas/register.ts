/**
 * The register's sheets as typed tables. Each table is read with one `getValues` and written back
 * with one `setValues` over the rows that changed, so a call costs the same on a year of data as on
 * a week. Columns are found by header, so users may reorder them or add their own.
 */
import { isIsoDate, wibDate, wibDateTime, wibInstant } from '../domain/dates';
import { SCHEMAS, type Column, type Row, type SheetKey } from '../domain/schema';
import { Refusal } from '../domain/validation';

type Cell = string | number | boolean | Date;

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

export const setupHint = 'Jalankan menu HALO KOP-UKM › Siapkan register.';

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
function fromCell(column: Column, cell: unknown): { value: unknown } | { problem: string } {
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

function toCell(column: Column, value: unknown): Cell {
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

/** The product's columns grouped into runs of adjacent sheet columns (usually one run). */
function formatRuns(columns: readonly Column[], positions: number[]): { column: number; formats: string[] }[] {
  const byPosition = columns.map((c, i) => ({ at: positions[i], format: NUMBER_FORMATS[c.type] })).sort((a, b) => a.at - b.at);
  const runs: { column: number; formats: string[] }[] = [];
  let previous = -2;
  for (const { at, format } of byPosition) {
    if (at === previous + 1) runs[runs.length - 1].formats.push(format);
    else runs.push({ column: at + 1, formats: [format] });
    previous = at;
  }
  return runs;
}

/** Writes rows starting at a sheet row: formats of the product's columns first, then values. */
function writeBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, block: Cell[][], columns: readonly Column[], positions: number[],
  shifted = false,
): void {
  const lastRow = firstRow + block.length - 1;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  // Only the product's columns are written (usually one run), so a user's own columns — their
  // formulas and formats — are never rewritten. Formats first: a text column must be plain text
  // before a public string like "=IMAGE(...)" lands, even if someone reformatted it.
  for (const run of formatRuns(columns, positions)) {
    const range = sheet.getRange(firstRow, run.column, block.length, run.formats.length);
    range.setNumberFormats(block.map(() => run.formats));
    if (!shifted) range.setValues(block.map((cells) => cells.slice(run.column - 1, run.column - 1 + run.formats.length)));
  }
  // Rows removed: every column moves up together, as when a user deletes rows.
  if (shifted) sheet.getRange(firstRow, 1, block.length, block[0].length).setValues(block);
}

export interface CellProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface Stored<K extends SheetKey> {
  /** Position among the data rows; the sheet row is `index + 2`. */
  index: number;
  row: Row<K>;
}

export class Table<K extends SheetKey> {
  private readonly columns: readonly Column[];
  private readonly positions: number[];
  private readonly width: number;
  private readonly data: Cell[][];
  private parsed: (Row<K> | null)[];
  /** Rows left out because a cell could not be read. */
  readonly problems: CellProblem[] = [];
  private firstDirty = Infinity;
  private lastDirty = -1;
  private removed = 0;

  /** `values`: the sheet's data range when the caller has already read it (one read per sheet). */
  constructor(readonly key: K, private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet, values = sheet.getDataRange().getValues() as Cell[][]) {
    const schema = SCHEMAS[key];
    this.columns = schema.columns;
    const headers = (values[0] ?? []).map(normaliseHeader);
    this.positions = this.columns.map((c) => {
      const at = headers.indexOf(normaliseHeader(c.header));
      if (at < 0) throw new RegisterError(`Kolom "${c.header}" tidak ada di lembar "${schema.name}". ${setupHint}`);
      return at;
    });
    this.width = headers.length;
    this.data = values.slice(1);
    this.parsed = this.data.map((cells, i) => this.parse(cells, i));
  }

  /**
   * A row the product can read, or null. A row with a cell it cannot read (text typed into a
   * number column, say) is left out and reported, so one bad row does not stop the register;
   * its cells are kept as they are.
   */
  private parse(cells: Cell[], index: number): Row<K> | null {
    if (cells.every((c) => c === '' || c === null)) return null;
    const row: Record<string, unknown> = {};
    for (const [i, c] of this.columns.entries()) {
      const result = fromCell(c, cells[this.positions[i]]);
      if ('problem' in result) {
        this.problems.push({
          sheet: SCHEMAS[this.key].name, row: index + 2, column: c.header,
          message: `Lembar "${SCHEMAS[this.key].name}" baris ${index + 2} kolom "${c.header}": "${String(cells[this.positions[i]])}" ${result.problem}.`,
        });
        return null;
      }
      row[c.key] = result.value;
    }
    return row as Row<K>;
  }

  /** Every non-blank row with its position. */
  all(): Stored<K>[] {
    const out: Stored<K>[] = [];
    this.parsed.forEach((row, index) => row && out.push({ index, row }));
    return out;
  }

  get(index: number): Row<K> | undefined {
    return this.parsed[index] ?? undefined;
  }

  rows(): Row<K>[] {
    return this.parsed.filter((r): r is Row<K> => r !== null);
  }

  /**
   * One column's text in every row, readable or not: the ids of rows a user broke stay taken, so a new
   * record never gets the id of a row that reappears once its cell is corrected.
   */
  texts<C extends keyof Row<K> & string>(key: C): string[] {
    const at = this.positions[this.columns.findIndex((c) => c.key === key)];
    return this.data.map((cells) => String(cells[at] ?? '').trim()).filter(Boolean);
  }

  find(predicate: (row: Row<K>) => boolean): Stored<K> | undefined {
    const index = this.parsed.findIndex((r) => r !== null && predicate(r));
    return index < 0 ? undefined : { index, row: this.parsed[index] as Row<K> };
  }

  private cellsOf(row: Row<K>, base?: Cell[]): Cell[] {
    const cells = base ? [...base] : new Array<Cell>(this.width).fill('');
    this.columns.forEach((c, i) => {
      cells[this.positions[i]] = toCell(c, (row as Record<string, unknown>)[c.key]);
    });
    return cells;
  }

  private touch(from: number, to: number): void {
    this.firstDirty = Math.min(this.firstDirty, from);
    this.lastDirty = Math.max(this.lastDirty, to);
  }

  append(...rows: Row<K>[]): void {
    if (!rows.length) return;
    for (const row of rows) {
      this.data.push(this.cellsOf(row));
      this.parsed.push({ ...row });
    }
    this.touch(this.data.length - rows.length, this.data.length - 1);
  }

  update(index: number, changes: Partial<Row<K>>): Row<K> {
    const current = this.parsed[index];
    if (!current) throw new Error(`No row at ${index} in ${this.key}`);
    const next = { ...current, ...changes };
    this.data[index] = this.cellsOf(next, this.data[index]);
    this.parsed[index] = next;
    this.touch(index, index);
    return next;
  }

  /** Removes rows; the rows below move up, as when a user deletes rows. */
  remove(indexes: number[]): void {
    const sorted = [...new Set(indexes)].sort((a, b) => b - a);
    for (const i of sorted) {
      this.data.splice(i, 1);
      this.parsed.splice(i, 1);
    }
    this.removed += sorted.length;
    if (sorted.length) this.touch(sorted[sorted.length - 1], sorted[sorted.length - 1]);
  }

  /**
   * Reads one column of some rows straight from the sheet, for a check-then-claim under the lock
   * after this table was read (another execution may have changed them since). One `getValues`.
   */
  readFresh<C extends keyof Row<K> & string>(indexes: number[], key: C): Map<number, unknown> {
    const out = new Map<number, unknown>();
    if (!indexes.length) return out;
    const column = this.positions[this.columns.findIndex((c) => c.key === key)] + 1;
    const first = Math.min(...indexes);
    const values = this.sheet.getRange(first + 2, column, Math.max(...indexes) - first + 1, 1).getValues();
    for (const i of indexes) out.set(i, values[i - first][0]);
    return out;
  }

  /**
   * Writes some fields of already-written rows straight to the sheet, without a full commit: for
   * progress that must be on record before the next step (an e-mail about to go out).
   */
  patch(index: number, changes: Partial<Row<K>>): void {
    if (this.dirty) throw new Error(`Commit ${this.key} before patching it`);
    const next = this.update(index, changes);
    this.firstDirty = Infinity;
    this.lastDirty = -1;
    const cells = this.cellsOf(next, this.data[index]);
    const touched = this.columns.flatMap((c, i) => (c.key in changes ? [this.positions[i]] : [])).sort((a, b) => a - b);
    for (let start = 0; start < touched.length;) {
      let end = start;
      while (end + 1 < touched.length && touched[end + 1] === touched[end] + 1) end++;
      this.sheet.getRange(index + 2, touched[start] + 1, 1, end - start + 1)
        .setValues([cells.slice(touched[start], touched[end] + 1)]);
      start = end + 1;
    }
  }

  get dirty(): boolean {
    return this.lastDirty >= 0;
  }

  /** One write covering every changed row (and blanks where removed rows were). */
  commit(): void {
    if (!this.dirty) return;
    const from = this.firstDirty;
    const end = this.removed ? this.data.length + this.removed : this.lastDirty + 1;
    const block: Cell[][] = [];
    for (let i = from; i < end; i++) {
      block.push(i < this.data.length ? this.data[i] : new Array<Cell>(this.width).fill(''));
    }
    writeBlock(this.sheet, from + 2, block, this.columns, this.positions, this.removed > 0);
    this.firstDirty = Infinity;
    this.lastDirty = -1;
    this.removed = 0;
  }
}

/**
 * A sheet that is only ever appended to (the audit log, imported comments): reads its header, never
 * all its rows, so appending costs the same on the thousandth change as on the first.
 */
export class AppendLog<K extends SheetKey> {
  private readonly pending: Row<K>[] = [];
  private layout?: { width: number; positions: number[] };
  private next?: number;

  constructor(readonly key: K, private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet) {}

  /** The header's width and each schema column's position, read once. */
  private columns(): { width: number; positions: number[] } {
    if (this.layout) return this.layout;
    const schema = SCHEMAS[this.key];
    const width = this.sheet.getLastColumn();
    const headers = width ? this.sheet.getRange(1, 1, 1, width).getValues()[0].map(normaliseHeader) : [];
    const positions = schema.columns.map((c) => {
      const at = headers.indexOf(normaliseHeader(c.header));
      if (at < 0) throw new RegisterError(`Kolom "${c.header}" tidak ada di lembar "${schema.name}". ${setupHint}`);
      return at;
    });
    return (this.layout = { width, positions });
  }

  /** The sheet row the next commit starts at; stays fixed for this execution (writers hold the lock). */
  nextRow(): number {
    return (this.next ??= this.sheet.getLastRow() + 1);
  }

  /**
   * One text column's cells for sheet rows `from`…`to` (default: every data row), in one
   * `getValues` of a single column.
   */
  column<C extends keyof Row<K> & string>(key: C, from = 2, to = this.nextRow() - 1): string[] {
    if (to < from) return [];
    const at = this.columns().positions[SCHEMAS[this.key].columns.findIndex((c) => c.key === key)];
    return this.sheet.getRange(from, at + 1, to - from + 1, 1).getValues().map((r) => String(r[0]));
  }

  append(...rows: Row<K>[]): void {
    this.pending.push(...rows);
  }

  commit(): void {
    if (!this.pending.length) return;
    const { width, positions } = this.columns();
    const columns = SCHEMAS[this.key].columns;
    const rows = this.pending.map((row) => {
      const cells = new Array<Cell>(width).fill('');
      columns.forEach((c, i) => (cells[positions[i]] = toCell(c, (row as Record<string, unknown>)[c.key])));
      return cells;
    });
    writeBlock(this.sheet, this.nextRow(), rows, columns, positions);
    this.next = this.nextRow() + rows.length;
    this.pending.length = 0;
  }
}

/** One execution's view of the register: each sheet read at most once, written at most once. */
export class Register {
  private readonly tables = new Map<SheetKey, Table<SheetKey>>();
  private readonly logs = new Map<SheetKey, AppendLog<SheetKey>>();

  constructor(readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  /** `values`: the sheet's data range if already read (see Table). */
  table<K extends SheetKey>(key: K, values?: unknown[][]): Table<K> {
    let table = this.tables.get(key);
    if (!table) {
      table = new Table(key, this.sheet(key), values as Cell[][] | undefined) as unknown as Table<SheetKey>;
      this.tables.set(key, table);
    }
    return table as unknown as Table<K>;
  }

  /** Rows left out of the tables read so far, because a cell could not be read. */
  problems(): CellProblem[] {
    return [...this.tables.values()].flatMap((t) => t.problems);
  }

  /** An append-only view of a sheet (see AppendLog). */
  log<K extends SheetKey>(key: K): AppendLog<K> {
    let log = this.logs.get(key);
    if (!log) {
      log = new AppendLog(key, this.sheet(key)) as unknown as AppendLog<SheetKey>;
      this.logs.set(key, log);
    }
    return log as unknown as AppendLog<K>;
  }

  private sheet(key: SheetKey): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.spreadsheet.getSheetByName(SCHEMAS[key].name);
    if (!sheet) throw new RegisterError(`Lembar "${SCHEMAS[key].name}" tidak ditemukan. ${setupHint}`);
    return sheet;
  }

  commit(): void {
    for (const table of this.tables.values()) table.commit();
    for (const log of this.logs.values()) log.commit();
  }
}
