/**
 * What a LIVE leaves on record: the figures read from TikTok afterwards, viewer counts noted during
 * it, questions and answers, feedback; which SOP stage each record belongs to, and what an episode
 * has recorded or still misses. Pure: no Google service.
 */
import { formatDateId, formatTimeId, isIsoDate, isTime, type IsoDate } from '../shared/dates';
import { recordedStages, type StageStatus } from '../episodes/episodes';
import { formatNumberId, formatPercentId, roundHalfUp } from '../shared/numbers';
import { isAnswered } from '../reports/figures';
import type { Row } from '../shared/schema';
import type { StageKey } from '../shared/sop';
import type { FieldError, Normalised } from '../shared/validation';

export type Metrics = Row<'metrics'>;
export type Snapshot = Row<'viewerCounts'>;
export type Question = Row<'questions'>;
export type Feedback = Row<'feedback'>;
export type Evaluation = Row<'evaluations'>;
export type Action = Row<'actions'>;
export type CommentImport = Row<'imports'>;

/** Counts in reports, percentages and the "took place" rule: not marked in "Dikecualikan" (spam, a duplicate, not a question…). */
export const isIncluded = (row: { excluded: string }): boolean => row.excluded.trim() === '';

/** The sheets whose records show an episode's stages done (see recordedStages). */
export interface RecordRows {
  metrics: readonly Pick<Metrics, 'episodeId'>[];
  viewerCounts: readonly Pick<Snapshot, 'episodeId' | 'excluded' | 'viewers'>[];
  questions: readonly Pick<Question, 'episodeId' | 'excluded'>[];
  feedback: readonly Pick<Feedback, 'episodeId' | 'excluded'>[];
  evaluations: readonly Pick<Evaluation, 'episodeId'>[];
}

/** Per episode, the stages its records show done: `recordedStages` over the rows, excluded ones left out. */
export function recordedByEpisode(rows: RecordRows): Map<string, StageKey[]> {
  const has = (list: readonly { episodeId: string }[]) => new Set(list.map((r) => r.episodeId));
  const on = {
    metrics: has(rows.metrics), evaluation: has(rows.evaluations),
    viewerCounts: has(rows.viewerCounts.filter((c) => isIncluded(c) && c.viewers !== null)),
    questions: has(rows.questions.filter(isIncluded)), feedback: has(rows.feedback.filter(isIncluded)),
  };
  const ids = new Set(Object.values(on).flatMap((set) => [...set]));
  return new Map([...ids].map((id) => [id, recordedStages({
    metrics: on.metrics.has(id), viewerCounts: on.viewerCounts.has(id), questions: on.questions.has(id),
    feedback: on.feedback.has(id), evaluation: on.evaluation.has(id),
  })]));
}

export const QUESTION_ID_PREFIX = 'TJ';
export const FEEDBACK_ID_PREFIX = 'UB';
export const SOURCE = { manual: 'manual', import: 'impor' } as const;

/** The figures TikTok shows for a finished LIVE, as "Angka LIVE" holds them. */
export const METRIC_FIELDS = [
  'totalViewers', 'peakViewers', 'uniqueViewers', 'avgWatchSeconds', 'durationMinutes',
  'newFollowers', 'comments', 'likes', 'shares', 'gifts',
] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];
export type MetricFigures = Record<MetricField, number | null>;

/**
 * A time of the LIVE: `HH:MM` (on the LIVE's day) or `YYYY-MM-DD HH:MM`, as `YYYY-MM-DD HH:MM`.
 * `sameDay` refuses another day (viewer counts are noted during the LIVE).
 */
export function liveTime(value: string, liveDate: IsoDate, label: string, sameDay: boolean): Normalised {
  const s = value.trim();
  if (isTime(s)) return { value: `${liveDate} ${s}` };
  const [date, time, extra] = s.split(' ');
  if (extra !== undefined || !isIsoDate(date) || !isTime(time ?? '')) {
    return { problem: `${label} harus jam (JJ:MM) atau tanggal dan jam (TTTT-BB-HH JJ:MM).` };
  }
  if (sameDay && date !== liveDate) return { problem: `${label} harus pada hari LIVE, ${formatDateId(liveDate)}.` };
  return { value: `${date} ${time}` };
}

/** Refusals for figures that contradict each other: the peak is one moment of all views. */
export function metricsErrors(m: MetricFigures): FieldError[] {
  if (m.peakViewers !== null && m.totalViewers !== null && m.peakViewers > m.totalViewers) {
    return [{ field: 'peakViewers', message: `Penonton puncak (${formatNumberId(m.peakViewers)}) tidak boleh lebih dari total penonton (${formatNumberId(m.totalViewers)}).` }];
  }
  return [];
}

/** Oddities worth a second look, not a refusal (TikTok counts these in ways it does not document). */
export function metricsWarnings(m: MetricFigures, snapshots: readonly Pick<Snapshot, 'viewers' | 'time'>[]): string[] {
  const warnings: string[] = [];
  if (m.uniqueViewers !== null && m.totalViewers !== null && m.uniqueViewers > m.totalViewers) {
    warnings.push('Penonton unik lebih banyak dari total penonton; periksa kembali angka dari TikTok.');
  }
  const highest = highestSnapshot(snapshots);
  if (highest && m.peakViewers !== null && (highest.viewers ?? 0) > m.peakViewers) {
    warnings.push(`Jumlah penonton yang dicatat pukul ${formatTimeId(highest.time.slice(11))} (${formatNumberId(highest.viewers ?? 0)}) lebih dari penonton puncak; periksa kembali.`);
  }
  return warnings;
}

export function highestSnapshot<S extends Pick<Snapshot, 'viewers' | 'time'>>(snapshots: readonly S[]): S | undefined {
  return snapshots.reduce<S | undefined>((best, s) => (!best || (s.viewers ?? 0) > (best.viewers ?? 0) ? s : best), undefined);
}

export interface QuestionStats {
  total: number;
  /** Answered or followed up (report-figures.ts's definition, so the reports say the same). */
  answered: number;
  followedUp: number;
  open: number;
  /** `answered` of `total` in percent with one decimal; null without questions. */
  answeredPercent: number | null;
}

/** Over the questions that count (see isIncluded). */
export function questionStats(all: readonly Question[]): QuestionStats {
  const questions = all.filter(isIncluded);
  const total = questions.length;
  const answered = questions.filter(isAnswered).length;
  return {
    total, answered, followedUp: questions.filter((q) => q.status === 'ditindaklanjuti').length, open: total - answered,
    answeredPercent: total ? roundHalfUp((answered * 100) / total, 1) : null,
  };
}

/** The status when the user chose none: "ditindaklanjuti" stays, otherwise it follows the answer. */
export function questionStatus(answer: string, previous?: Question['status']): Question['status'] {
  if (previous === 'ditindaklanjuti') return previous;
  return answer.trim() ? 'terjawab' : 'belum dijawab';
}

/** Saving a record offers to mark its stage done (one click) instead of doing it silently. */
export interface StageSuggestion {
  stage: StageKey;
  title: string;
}

/** The stages among `keys` not done yet. */
export function suggestions(stages: readonly RecordStage[], keys: readonly StageKey[]): StageSuggestion[] {
  return stages.filter((s) => keys.includes(s.key) && s.status !== 'selesai').map(({ key, title }) => ({ stage: key, title }));
}

export type RecordKey = 'viewerCounts' | 'metrics' | 'questions' | 'comments' | 'feedback' | 'evaluation';

/** One kind of record of an episode: there or not yet, with a one-line summary. */
export interface RecordItem {
  key: RecordKey;
  label: string;
  stage: StageKey;
  recorded: boolean;
  /** Comment capture is optional (tiktok-live.md): never counted as missing. */
  optional: boolean;
  detail: string;
}

export interface EpisodeRecords {
  metrics: Metrics | null;
  snapshots: readonly Snapshot[];
  stats: QuestionStats;
  imports: readonly CommentImport[];
  feedback: readonly Feedback[];
  evaluation: Evaluation | null;
  actions: readonly Action[];
}

/** The episode's records in SOP order, saying what is there and what is missing (excluded records not counted). */
export function recordItems(r: EpisodeRecords): RecordItem[] {
  const n = formatNumberId;
  // Records excluded from reports are not counted here either.
  const snapshots = r.snapshots.filter(isIncluded);
  const feedback = r.feedback.filter(isIncluded);
  const highest = highestSnapshot(snapshots);
  const imported = r.imports.reduce((sum, i) => sum + (i.comments ?? 0), 0);
  const open = r.actions.filter((a) => a.status !== 'selesai').length;
  const item = (key: RecordKey, label: string, stage: StageKey, recorded: boolean, detail: string, optional = false): RecordItem =>
    ({ key, label, stage, recorded, optional, detail });
  return [
    item('questions', 'Tanya jawab', 'tanya_jawab', r.stats.total > 0, r.stats.total
      ? `${n(r.stats.total)} pertanyaan, ${n(r.stats.answered)} terjawab (${formatPercentId(r.stats.answered, r.stats.total)})` +
        (r.stats.open ? `, ${n(r.stats.open)} belum dijawab` : '')
      : 'Belum ada pertanyaan yang dicatat.'),
    item('comments', 'Komentar diimpor (opsional)', 'tanya_jawab', imported > 0,
      imported ? `${n(imported)} komentar dari ${n(r.imports.length)} kali impor` : 'Belum ada komentar yang diimpor.', true),
    item('viewerCounts', 'Jumlah penonton selama LIVE', 'pemantauan_penonton', snapshots.length > 0, highest
      ? `${n(snapshots.length)} catatan, tertinggi ${n(highest.viewers ?? 0)} pukul ${formatTimeId(highest.time.slice(11))}`
      : 'Belum ada catatan jumlah penonton.'),
    item('metrics', 'Angka LIVE dari TikTok', 'pemantauan_penonton', r.metrics !== null, r.metrics
      ? `Total ${n(r.metrics.totalViewers ?? 0)} penonton, puncak ${n(r.metrics.peakViewers ?? 0)}`
      : 'Belum dicatat.'),
    item('feedback', 'Umpan balik', 'pengumpulan_feedback', feedback.length > 0,
      feedback.length ? `${n(feedback.length)} umpan balik` : 'Belum ada umpan balik.'),
    item('evaluation', 'Hasil evaluasi', 'pencatatan_evaluasi', r.evaluation !== null, r.evaluation
      ? `Rapat ${formatDateId(r.evaluation.meetingDate)}; ${n(r.actions.length)} tindak lanjut, ${n(open)} terbuka`
      : 'Belum dicatat.'),
  ];
}

/** The stages whose records this module keeps, with their status, for the recording page. */
export const RECORD_STAGES: readonly StageKey[] = [
  'live', 'tanya_jawab', 'pemantauan_penonton', 'pengumpulan_feedback', 'evaluasi_bersama', 'pencatatan_evaluasi',
];
export interface RecordStage {
  key: StageKey;
  title: string;
  status: StageStatus;
}
