/**
 * The hourly reminder run. One recurring trigger works out what is due (a chain of one-shot
 * triggers is known to stop silently). Exactly once: every reminder has a ledger row moved
 * menunggu → mengirim → terkirim/gagal under the register's lock; an e-mail goes out only after its
 * rows were claimed, so a second or overlapping run, or a run after a crash, never sends it again.
 */

import type { EpisodeView } from '../domain/episodes/episodes';
import { type Digest, digests, LEDGER, plan } from '../domain/reminders/reminders';
import { wibDate, wibDateTime, wibInstant } from '../domain/shared/dates';
import { NAME } from '../domain/shared/programme';
import type { Row } from '../domain/shared/schema';
import { form } from '../domain/shared/validation';
import { explainFailure } from '../gas/google-errors';
import { withRegisterLock } from '../gas/lock';
import { mailQuotaLeft, sendMail } from '../gas/mail';
import { documentProperties } from '../gas/properties';
import { Register } from '../gas/register';
import { openRegister } from '../gas/runtime';
import type { Table } from '../gas/table';
import { createHourlyTrigger, deleteTrigger, readTriggerRecord, runningAs, triggersOf, writeTriggerRecord } from '../gas/triggers';
import { type ApiResult, type Context, createContext, endpoint, failure, guarded } from './endpoint';
import { fromMenu } from './menu';
import { dashboardModel, updateDashboard } from './shared/dashboard';
import { episodeViews } from './shared/episodes';
import { HANDLER, PROPS, type ReminderStatus, type RunSummary, reminderStatus, triggerState } from './shared/reminders';

/** Stop claiming new e-mails well before Apps Script's 6-minute limit; the next run resumes. */
const TIME_BUDGET_MS = 4.5 * 60 * 1000;
/** A claim older than any execution can live belongs to a run that died mid-send. */
const STALE_CLAIM_MS = 10 * 60 * 1000;
/** Runs that try a failed e-mail, the first included; past that it waits for someone to look (Periksa instalasi). */
const MAX_ATTEMPTS = 5;
const RETRY_DELAYS_MS = [1000, 2000, 4000];

type Ledger = Table<'reminders'>;
type Failure = { kind: 'quota' | 'failed'; message: string };

/**
 * Why an e-mail did not go out. Apps Script's error text is in the language of the account running the script
 * ("usually localized into the user's language", https://developers.google.com/apps-script/api/reference/rest/v1/ExecutionError),
 * so it is never read: the daily quota is asked for, and any other failure is tried again a bounded number of times.
 */
function classify(error: unknown): Failure {
  console.error(error);
  // What the ledger's "Galat", the run summary and "Periksa instalasi" show: Indonesian, never Google's text alone.
  const message = explainFailure(error);
  return { kind: mailQuotaLeft() < 1 ? 'quota' : 'failed', message };
}

/** A ledger row is owed an e-mail: never tried, or failed for a reason that may pass. */
function owed(row: Row<'reminders'>): boolean {
  return row.status === LEDGER.pending || (row.status === LEDGER.error && row.attempts !== null && row.attempts < MAX_ATTEMPTS);
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
 * uncertain (never resent: they may have gone out). `views`: every episode's, when the caller has built them.
 */
function reconcile(
  ctx: Context,
  write: boolean,
  views: readonly EpisodeView[] = ctx.register.table('episodes').rows().map(episodeViews(ctx)),
): Plan {
  const { register } = ctx;
  const settings = ctx.settings();
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
      if (write)
        ledger.update(index, {
          status: LEDGER.uncertain,
          updatedAt,
          error: 'Eksekusi terhenti saat mengirim; email mungkin sudah terkirim.',
        });
      uncertain.push(row.key);
    }
  }
  const sendable = owedNow.filter((r) => {
    const known = positions.get(r.key);
    if (!known) {
      if (write) {
        ledger.append({
          key: r.key,
          episodeId: r.episodeId,
          stage: r.subject,
          kind: r.kind,
          dueDate: r.dueDate,
          recipient: r.recipient,
          status: LEDGER.pending,
          attempts: 0,
          updatedAt,
          error: '',
        });
      }
      return true;
    }
    return owed(known.row);
  });
  const indexOf = new Map(ledger.all().map((s) => [s.row.key, s.index]));
  const outgoing = digests(sendable, register.spreadsheet.getUrl(), wibDate(ctx.now)).map((digest) => ({
    digest,
    indexes: digest.keys.map((k) => indexOf.get(k) ?? -1).filter((i) => i >= 0),
  }));
  return { ctx, ledger, outgoing, dropped, uncertain };
}

/** The dashboard's work in the hourly run: a failure is logged, never thrown, so it cannot stop the reminders. */
function quietly<T>(work: () => T): T | null {
  try {
    return work();
  } catch (error) {
    console.warn(`Dasbor tidak diperbarui: ${explainFailure(error)}`);
    console.error(error);
    return null;
  }
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
      if (failure.kind === 'quota' || attempt >= RETRY_DELAYS_MS.length) return failure;
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
      const next = attempts < MAX_ATTEMPTS ? 'dicoba lagi pada jam berikutnya' : 'tidak dicoba lagi';
      ledger.patch(i, {
        status: LEDGER.error,
        attempts,
        updatedAt: wibDateTime(now),
        error: `Gagal pada percobaan ke-${attempts} dari ${MAX_ATTEMPTS}, ${next}: ${outcome.message}`,
      });
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
      register
        .log('audit')
        .append({ at: wibDateTime(ctx.now), user: ctx.user, action: 'pengingat gagal', recordId: '', before: '', after: p });
    }
    register.commit();
  });
  if (!head || props.getProperty(PROPS.lastFailureMail) === today || mailQuotaLeft() < 1) return;
  props.setProperty(PROPS.lastFailureMail, today);
  sendMail({
    to: head,
    subject: `[${NAME}] Ada pengingat yang gagal dikirim`,
    body: [
      'Yth. Bapak/Ibu,',
      '',
      `Pengiriman pengingat ${NAME} mengalami kendala:`,
      '',
      ...problems.map((p) => `• ${p}`),
      '',
      `Rincian ada di lembar "Log Pengingat" dan "Log Audit": ${ctx.register.spreadsheet.getUrl()}`,
    ].join('\n'),
  });
}

/**
 * The time-driven trigger's function. Only the trigger on record sends: a second one (installed from another account
 * by an earlier version, or left behind by its owner) removes itself, so reminders never go out from two accounts.
 */
export function runReminders(e?: GoogleAppsScript.Events.TimeDriven): RunSummary | null {
  const uid = e?.triggerUid;
  if (uid) {
    const record = readTriggerRecord(PROPS.owner);
    const me = runningAs();
    if (!record || (record.owner === me && !record.triggerId))
      writeTriggerRecord(PROPS.owner, { owner: me, triggerId: uid, installedAt: Date.now() });
    else if (record.triggerId !== uid) {
      for (const t of triggersOf(HANDLER)) if (t.getUniqueId() === uid) deleteTrigger(t);
      console.warn(`runReminders: pemicu ${uid} milik ${me} dihapus; pengingat dikirim oleh pemicu milik ${record.owner}.`);
      return null;
    }
  }
  return sendDue();
}

/** Sends what is due now (the hourly run, or "Kirim pengingat sekarang"). */
function sendDue(): RunSummary {
  const started = Date.now();
  const props = documentProperties();
  const prepared = withRegisterLock(() => {
    const { ctx } = createContext(new Register(openRegister()));
    // One reading of the register for the dashboard and the reminders: the dashboard's reads the wider part
    // (this year's records), so it goes first and the reminders are planned from its episode views.
    const board = quietly(() => dashboardModel(ctx));
    const planned = reconcile(ctx, true, board?.data.views);
    ctx.register.commit();
    SpreadsheetApp.flush();
    if (board) quietly(() => updateDashboard(ctx, board.model));
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
  return summary;
}

/** Menu item "Kirim pengingat sekarang": the hourly run, with what it did shown to the person who asked. */
export function sendRemindersNow(): void {
  fromMenu(
    'Kirim pengingat sekarang',
    () => guarded(() => ({ ok: true, data: sendDue() })),
    (s) => {
      const parts = [
        `${s.sent} email terkirim`,
        ...(s.deferred ? [`${s.deferred} ditunda`] : []),
        ...(s.errors.length ? [`${s.errors.length} gagal (lihat Periksa instalasi)`] : []),
      ];
      return {
        toast:
          s.sent || s.deferred || s.errors.length ? `Pengingat: ${parts.join(', ')}.` : 'Tidak ada pengingat yang perlu dikirim sekarang.',
      };
    },
  );
}

/**
 * One hourly trigger for the register, owned by whoever installed it. Run again by its owner it repairs itself; run by
 * another editor it is refused with the owner's name, unless the owner's trigger has not run for a day (taken over).
 */
type Installation = { installed: true; owner: string; takenOverFrom?: string };
export function installTriggers(): ApiResult<Installation> {
  return guarded(() =>
    withRegisterLock((): ApiResult<Installation> => {
      // Only someone who may edit the register installs its reminders (from the phone page too).
      openRegister();
      const now = new Date();
      const state = triggerState(documentProperties().getProperties(), now);
      const me = runningAs();
      if (state.record && !state.mine && !state.dead) {
        const owner = state.record.owner;
        return failure([
          {
            field: '',
            message:
              `Pengingat otomatis sudah dipasang oleh ${owner} dan dikirim atas nama akun itu. ` +
              `Tidak perlu memasangnya lagi: pemicu kedua dari akun lain akan mengirim pengingat dua kali. Untuk memindahkannya ke akun Anda, ` +
              `minta ${owner} menghentikannya terlebih dahulu (panel Pengingat › Hentikan pengingat).`,
          },
        ]);
      }
      const own = triggersOf(HANDLER);
      const keep = own.find((t) => state.mine && t.getUniqueId() === state.record?.triggerId) ?? own[0];
      // Idempotent: keep one, remove any duplicates an earlier version or a double click left.
      for (const extra of own) if (extra !== keep) deleteTrigger(extra);
      const trigger = keep ?? createHourlyTrigger(HANDLER);
      writeTriggerRecord(PROPS.owner, { owner: me, triggerId: trigger.getUniqueId(), installedAt: now.getTime() });
      const takenOverFrom = state.record && !state.mine ? state.record.owner : undefined;
      return { ok: true, data: { installed: true, owner: me, ...(takenOverFrom ? { takenOverFrom } : {}) } };
    }),
  );
}

/** Menu item "Pasang pengingat otomatis". */
export function showReminderInstall(): void {
  fromMenu('Pasang pengingat otomatis', installTriggers, (r) => ({
    toast: `${r.takenOverFrom ? `Pemicu milik ${r.takenOverFrom} diambil alih. ` : ''}Pengingat otomatis aktif setiap jam, dikirim atas nama ${r.owner}.`,
  }));
}

/** Only the trigger's owner can remove it: no account can see, let alone delete, another's trigger. */
export function removeTriggers(): ApiResult<{ removed: number }> {
  return guarded(() =>
    withRegisterLock((): ApiResult<{ removed: number }> => {
      openRegister();
      const state = triggerState(documentProperties().getProperties(), new Date());
      if (state.record && !state.mine) {
        const owner = state.record.owner;
        return failure([
          {
            field: '',
            message:
              `Pengingat otomatis dipasang oleh ${owner}; hanya ${owner} yang dapat menghentikannya. ` +
              `Minta ${owner} membuka register ini dan memilih Hentikan pengingat di panel Pengingat.`,
          },
        ]);
      }
      const own = triggersOf(HANDLER);
      for (const t of own) deleteTrigger(t);
      writeTriggerRecord(PROPS.owner, null);
      return { ok: true, data: { removed: own.length } };
    }),
  );
}

export const getReminderStatus = endpoint(form({}), (_input, ctx): ReminderStatus => reminderStatus(ctx), { write: false });

/** What the next run would send now, without sending or writing anything. */
export const previewReminders = endpoint(
  form({}),
  (_input, ctx) => {
    const { outgoing } = reconcile(ctx, false);
    return { emails: outgoing.map(({ digest }) => ({ to: digest.recipient, subject: digest.subject, body: digest.body })) };
  },
  { write: false },
);
