/** The project's installable triggers, by the global function they run. https://developers.google.com/apps-script/reference/script/script-app */

export function triggersOf(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/** Exactly one hourly trigger for `handler`: one created if there is none, duplicates removed. */
export function keepOneHourlyTrigger(handler: string): void {
  const mine = triggersOf(handler);
  for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
  if (!mine.length) ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
}

/** Removes every trigger of `handler`; returns how many there were. */
export function removeTriggersOf(handler: string): number {
  const mine = triggersOf(handler);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}

/** `handler` runs on each response to `form`, and on no other form. */
export function replaceFormSubmitTrigger(handler: string, form: GoogleAppsScript.Forms.Form): void {
  removeTriggersOf(handler);
  ScriptApp.newTrigger(handler).forForm(form).onFormSubmit().create();
}

/** A trigger that runs `handler` once, `afterMs` from now. */
export function createOneOffTrigger(handler: string, afterMs: number): GoogleAppsScript.Script.Trigger {
  return ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
}

export function deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
  ScriptApp.deleteTrigger(trigger);
}
