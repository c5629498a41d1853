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
  openSidebar();
}

/** A view the sidebar opens on instead of Beranda, with the parameters it reads from `app.params`. */
export interface SidebarStart {
  view: string;
  params: Record<string, string>;
}

/** The sidebar's root element; `data-start` on it names the first view (read by src/sidebar/main.ts). */
const APP_ROOT = '<div id="app"';

function openSidebar(start?: SidebarStart): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE);
  if (start) {
    const content = html.getContent();
    if (!content.includes(APP_ROOT)) throw new Error('Sidebar.html has no #app element');
    html.setContent(content.replace(APP_ROOT, `${APP_ROOT} data-start="${escapeAttribute(JSON.stringify(start))}"`));
  }
  SpreadsheetApp.getUi().showSidebar(html);
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * What a menu item shows when it went well: a short toast, or an alert for a longer answer; `sidebar` then opens
 * the panel on the view where the user goes next.
 */
export type Shown = ({ toast: string } | { alert: string[] }) & { sidebar?: SidebarStart };

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
  if (s.sidebar) openSidebar(s.sidebar);
}
