/** What the reminder run left behind, for the sidebar's status and "Periksa instalasi". */
import { LEDGER, roleAddresses } from '../../domain/reminders/reminders';
import { wibInstant } from '../../domain/shared/dates';
import { ROLES, type Role } from '../../domain/shared/sop';
import { mailQuotaLeft } from '../../gas/mail';
import { documentProperties } from '../../gas/properties';
import { readTriggerRecord, runningAs, type TriggerRecord, triggersOf } from '../../gas/triggers';
import type { Context } from '../endpoint';

/** The hourly run's global function. */
export const HANDLER = 'runReminders';
/** Document properties of the reminder run. */
export const PROPS = {
  /** Who installed the hourly trigger (a TriggerRecord; earlier versions kept the address alone under this key). */
  owner: 'reminders.owner',
  lastRun: 'reminders.lastRun',
  quotaBlockedDay: 'reminders.quotaBlockedDay',
  lastFailureMail: 'reminders.lastFailureMail',
};
export interface RunSummary {
  at: string;
  sent: number;
  recipients: string[];
  deferred: number;
  dropped: number;
  errors: string[];
}

/** An hourly trigger that has not run (nor been installed) for this long is taken as dead: its owner left, or lost access. */
const DEAD_AFTER_MS = 24 * 60 * 60 * 1000;

/** The hourly trigger as the current account sees it: who owns it, whether it is this account's, whether it still runs. */
export interface TriggerState {
  record: TriggerRecord | null;
  mine: boolean;
  /** The record's trigger runs, as far as this account can tell (another account's triggers are invisible). */
  installed: boolean;
  /** Another account's trigger, not run for a day. */
  dead: boolean;
}

function lastRunOf(props: Record<string, string>): RunSummary | null {
  return props[PROPS.lastRun] ? (JSON.parse(props[PROPS.lastRun]) as RunSummary) : null;
}

export function triggerState(props: Record<string, string>, now: Date): TriggerState {
  const me = runningAs();
  const own = triggersOf(HANDLER);
  let record = readTriggerRecord(PROPS.owner);
  // A trigger of this account left without a record (an earlier version cleared it) is still running.
  if (!record && own.length) record = { owner: me, triggerId: own[0].getUniqueId(), installedAt: 0 };
  if (!record) return { record, mine: false, installed: false, dead: false };
  const mine = record.owner === me;
  if (mine) return { record, mine, installed: own.some((t) => !record.triggerId || t.getUniqueId() === record.triggerId), dead: false };
  const last = lastRunOf(props);
  const seen = Math.max(record.installedAt, last ? wibInstant(last.at.slice(0, 10), last.at.slice(11)).getTime() : 0);
  return { record, mine, installed: true, dead: now.getTime() - seen > DEAD_AFTER_MS };
}

export interface ReminderStatus {
  installed: boolean;
  /** The account the trigger runs as ('' when none is installed). */
  owner: string;
  /** The trigger is the caller's: only they can remove it. */
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

/** Whether the hourly reminder trigger is installed, by whichever account (each sees only its own triggers). */
export const remindersInstalled = () => triggerState(documentProperties().getProperties(), new Date()).installed;

/** Whether reminders can go out: the trigger, the last run, the quota, the ledger, the team's addresses. */
export function reminderStatus(ctx: Context): ReminderStatus {
  const props = documentProperties().getProperties();
  const rows = ctx.register.table('reminders').rows();
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  const state = triggerState(props, ctx.now);
  return {
    installed: state.installed,
    owner: state.installed ? (state.record?.owner ?? '') : '',
    ownedByMe: state.installed && state.mine,
    dead: state.dead,
    lastRun: lastRunOf(props),
    quotaLeft: mailQuotaLeft(),
    pending: count(LEDGER.pending),
    failed: count(LEDGER.error),
    uncertain: count(LEDGER.uncertain),
    missingRoles: (Object.keys(ROLES) as Role[]).filter((r) => !roleAddresses(r, ctx.settings()).length).map((r) => ROLES[r]),
  };
}
