/**
 * One episode's recording page as every recording call answers it, and what those calls share: the
 * episode id field, the per-episode rows, the stamp of who recorded.
 */

import { type Episode, type EpisodeView, isCancelled, liveStarted, liveStartWords, timesOf } from '../../domain/episodes/episodes';
import { type Action, type Evaluation, openEarlier } from '../../domain/evaluation/evaluation';
import { type Question, type QuestionStats, questionStats } from '../../domain/live/questions';
import {
  type CommentImport,
  type Feedback,
  RECORD_STAGES,
  type RecordItem,
  type RecordStage,
  recordedByEpisode,
  recordItems,
  type StageSuggestion,
  suggestions,
} from '../../domain/live/records';
import type { Metrics, ViewerCount } from '../../domain/live/viewers';
import { wibDateTime } from '../../domain/shared/dates';
import type { StageKey } from '../../domain/shared/sop';
import { id, refuse } from '../../domain/shared/validation';
import type { Scope } from '../../gas/table';
import type { Context } from '../endpoint';
import { episodeViewOf } from './episodes';

export const episodeId = id('ID episode');
/** Everything the recording page shows for one episode. */
export interface LiveRecord {
  episodeId: string;
  liveDate: string;
  topic: string;
  guestName: string;
  status: EpisodeView['status'];
  times: EpisodeView['times'];
  metrics: Metrics | null;
  snapshots: ViewerCount[];
  questions: Question[];
  stats: QuestionStats;
  imports: CommentImport[];
  feedback: Feedback[];
  evaluation: Evaluation | null;
  actions: Action[];
  /** Open follow-ups of earlier episodes, shown when this episode's evaluation is recorded. */
  openEarlier: Action[];
  stages: RecordStage[];
  items: RecordItem[];
}

/** What every recording call answers: the saved record's id, the page redrawn, and stages worth marking done. */
export interface Saved {
  id?: string;
  record: LiveRecord;
  suggestions: StageSuggestion[];
  /** When the save replaced a record: what it said before, in words ("1.200"), '' when nothing changed. */
  replaced?: string;
}

const byTime = (a: { time: string }, b: { time: string }) => a.time.localeCompare(b.time);

/** The sheets that grow by many rows per episode (see Scope). */
export type EpisodeSheet = 'viewerCounts' | 'questions' | 'feedback';
/** Sheets whose rows each belong to one episode; the recording calls read only the episode's own (see Scope). */
type PerEpisode = EpisodeSheet | 'metrics' | 'imports' | 'evaluations';
export const episodeRows = <K extends PerEpisode>(ctx: Context, key: K, episode: Episode, ids?: 'with ids') =>
  ctx.register.table<K>(key, {
    where: { episodeId: [episode.id] } as Scope<K>['where'],
    ...(ids ? { columns: ['id'] as Scope<K>['columns'] } : {}),
  });

export function liveRecord(ctx: Context, episode: Episode): LiveRecord {
  const rowsOf = <K extends PerEpisode>(key: K) => episodeRows(ctx, key, episode).rows();
  const evaluations = rowsOf('evaluations');
  const allMetrics = rowsOf('metrics');
  const snapshots = rowsOf('viewerCounts').sort(byTime);
  const questions = rowsOf('questions');
  const feedback = rowsOf('feedback');
  // The stages these very rows show done (the register's one rule), so the page and its badges agree.
  const recorded = isCancelled(episode)
    ? []
    : recordedByEpisode({ metrics: allMetrics, viewerCounts: snapshots, questions, feedback, evaluations }).get(episode.id);
  const view = episodeViewOf(ctx, episode, recorded ?? []);
  const metrics = allMetrics.pop() ?? null;
  const stats = questionStats(questions);
  const imports = rowsOf('imports');
  const evaluation = evaluations.pop() ?? null;
  // Every follow-up: those of earlier episodes still open are shown too.
  const allActions = ctx.register.table('actions').rows();
  const actions = allActions.filter((a) => a.episodeId === episode.id);
  return {
    episodeId: episode.id,
    liveDate: episode.liveDate,
    topic: episode.topic,
    guestName: view.guest?.name ?? '',
    status: view.status,
    times: view.times,
    metrics,
    snapshots,
    questions,
    stats,
    imports,
    feedback,
    evaluation,
    actions,
    openEarlier: openEarlier(allActions, ctx.register.table('episodes').rows(), episode),
    stages: view.stages.filter((s) => RECORD_STAGES.includes(s.key)).map(({ key, title, status }) => ({ key, title, status })),
    items: recordItems({ metrics, viewerCounts: snapshots, stats, imports, feedback, evaluation, actions }),
  };
}

/** The answer of a recording call: the page as it now stands and the stages it may complete. */
export function saved(ctx: Context, episode: Episode, stages: readonly StageKey[], savedId?: string): Saved {
  const record = liveRecord(ctx, episode);
  return { ...(savedId ? { id: savedId } : {}), record, suggestions: suggestions(record.stages, stages) };
}

/**
 * What a LIVE leaves (figures, viewer counts, questions, feedback, comments, its evaluation) is recorded once it has begun:
 * each shows a stage after the LIVE done (EVIDENCE), which cannot be before the LIVE starts (see liveStarted).
 */
export function requireStarted(ctx: Context, episode: Episode): void {
  const times = timesOf(episode, ctx.settings());
  if (!liveStarted(episode.liveDate, times, ctx.now)) {
    refuse(
      'episodeId',
      `LIVE episode ${episode.id} belum dimulai (${liveStartWords(episode.liveDate, times)}). Catat setelah LIVE berlangsung.`,
    );
  }
}

export const stamp = (ctx: Context) => ({ recordedBy: ctx.user, recordedAt: wibDateTime(ctx.now) });
