/**
 * What a LIVE leaves on record, by SOP stage: what an episode has recorded or still misses, and which
 * stage a saved record may complete. Pure: no Google service.
 */
import { recordedStages, type StageStatus } from '../episodes/episodes';
import type { Action, Evaluation } from '../evaluation/evaluation';
import { formatDateId, formatTimeId } from '../shared/dates';
import { formatNumberId, formatPercentId } from '../shared/numbers';
import type { Row } from '../shared/schema';
import { followsLive, STAGES, type StageKey } from '../shared/sop';
import { isIncluded } from './exclusion';
import type { Question, QuestionStats } from './questions';
import { highestViewerCount, type Metrics, type ViewerCount } from './viewers';

export type Feedback = Row<'feedback'>;
export type CommentImport = Row<'imports'>;
export const FEEDBACK_ID_PREFIX = 'UB';
export const SOURCE = { manual: 'manual', import: 'impor' } as const;

/** The sheets whose records show an episode's stages done (see recordedStages). */
export interface RecordRows {
  metrics: readonly Pick<Metrics, 'episodeId'>[];
  viewerCounts: readonly Pick<ViewerCount, 'episodeId' | 'excluded' | 'viewers'>[];
  questions: readonly Pick<Question, 'episodeId' | 'excluded'>[];
  feedback: readonly Pick<Feedback, 'episodeId' | 'excluded'>[];
  evaluations: readonly Pick<Evaluation, 'episodeId'>[];
}

/** Per episode, the stages its records show done: `recordedStages` over the rows, excluded ones left out. */
export function recordedByEpisode(rows: RecordRows): Map<string, StageKey[]> {
  const has = (list: readonly { episodeId: string }[]) => new Set(list.map((r) => r.episodeId));
  const on = {
    metrics: has(rows.metrics),
    evaluation: has(rows.evaluations),
    viewerCounts: has(rows.viewerCounts.filter((c) => isIncluded(c) && c.viewers !== null)),
    questions: has(rows.questions.filter(isIncluded)),
    feedback: has(rows.feedback.filter(isIncluded)),
  };
  const ids = new Set(Object.values(on).flatMap((set) => [...set]));
  return new Map(
    [...ids].map((id) => [
      id,
      recordedStages({
        metrics: on.metrics.has(id),
        viewerCounts: on.viewerCounts.has(id),
        questions: on.questions.has(id),
        feedback: on.feedback.has(id),
        evaluation: on.evaluation.has(id),
      }),
    ]),
  );
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
  /** Comment capture is optional (it needs a third-party tool): never counted as missing. */
  optional: boolean;
  detail: string;
}

export interface EpisodeRecords {
  metrics: Metrics | null;
  viewerCounts: readonly ViewerCount[];
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
  const viewerCounts = r.viewerCounts.filter(isIncluded);
  const feedback = r.feedback.filter(isIncluded);
  const highest = highestViewerCount(viewerCounts);
  const imported = r.imports.reduce((sum, i) => sum + (i.comments ?? 0), 0);
  const open = r.actions.filter((a) => a.status !== 'selesai').length;
  const item = (key: RecordKey, label: string, stage: StageKey, recorded: boolean, detail: string, optional = false): RecordItem => ({
    key,
    label,
    stage,
    recorded,
    optional,
    detail,
  });
  return [
    item(
      'questions',
      'Tanya jawab',
      'tanya_jawab',
      r.stats.total > 0,
      r.stats.total
        ? `${n(r.stats.total)} pertanyaan, ${n(r.stats.answered)} terjawab (${formatPercentId(r.stats.answered, r.stats.total)})` +
            (r.stats.open ? `, ${n(r.stats.open)} belum dijawab` : '')
        : 'Belum ada pertanyaan yang dicatat.',
    ),
    item(
      'comments',
      'Komentar diimpor',
      'tanya_jawab',
      imported > 0,
      imported ? `${n(imported)} komentar dari ${n(r.imports.length)} kali impor` : 'Belum ada komentar yang diimpor.',
      true,
    ),
    item(
      'viewerCounts',
      'Jumlah penonton selama LIVE',
      'pemantauan_penonton',
      viewerCounts.length > 0,
      highest
        ? `${n(viewerCounts.length)} catatan, tertinggi ${n(highest.viewers ?? 0)} pukul ${formatTimeId(highest.time.slice(11))}`
        : 'Belum ada catatan jumlah penonton.',
    ),
    item(
      'metrics',
      'Angka LIVE dari TikTok',
      'pemantauan_penonton',
      r.metrics !== null,
      r.metrics ? `Total ${n(r.metrics.totalViewers ?? 0)} penonton, puncak ${n(r.metrics.peakViewers ?? 0)}` : 'Belum dicatat.',
    ),
    item(
      'feedback',
      'Umpan balik',
      'pengumpulan_feedback',
      feedback.length > 0,
      feedback.length ? `${n(feedback.length)} umpan balik` : 'Belum ada umpan balik.',
    ),
    item(
      'evaluation',
      'Hasil evaluasi',
      'pencatatan_evaluasi',
      r.evaluation !== null,
      r.evaluation
        ? `Rapat ${formatDateId(r.evaluation.meetingDate)}; ${n(r.actions.length)} tindak lanjut, ${n(open)} terbuka`
        : 'Belum dicatat.',
    ),
  ];
}

/** The stages whose records this module keeps, with their status, for the recording page: every stage after the preparation. */
export const RECORD_STAGES: readonly StageKey[] = STAGES.filter(followsLive).map((s) => s.key);
export interface RecordStage {
  key: StageKey;
  title: string;
  status: StageStatus;
}
