/**
 * Installable triggers belong to the account that created them: it runs them, and only it sees them.
 * `ScriptApp.getProjectTriggers()` "gets all installable triggers associated with the current project and current
 * user", and "a given account cannot see triggers installed from a second account"
 * (developers.google.com/apps-script/reference/script/script-app, …/guides/triggers/installable#restrictions).
 * So who installed a trigger is kept in the document properties, which every editor reads.
 */

/** The account this execution runs as: the one that owns what it installs. */
export function runningAs(): string {
  return Session.getEffectiveUser().getEmail();
}

/** This account's triggers calling `handler` (another account's are invisible here). */
export function ownTriggers(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/** Who installed a trigger, for every editor to read. */
export interface TriggerRecord {
  owner: string;
  /** `Trigger.getUniqueId()`; '' for a record kept by an earlier version (owner only). */
  triggerId: string;
  /** Epoch ms. */
  installedAt: number;
}

export function readRecord(key: string): TriggerRecord | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(key);
  if (!stored) return null;
  // An earlier version kept the owner's address alone.
  if (!stored.startsWith('{')) return { owner: stored, triggerId: '', installedAt: 0 };
  return JSON.parse(stored) as TriggerRecord;
}

export function writeRecord(key: string, record: TriggerRecord | null): void {
  const props = PropertiesService.getDocumentProperties();
  if (record) props.setProperty(key, JSON.stringify(record));
  else props.deleteProperty(key);
}
