/**
 * What the hourly reminder run owes, worked out from the register and the clock alone. Each
 * reminder has a deterministic key, so a run that comes twice, late, or after a crash finds the
 * same keys in the ledger and sends nothing twice. Pure: no Google service.
 */

import { daysLate, daysLateSuffix, type EpisodeView, isOwed, type StageView } from '../episodes/episodes';
import type { Settings } from '../settings/settings';
import { addDays, DAYS_ID, formatDayDateId, formatWindowId, type IsoDate, weekday, wibDate, wibInstant } from '../shared/dates';
import { type WorkingDays, workingDays } from '../shared/holidays';
import { NAME } from '../shared/programme';
import type { Row } from '../shared/schema';
import { type Role, stage as sopStage } from '../shared/sop';
import { splitEmails } from '../shared/validation';

export type ReminderKind = 'jatuh_tempo' | 'pemberitahuan' | 'terlambat' | 'eskalasi' | 'tindak_lanjut';

/** Most urgent first: what is sent first when the mail quota runs short. */
const URGENCY: ReminderKind[] = ['eskalasi', 'terlambat', 'tindak_lanjut', 'jatuh_tempo', 'pemberitahuan'];

/** Ledger statuses, as shown in the "Log Pengingat" sheet. */
export const LEDGER = {
  pending: 'menunggu',
  sending: 'mengirim',
  sent: 'terkirim',
  error: 'gagal',
  dropped: 'dibatalkan',
  uncertain: 'tidak pasti',
} as const;

/** Roles that do the programme's work and hear of every LIVE and evaluation in advance. */
const TEAM: Role[] = ['pelaksana', 'humas', 'pubdisdok'];
const HOUR_MS = 3600 * 1000;

export interface Reminder {
  key: string;
  episodeId: string;
  /** A stage key, or a follow-up action's id. */
  subject: string;
  kind: ReminderKind;
  /** Overdue reminders come every working day: the day this one is for. */
  day?: IsoDate;
  dueDate: IsoDate;
  recipient: string;
  /** What the digest says about it. */
  episodeLine: string;
  /** What kind of reminder it is, as the digest tags it: "Terlambat 3 hari kerja". */
  tag: string;
  title: string;
  detail: string;
}

export type Action = Row<'actions'>;

export function roleAddresses(role: Role, settings: Settings): string[] {
  const raw = {
    pelaksana: settings.emailPelaksana,
    humas: settings.emailHumas,
    pubdisdok: settings.emailPubdisdok,
    kepala: settings.emailKepala,
  }[role];
  return splitEmails(raw).map((a) => a.toLowerCase());
}

/**
 * The ledger key: one per reminder, and one per day for daily ones. An overdue stage keeps its key on
 * the day it also goes to the head of office, so its team is not told twice that day.
 */
export const reminderKey = (r: Pick<Reminder, 'episodeId' | 'subject' | 'kind' | 'day' | 'dueDate' | 'recipient'>) =>
  [r.episodeId, r.subject, r.day ? `${r.kind === 'eskalasi' ? 'terlambat' : r.kind}-${r.day}` : r.kind, r.dueDate, r.recipient].join('|');

function atReminderHour(date: IsoDate, hour: number): Date {
  return wibInstant(date, `${String(hour).padStart(2, '0')}:00`);
}

/** When a stage is due: its day's reminder hour, and at the latest an hour before its window. */
function dueFrom(stage: StageView, hour: number): Date {
  const morning = atReminderHour(stage.dueDate, hour);
  if (!stage.window) return morning;
  const beforeWindow = new Date(wibInstant(stage.dueDate, stage.window.start).getTime() - HOUR_MS);
  return morning.getTime() < beforeWindow.getTime() ? morning : beforeWindow;
}

function stageDeadline(stage: StageView): Date {
  return stage.window ? wibInstant(stage.dueDate, stage.window.end) : wibInstant(addDays(stage.dueDate, 1));
}

/**
 * How many working days a deadline has been overdue at `now`, counting a day from its reminder hour:
 * 0 when no overdue reminder is owed now. Only today's is owed, so a run after a gap catches up once.
 */
function overdueDays(deadline: Date, now: Date, hour: number, days: WorkingDays): number {
  const today = wibDate(now);
  if (!days.isWorking(today) || now.getTime() < atReminderHour(today, hour).getTime()) return 0;
  const deadlineDay = wibDate(deadline);
  const first = atReminderHour(deadlineDay, hour).getTime() >= deadline.getTime() ? deadlineDay : addDays(deadlineDay, 1);
  return days.count(first, today);
}

function windowText(stage: StageView): string {
  return stage.window ? `, ${formatWindowId(stage.window)}` : '';
}

/**
 * The tag of an overdue reminder: "Terlambat", "Terlambat 3 hari kerja", "Masih terlambat 6 hari kerja"; in
 * working days whatever days reminders go out on, as the sidebar and the reports count them (see daysLate).
 */
function overdueTag(kind: 'terlambat' | 'eskalasi' | 'tindak_lanjut', late: number): string {
  const label = { terlambat: 'Terlambat', eskalasi: 'Masih terlambat', tindak_lanjut: 'Tindak lanjut lewat batas waktu' }[kind];
  return `${label}${daysLateSuffix(late)}`;
}

/**
 * Every reminder owed at `now`, one per recipient. Nothing goes out on a day off (unless the settings
 * say every day); a reminder whose day is a day off comes on the working day before it. Overdue work
 * is reminded every working day until done, and from the settings' number of working days on the head
 * of office hears of it too.
 */
export function plan(episodes: readonly EpisodeView[], actions: readonly Action[], settings: Settings, now: Date): Reminder[] {
  const hour = settings.reminderHour;
  const days = workingDays(settings.reminderDays === 'setiap');
  const today = wibDate(now);
  if (!days.isWorking(today)) return [];
  const out: Reminder[] = [];
  const add = (base: Omit<Reminder, 'key' | 'recipient'>, roles: Role[]) => {
    const recipients = new Set(roles.flatMap((role) => roleAddresses(role, settings)));
    for (const recipient of recipients) out.push({ ...base, recipient, key: reminderKey({ ...base, recipient }) });
  };
  const overdue = (
    base: Omit<Reminder, 'key' | 'recipient' | 'kind' | 'tag'>,
    kind: 'terlambat' | 'tindak_lanjut',
    role: Role,
    n: number,
    deadline: Date,
  ) => {
    const escalated = n > settings.escalationDays;
    const shown = kind === 'terlambat' && escalated ? 'eskalasi' : kind;
    add({ ...base, kind: shown, day: today, tag: overdueTag(shown, daysLate(deadline, now)) }, escalated ? [role, 'kepala'] : [role]);
  };
  for (const episode of episodes) {
    if (episode.status === 'dibatalkan') continue;
    const episodeLine =
      `Episode ${episode.id} · LIVE ${formatDayDateId(episode.liveDate)} · ${episode.topic}` +
      (episode.guest ? ` · Narasumber: ${episode.guest.name} (${episode.guest.organization})` : '');
    for (const stage of episode.stages) {
      // A stage done, or shown done by its data (the register's one rule), is owed no reminder.
      if (!isOwed(stage)) continue;
      const base = {
        episodeId: episode.id,
        subject: stage.key,
        dueDate: stage.dueDate,
        episodeLine,
        title: `${stage.no}. ${stage.title} (${stage.roleLabel})`,
        detail: `Jatuh tempo ${formatDayDateId(stage.dueDate)}${windowText(stage)}. ${stage.task}`,
      };
      const deadline = stageDeadline(stage);
      const late = overdueDays(deadline, now, hour, days);
      // A stage due on a day off is reminded on the working day before: a deadline told afterwards is no help.
      const remindOn = days.isWorking(stage.dueDate) ? stage.dueDate : days.before(stage.dueDate);
      const from = remindOn === stage.dueDate ? dueFrom(stage, hour) : atReminderHour(remindOn, hour);
      if (late) overdue(base, 'terlambat', stage.role, late, deadline);
      else if (now.getTime() >= from.getTime() && now.getTime() < deadline.getTime()) {
        add(
          {
            ...base,
            kind: 'jatuh_tempo',
            tag: stage.dueDate === today ? 'Jatuh tempo hari ini' : `Jatuh tempo ${DAYS_ID[weekday(stage.dueDate)]}`,
          },
          [stage.role],
        );
      }
      const eve = days.before(stage.dueDate);
      if (sopStage(stage.key).advanceNotice && eve === today && now.getTime() >= atReminderHour(eve, hour).getTime()) {
        const tag = addDays(today, 1) === stage.dueDate ? 'Pemberitahuan: besok' : `Pemberitahuan: ${DAYS_ID[weekday(stage.dueDate)]}`;
        add({ ...base, kind: 'pemberitahuan', tag }, TEAM);
      }
    }
  }
  for (const action of actions) {
    if (action.status !== 'terbuka' || !action.dueDate) continue;
    const deadline = wibInstant(addDays(action.dueDate, 1));
    const late = overdueDays(deadline, now, hour, days);
    if (!late) continue;
    overdue(
      {
        episodeId: action.episodeId,
        subject: action.id,
        dueDate: action.dueDate,
        episodeLine: `Tindak lanjut evaluasi episode ${action.episodeId}`,
        title: action.action,
        detail: `Penanggung jawab: ${action.pic || '-'}. Batas waktu ${formatDayDateId(action.dueDate)}.`,
      },
      'tindak_lanjut',
      'pelaksana',
      late,
      deadline,
    );
  }
  return out;
}

export function urgency(r: Pick<Reminder, 'kind'>): number {
  return URGENCY.indexOf(r.kind);
}

export interface Digest {
  recipient: string;
  subject: string;
  body: string;
  keys: string[];
  urgency: number;
}

/** One e-mail per recipient, grouped by episode, most urgent first; plain text only. */
export function digests(reminders: readonly Reminder[], spreadsheetUrl: string, today: IsoDate): Digest[] {
  const byRecipient = new Map<string, Reminder[]>();
  for (const r of reminders) byRecipient.set(r.recipient, [...(byRecipient.get(r.recipient) ?? []), r]);
  const out: Digest[] = [];
  for (const [recipient, items] of byRecipient) {
    const sorted = [...items].sort((a, b) => urgency(a) - urgency(b) || a.dueDate.localeCompare(b.dueDate));
    // A stage due on a day off is due and tomorrow's notice on the same working day: told once, as due. Both keys
    // go with the e-mail, so the notice is not sent later on its own.
    const shown = sorted.filter(
      (r) =>
        r.kind !== 'pemberitahuan' ||
        !sorted.some((o) => o.kind !== 'pemberitahuan' && o.episodeId === r.episodeId && o.subject === r.subject),
    );
    const groups = new Map<string, Reminder[]>();
    for (const r of shown) groups.set(r.episodeLine, [...(groups.get(r.episodeLine) ?? []), r]);
    const sections = [...groups].map(([line, rs]) => [line, ...rs.map((r) => `  • [${r.tag}] ${r.title}\n    ${r.detail}`)].join('\n'));
    const late = shown.filter((r) => r.kind === 'terlambat' || r.kind === 'eskalasi' || r.kind === 'tindak_lanjut').length;
    out.push({
      recipient,
      subject: `[${NAME}] Pengingat ${shown.length} tugas${late ? ` (${late} terlambat)` : ''} – ${formatDayDateId(today)}`,
      body: [
        'Yth. Bapak/Ibu,',
        '',
        `Berikut tahapan SOP ${NAME} (TikTok) yang perlu ditindaklanjuti:`,
        '',
        sections.join('\n\n'),
        '',
        `Tandai tahapan yang sudah selesai di register: ${spreadsheetUrl}`,
        '',
        `Email ini dikirim otomatis oleh register ${NAME} Dinas Koperasi dan UKM Kabupaten Bogor.`,
      ].join('\n'),
      keys: sorted.map((r) => r.key),
      urgency: urgency(sorted[0]),
    });
  }
  return out.sort((a, b) => a.urgency - b.urgency || a.recipient.localeCompare(b.recipient));
}
