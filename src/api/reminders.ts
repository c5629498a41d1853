/**
 * The hourly reminder run. One recurring trigger works out what is due (a chain of one-shot
 * triggers is known to stop silently). Exactly once: every reminder has a ledger row moved
 * menunggu → mengirim → terkirim/gagal under the register's lock; an e-mail goes out only after its
 * rows were claimed, so a second or overlapping run, or a run after a crash, never sends it again.
 */
import { wibDate, wibDateTime, wibInstant } from '../domain/shared/dates';
import type { Row } from '../domain/shared/schema';
import { digests, LEDGER, plan, type Digest } from '../domain/reminders/reminders';
import { NAME } from '../domain/shared/programme';
import { form } from '../domain/shared/validation';
import { Register } from '../gas/register';
import type { Table } from '../gas/table';
import { withRegisterLock } from '../gas/lock';
import { mailQuotaLeft, sendMail } from '../gas/mail';
import { documentProperties } from '../gas/properties';
import { keepOneHourlyTrigger, removeTriggersOf } from '../gas/triggers';
import { openRegister } from '../gas/runtime';
import { refreshDashboardQuietly } from './shared/dashboard';
import { createContext, endpoint, guarded, type ApiResult, type Context } from './endpoint';
import { HANDLER, PROPS, ReminderStatus, RunSummary, reminderStatus } from './shared/reminders';
import { episodeViews } from './shared/episodes';

/** Stop claiming new e-mails well before Apps Script's 6-minute limit; the next run resumes. */
const TIME_BUDGET_MS = 4.5 * 60 * 1000;
/** A claim older than any execution can live belongs to a run that died mid-send. */
const STALE_CLAIM_MS = 10 * 60 * 1000;
const MAX_ATTEMPTS = 5;
const RETRY_DELAYS_MS = [1000, 2000, 4000];

type Ledger = Table<'reminders'>;
type Failure = { kind: 'quota' | 'transient' | 'permanent'; message: string };

function classify(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  if (/too many times for one day/i.test(message)) return { kind: 'quota', message };
  if (/too many times in a short time|timed out|try again|internal error|server error/i.test(message)) {
    return { kind: 'transient', message };
  }
  return { kind: 'permanent', message };
}

/** A ledger row is owed an e-mail: never tried, or failed for a reason that may pass. */
function owed(row: Row<'reminders'>): boolean {
  return row.status === LEDGER.pending || (row.status === LEDGER.error && row.attempts !== null && row.attempts < MAX_ATTEMPTS && row.error.startsWith('sementara'));
}

function claimedAt(row: Row<'reminders'>): number {
  const [date, time] = row.updatedAt.split(' ');
  return row.updatedAt ? wibInstant(date, time).getTime() : 0;
}

interface Plan {
  ctx: Context;
  ledger: Ledger;
  /** Digests to send, most urgent first, with the ledger positions of their reminders. */
  outgoing: { digest: Digest; indexes: number[] }[];
  dropped: number;
  uncertain: string[];
}

/**
 * Brings the ledger in line with what is owed now: new reminders pending, pending ones no longer
 * owed (stage done, episode cancelled, address removed) dropped, claims of dead runs marked
 * uncertain (never resent: they may have gone out).
 */
function reconcile(register: Register, write: boolean): Plan {
  const { ctx } = createContext(register);
  const settings = ctx.settings();
  const views = register.table('episodes').rows().map(episodeViews(ctx));
  const owedNow = plan(views, register.table('actions').rows(), settings, ctx.now);
  const ledger = register.table('reminders');
  const positions = new Map(ledger.all().map((s) => [s.row.key, s]));
  const owedKeys = new Set(owedNow.map((r) => r.key));
  const updatedAt = wibDateTime(ctx.now);
  let dropped = 0;
  const uncertain: string[] = [];
  for (const { index, row } of ledger.all()) {
    if (row.status === LEDGER.pending && !owedKeys.has(row.key)) {
      if (write) ledger.update(index, { status: LEDGER.dropped, updatedAt });
      dropped++;
    } else if (row.status === LEDGER.sending && ctx.now.getTime() - claimedAt(row) > STALE_CLAIM_MS) {
      if (write) ledger.update(index, { status: LEDGER.uncertain, updatedAt, error: 'Eksekusi terhenti saat mengirim; email mungkin sudah terkirim.' });
      uncertain.push(row.key);
    }
  }
  const sendable = owedNow.filter((r) => {
    const known = positions.get(r.key);
    if (!known) {
      if (write) {
        ledger.append({
          key: r.key, episodeId: r.episodeId, stage: r.subject, kind: r.kind, dueDate: r.dueDate, recipient: r.recipient,
          status: LEDGER.pending, attempts: 0, updatedAt, error: '',
        });
      }
      return true;
    }
    return owed(known.row);
  });
  const indexOf = new Map(ledger.all().map((s) => [s.row.key, s.index]));
  const outgoing = digests(sendable, register.spreadsheet.getUrl(), wibDate(ctx.now)).map((digest) => ({
    digest, indexes: digest.keys.map((k) => indexOf.get(k) ?? -1).filter((i) => i >= 0),
  }));
  return { ctx, ledger, outgoing, dropped, uncertain };
}

/** Claims a digest's rows still owed (re-read from the sheet); returns what this run may send. */
function claim(ledger: Ledger, indexes: number[], now: Date): number[] {
  const fresh = ledger.readFresh(indexes, 'status');
  const claimable = indexes.filter((i) => {
    const status = fresh.get(i);
    return status === LEDGER.pending || status === LEDGER.error;
  });
  for (const i of claimable) ledger.patch(i, { status: LEDGER.sending, updatedAt: wibDateTime(now) });
  SpreadsheetApp.flush();
  return claimable;
}

function send(digest: Digest): Failure | null {
  for (let attempt = 0; ; attempt++) {
    try {
      sendMail({ to: digest.recipient, subject: digest.subject, body: digest.body });
      return null;
    } catch (error) {
      const failure = classify(error);
      if (failure.kind !== 'transient' || attempt >= RETRY_DELAYS_MS.length) return failure;
      Utilities.sleep(RETRY_DELAYS_MS[attempt]);
    }
  }
}

function settle(ledger: Ledger, indexes: number[], outcome: Failure | null, now: Date): void {
  for (const i of indexes) {
    const attempts = (ledger.get(i)?.attempts ?? 0) + 1;
    if (!outcome) ledger.patch(i, { status: LEDGER.sent, attempts, updatedAt: wibDateTime(now), error: '' });
    else if (outcome.kind === 'quota') ledger.patch(i, { status: LEDGER.pending, updatedAt: wibDateTime(now) });
    else {
      const prefix = outcome.kind === 'transient' ? 'sementara' : 'tetap';
      ledger.patch(i, { status: LEDGER.error, attempts, updatedAt: wibDateTime(now), error: `${prefix}: ${outcome.message}` });
    }
  }
  SpreadsheetApp.flush();
}

/** Tells the head of office about failures, at most once a day. */
function reportFailures(ctx: Context, summary: RunSummary, uncertain: string[]): void {
  const problems = [...summary.errors, ...uncertain.map((k) => `Status tidak pasti (mungkin sudah terkirim): ${k}`)];
  if (!problems.length) return;
  const props = documentProperties();
  const today = wibDate(ctx.now);
  const head = ctx.settings().emailKepala;
  withRegisterLock(() => {
    const register = new Register(ctx.register.spreadsheet);
    for (const p of problems) {
      register.log('audit').append({ at: wibDateTime(ctx.now), user: ctx.user, action: 'pengingat gagal', recordId: '', before: '', after: p });
    }
    register.commit();
  });
  if (!head || props.getProperty(PROPS.lastFailureMail) === today || mailQuotaLeft() < 1) return;
  props.setProperty(PROPS.lastFailureMail, today);
  sendMail({
    to: head,
    subject: `[${NAME}] Ada pengingat yang gagal dikirim`,
    body: ['Yth. Bapak/Ibu,', '', `Pengiriman pengingat ${NAME} mengalami kendala:`, '', ...problems.map((p) => `• ${p}`), '',
      `Rincian ada di lembar "Log Pengingat" dan "Log Audit": ${ctx.register.spreadsheet.getUrl()}`].join('\n'),
  });
}

/** The time-driven trigger's function. */
export function runReminders(_e?: GoogleAppsScript.Events.TimeDriven): RunSummary {
  const started = Date.now();
  const props = documentProperties();
  const prepared = withRegisterLock(() => {
    const register = new Register(openRegister());
    const planned = reconcile(register, true);
    register.commit();
    SpreadsheetApp.flush();
    return planned;
  });
  const { ctx, ledger, outgoing, dropped, uncertain } = prepared;
  const summary: RunSummary = { at: wibDateTime(ctx.now), sent: 0, recipients: [], deferred: 0, dropped, errors: [] };
  const today = wibDate(ctx.now);
  let quota = props.getProperty(PROPS.quotaBlockedDay) === today ? 0 : mailQuotaLeft();
  for (const { digest, indexes } of outgoing) {
    if (quota < 1 || Date.now() - started > TIME_BUDGET_MS) {
      summary.deferred++;
      continue;
    }
    const claimed = withRegisterLock(() => claim(ledger, indexes, new Date()));
    if (!claimed.length) continue;
    const outcome = send(digest);
    withRegisterLock(() => settle(ledger, claimed, outcome, new Date()));
    if (!outcome) {
      quota--;
      summary.sent++;
      summary.recipients.push(digest.recipient);
    } else if (outcome.kind === 'quota') {
      // Retrying within the day only burns executions: wait for tomorrow's quota.
      props.setProperty(PROPS.quotaBlockedDay, today);
      quota = 0;
      summary.deferred++;
    } else {
      summary.errors.push(`${digest.recipient}: ${outcome.message}`);
    }
  }
  props.setProperty(PROPS.lastRun, JSON.stringify(summary));
  reportFailures(ctx, summary, uncertain);
  refreshDashboardQuietly();
  return summary;
}

/** Menu item "Kirim pengingat sekarang": the hourly run, with what it did shown to the person who asked. */
export function sendRemindersNow(): void {
  const s = runReminders();
  const parts = [`${s.sent} email terkirim`, ...(s.deferred ? [`${s.deferred} ditunda`] : []), ...(s.errors.length ? [`${s.errors.length} gagal (lihat Periksa instalasi)`] : [])];
  openRegister().toast(s.sent || s.deferred || s.errors.length ? `Pengingat: ${parts.join(', ')}.` : 'Tidak ada pengingat yang perlu dikirim sekarang.', NAME);
}

export function installTriggers(): ApiResult<{ installed: true; owner: string }> {
  return guarded(() => {
    // Only someone who may edit the register installs its reminders (from the phone page too).
    const register = openRegister();
    // Idempotent: keep one, remove any duplicates an earlier version or a double click left.
    keepOneHourlyTrigger(HANDLER);
    const owner = Session.getEffectiveUser().getEmail();
    documentProperties().setProperty(PROPS.owner, owner);
    // Run from the menu, the user would otherwise see nothing happen.
    register.toast(`Pengingat otomatis aktif setiap jam, dikirim atas nama ${owner}.`, NAME);
    return { ok: true, data: { installed: true, owner } };
  });
}

export function removeTriggers(): ApiResult<{ removed: number }> {
  return guarded(() => {
    openRegister();
    const removed = removeTriggersOf(HANDLER);
    documentProperties().deleteProperty(PROPS.owner);
    return { ok: true, data: { removed } };
  });
}

export const getReminderStatus = endpoint(form({}), (_input, ctx): ReminderStatus => reminderStatus(ctx), { write: false });

/** What the next run would send now, without sending or writing anything. */
export const previewReminders = endpoint(form({}), (_input, ctx) => {
  const { outgoing } = reconcile(ctx.register, false);
  return { emails: outgoing.map(({ digest }) => ({ to: digest.recipient, subject: digest.subject, body: digest.body })) };
}, { write: false });

