/** Sidebar endpoints for the joint evaluation (SOP stages 7–8) and its follow-up actions. Rules: domain/evaluation.ts. */
import * as z from 'zod/mini';
import { EVIDENCE } from '../domain/episodes/episodes';
import type { Action, Evaluation } from '../domain/evaluation/evaluation';
import { ACTION_ID_PREFIX, actionErrors, DONE, meetingDateErrors, OPEN } from '../domain/evaluation/evaluation';
import { wibDate, wibDateTime } from '../domain/shared/dates';
import { nextIds } from '../domain/shared/ids';
import { type FieldError, form, freeText, id, isoDate, name, Refusal, refuse } from '../domain/shared/validation';
import { endpoint } from './endpoint';
import { findEpisode, openEpisode } from './shared/episodes';
import { episodeId, episodeRows, requireStarted, type Saved, saved, stamp } from './shared/live-record';

/** At most this many follow-ups per meeting: a longer list is a plan, not a follow-up. */
const MAX_ACTIONS = 20;

const actionInput = z.object(
  {
    id: z.optional(id('ID tindak lanjut')),
    action: freeText('Tindakan', 1000),
    pic: name('Penanggung jawab', 200),
    dueDate: isoDate('Batas waktu'),
  },
  { error: 'Tindak lanjut tidak sah.' },
);

export const saveEvaluation = endpoint(
  form({
    episodeId,
    meetingDate: isoDate('Tanggal rapat'),
    attendees: freeText('Peserta rapat', 2000),
    strengths: freeText('Hal yang berjalan baik', 5000),
    problems: freeText('Kendala', 5000),
    actions: z.optional(
      z
        .array(actionInput, { error: 'Tindak lanjut harus berupa daftar.' })
        .check(z.maxLength(MAX_ACTIONS, `Tindak lanjut paling banyak ${MAX_ACTIONS} butir.`)),
    ),
  }),
  (input, ctx): Saved => {
    const { row: episode } = openEpisode(ctx, input.episodeId);
    requireStarted(ctx, episode);
    const actions = ctx.register.table('actions');
    const given = input.actions ?? [];
    const errors: FieldError[] = [
      ...meetingDateErrors(input.meetingDate, episode.liveDate, wibDate(ctx.now)),
      ...actionErrors(given, input.meetingDate),
    ];
    const existing = given.map((a, i) => {
      if (!a.id) return undefined;
      const found = actions.find((r) => r.id === a.id && r.episodeId === episode.id);
      if (!found) errors.push({ field: `actions.${i}.id`, message: `Tindak lanjut ${a.id} tidak ada pada episode ${episode.id}.` });
      return found;
    });
    if (errors.length) throw new Refusal(errors);

    const evaluations = episodeRows(ctx, 'evaluations', episode);
    const old = evaluations.all();
    const row: Evaluation = {
      episodeId: episode.id,
      meetingDate: input.meetingDate,
      attendees: input.attendees,
      strengths: input.strengths,
      problems: input.problems,
      ...stamp(ctx),
    };
    // One evaluation per episode: saving again replaces it.
    if (old.length) {
      evaluations.update(old[0].index, row);
      evaluations.remove(old.slice(1).map((e) => e.index));
    } else evaluations.append(row);

    // Listed actions with an id are corrected (their status stays); new ones open.
    const ids = nextIds(ACTION_ID_PREFIX, actions.texts('id'), given.filter((a) => !a.id).length);
    const changes = given.map((a, i) => {
      const found = existing[i];
      const fields = { action: a.action, pic: a.pic, dueDate: a.dueDate };
      if (found) return { before: found.row, after: actions.update(found.index, fields) };
      const created: Action = { id: ids.shift() as string, episodeId: episode.id, ...fields, status: OPEN, doneAt: '', doneBy: '' };
      actions.append(created);
      return { before: undefined, after: created };
    });
    ctx.audit(
      old.length ? 'ubah evaluasi' : 'catat evaluasi',
      episode.id,
      old.length || changes.some((c) => c.before)
        ? { evaluation: old.map((e) => e.row), actions: changes.flatMap((c) => c.before ?? []) }
        : undefined,
      { evaluation: row, actions: changes.map((c) => c.after) },
    );
    return saved(ctx, episode, EVIDENCE.evaluation);
  },
  { write: true },
);

export const completeAction = endpoint(
  form({ actionId: id('ID tindak lanjut'), episodeId: z.optional(episodeId) }),
  (input, ctx): Saved => {
    const actions = ctx.register.table('actions');
    const found = actions.find((a) => a.id === input.actionId) ?? refuse('actionId', `Tindak lanjut ${input.actionId} tidak ditemukan.`);
    if (found.row.status === DONE) {
      refuse(
        'actionId',
        `Tindak lanjut ${found.row.id} sudah selesai${found.row.doneAt ? ` pada ${found.row.doneAt} oleh ${found.row.doneBy}` : ''}.`,
      );
    }
    // The page the user is on may be a later episode's evaluation.
    const page = findEpisode(ctx, input.episodeId ?? found.row.episodeId).row;
    const after = actions.update(found.index, { status: DONE, doneAt: wibDateTime(ctx.now), doneBy: ctx.user });
    ctx.audit('tindak lanjut selesai', found.row.id, found.row, after);
    return saved(ctx, page, []);
  },
  { write: true },
);
