/**
 * The register's sheets as typed tables. Each table is read with one `getValues` — or, for the
 * sheets that grow with every episode, only the rows a call is about (see Scope) — and written back
 * with one `setValues` over the rows that changed, so a call costs about the same in the tenth year
 * as in the first. Columns are found by header, so users may reorder them or add their own.
 */
import { isIsoDate, wibDate, wibDateTime, wibInstant } from '../domain/shared/dates';
import { SCHEMAS, type Column, type Row, type SheetKey } from '../domain/shared/schema';
import { Refusal } from '../domain/shared/validation';

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

/** Empty rows added below the data when a sheet must grow (a few hundred cells per sheet). */
const SPARE_ROWS = 100;

/** From this many rows, a write sets each column's format once rather than a grid of formats. */
const UNIFORM_FORMATS_FROM = 50;

/** Writes rows starting at a sheet row: formats of the product's columns first, then values. */
function writeBlock(
  sheet: GoogleAppsScript.Spreadsheet.Sheet, firstRow: number, block: Cell[][], columns: readonly Column[], positions: number[],
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
      for (let from = 0; from < run.formats.length;) {
        let to = from;
        while (to + 1 < run.formats.length && run.formats[to + 1] === run.formats[from]) to++;
        sheet.getRange(firstRow, run.column + from, block.length, to - from + 1).setNumberFormat(run.formats[from]);
        from = to + 1;
      }
    }
    range.setValues(block.map((cells) => cells.slice(run.column - 1, run.column - 1 + run.formats.length)));
  }
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

type ColumnKey<K extends SheetKey> = keyof Row<K> & string;

/** Values a scoped column may hold, or a test of its text (dates as `YYYY-MM-DD[ HH:MM]`). */
export type Match = readonly string[] | ((text: string) => boolean);

/**
 * The part of a large sheet an execution needs: the rows whose column matches (a row matching any
 * entry is read), and the columns read for every row, for `texts` (the id column, for new ids). The
 * rest of the sheet is not read.
 */
export interface Scope<K extends SheetKey> {
  where?: { [C in ColumnKey<K>]?: Match };
  columns?: readonly ColumnKey<K>[];
}

const matches = (match: Match, text: string) => (typeof match === 'function' ? match(text) : match.includes(text));

export class Table<K extends SheetKey> {
  private readonly columns: readonly Column[];
  private readonly positions: number[];
  private readonly width: number;
  /** Cells by data row; undefined for a row this execution did not read (a scoped table). */
  private readonly data: (Cell[] | undefined)[];
  private readonly parsed: (Row<K> | null)[];
  /** Columns read for every row, as text, when the table is scoped. */
  private readonly index?: Map<string, string[]>;
  /** The columns the sheet has (an optional one may be missing), with their positions: what a write covers. */
  private readonly written: { columns: readonly Column[]; positions: number[] };
  /** Rows left out because a cell could not be read. */
  readonly problems: CellProblem[] = [];
  private readonly changed = new Set<number>();
  private readonly removed = new Set<number>();

  private constructor(
    readonly key: K, private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet, header: Cell[], rows: number,
    private readonly scope?: Scope<K>,
  ) {
    const schema = SCHEMAS[key];
    this.columns = schema.columns;
    const headers = header.map(normaliseHeader);
    this.positions = this.columns.map((c) => {
      const at = headers.indexOf(normaliseHeader(c.header));
      // A column added in a later version reads as empty until "Siapkan register" adds it.
      if (at < 0 && !c.optional) throw new RegisterError(`Kolom "${c.header}" tidak ada di lembar "${schema.name}". ${setupHint}`);
      return at;
    });
    const present = this.columns.flatMap((_c, i) => (this.positions[i] < 0 ? [] : [i]));
    this.written = { columns: present.map((i) => this.columns[i]), positions: present.map((i) => this.positions[i]) };
    this.width = headers.length;
    this.data = new Array<Cell[] | undefined>(rows);
    this.parsed = new Array<Row<K> | null>(rows).fill(null);
    if (scope) this.index = new Map();
  }

  /** The whole sheet, from its data range if the caller has already read it (one read per sheet). */
  static read<K extends SheetKey>(key: K, sheet: GoogleAppsScript.Spreadsheet.Sheet, values = sheet.getDataRange().getValues() as Cell[][]): Table<K> {
    const table = new Table(key, sheet, values[0] ?? [], Math.max(values.length - 1, 0));
    table.load(0, values.slice(1));
    return table;
  }

  /**
   * Only the rows in `scope`: the header, then each of its columns for every row (one `getValues`
   * each), then the span of sheet rows from the first match to the last (one more). A record's rows
   * are appended together, so the span of one episode is short however long the sheet has grown.
   */
  static scoped<K extends SheetKey>(key: K, sheet: GoogleAppsScript.Spreadsheet.Sheet, scope: Scope<K>): Table<K> {
    const width = sheet.getLastColumn();
    const rows = Math.max(sheet.getLastRow() - 1, 0);
    const table = new Table(key, sheet, width ? sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[] : [], rows, scope);
    const where = Object.entries(scope.where ?? {}) as [string, Match][];
    const keys = [...new Set([...where.map(([k]) => k), ...(scope.columns ?? [])])];
    // One column per read: the columns in between may be wide (answers, long texts).
    for (const k of keys) {
      const cells = rows ? sheet.getRange(2, table.positionOf(k) + 1, rows, 1).getValues() : [];
      table.index?.set(k, cells.map((r) => table.textOf(k, r[0] as Cell)));
    }
    const hits: number[] = [];
    for (let r = 0; r < rows; r++) if (where.some(([k, match]) => matches(match, table.index?.get(k)?.[r] ?? ''))) hits.push(r);
    if (!hits.length) return table;
    // Rows of other records between the first and last hit are read (one range) but not parsed. The
    // test is made again on the rows as read: a call without the lock may see rows move in between.
    const span = sheet.getRange(hits[0] + 2, 1, hits[hits.length - 1] - hits[0] + 1, width).getValues() as Cell[][];
    table.load(hits[0], span, (cells) => where.some(([k, match]) => matches(match, table.textOf(k, cells[table.positionOf(k)]))));
    return table;
  }

  /** Whether this table holds every row `scope` asks for (a test covers only itself and the values it accepts). */
  covers(scope?: Scope<K>): boolean {
    if (!this.scope) return true;
    if (!scope) return false;
    const mine: Partial<Record<string, Match>> = this.scope.where ?? {};
    return (Object.entries(scope.where ?? {}) as [string, Match][]).every(([k, wanted]) => {
      const held = mine[k];
      if (!held || typeof wanted === 'function') return held === wanted;
      return wanted.every((v) => matches(held, v));
    }) && (scope.columns ?? []).every((k) => this.index?.has(k));
  }

  /** A cell as the text a scope compares: dates as the product stores them (`YYYY-MM-DD[ HH:MM]`). */
  private textOf(key: string, cell: Cell): string {
    const result = fromCell(this.columns.find((c) => c.key === key) as Column, cell);
    return String('value' in result ? result.value ?? '' : cell).trim();
  }

  private positionOf(key: string): number {
    return this.positions[this.columns.findIndex((c) => c.key === key)];
  }

  private load(from: number, rows: Cell[][], inScope = (_cells: Cell[]) => true): void {
    rows.forEach((cells, i) => {
      this.data[from + i] = cells;
      if (inScope(cells)) this.parsed[from + i] = this.parse(cells, from + i);
    });
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

  /** Every non-blank row read (in scope), with its position. */
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
   * record never gets the id of a row that reappears once its cell is corrected. A scoped table
   * knows only its scope's columns.
   */
  texts<C extends ColumnKey<K>>(key: C): string[] {
    return this.column(key).filter(Boolean);
  }

  /** One column's text by row ('' where blank or removed), for columns read for every row. */
  column<C extends ColumnKey<K>>(key: C): string[] {
    let column = this.index?.get(key);
    if (!column) {
      if (this.scope) throw new Error(`${this.key}.${key} is not read for every row of this scoped table`);
      const at = this.positionOf(key);
      column = this.data.map((cells) => String(cells?.[at] ?? '').trim());
    }
    return column.map((v, i) => (this.removed.has(i) ? '' : v));
  }

  find(predicate: (row: Row<K>) => boolean): Stored<K> | undefined {
    const index = this.parsed.findIndex((r) => r !== null && predicate(r));
    return index < 0 ? undefined : { index, row: this.parsed[index] as Row<K> };
  }

  private cellsOf(row: Row<K>, base?: Cell[]): Cell[] {
    const cells = base ? [...base] : new Array<Cell>(this.width).fill('');
    this.columns.forEach((c, i) => {
      const value = toCell(c, (row as Record<string, unknown>)[c.key]);
      if (this.positions[i] >= 0) cells[this.positions[i]] = value;
      else if (value !== '') throw new RegisterError(`Kolom "${c.header}" belum ada di lembar "${SCHEMAS[this.key].name}". ${setupHint}`);
    });
    return cells;
  }

  private set(index: number, row: Row<K>): void {
    this.data[index] = this.cellsOf(row, this.data[index]);
    this.parsed[index] = row;
    this.index?.forEach((column, key) => (column[index] = String((row as Record<string, unknown>)[key] ?? '').trim()));
  }

  /** New rows go below the sheet's last row, read or not. */
  append(...rows: Row<K>[]): void {
    for (const row of rows) {
      this.changed.add(this.data.length);
      this.set(this.data.length, { ...row });
    }
  }

  update(index: number, changes: Partial<Row<K>>): Row<K> {
    const current = this.parsed[index];
    if (!current) throw new Error(`No row at ${index} in ${this.key}`);
    const next = { ...current, ...changes };
    this.set(index, next);
    this.changed.add(index);
    return next;
  }

  /** Removes rows at the commit; the rows below move up, as when a user deletes rows. */
  remove(indexes: number[]): void {
    for (const i of indexes) {
      if (!this.parsed[i]) throw new Error(`No row at ${i} in ${this.key}`);
      this.removed.add(i);
      this.parsed[i] = null;
    }
  }

  /**
   * Reads one column of some rows straight from the sheet, for a check-then-claim under the lock
   * after this table was read (another execution may have changed them since). One `getValues`.
   */
  readFresh<C extends ColumnKey<K>>(indexes: number[], key: C): Map<number, unknown> {
    const out = new Map<number, unknown>();
    if (!indexes.length) return out;
    const column = this.positionOf(key) + 1;
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
    this.update(index, changes);
    this.changed.clear();
    const cells = this.data[index] as Cell[];
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
    return this.changed.size > 0 || this.removed.size > 0;
  }

  /**
   * One write per run of changed rows (rows read between two changes are written again rather than
   * split the write; a row not read never is), then the removed rows deleted from the bottom up.
   */
  commit(): void {
    const changed = [...this.changed].sort((a, b) => a - b);
    for (let start = 0; start < changed.length;) {
      let end = start;
      while (end + 1 < changed.length && this.readBetween(changed[end], changed[end + 1])) end++;
      const block = this.data.slice(changed[start], changed[end] + 1) as Cell[][];
      writeBlock(this.sheet, changed[start] + 2, block, this.written.columns, this.written.positions);
      start = end + 1;
    }
    this.changed.clear();
    const removed = [...this.removed].sort((a, b) => b - a);
    for (let start = 0; start < removed.length;) {
      let end = start;
      while (end + 1 < removed.length && removed[end + 1] === removed[end] - 1) end++;
      const first = removed[end];
      const count = end - start + 1;
      // The sheet's last rows are emptied rather than deleted: Sheets refuses to delete every row
      // below a frozen header, and nothing below them has to move up.
      if (first + count === this.data.length) {
        this.sheet.getRange(first + 2, 1, count, this.width).setValues(Array.from({ length: count }, () => new Array<Cell>(this.width).fill('')));
      } else this.sheet.deleteRows(first + 2, count);
      this.data.splice(first, count);
      this.parsed.splice(first, count);
      this.index?.forEach((column) => column.splice(first, count));
      start = end + 1;
    }
    this.removed.clear();
  }

  private readBetween(from: number, to: number): boolean {
    for (let i = from + 1; i < to; i++) if (!this.data[i]) return false;
    return true;
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

  /**
   * The sheet as a table, read once per execution: whole, or only `scope` (see Scope). Asking again
   * for rows the first read left out is a programming error, caught by the tests.
   */
  table<K extends SheetKey>(key: K, scope?: Scope<K>): Table<K> {
    const existing = this.tables.get(key) as Table<K> | undefined;
    if (existing) {
      if (!existing.covers(scope)) throw new Error(`${key} was read with a narrower scope earlier in this execution`);
      return existing;
    }
    const sheet = this.sheet(key);
    const table = scope ? Table.scoped(key, sheet, scope) : Table.read(key, sheet);
    this.tables.set(key, table as unknown as Table<SheetKey>);
    return table;
  }

  /** The table of a sheet whose data range the caller has already read (one read per sheet). */
  tableOf<K extends SheetKey>(key: K, values: unknown[][]): Table<K> {
    const table = Table.read(key, this.sheet(key), values as Cell[][]);
    this.tables.set(key, table as unknown as Table<SheetKey>);
    return table;
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
