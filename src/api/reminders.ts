/**
 * The hourly reminder run. One recurring trigger works out what is due (a chain of one-shot
 * triggers is known to stop silently). Exactly once: every reminder has a ledger row moved
 * menunggu → mengirim → terkirim/gagal under the document lock; an e-mail goes out only after its
 * rows were claimed, so a second or overlapping run, or a run after a crash, never sends it again.
 */
import { wibDate, wibDateTime, wibInstant } from '../domain/dates';
import type { Row } from '../domain/schema';
import { digests, LEDGER, plan, roleAddresses, type Digest } from '../domain/reminders';
import { ROLES, type Role } from '../domain/sop';
import { form } from '../domain/validation';
import { Register, RegisterError, type Table } from '../gas/register';
import { activeSpreadsheet, registerLock } from '../gas/runtime';
import { refreshDashboardQuietly } from './dashboard';
import { readRecord, ownTriggers, runningAs, writeRecord, type TriggerRecord } from '../gas/triggers';
import { BUSY_MESSAGE, createContext, endpoint, failure, guarded, type ApiResult, type Context } from './endpoint';
import { fromMenu } from './menu';
import { viewer } from './episodes';

const HANDLER = 'runReminders';
const PROPS = {
  /** Who installed the hourly trigger (a TriggerRecord; the key of earlier versions, which kept the address alone). */
  owner: 'reminders.owner',
  lastRun: 'reminders.lastRun',
  quotaBlockedDay: 'reminders.quotaBlockedDay',
  lastFailureMail: 'reminders.lastFailureMail',
};
/** Stop claiming new e-mails well before Apps Script's 6-minute limit; the next run resumes. */
const TIME_BUDGET_MS = 4.5 * 60 * 1000;
/** A claim older than any execution can live belongs to a run that died mid-send. */
const STALE_CLAIM_MS = 10 * 60 * 1000;
/** Runs that try a failed e-mail, the first included; past that it waits for someone to look (Periksa instalasi). */
const MAX_ATTEMPTS = 5;
const RETRY_DELAYS_MS = [1000, 2000, 4000];
const LOCK_WAIT_MS = 30_000;
/** An hourly trigger that has not run for this long is taken as dead (its owner left, or lost access). */
const DEAD_AFTER_MS = 24 * 60 * 60 * 1000;

type Ledger = Table<'reminders'>;
type Failure = { kind: 'quota' | 'failed'; message: string };

export interface RunSummary {
  at: string;
  sent: number;
  recipients: string[];
  deferred: number;
  dropped: number;
  errors: string[];
}

/**
 * Why an e-mail did not go out. Apps Script's error text is in the language of the account running the script
 * ("usually localized into the user's language", developers.google.com/apps-script/api/reference/rest/v1/ExecutionError),
 * so it is never read: the daily quota is asked for, and any other failure is tried again a bounded number of times.
 */
function classify(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: MailApp.getRemainingDailyQuota() < 1 ? 'quota' : 'failed', message };
}

/** Under the register lock; a lock still busy after the wait is the register being in use, said in Indonesian. */
function withLock<T>(work: () => T): T {
  const lock = registerLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new RegisterError(BUSY_MESSAGE);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
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
 * uncertain (never resent: they may have gone out).
 */
function reconcile(register: Register, write: boolean): Plan {
  const { ctx } = createContext(register);
  const settings = ctx.settings();
  const views = register.table('episodes').rows().map(viewer(ctx));
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
  const outgoing = digests(sendable, activeSpreadsheet().getUrl(), wibDate(ctx.now)).map((digest) => ({
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
      MailApp.sendEmail({ to: digest.recipient, subject: digest.subject, body: digest.body, name: 'HALO KOP-UKM' });
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
      ledger.patch(i, { status: LEDGER.error, attempts, updatedAt: wibDateTime(now), error: `Gagal pada percobaan ke-${attempts} dari ${MAX_ATTEMPTS}, ${next}: ${outcome.message}` });
    }
  }
  SpreadsheetApp.flush();
}

/** Tells the head of office about failures, at most once a day. */
function reportFailures(ctx: Context, summary: RunSummary, uncertain: string[]): void {
  const problems = [...summary.errors, ...uncertain.map((k) => `Status tidak pasti (mungkin sudah terkirim): ${k}`)];
  if (!problems.length) return;
  const props = PropertiesService.getDocumentProperties();
  const today = wibDate(ctx.now);
  const head = ctx.settings().emailKepala;
  withLock(() => {
    const register = new Register(activeSpreadsheet());
    for (const p of problems) {
      register.log('audit').append({ at: wibDateTime(ctx.now), user: ctx.user, action: 'pengingat gagal', recordId: '', before: '', after: p });
    }
    register.commit();
  });
  if (!head || props.getProperty(PROPS.lastFailureMail) === today || MailApp.getRemainingDailyQuota() < 1) return;
  props.setProperty(PROPS.lastFailureMail, today);
  MailApp.sendEmail({
    to: head, name: 'HALO KOP-UKM',
    subject: '[HALO KOP-UKM] Ada pengingat yang gagal dikirim',
    body: ['Yth. Bapak/Ibu,', '', 'Pengiriman pengingat HALO KOP-UKM mengalami kendala:', '', ...problems.map((p) => `• ${p}`), '',
      `Rincian ada di lembar "Log Pengingat" dan "Log Audit": ${activeSpreadsheet().getUrl()}`].join('\n'),
  });
}

/**
 * The time-driven trigger's function. Only the trigger on record sends: a second one (installed from another account
 * by an earlier version, or left behind by its owner) removes itself, so reminders never go out from two accounts.
 */
export function runReminders(e?: GoogleAppsScript.Events.TimeDriven): RunSummary | null {
  const uid = e?.triggerUid;
  if (uid) {
    const record = readRecord(PROPS.owner);
    const me = runningAs();
    if (!record || (record.owner === me && !record.triggerId)) writeRecord(PROPS.owner, { owner: me, triggerId: uid, installedAt: Date.now() });
    else if (record.triggerId !== uid) {
      for (const t of ownTriggers(HANDLER)) if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t);
      console.warn(`runReminders: pemicu ${uid} milik ${me} dihapus; pengingat dikirim oleh pemicu milik ${record.owner}.`);
      return null;
    }
  }
  return sendDue();
}

/** Sends what is due now (the hourly run, or "Kirim pengingat sekarang"). */
function sendDue(): RunSummary {
  const started = Date.now();
  const props = PropertiesService.getDocumentProperties();
  const prepared = withLock(() => {
    const register = new Register(activeSpreadsheet());
    const planned = reconcile(register, true);
    register.commit();
    SpreadsheetApp.flush();
    return planned;
  });
  const { ctx, ledger, outgoing, dropped, uncertain } = prepared;
  const summary: RunSummary = { at: wibDateTime(ctx.now), sent: 0, recipients: [], deferred: 0, dropped, errors: [] };
  const today = wibDate(ctx.now);
  let quota = props.getProperty(PROPS.quotaBlockedDay) === today ? 0 : MailApp.getRemainingDailyQuota();
  for (const { digest, indexes } of outgoing) {
    if (quota < 1 || Date.now() - started > TIME_BUDGET_MS) {
      summary.deferred++;
      continue;
    }
    const claimed = withLock(() => claim(ledger, indexes, new Date()));
    if (!claimed.length) continue;
    const outcome = send(digest);
    withLock(() => settle(ledger, claimed, outcome, new Date()));
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
  fromMenu('Kirim pengingat sekarang', () => guarded(() => ({ ok: true, data: sendDue() })), (s) => {
    const parts = [`${s.sent} email terkirim`, ...(s.deferred ? [`${s.deferred} ditunda`] : []), ...(s.errors.length ? [`${s.errors.length} gagal (lihat Periksa instalasi)`] : [])];
    return { toast: s.sent || s.deferred || s.errors.length ? `Pengingat: ${parts.join(', ')}.` : 'Tidak ada pengingat yang perlu dikirim sekarang.' };
  });
}

/** The hourly trigger as every editor sees it: who owns it, whether it is this account's, when it last showed life. */
interface Installed {
  record: TriggerRecord | null;
  mine: boolean;
  /** The record's trigger runs, as far as this account can tell. */
  installed: boolean;
  /** Not run for a day: its owner's account no longer runs it. */
  dead: boolean;
}

function lastRunOf(props: Record<string, string>): RunSummary | null {
  return props[PROPS.lastRun] ? (JSON.parse(props[PROPS.lastRun]) as RunSummary) : null;
}

function installed(props: Record<string, string>, now: Date): Installed {
  const me = runningAs();
  const own = ownTriggers(HANDLER);
  let record = readRecord(PROPS.owner);
  // A trigger of this account left without a record (an earlier version cleared it) is still running.
  if (!record && own.length) record = { owner: me, triggerId: own[0].getUniqueId(), installedAt: 0 };
  if (!record) return { record, mine: false, installed: false, dead: false };
  const mine = record.owner === me;
  if (mine) return { record, mine, installed: own.some((t) => !record.triggerId || t.getUniqueId() === record.triggerId), dead: false };
  const last = lastRunOf(props);
  const seen = Math.max(record.installedAt, last ? wibInstant(last.at.slice(0, 10), last.at.slice(11)).getTime() : 0);
  return { record, mine, installed: true, dead: now.getTime() - seen > DEAD_AFTER_MS };
}

/**
 * One hourly trigger for the register, owned by whoever installed it. Run again by its owner it repairs itself; run by
 * another editor it is refused with the owner's name, unless the owner's trigger has not run for a day (taken over).
 */
type Installation = { installed: true; owner: string; takenOverFrom?: string };
export function installTriggers(): ApiResult<Installation> {
  return guarded(() => withLock((): ApiResult<Installation> => {
    const now = new Date();
    const state = installed(PropertiesService.getDocumentProperties().getProperties(), now);
    const me = runningAs();
    if (state.record && !state.mine && !state.dead) {
      const owner = state.record.owner;
      return failure([{ field: '', message: `Pengingat otomatis sudah dipasang oleh ${owner} dan dikirim atas nama akun itu. ` +
        `Tidak perlu memasangnya lagi: pemicu kedua dari akun lain akan mengirim pengingat dua kali. Untuk memindahkannya ke akun Anda, ` +
        `minta ${owner} menghentikannya terlebih dahulu (panel Pengingat › Hentikan pengingat).` }]);
    }
    const own = ownTriggers(HANDLER);
    const keep = own.find((t) => state.mine && t.getUniqueId() === state.record?.triggerId) ?? own[0];
    // Idempotent: keep one, remove any duplicates an earlier version or a double click left.
    for (const extra of own) if (extra !== keep) ScriptApp.deleteTrigger(extra);
    const trigger = keep ?? ScriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create();
    writeRecord(PROPS.owner, { owner: me, triggerId: trigger.getUniqueId(), installedAt: now.getTime() });
    const takenOverFrom = state.record && !state.mine ? state.record.owner : undefined;
    return { ok: true, data: { installed: true, owner: me, ...(takenOverFrom ? { takenOverFrom } : {}) } };
  }));
}

/** Menu item "Pasang pengingat otomatis". */
export function showReminderInstall(): void {
  fromMenu('Pasang pengingat otomatis', installTriggers, (r) => ({
    toast: `${r.takenOverFrom ? `Pemicu milik ${r.takenOverFrom} diambil alih. ` : ''}Pengingat otomatis aktif setiap jam, dikirim atas nama ${r.owner}.`,
  }));
}

/** Only the trigger's owner can remove it: no account can see, let alone delete, another's trigger. */
export function removeTriggers(): ApiResult<{ removed: number }> {
  return guarded(() => withLock((): ApiResult<{ removed: number }> => {
    const state = installed(PropertiesService.getDocumentProperties().getProperties(), new Date());
    if (state.record && !state.mine) {
      const owner = state.record.owner;
      return failure([{ field: '', message: `Pengingat otomatis dipasang oleh ${owner}; hanya ${owner} yang dapat menghentikannya. ` +
        `Minta ${owner} membuka register ini dan memilih Hentikan pengingat di panel Pengingat.` }]);
    }
    const own = ownTriggers(HANDLER);
    for (const t of own) ScriptApp.deleteTrigger(t);
    writeRecord(PROPS.owner, null);
    return { ok: true, data: { removed: own.length } };
  }));
}

export interface ReminderStatus {
  installed: boolean;
  /** The account the trigger runs as ('' when none is installed). */
  owner: string;
  /** The trigger is this user's: only they can remove it. */
  ownedByMe: boolean;
  /** Another account's trigger that has not run for a day: "Pasang pengingat otomatis" takes it over. */
  dead: boolean;
  lastRun: RunSummary | null;
  quotaLeft: number;
  pending: number;
  failed: number;
  uncertain: number;
  /** Team roles without an address: their reminders cannot go out. */
  missingRoles: string[];
}

export const getReminderStatus = endpoint(form({}), (_input, ctx): ReminderStatus => {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const rows = ctx.register.table('reminders').rows();
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  const state = installed(props, ctx.now);
  return {
    installed: state.installed,
    owner: state.installed ? state.record?.owner ?? '' : '',
    ownedByMe: state.installed && state.mine,
    dead: state.dead,
    lastRun: lastRunOf(props),
    quotaLeft: MailApp.getRemainingDailyQuota(),
    pending: count(LEDGER.pending),
    failed: count(LEDGER.error),
    uncertain: count(LEDGER.uncertain),
    missingRoles: (Object.keys(ROLES) as Role[]).filter((r) => !roleAddresses(r, ctx.settings()).length).map((r) => ROLES[r]),
  };
}, { write: false });

/** What the next run would send now, without sending or writing anything. */
export const previewReminders = endpoint(form({}), (_input, ctx) => {
  const { outgoing } = reconcile(ctx.register, false);
  return { emails: outgoing.map(({ digest }) => ({ to: digest.recipient, subject: digest.subject, body: digest.body })) };
}, { write: false });

