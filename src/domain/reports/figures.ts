/**
 * The figures the reports and the dashboard state, computed from register rows by pure code: which
 * episodes were held, SOP compliance, viewers, questions answered, beneficiaries, open follow-ups, and
 * the bands of the regional innovation index (IID). Every definition the office may be asked about is
 * stated here once.
 */

import { CANCELLED, daysLateSuffix, deadline, doneInstant, type EpisodeView, type StageView, tookPlace } from '../episodes/episodes';
import type { Action, Evaluation } from '../evaluation/evaluation';
import type { Guest } from '../guests/guests';
import { isIncluded } from '../live/exclusion';
import { isAnswered, type Question } from '../live/questions';
import type { Feedback } from '../live/records';
import type { Metrics, ViewerCount } from '../live/viewers';
import type { IsoDate } from '../shared/dates';
import { formatNumberId, roundHalfUp } from '../shared/numbers';
import { STAGES, type Stage, stage as sopStage } from '../shared/sop';

/**
 * The register's rows the reports read; `views` are all episodes with their SOP timeline, built with the
 * stages their records show done (recordedByEpisode over these same rows).
 */
export interface RegisterData {
  views: readonly EpisodeView[];
  guests: readonly Guest[];
  metrics: readonly Metrics[];
  viewerCounts: readonly ViewerCount[];
  questions: readonly Question[];
  feedback: readonly Feedback[];
  evaluations: readonly Evaluation[];
  actions: readonly Action[];
}

/** Everything recorded about one episode. */
export interface EpisodeRecord {
  view: EpisodeView;
  guest: Guest | undefined;
  /** The latest "Angka LIVE" row: a later row corrects an earlier one. */
  metrics: Metrics | undefined;
  /** In time order. Viewer counts, questions and feedback: those not excluded (see isIncluded). */
  viewerCounts: ViewerCount[];
  questions: Question[];
  feedback: Feedback[];
  /** The latest "Evaluasi" row. */
  evaluation: Evaluation | undefined;
  actions: Action[];
}

const MISSING_KECAMATAN = '(kecamatan belum diisi)';

const last = <T>(rows: readonly T[] | undefined): T | undefined => rows?.[rows.length - 1];

function groupBy<T extends { episodeId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(row.episodeId, [...(out.get(row.episodeId) ?? []), row]);
  return out;
}

/** Indexes the rows once, so records of a year of episodes cost one pass over each sheet. */
export function recordsOf(data: RegisterData): (view: EpisodeView) => EpisodeRecord {
  const guests = new Map(data.guests.map((g) => [g.id, g]));
  const metrics = groupBy(data.metrics);
  const counts = groupBy(data.viewerCounts);
  const questions = groupBy(data.questions);
  const feedback = groupBy(data.feedback);
  const evaluations = groupBy(data.evaluations);
  const actions = groupBy(data.actions);
  return (view) => ({
    view,
    guest: guests.get(view.narasumberId),
    metrics: last(metrics.get(view.id)),
    viewerCounts: (counts.get(view.id) ?? [])
      .filter((c) => c.viewers !== null && isIncluded(c))
      .sort((a, b) => a.time.localeCompare(b.time)),
    questions: (questions.get(view.id) ?? []).filter(isIncluded),
    feedback: (feedback.get(view.id) ?? []).filter(isIncluded),
    evaluation: last(evaluations.get(view.id)),
    actions: actions.get(view.id) ?? [],
  });
}

// ---------------------------------------------------------------------------------------------- episodes

/** Held = the LIVE took place, by the register's one rule (tookPlace: marked done or shown by its data). */
export function episodeStatusLabel(view: EpisodeView): string {
  if (view.status === CANCELLED) return 'Dibatalkan';
  return tookPlace(view) ? 'Terlaksana' : 'Belum terlaksana';
}

// ---------------------------------------------------------------------------------------------- SOP timing

export type Timing = 'onTime' | 'late' | 'recorded' | 'overdue' | 'open' | 'cancelled';

export const TIMING_LABELS: Record<Timing, string> = {
  onTime: 'Tepat waktu',
  late: 'Selesai terlambat',
  recorded: 'Datanya tercatat, belum ditandai selesai',
  overdue: 'Terlambat, belum selesai',
  open: 'Belum jatuh tempo',
  cancelled: 'Tidak berlaku (episode dibatalkan)',
};

/**
 * On time = done by the stage's deadline (its window's end, else the end of its due date), measured on the
 * completion time the user gave (not when they clicked). A stage only shown done by its data has no
 * completion time yet: neither on time nor late.
 */
export function timing(view: EpisodeView, s: StageView): Timing {
  if (s.doneAt) return doneInstant(s.doneAt).getTime() <= deadline(sopStage(s.key), s.dueDate, view.times).getTime() ? 'onTime' : 'late';
  if (view.status === CANCELLED) return 'cancelled';
  if (s.status === 'tercatat') return 'recorded';
  return s.status === 'terlambat' ? 'overdue' : 'open';
}

/** The timing as the reports write it, with the working days late (see daysLate). */
export function timingLabel(t: Timing, s: StageView): string {
  if (t === 'late') return `${TIMING_LABELS.late}${daysLateSuffix(s.daysLate)}`;
  if (t === 'overdue') return `Terlambat${daysLateSuffix(s.daysLate)}, belum selesai`;
  return TIMING_LABELS[t];
}

export interface Compliance {
  /** Stages done (with their completion time) or whose deadline has passed undone: what "tepat waktu" is a share of. */
  due: number;
  onTime: number;
  late: number;
  overdue: number;
  /** Shown done by their data but not marked done: no completion time, so outside `due`; reported beside it. */
  recorded: number;
}

const noCompliance = (): Compliance => ({ due: 0, onTime: 0, late: 0, overdue: 0, recorded: 0 });

function add(c: Compliance, t: Timing): void {
  if (t === 'open' || t === 'cancelled') return;
  c[t]++;
  if (t !== 'recorded') c.due++;
}

/** SOP compliance of episodes not cancelled, in total and per stage. */
export function compliance(views: readonly EpisodeView[]): { total: Compliance; perStage: Array<{ stage: Stage } & Compliance> } {
  const total = noCompliance();
  const perStage = STAGES.map((stage) => ({ stage, ...noCompliance() }));
  for (const view of views) {
    if (view.status === CANCELLED) continue;
    view.stages.forEach((s, i) => {
      const t = timing(view, s);
      add(total, t);
      add(perStage[i], t);
    });
  }
  return { total, perStage };
}

// ---------------------------------------------------------------------------------------------- questions, viewers

/**
 * Beneficiaries of one LIVE: its unique viewers, else its total viewers (TikTok's "views", which
 * count a returning viewer again). People who watch several episodes count once per episode.
 */
export const beneficiariesOf = (m: Metrics | undefined): number => m?.uniqueViewers ?? m?.totalViewers ?? 0;

/** The average of viewer figures as the reports and the dashboard state it: whole people, rounded half up; null for none. */
export const averageViewers = (values: readonly number[]): number | null =>
  values.length ? roundHalfUp(values.reduce((sum, v) => sum + v, 0) / values.length, 0) : null;

/**
 * "rata-rata 1.234 penonton per episode": an average always says what it is the average of — the episodes' total
 * viewers (recap, dashboard) or the counts noted during one LIVE ("per hitungan", episode report).
 */
export const averageViewersText = (mean: number, per: 'episode' | 'hitungan'): string =>
  `rata-rata ${formatNumberId(mean)} penonton per ${per}`;

/** The IID parameter for the share of public questions answered, on the share rounded to whole percent. */
export function answeredBand(answered: number, received: number): string | null {
  if (!received) return null;
  const percent = roundHalfUp((answered * 100) / received, 0);
  return percent <= 50 ? '≤ 50%' : percent <= 90 ? '51–90%' : '≥ 91%';
}

/** The IID parameter for the number of beneficiaries. */
export function beneficiaryBand(n: number): string | null {
  if (n < 1) return null;
  return n <= 200 ? '1–200' : n <= 500 ? '201–500' : '≥ 501';
}

// ---------------------------------------------------------------------------------------------- a period

export interface PeriodFigures {
  from: IsoDate;
  to: IsoDate;
  /** Every episode scheduled in the period (by LIVE date), cancelled ones included, in date order. */
  records: EpisodeRecord[];
  /** Episodes that took place (see tookPlace). */
  held: EpisodeRecord[];
  cancelled: number;
  /** Neither held nor cancelled: still ahead, or not recorded as held. */
  notHeld: number;
  guests: { koperasi: number; ukm: number; distinct: number; byKecamatan: Array<{ kecamatan: string; koperasi: number; ukm: number }> };
  compliance: ReturnType<typeof compliance>;
  viewers: {
    /** Held episodes with a total-viewers figure, and the figure. */
    perEpisode: Array<{ record: EpisodeRecord; value: number }>;
    total: number;
    /** Per episode with a figure (see averageViewers). */
    mean: number | null;
    best: { record: EpisodeRecord; value: number } | null;
  };
  questions: { received: number; answered: number };
  beneficiaries: number;
  /** Follow-up actions of the period's episodes still open. */
  openActions: Array<{ action: Action; record: EpisodeRecord }>;
  /** Held episodes with an evaluation recorded. */
  evaluated: number;
  /** Held episodes with an evidence link (recording or screenshot) on the LIVE stage or the LIVE figures. */
  withEvidence: number;
}

export const liveEvidence = (r: EpisodeRecord): string =>
  r.view.stages.find((s) => s.key === 'live')?.evidenceUrl || r.metrics?.evidenceUrl || '';

export function periodFigures(data: RegisterData, from: IsoDate, to: IsoDate): PeriodFigures {
  const recordOf = recordsOf(data);
  const records = data.views
    .filter((v) => v.liveDate >= from && v.liveDate <= to)
    .sort((a, b) => a.liveDate.localeCompare(b.liveDate) || a.id.localeCompare(b.id))
    .map(recordOf);
  const held = records.filter((r) => tookPlace(r.view));
  const kecamatan = new Map<string, { kecamatan: string; koperasi: number; ukm: number }>();
  for (const { guest } of held) {
    if (!guest) continue;
    const entry = kecamatan.get(guest.kecamatan) ?? { kecamatan: guest.kecamatan || MISSING_KECAMATAN, koperasi: 0, ukm: 0 };
    if (guest.type === 'koperasi') entry.koperasi++;
    else if (guest.type === 'ukm') entry.ukm++;
    kecamatan.set(guest.kecamatan, entry);
  }
  const byKecamatan = [...kecamatan.values()].sort(
    (a, b) => b.koperasi + b.ukm - (a.koperasi + a.ukm) || a.kecamatan.localeCompare(b.kecamatan),
  );
  const perEpisode = held.flatMap((record) =>
    record.metrics?.totalViewers != null ? [{ record, value: record.metrics.totalViewers }] : [],
  );
  const total = perEpisode.reduce((sum, p) => sum + p.value, 0);
  const questions = held.flatMap((r) => r.questions);
  return {
    from,
    to,
    records,
    held,
    cancelled: records.filter((r) => r.view.status === CANCELLED).length,
    notHeld: records.filter((r) => r.view.status !== CANCELLED && !tookPlace(r.view)).length,
    guests: {
      koperasi: byKecamatan.reduce((n, k) => n + k.koperasi, 0),
      ukm: byKecamatan.reduce((n, k) => n + k.ukm, 0),
      distinct: new Set(held.map((r) => r.view.narasumberId)).size,
      byKecamatan,
    },
    compliance: compliance(records.map((r) => r.view)),
    viewers: {
      perEpisode,
      total,
      mean: averageViewers(perEpisode.map((p) => p.value)),
      best: perEpisode.reduce<PeriodFigures['viewers']['best']>((best, p) => (!best || p.value > best.value ? p : best), null),
    },
    questions: { received: questions.length, answered: questions.filter(isAnswered).length },
    beneficiaries: held.reduce((n, r) => n + beneficiariesOf(r.metrics), 0),
    openActions: records.flatMap((record) => record.actions.filter((a) => a.status !== 'selesai').map((action) => ({ action, record }))),
    evaluated: held.filter((r) => r.evaluation).length,
    withEvidence: held.filter((r) => liveEvidence(r)).length,
  };
}
