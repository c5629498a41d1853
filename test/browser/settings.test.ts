/**
 * The report folder in Pengaturan (issue 17, point 1), in the real sidebar: a folder link as Drive gives it, the id
 * alone and the product's own "Buka folder laporan" link are all stored as the id; a folder the user cannot open is
 * refused when saved, in Indonesian at its field, with no earlier "tersimpan" left in view; and "Periksa instalasi"
 * explains a folder that cannot be opened without Google's English.
 */
import type { Frame } from 'playwright-core';
import { type PreviewBrowser, usePreview } from './browser';

jest.setTimeout(90_000);

type G = { DriveApp: GoogleAppsScript.Drive.DriveApp };

let b: PreviewBrowser;
let frame: Frame;
let mine = '';
let private_ = '';

const FOLDER_PROBLEM = 'Folder laporan di Pengaturan tidak dapat dibuka';
/** Google's own text for a folder that cannot be opened: it must never reach the user. */
const GOOGLE_TEXT = /No item with the given ID|permission to access|Access denied/;

/** A folder made in `user`'s Drive, outside the product; its id. */
function folderOf(user: string, name: string): string {
  const emu = b.preview.session.emu;
  return emu.execute(() => (emu.globals() as unknown as G).DriveApp.createFolder(name).getId(), { kind: 'test', user }).result;
}

const folderField = () => frame.locator('[data-field="reportFolderId"]');
async function saveFolder(value: string): Promise<void> {
  await folderField().locator('input').fill(value);
  await frame.getByRole('button', { name: 'Simpan' }).click();
  await frame.locator('form[aria-label="Pengaturan"] [data-outcome] .notice').waitFor();
}
/** What Pengaturan shows after being opened again: what was stored. */
async function storedFolder(): Promise<string> {
  frame = await b.sidebarView('beranda');
  frame = await b.sidebarView('pengaturan');
  return folderField().locator('input').inputValue();
}

usePreview(async (opened) => {
  b = opened;
  await b.menu('HALO KOP-UKM', 'Siapkan register');
  const owner = b.preview.session.emu.spreadsheet.getOwner()!.getEmail();
  mine = folderOf(owner, 'Laporan HALO KOP-UKM');
  private_ = folderOf('lain@example.com', 'Pribadi');
  await b.menu('HALO KOP-UKM', 'Buka panel');
  frame = await b.sidebarView('pengaturan');
});

test('takes a folder link, the id alone, or the "Buka folder laporan" link, and stores the id', async () => {
  for (const value of [
    `https://drive.google.com/drive/folders/${mine}?usp=sharing`,
    mine,
    `https://drive.google.com/drive/folders/${mine}`,
  ]) {
    await saveFolder(value);
    expect(await frame.locator('.notice.ok').innerText()).toBe('Pengaturan tersimpan.');
    expect(await storedFolder()).toBe(mine);
  }
});

test('refuses a folder the user cannot open, in Indonesian at its field, leaving no "tersimpan" in view', async () => {
  await saveFolder(mine);
  await saveFolder(`https://drive.google.com/drive/folders/${private_}`);
  const error = await folderField().locator('.error').innerText();
  expect(error).toContain(FOLDER_PROBLEM);
  expect(error).not.toMatch(GOOGLE_TEXT);
  expect(await frame.locator('.notice.ok').count()).toBe(0);
  expect(await frame.locator('.notice.fail').innerText()).toBe('Periksa isian yang ditandai.');
  expect(await storedFolder()).toBe(mine);
});

test('"Periksa instalasi" explains a folder that cannot be opened without Google\'s text', async () => {
  const sheet = b.preview.session.emu.spreadsheet.getSheetByName('Pengaturan')!;
  const row = sheet
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === 'reportFolderId');
  sheet.getRange(row + 1, 3).setValue(private_);
  await b.menu('HALO KOP-UKM', 'Periksa instalasi');
  const dialog = b.page.locator('#alert');
  await dialog.waitFor();
  const text = await dialog.innerText();
  expect(text).toContain(`✗ Folder laporan: ${FOLDER_PROBLEM}`);
  expect(text).not.toMatch(GOOGLE_TEXT);
  await dialog.getByRole('button', { name: 'OK' }).click();
});
