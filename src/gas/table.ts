/**
 * A register sheet as a typed table. Read with one `getValues` — or, for the sheets that grow with
 * every episode, only the rows a call is about (see Scope) — and written back with one `setValues`
 * over the rows that changed, so a call costs about the same in the tenth year as in the first.
 * Columns are found by header, so users may reorder them or add their own.
 */
import { type Column, type Row, SCHEMAS, type SheetKey } from '../domain/shared/schema';
import { type Cell, columnPositions, fromCell, RegisterError, runs, setupHint, toCell, writeBlock } from './cells';

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
    readonly key: K,
    private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    /** The header row as read. */
    readonly header: readonly Cell[],
    rows: number,
    private readonly scope?: Scope<K>,
  ) {
    this.columns = SCHEMAS[key].columns;
    this.positions = columnPositions(key, header);
    const present = this.columns.flatMap((_c, i) => (this.positions[i] < 0 ? [] : [i]));
    this.written = { columns: present.map((i) => this.columns[i]), positions: present.map((i) => this.positions[i]) };
    this.width = header.length;
    this.data = new Array<Cell[] | undefined>(rows);
    this.parsed = new Array<Row<K> | null>(rows).fill(null);
    if (scope) this.index = new Map();
  }

  /** The whole sheet, from its data range if the caller has already read it (one read per sheet). */
  static read<K extends SheetKey>(
    key: K,
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    values = sheet.getDataRange().getValues() as Cell[][],
  ): Table<K> {
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
    const table = new Table(key, sheet, width ? (sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[]) : [], rows, scope);
    const where = Object.entries(scope.where ?? {}) as [string, Match][];
    const keys = [...new Set([...where.map(([k]) => k), ...(scope.columns ?? [])])];
    // One column per read: the columns in between may be wide (answers, long texts).
    for (const k of keys) {
      const cells = rows ? sheet.getRange(2, table.positionOf(k) + 1, rows, 1).getValues() : [];
      table.index?.set(
        k,
        cells.map((r) => table.textOf(k, r[0] as Cell)),
      );
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
    return (
      (Object.entries(scope.where ?? {}) as [string, Match][]).every(([k, wanted]) => {
        const held = mine[k];
        if (!held || typeof wanted === 'function') return held === wanted;
        return wanted.every((v) => matches(held, v));
      }) && (scope.columns ?? []).every((k) => this.index?.has(k))
    );
  }

  /** A cell as the text a scope compares: dates as the product stores them (`YYYY-MM-DD[ HH:MM]`). */
  private textOf(key: string, cell: Cell): string {
    const result = fromCell(this.columns.find((c) => c.key === key) as Column, cell);
    return String('value' in result ? (result.value ?? '') : cell).trim();
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
          sheet: SCHEMAS[this.key].name,
          row: index + 2,
          column: c.header,
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
    for (const run of runs(touched, (a, b) => b === a + 1)) {
      this.sheet.getRange(index + 2, run[0] + 1, 1, run.length).setValues([cells.slice(run[0], run[0] + run.length)]);
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
    for (const run of runs(changed, (a, b) => this.readBetween(a, b))) {
      const block = this.data.slice(run[0], run[run.length - 1] + 1) as Cell[][];
      writeBlock(this.sheet, run[0] + 2, block, this.written.columns, this.written.positions);
    }
    this.changed.clear();
    const removed = [...this.removed].sort((a, b) => b - a);
    for (const run of runs(removed, (a, b) => b === a - 1)) {
      const first = run[run.length - 1];
      const count = run.length;
      // The sheet's last rows are emptied rather than deleted: Sheets refuses to delete every row
      // below a frozen header, and nothing below them has to move up.
      if (first + count === this.data.length) {
        this.sheet
          .getRange(first + 2, 1, count, this.width)
          .setValues(Array.from({ length: count }, () => new Array<Cell>(this.width).fill('')));
      } else this.sheet.deleteRows(first + 2, count);
      this.data.splice(first, count);
      this.parsed.splice(first, count);
      this.index?.forEach((column) => column.splice(first, count));
    }
    this.removed.clear();
  }

  private readBetween(from: number, to: number): boolean {
    for (let i = from + 1; i < to; i++) if (!this.data[i]) return false;
    return true;
  }
}
