/** SpreadsheetApp: the one spreadsheet the script is bound to, its sheets, ranges, validation rules and protections. */
import { FakeUser } from './base';
import { chartObjects, type FakeEmbeddedChart, FakeEmbeddedChartBuilder, insertChart, replaceChart, useRangeClass } from './charts';
import { type Api, DIGITS, enumOf, Fake, type Runtime } from './core';
import { badArguments, GasError, notImplemented } from './errors';
import type { CellState, GridRect, ProtectionState, SheetState, ValidationState } from './state';
import { fromSerial, isTimeZone } from './time';
import { FakeUi } from './ui';
import { displayText, interpret, isDateFormat, isEmpty, type SheetLocale } from './values';

type G = typeof GoogleAppsScript.Spreadsheet;
export const PROTECTION_TYPE = enumOf<G['ProtectionType']>()('RANGE', 'SHEET');
export const CRITERIA = enumOf<G['DataValidationCriteria']>()(
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
);

/** A new Sheet is 1000 rows × 26 columns (support.google.com/docs/answer/37603). */
export const NEW_SHEET = { rows: 1000, cols: 26 };
const DEFAULT_COLUMN_WIDTH = 100;
const MAX_CELL_CHARS = 50_000;

// ---------------------------------------------------------------------------------------------- grid helpers

export const columnLetters = (n: number): string =>
  n <= 0 ? '' : columnLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
const columnNumber = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function a1Of(r: GridRect): string {
  const start = `${columnLetters(r.col)}${r.row}`;
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${columnLetters(r.col + r.cols - 1)}${r.row + r.rows - 1}`;
}

/** A1 notation within a sheet: A1, A1:B2, A:C, 2:5, A2:C (open-ended rows). developers.google.com/apps-script/guides/sheets#a1_notation */
function parseA1(a1: string, sheet: SheetState): GridRect {
  const part = (p: string) => /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(p);
  const [first, second = first] = a1.split(':');
  const a = part(first ?? ''),
    b = part(second ?? '');
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2]) || (a1.includes(':') ? false : !a[1] || !a[2]))
    throw new GasError('Range not found');
  const c1 = a[1] ? columnNumber(a[1]) : 1,
    c2 = b[1] ? columnNumber(b[1]) : sheet.maxCols;
  const r1 = a[2] ? Number(a[2]) : 1,
    r2 = b[2] ? Number(b[2]) : sheet.maxRows;
  if (r1 < 1 || r2 < 1) throw new GasError('Range not found');
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

const overlaps = (a: GridRect, b: GridRect) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** Moves a rectangle after rows/columns are inserted (count > 0) or deleted (count < 0) at 1-based `at`. */
function shift(r: GridRect, axis: 'row' | 'col', at: number, count: number): GridRect | undefined {
  const size = axis === 'row' ? 'rows' : 'cols';
  const start = r[axis],
    end = r[axis] + r[size] - 1;
  if (count > 0) {
    if (start >= at) return { ...r, [axis]: start + count };
    return end >= at ? { ...r, [size]: r[size] + count } : r;
  }
  const delStart = at,
    delEnd = at - count - 1;
  const newStart = start > delEnd ? start + count : Math.min(start, delStart);
  const removed = Math.max(0, Math.min(end, delEnd) - Math.max(start, delStart) + 1);
  return r[size] - removed > 0 ? { ...r, [axis]: newStart, [size]: r[size] - removed } : undefined;
}

// ---------------------------------------------------------------------------------------------- SpreadsheetApp

const SPREADSHEET_APP = [
  'getActive',
  'getActiveSpreadsheet',
  'getActiveSheet',
  'openById',
  'openByUrl',
  'getUi',
  'flush',
  'newDataValidation',
  'ProtectionType',
  'DataValidationCriteria',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Spreadsheet.SpreadsheetApp>;

/** developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export class FakeSpreadsheetApp extends Fake implements Api<GoogleAppsScript.Spreadsheet.SpreadsheetApp, (typeof SPREADSHEET_APP)[number]> {
  static service = 'SpreadsheetApp';
  static members: readonly string[] = SPREADSHEET_APP;
  readonly ProtectionType = PROTECTION_TYPE;
  readonly DataValidationCriteria = CRITERIA;
  /** "The currently active spreadsheet, or null if there is none": none outside the containing document (a web app, a Form's trigger). */
  getActive(): FakeSpreadsheet | null {
    const exec = this.rt.current;
    if (exec?.container === false) return null;
    if (accessOf(this.rt, this.rt.effectiveUser) === 'none')
      throw new Error(`Emulator: ${this.rt.effectiveUser} cannot open the spreadsheet, so cannot run in it`);
    return new FakeSpreadsheet(this.rt).api;
  }
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.getActive();
  }
  getActiveSheet(): FakeSheet | null {
    return this.getActive() && new FakeSpreadsheet(this.rt).getActiveSheet();
  }
  /**
   * Only the bound spreadsheet exists here; other ids fail as an inaccessible file does. A user it is not shared with gets
   * "You do not have permission to access the requested document." (commonly reported for web apps executed as the user).
   */
  openById(id: string): FakeSpreadsheet {
    if (id !== this.rt.state.spreadsheet.id)
      throw new GasError('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    if (accessOf(this.rt, this.rt.effectiveUser) === 'none')
      throw new GasError('You do not have permission to access the requested document.');
    return new FakeSpreadsheet(this.rt).api;
  }
  openByUrl(url: string): FakeSpreadsheet {
    const id = /\/spreadsheets\/d\/([\w-]+)/.exec(url)?.[1];
    if (!id) throw new GasError('Invalid argument: url');
    return this.openById(id);
  }
  /** "Cannot call SpreadsheetApp.getUi() from this context." in trigger executions and outside the containing document. */
  getUi(): FakeUi {
    if (this.rt.current?.kind === 'trigger' || this.rt.current?.container === false)
      throw new GasError('Cannot call SpreadsheetApp.getUi() from this context.');
    return new FakeUi(this.rt).api;
  }
  /** Writes are applied at once in the emulator, so flush has nothing to do. */
  flush(): void {}
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.rt, { criteria: '', values: [], allowInvalid: true, helpText: '' }).api;
  }
}

// ---------------------------------------------------------------------------------------------- Spreadsheet

const SPREADSHEET = [
  'getId',
  'getUrl',
  'getName',
  'rename',
  'getSheets',
  'getSheetByName',
  'getSheetById',
  'getNumSheets',
  'insertSheet',
  'deleteSheet',
  'getSpreadsheetTimeZone',
  'setSpreadsheetTimeZone',
  'getSpreadsheetLocale',
  'setSpreadsheetLocale',
  'setActiveSheet',
  'getActiveSheet',
  'moveActiveSheet',
  'toast',
  'getRange',
  'getProtections',
  'getOwner',
  'getEditors',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Spreadsheet.Spreadsheet>;

/** developers.google.com/apps-script/reference/spreadsheet/spreadsheet */
export class FakeSpreadsheet extends Fake implements Api<GoogleAppsScript.Spreadsheet.Spreadsheet, (typeof SPREADSHEET)[number]> {
  static service = 'Spreadsheet';
  static members: readonly string[] = SPREADSHEET;
  private get ss() {
    return this.rt.state.spreadsheet;
  }
  private sheet(s: SheetState): FakeSheet {
    return new FakeSheet(this.rt, s.id).api;
  }
  getId(): string {
    return this.ss.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ss.id}/edit`;
  }
  getName(): string {
    return this.rt.state.drive[this.ss.id]!.name;
  }
  rename(name: string): void {
    this.rt.state.drive[this.ss.id]!.name = String(name);
  }
  getSheets(): FakeSheet[] {
    return this.ss.sheets.map((s) => this.sheet(s));
  }
  getNumSheets(): number {
    return this.ss.sheets.length;
  }
  /** Names are unique ignoring case, and found ignoring case. */
  getSheetByName(name: string): FakeSheet | null {
    const s = this.ss.sheets.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
    return s ? this.sheet(s) : null;
  }
  getSheetById(id: number): FakeSheet | null {
    const s = this.ss.sheets.find((x) => x.id === id);
    return s ? this.sheet(s) : null;
  }
  /** insertSheet([name][, index]): 0-based index, default last; the new sheet becomes active (…/spreadsheet#insertsheetsheetname,-sheetindex). */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    if (typeof nameOrIndex === 'object' || (index !== undefined && typeof index !== 'number'))
      throw notImplemented('Spreadsheet.insertSheet with options');
    const sheets = this.ss.sheets;
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? sheets.length);
    if (name === undefined) for (let n = sheets.length + 1; !name; n++) if (!sheets.some((s) => s.name === `Sheet${n}`)) name = `Sheet${n}`;
    assertSheetName(name, sheets);
    assertCellLimit(this.rt, NEW_SHEET.rows * NEW_SHEET.cols);
    const id = sheets.length === 0 ? 0 : Number(this.rt.newId(9, DIGITS)) % 2_000_000_000;
    const state: SheetState = {
      id,
      name,
      maxRows: NEW_SHEET.rows,
      maxCols: NEW_SHEET.cols,
      cells: [],
      frozenRows: 0,
      frozenCols: 0,
      hidden: false,
      tabColor: null,
      colWidths: {},
    };
    sheets.splice(Math.max(0, Math.min(at, sheets.length)), 0, state);
    this.ss.activeSheetId = id;
    return this.sheet(state);
  }
  deleteSheet(sheet: FakeSheet): void {
    const target = this.rt.unwrap(sheet, FakeSheet);
    if (!target) throw badArguments('SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    const sheets = this.ss.sheets;
    // Wording not verified against Google: Sheets refuses to delete the last visible sheet.
    if (sheets.filter((s) => !s.hidden && s.id !== target.id).length === 0)
      throw new GasError("You can't remove all the visible sheets in a document.");
    sheets.splice(
      sheets.findIndex((s) => s.id === target.id),
      1,
    );
    this.ss.protections = this.ss.protections.filter((p) => p.sheetId !== target.id);
    if (this.ss.activeSheetId === target.id) this.ss.activeSheetId = sheets[0]!.id;
  }
  getSpreadsheetTimeZone(): string {
    return this.ss.timeZone;
  }
  /** Stored dates keep their serial numbers, so their instants move with the zone, as in Sheets. */
  setSpreadsheetTimeZone(timezone: string): void {
    if (!isTimeZone(timezone)) throw new GasError(`Invalid argument: ${timezone}`);
    this.ss.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.ss.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.ss.locale = locale;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    const target = this.rt.unwrap(sheet, FakeSheet);
    if (!target) throw badArguments('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    this.ss.activeSheetId = target.id;
    return target.api;
  }
  getActiveSheet(): FakeSheet {
    const s = this.ss.sheets.find((x) => x.id === this.ss.activeSheetId) ?? this.ss.sheets[0]!;
    return this.sheet(s);
  }
  moveActiveSheet(pos: number): void {
    const sheets = this.ss.sheets;
    const from = sheets.findIndex((s) => s.id === this.ss.activeSheetId);
    const [s] = sheets.splice(from, 1);
    sheets.splice(Math.max(0, Math.min(pos - 1, sheets.length)), 0, s!);
  }
  /** Recorded on Emulator.ui.toasts (…/spreadsheet#toastmsg,-title,-timeoutseconds; default 5 s). */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.rt.state.ui.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
      user: this.rt.activeUser,
      at: this.rt.state.now,
    });
  }
  /** 'Sheet1!A1:B2' or, without a sheet name, a range of the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1Notation);
    const name = m ? (m[1]?.replace(/''/g, "'") ?? m[2]!) : undefined;
    const s =
      name === undefined
        ? (this.ss.sheets.find((x) => x.id === this.ss.activeSheetId) ?? this.ss.sheets[0]!)
        : this.ss.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new GasError('Range not found');
    return new FakeSheet(this.rt, s.id).getRange(m ? m[3]! : a1Notation);
  }
  getProtections(type: unknown): FakeProtection[] {
    return this.ss.protections.filter((p) => p.type === String(type)).map((p) => new FakeProtection(this.rt, p.id).api);
  }
  getOwner(): FakeUser {
    return new FakeUser(this.rt, this.ss.owner).api;
  }
  /**
   * The owner and the users given edit access. "If the user who executes the script does not have edit access to the
   * Spreadsheet, this method throws an exception" (…/spreadsheet/spreadsheet#geteditors; the exception's wording is not verified).
   */
  getEditors(): FakeUser[] {
    if (accessOf(this.rt, this.rt.effectiveUser) !== 'edit')
      throw new GasError('You do not have permission to access the editors of this document.');
    const listed = Object.entries(this.ss.access ?? {})
      .filter(([u, a]) => a === 'edit' && u !== this.ss.owner)
      .map(([u]) => u);
    return [this.ss.owner, ...listed].map((u) => new FakeUser(this.rt, u).api);
  }
}

/**
 * What a user may do with the bound spreadsheet: its owner edits; others as `state.spreadsheet.access` says, and a
 * user not listed there edits (the emulator's users are the office's editors unless a test says otherwise).
 */
export type SpreadsheetAccess = 'edit' | 'view' | 'none';
export function accessOf(rt: Runtime, user: string): SpreadsheetAccess {
  const ss = rt.state.spreadsheet;
  return user === ss.owner ? 'edit' : (ss.access?.[user] ?? 'edit');
}

/**
 * A spreadsheet holds at most 10 000 000 cells, empty ones included: every sheet's grid counts
 * (support.google.com/drive/answer/37603). Wording not verified against Google.
 */
export const MAX_CELLS = 10_000_000;
function assertCellLimit(rt: Runtime, added: number): void {
  const cells = rt.state.spreadsheet.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  if (cells + added > MAX_CELLS)
    throw new GasError(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
}

/** Sheet names are unique ignoring case (…/spreadsheet#insertsheetsheetname). */
function assertSheetName(name: string, sheets: SheetState[], except?: number): void {
  if (!name.trim()) throw new GasError('Invalid argument: name');
  if (sheets.some((s) => s.id !== except && s.name.toLowerCase() === name.toLowerCase())) {
    throw new GasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

// ---------------------------------------------------------------------------------------------- Sheet

const SHEET = [
  'getName',
  'getSheetName',
  'setName',
  'getSheetId',
  'getIndex',
  'getParent',
  'activate',
  'getLastRow',
  'getLastColumn',
  'getMaxRows',
  'getMaxColumns',
  'insertRowsAfter',
  'insertRowAfter',
  'insertRowsBefore',
  'insertRowBefore',
  'insertColumnsAfter',
  'insertColumnAfter',
  'insertColumnsBefore',
  'insertColumnBefore',
  'deleteRow',
  'deleteRows',
  'deleteColumn',
  'deleteColumns',
  'getRange',
  'getDataRange',
  'appendRow',
  'clear',
  'clearContents',
  'clearFormats',
  'clearNotes',
  'setFrozenRows',
  'getFrozenRows',
  'setFrozenColumns',
  'getFrozenColumns',
  'protect',
  'getProtections',
  'setColumnWidth',
  'setColumnWidths',
  'getColumnWidth',
  'setTabColor',
  'getTabColor',
  'hideSheet',
  'showSheet',
  'isSheetHidden',
  'autoResizeColumn',
  'autoResizeColumns',
  'newChart',
  'insertChart',
  'getCharts',
  'updateChart',
  'removeChart',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Spreadsheet.Sheet>;

/** developers.google.com/apps-script/reference/spreadsheet/sheet */
export class FakeSheet extends Fake implements Api<GoogleAppsScript.Spreadsheet.Sheet, (typeof SHEET)[number]> {
  static service = 'Sheet';
  static members: readonly string[] = SHEET;
  constructor(
    rt: Runtime,
    readonly id: number,
  ) {
    super(rt);
  }

  get state(): SheetState {
    const s = this.rt.state.spreadsheet.sheets.find((x) => x.id === this.id);
    if (!s) throw notImplemented('using a Sheet after it was deleted');
    return s;
  }
  getName(): string {
    return this.state.name;
  }
  getSheetName(): string {
    return this.state.name;
  }
  setName(name: string): FakeSheet {
    assertSheetName(String(name), this.rt.state.spreadsheet.sheets, this.id);
    this.state.name = String(name);
    return this.api;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.rt.state.spreadsheet.sheets.findIndex((s) => s.id === this.id) + 1;
  }
  getParent(): FakeSpreadsheet {
    return new FakeSpreadsheet(this.rt).api;
  }
  activate(): FakeSheet {
    this.rt.state.spreadsheet.activeSheetId = this.id;
    return this.api;
  }

  /** Last row/column holding a value or formula; 0 on an empty sheet (…/sheet#getlastrow). */
  getLastRow(): number {
    const cells = this.state.cells;
    for (let r = cells.length - 1; r >= 0; r--) if (cells[r]?.some((c) => !isEmpty(c))) return r + 1;
    return 0;
  }
  getLastColumn(): number {
    let last = 0;
    for (const row of this.state.cells)
      row?.forEach((c, i) => {
        if (!isEmpty(c) && i + 1 > last) last = i + 1;
      });
    return last;
  }
  getMaxRows(): number {
    return this.state.maxRows;
  }
  getMaxColumns(): number {
    return this.state.maxCols;
  }

  // New rows/columns take the format and validation of the neighbour they are inserted next to, as in Sheets' UI.
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    return this.insertRows(afterPosition + 1, howMany, afterPosition);
  }
  insertRowAfter(afterPosition: number): FakeSheet {
    return this.insertRows(afterPosition + 1, 1, afterPosition);
  }
  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this.insertRows(beforePosition, howMany, beforePosition);
  }
  insertRowBefore(beforePosition: number): FakeSheet {
    return this.insertRows(beforePosition, 1, beforePosition);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    return this.insertCols(afterPosition + 1, howMany, afterPosition);
  }
  insertColumnAfter(afterPosition: number): FakeSheet {
    return this.insertCols(afterPosition + 1, 1, afterPosition);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    return this.insertCols(beforePosition, howMany, beforePosition);
  }
  insertColumnBefore(beforePosition: number): FakeSheet {
    return this.insertCols(beforePosition, 1, beforePosition);
  }

  private insertRows(at: number, count: number, like: number): FakeSheet {
    const s = this.state;
    if (!(at >= 1 && at <= s.maxRows + 1 && count >= 1)) throw new GasError('Those rows are out of bounds.');
    const model = s.cells[like - 1];
    const fresh = Array.from({ length: count }, () => model?.map(formatOnly) ?? null);
    assertCellLimit(this.rt, count * s.maxCols);
    while (s.cells.length < at - 1) s.cells.push(null);
    const below = s.cells.splice(at - 1);
    for (const row of fresh) s.cells.push(row); // not push(...fresh): a spread of 100 000s of rows overflows the stack
    for (const row of below) s.cells.push(row);
    s.maxRows += count;
    this.shiftProtections('row', at, count);
    return this.api;
  }
  private insertCols(at: number, count: number, like: number): FakeSheet {
    const s = this.state;
    if (!(at >= 1 && at <= s.maxCols + 1 && count >= 1)) throw new GasError('Those columns are out of bounds.');
    assertCellLimit(this.rt, count * s.maxRows);
    for (const row of s.cells) {
      if (!row) continue;
      const model = row[like - 1];
      while (row.length < at - 1) row.push(null);
      row.splice(at - 1, 0, ...Array.from({ length: count }, () => formatOnly(model)));
    }
    s.maxCols += count;
    this.shiftProtections('col', at, count);
    return this.api;
  }
  deleteRow(rowPosition: number): void {
    this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    const s = this.state;
    if (!(rowPosition >= 1 && howMany >= 1 && rowPosition + howMany - 1 <= s.maxRows)) throw new GasError('Those rows are out of bounds.');
    if (s.maxRows - howMany <= s.frozenRows) throw new GasError('Sorry, it is not possible to delete all non-frozen rows.');
    s.cells.splice(rowPosition - 1, howMany);
    s.maxRows -= howMany;
    this.shiftProtections('row', rowPosition, -howMany);
  }
  deleteColumn(columnPosition: number): FakeSheet {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number): FakeSheet {
    const s = this.state;
    if (!(columnPosition >= 1 && howMany >= 1 && columnPosition + howMany - 1 <= s.maxCols))
      throw new GasError('Those columns are out of bounds.');
    if (s.maxCols - howMany <= s.frozenCols) throw new GasError('Sorry, it is not possible to delete all non-frozen columns.');
    for (const row of s.cells) row?.splice(columnPosition - 1, howMany);
    s.maxCols -= howMany;
    this.shiftProtections('col', columnPosition, -howMany);
    return this.api;
  }
  private shiftProtections(axis: 'row' | 'col', at: number, count: number): void {
    const ss = this.rt.state.spreadsheet;
    ss.protections = ss.protections.filter((p) => {
      if (p.sheetId !== this.id) return true;
      p.unprotected = p.unprotected.flatMap((u) => {
        const r = shift(u, axis, at, count);
        return r ? [{ ...r, sheetId: u.sheetId }] : [];
      });
      if (!p.rect) return true;
      p.rect = shift(p.rect, axis, at, count);
      return p.rect !== undefined;
    });
  }

  /** getRange(a1) | (row, column[, numRows[, numColumns]]), 1-based, inside the grid (…/sheet#getrangerow,-column,-numrows,-numcolumns). */
  getRange(a: string | number, column?: number, numRows = 1, numColumns = 1): FakeRange {
    const s = this.state;
    if (typeof a === 'string' && column === undefined) {
      const bang = a.lastIndexOf('!');
      if (bang >= 0 && a.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") !== s.name)
        throw notImplemented('Sheet.getRange naming another sheet');
      const r = parseA1(bang >= 0 ? a.slice(bang + 1) : a, s);
      if (r.row + r.rows - 1 > s.maxRows || r.col + r.cols - 1 > s.maxCols) throw new GasError('Range not found');
      return new FakeRange(this.rt, this.id, r).api;
    }
    if ([a, column, numRows, numColumns].some((x) => typeof x !== 'number' || Number.isNaN(x))) {
      throw badArguments(
        'SpreadsheetApp.Sheet.getRange',
        [a, column, numRows, numColumns].filter((x) => x !== undefined),
      );
    }
    const row = a as number,
      col = column!;
    if (row < 1) throw new GasError('The starting row of the range is too small.');
    if (col < 1) throw new GasError('The starting column of the range is too small.');
    if (numRows < 1) throw new GasError('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new GasError('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > s.maxRows || col + numColumns - 1 > s.maxCols)
      throw new GasError('The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this.rt, this.id, { row, col, rows: numRows, cols: numColumns }).api;
  }
  getDataRange(): FakeRange {
    return new FakeRange(this.rt, this.id, {
      row: 1,
      col: 1,
      rows: Math.max(1, this.getLastRow()),
      cols: Math.max(1, this.getLastColumn()),
    }).api;
  }
  /** Writes after the last row with content, growing the grid if needed; values are read as typed (…/sheet#appendrowrowcontents). */
  appendRow(rowContents: unknown[]): FakeSheet {
    if (!Array.isArray(rowContents)) throw badArguments('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const s = this.state;
    const row = this.getLastRow() + 1;
    if (row > s.maxRows) this.insertRows(row, row - s.maxRows, s.maxRows);
    if (rowContents.length > s.maxCols) this.insertCols(s.maxCols + 1, rowContents.length - s.maxCols, s.maxCols);
    if (rowContents.length)
      new FakeRange(this.rt, this.id, { row, col: 1, rows: 1, cols: rowContents.length }).write((_i, j) => rowContents[j]);
    return this.api;
  }
  clear(): FakeSheet {
    this.whole().clear();
    return this.api;
  }
  clearContents(): FakeSheet {
    this.whole().clearContent();
    return this.api;
  }
  clearFormats(): FakeSheet {
    this.whole().clearFormat();
    return this.api;
  }
  clearNotes(): FakeSheet {
    this.whole().clearNote();
    return this.api;
  }
  private whole(): FakeRange {
    return new FakeRange(this.rt, this.id, { row: 1, col: 1, rows: this.state.maxRows, cols: this.state.maxCols });
  }

  setFrozenRows(rows: number): void {
    this.state.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.state.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.state.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this.state.frozenCols;
  }

  /** A sheet has at most one sheet protection: protect() on a protected sheet returns it. */
  protect(): FakeProtection {
    const ss = this.rt.state.spreadsheet;
    const existing = ss.protections.find((p) => p.sheetId === this.id && p.type === 'SHEET');
    return new FakeProtection(this.rt, existing?.id ?? newProtection(this.rt, { type: 'SHEET', sheetId: this.id })).api;
  }
  getProtections(type: unknown): FakeProtection[] {
    return this.rt.state.spreadsheet.protections
      .filter((p) => p.sheetId === this.id && p.type === String(type))
      .map((p) => new FakeProtection(this.rt, p.id).api);
  }
  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    this.state.colWidths[columnPosition] = width;
    return this.api;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.state.colWidths[c] = width;
    return this.api;
  }
  getColumnWidth(columnPosition: number): number {
    return this.state.colWidths[columnPosition] ?? DEFAULT_COLUMN_WIDTH;
  }
  setTabColor(color: string | null): FakeSheet {
    this.state.tabColor = color;
    return this.api;
  }
  getTabColor(): string | null {
    return this.state.tabColor;
  }
  hideSheet(): FakeSheet {
    this.state.hidden = true;
    return this.api;
  }
  showSheet(): FakeSheet {
    this.state.hidden = false;
    return this.api;
  }
  isSheetHidden(): boolean {
    return this.state.hidden;
  }
  /** Text widths are not measured: auto-resizing leaves the recorded widths as they are. */
  autoResizeColumn(_columnPosition: number): FakeSheet {
    return this.api;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): FakeSheet {
    return this.api;
  }
  // Charts live in ./charts.ts (…/sheet#newchart, #insertchartchart, #getcharts, #updatechartchart, #removechartchart).
  newChart(): FakeEmbeddedChartBuilder {
    return FakeEmbeddedChartBuilder.fresh(this.rt, this.id);
  }
  insertChart(chart: FakeEmbeddedChart): void {
    insertChart(this.rt, this.id, chart);
  }
  getCharts(): FakeEmbeddedChart[] {
    return chartObjects(this.rt, this.id);
  }
  updateChart(chart: FakeEmbeddedChart): void {
    replaceChart(this.rt, this.id, chart, 'updateChart');
  }
  removeChart(chart: FakeEmbeddedChart): void {
    replaceChart(this.rt, this.id, chart, 'removeChart');
  }
}

/** What an inserted row/column inherits from its neighbour: formats and validation, no content or note. */
function formatOnly(c: CellState | null | undefined): CellState | null {
  if (!c || (c.fmt === undefined && c.style === undefined && c.dv === undefined)) return null;
  return JSON.parse(JSON.stringify({ fmt: c.fmt, style: c.style, dv: c.dv })) as CellState;
}

function newProtection(rt: Runtime, p: Pick<ProtectionState, 'type' | 'sheetId' | 'rect'>): number {
  const ss = rt.state.spreadsheet;
  const id = ss.protections.reduce((m, x) => Math.max(m, x.id), 0) + 1;
  ss.protections.push({ id, description: '', warningOnly: false, editors: null, unprotected: [], ...p });
  return id;
}

// ---------------------------------------------------------------------------------------------- Range

const RANGE = [
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getLastRow',
  'getLastColumn',
  'getHeight',
  'getWidth',
  'getA1Notation',
  'getSheet',
  'getCell',
  'offset',
  'isBlank',
  'getValues',
  'getValue',
  'setValues',
  'setValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'setFormula',
  'setFormulas',
  'getNumberFormats',
  'getNumberFormat',
  'setNumberFormat',
  'setNumberFormats',
  'setDataValidation',
  'setDataValidations',
  'getDataValidation',
  'getDataValidations',
  'clearDataValidations',
  'insertCheckboxes',
  'clear',
  'clearContent',
  'clearFormat',
  'clearNote',
  'protect',
  'setNote',
  'getNote',
  'setNotes',
  'getNotes',
  'setFontWeight',
  'setFontWeights',
  'getFontWeight',
  'setFontColor',
  'setFontSize',
  'setFontStyle',
  'setBackground',
  'getBackground',
  'setWrap',
  'setHorizontalAlignment',
  'setVerticalAlignment',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Spreadsheet.Range>;

/** developers.google.com/apps-script/reference/spreadsheet/range */
export class FakeRange extends Fake implements Api<GoogleAppsScript.Spreadsheet.Range, (typeof RANGE)[number]> {
  static service = 'Range';
  static members: readonly string[] = RANGE;
  constructor(
    rt: Runtime,
    readonly sheetId: number,
    readonly rect: GridRect,
  ) {
    super(rt);
  }

  private get sheet(): FakeSheet {
    return new FakeSheet(this.rt, this.sheetId);
  }
  private get locale(): SheetLocale {
    return this.rt.state.spreadsheet;
  }
  private cell(i: number, j: number): CellState | undefined {
    return this.sheet.state.cells[this.rect.row - 1 + i]?.[this.rect.col - 1 + j] ?? undefined;
  }
  /** fn over every cell of the range, as a 2-D array. */
  grid<T>(fn: (c: CellState | undefined, i: number, j: number) => T): T[][] {
    const cells = this.sheet.state.cells;
    const { row, col, rows, cols } = this.rect;
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => fn(cells[row - 1 + i]?.[col - 1 + j] ?? undefined, i, j)),
    );
  }
  private where(i: number, j: number): string {
    return `${this.sheet.state.name}!${columnLetters(this.rect.col + j)}${this.rect.row + i}`;
  }

  /**
   * Gives every cell of the range new content, all or nothing: in 'value' mode `content` returns what the script
   * wrote (read as typed), in 'raw' mode the cell fields to set (undefined clears one). Protected cells refuse the
   * edit for users the protection does not list (…/spreadsheet/protection). A value a strict rule
   * (setAllowInvalid(false): "rejects the input entirely", …/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata)
   * does not accept fails the whole write: script writes are not exempt (scripts across many projects report
   * "The data you entered in cell U2 violates the data validation rules set on this cell."; the error may surface at the
   * next flush on Google, the emulator throws at the write).
   * Clearing a cell ('') is always allowed.
   */
  write(content: (i: number, j: number, cell: CellState) => unknown, mode: 'value' | 'raw' = 'value'): FakeRange {
    assertCanEdit(this.rt, this.sheetId, this.rect);
    const cells = this.sheet.state.cells;
    const { row, col, rows, cols } = this.rect;
    const changes: Array<[number, number, CellState | null]> = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const old = cells[row - 1 + i]?.[col - 1 + j] ?? undefined;
        const cell: CellState = { ...old };
        const next = content(i, j, cell);
        if (mode === 'value') {
          if (typeof next === 'string' && next.length > MAX_CELL_CHARS)
            throw new GasError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
          delete cell.v;
          delete cell.f;
          Object.assign(cell, interpret(next, cell.fmt, this.locale));
          if (rejects(this.rt, cell))
            throw new GasError(
              `The data you entered in cell ${columnLetters(col + j)}${row + i} violates the data validation rules set on this cell.`,
            );
        } else Object.assign(cell, next);
        for (const k of Object.keys(cell) as Array<keyof CellState>) if (cell[k] === undefined) delete cell[k];
        const empty = Object.keys(cell).length === 0;
        if (old || !empty) changes.push([row - 1 + i, col - 1 + j, empty ? null : cell]);
      }
    }
    for (const [r, c, cell] of changes) (cells[r] ??= [])[c] = cell;
    return this.api;
  }
  private writeAll(content: (i: number, j: number, cell: CellState) => unknown): FakeRange {
    return this.write(content, 'raw');
  }
  private checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || !data.every(Array.isArray)) throw badArguments(`SpreadsheetApp.Range.${method}`, [data]);
    // …/range#setvaluesvalues: "The dimensions of the array must match the dimensions of the range."
    if (data.length !== this.rect.rows)
      throw new GasError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.rect.rows}.`,
      );
    const bad = (data as unknown[][]).find((r) => r.length !== this.rect.cols);
    if (bad)
      throw new GasError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${bad.length} but the range has ${this.rect.cols}.`,
      );
    return data as unknown[][];
  }
  /** One style value on every cell, or (a grid) one per cell; null resets it. */
  private styleAll(key: string, value: string | number | boolean | null | ((i: number, j: number) => unknown)): FakeRange {
    return this.writeAll((i, j, c) => {
      const v = typeof value === 'function' ? value(i, j) : value;
      const style = { ...c.style };
      if (v === null || v === undefined) delete style[key];
      else style[key] = v as string | number | boolean;
      return { style: Object.keys(style).length ? style : undefined };
    });
  }

  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.rows;
  }
  getNumColumns(): number {
    return this.rect.cols;
  }
  getHeight(): number {
    return this.rect.rows;
  }
  getWidth(): number {
    return this.rect.cols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.rows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.cols - 1;
  }
  getA1Notation(): string {
    return a1Of(this.rect);
  }
  getSheet(): FakeSheet {
    return this.sheet.api;
  }
  getCell(row: number, column: number): FakeRange {
    return this.offset(row - 1, column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows = this.rect.rows, numColumns = this.rect.cols): FakeRange {
    return this.sheet.getRange(this.rect.row + rowOffset, this.rect.col + columnOffset, numRows, numColumns);
  }
  isBlank(): boolean {
    return this.grid((c) => isEmpty(c)).every((r) => r.every(Boolean));
  }

  /** '' for empty cells; a new Date for cells with a date format; formulas are not evaluated: that throws (loudly). */
  getValues(): unknown[][] {
    return this.grid((c, i, j) => {
      if (c?.f !== undefined) throw notImplemented(`formula evaluation (${this.where(i, j)} holds ${c.f})`);
      if (c?.v === undefined) return '';
      if (typeof c.v === 'number' && isDateFormat(c.fmt)) return this.rt.date(fromSerial(c.v, this.rt.state.spreadsheet.timeZone));
      return c.v;
    });
  }
  getValue(): unknown {
    return this.topLeft().getValues()[0]![0];
  }
  private topLeft(): FakeRange {
    return new FakeRange(this.rt, this.sheetId, { ...this.rect, rows: 1, cols: 1 });
  }
  setValues(values: unknown[][]): FakeRange {
    const data = this.checkShape(values, 'setValues');
    return this.write((i, j) => data[i]![j]);
  }
  /** Sets every cell of the range to the value. */
  setValue(value: unknown): FakeRange {
    return this.write(() => value);
  }
  getDisplayValues(): string[][] {
    return this.grid((c, i, j) => {
      if (c?.f !== undefined) throw notImplemented(`formula evaluation (${this.where(i, j)} holds ${c.f})`);
      return displayText(c, this.locale.locale);
    });
  }
  getDisplayValue(): string {
    return this.topLeft().getDisplayValues()[0]![0]!;
  }
  getFormulas(): string[][] {
    return this.grid((c) => c?.f ?? '');
  }
  getFormula(): string {
    return this.cell(0, 0)?.f ?? '';
  }
  setFormula(formula: string): FakeRange {
    if (this.rect.rows * this.rect.cols > 1) throw notImplemented('Range.setFormula on several cells (relative references)');
    return this.setFormulas([[formula]]);
  }
  setFormulas(formulas: string[][]): FakeRange {
    const data = this.checkShape(formulas, 'setFormulas');
    return this.writeAll((i, j, c) => {
      const f = String(data[i]![j] ?? '');
      return f.startsWith('=') ? { v: undefined, f } : { v: undefined, f: undefined, ...interpret(f, c.fmt, this.locale) };
    });
  }
  /** Absent formats read as 'General' (…/range#getnumberformat). */
  getNumberFormats(): string[][] {
    return this.grid((c) => c?.fmt ?? 'General');
  }
  getNumberFormat(): string {
    return this.cell(0, 0)?.fmt ?? 'General';
  }
  setNumberFormat(numberFormat: string): FakeRange {
    return this.writeAll(() => ({ fmt: numberFormat }));
  }
  setNumberFormats(numberFormats: string[][]): FakeRange {
    const data = this.checkShape(numberFormats, 'setNumberFormats');
    return this.writeAll((i, j) => ({ fmt: String(data[i]![j]) }));
  }

  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    const dv = this.rule(rule, 'setDataValidation');
    return this.writeAll(() => ({ dv: dv && structuredClone(dv) }));
  }
  setDataValidations(rules: Array<Array<FakeDataValidation | null>>): FakeRange {
    const data = this.checkShape(rules, 'setDataValidations').map((row) => row.map((r) => this.rule(r, 'setDataValidations')));
    return this.writeAll((i, j) => ({ dv: data[i]![j] && structuredClone(data[i]![j]) }));
  }
  /** A built rule or null; a builder (a forgotten .build()) does not fit the signature. */
  private rule(rule: unknown, method: string): ValidationState | undefined {
    if (rule === null) return undefined;
    const raw = this.rt.unwrap(rule, FakeDataValidation);
    if (!raw || raw instanceof FakeDataValidationBuilder) throw badArguments(`SpreadsheetApp.Range.${method}`, [rule]);
    return raw.state;
  }
  getDataValidation(): FakeDataValidation | null {
    return this.getDataValidations()[0]![0]!;
  }
  getDataValidations(): Array<Array<FakeDataValidation | null>> {
    return this.grid((c) => (c?.dv ? new FakeDataValidation(this.rt, structuredClone(c.dv)).api : null));
  }
  clearDataValidations(): FakeRange {
    return this.writeAll(() => ({ dv: undefined }));
  }
  /** Checkbox validation, and every cell set to false (…/range#insertcheckboxes). */
  insertCheckboxes(): FakeRange {
    return this.writeAll(() => ({ v: false, f: undefined, dv: { criteria: 'CHECKBOX', values: [], allowInvalid: false, helpText: '' } }));
  }

  /** clear(): contents and formats; clear(options): the parts named, or everything when none is (…/range#clearoptions). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): FakeRange {
    const named = options && (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    const o = !options
      ? { contentsOnly: true, formatOnly: true }
      : named
        ? options
        : { contentsOnly: true, formatOnly: true, validationsOnly: true };
    return this.writeAll(() => ({
      ...(o.contentsOnly ? { v: undefined, f: undefined } : {}),
      ...(o.formatOnly ? { fmt: undefined, style: undefined } : {}),
      ...(o.validationsOnly ? { dv: undefined } : {}),
    }));
  }
  clearContent(): FakeRange {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): FakeRange {
    return this.clear({ formatOnly: true });
  }
  clearNote(): FakeRange {
    return this.writeAll(() => ({ note: undefined }));
  }
  protect(): FakeProtection {
    return new FakeProtection(this.rt, newProtection(this.rt, { type: 'RANGE', sheetId: this.sheetId, rect: { ...this.rect } })).api;
  }
  setNote(note: string | null): FakeRange {
    return this.writeAll(() => ({ note: note ? String(note) : undefined }));
  }
  getNote(): string {
    return this.cell(0, 0)?.note ?? '';
  }
  setNotes(notes: Array<Array<string | null>>): FakeRange {
    const data = this.checkShape(notes, 'setNotes');
    return this.writeAll((i, j) => ({ note: data[i]![j] ? String(data[i]![j]) : undefined }));
  }
  getNotes(): string[][] {
    return this.grid((c) => c?.note ?? '');
  }
  setFontWeight(fontWeight: string | null): FakeRange {
    return this.styleAll('fontWeight', fontWeight);
  }
  /** A grid matching the range (…/range#setfontweightsfontweights): 'bold', 'normal' or null (reset). */
  setFontWeights(fontWeights: (string | null)[][]): FakeRange {
    const data = this.checkShape(fontWeights, 'setFontWeights');
    for (const w of data.flat())
      if (w !== null && w !== 'bold' && w !== 'normal') throw new GasError(`Invalid argument: fontWeight ${String(w)}`); // wording not verified
    return this.styleAll('fontWeight', (i, j) => data[i]![j]);
  }
  getFontWeight(): string {
    return String(this.cell(0, 0)?.style?.fontWeight ?? 'normal');
  }
  setFontColor(color: string | null): FakeRange {
    return this.styleAll('fontColor', color);
  }
  setFontSize(size: number): FakeRange {
    return this.styleAll('fontSize', size);
  }
  setFontStyle(fontStyle: string | null): FakeRange {
    return this.styleAll('fontStyle', fontStyle);
  }
  setBackground(color: string | null): FakeRange {
    return this.styleAll('background', color);
  }
  getBackground(): string {
    return String(this.cell(0, 0)?.style?.background ?? '#ffffff');
  }
  setWrap(isWrapEnabled: boolean): FakeRange {
    return this.styleAll('wrap', isWrapEnabled);
  }
  setHorizontalAlignment(alignment: string | null): FakeRange {
    return this.styleAll('horizontalAlignment', alignment);
  }
  setVerticalAlignment(alignment: string | null): FakeRange {
    return this.styleAll('verticalAlignment', alignment);
  }
}

// ---------------------------------------------------------------------------------------------- Protection

const PROTECTION = [
  'addEditor',
  'addEditors',
  'removeEditor',
  'removeEditors',
  'getEditors',
  'canEdit',
  'canDomainEdit',
  'setDomainEdit',
  'getDescription',
  'setDescription',
  'isWarningOnly',
  'setWarningOnly',
  'getRange',
  'getProtectionType',
  'remove',
  'setUnprotectedRanges',
  'getUnprotectedRanges',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Spreadsheet.Protection>;

/**
 * developers.google.com/apps-script/reference/spreadsheet/protection. A new protection "mirrors the spreadsheet's
 * permissions" (everyone who can edit the file still can) until the script changes its editor list; the owner can
 * always edit. warningOnly protections never block a script.
 */
export class FakeProtection extends Fake implements Api<GoogleAppsScript.Spreadsheet.Protection, (typeof PROTECTION)[number]> {
  static service = 'Protection';
  static members: readonly string[] = PROTECTION;
  constructor(
    rt: Runtime,
    readonly id: number,
  ) {
    super(rt);
  }
  private get p(): ProtectionState {
    const p = this.rt.state.spreadsheet.protections.find((x) => x.id === this.id);
    if (!p) throw notImplemented('using a Protection after remove()');
    return p;
  }
  private emails(users: unknown[]): string[] {
    return users.map((u) => (typeof u === 'string' ? u : (this.rt.unwrap(u, FakeUser)?.email ?? String(u))));
  }
  private editors(): string[] {
    const owner = this.rt.state.spreadsheet.owner;
    return [...new Set([owner, ...(this.p.editors ?? [])])];
  }
  addEditor(emailAddress: string | FakeUser): FakeProtection {
    return this.addEditors([emailAddress as string]);
  }
  addEditors(emailAddresses: string[]): FakeProtection {
    this.p.editors = [...new Set([...this.editors(), ...this.emails(emailAddresses)])];
    return this.api;
  }
  removeEditor(emailAddress: string | FakeUser): FakeProtection {
    return this.removeEditors([emailAddress as string]);
  }
  removeEditors(emailAddresses: Array<string | FakeUser>): FakeProtection {
    const gone = new Set(this.emails(emailAddresses));
    this.p.editors = this.editors().filter((e) => e === this.rt.state.spreadsheet.owner || !gone.has(e));
    return this.api;
  }
  getEditors(): FakeUser[] {
    return this.editors().map((e) => new FakeUser(this.rt, e).api);
  }
  canEdit(): boolean {
    return canEdit(this.rt, this.p, this.rt.effectiveUser);
  }
  canDomainEdit(): boolean {
    return false;
  }
  setDomainEdit(editable: boolean): FakeProtection {
    if (editable) throw notImplemented('Protection.setDomainEdit(true)');
    return this.api;
  }
  getDescription(): string {
    return this.p.description;
  }
  setDescription(description: string): FakeProtection {
    this.p.description = String(description);
    return this.api;
  }
  isWarningOnly(): boolean {
    return this.p.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.p.warningOnly = Boolean(warningOnly);
    return this.api;
  }
  getRange(): FakeRange {
    const p = this.p;
    const sheet = this.rt.state.spreadsheet.sheets.find((s) => s.id === p.sheetId)!;
    return new FakeRange(this.rt, p.sheetId, p.rect ?? { row: 1, col: 1, rows: sheet.maxRows, cols: sheet.maxCols }).api;
  }
  getProtectionType(): string {
    return this.p.type;
  }
  remove(): void {
    const ss = this.rt.state.spreadsheet;
    ss.protections = ss.protections.filter((x) => x.id !== this.id);
  }
  /** Only for sheet protections (…/protection#setunprotectedrangesranges). */
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    if (this.p.type !== 'SHEET') throw new GasError('Unprotected ranges can only be set on a sheet protection.'); // wording not verified
    this.p.unprotected = ranges.map((r) => {
      const raw = this.rt.unwrap(r, FakeRange);
      if (!raw || raw.sheetId !== this.p.sheetId) throw badArguments('SpreadsheetApp.Protection.setUnprotectedRanges', [ranges]);
      return { sheetId: raw.sheetId, ...raw.rect };
    });
    return this.api;
  }
  getUnprotectedRanges(): FakeRange[] {
    return this.p.unprotected.map(({ sheetId, ...rect }) => new FakeRange(this.rt, sheetId, rect).api);
  }
}

function canEdit(rt: Runtime, p: ProtectionState, user: string): boolean {
  return p.warningOnly || p.editors === null || user === rt.state.spreadsheet.owner || p.editors.includes(user);
}

function assertCanEdit(rt: Runtime, sheetId: number, rect: GridRect): void {
  const user = rt.effectiveUser;
  for (const p of rt.state.spreadsheet.protections) {
    if (p.sheetId !== sheetId || canEdit(rt, p, user)) continue;
    const hit = p.rect
      ? overlaps(p.rect, rect)
      : !p.unprotected.some(
          (u) => u.row <= rect.row && u.col <= rect.col && u.row + u.rows >= rect.row + rect.rows && u.col + u.cols >= rect.col + rect.cols,
        );
    if (hit)
      throw new GasError(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
  }
}

// ---------------------------------------------------------------------------------------------- data validation

const RULE = ['copy', 'getAllowInvalid', 'getCriteriaType', 'getCriteriaValues', 'getHelpText'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Spreadsheet.DataValidation
>;
const BUILDER = [
  ...RULE,
  'build',
  'requireCheckbox',
  'requireDate',
  'requireNumberBetween',
  'requireNumberEqualTo',
  'requireNumberGreaterThan',
  'requireNumberGreaterThanOrEqualTo',
  'requireNumberLessThan',
  'requireNumberLessThanOrEqualTo',
  'requireTextIsEmail',
  'requireValueInList',
  'requireValueInRange',
  'setAllowInvalid',
  'setHelpText',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Spreadsheet.DataValidationBuilder>;

/** developers.google.com/apps-script/reference/spreadsheet/data-validation */
export class FakeDataValidation extends Fake implements Api<GoogleAppsScript.Spreadsheet.DataValidation, (typeof RULE)[number]> {
  static service = 'DataValidation';
  static members: readonly string[] = RULE;
  constructor(
    rt: Runtime,
    readonly state: ValidationState,
  ) {
    super(rt);
  }
  copy(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.rt, structuredClone(this.state)).api;
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getCriteriaType(): string {
    return this.state.criteria;
  }
  /** VALUE_IN_LIST gives [values, showDropdown]; VALUE_IN_RANGE gives [Range, showDropdown]. */
  getCriteriaValues(): unknown[] {
    return this.state.values.map((v) => {
      const ref = v as { sheet?: string; a1?: string } | null;
      return ref && typeof ref === 'object' && !Array.isArray(ref) && ref.a1
        ? new FakeSpreadsheet(this.rt).getRange(`'${ref.sheet}'!${ref.a1}`)
        : structuredClone(v);
    });
  }
  getHelpText(): string {
    return this.state.helpText;
  }
}

/** developers.google.com/apps-script/reference/spreadsheet/data-validation-builder (new rules allow invalid input). */
export class FakeDataValidationBuilder
  extends FakeDataValidation
  implements Api<GoogleAppsScript.Spreadsheet.DataValidationBuilder, (typeof BUILDER)[number]>
{
  static service = 'DataValidationBuilder';
  static members: readonly string[] = BUILDER;
  private require(criteria: string, values: unknown[]): FakeDataValidationBuilder {
    Object.assign(this.state, { criteria, values });
    return this.api;
  }
  build(): FakeDataValidation {
    if (!this.state.criteria) throw notImplemented('DataValidationBuilder.build without a criterion');
    return new FakeDataValidation(this.rt, structuredClone(this.state)).api;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): FakeDataValidationBuilder {
    return this.require(
      'CHECKBOX',
      [checkedValue, uncheckedValue].filter((x) => x !== undefined),
    );
  }
  requireDate(): FakeDataValidationBuilder {
    return this.require('DATE_IS_VALID_DATE', []);
  }
  requireNumberBetween(start: number, end: number): FakeDataValidationBuilder {
    return this.require('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): FakeDataValidationBuilder {
    return this.require('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): FakeDataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): FakeDataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): FakeDataValidationBuilder {
    return this.require('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): FakeDataValidationBuilder {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextIsEmail(): FakeDataValidationBuilder {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }
  requireValueInList(values: string[], showDropdown = true): FakeDataValidationBuilder {
    if (!Array.isArray(values)) throw badArguments('SpreadsheetApp.DataValidationBuilder.requireValueInList', [values]);
    return this.require('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: FakeRange, showDropdown = true): FakeDataValidationBuilder {
    const raw = this.rt.unwrap(range, FakeRange);
    if (!raw) throw badArguments('SpreadsheetApp.DataValidationBuilder.requireValueInRange', [range]);
    return this.require('VALUE_IN_RANGE', [{ sheet: new FakeSheet(this.rt, raw.sheetId).state.name, a1: a1Of(raw.rect) }, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.state.allowInvalid = Boolean(allowInvalidData);
    return this.api;
  }
  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.state.helpText = String(helpText);
    return this.api;
  }
}

/** A value written into a cell whose strict rule does not accept it. */
function rejects(rt: Runtime, c: CellState): boolean {
  return Boolean(c.dv && !c.dv.allowInvalid && c.v !== undefined && c.v !== '' && c.f === undefined && !valid(rt, c));
}

/**
 * Cells whose content breaks their validation rule (what Sheets marks with a red corner): values a warning-only rule
 * let through, and values that were there before a rule was set. For tests and the preview.
 */
export function invalidCells(rt: Runtime): Array<{ sheet: string; a1: string; value: unknown; criteria: string }> {
  const out: Array<{ sheet: string; a1: string; value: unknown; criteria: string }> = [];
  for (const s of rt.state.spreadsheet.sheets) {
    s.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c?.dv || c.v === undefined || c.f !== undefined || valid(rt, c)) return;
        out.push({ sheet: s.name, a1: `${columnLetters(col + 1)}${r + 1}`, value: c.v, criteria: c.dv.criteria });
      }),
    );
  }
  return out;
}

function valid(rt: Runtime, c: CellState): boolean {
  const v = c.v!,
    [a, b] = c.dv!.values as [unknown, unknown];
  const n = typeof v === 'number' && !isDateFormat(c.fmt) ? v : NaN;
  switch (c.dv!.criteria) {
    case 'VALUE_IN_LIST':
      return (a as string[]).includes(displayText(c, rt.state.spreadsheet.locale));
    case 'VALUE_IN_RANGE': {
      const ref = a as { sheet: string; a1: string };
      const values = rt.untracked(() => new FakeSpreadsheet(rt).getRange(`'${ref.sheet}'!${ref.a1}`).getDisplayValues().flat());
      return values.includes(displayText(c, rt.state.spreadsheet.locale));
    }
    case 'NUMBER_BETWEEN':
      return n >= (a as number) && n <= (b as number);
    case 'NUMBER_EQUAL_TO':
      return n === a;
    case 'NUMBER_GREATER_THAN':
      return n > (a as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= (a as number);
    case 'NUMBER_LESS_THAN':
      return n < (a as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= (a as number);
    case 'DATE_IS_VALID_DATE':
      return typeof v === 'number' && isDateFormat(c.fmt);
    case 'CHECKBOX':
      return a === undefined ? typeof v === 'boolean' : v === a || v === b;
    case 'TEXT_IS_VALID_EMAIL':
      return typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
    default:
      throw notImplemented(`checking validation criterion ${c.dv!.criteria}`);
  }
}

// Charts build Ranges of their own (getRanges, the chart image) without importing this module.
useRangeClass(FakeRange);
