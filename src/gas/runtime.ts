/** Facts about the current Apps Script execution, and the one way every entry point reaches the register. */

import { NAME } from '../domain/shared/programme';
import { refuse } from '../domain/shared/validation';
import { scriptProperties } from './properties';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The acting user's address; blank in some trigger contexts, so fall back to the script's owner. */
export function actingUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '(tidak diketahui)';
}

/** Script property holding the register's spreadsheet id, for runs that have no active spreadsheet. */
const REGISTER_ID = 'registerSpreadsheetId';

/**
 * Remembers which spreadsheet is the register ("Siapkan register", and the sidebar's phone link). A script property,
 * not a document one: it must be readable where there is no document (the web app, a Form's submit trigger). Written
 * only when it changed, so a copy of the spreadsheet (which copies the script and its properties) points at itself
 * once its own sidebar or setup has run.
 */
export function rememberRegister(ss: Spreadsheet): void {
  const props = scriptProperties();
  if (props.getProperty(REGISTER_ID) !== ss.getId()) props.setProperty(REGISTER_ID, ss.getId());
}

/**
 * The register, from any context: the active spreadsheet where the run has one (menu, sidebar, the hourly trigger);
 * else (the web app, a Form's submit trigger: no containing document) the spreadsheet remembered at setup, opened by
 * id as the user the script runs as. Opened that way, the user must be able to edit it, and is refused in Indonesian
 * before anything is read: a web app executed as the user accessing it gets exactly that user's permission.
 * - no access: openById throws ("You do not have permission to access the requested document.", localized);
 * - view only: Spreadsheet.getEditors() "throws an exception" when the user running the script cannot edit
 *   (developers.google.com/apps-script/reference/spreadsheet/spreadsheet#geteditors), also for access through a group.
 */
export function openRegister(): Spreadsheet {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const id = scriptProperties().getProperty(REGISTER_ID);
  if (!id)
    refuse(
      '',
      `Register ${NAME} belum terhubung ke aplikasi web. Buka spreadsheet register, lalu jalankan menu ${NAME} › Siapkan register.`,
    );
  let ss: Spreadsheet;
  try {
    ss = SpreadsheetApp.openById(id);
  } catch {
    return refuse(
      '',
      `Akun ${actingUser()} tidak dapat membuka register ${NAME}: akun ini belum diberi akses ke spreadsheet register, ` +
        'atau registernya sudah dihapus. Minta pengelola register membagikannya kepada akun ini sebagai Editor, lalu buka tautan ini lagi.',
    );
  }
  try {
    ss.getEditors();
  } catch {
    refuse(
      '',
      `Akun ${actingUser()} hanya dapat melihat register ${NAME}, tidak dapat mengubahnya. Pencatatan memerlukan akses Editor: ` +
        'minta pengelola register mengubah akses akun ini menjadi Editor.',
    );
  }
  return ss;
}
