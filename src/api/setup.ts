/**
 * "Siapkan register": creates or repairs every sheet from the schema table. Idempotent and
 * never deletes or moves user data: missing columns are added after the existing ones.
 */

import { missingSettings } from '../domain/settings/settings';
import { NAME } from '../domain/shared/programme';
import { type Column, SCHEMAS, type SheetSchema, SPREADSHEET_ZONE } from '../domain/shared/schema';
import { form } from '../domain/shared/validation';
import { NUMBER_FORMATS, normaliseHeader } from '../gas/cells';
import { tryRegisterLock } from '../gas/lock';
import { Register } from '../gas/register';
import { openRegister, rememberRegister } from '../gas/runtime';
import { readSettings, writeSettings } from '../gas/settings-store';
import { type ApiResult, BUSY_MESSAGE, endpoint, failure, release, unexpected } from './endpoint';
import { fromMenu } from './menu';
import { remindersInstalled } from './shared/reminders';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROTECTION_NOTE = `${NAME}: kolom sistem, diisi otomatis oleh aplikasi`;
const HEADER_BACKGROUND = '#e8f0fe';
/** Names of the blank first sheet of a new spreadsheet, by UI language. */
const BLANK_SHEET_NAMES = ['Sheet1', 'Lembar1', 'Lembar 1'];

export interface SetupReport {
  created: string[];
  repaired: string[];
}

/** Adds the schema's missing headers after the last used column; returns each column's position. */
function ensureHeaders(sheet: Sheet, schema: SheetSchema): { positions: number[]; added: number } {
  const lastColumn = sheet.getLastColumn();
  const headers = lastColumn ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0].map(normaliseHeader) : [];
  const missing = schema.columns.filter((c) => !headers.includes(normaliseHeader(c.header)));
  if (missing.length) {
    const needed = lastColumn + missing.length - sheet.getMaxColumns();
    if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    const header = sheet.getRange(1, lastColumn + 1, 1, missing.length);
    header.setNumberFormat('@');
    header.setValues([missing.map((c) => c.header)]);
    headers.push(...missing.map((c) => normaliseHeader(c.header)));
  }
  return { positions: schema.columns.map((c) => headers.indexOf(normaliseHeader(c.header)) + 1), added: missing.length };
}

function formatColumn(sheet: Sheet, column: Column, position: number, bodyRows: number): void {
  const body = sheet.getRange(2, position, bodyRows, 1);
  body.setNumberFormat(NUMBER_FORMATS[column.type]);
  if (column.options) {
    body.setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList([...column.options], true)
        .setAllowInvalid(false)
        .setHelpText(`Pilih salah satu: ${column.options.join(', ')}`)
        .build(),
    );
  }
  if (column.width) sheet.setColumnWidth(position, column.width);
}

/** Warning-only protection on the product's system columns, recreated so it matches the schema. */
function protectSystemColumns(sheet: Sheet, schema: SheetSchema, positions: number[], bodyRows: number): void {
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription() === PROTECTION_NOTE) p.remove();
  }
  schema.columns.forEach((c, i) => {
    if (!c.system) return;
    const protection = sheet.getRange(2, positions[i], bodyRows, 1).protect();
    protection.setDescription(PROTECTION_NOTE);
    protection.setWarningOnly(true);
  });
}

function setupSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: SheetSchema, report: SetupReport): void {
  let sheet = ss.getSheetByName(schema.name);
  if (!sheet) {
    sheet = ss.insertSheet(schema.name, ss.getSheets().length);
    report.created.push(schema.name);
  }
  const { positions, added } = ensureHeaders(sheet, schema);
  if (schema.name === SCHEMAS.comments.name) dropSpareColumns(sheet);
  if (added && !report.created.includes(schema.name)) report.repaired.push(schema.name);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn());
  header.setFontWeight('bold');
  header.setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  const bodyRows = sheet.getMaxRows() - 1;
  schema.columns.forEach((c, i) => formatColumn(sheet, c, positions[i], bodyRows));
  protectSystemColumns(sheet, schema, positions, bodyRows);
}

/**
 * Every cell of a sheet's grid counts against the spreadsheet's 10 million cells, empty ones too. "Komentar" grows by
 * about a thousand rows a week: with a new sheet's 26 columns for its 7 it would reach that limit at ~380 000 comments
 * (7 years of weekly LIVEs), and every import would then fail. Only empty columns after the last used one go.
 */
function dropSpareColumns(sheet: Sheet): void {
  const used = sheet.getLastColumn();
  if (sheet.getMaxColumns() > used) sheet.deleteColumns(used + 1, sheet.getMaxColumns() - used);
}

function removeBlankDefaultSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  for (const sheet of ss.getSheets()) {
    const blank = BLANK_SHEET_NAMES.includes(sheet.getName()) && sheet.getLastRow() === 0 && sheet.getLastColumn() === 0;
    if (blank && ss.getSheets().length > 1) ss.deleteSheet(sheet);
  }
}

export function setupRegister(): ApiResult<SetupReport> {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  try {
    lock = tryRegisterLock();
    if (!lock) return failure([{ field: '', message: BUSY_MESSAGE }]);
    const ss = openRegister();
    // Dates are stored as WIB instants; the sheet must show them on the WIB calendar.
    if (ss.getSpreadsheetTimeZone() !== SPREADSHEET_ZONE.timeZone) ss.setSpreadsheetTimeZone(SPREADSHEET_ZONE.timeZone);
    // Typed values are read by the spreadsheet's locale: in en_US "05/12/2026" becomes 12 May and "13/12/2026" stays text.
    if (ss.getSpreadsheetLocale() !== SPREADSHEET_ZONE.locale) ss.setSpreadsheetLocale(SPREADSHEET_ZONE.locale);
    const report: SetupReport = { created: [], repaired: [] };
    for (const schema of Object.values(SCHEMAS)) setupSheet(ss, schema, report);
    removeBlankDefaultSheet(ss);
    const register = new Register(ss);
    writeSettings(register, readSettings(register));
    register.commit();
    SpreadsheetApp.flush();
    rememberRegister(ss);
    return { ok: true, data: report };
  } catch (error) {
    return unexpected(error);
  } finally {
    release(lock);
  }
}

/** Menu item "Siapkan register". A new register (Pengaturan just made) is led on in the panel: Pengaturan, then the reminders. */
export function showRegisterSetup(): void {
  fromMenu('Siapkan register', setupRegister, (r) => ({
    toast:
      r.created.length || r.repaired.length
        ? `Register ${NAME} sudah disiapkan.`
        : 'Register sudah lengkap; tidak ada yang perlu diperbaiki.',
    ...(r.created.includes(SCHEMAS.settings.name)
      ? { sidebar: { view: 'pengaturan', params: { mulai: '1', dibuat: r.created.join(', ') } } }
      : {}),
  }));
}

export interface SetupStatus {
  /** Every sheet of the register exists. */
  registerReady: boolean;
  remindersInstalled: boolean;
  /** Labels of the settings a new register still needs (the teams' e-mails, the signing official). */
  missingSettings: string[];
}

/** What Beranda reminds a new office of until it is done: the register, Pengaturan, the reminders. */
export const getSetupStatus = endpoint(
  form({}),
  (_input, ctx): SetupStatus => {
    const names = new Set(ctx.register.spreadsheet.getSheets().map((s) => s.getName()));
    const registerReady = Object.values(SCHEMAS).every((s) => names.has(s.name));
    return {
      registerReady,
      remindersInstalled: remindersInstalled(),
      missingSettings: names.has(SCHEMAS.settings.name) ? missingSettings(ctx.settings()) : [],
    };
  },
  { write: false },
);
