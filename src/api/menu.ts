/** The spreadsheet menu and the sidebar. */
import { MENU_ITEMS, MENU_TITLE } from '../entrypoints';

/**
 * Builds the menu and nothing else: an add-on's onOpen may run in AuthMode.NONE, where reading
 * properties or the sheet is not allowed.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item.caption, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
