/**
 * The spreadsheet's document properties: small values the register keeps out of its sheets (who
 * installed the reminders, the last run, the survey form). https://developers.google.com/apps-script/reference/properties/properties-service
 */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The script's properties: readable in every run, also where there is no document (the web app, a Form's trigger). */
export function scriptProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getScriptProperties();
}
