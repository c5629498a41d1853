/**
 * The register's tables (src/gas/register.ts) against the emulator's spreadsheet: what a scoped read
 * reads, where appends land, and how removed rows leave the sheet.
 */

import type { Row } from '../src/domain/shared/schema';
import { Register } from '../src/gas/register';
import { loadProduct, type Product } from '../tools/harness';
import { sheetRows } from './calls';

const STAMP = { recordedBy: 'tim@example.go.id', recordedAt: '2026-12-04 10:00' };
const count = (episodeId: string, minute: number): Row<'viewerCounts'> => ({
  episodeId,
  time: `2026-12-04 09:${String(minute).padStart(2, '0')}`,
  viewers: minute,
  source: 'manual',
  ...STAMP,
  excluded: '',
});
const counts = (episodeId: string, n: number) => Array.from({ length: n }, (_, i) => count(episodeId, i));

/** A set-up register whose "Jumlah Penonton" holds 50 counts of EP-001, 30 of EP-002 and 50 of EP-003, in that order. */
function seeded(): { product: Product; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const product = loadProduct({ now: '2026-12-04T10:00:00+07:00' });
  product.run('setupRegister', []);
  const register = new Register(product.emu.spreadsheet);
  register.table('viewerCounts').append(...counts('EP-001', 50), ...counts('EP-002', 30), ...counts('EP-003', 50));
  register.commit();
  return { product, sheet: product.emu.spreadsheet.getSheetByName('Jumlah Penonton')! };
}

/** Cells read by `getValues` while `work` runs as an execution. */
function cellsRead(product: Product, work: () => void): number {
  let cells = 0;
  const stop = product.emu.hooks.onCall((key, _args, _execution, target) => {
    const rect = (target as { rect?: { rows: number; cols: number } }).rect;
    if (key === 'Range.getValues' && rect) cells += rect.rows * rect.cols;
  });
  try {
    product.emu.execute(work, { kind: 'test' });
  } finally {
    stop();
  }
  return cells;
}

const episodes = (product: Product) => sheetRows(product, 'Jumlah Penonton').map((r) => r['ID Episode']);

describe('a table read for one episode', () => {
  it('reads the header, the key column and the span of that episode only', () => {
    const { product, sheet } = seeded();
    const width = sheet.getLastColumn();
    let rows: Row<'viewerCounts'>[] = [];
    const cells = cellsRead(product, () => {
      rows = new Register(product.emu.spreadsheet).table('viewerCounts', { where: { episodeId: ['EP-002'] } }).rows();
    });
    expect(rows.map((r) => r.episodeId)).toEqual(Array(30).fill('EP-002'));
    expect(rows[29]).toEqual(count('EP-002', 29));
    expect(cells).toBe(width + 130 + 30 * width);
    expect(cells).toBeLessThan((130 * width) / 2);
  });

  it("never takes another episode's rows for its own when rows move between its reads", () => {
    const { product, sheet } = seeded();
    let reads = 0;
    // Before the span is read (header, key column, span), another execution deletes 20 rows above it.
    const stop = product.emu.hooks.onCall((key) => {
      if (key === 'Range.getValues' && ++reads === 3) sheet.deleteRows(2, 20);
    });
    let rows: Row<'viewerCounts'>[] = [];
    product.emu.execute(
      () => {
        rows = new Register(product.emu.spreadsheet).table('viewerCounts', { where: { episodeId: ['EP-002'] } }).rows();
      },
      { kind: 'test' },
    );
    stop();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.episodeId === 'EP-002')).toBe(true);
  });

  it("appends below the sheet's last row, not below the span it read", () => {
    const { product } = seeded();
    const register = new Register(product.emu.spreadsheet);
    const table = register.table('viewerCounts', { where: { episodeId: ['EP-002'] } });
    table.append(count('EP-002', 59));
    table.update(table.all()[0].index, { viewers: 1000 });
    register.commit();
    const after = sheetRows(product, 'Jumlah Penonton');
    expect(after).toHaveLength(131);
    expect(after[130]).toMatchObject({ 'ID Episode': 'EP-002', Penonton: 59 });
    expect(after[50]).toMatchObject({ 'ID Episode': 'EP-002', Penonton: 1000 });
    expect(after.slice(80, 130).every((r) => r['ID Episode'] === 'EP-003')).toBe(true);
  });

  it("deletes removed rows: the rows below, with a user's own column, move up together", () => {
    const { product, sheet } = seeded();
    const note = sheet.getLastColumn() + 1;
    sheet.getRange(1, note).setValue('Catatan');
    sheet.getRange(2, note, 130, 1).setValues(Array.from({ length: 130 }, (_, i) => [`catatan ${i}`]));
    const register = new Register(product.emu.spreadsheet);
    const table = register.table('viewerCounts', { where: { episodeId: ['EP-002'] } });
    table.remove(
      table
        .all()
        .filter((s) => s.row.time >= '2026-12-04 09:10')
        .map((s) => s.index),
    );
    register.commit();
    const after = sheetRows(product, 'Jumlah Penonton');
    expect(episodes(product)).toEqual([...Array(50).fill('EP-001'), ...Array(10).fill('EP-002'), ...Array(50).fill('EP-003')]);
    expect(after[60]).toMatchObject({ 'ID Episode': 'EP-003', Penonton: 0, Catatan: 'catatan 80' });
    expect(after[59]).toMatchObject({ 'ID Episode': 'EP-002', Penonton: 9, Catatan: 'catatan 59' });
  });

  it('empties removed rows at the end of the sheet, even every row under the header', () => {
    const { product } = seeded();
    const register = new Register(product.emu.spreadsheet);
    const table = register.table('viewerCounts');
    table.remove(table.all().map((s) => s.index));
    register.commit();
    expect(sheetRows(product, 'Jumlah Penonton')).toEqual([]);
    const again = new Register(product.emu.spreadsheet);
    again.table('viewerCounts').append(count('EP-004', 1));
    again.commit();
    expect(episodes(product)).toEqual(['EP-004']);
  });

  it('keeps every id for new ids, and refuses to answer for rows it did not read', () => {
    const { product } = seeded();
    const register = new Register(product.emu.spreadsheet);
    const questions = register.table('questions');
    questions.append(
      ...['EP-001', 'EP-002', 'EP-001'].map(
        (episodeId, i): Row<'questions'> => ({
          id: `TJ-00${i + 1}`,
          episodeId,
          question: `Pertanyaan ${i}`,
          askerHandle: '',
          askedAt: '',
          answer: '',
          answeredBy: '',
          status: 'belum dijawab',
          topic: 'lainnya',
          source: 'manual',
          ...STAMP,
          excluded: '',
        }),
      ),
    );
    register.commit();
    const fresh = new Register(product.emu.spreadsheet);
    const scoped = fresh.table('questions', { where: { episodeId: ['EP-002'] }, columns: ['id'] });
    expect(scoped.rows().map((q) => q.id)).toEqual(['TJ-002']);
    expect(scoped.texts('id')).toEqual(['TJ-001', 'TJ-002', 'TJ-003']);
    expect(() => scoped.texts('question')).toThrow('not read for every row');
    expect(fresh.table('questions', { where: { episodeId: ['EP-002'] } })).toBe(scoped);
    expect(() => fresh.table('questions', { columns: ['question'] })).toThrow('narrower scope');
    expect(() => fresh.table('questions', { where: { episodeId: ['EP-001'] } })).toThrow('narrower scope');
    expect(() => fresh.table('questions')).toThrow('narrower scope');
  });

  it('matches a date column by a test of its text, a test covering only itself', () => {
    const { product } = seeded();
    const register = new Register(product.emu.spreadsheet);
    const late = (t: string) => t >= '2026-12-04 09:45';
    const table = register.table('viewerCounts', { where: { time: late } });
    // The rows between are read (one range) but are not the table's.
    expect(table.rows().map((r) => `${r.episodeId} ${r.time.slice(11)}`)).toEqual([
      ...[45, 46, 47, 48, 49].map((m) => `EP-001 09:${m}`),
      ...[45, 46, 47, 48, 49].map((m) => `EP-003 09:${m}`),
    ]);
    expect(register.table('viewerCounts', { where: { time: late } })).toBe(table);
    expect(() => register.table('viewerCounts', { where: { time: (t) => late(t) } })).toThrow('narrower scope');
  });

  it('sets plain text before writing, for a few rows and for many, even where a user reformatted the column', () => {
    const { product, sheet } = seeded();
    const source = 4; // "Sumber"
    expect(sheet.getRange(1, source).getValue()).toBe('Sumber');
    sheet.getRange(2, source, sheet.getMaxRows() - 1, 1).setNumberFormat('General');
    for (const n of [3, 60]) {
      const register = new Register(product.emu.spreadsheet);
      register.table('viewerCounts').append(...counts(`EP-${n}`, n).map((c) => ({ ...c, source: '=IMPORTXML("http://x","//a")' })));
      register.commit();
    }
    const written = sheetRows(product, 'Jumlah Penonton').slice(130);
    expect(written).toHaveLength(63);
    expect(written.every((r) => r.Sumber === '=IMPORTXML("http://x","//a")')).toBe(true);
  });
});
