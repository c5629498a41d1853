/**
 * Sheets charts: drawn on a sheet from a block of cells, and as PNG images for a Doc. A report's
 * charts are built on a temporary hidden sheet (EmbeddedChart.getAs('image/png')), so their cost is
 * a fixed number of calls whatever the number of points, and the sheet is deleted at once (or, if the run
 * dies first, by the next report).
 */
import type { Figure } from '../domain/reports/document';
import { GENERATED_SHEETS } from '../domain/shared/schema';
import { openRegister } from './runtime';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The image size; the Doc shows it scaled to the page width. */
export const CHART_SIZE = { width: 640, height: 320 };

/**
 * A chart of a label column and a value column (header row included), without legend; `builder`: an
 * existing chart's (`modify()`), to change it in place.
 */
export function buildChart(
  sheet: Sheet,
  type: Figure['chart'],
  range: GoogleAppsScript.Spreadsheet.Range,
  title: string,
  anchor = { row: 1, col: 1 },
  builder = sheet.newChart(),
) {
  return (type === 'line' ? builder.asLineChart() : builder.asColumnChart())
    .clearRanges()
    .addRange(range)
    .setNumHeaders(1)
    .setOption('title', title)
    .setOption('legend', { position: 'none' })
    .setOption('width', CHART_SIZE.width)
    .setOption('height', CHART_SIZE.height)
    .setPosition(anchor.row, anchor.col, 0, 0)
    .build();
}

/**
 * A temporary sheet older than this belongs to a run that is over: Apps Script ends an execution at 6 minutes
 * without running its `finally`, so such a run leaves its sheet behind. Younger ones may be another report's, in use.
 */
const LEFTOVER_AFTER_MS = 7 * 60_000;

/** Deletes the temporary chart sheets runs that died left behind (the sheet name carries its creation time). */
function removeLeftovers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!name.startsWith(GENERATED_SHEETS.chartPrefix)) continue;
    const created = Number(name.slice(GENERATED_SHEETS.chartPrefix.length).split('-')[0]);
    if (!(Date.now() - created < LEFTOVER_AFTER_MS)) ss.deleteSheet(sheet);
  }
}

/** PNG images of the figures, in order. Labels are written as plain text so "08.15" or "27/11" stay text. */
export function chartImages(figures: readonly Figure[]): GoogleAppsScript.Base.Blob[] {
  if (!figures.length) return [];
  const ss = openRegister();
  removeLeftovers(ss);
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(`${GENERATED_SHEETS.chartPrefix}${Date.now()}-${Math.floor(Math.random() * 1e6)}`, ss.getNumSheets());
  try {
    sheet.hideSheet();
    const height = 1 + Math.max(...figures.map((f) => f.points.length));
    const values = Array.from({ length: height }, (_, r) =>
      figures.flatMap((f) => {
        if (r === 0) return [...f.header];
        const point = f.points[r - 1];
        return point ? [point[0], point[1]] : ['', ''];
      }),
    );
    const range = sheet.getRange(1, 1, height, 2 * figures.length);
    range.setNumberFormats(values.map((row) => row.map((_, j) => (j % 2 === 0 ? '@' : '0'))));
    range.setValues(values);
    SpreadsheetApp.flush();
    return figures.map((f, k) => {
      const chart = buildChart(sheet, f.chart, sheet.getRange(1, 2 * k + 1, f.points.length + 1, 2), f.title);
      sheet.insertChart(chart);
      return chart.getAs('image/png').setName(`grafik-${k + 1}.png`);
    });
  } finally {
    ss.deleteSheet(sheet);
    ss.setActiveSheet(active);
  }
}
