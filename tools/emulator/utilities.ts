/** Utilities, Session, Logger and console. */
import { bytesOf, FakeBlob, FakeUser, fromBase64, signedBytes, toBase64, utf8 } from './base';
import { type Api, enumOf, Fake } from './core';
import { badArguments, GasError } from './errors';
import { formatJavaDate, isTimeZone } from './time';

export const CHARSET = enumOf<typeof GoogleAppsScript.Utilities.Charset>()('US_ASCII', 'UTF_8');

const UTILITIES = [
  'Charset',
  'formatDate',
  'parseCsv',
  'newBlob',
  'getUuid',
  'sleep',
  'base64Encode',
  'base64EncodeWebSafe',
  'base64Decode',
  'base64DecodeWebSafe',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Utilities.Utilities>;

/** developers.google.com/apps-script/reference/utilities/utilities */
export class FakeUtilities extends Fake implements Api<GoogleAppsScript.Utilities.Utilities, (typeof UTILITIES)[number]> {
  static service = 'Utilities';
  static members: readonly string[] = UTILITIES;
  readonly Charset = CHARSET;

  /** Java SimpleDateFormat patterns; an unknown zone id falls back to GMT, as Java's TimeZone does (…/utilities#formatdatedate,-timezone,-format). */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) || typeof timeZone !== 'string' || typeof format !== 'string')
      throw badArguments('Utilities.formatDate', [date, timeZone, format]);
    if (Number.isNaN(date.getTime())) throw new GasError('Invalid argument: date');
    return formatJavaDate(date.getTime(), isTimeZone(timeZone) ? timeZone : 'GMT', format);
  }
  /** RFC 4180: quoted fields may hold the delimiter, "" and line breaks; a final line break adds no row. */
  parseCsv(csv: string, delimiter = ','): string[][] {
    const rows: string[][] = [];
    let row: string[] = [],
      field = '',
      quoted = false,
      i = 0;
    const text = String(csv);
    const endField = () => {
      row.push(field);
      field = '';
    };
    const endRow = () => {
      endField();
      rows.push(row);
      row = [];
    };
    while (i < text.length) {
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"' && field === '') quoted = true;
      else if (ch === delimiter) endField();
      else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        endRow();
      } else field += ch;
      i++;
    }
    if (field !== '' || row.length > 0) endRow();
    return rows;
  }
  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    return new FakeBlob(this.rt, bytesOf(data, 'Utilities.newBlob'), contentType ?? null, name ?? null).api;
  }
  /** A version-4 UUID, deterministic per emulator (…/utilities#getuuid). */
  getUuid(): string {
    const hex = `${this.rt.newId(32, '0123456789abcdef').slice(1)}0`;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  /** Advances the emulator clock; at most 5 minutes per call (…/utilities#sleepmilliseconds). */
  sleep(milliseconds: number): void {
    if (!(milliseconds >= 0 && milliseconds <= 300_000)) throw new GasError('Invalid argument: milliseconds');
    this.rt.advance(milliseconds);
  }
  base64Encode(data: string | number[]): string {
    return toBase64(bytesOf(data, 'Utilities.base64Encode'));
  }
  base64EncodeWebSafe(data: string | number[]): string {
    return this.base64Encode(data).replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    try {
      return signedBytes(fromBase64(String(encoded)));
    } catch {
      throw new GasError('Could not decode string.'); // wording not verified
    }
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return this.base64Decode(String(encoded).replace(/-/g, '+').replace(/_/g, '/'));
  }
}

const SESSION = [
  'getActiveUser',
  'getEffectiveUser',
  'getScriptTimeZone',
  'getActiveUserLocale',
  'getTemporaryActiveUserKey',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Base.Session>;

/**
 * developers.google.com/apps-script/reference/base/session. The active user's email is blank in simple triggers and
 * in installable triggers for consumer accounts (…/base/user#getemail); the effective user is who the script runs as.
 */
export class FakeSession extends Fake implements Api<GoogleAppsScript.Base.Session, (typeof SESSION)[number]> {
  static service = 'Session';
  static members: readonly string[] = SESSION;
  getActiveUser(): FakeUser {
    return new FakeUser(this.rt, this.rt.activeUser).api;
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.rt, this.rt.effectiveUser).api;
  }
  getScriptTimeZone(): string {
    return this.rt.state.scriptTimeZone;
  }
  /** The users are Indonesian staff: 'id'. */
  getActiveUserLocale(): string {
    return 'id';
  }
  /** Stable per user and script, blank without an active user. */
  getTemporaryActiveUserKey(): string {
    const user = this.rt.activeUser;
    return user
      ? toBase64(utf8(`${this.rt.state.scriptId}:${user}`))
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(-40)
      : '';
  }
}

/** Logger.log(format, values…) formats %s and %d like Java's String.format. */
function formatMessage(args: unknown[]): string {
  const [first, ...rest] = args;
  const text = (v: unknown) => (typeof v === 'string' ? v : v instanceof Error ? String(v) : v instanceof Date ? String(v) : safeJson(v));
  if (typeof first === 'string' && rest.length && /%[sd%]/.test(first)) {
    let i = 0;
    return first.replace(/%[sd%]/g, (m) => (m === '%%' ? '%' : text(rest[i++])));
  }
  return args.map(text).join(' ');
}
function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

const LOGGER = ['log', 'getLog', 'clear'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Base.Logger>;

/** developers.google.com/apps-script/reference/base/logger: getLog() returns this execution's Logger lines. */
export class FakeLogger extends Fake implements Api<GoogleAppsScript.Base.Logger, (typeof LOGGER)[number]> {
  static service = 'Logger';
  static members: readonly string[] = LOGGER;
  private readonly cleared = new Map<number, number>();
  private mine() {
    const exec = this.rt.current;
    const tag = exec ? `${exec.kind}#${exec.id}` : 'direct';
    return this.rt.state.logs.filter((l) => l.level === 'Logger' && l.execution === tag).slice(this.cleared.get(exec?.id ?? 0) ?? 0);
  }
  log(...args: unknown[]): FakeLogger {
    this.rt.log('Logger', formatMessage(args));
    return this.api;
  }
  getLog(): string {
    return this.mine()
      .map((l) => l.message)
      .join('\n');
  }
  clear(): void {
    this.cleared.set(this.rt.current?.id ?? 0, (this.cleared.get(this.rt.current?.id ?? 0) ?? 0) + this.mine().length);
  }
}

const CONSOLE = ['log', 'info', 'warn', 'error'] as const satisfies ReadonlyArray<keyof Console>;

/** console in Apps Script writes to Cloud Logging; the emulator records each line on state.logs. */
export class FakeConsole extends Fake implements Pick<Console, (typeof CONSOLE)[number]> {
  static service = 'console';
  static members: readonly string[] = CONSOLE;
  log(...args: unknown[]): void {
    this.rt.log('log', formatMessage(args));
  }
  info(...args: unknown[]): void {
    this.rt.log('info', formatMessage(args));
  }
  warn(...args: unknown[]): void {
    this.rt.log('warn', formatMessage(args));
  }
  error(...args: unknown[]): void {
    this.rt.log('error', formatMessage(args));
  }
}
