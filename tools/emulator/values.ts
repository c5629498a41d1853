/**
 * Cell values: how Sheets reads what a script writes, and how it displays what it holds.
 *
 * setValue/setValues/appendRow write "as if typed by a user" (developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues,
 * and the Sheets API's USER_ENTERED rules, developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
 * The emulator models this table (en_US number syntax; other locales use their own decimal separator):
 *
 * | value written                                      | cell formatted '@' (plain text) | any other cell                                   |
 * |----------------------------------------------------|---------------------------------|--------------------------------------------------|
 * | null, undefined, ''                                | empty                           | empty                                            |
 * | number, boolean                                    | kept                            | kept (NaN/Infinity: not implemented)             |
 * | Date                                               | not implemented                 | date-time (serial); a non-date format becomes 'M/d/yyyy H:mm:ss' |
 * | "'…" (leading apostrophe)                          | kept verbatim, apostrophe too   | text without the apostrophe                      |
 * | "=…"                                               | kept verbatim                   | formula                                          |
 * | "0812", "1.5", "-3", "+62812", "1e3", ".5"         | kept verbatim                   | number (leading zeros and '+' lost)              |
 * | other "+…"/"-…" longer than one char ("-1+2")      | kept verbatim                   | formula '=' + text (OWASP formula-injection note)|
 * | "TRUE"/"false" (any case)                          | kept verbatim                   | boolean                                          |
 * | "2026-11-28", "2026-11-28 08:00[:00]"              | kept verbatim                   | date-time in the spreadsheet zone, format 'yyyy-mm-dd[ hh:mm[:ss]]' |
 * | "05/12/2026", "5-12-2026[ 08:00[:00]]"             | kept verbatim                   | date-time in the locale's day/month order (en_US 12 May, id_ID 5 Dec), the locale's date format unless the cell has one; text if no such day ("13/12/2026" in en_US) |
 * | "1,5" / "1.234,5" (id_ID), "1,234.5" (en_US)       | kept verbatim                   | number, with the locale's decimal and thousands separators |
 * | "12:30", "50%", "$5", "Nov 28", "5.12.2026", "5/12", "1.5" (id_ID) | kept verbatim        | not implemented (Sheets would make a date/time/number of it) |
 *
 * Dates follow the spreadsheet locale, not the user's: "Formatting is based on the spreadsheet's locale"
 * (developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption), and typed values are read "following the
 * same rules that are applied when entering text into a cell via the Google Sheets UI" (…/ValueInputOption).
 * | anything else ("@user", "\t=x", " 12")             | kept verbatim                   | text                                             |
 */
import { notImplemented } from './errors';
import type { CellState } from './state';
import { fromWallMs, pad, serialWallMs, toSerial } from './time';

export interface SheetLocale {
  timeZone: string;
  locale: string;
}
export type Written = Pick<CellState, 'v' | 'f' | 'fmt'>;

export const isEmpty = (c: CellState | null | undefined): boolean => !c || (c.v === undefined && c.f === undefined);
export const PLAIN_TEXT = '@';
const defaultDateTime = (locale: string) => (locale === 'en_US' ? 'M/d/yyyy H:mm:ss' : 'd/M/yyyy H:mm:ss');

/** What a cell holds after the script writes `value` into it. `fmt` in the result replaces the cell's format. */
export function interpret(value: unknown, cellFmt: string | undefined, ctx: SheetLocale): Written {
  if (value === null || value === undefined || value === '') return {};
  if (typeof value === 'boolean') return { v: value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notImplemented(`writing ${value} to a cell`);
    return { v: value };
  }
  if (value instanceof Date) {
    if (cellFmt === PLAIN_TEXT) throw notImplemented("writing a Date into a plain-text ('@') cell");
    const serial = toSerial(value.getTime(), ctx.timeZone);
    return isDateFormat(cellFmt) ? { v: serial } : { v: serial, fmt: defaultDateTime(ctx.locale) };
  }
  if (typeof value !== 'string') throw notImplemented(`writing a ${Array.isArray(value) ? 'array' : typeof value} to a cell`);
  if (cellFmt === PLAIN_TEXT) return { v: value };
  return parseTyped(value, ctx, cellFmt);
}

function parseTyped(s: string, ctx: SheetLocale, cellFmt: string | undefined): Written {
  if (s.startsWith("'")) return s.length > 1 ? { v: s.slice(1) } : {};
  if (s.startsWith('=')) return { f: s };
  const { decimal, number, grouped, group } = separators(ctx.locale);
  if (number.test(s)) return { v: Number(s.replace(decimal, '.')) };
  if (grouped.test(s)) return { v: Number(s.split(group).join('').replace(decimal, '.')) };
  if ((s[0] === '+' || s[0] === '-') && s.length > 1) return { f: `=${s}` };
  if (/^(true|false)$/i.test(s)) return { v: s.toLowerCase() === 'true' };
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (iso) {
    const [y, mo, da, h, mi, se] = iso.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
    const wall = Date.UTC(y!, mo! - 1, da!, h ?? 0, mi ?? 0, se ?? 0);
    const check = new Date(wall);
    if (check.getUTCMonth() === mo! - 1 && check.getUTCDate() === da! && (h ?? 0) < 24 && (mi ?? 0) < 60 && (se ?? 0) < 60) {
      const fmt = h === undefined ? 'yyyy-mm-dd' : se === undefined ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd hh:mm:ss';
      return { v: toSerial(fromWallMs(ctx.timeZone, wall), ctx.timeZone), fmt };
    }
  }
  const typedDate = localDate(s, ctx, cellFmt);
  if (typedDate) return typedDate;
  const ambiguous = [
    /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/, // other date orders, decided by the locale
    /^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s*[ap]\.?m\.?)?$/i, // times
    /^[+-]?[\d.,]*\d[\d.,]*\s*%$/, // percentages
    /^[+-]?\s*([$€£¥₹]|Rp\.?\s*\d)/i, // currency
    /^[+-]?\d{1,3}([.,]\d{3})+([.,]\d+)?$/, // thousands separators
    /^(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(\s+\d{1,4})?(,?\s+\d{4})?$/i, // month names
  ];
  if (ambiguous.some((re) => re.test(s)))
    throw notImplemented(`Sheets' parsing of ${JSON.stringify(s)} (write it to a '@' cell or with a leading apostrophe)`);
  return { v: s };
}

/**
 * "05/12/2026" or "5-12-2026", with an optional time, in the locale's day/month order; a string naming no such day is
 * text. Undefined when the string is not of that shape or the locale puts the year first (not modelled).
 */
function localDate(s: string, ctx: SheetLocale, cellFmt: string | undefined): Written | undefined {
  const m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  const order = dateOrder(ctx.locale);
  if (!m || order === 'YMD') return undefined;
  const [a, b, y, h, mi, se] = [m[1], m[3], m[4], m[5], m[6], m[7]].map((x) => (x === undefined ? undefined : Number(x)));
  const [day, month] = order === 'DMY' ? [a!, b!] : [b!, a!];
  const wall = Date.UTC(y!, month - 1, day, h ?? 0, mi ?? 0, se ?? 0);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || (h ?? 0) > 23 || (mi ?? 0) > 59 || (se ?? 0) > 59) return { v: s };
  const date = order === 'DMY' ? 'dd/mm/yyyy' : 'm/d/yyyy';
  const fmt = isDateFormat(cellFmt) ? cellFmt! : h === undefined ? date : `${date} h:mm${se === undefined ? '' : ':ss'}`;
  return { v: toSerial(fromWallMs(ctx.timeZone, wall), ctx.timeZone), fmt };
}

const orderCache = new Map<string, 'DMY' | 'MDY' | 'YMD'>();
/** The order of day, month and year in the locale's numeric dates (en_US M/D/Y, id_ID D/M/Y). */
function dateOrder(locale: string): 'DMY' | 'MDY' | 'YMD' {
  let order = orderCache.get(locale);
  if (!order) {
    const parts = new Intl.DateTimeFormat(locale.replace('_', '-'), { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(0);
    const first = parts.find((p) => p.type !== 'literal')!.type;
    order = first === 'day' ? 'DMY' : first === 'month' ? 'MDY' : 'YMD';
    orderCache.set(locale, order);
  }
  return order;
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === PLAIN_TEXT || /^general$/i.test(fmt)) return false;
  return /[dmyhs]/i.test(fmt.replace(/"[^"]*"|\\./g, ''));
}

interface Separators {
  decimal: string;
  group: string;
  number: RegExp;
  grouped: RegExp;
}
const separatorCache = new Map<string, Separators>();
/** The locale's decimal and group separators, and what a plain typed number looks like there. */
function separators(locale: string): Separators {
  let s = separatorCache.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale.replace('_', '-')).formatToParts(12345.6);
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    const d = decimal === '.' ? '\\.' : decimal;
    const number = new RegExp(`^[+-]?(\\d+${d}?\\d*|${d}\\d+)([eE][+-]?\\d+)?$`);
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    const grouped = new RegExp(`^[+-]?\\d{1,3}(${group === '.' ? '\\.' : group}\\d{3})+(${d}\\d+)?$`);
    s = { decimal, group, number, grouped };
    separatorCache.set(locale, s);
  }
  return s;
}

/** The text Sheets shows for a (non-formula) cell: getDisplayValue. */
export function displayText(c: CellState | null | undefined, locale: string): string {
  if (!c || c.v === undefined) return '';
  if (typeof c.v === 'boolean') return c.v ? 'TRUE' : 'FALSE';
  if (typeof c.v === 'string') return c.v;
  const fmt = c.fmt;
  if (isDateFormat(fmt)) return formatSheetsDate(c.v, fmt!, locale);
  if (!fmt || fmt === PLAIN_TEXT || /^general$/i.test(fmt)) return generalNumber(c.v, locale);
  const m = /^(#,##)?0(\.(0+))?(%?)$/.exec(fmt);
  if (!m) throw notImplemented(`displaying number format ${JSON.stringify(fmt)}`);
  const { decimal, group } = separators(locale);
  const n = m[4] ? c.v * 100 : c.v;
  const [int, frac] = Math.abs(n)
    .toFixed(m[3]?.length ?? 0)
    .split('.');
  const grouped = m[1] ? int!.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int!;
  const rounded = Number(`${int}.${frac ?? 0}`);
  return `${n < 0 && rounded !== 0 ? '-' : ''}${grouped}${frac ? decimal + frac : ''}${m[4]}`;
}

/** 'General': integers as is, others to 10 significant digits, scientific beyond 1e15 (an approximation of Sheets). */
function generalNumber(n: number, locale: string): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const text =
    Math.abs(n) >= 1e15 || (n !== 0 && Math.abs(n) < 1e-9)
      ? n
          .toExponential(9)
          .replace(/\.?0+e/, 'E')
          .replace(/E\+?(-?)(\d)$/, 'E+$10$2')
          .replace('E+-', 'E-')
      : String(Number(n.toPrecision(10)));
  return text.replace('.', separators(locale).decimal);
}

const DATE_TOKEN = /"[^"]*"|\\.|am\/pm|a\/p|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|\.0{1,3}|[^"\\]/gi;

/** Sheets date/time format patterns (support.google.com/docs/answer/56470: d, m, y, h, s, am/pm; 'm' is minutes after h or before s). */
export function formatSheetsDate(serial: number, fmt: string, locale: string): string {
  if (fmt.includes('[')) throw notImplemented(`displaying date format ${JSON.stringify(fmt)}`);
  const tokens = fmt.match(DATE_TOKEN) ?? [];
  const isField = (t: string) => /^(y+|m+|d+|h+|s+)$/i.test(t);
  const twelve = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const d = new Date(serialWallMs(serial));
  const tag = locale.replace('_', '-');
  const name = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...opts, timeZone: 'UTC' }).format(d);
  const hour = d.getUTCHours();
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      if (lower.startsWith('m') && lower.length <= 2) {
        const prev = tokens.slice(0, i).reverse().find(isField)?.toLowerCase() ?? '';
        const next =
          tokens
            .slice(i + 1)
            .find(isField)
            ?.toLowerCase() ?? '';
        if (prev.startsWith('h') || next.startsWith('s')) return lower === 'mm' ? pad(d.getUTCMinutes()) : String(d.getUTCMinutes());
        return lower === 'mm' ? pad(d.getUTCMonth() + 1) : String(d.getUTCMonth() + 1);
      }
      switch (lower) {
        case 'yyyy':
          return String(d.getUTCFullYear());
        case 'yy':
          return pad(d.getUTCFullYear() % 100);
        case 'mmmmm':
          return name({ month: 'long' }).slice(0, 1);
        case 'mmmm':
          return name({ month: 'long' });
        case 'mmm':
          return name({ month: 'short' });
        case 'dddd':
          return name({ weekday: 'long' });
        case 'ddd':
          return name({ weekday: 'short' });
        case 'dd':
          return pad(d.getUTCDate());
        case 'd':
          return String(d.getUTCDate());
        case 'hh':
        case 'h': {
          const h = twelve ? hour % 12 || 12 : hour;
          return lower === 'hh' ? pad(h) : String(h);
        }
        case 'ss':
          return pad(d.getUTCSeconds());
        case 's':
          return String(d.getUTCSeconds());
        case 'am/pm':
        case 'a/p': {
          const text = (hour < 12 ? 'AM' : 'PM').slice(0, lower === 'a/p' ? 1 : 2);
          return t[0] === t[0]!.toLowerCase() ? text.toLowerCase() : text;
        }
      }
      if (/^\.0+$/.test(t)) return `.${pad(d.getUTCMilliseconds(), 3).slice(0, t.length - 1)}`;
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith('\\')) return t.slice(1);
      if (/[a-z]/i.test(t)) throw notImplemented(`displaying date format ${JSON.stringify(fmt)}`);
      return t;
    })
    .join('');
}
