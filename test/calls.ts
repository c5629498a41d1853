/** Calling sidebar functions of the built bundle and reading the register back, for bundle tests. */
import { costFor } from '../tools/bench/latency';
import { call, type Product } from '../tools/harness';

export { call, ok, type Result } from '../tools/harness';

/** Sets the register's clock to `wib`, a date and time in WIB: '2026-11-27T08:00'. */
export const at = (product: Product, wib: string) => product.emu.setNow(`${wib}:00+07:00`);

/** Every sheet's values. */
export function snapshot(product: Product): unknown {
  return product.emu.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]);
}

/** Calls `name`, expects a refusal and that no sheet changed; returns its errors in order. */
export function refusedErrors(product: Product, name: string, arg: unknown): Array<{ field: string; message: string }> {
  const before = snapshot(product);
  const result = call(product, name, arg);
  if (result.ok) throw new Error(`${name} was not refused`);
  expect(snapshot(product)).toEqual(before);
  return result.errors;
}

/** Like `refusedErrors`, with the messages by field. */
export function refused(product: Product, name: string, arg: unknown): Record<string, string> {
  return Object.fromEntries(refusedErrors(product, name, arg).map((e) => [e.field, e.message]));
}

/** A sheet's rows as objects keyed by header. */
export function sheetRows(product: Product, name: string): Record<string, unknown>[] {
  const [header, ...rows] = product.emu.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** A setting's value cell on the "Pengaturan" sheet, as an office member would edit it by hand. */
export function settingCell(product: Product, key: string) {
  const sheet = product.emu.spreadsheet.getSheetByName('Pengaturan')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === key);
  return sheet.getRange(row + 1, 3);
}

type Drive = { DriveApp: GoogleAppsScript.Drive.DriveApp; Utilities: GoogleAppsScript.Utilities.Utilities };
/** Drive as `user` sees it in Drive's web page, outside the product. */
export const driveAs = <T>(product: Product, user: string, work: (g: Drive) => T): T =>
  product.emu.execute(() => work(product.emu.globals() as unknown as Drive), { kind: 'test', user }).result;

/**
 * Runs `run` and returns the cells it read, by sheet name, as the benchmark counts them (grids read:
 * getValues and its kind, not single cells). Sheets deleted meanwhile are left out.
 */
export function cellsRead(product: Product, run: () => void): Record<string, number> {
  const bySheet = new Map<number, number>();
  const stop = product.emu.hooks.onCall((key, _args, _execution, target) => {
    const range = target as { sheetId?: number; rect?: { rows: number; cols: number } };
    const cost = costFor(key);
    if (cost.group !== 'read' || !cost.perCell || range.sheetId === undefined || !range.rect) return;
    bySheet.set(range.sheetId, (bySheet.get(range.sheetId) ?? 0) + range.rect.rows * range.rect.cols);
  });
  try {
    run();
  } finally {
    stop();
  }
  const names = new Map(product.emu.spreadsheet.getSheets().map((s) => [s.getSheetId(), s.getName()]));
  return Object.fromEntries([...bySheet].filter(([id]) => names.has(id)).map(([id, n]) => [names.get(id)!, n]));
}
