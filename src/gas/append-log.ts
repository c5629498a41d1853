import { type Row, SCHEMAS, type SheetKey } from '../domain/shared/schema';
import { type Cell, columnPositions, toCell, writeBlock } from './cells';

/**
 * A sheet that is only ever appended to (the audit log, imported comments): reads its header, never
 * all its rows, so appending costs the same on the thousandth change as on the first.
 */
export class AppendLog<K extends SheetKey> {
  private readonly pending: Row<K>[] = [];
  private layout?: { width: number; positions: number[] };
  private next?: number;

  constructor(
    readonly key: K,
    private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
  ) {}

  /** The header's width and each schema column's position, read once. */
  private columns(): { width: number; positions: number[] } {
    if (this.layout) return this.layout;
    const width = this.sheet.getLastColumn();
    const positions = columnPositions(this.key, width ? this.sheet.getRange(1, 1, 1, width).getValues()[0] : []);
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
    return this.sheet
      .getRange(from, at + 1, to - from + 1, 1)
      .getValues()
      .map((r) => String(r[0]));
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
