/**
 * Sidebar endpoints for the LIVE's records: figures from TikTok, viewer counts noted during the
 * LIVE, questions and answers, feedback, and the episode's recording page. Rules: domain/live.ts.
 */
import * as z from 'zod/mini';
import { currentEpisode, type Episode, EVIDENCE, isCancelled } from '../domain/episodes/episodes';
import { exclusionInWords } from '../domain/live/exclusion';
import { guessTopic, QUESTION_ID_PREFIX, type Question, questionStatus } from '../domain/live/questions';
import { FEEDBACK_ID_PREFIX, type Feedback, SOURCE } from '../domain/live/records';
import {
  liveTime,
  MAX_VIEWERS,
  METRIC_FIELDS,
  type MetricFigures,
  type Metrics,
  metricsErrors,
  metricsWarnings,
  replacedFigures,
  type ViewerCount,
} from '../domain/live/viewers';
import { formatDayDateId, wibDate, wibDateTime, wibTime } from '../domain/shared/dates';
import { nextIds } from '../domain/shared/ids';
import { formatNumberId } from '../domain/shared/numbers';
import { EXCLUSIONS, FEEDBACK_CHANNELS, QUESTION_STATUSES, QUESTION_TOPICS, SENTIMENTS } from '../domain/shared/schema';
import {
  collect,
  count,
  type FieldError,
  form,
  freeText,
  id,
  oneOf,
  optionalText,
  Refusal,
  refuse,
  url,
} from '../domain/shared/validation';
import { type Context, endpoint } from './endpoint';
import { findEpisode, openEpisode } from './shared/episodes';
import {
  type EpisodeSheet,
  episodeId,
  episodeRows,
  type LiveRecord,
  liveRecord,
  requireStarted,
  type Saved,
  saved,
  stamp,
} from './shared/live-record';

/** A time as the user typed it; checked against the episode's day once the episode is known. */
const timeText = (label: string) => z.string({ error: `${label} harus berupa teks.` });

/** The sidebar fills in the time from the user's own clock, which may run a little ahead of Google's. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** `YYYY-MM-DD HH:MM` of a time typed for this episode, or the refusal at `field`. */
function timeOf(ctx: Context, episode: Episode, value: string, field: string, label: string, sameDay: boolean): string | FieldError {
  const result = liveTime(value, episode.liveDate, label, sameDay);
  if ('problem' in result) return { field, message: result.problem };
  if (result.value > wibDateTime(new Date(ctx.now.getTime() + CLOCK_SKEW_MS)))
    return { field, message: `${label} ${result.value.slice(11)} belum terjadi.` };
  return result.value;
}

function mustTime(ctx: Context, episode: Episode, value: string, field: string, label: string, sameDay: boolean): string {
  const t = timeOf(ctx, episode, value, field, label, sameDay);
  return typeof t === 'string' ? t : refuse(t.field, t.message);
}

/** One viewer count per minute of the LIVE's day. */
const MAX_SNAPSHOTS = 24 * 60;
const figure = (label: string, max?: number) => z.optional(z.nullable(count(label, max)));
const snapshotInput = z.object(
  { time: timeText('Waktu'), viewers: count('Jumlah penonton', MAX_VIEWERS) },
  { error: 'Catatan jumlah penonton tidak sah.' },
);

export const recordLiveMetrics = endpoint(
  form({
    episodeId,
    totalViewers: count('Total penonton', MAX_VIEWERS),
    peakViewers: count('Penonton puncak', MAX_VIEWERS),
    uniqueViewers: figure('Penonton unik', MAX_VIEWERS),
    avgWatchSeconds: figure('Rata-rata lama menonton'),
    durationMinutes: figure('Durasi'),
    newFollowers: figure('Pengikut baru'),
    comments: figure('Jumlah komentar'),
    likes: figure('Jumlah suka'),
    shares: figure('Jumlah dibagikan'),
    gifts: figure('Jumlah hadiah'),
    snapshots: z.optional(
      z
        .array(snapshotInput, { error: 'Catatan jumlah penonton harus berupa daftar.' })
        .check(z.maxLength(MAX_SNAPSHOTS, `Catatan jumlah penonton paling banyak ${formatNumberId(MAX_SNAPSHOTS)} (satu per menit).`)),
    ),
    evidenceUrl: z.optional(url('Tautan bukti')),
  }),
  (input, ctx): Saved => {
    const { row: episode } = openEpisode(ctx, input.episodeId);
    requireStarted(ctx, episode);
    const figures = Object.fromEntries(METRIC_FIELDS.map((f) => [f, input[f] ?? null])) as MetricFigures;
    const errors = metricsErrors(figures);
    const times = (input.snapshots ?? []).map((s, i) => {
      const t = timeOf(ctx, episode, s.time, `snapshots.${i}.time`, 'Waktu', true);
      if (typeof t !== 'string') errors.push(t);
      return t;
    });
    times.forEach((t, i) => {
      if (typeof t === 'string' && times.indexOf(t) !== i)
        errors.push({ field: `snapshots.${i}.time`, message: `Waktu ${t.slice(11)} tercatat dua kali.` });
    });
    if (errors.length) throw new Refusal(errors);

    const metrics = episodeRows(ctx, 'metrics', episode);
    const old = metrics.all();
    const row: Metrics = { episodeId: episode.id, ...figures, evidenceUrl: input.evidenceUrl ?? '', ...stamp(ctx) };
    // Saving again replaces: the first row is updated, copies made by hand are removed.
    if (old.length) {
      metrics.update(old[0].index, row);
      metrics.remove(old.slice(1).map((s) => s.index));
    } else metrics.append(row);

    const counts = episodeRows(ctx, 'viewerCounts', episode);
    const oldSnapshots = counts.all();
    let snapshots = oldSnapshots.map((s) => s.row);
    if (input.snapshots) {
      counts.remove(oldSnapshots.map((s) => s.index));
      snapshots = input.snapshots.map((s, i) => ({
        episodeId: episode.id,
        time: times[i] as string,
        viewers: s.viewers,
        source: SOURCE.manual,
        ...stamp(ctx),
        excluded: '',
      }));
      counts.append(...snapshots);
    }
    metricsWarnings(figures, snapshots).forEach(ctx.warn);
    ctx.audit(
      old.length ? 'ubah angka LIVE' : 'catat angka LIVE',
      episode.id,
      old.length || input.snapshots
        ? { metrics: old.map((s) => s.row), ...(input.snapshots ? { snapshots: oldSnapshots.map((s) => s.row) } : {}) }
        : undefined,
      { metrics: row, ...(input.snapshots ? { snapshots } : {}) },
    );
    const replaced = old.length ? { replaced: replacedFigures(old[old.length - 1].row, figures) } : {};
    return { ...saved(ctx, episode, EVIDENCE.metrics), ...replaced };
  },
  { write: true },
);

export const recordViewerCount = endpoint(
  form({ episodeId, viewers: count('Jumlah penonton', MAX_VIEWERS), time: z.optional(timeText('Waktu')) }),
  (input, ctx): Saved => {
    const { row: episode } = openEpisode(ctx, input.episodeId);
    requireStarted(ctx, episode);
    if (input.time === undefined && wibDate(ctx.now) !== episode.liveDate) {
      refuse('time', `Hari ini bukan hari LIVE episode ${episode.id} (${formatDayDateId(episode.liveDate)}); isi waktunya.`);
    }
    const time = mustTime(ctx, episode, input.time ?? wibTime(ctx.now), 'time', 'Waktu', true);
    const counts = episodeRows(ctx, 'viewerCounts', episode);
    const row: ViewerCount = { episodeId: episode.id, time, viewers: input.viewers, source: SOURCE.manual, ...stamp(ctx), excluded: '' };
    // One count per minute: typing the same minute again corrects it.
    const same = counts.find((s) => s.time === time);
    if (same) counts.update(same.index, row);
    else counts.append(row);
    ctx.audit('catat jumlah penonton', `${episode.id} ${time}`, same?.row, row);
    // Counted during the LIVE: offering to close the LIVE's stages then would come too early.
    const before = same?.row.viewers;
    const replaced = same ? { replaced: before === input.viewers ? '' : before == null ? 'kosong' : formatNumberId(before) } : {};
    return { ...saved(ctx, episode, [], time), ...replaced };
  },
  { write: true },
);

export const saveQuestion = endpoint(
  form({
    id: z.optional(id('ID pertanyaan')),
    episodeId,
    question: z.optional(freeText('Pertanyaan', 2000)),
    askerHandle: optionalText('Penanya', 200),
    askedAt: z.optional(timeText('Waktu bertanya')),
    answer: optionalText('Jawaban', 5000),
    answeredBy: optionalText('Dijawab oleh', 200),
    status: z.optional(oneOf('Status', QUESTION_STATUSES)),
    topic: z.optional(oneOf('Topik', QUESTION_TOPICS)),
  }),
  (input, ctx): Saved => {
    const { row: episode } = openEpisode(ctx, input.episodeId);
    // The question's own row is read too: a wrong episode is refused by name, not as "not found".
    const table = ctx.register.table('questions', {
      where: { episodeId: [episode.id], ...(input.id ? { id: [input.id] } : {}) },
      columns: ['id'],
    });
    const found = input.id ? (table.find((q) => q.id === input.id) ?? refuse('id', `Pertanyaan ${input.id} tidak ditemukan.`)) : undefined;
    if (found && found.row.episodeId !== episode.id)
      refuse('id', `Pertanyaan ${found.row.id} tercatat pada episode ${found.row.episodeId}, bukan ${episode.id}.`);
    requireStarted(ctx, episode);
    const errors: FieldError[] = [];
    if (!found && input.question === undefined) errors.push({ field: 'question', message: 'Pertanyaan wajib diisi.' });
    // On an edit, a field left out keeps its value; an empty one is cleared.
    const before = found?.row;
    const askedAt =
      input.askedAt === undefined
        ? (before?.askedAt ?? '')
        : input.askedAt.trim() === ''
          ? ''
          : (collect(errors, () => mustTime(ctx, episode, input.askedAt as string, 'askedAt', 'Waktu bertanya', false)) ?? '');
    const question = input.question ?? (before?.question as string);
    const answer = input.answer ?? before?.answer ?? '';
    const status = input.status ?? questionStatus(answer, before?.status);
    if (status === 'terjawab' && !answer.trim()) errors.push({ field: 'answer', message: 'Jawaban wajib diisi bila status "terjawab".' });
    if (errors.length) throw new Refusal(errors);
    const row: Question = {
      id: before?.id ?? nextIds(QUESTION_ID_PREFIX, table.texts('id'))[0],
      episodeId: episode.id,
      question,
      askedAt,
      answer,
      status,
      askerHandle: input.askerHandle ?? before?.askerHandle ?? '',
      answeredBy: input.answeredBy ?? before?.answeredBy ?? '',
      topic: input.topic ?? before?.topic ?? guessTopic(question),
      source: before?.source ?? SOURCE.manual,
      recordedBy: before?.recordedBy ?? ctx.user,
      recordedAt: before?.recordedAt ?? wibDateTime(ctx.now),
      excluded: before?.excluded ?? '',
    };
    if (found) table.update(found.index, row);
    else table.append(row);
    ctx.audit(found ? 'ubah pertanyaan' : 'catat pertanyaan', row.id, before, row);
    return saved(ctx, episode, EVIDENCE.questions, row.id);
  },
  { write: true },
);

export const saveFeedback = endpoint(
  form({
    episodeId,
    channel: oneOf('Saluran', FEEDBACK_CHANNELS),
    text: freeText('Isi umpan balik', 5000),
    sentiment: z.optional(oneOf('Sentimen', SENTIMENTS)),
  }),
  (input, ctx): Saved => {
    const { row: episode } = openEpisode(ctx, input.episodeId);
    requireStarted(ctx, episode);
    const table = episodeRows(ctx, 'feedback', episode, 'with ids');
    const row: Feedback = {
      id: nextIds(FEEDBACK_ID_PREFIX, table.texts('id'))[0],
      episodeId: episode.id,
      channel: input.channel,
      text: input.text,
      sentiment: input.sentiment ?? '',
      ...stamp(ctx),
      excluded: '',
    };
    table.append(row);
    ctx.audit('catat umpan balik', row.id, undefined, row);
    return saved(ctx, episode, EVIDENCE.feedback, row.id);
  },
  { write: true },
);

/** Without an episode: the one the recording page opens on by the server's date (currentEpisode). */
export const getLiveRecord = endpoint(
  form({ episodeId: z.optional(episodeId) }),
  (input, ctx): LiveRecord => {
    if (input.episodeId) return liveRecord(ctx, findEpisode(ctx, input.episodeId).row);
    const held = ctx.register
      .table('episodes')
      .rows()
      .filter((e) => !isCancelled(e))
      .sort((a, b) => a.liveDate.localeCompare(b.liveDate));
    return liveRecord(ctx, currentEpisode(held, wibDate(ctx.now)) ?? refuse('episodeId', 'Belum ada episode yang dijadwalkan.'));
  },
  { write: false },
);

/** The records a user may exclude or delete; a viewer count is named by its time (one per minute). */
const recordInput = form({
  episodeId,
  sheet: oneOf('Jenis data', ['questions', 'viewerCounts', 'feedback'] as const),
  id: id('ID data'),
});
const RECORD_LABELS: Record<EpisodeSheet, string> = { questions: 'Pertanyaan', viewerCounts: 'Jumlah penonton', feedback: 'Umpan balik' };

/** The episode's record named by `input`, in its scoped table; refused by name when it is not there. */
function findRecord(ctx: Context, input: { episodeId: string; sheet: EpisodeSheet; id: string }) {
  const { row: episode } = openEpisode(ctx, input.episodeId);
  const table = episodeRows(ctx, input.sheet, episode);
  const key = (row: Record<string, unknown>) => String(input.sheet === 'viewerCounts' ? row.time : row.id);
  const found =
    table.find((row) => key(row) === input.id) ??
    refuse('id', `${RECORD_LABELS[input.sheet]} ${input.id} tidak ditemukan pada episode ${episode.id}.`);
  return { episode, table, found, label: `${RECORD_LABELS[input.sheet]} ${input.id}` };
}

/**
 * Leaves a record out of reports, percentages and the "took place" rule (spam, a duplicate, a comment that
 * is no question), or counts it again (`reason` empty). The row stays in its sheet; the audit log keeps the change.
 */
export const excludeRecord = endpoint(
  z.extend(recordInput, { reason: z.string({ error: 'Alasan harus berupa teks.' }) }),
  (input, ctx): Saved => {
    const { episode, table, found, label } = findRecord(ctx, input);
    const reasons: readonly string[] = EXCLUSIONS[input.sheet];
    if (input.reason !== '' && !reasons.includes(input.reason))
      refuse('reason', `Alasan harus salah satu dari: ${reasons.map(exclusionInWords).join('; ')}.`);
    if (found.row.excluded === input.reason)
      refuse('reason', input.reason ? `${label} sudah dikecualikan: ${exclusionInWords(input.reason)}.` : `${label} sudah dihitung.`);
    table.update(found.index, { excluded: input.reason });
    ctx.audit(input.reason ? 'kecualikan data' : 'sertakan kembali data', `${episode.id} ${label}`, found.row, {
      ...found.row,
      excluded: input.reason,
    });
    return saved(ctx, episode, []);
  },
  { write: true },
);

/** Deletes a record typed by mistake; the audit log keeps the whole row. */
export const deleteRecord = endpoint(
  recordInput,
  (input, ctx): Saved => {
    const { episode, table, found, label } = findRecord(ctx, input);
    table.remove([found.index]);
    ctx.audit('hapus data', `${episode.id} ${label}`, found.row, undefined);
    return saved(ctx, episode, []);
  },
  { write: true },
);
