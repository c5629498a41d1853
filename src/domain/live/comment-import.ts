/**
 * What importing a read capture adds to an episode: new comments (de-duplicated against earlier imports),
 * questions among them, one viewer count per minute. Pure: no Google service.
 */
import { type IsoDate, wibDate, wibDateTime } from '../shared/dates';
import type { Event, ReadResult, Rejected, Tally } from './comment-file';
import { isLikelyQuestion } from './questions';

/**
 * New comments written per call: a bigger file is committed in several calls (the sidebar repeats
 * it; each call skips what the previous ones wrote), so no call holds the register for long.
 */
export const COMMIT_BATCH = 3_000;
/** How much of the preview travels back to the sidebar: every detected question, a page at a time; the first rejected lines. */
export const QUESTIONS_PER_PAGE = 50;
export const PREVIEW_REJECTED = 100;

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
    lines: read.lines,
    comments: 0,
    questions: 0,
    snapshots: 0,
    other: 0,
    beforeStart: 0,
    duplicates: 0,
    alreadyImported: 0,
    rejected: 0,
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
        key,
        time: e.at ? wibDateTime(e.at) : '',
        uniqueId: e.uniqueId,
        nickname: e.nickname,
        text: e.text,
        msgId: e.msgId,
        question: e.type === 'question' || isLikelyQuestion(e.text),
      });
    }
  }
  const snapshots = [...peaks]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([time, viewers]) => {
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
