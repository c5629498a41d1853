/** The spreadsheet menu and the sidebar. */
import { MENU_ITEMS, MENU_TITLE } from '../entrypoints';
import { openRegister } from '../gas/runtime';
import { type ApiResult, unexpected } from './endpoint';

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

/** What a menu item shows when it went well: a short toast, or an alert for a longer answer. */
export type Shown = { toast: string } | { alert: string[] };

/**
 * Every menu item runs through here. Apps Script throws away what a menu item's function returns, so the person who
 * chose it would otherwise see nothing: success shows as a toast (an alert when it is long or came with warnings),
 * a refusal or failure — "register sedang dipakai" included — as an alert naming what went wrong.
 */
export function fromMenu<T>(caption: string, run: () => ApiResult<T>, shown: (data: T) => Shown): void {
  let result: ApiResult<T>;
  try {
    result = run();
  } catch (error) {
    result = unexpected(error);
  }
  const ui = SpreadsheetApp.getUi();
  const alert = (lines: string[]) => ui.alert(caption, lines.join('\n'), ui.ButtonSet.OK);
  if (!result.ok) return void alert(result.errors.map((e) => e.message));
  const s = shown(result.data);
  const warnings = result.warnings ?? [];
  if ('toast' in s && !warnings.length) openRegister().toast(s.toast, MENU_TITLE);
  else alert([...('toast' in s ? [s.toast] : s.alert), ...warnings]);
}
