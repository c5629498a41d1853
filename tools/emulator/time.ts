/**
 * Time-zone arithmetic built on Intl only (no node modules), shared by the script's `Date`, Utilities.formatDate
 * and Sheets' date serials.
 */
import { notImplemented } from './errors';

export const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** 'GMT', 'UTC', 'GMT+7', 'GMT+07:00' → minutes east of UTC (Java accepts these ids too). */
function fixedOffset(tz: string): number | undefined {
  const m = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(tz);
  if (!m) return undefined;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

export function isTimeZone(tz: string): boolean {
  if (fixedOffset(tz) !== undefined) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Offsets by zone and minute: Intl is slow, and a register of 500 000 dated cells converts each (see offsetMinutes). */
const offsets = new Map<string, number>();

/**
 * Minutes east of UTC of zone `tz` at instant `ms`. Throws RangeError for an unknown zone. Remembered per minute:
 * zones change offset on whole minutes (only some local mean times before 1970 did not).
 */
export function offsetMinutes(tz: string, ms: number): number {
  const fixed = fixedOffset(tz);
  if (fixed !== undefined) return fixed;
  const key = `${tz} ${Math.floor(ms / 60_000)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  if (offsets.size > 200_000) offsets.clear();
  const offset = zoneOffset(tz, ms);
  offsets.set(key, offset);
  return offset;
}

function zoneOffset(tz: string, ms: number): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((wall - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000);
}

export interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday, as Date#getDay. */
  weekday: number;
  /** Minutes east of UTC. */
  offset: number;
}

export function wallFields(ms: number, tz: string): WallFields {
  const offset = offsetMinutes(tz, ms);
  const d = new Date(ms + offset * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offset,
  };
}

/** Instant of a wall-clock time expressed as "UTC milliseconds of the wall time" in zone tz. */
export function fromWallMs(tz: string, wall: number): number {
  if (!Number.isFinite(wall)) return NaN;
  const guess = wall - offsetMinutes(tz, wall) * 60_000;
  return wall - offsetMinutes(tz, guess) * 60_000;
}

export function zoneName(tz: string, ms: number, style: 'short' | 'long'): string {
  const fixed = fixedOffset(tz);
  if (fixed !== undefined) return fixed === 0 ? tz.slice(0, 3).toUpperCase() : `GMT${offsetText(fixed, ':')}`;
  // Intl gives 'GMT+7' where Java (and so Apps Script) prints the zone's abbreviation or 'GMT+07:00'.
  if (style === 'short' && INDONESIA[tz]) return INDONESIA[tz]!;
  const part =
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: style }).formatToParts(ms).find((p) => p.type === 'timeZoneName')
      ?.value ?? tz;
  const g = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(part);
  return g ? `GMT${g[1]}${g[2]!.padStart(2, '0')}:${g[3] ?? '00'}` : part;
}
const INDONESIA: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function offsetText(minutes: number, sep = ''): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}${sep}${pad(a % 60)}`;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The `Date` the script sees. Apps Script runs V8 with the project's time zone (appsscript.json) as local zone, so
 * getHours(), `new Date(2026, 10, 28)` and `new Date('2026-11-28T08:00')` use that zone, not the host's
 * (developers.google.com/apps-script/guides/services/#dates_and_times). `new Date()`/`Date.now()` read the emulator
 * clock. Instances are real host Dates with a prototype that overrides the local-time methods, and
 * `x instanceof Date` accepts any host Date, so Dates pass freely between the vm and test code.
 */
export function makeScriptDate(now: () => number, zone: () => string): DateConstructor {
  const Host = Date;
  const parse = (s: string): number => {
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s); // date-time without zone: local
    if (iso) return fromWallMs(zone(), Host.parse(`${s}Z`));
    if (/^\d{4}-\d{2}(-\d{2})?$/.test(s) || /(Z|GMT|UTC|[+-]\d{2}:?\d{2})\b|[+-]\d{2}:?\d{2}$/i.test(s)) return Host.parse(s);
    const h = new Host(Host.parse(s)); // no zone given: reinterpret the host's local reading in the script zone
    return fromWallMs(
      zone(),
      Host.UTC(h.getFullYear(), h.getMonth(), h.getDate(), h.getHours(), h.getMinutes(), h.getSeconds(), h.getMilliseconds()),
    );
  };
  const ScriptDate = function (this: unknown, ...a: unknown[]): unknown {
    if (!new.target) return String(new (ScriptDate as unknown as DateConstructor)(now()));
    let ms: number;
    if (a.length === 0) ms = now();
    else if (a.length === 1) ms = typeof a[0] === 'string' ? parse(a[0]) : new Host(a[0] as number).getTime();
    else {
      const n = a.map(Number);
      ms = fromWallMs(zone(), Host.UTC(n[0]!, n[1]!, n[2] ?? 1, n[3] ?? 0, n[4] ?? 0, n[5] ?? 0, n[6] ?? 0));
    }
    return Reflect.construct(Host, [ms], new.target);
  } as unknown as DateConstructor;

  const proto: Record<string, unknown> = Object.create(Host.prototype);
  const fields = (d: Date): WallFields | undefined => (Number.isNaN(d.getTime()) ? undefined : wallFields(d.getTime(), zone()));
  const getters: Record<string, (f: WallFields) => number> = {
    getFullYear: (f) => f.year,
    getMonth: (f) => f.month - 1,
    getDate: (f) => f.day,
    getDay: (f) => f.weekday,
    getHours: (f) => f.hour,
    getMinutes: (f) => f.minute,
    getSeconds: (f) => f.second,
    getMilliseconds: (f) => f.ms,
    getTimezoneOffset: (f) => -f.offset,
  };
  for (const [name, get] of Object.entries(getters)) {
    proto[name] = function (this: Date) {
      const f = fields(this);
      return f ? get(f) : NaN;
    };
  }
  for (const unit of ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds', 'Milliseconds']) {
    proto[`set${unit}`] = function (this: Date, ...args: number[]) {
      const t = Number.isNaN(this.getTime()) && unit === 'FullYear' ? 0 : this.getTime();
      const wall = new Host(t + (Number.isNaN(t) ? 0 : offsetMinutes(zone(), t) * 60_000));
      (Host.prototype as unknown as Record<string, (...x: number[]) => number>)[`setUTC${unit}`]!.apply(wall, args);
      return this.setTime(fromWallMs(zone(), wall.getTime()));
    };
  }
  const clock = (f: WallFields) => `${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)} GMT${offsetText(f.offset)}`;
  const day = (f: WallFields) => `${WEEKDAYS[f.weekday]!.slice(0, 3)} ${MONTHS[f.month - 1]!.slice(0, 3)} ${pad(f.day)} ${f.year}`;
  const text = (render: (f: WallFields, d: Date) => string) =>
    function (this: Date) {
      const f = fields(this);
      return f ? render(f, this) : 'Invalid Date';
    };
  proto.toString = text((f, d) => `${day(f)} ${clock(f)} (${zoneName(zone(), d.getTime(), 'long')})`);
  proto.toDateString = text(day);
  proto.toTimeString = text((f, d) => `${clock(f)} (${zoneName(zone(), d.getTime(), 'long')})`);
  for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const) {
    proto[name] = function (this: Date, locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return Host.prototype[name].call(this, locales, { timeZone: zone(), ...options });
    };
  }
  proto.constructor = ScriptDate;
  (ScriptDate as { prototype: unknown }).prototype = proto;
  Object.setPrototypeOf(ScriptDate, Host); // Date.UTC
  Object.defineProperties(ScriptDate, {
    now: { value: () => now(), writable: true, configurable: true },
    parse: { value: (s: unknown) => parse(String(s)), writable: true, configurable: true },
    [Symbol.hasInstance]: { value: (x: unknown) => x instanceof Host },
  });
  return ScriptDate;
}

/** Utilities.formatDate's Java SimpleDateFormat patterns (docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html). */
export function formatJavaDate(ms: number, tz: string, pattern: string): string {
  const f = wallFields(ms, tz);
  const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  const num = (n: number, count: number) => pad(n, count);
  const fields: Record<string, (count: number) => string> = {
    G: () => (f.year > 0 ? 'AD' : 'BC'),
    y: (c) => (c === 2 ? pad(f.year % 100) : num(f.year, c)),
    M: (c) => (c >= 4 ? MONTHS[f.month - 1]! : c === 3 ? MONTHS[f.month - 1]!.slice(0, 3) : num(f.month, c)),
    d: (c) => num(f.day, c),
    E: (c) => (c >= 4 ? WEEKDAYS[f.weekday]! : WEEKDAYS[f.weekday]!.slice(0, 3)),
    u: (c) => num(f.weekday === 0 ? 7 : f.weekday, c),
    a: () => (f.hour < 12 ? 'AM' : 'PM'),
    H: (c) => num(f.hour, c),
    k: (c) => num(f.hour === 0 ? 24 : f.hour, c),
    K: (c) => num(f.hour % 12, c),
    h: (c) => num(h12, c),
    m: (c) => num(f.minute, c),
    s: (c) => num(f.second, c),
    S: (c) => num(f.ms, c),
    z: (c) => zoneName(tz, ms, c >= 4 ? 'long' : 'short'),
    Z: () => offsetText(f.offset),
    X: (c) => (f.offset === 0 ? 'Z' : c === 1 ? offsetText(f.offset).slice(0, 3) : offsetText(f.offset, c >= 3 ? ':' : '')),
  };
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const stop = end < 0 ? pattern.length : end;
      out += stop === i + 1 ? "'" : pattern.slice(i + 1, stop);
      i = stop + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      const field = fields[ch];
      if (!field) throw notImplemented(`Utilities.formatDate pattern letter '${ch}'`);
      out += field(j - i);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Sheets stores a date-time as days since 1899-12-30 in the spreadsheet's zone (developers.google.com/sheets/api/guides/formats#about_date_time_values). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
export const toSerial = (ms: number, tz: string): number => (ms + offsetMinutes(tz, ms) * 60_000 - SERIAL_EPOCH) / DAY_MS;
export const fromSerial = (serial: number, tz: string): number => fromWallMs(tz, Math.round(serial * DAY_MS) + SERIAL_EPOCH);
export const serialWallMs = (serial: number): number => Math.round(serial * DAY_MS) + SERIAL_EPOCH;
