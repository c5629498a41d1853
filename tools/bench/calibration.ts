/**
 * Measured call times from a real account: the sheet "Uji Fungsi" that the menu item "Uji fungsi di Google" writes
 * (src/api/self-test.ts), downloaded as CSV (File › Download › Comma-separated values). Each service call's median
 * replaces the latency model's assumed cost (`npm run bench -- --calibration FILE`).
 */
import { SELF_TEST_HEADER } from '../../src/api/self-test';

/** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const [, CALL, MS] = SELF_TEST_HEADER;

/**
 * The median time in ms of each service call ("Service.method") in a downloaded "Uji Fungsi" sheet. Step rows and
 * rows naming several calls are skipped; a decimal comma (an Indonesian sheet) is read as a point.
 */
export function parseCalibration(csv: string): Map<string, number> {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const call = header?.indexOf(CALL) ?? -1,
    ms = header?.indexOf(MS) ?? -1;
  if (call < 0 || ms < 0) throw new Error(`Not a "Uji Fungsi" sheet: the header needs "${CALL}" and "${MS}".`);
  const times = new Map<string, number[]>();
  for (const row of rows) {
    const key = row[call]?.trim() ?? '';
    const value = row[ms]?.trim() ?? '';
    if (!/^\w+\.\w+$/.test(key) || !/^\d+([.,]\d+)?$/.test(value)) continue;
    times.set(key, [...(times.get(key) ?? []), Number(value.replace(',', '.'))]);
  }
  if (!times.size) throw new Error('No measured service call in the file.');
  return new Map([...times].map(([key, list]) => [key, median(list)]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
