/**
 * Finding episodes and building their views (stages, guest, status) over the register as it stands, with
 * the stages their records show done (the register's one rule: recordedStages).
 */
import {
  type Episode,
  type EpisodeView,
  EVIDENCED_STAGES,
  episodeView,
  isCancelled,
  type StageRow,
  stageRowsOf,
} from '../../domain/episodes/episodes';
import { recordedByEpisode } from '../../domain/live/records';
import type { StageKey } from '../../domain/shared/sop';
import { refuse } from '../../domain/shared/validation';
import { RegisterError } from '../../gas/cells';
import type { Scope, Stored } from '../../gas/table';
import type { Context } from '../endpoint';

/**
 * The episode with this id. `alone`: for a call that reads no other episode, only the sheet's ID column and this row
 * are read (see Scope), so the call does not grow with the register.
 */
export function findEpisode(ctx: Context, episodeIdValue: string, alone = false): Stored<'episodes'> {
  return (
    ctx.register.table('episodes', alone ? { where: { id: [episodeIdValue] } } : undefined).find((e) => e.id === episodeIdValue) ??
    refuse('episodeId', `Episode ${episodeIdValue} tidak ditemukan.`)
  );
}

/** An episode that may still change: found and not cancelled. */
export function openEpisode(ctx: Context, episodeIdValue: string): Stored<'episodes'> {
  const found = findEpisode(ctx, episodeIdValue);
  if (isCancelled(found.row)) refuse('episodeId', `Episode ${found.row.id} sudah dibatalkan; datanya tidak dapat diubah lagi.`);
  return found;
}

/** The stages each episode's records show done (see recordedStages). */
export type Recorded = ReadonlyMap<string, readonly StageKey[]>;

/**
 * The sheets whose records show stages done (recordedByEpisode), read for `episodeIds` only (see Scope).
 * A sheet broken by hand costs the timeline its evidence, with a warning, never the call: the hourly
 * reminders must still go out.
 */
export function recordedOf(ctx: Context, episodeIds: readonly string[]): Recorded {
  if (!episodeIds.length) return new Map();
  const rows = <K extends 'metrics' | 'viewerCounts' | 'questions' | 'feedback' | 'evaluations'>(key: K) =>
    ctx.register.table<K>(key, { where: { episodeId: [...episodeIds] } } as Scope<K>).rows();
  try {
    return recordedByEpisode({
      metrics: rows('metrics'),
      viewerCounts: rows('viewerCounts'),
      questions: rows('questions'),
      feedback: rows('feedback'),
      evaluations: rows('evaluations'),
    });
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    ctx.warn(`Data LIVE tidak dapat dibaca, sehingga tahap yang datanya sudah tercatat tampil sebagai belum selesai. ${error.message}`);
    return new Map();
  }
}

/** Stage rows by episode, read once. */
function stageRowsByEpisode(ctx: Context): Map<string, StageRow[]> {
  const byEpisode = new Map<string, StageRow[]>();
  for (const row of ctx.register.table('stages').rows()) {
    const rows = byEpisode.get(row.episodeId);
    if (rows) rows.push(row);
    else byEpisode.set(row.episodeId, [row]);
  }
  return byEpisode;
}

/**
 * Episodes whose records may change a stage's status: not cancelled, with a stage some record can show
 * done not yet marked done. Only their records are read for the views, so a register of diligent users
 * reads almost none.
 */
export function awaitingEvidence(ctx: Context): string[] {
  const stages = stageRowsByEpisode(ctx);
  const weekday = ctx.settings().evaluationWeekday;
  return ctx.register
    .table('episodes')
    .rows()
    .filter(
      (e) =>
        !isCancelled(e) &&
        stageRowsOf(e, stages.get(e.id) ?? [], weekday).some((r) => !r.doneAt && EVIDENCED_STAGES.includes(r.stage as StageKey)),
    )
    .map((e) => e.id);
}

/**
 * Builds episode views over the register as it stands; stage rows and guests are indexed once. `recorded`:
 * the stages records show done, when the caller has read those records; else they are read here.
 */
export function episodeViews(ctx: Context, recorded: Recorded = recordedOf(ctx, awaitingEvidence(ctx))): (episode: Episode) => EpisodeView {
  const settings = ctx.settings();
  const stagesByEpisode = stageRowsByEpisode(ctx);
  const guests = new Map(
    ctx.register
      .table('guests')
      .rows()
      .map((g) => [g.id, g]),
  );
  return (episode) =>
    episodeView(
      episode,
      stageRowsOf(episode, stagesByEpisode.get(episode.id) ?? [], settings.evaluationWeekday),
      guests.get(episode.guestId),
      settings,
      ctx.now,
      recorded.get(episode.id),
    );
}

/**
 * One episode's view, reading only its own rows (see Scope): for calls about that episode alone.
 * `recorded`: the stages its records show done, when the caller has read them.
 */
export function episodeViewOf(ctx: Context, episode: Episode, recorded?: readonly StageKey[]): EpisodeView {
  const stages = ctx.register.table('stages', { where: { episodeId: [episode.id] } }).rows();
  const guest = ctx.register.table('guests').find((g) => g.id === episode.guestId)?.row;
  const settings = ctx.settings();
  const evidence = recorded ?? (isCancelled(episode) ? [] : recordedOf(ctx, [episode.id]).get(episode.id));
  return episodeView(episode, stageRowsOf(episode, stages, settings.evaluationWeekday), guest, settings, ctx.now, evidence);
}
