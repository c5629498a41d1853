/** Everything the reports and the dashboard read, one read per sheet. */
import { recordedByEpisode } from '../../domain/live/records';
import type { RegisterData } from '../../domain/reports/figures';
import type { Row } from '../../domain/shared/schema';
import type { Scope } from '../../gas/table';
import type { Context } from '../endpoint';
import { episodeViews } from './episodes';
import type { EpisodeSheet } from './live-record';

/**
 * Everything the reports read, one read per sheet; `episodeIds`: the sheets that grow by many rows per
 * episode are read for these episodes only (see Scope). The views are built with the stages these same
 * rows show done, so a report never says a LIVE did not happen beside its recorded figures.
 */
export function registerData(ctx: Context, episodeIds?: readonly string[]): RegisterData {
  const r = ctx.register;
  const rows = <K extends EpisodeSheet>(key: K): Row<K>[] =>
    episodeIds ? r.table<K>(key, { where: { episodeId: [...episodeIds] } } as Scope<K>).rows() : r.table(key).rows();
  const records = {
    metrics: r.table('metrics').rows(),
    viewerCounts: rows('viewerCounts'),
    questions: rows('questions'),
    feedback: rows('feedback'),
    evaluations: r.table('evaluations').rows(),
  };
  return {
    ...records,
    views: r
      .table('episodes')
      .rows()
      .map(episodeViews(ctx, recordedByEpisode(records))),
    guests: r.table('guests').rows(),
    actions: r.table('actions').rows(),
  };
}
