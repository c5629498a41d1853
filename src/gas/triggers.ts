/**
 * The project's installable triggers, by the global function they run. https://developers.google.com/apps-script/reference/script/script-app
 *
 * A trigger belongs to the account that created it: it runs as that account, and only that account sees it.
 * `getProjectTriggers()` "gets all installable triggers associated with the current project and current user", and "a
 * given account cannot see triggers installed from a second account"
 * (https://developers.google.com/apps-script/guides/triggers/installable#restrictions). So who installed a trigger is
 * kept in the document properties, which every editor reads (TriggerRecord).
 */
import { documentProperties } from './properties';

/** The account this execution runs as: the one that owns what it installs. */
export function runningAs(): string {
  return Session.getEffectiveUser().getEmail();
}

/** This account's triggers of `handler` (another account's are invisible). */
export function triggersOf(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/** A new hourly trigger for `handler`, owned by this account. */
export function createHourlyTrigger(handler: string): GoogleAppsScript.Script.Trigger {
  return ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
}

/** `handler` runs on each response to `form`. */
export function createFormSubmitTrigger(handler: string, form: GoogleAppsScript.Forms.Form): void {
  ScriptApp.newTrigger(handler).forForm(form).onFormSubmit().create();
}

/** `handler` runs on each response to `form`, and on no other form (of this account's triggers). */
export function replaceFormSubmitTrigger(handler: string, form: GoogleAppsScript.Forms.Form): void {
  for (const t of triggersOf(handler)) deleteTrigger(t);
  createFormSubmitTrigger(handler, form);
}

/** A trigger that runs `handler` once, `afterMs` from now. */
export function createOneOffTrigger(handler: string, afterMs: number): GoogleAppsScript.Script.Trigger {
  return ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
}

export function deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
  ScriptApp.deleteTrigger(trigger);
}

/** Who installed a trigger, for every editor to read. */
export interface TriggerRecord {
  owner: string;
  /** `Trigger.getUniqueId()`; '' for a record kept by an earlier version (owner only). */
  triggerId: string;
  /** Epoch ms. */
  installedAt: number;
}

export function readTriggerRecord(key: string): TriggerRecord | null {
  const stored = documentProperties().getProperty(key);
  if (!stored) return null;
  // An earlier version kept the owner's address alone.
  if (!stored.startsWith('{')) return { owner: stored, triggerId: '', installedAt: 0 };
  return JSON.parse(stored) as TriggerRecord;
}

export function writeTriggerRecord(key: string, record: TriggerRecord | null): void {
  if (record) documentProperties().setProperty(key, JSON.stringify(record));
  else documentProperties().deleteProperty(key);
}
