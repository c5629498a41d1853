/**
 * The comment import endpoint. Reading, de-duplication and question detection live in
 * domain/comments.ts; this module finds what is already on record and writes one batch per sheet.
 */
import * as z from 'zod/mini';
import { type Episode, timesOf } from '../domain/episodes/episodes';
import {
  CANONICAL,
  FORMATS,
  type Format,
  MAX_CONTENT_CHARS,
  MAX_LINES,
  type Mapping,
  type Rejected,
  readEvents,
} from '../domain/live/comment-file';
import {
  COMMIT_BATCH,
  handleOf,
  type ImportCounts,
  keyPrefix,
  PREVIEW_REJECTED,
  planImport,
  QUESTIONS_PER_PAGE,
  sameQuestionKey,
} from '../domain/live/comment-import';
import { guessTopic, QUESTION_ID_PREFIX } from '../domain/live/questions';
import { SOURCE } from '../domain/live/records';
import { wibDateTime, wibInstant } from '../domain/shared/dates';
import { nextIds } from '../domain/shared/ids';
import { formatNumberId } from '../domain/shared/numbers';
import { form, oneOf, Refusal, refuse, time } from '../domain/shared/validation';
import { type Context, endpoint } from './endpoint';
import { openEpisode } from './shared/episodes';
import { episodeId, episodeRows, requireStarted, type Saved, saved, stamp } from './shared/live-record';

export interface ImportPreview {
  format: Format;
  /** The file's column names (CSV) or keys (JSON Lines), for the mapping step. */
  headers: string[];
  mapping: Mapping;
  needsMapping: boolean;
  /** `HH:MM`: events before it were left out. */
  from: string;
  counts: ImportCounts;
  totals: Record<'like' | 'share' | 'follow' | 'gift', number>;
  /**
   * One page (QUESTIONS_PER_PAGE) of the new comments that look like questions, in file order; `key` can be sent
   * back in `skipQuestions`. Every one of them is reachable by `questionPage`.
   */
  questions: { key: string; time: string; user: string; text: string }[];
  /** All questions listed over the pages, the page shown (from 1) and the number of pages. */
  questionTotal: number;
  questionPage: number;
  questionPages: number;
  /** Questions in the file already typed by hand (same account, same text): not recorded again. */
  alreadyTyped: number;
  /** The first lines left out, with the reason. */
  rejected: Rejected[];
}

type Added = { comments: number; questions: number; snapshots: number };
/**
 * A commit writes at most COMMIT_BATCH new comments: while `remaining` is above zero the sidebar calls
 * again with the same input, and only the last call redraws the recording page.
 */
export type ImportResult = ImportPreview &
  (
    | { committed: false }
    | { committed: true; added: Added; remaining: number; record?: undefined }
    | ({ committed: true; added: Added; remaining: 0 } & Saved)
  );

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'Isi berkas wajib diisi.' : 'Isi berkas harus berupa teks.') })
  .check(
    z.refine((s) => s.trim() !== '', 'Isi berkas wajib diisi.'),
    z.maxLength(MAX_CONTENT_CHARS, `Isi berkas paling banyak ${formatNumberId(MAX_CONTENT_CHARS)} karakter; bagi berkasnya.`),
  );

/**
 * The de-duplication keys already in "Komentar" for this episode. The import ledger says where
 * earlier imports put their rows, so only that span of one column is read; if rows were moved or
 * deleted by hand the count disagrees and the whole key column is read once instead.
 */
function importedKeys(ctx: Context, episode: Episode): Set<string> {
  const ledger = episodeRows(ctx, 'imports', episode)
    .rows()
    .filter((i) => (i.comments ?? 0) > 0);
  const expected = ledger.reduce((sum, i) => sum + (i.comments ?? 0), 0);
  if (!expected) return new Set();
  const log = ctx.register.log('comments');
  const own = (cells: string[]) => new Set(cells.filter((k) => k.startsWith(keyPrefix(episode.id))));
  if (ledger.every((i) => i.firstRow !== null)) {
    const from = Math.min(...ledger.map((i) => i.firstRow as number));
    const to = Math.max(...ledger.map((i) => (i.firstRow as number) + (i.comments as number) - 1));
    const keys = own(log.column('dedupKey', Math.max(from, 2), Math.min(to, log.nextRow() - 1)));
    if (keys.size === expected) return keys;
  }
  return own(log.column('dedupKey'));
}

export const importComments = endpoint(
  form({
    episodeId,
    content: text,
    format: z.optional(oneOf('Format', FORMATS)),
    mapping: z.optional(
      z.partialRecord(
        z.enum(CANONICAL, { error: `Pemetaan kolom hanya untuk: ${CANONICAL.join(', ')}.` }),
        z.string({ error: 'Pemetaan kolom harus berupa nama kolom (teks).' }),
        { error: 'Pemetaan kolom tidak sah.' },
      ),
    ),
    from: z.optional(time('Abaikan sebelum jam')),
    commit: z.boolean({ error: 'Pilihan "simpan" harus ya atau tidak.' }),
    skipQuestions: z.optional(
      z.array(z.string({ error: 'Pertanyaan yang dilewati harus berupa teks.' }), { error: 'Daftar pertanyaan yang dilewati tidak sah.' }),
    ),
    questionPage: z.optional(
      z.int({ error: 'Halaman pertanyaan harus bilangan bulat.' }).check(z.minimum(1, 'Halaman pertanyaan dimulai dari 1.')),
    ),
  }),
  (input, ctx): ImportResult => {
    const { row: episode } = openEpisode(ctx, input.episodeId);
    requireStarted(ctx, episode);
    const read = readEvents(input.content, episode.liveDate, { format: input.format, mapping: input.mapping });
    if (read.lines > MAX_LINES) {
      refuse(
        'content',
        `Berkas berisi ${formatNumberId(read.lines)} baris; paling banyak ${formatNumberId(MAX_LINES)} baris sekali impor. Bagi berkasnya.`,
      );
    }
    if (read.format !== 'text' && !read.headers.length) {
      // Nothing to preview or map: not one line could be read in this format.
      const first = read.rejected[0];
      refuse(
        'content',
        `Tidak ada baris yang dapat dibaca${first ? ` (baris ${first.line}: ${first.reason})` : ''}. Periksa isi dan format berkasnya.`,
      );
    }
    const unknown =
      read.format === 'text' ? [] : Object.entries(input.mapping ?? {}).filter(([, h]) => h !== '' && !read.headers.includes(h));
    if (unknown.length)
      throw new Refusal(unknown.map(([c, h]) => ({ field: `mapping.${c}`, message: `Kolom "${h}" tidak ada di berkas.` })));

    const from = input.from ?? timesOf(episode, ctx.settings()).liveStart;
    const counts = episodeRows(ctx, 'viewerCounts', episode);
    const plan = planImport(read, {
      episodeId: episode.id,
      liveDate: episode.liveDate,
      from: wibInstant(episode.liveDate, from),
      existingKeys: read.needsMapping ? new Set() : importedKeys(ctx, episode),
      existingMinutes: new Set(counts.rows().map((s) => s.time)),
    });
    // A question typed by hand during the LIVE comes back in the file: it is not recorded a second time.
    const table = episodeRows(ctx, 'questions', episode, 'with ids');
    const typedKeys = new Set(
      table
        .rows()
        .filter((q) => q.source === SOURCE.manual && q.askerHandle.trim())
        .map((q) => sameQuestionKey(q.askerHandle, q.question)),
    );
    const typed = (c: (typeof plan.comments)[number]) => typedKeys.has(sameQuestionKey(handleOf(c), c.text));
    const alreadyTyped = plan.comments.filter((c) => c.question && typed(c));
    if (alreadyTyped.length) {
      ctx.warn(
        `${formatNumberId(alreadyTyped.length)} pertanyaan di berkas sudah dicatat manual (akun dan isi sama) dan tidak dicatat lagi: ` +
          `${alreadyTyped
            .slice(0, 3)
            .map((c) => `${handleOf(c)} "${c.text.length > 60 ? `${c.text.slice(0, 60)}…` : c.text}"`)
            .join('; ')}${alreadyTyped.length > 3 ? '; …' : ''}.`,
      );
    }
    const listed = plan.comments.filter((c) => c.question && !typed(c));
    const questionPages = Math.max(1, Math.ceil(listed.length / QUESTIONS_PER_PAGE));
    const questionPage = Math.min(input.questionPage ?? 1, questionPages);
    const preview: ImportPreview = {
      format: read.format,
      headers: read.headers,
      mapping: read.mapping,
      needsMapping: read.needsMapping,
      from,
      // The questions to be recorded: those typed by hand are counted apart.
      counts: { ...plan.counts, questions: plan.counts.questions - alreadyTyped.length },
      totals: plan.totals,
      alreadyTyped: alreadyTyped.length,
      questions: listed
        .slice((questionPage - 1) * QUESTIONS_PER_PAGE, questionPage * QUESTIONS_PER_PAGE)
        .map((c) => ({ key: c.key, time: c.time, user: handleOf(c), text: c.text })),
      questionTotal: listed.length,
      questionPage,
      questionPages,
      rejected: plan.rejected.slice(0, PREVIEW_REJECTED),
    };
    if (!input.commit) return { ...preview, committed: false };
    if (read.needsMapping) refuse('mapping', 'Pilih dulu kolom yang berisi teks komentar (atau jenis dan jumlah penonton).');

    const skip = new Set(input.skipQuestions ?? []);
    const batch = plan.comments.slice(0, COMMIT_BATCH);
    const remaining = plan.comments.length - batch.length;
    const questions = batch.filter((c) => c.question && !skip.has(c.key) && !typed(c));
    const added = { comments: batch.length, questions: questions.length, snapshots: plan.snapshots.length };
    if (!added.comments && !added.snapshots) {
      ctx.warn('Tidak ada data baru: semua komentar dan jumlah penonton di berkas ini sudah tercatat atau dilewati.');
      return { ...preview, committed: true, added, remaining: 0, ...saved(ctx, episode, []) };
    }
    const log = ctx.register.log('comments');
    const firstRow = log.nextRow();
    log.append(
      ...batch.map((c) => ({
        episodeId: episode.id,
        time: c.time,
        uniqueId: c.uniqueId,
        nickname: c.nickname,
        text: c.text,
        msgId: c.msgId,
        dedupKey: c.key,
      })),
    );
    const ids = nextIds(QUESTION_ID_PREFIX, table.texts('id'), questions.length);
    table.append(
      ...questions.map((c, i) => ({
        id: ids[i],
        episodeId: episode.id,
        question: c.text,
        askerHandle: handleOf(c),
        askedAt: c.time,
        answer: '',
        answeredBy: '',
        status: 'belum dijawab' as const,
        topic: guessTopic(c.text),
        source: SOURCE.import,
        ...stamp(ctx),
        excluded: '',
      })),
    );
    counts.append(...plan.snapshots.map((s) => ({ episodeId: episode.id, ...s, source: SOURCE.import, ...stamp(ctx), excluded: '' })));
    episodeRows(ctx, 'imports', episode).append({
      episodeId: episode.id,
      importedAt: wibDateTime(ctx.now),
      importedBy: ctx.user,
      format: read.format,
      firstRow,
      ...added,
    });
    ctx.audit('impor komentar', episode.id, undefined, { format: read.format, from, counts: plan.counts, added, remaining });
    if (remaining) return { ...preview, committed: true, added, remaining };
    // The stages the whole file serves: an earlier call of the same import may have written its viewer counts.
    const stages = [
      ...(added.comments ? ['tanya_jawab' as const] : []),
      ...(read.events.some((e) => e.type === 'viewer_count') ? ['pemantauan_penonton' as const] : []),
    ];
    return { ...preview, committed: true, added, remaining: 0, ...saved(ctx, episode, stages) };
  },
  { write: true },
);
