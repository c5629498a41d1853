/** The spreadsheet menu and the sidebar. */
export const MENU_TITLE = 'HALO KOP-UKM';
export const MENU_ITEMS: ReadonlyArray<{ caption: string; functionName: string } | null> = [
  { caption: 'Buka panel', functionName: 'showSidebar' },
  null,
  { caption: 'Siapkan register', functionName: 'setupRegister' },
  { caption: 'Pasang pengingat otomatis', functionName: 'installTriggers' },
  { caption: 'Kirim pengingat sekarang', functionName: 'sendRemindersNow' },
  { caption: 'Perbarui dasbor', functionName: 'showDashboardRefresh' },
  null,
  { caption: 'Periksa register', functionName: 'showRegisterCheck' },
  { caption: 'Periksa instalasi', functionName: 'showInstallationCheck' },
  { caption: 'Uji fungsi di Google', functionName: 'runSelfTest' },
];

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

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
