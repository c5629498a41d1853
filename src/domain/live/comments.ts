/**
 * Comment import: CSV, JSON Lines or text pasted from TikTok's comment panel, read into the
 * canonical events of tiktok-live.md (timestamp, type, unique_id, nickname, text, value, msg_id);
 * de-duplication keys; Indonesian question detection. Pure: no Google service.
 */
import { isIsoDate, wibDate, wibDateTime, wibInstant, type IsoDate } from '../shared/dates';
import { QUESTION_TOPICS } from '../shared/schema';

export const CANONICAL = ['timestamp', 'type', 'unique_id', 'nickname', 'text', 'value', 'msg_id'] as const;
export type CanonicalColumn = (typeof CANONICAL)[number];
export type Mapping = Partial<Record<CanonicalColumn, string>>;
export const FORMATS = ['csv', 'jsonl', 'text'] as const;
export type Format = (typeof FORMATS)[number];
export const EVENT_TYPES = ['comment', 'question', 'viewer_count', 'like', 'share', 'follow', 'gift'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
type Tally = 'like' | 'share' | 'follow' | 'gift';

/** Bounds of one import call; a bigger capture is imported in parts. */
export const MAX_CONTENT_CHARS = 8_000_000;
export const MAX_LINES = 50_000;
/** TikTok allows 150 characters per comment; anything much longer is not a comment. */
export const MAX_TEXT = 2000;
/**
 * New comments written per call: a bigger file is committed in several calls (the sidebar repeats
 * it; each call skips what the previous ones wrote), so no call holds the register for long.
 */
export const COMMIT_BATCH = 3_000;
/** How much of the preview travels back to the sidebar. */
export const PREVIEW_QUESTIONS = 200;
export const PREVIEW_REJECTED = 100;

/** Header names the capture libraries use, matched ignoring case and punctuation. */
const ALIASES: Record<CanonicalColumn, readonly string[]> = {
  timestamp: ['timestamp', 'createTime', 'common.create_time', 'time', 'waktu'],
  type: ['type', 'event', 'jenis'],
  unique_id: ['unique_id', 'uniqueId', 'user.unique_id', 'user.uniqueId', 'username'],
  nickname: ['nickname', 'user.nickname', 'nama'],
  text: ['text', 'comment', 'komentar', 'questionText'],
  value: ['value', 'viewerCount', 'jumlah'],
  msg_id: ['msg_id', 'msgId', 'common.msg_id'],
};
const TYPE_ALIASES: Record<string, EventType> = {
  comment: 'comment', chat: 'comment', komentar: 'comment',
  question: 'question', questionnew: 'question', pertanyaan: 'question',
  viewercount: 'viewer_count', roomuser: 'viewer_count', penonton: 'viewer_count',
  like: 'like', share: 'share', follow: 'follow', gift: 'gift',
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
  return content.split(/\r\n|\r|\n/).map((text, i) => ({ line: i + 1, text })).filter((l) => l.text.trim() !== '');
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
  const rejected: Rejected[] = unclosedAt ? [{ line: unclosedAt, reason: 'tanda kutip (") tidak ditutup; baris ini dan sesudahnya dilewati', content: '' }] : [];
  const records = body.map(({ line, cells }) => ({
    line, content: cells, fields: Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])),
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
    if (!m || !m[4].trim()) {
      rejected.push({ line, reason: 'bukan baris "nama: komentar"', content: excerpt(text) });
      continue;
    }
    const [, hh, mm, ss, who, said] = m;
    const name = who.trim();
    records.push({
      line, content: text,
      fields: {
        timestamp: hh ? `${hh.padStart(2, '0')}:${mm}${ss ? `:${ss}` : ''}` : '',
        type: 'comment', text: said,
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
    const found = chosen !== undefined ? headers.find((h) => h === chosen) :
      headers.find((h) => ALIASES[c].some((a) => squash(a) === squash(h)));
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
  const type: EventType | undefined = rawType === '' ? 'comment' : TYPE_ALIASES[rawType];
  if (!type) return reject(`jenis "${excerpt(text(get('type')))}" tidak dikenal`);
  const at = parseTimestamp(get('timestamp'), liveDate);
  if (at === undefined) return reject(`waktu "${excerpt(text(get('timestamp')))}" tidak dikenali`);
  const rawValue = text(get('value')).trim();
  const value = rawValue === '' ? null : Number(rawValue);
  const event: Event = {
    line: record.line, type, at, value,
    uniqueId: text(get('unique_id')).trim().replace(/^@/, ''), nickname: text(get('nickname')).trim(),
    text: text(get('text')), msgId: text(get('msg_id')).trim(),
  };
  if (type === 'comment' || type === 'question') {
    if (event.text.trim() === '') return reject('teks komentar kosong');
    if (event.text.length > MAX_TEXT) return reject(`komentar lebih dari ${MAX_TEXT} karakter`);
  }
  if (type === 'viewer_count') {
    if (value === null || !Number.isSafeInteger(value) || value < 0) return reject('jumlah penonton harus bilangan bulat tidak negatif');
    if (!at) return reject('jumlah penonton tanpa waktu');
  }
  return event;
}

/** Reads a file's events. `format` and `mapping` as the user chose them; otherwise detected. */
export function readEvents(content: string, liveDate: IsoDate, options: { format?: Format; mapping?: Mapping } = {}): ReadResult {
  const body = content.replace(/^\uFEFF/, '');
  const format = options.format ?? detectFormat(body);
  const read = format === 'csv' ? readCsv(body) : format === 'jsonl' ? readJsonLines(body) : { headers: [...CANONICAL], ...readPasted(body) };
  const mapping = format === 'text' ? resolveMapping(CANONICAL) : resolveMapping(read.headers, options.mapping);
  const needsMapping = !mapping.text && !(mapping.type && mapping.value);
  const result: ReadResult = {
    format, headers: format === 'text' ? [] : read.headers, mapping, needsMapping,
    lines: read.records.length + read.rejected.length, events: [], rejected: [...read.rejected],
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

/** cyrb53 (public domain): a 53-bit hash, so a key stays short however long the comment. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export const keyPrefix = (episodeId: string) => `${episodeId}|`;

/** Who wrote it, as TikTok shows it: "@akun", else the display name. */
export const handleOf = (e: Pick<Event, 'uniqueId' | 'nickname'>) => (e.uniqueId ? `@${e.uniqueId}` : e.nickname);

/**
 * One question from one account, however it was written down: the account without "@" and the text
 * ignoring case and spacing. A question typed by hand during the LIVE and then imported has the same key.
 */
export const sameQuestionKey = (handle: string, text: string): string =>
  `${handle.trim().replace(/^@/, '').toLowerCase()}\u0000${text.trim().replace(/\s+/g, ' ').toLowerCase()}`;

/** The message id, else the same user, text and minute; prefixed with the episode so one column serves all. */
export function dedupKey(episodeId: string, e: Pick<Event, 'msgId' | 'uniqueId' | 'nickname' | 'text' | 'at'>): string {
  if (e.msgId) return `${keyPrefix(episodeId)}m:${e.msgId}`;
  const minute = e.at ? wibDateTime(e.at) : '';
  return `${keyPrefix(episodeId)}k:${hash53([e.uniqueId || e.nickname, minute, e.text.trim()].join('\u0000'))}`;
}

// --- Question detection -------------------------------------------------------------------------

/** Lower case, letters and digits only, repeated letters once ("gimanaaa" → "gimana"). */
function words(s: string): string[] {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/(\p{L})\1+/gu, '$1').trim().split(' ').filter(Boolean);
}
const wordSet = (list: string) => new Set(list.split(' ').map((w) => words(w)[0]));
const phrases = (list: readonly string[]) => list.map((p) => ` ${words(p).join(' ')} `);

/** Question words that mark a question wherever they stand (tiktok-live.md's list and their slang). */
const ASKING = wordSet('apakah bagaimana gimana gmn gmna bgmn bgmna berapa brp brapa kapan kpn dimana dmn siapa kenapa knp napa mengapa bisakah bolehkah tanya nanya');
/** Words that ask only at the start of a comment ("cara daftar NIB", "bisa online?"). */
const LEADING = wordSet('apa bisa boleh cara caranya mana syarat syaratnya info');
/** Words that ask at the end ("syaratnya apa", "buka ga"). */
const TRAILING = wordSet('apa mana ga gak nggak ngga enggak gk');
const ASKING_PHRASES = phrases(['di mana', 'mohon info', 'minta info', 'info dong', 'mau tanya', 'bisa gak', 'bisa ga', 'bisa nggak', 'bisa tidak', 'boleh gak', 'boleh tidak']);
/** Greetings and forms of address skipped before the first word. */
const GREETING = wordSet('kak ka kakak min admin mimin pak bu bapak ibu mbak mba mas bang halo hai hi permisi maaf assalamualaikum salam selamat pagi siang sore');
/** Phrases that look like questions but ask nothing of the programme. */
const PHATIC = phrases(['apa kabar', 'bisa banget', 'bisa bgt', 'boleh banget', 'boleh bgt']);

/** Whether an Indonesian comment is likely a question, with or without "?". */
export function isLikelyQuestion(comment: string): boolean {
  if (/[?？]/.test(comment)) return true;
  let line = ` ${words(comment).join(' ')} `;
  for (const p of PHATIC) line = line.split(p).join(' ');
  const ws = line.trim().split(' ').filter(Boolean);
  let start = 0;
  while (start < ws.length && GREETING.has(ws[start])) start++;
  const body = ws.slice(start);
  if (!body.length) return false;
  return body.some((w) => ASKING.has(w)) || ASKING_PHRASES.some((p) => line.includes(p)) ||
    LEADING.has(body[0]) || TRAILING.has(body[body.length - 1]);
}

type Topic = (typeof QUESTION_TOPICS)[number];
/** Keywords per topic, tried in this order (an "izin koperasi" question is about permits). */
const TOPIC_WORDS: ReadonlyArray<[Topic, Set<string>]> = [
  ['perizinan/legalitas', wordSet('izin ijin perizinan nib legalitas legal sertifikat sertifikasi halal pirt bpom akta hukum npwp oss haki merek')],
  ['permodalan', wordSet('modal permodalan pinjaman pinjam kur kredit dana bantuan hibah bunga')],
  ['pemasaran', wordSet('jual jualan pasar pemasaran promosi marketing online marketplace ekspor harga pembeli branding')],
  ['produksi', wordSet('produksi bahan baku alat mesin kualitas kemasan resep olahan')],
  ['kelembagaan koperasi', wordSet('koperasi kopdes anggota rat pengurus pengawas shu simpanan pendirian mendirikan')],
];

/** A first guess at the question's topic; the user may change it. */
export function guessTopic(question: string): Topic {
  const ws = words(question);
  return TOPIC_WORDS.find(([, keys]) => ws.some((w) => keys.has(w)))?.[0] ?? 'lainnya';
}

// --- Planning an import ------------------------------------------------------------------------

export interface NewComment {
  key: string;
  time: string;
  uniqueId: string;
  nickname: string;
  text: string;
  msgId: string;
  question: boolean;
}

export interface ImportCounts {
  /** Non-blank lines after the header. */
  lines: number;
  /** New comments (questions included) to add. */
  comments: number;
  /** New comments that look like questions. */
  questions: number;
  /** New viewer counts (one per minute: the highest). */
  snapshots: number;
  /** Likes, shares, follows and gifts: counted, not stored. */
  other: number;
  beforeStart: number;
  /** Repeated within the file. */
  duplicates: number;
  /** Already in the register from an earlier import. */
  alreadyImported: number;
  rejected: number;
}

export interface ImportPlan {
  counts: ImportCounts;
  comments: NewComment[];
  snapshots: { time: string; viewers: number }[];
  totals: Record<Tally, number>;
  rejected: Rejected[];
}

export interface PlanContext {
  episodeId: string;
  liveDate: IsoDate;
  /** Events before this instant are TikTok's replay of older comments. */
  from: Date;
  existingKeys: ReadonlySet<string>;
  /** `YYYY-MM-DD HH:MM` of the episode's viewer counts already recorded. */
  existingMinutes: ReadonlySet<string>;
}

/** What an import would add: new comments and questions, one viewer count per minute, and why lines were left out. */
export function planImport(read: Pick<ReadResult, 'lines' | 'events' | 'rejected'>, ctx: PlanContext): ImportPlan {
  const rejected = [...read.rejected];
  const counts: ImportCounts = {
    lines: read.lines, comments: 0, questions: 0, snapshots: 0, other: 0, beforeStart: 0, duplicates: 0, alreadyImported: 0, rejected: 0,
  };
  const totals: Record<Tally, number> = { like: 0, share: 0, follow: 0, gift: 0 };
  const comments: NewComment[] = [];
  const seen = new Set<string>();
  const peaks = new Map<string, number>();
  for (const e of read.events) {
    if (e.at && e.at.getTime() < ctx.from.getTime()) {
      counts.beforeStart++;
      continue;
    }
    if (e.type === 'viewer_count') {
      const at = e.at as Date;
      if (wibDate(at) !== ctx.liveDate) {
        rejected.push({ line: e.line, reason: 'jumlah penonton di luar hari LIVE', content: String(e.value) });
        continue;
      }
      const minute = wibDateTime(at);
      peaks.set(minute, Math.max(peaks.get(minute) ?? 0, e.value as number));
      continue;
    }
    if (e.type !== 'comment' && e.type !== 'question') {
      counts.other++;
      totals[e.type] += e.value !== null && Number.isFinite(e.value) ? e.value : 1;
      continue;
    }
    const key = dedupKey(ctx.episodeId, e);
    if (ctx.existingKeys.has(key)) counts.alreadyImported++;
    else if (seen.has(key)) counts.duplicates++;
    else {
      seen.add(key);
      comments.push({
        key, time: e.at ? wibDateTime(e.at) : '', uniqueId: e.uniqueId, nickname: e.nickname, text: e.text, msgId: e.msgId,
        question: e.type === 'question' || isLikelyQuestion(e.text),
      });
    }
  }
  const snapshots = [...peaks].sort(([a], [b]) => a.localeCompare(b)).flatMap(([time, viewers]) => {
    if (!ctx.existingMinutes.has(time)) return [{ time, viewers }];
    counts.alreadyImported++;
    return [];
  });
  counts.comments = comments.length;
  counts.questions = comments.filter((c) => c.question).length;
  counts.snapshots = snapshots.length;
  counts.rejected = rejected.length;
  rejected.sort((a, b) => a.line - b.line);
  return { counts, comments, snapshots, totals, rejected };
}
