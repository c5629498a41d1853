/**
 * Writes the "Dasbor" sheet from its model (domain/dashboard.ts): one setNumberFormats and one
 * setValues over the whole grid, a bold call per heading row, and the charts rebuilt.
 */
import type { Dashboard } from '../domain/dashboard';
import { GENERATED_SHEETS } from '../domain/schema';
import { buildChart } from './charts';

const NOTE = 'HALO KOP-UKM: lembar ini dibuat ulang otomatis; perubahan di sini akan tertimpa';
const COLUMN_WIDTHS = [230, 170, 170, 220, 160, 260];

function dashboardSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(GENERATED_SHEETS.dashboard);
  if (existing) return existing;
  const sheet = ss.insertSheet(GENERATED_SHEETS.dashboard, 0);
  sheet.protect().setDescription(NOTE).setWarningOnly(true);
  COLUMN_WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  return sheet;
}

export function writeDashboard(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, d: Dashboard): void {
  const sheet = dashboardSheet(ss);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const rows = d.values.length, cols = d.values[0].length;
  const previous = sheet.getLastRow();
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const grid = sheet.getRange(1, 1, rows, cols);
  // Formats first: names and topics typed by users land in plain-text cells, never as formulas.
  grid.setNumberFormats(d.formats);
  grid.setValues(d.values);
  grid.setFontWeight('normal');
  for (const row of d.boldRows) sheet.getRange(row, 1, 1, cols).setFontWeight('bold');
  // Only the rows the last version had beyond this one are cleared: clearing the whole sheet costs more.
  if (previous > rows) sheet.getRange(rows + 1, 1, previous - rows, cols).clear();
  for (const c of d.charts) {
    const range = sheet.getRange(c.range.row, c.range.col, c.range.rows, c.range.cols);
    sheet.insertChart(buildChart(sheet, c.type, range, c.title, c.anchor));
  }
}
