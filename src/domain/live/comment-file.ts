/**
 * Reading a capture of a LIVE's comments: CSV, JSON Lines or text pasted from TikTok's comment panel, into
 * canonical events (timestamp, type, unique_id, nickname, text, value, msg_id — the fields TikTok LIVE
 * capture libraries such as TikTok-Live-Connector emit). Pure: no Google service.
 */
import { type IsoDate, isIsoDate, wibInstant } from '../shared/dates';
import { readWholeNumber } from '../shared/numbers';
import { MAX_VIEWERS } from './viewers';

export const CANONICAL = ['timestamp', 'type', 'unique_id', 'nickname', 'text', 'value', 'msg_id'] as const;
export type CanonicalColumn = (typeof CANONICAL)[number];
export type Mapping = Partial<Record<CanonicalColumn, string>>;
export const FORMATS = ['csv', 'jsonl', 'text'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats and columns as the import form names them (columns in the order offered). */
export const FORMAT_LABELS: Record<Format, string> = { text: 'Teks dari kolom komentar', csv: 'CSV', jsonl: 'JSON Lines' };
export const COLUMN_LABELS: Record<CanonicalColumn, string> = {
  text: 'Teks komentar',
  timestamp: 'Waktu',
  unique_id: 'Akun (@)',
  nickname: 'Nama tampilan',
  type: 'Jenis kejadian',
  value: 'Angka (jumlah penonton)',
  msg_id: 'ID pesan',
};
export const EVENT_TYPES = ['comment', 'question', 'viewer_count', 'like', 'share', 'follow', 'gift'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type Tally = 'like' | 'share' | 'follow' | 'gift';

/** Bounds of one import call; a bigger capture is imported in parts. */
export const MAX_CONTENT_CHARS = 8_000_000;
export const MAX_LINES = 50_000;
/** TikTok allows 150 characters per comment; anything much longer is not a comment. */
export const MAX_TEXT = 2000;
/** Header names the capture libraries and Indonesian spreadsheets use, matched ignoring case and punctuation. */
export const ALIASES: Record<CanonicalColumn, readonly string[]> = {
  timestamp: ['timestamp', 'createTime', 'common.create_time', 'time', 'waktu', 'jam', 'pukul'],
  type: ['type', 'event', 'jenis'],
  unique_id: ['unique_id', 'uniqueId', 'user.unique_id', 'user.uniqueId', 'username', 'user', 'pengguna', 'nama pengguna', 'akun'],
  nickname: ['nickname', 'user.nickname', 'nama', 'nama tampilan'],
  text: ['text', 'comment', 'komentar', 'questionText', 'isi', 'isi komentar', 'pesan'],
  value: ['value', 'viewerCount', 'jumlah', 'jumlah penonton', 'penonton'],
  msg_id: ['msg_id', 'msgId', 'common.msg_id'],
};
const TYPE_ALIASES: Record<string, EventType> = {
  comment: 'comment',
  chat: 'comment',
  komentar: 'comment',
  question: 'question',
  questionnew: 'question',
  pertanyaan: 'question',
  viewercount: 'viewer_count',
  roomuser: 'viewer_count',
  penonton: 'viewer_count',
  like: 'like',
  share: 'share',
  follow: 'follow',
  gift: 'gift',
};
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface Rejected {
  line: number;
  reason: string;
  /** The start of the line, to find it in the file. */
  content: string;
}

/** One line of the file with its fields by header (CSV), key path (JSON) or canonical name (text). */
interface RawRecord {
  line: number;
  fields: Record<string, unknown>;
  /** The line as read, shown only if it is rejected. */
  content: string | readonly string[];
}

export interface Event {
  line: number;
  type: EventType;
  at: Date | null;
  uniqueId: string;
  nickname: string;
  text: string;
  value: number | null;
  msgId: string;
}

export interface ReadResult {
  format: Format;
  headers: string[];
  /** The columns as used: given by the user, else recognised by name. */
  mapping: Mapping;
  /** Neither a text column nor type and value could be found: the user must map columns. */
  needsMapping: boolean;
  lines: number;
  events: Event[];
  rejected: Rejected[];
}

const excerpt = (s: string | readonly string[]) => {
  const line = typeof s === 'string' ? s : s.join(', ');
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
};

function lines(content: string): { line: number; text: string }[] {
  return content
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ line: i + 1, text }))
    .filter((l) => l.text.trim() !== '');
}

/** The first non-blank line, without splitting a large file. */
function firstLine(content: string): string {
  return /^[ \t]*\S.*$/m.exec(content)?.[0] ?? '';
}

function delimiterOf(header: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** CSV when the first line looks like a header (two or more names, none with a colon), else pasted text. */
export function detectFormat(content: string): Format {
  const first = firstLine(content.replace(/^\uFEFF/, ''));
  if (first.trimStart().startsWith('{')) return 'jsonl';
  const cells = first.split(delimiterOf(first));
  return cells.length >= 2 && cells.every((c) => c.trim() !== '' && !c.includes(':')) ? 'csv' : 'text';
}

/** RFC 4180 CSV: quoted cells may hold delimiters, doubled quotes and line breaks. */
export function parseCsv(content: string, delimiter: string): { rows: { line: number; cells: string[] }[]; unclosedAt: number | null } {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  // Runs of ordinary characters are taken whole (a 10 000-line file is ~1 MB; one string append per character is slow).
  const plain = new RegExp(`[^"\\r\\n${delimiter}]+`, 'y');
  const inQuotes = /[^"\n]+/y;
  const run = (re: RegExp, at: number) => {
    re.lastIndex = at;
    return re.exec(content)?.[0] ?? '';
  };
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (quoted) {
      if (ch === '"' && content[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else if (ch === '\n') {
        line++;
        cell += ch;
      } else {
        const text = run(inQuotes, i);
        cell += text;
        i += text.length - 1;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && content[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else {
      const text = run(plain, i) || ch;
      cell += text;
      i += text.length - 1;
    }
  }
  if (quoted) return { rows, unclosedAt: rowLine };
  if (cell !== '' || cells.length) endRow();
  return { rows, unclosedAt: null };
}

function readCsv(content: string): { headers: string[]; records: RawRecord[]; rejected: Rejected[] } {
  const { rows, unclosedAt } = parseCsv(content, delimiterOf(firstLine(content)));
  const [header, ...body] = rows;
  const headers = (header?.cells ?? []).map((h) => h.trim());
  const rejected: Rejected[] = unclosedAt
    ? [{ line: unclosedAt, reason: 'tanda kutip (") tidak ditutup; baris ini dan sesudahnya dilewati', content: '' }]
    : [];
  const records = body.map(({ line, cells }) => ({
    line,
    content: cells,
    fields: Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])),
  }));
  return { headers, records, rejected };
}

/** Nested capture objects ({ user: { unique_id } }) become dotted keys ("user.unique_id"). */
function flatten(value: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}, depth = 0): Record<string, unknown> {
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v) && depth < 2) flatten(v as Record<string, unknown>, key, out, depth + 1);
    else out[key] = v;
  }
  return out;
}

function readJsonLines(content: string): { headers: string[]; records: RawRecord[]; rejected: Rejected[] } {
  const headers = new Set<string>();
  const records: RawRecord[] = [];
  const rejected: Rejected[] = [];
  for (const { line, text } of lines(content)) {
    // Message ids are 19-digit numbers: as JSON numbers they would lose their last digits.
    const safe = text.replace(/("(?:msg_id|msgId)"\s*:\s*)(-?\d+)/g, '$1"$2"');
    let value: unknown;
    try {
      value = JSON.parse(safe);
    } catch {
      rejected.push({ line, reason: 'bukan JSON yang sah', content: excerpt(text) });
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      rejected.push({ line, reason: 'baris JSON harus berupa objek { … }', content: excerpt(text) });
      continue;
    }
    const fields = flatten(value as Record<string, unknown>);
    Object.keys(fields).forEach((k) => headers.add(k));
    records.push({ line, fields, content: text });
  }
  return { headers: [...headers], records, rejected };
}

/** `[08:15] nama: komentar`, `08.15 @akun: komentar` or `nama: komentar`, one comment per line. */
const PASTED = /^\s*(?:\[?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\]?\s+)?([^:]{1,60}?)\s*:[ \t]?(.*)$/;

function readPasted(content: string): { records: RawRecord[]; rejected: Rejected[] } {
  const records: RawRecord[] = [];
  const rejected: Rejected[] = [];
  for (const { line, text } of lines(content)) {
    const m = PASTED.exec(text.replace(/^\uFEFF/, ''));
    if (!m?.[4].trim()) {
      rejected.push({ line, reason: 'bukan baris "nama: komentar"', content: excerpt(text) });
      continue;
    }
    const [, hh, mm, ss, who, said] = m;
    const name = who.trim();
    records.push({
      line,
      content: text,
      fields: {
        timestamp: hh ? `${hh.padStart(2, '0')}:${mm}${ss ? `:${ss}` : ''}` : '',
        type: 'comment',
        text: said,
        ...(name.startsWith('@') ? { unique_id: name.slice(1) } : { nickname: name }),
      },
    });
  }
  return { records, rejected };
}

/** The given mapping where it names a column of the file, else the column recognised by name. */
export function resolveMapping(headers: readonly string[], given: Mapping = {}): Mapping {
  const mapping: Mapping = {};
  for (const c of CANONICAL) {
    const chosen = given[c];
    const found =
      chosen !== undefined ? headers.find((h) => h === chosen) : headers.find((h) => ALIASES[c].some((a) => squash(a) === squash(h)));
    if (found) mapping[c] = found;
  }
  return mapping;
}

const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const CLOCK = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

/**
 * An event's instant: ISO-8601 (without a zone: WIB), epoch milliseconds (or seconds), or a bare
 * `HH:MM[:SS]` on the LIVE's day (WIB). Null when empty; undefined when not understood.
 */
export function parseTimestamp(raw: unknown, liveDate: IsoDate): Date | null | undefined {
  const s = String(raw ?? '').trim();
  if (s === '') return null;
  if (/^\d{10,13}$/.test(s)) {
    const n = Number(s);
    return new Date(n >= 1e12 ? n : n * 1000);
  }
  const iso = ISO.exec(s);
  if (iso) {
    const [, date, h, m, sec = '00', zone] = iso;
    if (!isIsoDate(date) || +h > 23 || +m > 59 || +sec > 59) return undefined;
    if (!zone) return new Date(wibInstant(date, `${h}:${m}`).getTime() + +sec * 1000);
    const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    const at = new Date(`${date}T${h}:${m}:${sec}${offset}`);
    return Number.isNaN(at.getTime()) ? undefined : at;
  }
  const clock = CLOCK.exec(s);
  if (clock && +clock[1] < 24 && +clock[2] < 60 && +(clock[3] ?? 0) < 60) {
    return new Date(wibInstant(liveDate, `${clock[1].padStart(2, '0')}:${clock[2]}`).getTime() + +(clock[3] ?? 0) * 1000);
  }
  return undefined;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

function toEvent(record: RawRecord, mapping: Mapping, liveDate: IsoDate): Event | Rejected {
  const get = (c: CanonicalColumn) => (mapping[c] === undefined ? undefined : record.fields[mapping[c] as string]);
  const reject = (reason: string): Rejected => ({ line: record.line, reason, content: excerpt(record.content) });
  const rawType = squash(text(get('type')));
  // Without a type, a line with a count and no text is a viewer count (TikTok-Live-Connector's roomUser
  // event carries only `viewerCount`); any other line is a comment.
  const untyped = text(get('text')).trim() === '' && text(get('value')).trim() !== '' ? 'viewer_count' : 'comment';
  const type: EventType | undefined = rawType === '' ? untyped : TYPE_ALIASES[rawType];
  if (!type) return reject(`jenis "${excerpt(text(get('type')))}" tidak dikenal`);
  const at = parseTimestamp(get('timestamp'), liveDate);
  if (at === undefined) return reject(`waktu "${excerpt(text(get('timestamp')))}" tidak dikenali`);
  const rawValue = text(get('value')).trim();
  // Read as the sidebar's forms read a number ("1.250"); only a viewer count is refused for a bad one.
  const read = rawValue === '' ? null : readWholeNumber(rawValue, 'Jumlah penonton', type === 'viewer_count' ? MAX_VIEWERS : undefined);
  const value = read && 'value' in read ? read.value : null;
  const event: Event = {
    line: record.line,
    type,
    at,
    value,
    uniqueId: text(get('unique_id')).trim().replace(/^@/, ''),
    nickname: text(get('nickname')).trim(),
    text: text(get('text')),
    msgId: text(get('msg_id')).trim(),
  };
  if (type === 'comment' || type === 'question') {
    if (event.text.trim() === '') return reject('teks komentar kosong');
    if (event.text.length > MAX_TEXT) return reject(`komentar lebih dari ${MAX_TEXT} karakter`);
  }
  if (type === 'viewer_count') {
    if (!read) return reject('jumlah penonton kosong');
    if ('problem' in read) return reject(read.problem);
    if (!at) return reject('jumlah penonton tanpa waktu');
  }
  return event;
}

/** Reads a file's events. `format` and `mapping` as the user chose them; otherwise detected. */
export function readEvents(content: string, liveDate: IsoDate, options: { format?: Format; mapping?: Mapping } = {}): ReadResult {
  const body = content.replace(/^\uFEFF/, '');
  const format = options.format ?? detectFormat(body);
  const read =
    format === 'csv' ? readCsv(body) : format === 'jsonl' ? readJsonLines(body) : { headers: [...CANONICAL], ...readPasted(body) };
  const mapping = format === 'text' ? resolveMapping(CANONICAL) : resolveMapping(read.headers, options.mapping);
  const needsMapping = !mapping.text && !(mapping.type && mapping.value);
  const result: ReadResult = {
    format,
    headers: format === 'text' ? [] : read.headers,
    mapping,
    needsMapping,
    lines: read.records.length + read.rejected.length,
    events: [],
    rejected: [...read.rejected],
  };
  if (needsMapping) return result;
  for (const record of read.records) {
    const e = toEvent(record, mapping, liveDate);
    if ('reason' in e) result.rejected.push(e);
    else result.events.push(e);
  }
  result.rejected.sort((a, b) => a.line - b.line);
  return result;
}
