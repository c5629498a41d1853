/** What the reminder run left behind, for the sidebar's status and "Periksa instalasi". */
import { LEDGER, roleAddresses } from '../../domain/reminders/reminders';
import { ROLES, type Role } from '../../domain/shared/sop';
import { mailQuotaLeft } from '../../gas/mail';
import { documentProperties } from '../../gas/properties';
import { triggersOf } from '../../gas/triggers';
import type { Context } from '../endpoint';

/** The hourly run's global function. */
export const HANDLER = 'runReminders';
/** Document properties of the reminder run. */
export const PROPS = {
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

export interface ReminderStatus {
  installed: boolean;
  owner: string;
  lastRun: RunSummary | null;
  quotaLeft: number;
  pending: number;
  failed: number;
  uncertain: number;
  /** Team roles without an address: their reminders cannot go out. */
  missingRoles: string[];
}

/** Whether the hourly reminder trigger is installed. */
export const remindersInstalled = () => triggersOf(HANDLER).length > 0;

/** Whether reminders can go out: the trigger, the last run, the quota, the ledger, the team's addresses. */
export function reminderStatus(ctx: Context): ReminderStatus {
  const props = documentProperties().getProperties();
  const rows = ctx.register.table('reminders').rows();
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    installed: remindersInstalled(),
    owner: props[PROPS.owner] ?? '',
    lastRun: props[PROPS.lastRun] ? (JSON.parse(props[PROPS.lastRun]) as RunSummary) : null,
    quotaLeft: mailQuotaLeft(),
    pending: count(LEDGER.pending),
    failed: count(LEDGER.error),
    uncertain: count(LEDGER.uncertain),
    missingRoles: (Object.keys(ROLES) as Role[]).filter((r) => !roleAddresses(r, ctx.settings()).length).map((r) => ROLES[r]),
  };
}
