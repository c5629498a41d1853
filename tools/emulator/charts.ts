/**
 * Sheets charts: Sheet.newChart() → EmbeddedChartBuilder → build() → Sheet.insertChart, and the chart's image
 * (developers.google.com/apps-script/reference/spreadsheet/embedded-chart). Only line and column charts are modelled.
 * The image is a real PNG drawn from the ranges' values (axes, grid lines and the series; no text), so a chart placed
 * in a Doc shows its shape in the preview. Chart ranges do not follow later row/column insertions or deletions.
 */
import { FakeBlob, MIME } from './base';
import { type Api, Fake, type Runtime } from './core';
import { badArguments, GasError, notImplemented } from './errors';
import type { CellState, ChartState, GridRect, SheetState } from './state';

/** What charts need of a Range: spreadsheet.ts hands its class over at load, so the two modules do not import each other. */
interface ChartRange {
  readonly api: ChartRange;
  readonly sheetId: number;
  readonly rect: GridRect;
  grid<T>(fn: (c: CellState | undefined) => T): T[][];
}
type RangeClass = new (rt: Runtime, sheetId: number, rect: GridRect) => ChartRange;
let FakeRange: RangeClass;
export function useRangeClass(cls: RangeClass): void {
  FakeRange = cls;
}

/** A chart is 600 × 371 px unless its 'width'/'height' options say otherwise (Sheets' default size). */
const DEFAULT_SIZE = { width: 600, height: 371 };

function sheetOf(rt: Runtime, sheetId: number): SheetState {
  const s = rt.state.spreadsheet.sheets.find((x) => x.id === sheetId);
  if (!s) throw notImplemented('using a chart of a deleted sheet');
  return s;
}

export function chartsOf(rt: Runtime, sheetId: number): ChartState[] {
  return (sheetOf(rt, sheetId).charts ??= []);
}

const BUILDER = [
  'addRange',
  'clearRanges',
  'getRanges',
  'asLineChart',
  'asColumnChart',
  'getChartType',
  'setOption',
  'setPosition',
  'setNumHeaders',
  'build',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>;

/**
 * developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder. as…Chart() returns the same builder
 * (Google returns a type-specific builder with these members and more); a new chart is anchored at A1 until setPosition.
 */
export class FakeEmbeddedChartBuilder
  extends Fake
  implements Api<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, (typeof BUILDER)[number]>
{
  static service = 'EmbeddedChartBuilder';
  static members: readonly string[] = BUILDER;
  constructor(
    rt: Runtime,
    readonly sheetId: number,
    readonly draft: ChartState,
  ) {
    super(rt);
  }
  static fresh(rt: Runtime, sheetId: number): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(rt, sheetId, {
      id: null,
      type: 'LINE',
      ranges: [],
      options: {},
      position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
    }).api;
  }
  addRange(range: ChartRange): FakeEmbeddedChartBuilder {
    const raw = this.rt.unwrap(range, FakeRange);
    if (!raw) throw badArguments('SpreadsheetApp.EmbeddedChartBuilder.addRange', [range]);
    this.draft.ranges.push({ sheetId: raw.sheetId, ...raw.rect });
    return this.api;
  }
  clearRanges(): FakeEmbeddedChartBuilder {
    this.draft.ranges = [];
    return this.api;
  }
  getRanges(): ChartRange[] {
    return this.draft.ranges.map(({ sheetId, ...rect }) => new FakeRange(this.rt, sheetId, rect).api);
  }
  asLineChart(): FakeEmbeddedChartBuilder {
    this.draft.type = 'LINE';
    return this.api;
  }
  asColumnChart(): FakeEmbeddedChartBuilder {
    this.draft.type = 'COLUMN';
    return this.api;
  }
  getChartType(): string {
    return this.draft.type;
  }
  /** Options are Google Charts configuration options, e.g. 'title', 'legend', 'width' (…#setoptionoption,-value). */
  setOption(option: string, value: unknown): FakeEmbeddedChartBuilder {
    if (typeof option !== 'string') throw badArguments('SpreadsheetApp.EmbeddedChartBuilder.setOption', [option, value]);
    this.draft.options[option] = structuredClone(value);
    return this.api;
  }
  /** Anchor cell (1-based row and column) and pixel offsets from it (…#setpositionanchorrowpos,-anchorcolpos,-offsetx,-offsety). */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): FakeEmbeddedChartBuilder {
    this.draft.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this.api;
  }
  setNumHeaders(headers: number): FakeEmbeddedChartBuilder {
    this.draft.numHeaders = headers;
    return this.api;
  }
  build(): FakeEmbeddedChart {
    if (!this.draft.ranges.length) throw new GasError('The chart must have at least one data range.');
    return new FakeEmbeddedChart(this.rt, this.sheetId, structuredClone(this.draft)).api;
  }
}

const CHART = ['getAs', 'getBlob', 'getChartId', 'getRanges', 'getNumHeaders', 'modify'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Spreadsheet.EmbeddedChart
>;

/** developers.google.com/apps-script/reference/spreadsheet/embedded-chart: a built chart, inserted into its sheet or not. */
export class FakeEmbeddedChart extends Fake implements Api<GoogleAppsScript.Spreadsheet.EmbeddedChart, (typeof CHART)[number]> {
  static service = 'EmbeddedChart';
  static members: readonly string[] = CHART;
  constructor(
    rt: Runtime,
    readonly sheetId: number,
    readonly state: ChartState,
  ) {
    super(rt);
  }
  /** The PNG image of the chart as it stands (…#getascontenttype); other types are not modelled. */
  getAs(contentType: string): FakeBlob {
    if (contentType !== MIME.PNG) throw notImplemented(`EmbeddedChart.getAs(${JSON.stringify(contentType)})`);
    return new FakeBlob(this.rt, renderChart(this.rt, this.state), MIME.PNG, 'chart.png').api;
  }
  getBlob(): FakeBlob {
    return this.getAs(MIME.PNG);
  }
  /** null until the chart is inserted into a sheet (…#getchartid). */
  getChartId(): number | null {
    return this.state.id;
  }
  getRanges(): ChartRange[] {
    return this.state.ranges.map(({ sheetId, ...rect }) => new FakeRange(this.rt, sheetId, rect).api);
  }
  getNumHeaders(): number {
    return this.state.numHeaders;
  }
  /** Changes apply when the rebuilt chart is passed to Sheet.updateChart (…/embedded-chart-builder). */
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.rt, this.sheetId, structuredClone(this.state)).api;
  }
}

/** Sheet.insertChart: the chart gets a spreadsheet-wide id. */
export function insertChart(rt: Runtime, sheetId: number, chart: unknown): void {
  const raw = rt.unwrap(chart, FakeEmbeddedChart);
  if (!raw) throw badArguments('SpreadsheetApp.Sheet.insertChart', [chart]);
  const all = rt.state.spreadsheet.sheets.flatMap((s) => s.charts ?? []);
  raw.state.id = all.reduce((m, c) => Math.max(m, c.id ?? 0), 0) + 1;
  chartsOf(rt, sheetId).push(structuredClone(raw.state));
}

/** Sheet.updateChart / removeChart: the chart is found by its id. */
export function replaceChart(rt: Runtime, sheetId: number, chart: unknown, method: 'updateChart' | 'removeChart'): void {
  const raw = rt.unwrap(chart, FakeEmbeddedChart);
  const charts = chartsOf(rt, sheetId);
  const at = raw ? charts.findIndex((c) => c.id === raw.state.id) : -1;
  if (!raw || at < 0) throw badArguments(`SpreadsheetApp.Sheet.${method}`, [chart]);
  if (method === 'removeChart') charts.splice(at, 1);
  else charts[at] = structuredClone(raw.state);
}

export function chartObjects(rt: Runtime, sheetId: number): FakeEmbeddedChart[] {
  return chartsOf(rt, sheetId).map((c) => new FakeEmbeddedChart(rt, sheetId, structuredClone(c)).api);
}

// ---------------------------------------------------------------------------------------------- the image

/** Categories and series from the ranges side by side: the first column names the points, the others are series. */
function seriesOf(rt: Runtime, chart: ChartState): number[][] {
  const columns = chart.ranges.flatMap(({ sheetId, ...rect }) => {
    const grid = new FakeRange(rt, sheetId, rect).grid((c) => c?.v);
    return Array.from({ length: rect.cols }, (_, j) => grid.map((row) => row[j]));
  });
  const rows = columns[0]?.length ?? 0;
  const headers = chart.numHeaders >= 0 ? chart.numHeaders : columns.slice(1).some((col) => typeof col[0] === 'string') ? 1 : 0;
  return columns.slice(1).map((col) => col.slice(headers, rows).map((v) => (typeof v === 'number' ? v : NaN)));
}

const COLORS = { background: 0, grid: 1, axis: 2, series: 3 };
const PALETTE = [0xffffff, 0xdddddd, 0x666666, 0x4285f4];

function renderChart(rt: Runtime, chart: ChartState): Uint8Array {
  const size = (key: 'width' | 'height') => {
    const v = chart.options[key];
    return typeof v === 'number' && v >= 50 && v <= 2000 ? Math.round(v) : DEFAULT_SIZE[key];
  };
  const width = size('width'),
    height = size('height');
  const pixels = new Uint8Array(width * height);
  const plot = (x: number, y: number, c: number) => {
    if (x >= 0 && y >= 0 && x < width && y < height) pixels[Math.round(y) * width + Math.round(x)] = c;
  };
  const box = { left: 40, top: 20, right: width - 20, bottom: height - 30 };
  const series = seriesOf(rt, chart);
  const values = series.flat().filter(Number.isFinite);
  const max = Math.max(1, ...values);
  const points = Math.max(1, ...series.map((s) => s.length));
  const yOf = (v: number) => box.bottom - ((box.bottom - box.top) * v) / max;
  const xOf = (i: number) => box.left + ((box.right - box.left) * (i + 0.5)) / points;
  for (let g = 1; g <= 4; g++) for (let x = box.left; x <= box.right; x++) plot(x, yOf((max * g) / 4), COLORS.grid);
  for (let x = box.left; x <= box.right; x++) plot(x, box.bottom, COLORS.axis);
  for (let y = box.top; y <= box.bottom; y++) plot(box.left, y, COLORS.axis);
  for (const s of series) {
    s.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      if (chart.type === 'COLUMN') {
        const half = Math.max(1, ((box.right - box.left) / points) * 0.35);
        for (let x = xOf(i) - half; x <= xOf(i) + half; x++) for (let y = yOf(v); y < box.bottom; y++) plot(x, y, COLORS.series);
        return;
      }
      const next = s[i + 1];
      if (next === undefined || !Number.isFinite(next)) return plot(xOf(i), yOf(v), COLORS.series);
      const steps = Math.ceil(Math.max(Math.abs(xOf(i + 1) - xOf(i)), Math.abs(yOf(next) - yOf(v)))) || 1;
      for (let k = 0; k <= steps; k++) {
        const x = xOf(i) + ((xOf(i + 1) - xOf(i)) * k) / steps,
          y = yOf(v) + ((yOf(next) - yOf(v)) * k) / steps;
        plot(x, y, COLORS.series);
        plot(x, y + 1, COLORS.series);
      }
    });
  }
  return png(width, height, pixels);
}

// ---------------------------------------------------------------------------------------------- PNG (www.w3.org/TR/png)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function chunk(type: string, data: number[] | Uint8Array): number[] {
  const body = Uint8Array.from([...Array.from(type, (c) => c.charCodeAt(0)), ...data]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** A 2-bit palette PNG; the zlib stream uses stored (uncompressed) deflate blocks, which every decoder reads. */
function png(width: number, height: number, pixels: Uint8Array): Uint8Array {
  const stride = Math.ceil(width / 4);
  const raw = new Uint8Array(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (stride + 1) + 1 + (x >> 2)]! |= pixels[y * width + x]! << (6 - 2 * (x & 3));
  }
  const zlib = new Uint8Array(2 + Math.ceil(raw.length / 0xffff) * 5 + raw.length + 4);
  zlib.set([0x78, 0x01]);
  let out = 2;
  for (let at = 0; at < raw.length; at += 0xffff) {
    const block = raw.subarray(at, at + 0xffff);
    const n = block.length;
    zlib.set([at + 0xffff >= raw.length ? 1 : 0, n & 0xff, n >> 8, ~n & 0xff, (~n >> 8) & 0xff], out);
    zlib.set(block, out + 5);
    out += 5 + n;
  }
  let a = 1,
    b = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  zlib.set(u32(((b << 16) | a) >>> 0), out);
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', [...u32(width), ...u32(height), 2, 3, 0, 0, 0]),
    ...chunk(
      'PLTE',
      PALETTE.flatMap((c) => [(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]),
    ),
    ...chunk('IDAT', zlib),
    ...chunk('IEND', []),
  ]);
}
