/**
 * Fixing records and wording in the real sidebar (issue 15.8, 15.9): a guest archived and restored from the guest
 * list, which names each organisation's kind once; a cancelled episode restored from its page; the survey form's
 * link shown once the form is made.
 */
import { type PreviewBrowser, usePreview } from './browser';

jest.setTimeout(120_000);

let b: PreviewBrowser;
usePreview(async (opened) => {
  b = opened;
  await b.menu('HALO KOP-UKM', 'Siapkan register');
  await b.act('Data demo', () => b.page.getByRole('button', { name: 'Data demo' }).click());
  await b.menu('HALO KOP-UKM', 'Buka panel');
});

test('archives a guest from the list, finds them among the archived, and restores them', async () => {
  const frame = await b.sidebarView('narasumber');
  const list = frame.locator('main ul.plain');
  await list.locator('li').first().waitFor();
  const text = await list.innerText();
  expect(text).toContain('Koperasi');
  expect(text).not.toMatch(/Koperasi Koperasi|UKM UKM/);
  const first = list.locator('li').first();
  const name = await first.locator('strong').innerText();
  await b.relay('archiveNarasumber', () => first.getByRole('button', { name: `Arsipkan ${name}` }).click());
  await frame
    .getByRole('status')
    .filter({ hasText: `${name} (` })
    .filter({ hasText: 'diarsipkan' })
    .waitFor();
  await frame.locator('main ul.plain li strong', { hasText: name }).waitFor({ state: 'detached' });

  await b.relay('listNarasumber', () => frame.getByLabel('Tampilkan narasumber yang diarsipkan').check());
  const archived = frame.locator('main ul.plain li', { hasText: name });
  await archived.getByText(/^Diarsipkan /).waitFor();
  await b.relay('restoreNarasumber', () => archived.getByRole('button', { name: `Pulihkan ${name}` }).click());
  await frame.getByRole('status').filter({ hasText: 'dipulihkan dan dapat dipilih lagi' }).waitFor();
  await b.relay('listNarasumber', () => frame.getByLabel('Tampilkan narasumber yang diarsipkan').uncheck());
  await frame.locator('main ul.plain li strong', { hasText: name }).waitFor();
  await b.sidebarScreenshot('guests-archive');
});

test('restores a cancelled episode from its page', async () => {
  const frame = await b.sidebarView('episode');
  const open = frame.getByRole('button', { name: /^Buka EP-/ }).last();
  await open.waitFor();
  await b.relay('getEpisode', () => open.click());
  await frame.getByRole('button', { name: 'Batalkan episode' }).click();
  await frame.getByLabel('Alasan pembatalan').fill('Salah pilih episode');
  await b.relay('cancelEpisode', () => frame.getByRole('button', { name: 'Batalkan episode ini' }).click());
  await frame.getByText('Episode dibatalkan. Alasan: Salah pilih episode').waitFor();
  // What was not recorded is no longer owed, as its stages: on this page and on the episode's "Catatan LIVE".
  const summary = frame.locator('[aria-label="Yang sudah dan belum dicatat"]');
  const badges = () => summary.locator('li .badge').allInnerTexts();
  await summary.waitFor();
  expect(await badges()).toContain('Tidak berlaku');
  expect(await badges()).not.toContain('Belum');
  await frame.getByRole('button', { name: 'Catatan LIVE' }).click();
  await frame.getByRole('heading', { name: /^Catatan LIVE EP-/ }).waitFor();
  expect(await badges()).toContain('Tidak berlaku');
  expect(await badges()).not.toContain('Belum');
  await frame.getByRole('button', { name: /^Episode EP-/ }).click();
  await frame.getByRole('button', { name: 'Pulihkan episode' }).click();
  await b.relay('restoreEpisode', () => frame.getByRole('button', { name: 'Pulihkan episode ini' }).click());
  await frame.getByRole('status').filter({ hasText: 'Episode dipulihkan dan terjadwal kembali.' }).waitFor();
  expect(await frame.getByRole('button', { name: 'Batalkan episode' }).count()).toBe(1);
  // Owed again once restored.
  expect(await badges()).toContain('Belum');
  expect(await badges()).not.toContain('Tidak berlaku');
});

test("shows the survey form's link once the form is made", async () => {
  const frame = await b.sidebarView('survei');
  const create = frame.getByRole('button', { name: 'Buat formulir survei' });
  await b.relay('getSurveyForm', () => create.click());
  await frame.getByText('Formulir survei sudah dibuat.', { exact: false }).waitFor();
  expect(await frame.getByLabel('Tautan formulir survei').inputValue()).toMatch(
    /^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform$/,
  );
  // The form and its import trigger are the creating account's: the panel says whose.
  expect(await frame.getByTestId('survey-owner').innerText()).toContain(
    `pemicu milik ${b.preview.session.emu.spreadsheet.getOwner()?.getEmail()}.`,
  );
});
