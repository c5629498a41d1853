/** Finding episodes and building their views (stages, guest, status) over the register as it stands. */
import { episodeView, isCancelled, stageRowsOf, type Episode, type EpisodeView, type StageRow } from '../../domain/episodes/episodes';
import { refuse } from '../../domain/shared/validation';
import type { Stored } from '../../gas/table';
import type { Context } from '../endpoint';

export function findEpisode(ctx: Context, episodeIdValue: string): Stored<'episodes'> {
  return ctx.register.table('episodes').find((e) => e.id === episodeIdValue) ??
    refuse('episodeId', `Episode ${episodeIdValue} tidak ditemukan.`);
}

/** An episode that may still change: found and not cancelled. */
export function openEpisode(ctx: Context, episodeIdValue: string): Stored<'episodes'> {
  const found = findEpisode(ctx, episodeIdValue);
  if (isCancelled(found.row)) refuse('episodeId', `Episode ${found.row.id} sudah dibatalkan; datanya tidak dapat diubah lagi.`);
  return found;
}

/** Builds episode views over the register as it stands; stage rows and guests are indexed once. */
export function episodeViews(ctx: Context): (episode: Episode) => EpisodeView {
  const settings = ctx.settings();
  const stagesByEpisode = new Map<string, StageRow[]>();
  for (const row of ctx.register.table('stages').rows()) {
    const rows = stagesByEpisode.get(row.episodeId);
    if (rows) rows.push(row);
    else stagesByEpisode.set(row.episodeId, [row]);
  }
  const guests = new Map(ctx.register.table('guests').rows().map((g) => [g.id, g]));
  return (episode) =>
    episodeView(
      episode, stageRowsOf(episode, stagesByEpisode.get(episode.id) ?? [], settings.evaluationWeekday),
      guests.get(episode.guestId), settings, ctx.now,
    );
}

/** One episode's view, reading only its own stage rows (see Scope): for calls about that episode alone. */
export function episodeViewOf(ctx: Context, episode: Episode): EpisodeView {
  const stages = ctx.register.table('stages', { where: { episodeId: [episode.id] } }).rows();
  const guest = ctx.register.table('guests').find((g) => g.id === episode.guestId)?.row;
  const settings = ctx.settings();
  return episodeView(episode, stageRowsOf(episode, stages, settings.evaluationWeekday), guest, settings, ctx.now);
}
