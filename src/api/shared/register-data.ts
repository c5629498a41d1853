/** Everything the reports and the dashboard read, one read per sheet. */
import type { RegisterData } from '../../domain/reports/figures';
import type { Row } from '../../domain/shared/schema';
import type { Scope } from '../../gas/table';
import type { Context } from '../endpoint';
import { episodeViews } from './episodes';
import type { EpisodeSheet } from './live-record';

/** Which rows of the sheets that grow by many rows per episode to read (see Scope); the others are left empty. */
export interface EpisodeRows {
  episodeIds: string[];
  sheets: readonly EpisodeSheet[];
}

/** Everything the reports read, one read per sheet; `only`: part of the per-episode sheets. */
export function registerData(ctx: Context, only?: EpisodeRows): RegisterData {
  const r = ctx.register;
  const rows = <K extends EpisodeSheet>(key: K): Row<K>[] => {
    if (!only) return r.table(key).rows();
    return only.sheets.includes(key) ? r.table<K>(key, { where: { episodeId: only.episodeIds } } as Scope<K>).rows() : [];
  };
  return {
    views: r.table('episodes').rows().map(episodeViews(ctx)),
    guests: r.table('guests').rows(),
    metrics: r.table('metrics').rows(),
    viewerCounts: rows('viewerCounts'),
    questions: rows('questions'),
    feedback: rows('feedback'),
    evaluations: r.table('evaluations').rows(),
    actions: r.table('actions').rows(),
  };
}
