/** Calling sidebar functions of the built bundle and reading the register back, for bundle tests. */
import { call, type Product } from '../tools/harness';

export { call, ok, type Result } from '../tools/harness';

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
