/**
 * Writes the "Dasbor" sheet from its model (domain/dashboard.ts): one setNumberFormats, setValues and
 * setFontWeights over the whole grid, and the charts changed in place.
 */
import type { Dashboard } from '../domain/dashboard/dashboard';
import { NAME } from '../domain/shared/programme';
import { GENERATED_SHEETS } from '../domain/shared/schema';
import { buildChart } from './charts';

const NOTE = `${NAME}: lembar ini dibuat ulang otomatis; perubahan di sini akan tertimpa`;
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
  const rows = d.values.length,
    cols = d.values[0].length;
  const previous = sheet.getLastRow();
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const grid = sheet.getRange(1, 1, rows, cols);
  // Formats first: names and topics typed by users land in plain-text cells, never as formulas.
  grid.setNumberFormats(d.formats);
  grid.setValues(d.values);
  const bold = new Set(d.boldRows);
  grid.setFontWeights(
    d.values.map((_, r) => new Array<GoogleAppsScript.Spreadsheet.FontWeight>(cols).fill(bold.has(r + 1) ? 'bold' : 'normal')),
  );
  // Only the rows the last version had beyond this one are cleared: clearing the whole sheet costs more.
  if (previous > rows) sheet.getRange(rows + 1, 1, previous - rows, cols).clear();
  // The charts of the last refresh are changed in place (one request each rather than a removal and an insertion).
  const charts = sheet.getCharts();
  d.charts.forEach((c, i) => {
    const range = sheet.getRange(c.range.row, c.range.col, c.range.rows, c.range.cols);
    if (charts[i]) sheet.updateChart(buildChart(sheet, c.type, range, c.title, c.anchor, charts[i].modify()));
    else sheet.insertChart(buildChart(sheet, c.type, range, c.title, c.anchor));
  });
  for (const extra of charts.slice(d.charts.length)) sheet.removeChart(extra);
}
