/** Sidebar endpoints for episodes and their SOP timeline. The rules live in domain/episodes.ts. */
import * as z from 'zod/mini';
import {
  type Agenda,
  agenda,
  CANCELLED,
  calendarWarnings,
  defaultDoneAt,
  doneAtProblem,
  EPISODE_ID_PREFIX,
  type Episode,
  type EpisodeSummary,
  type EpisodeView,
  episodeSummary,
  isCancelled,
  liveDateErrors,
  MAX_WEEKS,
  plannedEpisode,
  rescheduledStages,
  SCHEDULED,
  type StageRow,
  seriesDates,
  shortNoticeWarnings,
  stageRowsOf,
  type Times,
  timesOf,
  weekdayWarning,
} from '../domain/episodes/episodes';
import { type Invitation, invitation } from '../domain/episodes/invitation';
import { type Guest, isArchived } from '../domain/guests/guests';
import { mergeSettings } from '../domain/settings/settings';
import { formatDateTimeId, formatDayDateId, type IsoDate, isIsoDate, isTime, wibDate, wibDateTime } from '../domain/shared/dates';
import { nextIds } from '../domain/shared/ids';
import { STAGE_KEYS, stage as stageOf } from '../domain/shared/sop';
import {
  collect,
  type FieldError,
  form,
  freeText,
  id,
  isoDate,
  name,
  oneOf,
  optionalText,
  Refusal,
  refuse,
  time,
  url,
} from '../domain/shared/validation';
import { type Context, endpoint } from './endpoint';
import { episodeViewOf, episodeViews, findEpisode, openEpisode } from './shared/episodes';

const episodeId = id('ID episode');
const stageKey = oneOf('Tahap', STAGE_KEYS);
/** Set when the user records an episode that already took place. */
const pastOk = z.optional(z.boolean({ error: 'Pilihan "Episode sudah berlangsung" harus ya atau tidak.' }));
const weeks = z
  .int({ error: 'Jumlah minggu harus bilangan bulat.' })
  .check(z.minimum(1, 'Jumlah minggu paling sedikit 1.'), z.maximum(MAX_WEEKS, `Jumlah minggu paling banyak ${MAX_WEEKS}.`));

const today = (ctx: Context) => wibDate(ctx.now);
const dueDates = (rows: readonly StageRow[]) => Object.fromEntries(rows.map((r) => [r.stage, r.dueDate]));

/** The episode's eight stage rows as they stand in this call (see stageRowsOf). */
function stageRows(ctx: Context, episode: Episode): StageRow[] {
  return stageRowsOf(episode, ctx.register.table('stages').rows(), ctx.settings().evaluationWeekday);
}

/** Writes stage rows back: changed rows in place, rows missing from the sheet appended. */
function saveStages(ctx: Context, rows: readonly StageRow[]): void {
  const table = ctx.register.table('stages');
  for (const row of rows) {
    const found = table.find((r) => r.episodeId === row.episodeId && r.stage === row.stage);
    if (!found) table.append(row);
    else if ((Object.keys(row) as (keyof StageRow)[]).some((k) => found.row[k] !== row[k])) table.update(found.index, row);
  }
}

const timeFields = {
  liveStart: z.optional(time('Jam mulai LIVE')),
  liveEnd: z.optional(time('Jam selesai LIVE')),
  qaStart: z.optional(time('Jam mulai tanya jawab')),
  qaEnd: z.optional(time('Jam selesai tanya jawab')),
};

/** The episode's windows: the settings' unless given; checked by the same rule as the settings. */
function episodeTimes(ctx: Context, given: Partial<Times>): Times {
  const change = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const { liveStart, liveEnd, qaStart, qaEnd } = mergeSettings(ctx.settings(), change);
  return { liveStart, liveEnd, qaStart, qaEnd };
}

const scheduleInput = form({
  liveDate: isoDate('Tanggal LIVE'),
  narasumberId: id('Narasumber'),
  topic: name('Topik', 300),
  weeks: z.optional(weeks),
  pastOk,
  ...timeFields,
});

/**
 * The schedule's checks against the register, on the fields given (all of them, or those valid when others were not):
 * the guest exists and is not archived, the dates are free, the windows hold. Every problem at once, as a Refusal.
 */
function scheduleChecks(input: Partial<z.output<typeof scheduleInput>>, ctx: Context): { guest: Guest; times: Times; dates: IsoDate[] } {
  const { liveDate, narasumberId, liveStart, liveEnd, qaStart, qaEnd } = input;
  const errors: FieldError[] = [];
  const guest = narasumberId === undefined ? undefined : ctx.register.table('guests').find((g) => g.id === narasumberId)?.row;
  if (narasumberId !== undefined && !guest)
    errors.push({ field: 'narasumberId', message: `Narasumber ${narasumberId} tidak ditemukan. Pilih narasumber dari daftar.` });
  else if (guest && isArchived(guest)) {
    errors.push({
      field: 'narasumberId',
      message: `Narasumber ${guest.id} (${guest.name}) sudah diarsipkan. Pulihkan dulu dari daftar arsip narasumber.`,
    });
  }
  const dates = liveDate === undefined ? [] : seriesDates(liveDate, input.weeks ?? 1);
  errors.push(...liveDateErrors(dates, ctx.register.table('episodes').rows(), today(ctx), input.pastOk ?? false));
  const times = collect(errors, () => episodeTimes(ctx, { liveStart, liveEnd, qaStart, qaEnd }));
  if (errors.length || !guest || !times) throw new Refusal(errors);
  return { guest, times, dates };
}

export const scheduleEpisode = endpoint(
  scheduleInput,
  (input, ctx): { episodes: EpisodeView[] } => {
    const { liveDate, narasumberId, topic } = input;
    const settings = ctx.settings();
    const episodes = ctx.register.table('episodes');
    const { guest, times, dates } = scheduleChecks(input, ctx);
    const warning = weekdayWarning(liveDate, settings);
    if (warning) ctx.warn(warning);
    for (const w of calendarWarnings(dates, guest, episodes.rows(), settings.evaluationWeekday)) ctx.warn(w);
    for (const w of shortNoticeWarnings(dates, today(ctx), settings.evaluationWeekday)) ctx.warn(w);
    // Ids in rows a user broke, or still named by stage rows of an episode deleted by hand, stay taken.
    const taken = [...episodes.texts('id'), ...ctx.register.table('stages').texts('episodeId')];
    const ids = nextIds(EPISODE_ID_PREFIX, taken, dates.length);
    const planned = dates.map((date, i) =>
      plannedEpisode(
        { id: ids[i], liveDate: date, guestId: narasumberId, topic, recordedBy: ctx.user, recordedAt: wibDateTime(ctx.now) },
        times,
        settings.evaluationWeekday,
        today(ctx),
      ),
    );
    for (const { episode, stages } of planned) {
      episodes.append(episode);
      ctx.register.table('stages').append(...stages);
      ctx.audit('jadwalkan episode', episode.id, undefined, { ...episode, dueDates: dueDates(stages) });
    }
    // New episodes have no records yet.
    const view = episodeViews(ctx, new Map());
    return { episodes: planned.map(({ episode }) => view(episode)) };
  },
  { write: true, rules: scheduleChecks },
);

export const getEpisode = endpoint(
  form({ episodeId }),
  (input, ctx): EpisodeView => episodeViewOf(ctx, findEpisode(ctx, input.episodeId).row),
  { write: false },
);

export const listEpisodes = endpoint(
  form({ from: z.optional(isoDate('Dari tanggal')), to: z.optional(isoDate('Sampai tanggal')) }),
  ({ from, to }, ctx): { episodes: EpisodeSummary[] } => {
    if (from && to && to < from) refuse('to', 'Sampai tanggal harus sama dengan atau setelah Dari tanggal.');
    const view = episodeViews(ctx);
    const episodes = ctx.register
      .table('episodes')
      .rows()
      .filter((e) => (!from || e.liveDate >= from) && (!to || e.liveDate <= to))
      .sort((a, b) => a.liveDate.localeCompare(b.liveDate) || a.id.localeCompare(b.id));
    return { episodes: episodes.map((e) => episodeSummary(view(e))) };
  },
  { write: false },
);

export const getAgenda = endpoint(
  form({ date: z.optional(isoDate('Tanggal')) }),
  (input, ctx): Agenda => {
    const view = episodeViews(ctx);
    return agenda(ctx.register.table('episodes').rows().map(view), input.date ?? today(ctx));
  },
  { write: false },
);

/** `YYYY-MM-DD HH:MM`, or `YYYY-MM-DDTHH:MM` as a browser's date-and-time field sends it. */
const dateTime = (label: string) =>
  z.pipe(
    z.string({ error: `${label} harus berupa teks.` }),
    z.transform((s: string, payload) => {
      const [date, time, extra] = s.trim().split(/[ T]/);
      if (extra === undefined && isIsoDate(date) && isTime(time ?? '')) return `${date} ${time}`;
      payload.issues.push({ code: 'custom', message: `${label} bukan tanggal dan jam yang sah.`, input: s });
      return z.NEVER;
    }),
  );

export const completeStage = endpoint(
  form({
    episodeId,
    stage: stageKey,
    note: optionalText('Catatan', 2000),
    evidenceUrl: z.optional(url('Tautan bukti')),
    doneAt: z.optional(dateTime('Waktu selesai')),
    early: z.optional(z.boolean({ error: 'Konfirmasi "selesai lebih awal" harus ya atau tidak.' })),
  }),
  (input, ctx): EpisodeView => {
    const { row: episode } = openEpisode(ctx, input.episodeId);
    const before = stageRows(ctx, episode).find((r) => r.stage === input.stage) as StageRow;
    const stage = stageOf(input.stage);
    if (before.doneAt) {
      refuse('stage', `Tahap "${stage.title}" sudah ditandai selesai oleh ${before.doneBy} pada ${formatDateTimeId(before.doneAt)}.`);
    }
    // "Tepat waktu" is measured on when the work was done, which the user gives; who clicked and when stays in the audit log.
    const times = timesOf(episode, ctx.settings());
    const doneAt = input.doneAt ?? defaultDoneAt(stage, before.dueDate, times, ctx.now);
    const problem = doneAtProblem(stage, before.dueDate, episode.liveDate, times, doneAt, ctx.now, input.early ?? false);
    if (problem) throw new Refusal([problem]);
    const after: StageRow = {
      ...before,
      doneAt,
      doneBy: ctx.user,
      note: input.note ?? before.note,
      evidenceUrl: input.evidenceUrl ?? before.evidenceUrl,
    };
    saveStages(ctx, [after]);
    ctx.audit('tahap selesai', `${episode.id} ${input.stage}`, before, after);
    return episodeViewOf(ctx, episode);
  },
  { write: true },
);

export const reopenStage = endpoint(
  form({ episodeId, stage: stageKey }),
  (input, ctx): EpisodeView => {
    const { row: episode } = openEpisode(ctx, input.episodeId);
    const before = stageRows(ctx, episode).find((r) => r.stage === input.stage) as StageRow;
    if (!before.doneAt) refuse('stage', `Tahap "${stageOf(input.stage).title}" belum ditandai selesai.`);
    // The note and evidence stay: they are records, and the stage may be completed again.
    const after: StageRow = { ...before, doneAt: '', doneBy: '' };
    saveStages(ctx, [after]);
    ctx.audit('buka kembali tahap', `${episode.id} ${input.stage}`, before, after);
    return episodeViewOf(ctx, episode);
  },
  { write: true },
);

const rescheduleInput = form({ episodeId, liveDate: isoDate('Tanggal LIVE baru'), reason: freeText('Alasan', 500), pastOk });

/** The new date is another, free, and not past unless confirmed; every problem at once, as a Refusal. */
function newDateChecks(ctx: Context, episode: Episode, liveDate: IsoDate, pastOk = false): void {
  if (liveDate === episode.liveDate) {
    refuse('liveDate', `Episode ${episode.id} sudah dijadwalkan pada ${formatDayDateId(episode.liveDate)}. Pilih tanggal lain.`);
  }
  const errors = liveDateErrors([liveDate], ctx.register.table('episodes').rows(), today(ctx), pastOk, episode.id);
  if (errors.length) throw new Refusal(errors);
}

export const rescheduleEpisode = endpoint(
  rescheduleInput,
  (input, ctx): EpisodeView => {
    const { index, row: episode } = openEpisode(ctx, input.episodeId);
    newDateChecks(ctx, episode, input.liveDate, input.pastOk);
    const settings = ctx.settings();
    const warning = weekdayWarning(input.liveDate, settings);
    if (warning) ctx.warn(warning);
    const guest = ctx.register.table('guests').find((g) => g.id === episode.guestId)?.row ?? { id: episode.guestId, name: episode.guestId };
    for (const w of calendarWarnings(
      [input.liveDate],
      guest,
      ctx.register.table('episodes').rows(),
      settings.evaluationWeekday,
      episode.id,
    ))
      ctx.warn(w);
    const before = stageRows(ctx, episode);
    const done = new Set(before.filter((r) => r.doneAt).map((r) => r.stage));
    for (const w of shortNoticeWarnings([input.liveDate], today(ctx), settings.evaluationWeekday, done)) ctx.warn(w);
    const after = rescheduledStages(before, input.liveDate, settings.evaluationWeekday, today(ctx));
    if (done.size) ctx.warn(`${done.size} tahap yang sudah selesai tetap pada tanggalnya.`);
    saveStages(ctx, after);
    const moved = ctx.register.table('episodes').update(index, { liveDate: input.liveDate });
    ctx.audit(
      'jadwal ulang episode',
      episode.id,
      { liveDate: episode.liveDate, dueDates: dueDates(before) },
      { liveDate: input.liveDate, dueDates: dueDates(after), reason: input.reason },
    );
    return episodeViewOf(ctx, moved);
  },
  {
    write: true,
    rules: ({ episodeId, liveDate, pastOk }, ctx) =>
      episodeId && liveDate && newDateChecks(ctx, openEpisode(ctx, episodeId).row, liveDate, pastOk),
  },
);

export const cancelEpisode = endpoint(
  form({ episodeId, reason: freeText('Alasan pembatalan', 500) }),
  (input, ctx): EpisodeView => {
    const { index, row: episode } = openEpisode(ctx, input.episodeId);
    const cancelled = ctx.register.table('episodes').update(index, { status: CANCELLED, cancelReason: input.reason });
    ctx.audit('batalkan episode', episode.id, episode, cancelled);
    return episodeViewOf(ctx, cancelled);
  },
  { write: true },
);

/**
 * Undoes a cancellation made by mistake: the episode is scheduled again on its date, its stages and records as they
 * were. Refused when another episode has taken the date meanwhile; the cancellation stays in the audit log.
 */
export const restoreEpisode = endpoint(
  form({ episodeId }),
  (input, ctx): EpisodeView => {
    const { index, row: episode } = findEpisode(ctx, input.episodeId);
    if (!isCancelled(episode)) refuse('episodeId', `Episode ${episode.id} tidak dibatalkan.`);
    const holder = ctx.register
      .table('episodes')
      .rows()
      .find((e) => e.liveDate === episode.liveDate && e.id !== episode.id && !isCancelled(e));
    if (holder) {
      refuse(
        'episodeId',
        `Tanggal ${formatDayDateId(episode.liveDate)} sudah dipakai episode ${holder.id} (${holder.topic}). ` +
          `Jadwalkan ulang atau batalkan ${holder.id} dulu.`,
      );
    }
    const restored = ctx.register.table('episodes').update(index, { status: SCHEDULED, cancelReason: '' });
    ctx.audit('pulihkan episode', episode.id, episode, restored);
    return episodeViews(ctx)(restored);
  },
  { write: true },
);

export const getInvitation = endpoint(
  form({ episodeId }),
  (input, ctx): Invitation & { phone: string; email: string; guestName: string } => {
    const { row: episode } = openEpisode(ctx, input.episodeId);
    const guest =
      ctx.register.table('guests').find((g) => g.id === episode.guestId)?.row ??
      refuse('episodeId', `Narasumber ${episode.guestId} untuk episode ${episode.id} tidak ditemukan di lembar Narasumber.`);
    if (!guest.phone) ctx.warn('Narasumber belum punya nomor telepon; WhatsApp akan meminta Anda memilih kontak.');
    if (!guest.email) ctx.warn('Narasumber belum punya alamat email; isi penerima di aplikasi email Anda.');
    const settings = ctx.settings();
    const times = timesOf(episode, settings);
    return {
      ...invitation({ liveDate: episode.liveDate, topic: episode.topic, times, guest, agencyName: settings.agencyName }),
      phone: guest.phone,
      email: guest.email,
      guestName: guest.name,
    };
  },
  { write: false },
);
