/** The emulator's Sheets charts: builder, insert/update/remove, and the PNG image of a chart. */
import { inflateSync } from 'node:zlib';
import { Emulator } from '../tools/emulator';

const setup = () => {
  const emu = new Emulator();
  const g = emu.globals() as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
  const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
  sheet.getRange(1, 1, 4, 2).setValues([
    ['Waktu', 'Penonton'],
    ['08.00', 10],
    ['08.10', 40],
    ['08.20', 25],
  ]);
  return { emu, sheet };
};

/** Width, height and the palette index of every pixel of a 2-bit palette PNG. */
function decode(bytes: Uint8Array): { width: number; height: number; pixels: number[] } {
  const view = Buffer.from(bytes);
  expect(view.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = view.readUInt32BE(16),
    height = view.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < view.length; ) {
    const length = view.readUInt32BE(at);
    if (view.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(view.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = Math.ceil(width / 4) + 1;
  const pixels: number[] = [];
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels.push((raw[y * stride + 1 + (x >> 2)]! >> (6 - 2 * (x & 3))) & 3);
  return { width, height, pixels };
}

describe('Sheets charts', () => {
  it('builds, inserts and lists a chart; the image is a PNG of the data', () => {
    const { emu, sheet } = setup();
    const { result: blob, calls } = emu.execute(
      () => {
        const chart = sheet
          .newChart()
          .asLineChart()
          .addRange(sheet.getRange('A1:B4'))
          .setPosition(2, 4, 0, 0)
          .setOption('title', 'Penonton')
          .setOption('width', 300)
          .setOption('height', 150)
          .build();
        expect(chart.getChartId()).toBeNull();
        sheet.insertChart(chart);
        const [inserted] = sheet.getCharts();
        expect(inserted!.getChartId()).toBe(1);
        expect(inserted!.getRanges()[0]!.getA1Notation()).toBe('A1:B4');
        return inserted!.getAs('image/png');
      },
      { kind: 'test' },
    );
    expect(calls['EmbeddedChartBuilder.setOption']).toBe(3);
    expect(calls['Sheet.insertChart']).toBe(1);
    expect(blob.getContentType()).toBe('image/png');
    const image = decode(Uint8Array.from(blob.getBytes(), (b) => b & 0xff));
    expect([image.width, image.height]).toEqual([300, 150]);
    expect(image.pixels.filter((p) => p === 3).length).toBeGreaterThan(100);
    expect(emu.toJSON().spreadsheet.sheets[0]!.charts![0]).toMatchObject({ id: 1, type: 'LINE', options: { title: 'Penonton' } });
  });

  it('updates a chart through modify() and removes it', () => {
    const { emu, sheet } = setup();
    emu.execute(
      () => {
        sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange('A1:B4')).build());
        const chart = sheet.getCharts()[0]!;
        sheet.updateChart(chart.modify().asColumnChart().setOption('title', 'Baru').build());
        expect(emu.toJSON().spreadsheet.sheets[0]!.charts![0]).toMatchObject({ id: 1, type: 'COLUMN', options: { title: 'Baru' } });
        sheet.removeChart(sheet.getCharts()[0]!);
        expect(sheet.getCharts()).toHaveLength(0);
      },
      { kind: 'test' },
    );
  });

  it('fails loudly for what it does not model', () => {
    const { emu, sheet } = setup();
    emu.execute(
      () => {
        const builder = sheet.newChart();
        expect(() => builder.asPieChart()).toThrow('Emulator: EmbeddedChartBuilder.asPieChart is not implemented');
        expect(() => builder.build()).toThrow('The chart must have at least one data range.');
        const chart = builder.addRange(sheet.getRange('A1:B4')).build();
        expect(() => chart.getAs('application/pdf')).toThrow('not implemented');
      },
      { kind: 'test' },
    );
  });
});
