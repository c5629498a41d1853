/**
 * Episodes and their SOP timeline: due dates from H, statuses derived from the clock (never stored,
 * so they cannot go stale), rescheduling, and the agenda. Pure: no Google service.
 */

import type { Guest } from '../guests/guests';
import type { Settings } from '../settings/settings';
import {
  addDays,
  DAYS_ID,
  daysBetween,
  formatDateTimeId,
  formatDayDateId,
  formatTimeId,
  type IsoDate,
  isTime,
  onOrAfterWeekday,
  weekday,
  wibDate,
  wibDateTime,
  wibInstant,
} from '../shared/dates';
import { dayOff, holidaysKnown, workingDays } from '../shared/holidays';
import { EPISODE_STATUSES, type Row } from '../shared/schema';
import { followsLive, PHASES, type Phase, ROLES, type Role, STAGES, type Stage, type StageKey } from '../shared/sop';
import type { FieldError } from '../shared/validation';

export type Episode = Row<'episodes'>;
export type StageRow = Row<'stages'>;
/**
 * `tercatat`: not marked done, but the register holds the stage's data (see recordedStages): the work
 * was evidently done, so it is never late or reminded of; only its completion still has to be confirmed.
 * `tidak_berlaku`: not done, and its episode is cancelled: nothing is owed any more.
 */
export type StageStatus = 'belum' | 'tercatat' | 'selesai' | 'terlambat' | 'tidak_berlaku';
export type Times = Pick<Settings, 'liveStart' | 'liveEnd' | 'qaStart' | 'qaEnd'>;
export type Calendar = Pick<Settings, 'liveWeekday' | 'evaluationWeekday'>;

export const EPISODE_ID_PREFIX = 'EP';
export const [SCHEDULED, CANCELLED] = EPISODE_STATUSES;
/** A series is planned at most a year ahead. */
export const MAX_WEEKS = 52;
/** "Due soon" on the agenda: the days after the agenda's date. */
export const SOON_DAYS = 7;

export const isCancelled = (episode: Episode) => episode.status === CANCELLED;

/**
 * The episode a recording page opens on: today's LIVE, else the latest one held, else the first to come.
 * `episodes`: none cancelled, in date order.
 */
export function currentEpisode<E extends { liveDate: IsoDate }>(episodes: readonly E[], today: IsoDate): E | undefined {
  return episodes.find((e) => e.liveDate === today) ?? [...episodes].reverse().find((e) => e.liveDate <= today) ?? episodes[0];
}

/** The stage's due date for a LIVE on `liveDate`; the joint evaluation waits for its weekday. */
export function dueDate(stage: Stage, liveDate: IsoDate, evaluationWeekday: number): IsoDate {
  const date = addDays(liveDate, stage.offsetDays);
  return stage.onEvaluationDay ? onOrAfterWeekday(date, evaluationWeekday) : date;
}

/** The office's working days (holidays and cuti bersama off), the calendar lateness is counted in. */
const OFFICE_DAYS = workingDays(false);

/**
 * The date a stage is planned for: its SOP date (see dueDate), unless the episode was scheduled (or moved) on
 * `scheduledOn` after that date had passed; nobody could have done it then, so it is due the next working day,
 * and never after the LIVE it prepares. An episode recorded after its LIVE keeps the SOP's dates.
 */
export function plannedDueDate(sopDate: IsoDate, liveDate: IsoDate, scheduledOn: IsoDate): IsoDate {
  if (sopDate >= scheduledOn || liveDate < scheduledOn) return sopDate;
  const next = OFFICE_DAYS.after(scheduledOn);
  return next < liveDate ? next : liveDate;
}

/**
 * The warning for LIVE dates closer than the SOP's preparation time: which stages move to which day. Stages already
 * `done` (a rescheduled episode's) keep their dates (see rescheduledStages) and are not named.
 */
export function shortNoticeWarnings(
  dates: readonly IsoDate[],
  scheduledOn: IsoDate,
  evaluationWeekday: number,
  done: ReadonlySet<string> = new Set(),
): string[] {
  const lead = -Math.min(...STAGES.map((s) => s.offsetDays));
  return dates.flatMap((liveDate) => {
    // Stages moved from one SOP date to one planned date, together: "Tahap 1 (…) dan 2 (…), menurut SOP …".
    const moved = new Map<string, Stage[]>();
    for (const stage of STAGES.filter((s) => !done.has(s.key))) {
      const sop = dueDate(stage, liveDate, evaluationWeekday);
      const planned = plannedDueDate(sop, liveDate, scheduledOn);
      if (planned !== sop) moved.set(`${sop} ${planned}`, [...(moved.get(`${sop} ${planned}`) ?? []), stage]);
    }
    if (!moved.size) return [];
    const days = daysBetween(scheduledOn, liveDate);
    const lines = [...moved].map(([dates, stages]) => {
      const [sop, planned] = dates.split(' ');
      const names = stages.map((s) => `${s.no} (${s.title})`);
      const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} dan ${names[names.length - 1]}` : names[0];
      return `Tahap ${listed}, menurut SOP ${formatDayDateId(sop)}, dijadwalkan pada ${formatDayDateId(planned)}.`;
    });
    return [
      `LIVE ${formatDayDateId(liveDate)} ${days ? `tinggal ${days} hari lagi` : 'diadakan hari ini'}, kurang dari ${lead} hari persiapan menurut SOP. ${lines.join(' ')}`,
    ];
  });
}

/**
 * How many working days late something is at `at`, against its `deadline`: the office's working days after the
 * last day it was still on time, through `at`'s day. 0 when on time, and on the day of a deadline within the day.
 */
export function daysLate(deadline: Date, at: Date): number {
  if (at.getTime() <= deadline.getTime()) return 0;
  return OFFICE_DAYS.count(addDays(wibDate(new Date(deadline.getTime() - 1)), 1), wibDate(at));
}

/** " 2 hari kerja" after "Terlambat" and the like; nothing while less than one working day late. */
export const daysLateSuffix = (days: number): string => (days > 0 ? ` ${days} hari kerja` : '');

/** The LIVE dates of a weekly series. */
export function seriesDates(first: IsoDate, weeks: number): IsoDate[] {
  return Array.from({ length: weeks }, (_, i) => addDays(first, 7 * i));
}

/** The stage's time window on its due date, where the SOP gives one. */
export function stageWindow(stage: Stage, times: Times): { start: string; end: string } | undefined {
  if (stage.window === 'live') return { start: times.liveStart, end: times.liveEnd };
  if (stage.window === 'tanyaJawab') return { start: times.qaStart, end: times.qaEnd };
  return undefined;
}

/** The instant after which a stage not done is late: its window's end, else the end of its due date. */
export function deadline(stage: Stage, due: IsoDate, times: Times): Date {
  const window = stageWindow(stage, times);
  return window ? wibInstant(due, window.end) : wibInstant(addDays(due, 1));
}

/**
 * When a stage was done if the user gives no time: the LIVE and its Q&A at their scheduled end (they
 * are marked afterwards; the click is not when they ended), other stages now. Never later than now.
 */
export function defaultDoneAt(stage: Stage, due: IsoDate, times: Times, now: Date): string {
  const window = stageWindow(stage, times);
  return window && wibInstant(due, window.end).getTime() <= now.getTime() ? `${due} ${window.end}` : wibDateTime(now);
}

/** The instant of a stored completion time, `YYYY-MM-DD HH:MM` (a date alone: its midnight). */
export function doneInstant(doneAt: string): Date {
  const [date, time] = doneAt.split(' ');
  return wibInstant(date, time ?? '00:00');
}

/**
 * The episode's LIVE has started at `now`. What follows the LIVE (what it leaves on record, the stages after it,
 * see followsLive) cannot be recorded or marked done before.
 */
export function liveStarted(liveDate: IsoDate, times: Times, now: Date): boolean {
  return now.getTime() >= wibInstant(liveDate, times.liveStart).getTime();
}

/** When the LIVE starts, in words: "Jumat, 27 November 2026 pukul 08.00 WIB". */
export const liveStartWords = (liveDate: IsoDate, times: Times): string =>
  `${formatDayDateId(liveDate)} pukul ${formatTimeId(times.liveStart)} WIB`;

/** The user's clock may run a little ahead of Google's. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Why `doneAt` (`YYYY-MM-DD HH:MM`) cannot be when the stage was done, or null. The LIVE and the stages after it
 * cannot be done before the LIVE has started (see followsLive). Done before the stage's date (or its window,
 * e.g. questions answered during the LIVE rather than in the Q&A session) is possible but unusual: allowed once
 * the user confirmed it (`early`); the refusal at "early" asks.
 */
export function doneAtProblem(
  stage: Stage,
  due: IsoDate,
  liveDate: IsoDate,
  times: Times,
  doneAt: string,
  now: Date,
  early: boolean,
): FieldError | null {
  const at = formatDateTimeId(doneAt);
  if (followsLive(stage) && !liveStarted(liveDate, times, now)) {
    return {
      field: 'stage',
      message: `Tahap "${stage.title}" belum dapat ditandai selesai: LIVE episode ini baru dimulai ${liveStartWords(liveDate, times)}.`,
    };
  }
  if (doneAt > wibDateTime(new Date(now.getTime() + CLOCK_SKEW_MS)))
    return { field: 'doneAt', message: `Waktu selesai ${at} belum terjadi.` };
  const liveStart = `${liveDate} ${times.liveStart}`;
  if (followsLive(stage) && doneAt < liveStart) {
    return {
      field: 'doneAt',
      message: `Waktu selesai ${at} sebelum LIVE dimulai (${formatDateTimeId(liveStart)}); tahap "${stage.title}" dikerjakan setelah LIVE dimulai.`,
    };
  }
  const window = stageWindow(stage, times);
  const start = `${due} ${window ? window.start : '00:00'}`;
  if (!early && doneAt < start) {
    return {
      field: 'early',
      message: `Tahap "${stage.title}" dijadwalkan ${window ? formatDateTimeId(start) : formatDayDateId(due)}. Tandai selesai lebih awal, pada ${at}?`,
    };
  }
  return null;
}

/** A cancelled episode's stages not done no longer apply: never late, never owed. */
export function stageStatus(stage: Stage, row: StageRow, times: Times, cancelled: boolean, now: Date, recorded = false): StageStatus {
  if (row.doneAt) return 'selesai';
  if (recorded) return 'tercatat';
  if (cancelled) return 'tidak_berlaku';
  if (now.getTime() > deadline(stage, row.dueDate, times).getTime()) return 'terlambat';
  return 'belum';
}

/** The work of the stage is still owed: neither marked done nor shown done by its data. Agenda and reminders list only these. */
export const isOwed = (s: Pick<StageView, 'status'>): boolean => s.status === 'belum' || s.status === 'terlambat';

/** What an episode holds of each kind of record, leaving out records excluded from reports. */
export interface OnRecord {
  metrics: boolean;
  viewerCounts: boolean;
  questions: boolean;
  feedback: boolean;
  evaluation: boolean;
}

/** Which stages each kind of record is the work of (saving one offers to mark them done). The LIVE's own data shows the LIVE took place. */
export const EVIDENCE: Record<keyof OnRecord, readonly StageKey[]> = {
  metrics: ['live', 'pemantauan_penonton'],
  viewerCounts: ['live', 'pemantauan_penonton'],
  questions: ['live', 'tanya_jawab'],
  feedback: ['pengumpulan_feedback'],
  evaluation: ['evaluasi_bersama', 'pencatatan_evaluasi'],
};
/** The stages some record can show done; an episode with all of them marked done needs no look at its records. */
export const EVIDENCED_STAGES: readonly StageKey[] = STAGES.map((s) => s.key).filter((k) =>
  Object.values(EVIDENCE).some((keys) => keys.includes(k)),
);

/**
 * THE rule the register applies everywhere (reports, recap, dashboard, agenda, reminders, sidebar): data
 * recorded for a stage is evidence that the stage's work was done. Such a stage is not late and not
 * reminded of; it counts as done for "did the LIVE take place", but its completion time (what "tepat
 * waktu" is measured on) is known only once someone marks it done.
 */
export function recordedStages(on: Partial<OnRecord>): StageKey[] {
  const kinds = (Object.keys(EVIDENCE) as (keyof OnRecord)[]).filter((k) => on[k]);
  return STAGES.map((s) => s.key).filter((key) => kinds.some((k) => EVIDENCE[k].includes(key)));
}

/** The LIVE took place: the episode is not cancelled and its LIVE stage is marked done or shown done by the LIVE's data. */
export const tookPlace = (view: Pick<EpisodeView, 'status' | 'stages'>): boolean =>
  view.status !== CANCELLED && view.stages.some((s) => s.key === 'live' && (s.status === 'selesai' || s.status === 'tercatat'));

/** The episode's own time windows; a cell emptied or mistyped in the sheet falls back to the settings. */
export function timesOf(episode: Episode, settings: Times): Times {
  const pick = (key: keyof Times) => (isTime(episode[key]) ? episode[key] : settings[key]);
  return { liveStart: pick('liveStart'), liveEnd: pick('liveEnd'), qaStart: pick('qaStart'), qaEnd: pick('qaEnd') };
}

/** A new stage row, not done; scheduled on `scheduledOn` (see plannedDueDate), else due on its SOP date. */
export function plannedStage(
  episodeId: string,
  stage: Stage,
  liveDate: IsoDate,
  evaluationWeekday: number,
  scheduledOn?: IsoDate,
): StageRow {
  const sop = dueDate(stage, liveDate, evaluationWeekday);
  return {
    episodeId,
    stage: stage.key,
    title: stage.title,
    dueDate: scheduledOn ? plannedDueDate(sop, liveDate, scheduledOn) : sop,
    doneAt: '',
    doneBy: '',
    note: '',
    evidenceUrl: '',
  };
}

/** A new episode on `liveDate` and its eight stages, not done; `scheduledOn` as for plannedStage. */
export function plannedEpisode(
  fields: Pick<Episode, 'id' | 'liveDate' | 'guestId' | 'topic' | 'recordedBy' | 'recordedAt'>,
  times: Times,
  evaluationWeekday: number,
  scheduledOn?: IsoDate,
): { episode: Episode; stages: StageRow[] } {
  return {
    episode: { ...fields, ...times, status: SCHEDULED, cancelReason: '', reportUrl: '' },
    stages: STAGES.map((stage) => plannedStage(fields.id, stage, fields.liveDate, evaluationWeekday, scheduledOn)),
  };
}

/**
 * The episode's eight stage rows in SOP order. A row missing from the sheet (deleted by hand) is
 * planned afresh, so the timeline is always complete and saving it restores the row.
 */
export function stageRowsOf(episode: Episode, rows: readonly StageRow[], evaluationWeekday: number): StageRow[] {
  return STAGES.map(
    (stage) =>
      rows.find((r) => r.episodeId === episode.id && r.stage === stage.key) ??
      plannedStage(episode.id, stage, episode.liveDate, evaluationWeekday),
  );
}

/** Stage rows after moving the LIVE on `movedOn`: stages not done get new due dates (see plannedDueDate), done ones keep theirs. */
export function rescheduledStages(rows: readonly StageRow[], liveDate: IsoDate, evaluationWeekday: number, movedOn: IsoDate): StageRow[] {
  return rows.map((row) => {
    const stage = STAGES.find((s) => s.key === row.stage);
    return row.doneAt || !stage ? row : { ...row, dueDate: plannedDueDate(dueDate(stage, liveDate, evaluationWeekday), liveDate, movedOn) };
  });
}

/**
 * Why LIVE dates cannot be used: a date another (not cancelled) episode holds, or a past date
 * unless the episode is recorded after the fact.
 */
export function liveDateErrors(
  dates: readonly IsoDate[],
  episodes: readonly Episode[],
  today: IsoDate,
  pastOk: boolean,
  movingId?: string,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const date of dates) {
    if (date < today && !pastOk) {
      errors.push({
        field: 'liveDate',
        message: `Tanggal LIVE ${formatDayDateId(date)} sudah lewat. Jika episode ini dicatat setelah berlangsung, centang "Episode sudah berlangsung".`,
      });
    }
    const holder = episodes.find((e) => e.liveDate === date && e.id !== movingId && !isCancelled(e));
    if (holder) {
      errors.push({
        field: 'liveDate',
        message: `Tanggal LIVE ${formatDayDateId(date)} sudah dipakai episode ${holder.id} (${holder.topic}).`,
      });
    }
  }
  return errors;
}

/** The warning for a LIVE off the usual weekday, saying where the joint evaluation goes. */
export function weekdayWarning(liveDate: IsoDate, calendar: Calendar): string | null {
  if (weekday(liveDate) === calendar.liveWeekday) return null;
  const evaluation = STAGES.find((s) => s.onEvaluationDay) as Stage;
  return (
    `${formatDayDateId(liveDate)} bukan hari ${DAYS_ID[calendar.liveWeekday]}, hari LIVE yang biasa. ` +
    `${evaluation.title} dijadwalkan pada ${formatDayDateId(dueDate(evaluation, liveDate, calendar.evaluationWeekday))}.`
  );
}

/** Two bookings of one guest less than this many days apart (four weeks) are worth a second look. */
export const GUEST_REPEAT_DAYS = 28;

/**
 * Warnings, never refusals, for new LIVE dates: a LIVE or joint evaluation on a national holiday or
 * cuti bersama, a year the holiday list does not know, and the guest booked again within four weeks.
 * `episodes` are the register's; `movingId` is the episode being rescheduled.
 */
export function calendarWarnings(
  dates: readonly IsoDate[],
  guest: Pick<Guest, 'id' | 'name'>,
  episodes: readonly Episode[],
  evaluationWeekday: number,
  movingId?: string,
): string[] {
  const warnings: string[] = [];
  const evaluation = STAGES.find((s) => s.onEvaluationDay) as Stage;
  const holiday = (date: IsoDate) => {
    const off = dayOff(date);
    return off && (off.kind === 'cuti bersama' ? off.name : `hari libur nasional ${off.name}`);
  };
  for (const date of dates) {
    const live = holiday(date);
    if (live) warnings.push(`Tanggal LIVE ${formatDayDateId(date)} bertepatan dengan ${live}.`);
    const evaluationDay = dueDate(evaluation, date, evaluationWeekday);
    const meeting = holiday(evaluationDay);
    if (meeting)
      warnings.push(
        `${evaluation.title} episode LIVE ${formatDayDateId(date)} jatuh pada ${formatDayDateId(evaluationDay)}, bertepatan dengan ${meeting}.`,
      );
  }
  const unknownYears = [...new Set(dates.filter((d) => !holidaysKnown(d)).map((d) => d.slice(0, 4)))];
  for (const year of unknownYears) {
    warnings.push(
      `Daftar hari libur nasional dan cuti bersama register ini belum memuat tahun ${year}; periksa sendiri apakah tanggalnya hari libur.`,
    );
  }
  const booked = [
    ...episodes
      .filter((e) => e.guestId === guest.id && e.id !== movingId && !isCancelled(e))
      .map((e) => ({ date: e.liveDate, label: e.id })),
    ...dates.map((date) => ({ date, label: 'jadwal baru' })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const near = booked.filter((b) => booked.some((o) => o !== b && Math.abs(daysBetween(o.date, b.date)) < GUEST_REPEAT_DAYS));
  if (near.some((b) => b.label === 'jadwal baru')) {
    warnings.push(
      `Narasumber ${guest.name} dijadwalkan lebih dari sekali dalam empat minggu: ` +
        `${near.map((b) => `${formatDayDateId(b.date)} (${b.label})`).join('; ')}. Pastikan memang disengaja.`,
    );
  }
  return warnings;
}

export interface StageView {
  key: StageKey;
  no: number;
  title: string;
  task: string;
  phase: Phase;
  phaseLabel: string;
  role: Role;
  roleLabel: string;
  /** The planned due date (see plannedDueDate), which lateness is measured against. */
  dueDate: IsoDate;
  /** The SOP's date (H−14 …) of a stage planned later than it (scheduled at short notice, see plannedDueDate). */
  sopDate?: IsoDate;
  window?: { start: string; end: string };
  status: StageStatus;
  /** Working days late (see daysLate): now for a stage late and not done, at its completion for one done. */
  daysLate: number;
  doneAt: string;
  doneBy: string;
  note: string;
  evidenceUrl: string;
}

export interface EpisodeView {
  id: string;
  liveDate: IsoDate;
  topic: string;
  status: typeof SCHEDULED | typeof CANCELLED;
  cancelReason: string;
  times: Times;
  narasumberId: string;
  /** Null when the guest's row is gone from the sheet. */
  guest: Pick<Guest, 'id' | 'name' | 'organization'> | null;
  stages: StageView[];
}

/**
 * The episode with its timeline; `rows` are its eight stage rows (see `stageRowsOf`), `recorded` the
 * stages its records show done (see `recordedStages`).
 */
export function episodeView(
  episode: Episode,
  rows: readonly StageRow[],
  guest: Guest | undefined,
  settings: Times & Pick<Calendar, 'evaluationWeekday'>,
  now: Date,
  recorded: readonly StageKey[] = [],
): EpisodeView {
  const times = timesOf(episode, settings);
  const cancelled = isCancelled(episode);
  return {
    id: episode.id,
    liveDate: episode.liveDate,
    topic: episode.topic,
    status: cancelled ? CANCELLED : SCHEDULED,
    cancelReason: episode.cancelReason,
    times,
    narasumberId: episode.guestId,
    guest: guest ? { id: guest.id, name: guest.name, organization: guest.organization } : null,
    stages: STAGES.map((stage, i) => {
      const row = rows[i];
      const status = stageStatus(stage, row, times, cancelled, now, recorded.includes(stage.key));
      const until = row.doneAt ? doneInstant(row.doneAt) : now;
      const sop = dueDate(stage, episode.liveDate, settings.evaluationWeekday);
      return {
        key: stage.key,
        no: stage.no,
        title: stage.title,
        task: stage.task,
        phase: stage.phase,
        phaseLabel: PHASES[stage.phase],
        role: stage.role,
        roleLabel: ROLES[stage.role],
        dueDate: row.dueDate,
        ...(sop < row.dueDate ? { sopDate: sop } : {}),
        window: stageWindow(stage, times),
        status,
        daysLate: status === 'selesai' || status === 'terlambat' ? daysLate(deadline(stage, row.dueDate, times), until) : 0,
        doneAt: row.doneAt,
        doneBy: row.doneBy,
        note: row.note,
        evidenceUrl: row.evidenceUrl,
      };
    }),
  };
}

export interface EpisodeSummary {
  id: string;
  liveDate: IsoDate;
  topic: string;
  status: EpisodeView['status'];
  guestName: string;
  organization: string;
  done: number;
  /** Shown done by their data, not yet marked done. */
  recorded: number;
  late: number;
  total: number;
  /** The first stage still owed, if any. */
  next: Pick<StageView, 'key' | 'title' | 'dueDate' | 'status'> | null;
}

export function episodeSummary(view: EpisodeView): EpisodeSummary {
  const next = view.stages.find(isOwed);
  return {
    id: view.id,
    liveDate: view.liveDate,
    topic: view.topic,
    status: view.status,
    guestName: view.guest?.name ?? '',
    organization: view.guest?.organization ?? '',
    done: view.stages.filter((s) => s.status === 'selesai').length,
    recorded: view.stages.filter((s) => s.status === 'tercatat').length,
    late: view.stages.filter((s) => s.status === 'terlambat').length,
    total: view.stages.length,
    next: next ? { key: next.key, title: next.title, dueDate: next.dueDate, status: next.status } : null,
  };
}

/** An episode's progress in the list: "2 dari 8 tahap selesai; data 3 tahap sudah tercatat". */
export function progressText(s: Pick<EpisodeSummary, 'done' | 'total' | 'recorded'>): string {
  return `${s.done} dari ${s.total} tahap selesai${s.recorded ? `; data ${s.recorded} tahap sudah tercatat` : ''}`;
}

export interface AgendaItem {
  episodeId: string;
  liveDate: IsoDate;
  topic: string;
  guestName: string;
  stage: StageKey;
  title: string;
  dueDate: IsoDate;
  window?: { start: string; end: string };
  status: StageStatus;
  daysLate: number;
}

export interface AgendaGroup {
  role: Role;
  label: string;
  overdue: AgendaItem[];
  today: AgendaItem[];
  soon: AgendaItem[];
}

export interface Agenda {
  date: IsoDate;
  /** The last day counted as "due soon". */
  soonUntil: IsoDate;
  roles: AgendaGroup[];
  counts: { overdue: number; today: number; soon: number };
}

/**
 * Stages still owed (see isOwed) across all episodes not cancelled, as seen on `date`: due before it (overdue),
 * on it (today), or in the following week (soon); grouped by the role that does them.
 */
export function agenda(views: readonly EpisodeView[], date: IsoDate): Agenda {
  const soonUntil = addDays(date, SOON_DAYS);
  const groups = new Map<Role, AgendaGroup>(
    (Object.keys(ROLES) as Role[]).map((role) => [role, { role, label: ROLES[role], overdue: [], today: [], soon: [] }]),
  );
  const items = views
    .filter((v) => v.status !== CANCELLED)
    .flatMap((v) => v.stages.filter((s) => isOwed(s) && s.dueDate <= soonUntil).map((s) => ({ v, s })))
    .sort((a, b) => a.s.dueDate.localeCompare(b.s.dueDate) || a.v.liveDate.localeCompare(b.v.liveDate) || a.s.no - b.s.no);
  for (const { v, s } of items) {
    const group = groups.get(s.role) as AgendaGroup;
    const list = s.dueDate < date ? group.overdue : s.dueDate === date ? group.today : group.soon;
    list.push({
      episodeId: v.id,
      liveDate: v.liveDate,
      topic: v.topic,
      guestName: v.guest?.name ?? '',
      stage: s.key,
      title: s.title,
      dueDate: s.dueDate,
      window: s.window,
      status: s.status,
      daysLate: s.daysLate,
    });
  }
  const roles = [...groups.values()].filter((g) => g.overdue.length + g.today.length + g.soon.length > 0);
  const count = (k: 'overdue' | 'today' | 'soon') => roles.reduce((n, g) => n + g[k].length, 0);
  return { date, soonUntil, roles, counts: { overdue: count('overdue'), today: count('today'), soon: count('soon') } };
}
