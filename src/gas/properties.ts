/**
 * The spreadsheet's document properties: small values the register keeps out of its sheets (who
 * installed the reminders, the last run, the survey form). https://developers.google.com/apps-script/reference/properties/properties-service
 */
export function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}
