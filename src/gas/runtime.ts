/** Facts about the current Apps Script execution. */

/** The acting user's address; blank in some trigger contexts, so fall back to the script's owner. */
export function actingUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '(tidak diketahui)';
}

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}
