/**
 * One execution's view of the register: its sheets as tables (table.ts) and append-only logs
 * (append-log.ts), each read at most once and written at most once, at the commit.
 */
import { SCHEMAS, type SheetKey } from '../domain/shared/schema';
import { AppendLog } from './append-log';
import { type Cell, RegisterError, setupHint } from './cells';
import { type CellProblem, type Scope, Table } from './table';

/** One execution's view of the register: each sheet read at most once, written at most once. */
export class Register {
  /** Typed by sheet (a Map would forget which key holds which type); written through a view narrowed to one key. */
  private readonly tables: { [K in SheetKey]?: Table<K> } = {};
  private readonly logs: { [K in SheetKey]?: AppendLog<K> } = {};

  constructor(readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {}

  /**
   * The sheet as a table, read once per execution: whole, or only `scope` (see Scope). Asking again
   * for rows the first read left out is a programming error, caught by the tests.
   */
  table<K extends SheetKey>(key: K, scope?: Scope<K>): Table<K> {
    const existing = this.tables[key];
    if (existing) {
      if (!existing.covers(scope)) throw new Error(`${key} was read with a narrower scope earlier in this execution`);
      return existing;
    }
    const sheet = this.sheet(key);
    const tables: { [P in K]?: Table<P> } = this.tables;
    return (tables[key] = scope ? Table.scoped(key, sheet, scope) : Table.read(key, sheet));
  }

  /** The table of a sheet whose data range the caller has already read (one read per sheet). */
  tableOf<K extends SheetKey>(key: K, values: unknown[][]): Table<K> {
    const tables: { [P in K]?: Table<P> } = this.tables;
    return (tables[key] = Table.read(key, this.sheet(key), values as Cell[][]));
  }

  /**
   * A sheet's header row: its table's when this execution has read the sheet, else one read of that row (not kept:
   * a later table() reads the sheet whole). Null when the sheet is missing.
   */
  header(key: SheetKey): readonly Cell[] | null {
    const table = this.tables[key];
    if (table) return table.header;
    const sheet = this.spreadsheet.getSheetByName(SCHEMAS[key].name);
    if (!sheet) return null;
    return sheet.getLastColumn() ? (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as Cell[]) : [];
  }

  /** Rows left out of the tables read so far, because a cell could not be read. */
  problems(): CellProblem[] {
    return Object.values(this.tables).flatMap((t) => t.problems);
  }

  /** An append-only view of a sheet (see AppendLog). */
  log<K extends SheetKey>(key: K): AppendLog<K> {
    const logs: { [P in K]?: AppendLog<P> } = this.logs;
    return (logs[key] ??= new AppendLog(key, this.sheet(key)));
  }

  private sheet(key: SheetKey): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.spreadsheet.getSheetByName(SCHEMAS[key].name);
    if (!sheet) throw new RegisterError(`Lembar "${SCHEMAS[key].name}" tidak ditemukan. ${setupHint}`);
    return sheet;
  }

  commit(): void {
    for (const table of Object.values(this.tables)) table.commit();
    for (const log of Object.values(this.logs)) log.commit();
  }
}
