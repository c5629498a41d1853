/**
 * The joint evaluation (SOP stages 7–8): one record per episode and its follow-up actions, tracked
 * until done. Pure: no Google service.
 */

import type { Episode } from '../episodes/episodes';
import { formatDateId, type IsoDate } from '../shared/dates';
import type { Row } from '../shared/schema';
import type { FieldError } from '../shared/validation';

export type Evaluation = Row<'evaluations'>;
export type Action = Row<'actions'>;

export const ACTION_ID_PREFIX = 'TL';
export const OPEN = 'terbuka';
export const DONE = 'selesai';

/** The meeting reviews a LIVE that took place, and is recorded after it was held. */
export function meetingDateErrors(meetingDate: IsoDate, liveDate: IsoDate, today: IsoDate): FieldError[] {
  if (meetingDate < liveDate) {
    return [{ field: 'meetingDate', message: `Tanggal rapat tidak boleh sebelum tanggal LIVE (${formatDateId(liveDate)}).` }];
  }
  if (meetingDate > today) {
    return [
      { field: 'meetingDate', message: `Tanggal rapat ${formatDateId(meetingDate)} belum tiba; catat evaluasi setelah rapat berlangsung.` },
    ];
  }
  return [];
}

/** A follow-up is due after the meeting that decided it. */
export function actionErrors(actions: readonly { dueDate: IsoDate }[], meetingDate: IsoDate): FieldError[] {
  return actions.flatMap((a, i) =>
    a.dueDate < meetingDate
      ? [{ field: `actions.${i}.dueDate`, message: `Batas waktu tindak lanjut ${i + 1} tidak boleh sebelum tanggal rapat.` }]
      : [],
  );
}

/**
 * Actions still open from episodes held before this one, oldest due first: the next evaluation
 * starts by looking at them.
 */
export function openEarlier(actions: readonly Action[], episodes: readonly Episode[], episode: Episode): Action[] {
  const liveDates = new Map(episodes.map((e) => [e.id, e.liveDate]));
  return actions
    .filter((a) => a.status !== DONE && a.episodeId !== episode.id && (liveDates.get(a.episodeId) ?? '') < episode.liveDate)
    .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999') || a.id.localeCompare(b.id));
}
