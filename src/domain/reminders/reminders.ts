/**
 * What the hourly reminder run owes, worked out from the register and the clock alone. Each
 * reminder has a deterministic key, so a run that comes twice, late, or after a crash finds the
 * same keys in the ledger and sends nothing twice. Pure: no Google service.
 */
import { addDays, formatDayDateId, formatWindowId, type IsoDate, wibDate, wibInstant } from '../shared/dates';
import { isOwed, type EpisodeView, type StageView } from '../episodes/episodes';
import type { Row } from '../shared/schema';
import type { Settings } from '../settings/settings';
import { stage as sopStage, type Role } from '../shared/sop';
import { splitEmails } from '../shared/validation';
import { NAME } from '../shared/programme';

export type ReminderKind = 'jatuh_tempo' | 'pemberitahuan' | 'terlambat' | 'eskalasi' | 'tindak_lanjut';

export const KIND_LABELS: Record<ReminderKind, string> = {
  eskalasi: 'Masih terlambat',
  terlambat: 'Terlambat',
  tindak_lanjut: 'Tindak lanjut lewat batas waktu',
  jatuh_tempo: 'Jatuh tempo hari ini',
  pemberitahuan: 'Pemberitahuan: besok',
};
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
const WEEK_DAYS = 7;
const HOUR_MS = 3600 * 1000;

export interface Reminder {
  key: string;
  episodeId: string;
  /** A stage key, or a follow-up action's id. */
  subject: string;
  kind: ReminderKind;
  /** Weeks overdue, for escalations. */
  level: number;
  dueDate: IsoDate;
  recipient: string;
  /** What the digest says about it. */
  episodeLine: string;
  title: string;
  detail: string;
}

export type Action = Row<'actions'>;

export function roleAddresses(role: Role, settings: Settings): string[] {
  const raw = { pelaksana: settings.emailPelaksana, humas: settings.emailHumas, pubdisdok: settings.emailPubdisdok, kepala: settings.emailKepala }[role];
  return splitEmails(raw).map((a) => a.toLowerCase());
}

export const reminderKey = (r: Pick<Reminder, 'episodeId' | 'subject' | 'kind' | 'level' | 'dueDate' | 'recipient'>) =>
  [r.episodeId, r.subject, r.level ? `${r.kind}-${r.level}` : r.kind, r.dueDate, r.recipient].join('|');

function atReminderHour(date: IsoDate, hour: number): Date {
  return wibInstant(date, `${String(hour).padStart(2, '0')}:00`);
}

/** The first moment at or after `instant` that is the reminder hour of a WIB day. */
function nextReminderHour(instant: Date, hour: number): Date {
  const day = wibDate(instant);
  const sameDay = atReminderHour(day, hour);
  return sameDay.getTime() >= instant.getTime() ? sameDay : atReminderHour(addDays(day, 1), hour);
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
 * The overdue notice due now, if any: the first one at the reminder hour after the deadline, then
 * one escalation a week. Only the current one is owed, so a run after a gap catches up once.
 */
function overdueLevel(deadline: Date, now: Date, hour: number): number | null {
  const first = nextReminderHour(deadline, hour);
  if (now.getTime() < first.getTime()) return null;
  return Math.floor((now.getTime() - first.getTime()) / (WEEK_DAYS * 24 * HOUR_MS));
}

function windowText(stage: StageView): string {
  return stage.window ? `, ${formatWindowId(stage.window)}` : '';
}

/** Every reminder owed at `now`, one per recipient. */
export function plan(episodes: readonly EpisodeView[], actions: readonly Action[], settings: Settings, now: Date): Reminder[] {
  const hour = settings.reminderHour;
  const out: Reminder[] = [];
  const add = (base: Omit<Reminder, 'key' | 'recipient'>, roles: Role[]) => {
    const recipients = new Set(roles.flatMap((role) => roleAddresses(role, settings)));
    for (const recipient of recipients) out.push({ ...base, recipient, key: reminderKey({ ...base, recipient }) });
  };
  for (const episode of episodes) {
    if (episode.status === 'dibatalkan') continue;
    const episodeLine = `Episode ${episode.id} · LIVE ${formatDayDateId(episode.liveDate)} · ${episode.topic}` +
      (episode.guest ? ` · Narasumber: ${episode.guest.name} (${episode.guest.organization})` : '');
    for (const stage of episode.stages) {
      // A stage done, or shown done by its data (the register's one rule), is owed no reminder.
      if (!isOwed(stage)) continue;
      const base = {
        episodeId: episode.id, subject: stage.key, dueDate: stage.dueDate, episodeLine,
        title: `${stage.no}. ${stage.title} (${stage.roleLabel})`,
        detail: `Jatuh tempo ${formatDayDateId(stage.dueDate)}${windowText(stage)}. ${stage.task}`,
      };
      const deadline = stageDeadline(stage);
      const level = overdueLevel(deadline, now, hour);
      if (level !== null) {
        add({ ...base, kind: level ? 'eskalasi' : 'terlambat', level }, level ? [stage.role, 'kepala'] : [stage.role]);
      } else if (now.getTime() >= dueFrom(stage, hour).getTime() && now.getTime() < deadline.getTime()) {
        add({ ...base, kind: 'jatuh_tempo', level: 0 }, [stage.role]);
      }
      const eve = addDays(stage.dueDate, -1);
      if (sopStage(stage.key).advanceNotice && now.getTime() >= atReminderHour(eve, hour).getTime() && wibDate(now) === eve) {
        add({ ...base, kind: 'pemberitahuan', level: 0 }, TEAM);
      }
    }
  }
  for (const action of actions) {
    if (action.status !== 'terbuka' || !action.dueDate) continue;
    const level = overdueLevel(wibInstant(addDays(action.dueDate, 1)), now, hour);
    if (level === null) continue;
    add({
      episodeId: action.episodeId, subject: action.id, kind: 'tindak_lanjut', level, dueDate: action.dueDate,
      episodeLine: `Tindak lanjut evaluasi episode ${action.episodeId}`,
      title: action.action,
      detail: `Penanggung jawab: ${action.pic || '-'}. Batas waktu ${formatDayDateId(action.dueDate)}.`,
    }, level ? ['pelaksana', 'kepala'] : ['pelaksana']);
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
    const groups = new Map<string, Reminder[]>();
    for (const r of sorted) groups.set(r.episodeLine, [...(groups.get(r.episodeLine) ?? []), r]);
    const sections = [...groups].map(([line, rs]) =>
      [line, ...rs.map((r) => `  • [${KIND_LABELS[r.kind]}${r.level ? `, ${r.level} minggu` : ''}] ${r.title}\n    ${r.detail}`)].join('\n'));
    const late = items.filter((r) => r.kind === 'terlambat' || r.kind === 'eskalasi' || r.kind === 'tindak_lanjut').length;
    out.push({
      recipient,
      subject: `[${NAME}] Pengingat ${items.length} tugas${late ? ` (${late} terlambat)` : ''} – ${formatDayDateId(today)}`,
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
