/**
 * The screenshots of the user guide (docs/panduan.md), taken from the local preview, never by hand:
 * a new spreadsheet is set up from the menu, filled with "Data demo", and walked through the guide's
 * screens in the order a week of HALO KOP-UKM goes. Each picture is cropped to what the guide's text
 * is about. The simulated clock and the browser's clock move together to fixed times, so the pictures
 * change only when the product does. One browser and one page for the whole file, in story order.
 *
 * `npm test` writes the pictures to test-output/guide/ (to look at, never to docs/) and checks that
 * the guide shows exactly the pictures these steps take, each present in docs/panduan/; it does not
 * compare pixels, which differ between Chromium builds and fonts. `npm run guide` (GUIDE_DIR set)
 * writes them to docs/panduan/.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { openPhone, type PreviewBrowser, usePreview, VIEWPORT } from './browser';

jest.setTimeout(60_000);

const DOCS = join(__dirname, '..', '..', 'docs');
const OUT = process.env.GUIDE_DIR ? resolve(process.env.GUIDE_DIR) : join(__dirname, '..', '..', 'test-output', 'guide');
/** The pictures the steps took, by file name. */
const taken = new Set<string>();
/** Space kept around what a picture shows, in pixels. */
const MARGIN = 8;

let b: PreviewBrowser;
let page: Page;
let frame: Frame;

usePreview(async (opened) => {
  mkdirSync(OUT, { recursive: true });
  b = opened;
  page = b.page;
  // Toasts fade after five seconds: hidden, so no picture depends on how fast the test ran.
  await page.locator('#toasts').evaluate((toasts) => toasts.style.setProperty('display', 'none'));
});

type Box = { x: number; y: number; width: number; height: number };
async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`Not visible: ${String(locator)}`);
  return found;
}

/** Where the picture `name` goes, noted as taken. */
function picture(name: string): string {
  taken.add(`${name}.png`);
  return join(OUT, `${name}.png`);
}

/** Saves picture `name`: the page from the top of `top` to the bottom of `bottom`, `left` to `right`. */
async function save(name: string, area: { top: Box; bottom: Box; left: number; right: number }, margin = MARGIN): Promise<void> {
  const y = Math.max(area.top.y - margin, 0);
  await page.screenshot({
    path: picture(name),
    animations: 'disabled',
    caret: 'hide',
    clip: { x: area.left, y, width: area.right - area.left, height: area.bottom.y + area.bottom.height + margin - y },
  });
}

/** A dialog of the spreadsheet ("Periksa instalasi", "Periksa register"), then closes it. */
async function saveDialog(name: string, expected: string): Promise<void> {
  const dialog = page.locator('#alert');
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain(expected);
  const shown = await box(dialog);
  await save(name, { top: shown, bottom: shown, left: shown.x - MARGIN, right: shown.x + shown.width + MARGIN });
  await dialog.getByRole('button', { name: 'OK' }).click();
}

/**
 * The sidebar from the top of `from` to the bottom of `to` (default: `from` alone). The window grows
 * first until nothing in the sidebar scrolls, as if the reader had scrolled through it.
 */
async function sidebarShot(name: string, from: Locator, to: Locator = from): Promise<void> {
  const { hidden, inner } = await frame.evaluate(() => ({
    hidden: document.documentElement.scrollHeight - window.innerHeight,
    inner: window.innerHeight,
  }));
  if (hidden > 0) {
    await page.setViewportSize({ width: VIEWPORT.width, height: VIEWPORT.height + hidden });
    // The sidebar's frame grown to its new height, then two frames painted, before the shot.
    await frame.waitForFunction((height) => window.innerHeight >= height, inner + hidden);
    await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  try {
    const sidebar = await box(page.locator('#sidebar'));
    await save(name, { top: await box(from), bottom: await box(to), left: sidebar.x, right: sidebar.x + sidebar.width });
  } finally {
    if (hidden > 0) await page.setViewportSize(VIEWPORT);
  }
}

/** Moves the simulated clock with the page's own control (the browser's clock follows it). */
async function jumpTo(local: string, label: string): Promise<void> {
  await page.locator('#clock-to').fill(local);
  await b.act(`Jam maju ke ${label}`, () => page.getByRole('button', { name: 'Lompat' }).click());
}

const saidOk = (text: string) => frame.locator('.notice.ok', { hasText: text }).first().waitFor();

/** Opens "Catatan LIVE" from another view, on the episode its chooser offers (today's, else the last one held). */
async function liveRecord(episodeId: string): Promise<void> {
  await b.relay('listEpisodes', () => b.sidebarView('live'));
  expect(await frame.locator('#f-live-episode').inputValue()).toBe(episodeId);
  await b.relay('getLiveRecord', () => frame.getByRole('button', { name: 'Buka' }).click());
  await frame.getByRole('heading', { name: `Catatan LIVE ${episodeId}` }).waitFor();
}

test('installing: the menu, "Siapkan register", "Periksa instalasi" and the first steps on the home view', async () => {
  await page.getByRole('button', { name: 'HALO KOP-UKM', exact: true }).click();
  const items = page.getByRole('menu');
  await items.getByRole('menuitem', { name: 'Periksa instalasi' }).waitFor();
  const title = await box(page.locator('.titlebar'));
  const menu = await box(items);
  await save('01-menu', { top: title, bottom: menu, left: 0, right: menu.x + menu.width + MARGIN }, 0);
  await page.keyboard.press('Escape');
  await page.locator('#doc-title').click();

  await b.menu('HALO KOP-UKM', 'Siapkan register');
  expect(await page.locator('#tabs button').allInnerTexts()).toEqual(expect.arrayContaining(['Pengaturan', 'Episode', 'Tahap SOP']));
  await b.menu('HALO KOP-UKM', 'Periksa instalasi');
  await saveDialog('02-periksa-instalasi', '✗ Pemicu pengingat: Belum dipasang');

  // The panel on the new register leads to the steps still to do.
  await b.relay('getAgenda', () => b.menu('HALO KOP-UKM', 'Buka panel'));
  frame = await b.sidebar();
  const checklist = frame.locator('[aria-label="Persiapan register"]');
  await checklist.getByRole('button', { name: 'Pasang pengingat otomatis' }).waitFor();
  expect(await checklist.innerText()).toContain('Pengaturan belum lengkap');
  await sidebarShot('29-beranda-langkah-awal', frame.locator('main h1'), checklist);
});

test('first-time setup: Pengaturan, the report folder pasted as a Drive link; the agenda on the home view', async () => {
  // Thursday 3 December 2026, 13.00 WIB: the joint evaluation of EP-008 (LIVE Friday 27 November)
  // is today and the LIVE of EP-009 tomorrow. The demo fills the quarter up to this moment.
  await jumpTo('2026-12-03T13:00', 'Kamis, 3 Desember 2026 13.00 WIB');
  await b.act('Data demo', () => page.getByRole('button', { name: 'Data demo' }).click());
  await b.relay('getAgenda', () => b.menu('HALO KOP-UKM', 'Buka panel'));
  frame = await b.sidebar();
  const agenda = frame.locator('section[aria-label="Agenda"]');
  expect(await agenda.innerText()).toContain('Agenda Kamis, 3 Desember 2026');
  await sidebarShot('04-beranda', frame.locator('main h1'), agenda.locator('.card').first());

  // The demo entered the signing official and the team's addresses in this form, as a user does.
  await b.relay('getSettings', () => b.sidebarView('pengaturan'));
  const settings = frame.locator('form');
  expect(await settings.locator('#f-officialNip').inputValue()).toBe('19720707 200501 2 009');
  const fieldsets = settings.locator('fieldset');
  await sidebarShot('03-pengaturan', fieldsets.nth(1), fieldsets.nth(2));

  // The office's shared folder, made in Google Drive by the same account, pasted as Drive's "Salin link" gives it.
  const emu = b.preview.session.emu;
  const owner = emu.spreadsheet.getOwner()!.getEmail();
  const folder = emu.execute(
    () =>
      (emu.globals() as unknown as { DriveApp: GoogleAppsScript.Drive.DriveApp }).DriveApp.createFolder(
        'Laporan HALO KOP-UKM Diskopukm',
      ).getId(),
    { kind: 'test', user: owner },
  ).result;
  await settings
    .getByLabel('Folder laporan (tautan atau ID Google Drive)')
    .fill(`https://drive.google.com/drive/folders/${folder}?usp=sharing`);
  await settings.getByLabel('Nomor surat laporan').fill('000.1.2/117/Diskopukm/2026');
  await b.relay('saveSettings', () => settings.getByRole('button', { name: 'Simpan' }).click());
  await saidOk('Pengaturan tersimpan.');
  const legend = (text: string) => fieldsets.filter({ has: frame.locator('legend', { hasText: text }) });
  await sidebarShot('21-pengaturan-laporan', legend('Pengingat'), settings.locator('.notice.ok'));
});

test('stage 1: schedule an episode, send the invitation, mark the stage done ahead of its date', async () => {
  await b.sidebarView('jadwal');
  const form = frame.getByRole('form', { name: 'Jadwalkan episode' });
  await form.locator('#f-narasumberId option[value="NS-002"]').waitFor();
  await form.locator('#f-narasumberId').selectOption('NS-002');
  await form.getByLabel('Tanggal LIVE').fill('2027-01-08');
  await form.getByLabel('Topik').fill('Kopi Bogor menembus pasar ekspor');
  await b.relay('scheduleEpisode', () => form.getByRole('button', { name: 'Jadwalkan' }).click());
  await saidOk('Episode EP-013 dijadwalkan.');
  await sidebarShot('05-jadwal', frame.locator('main h1'), frame.locator('main > div').last());

  await b.relay('getEpisode', () => frame.getByRole('button', { name: 'Buka EP-013' }).click());
  await frame.getByRole('heading', { name: 'Episode EP-013' }).waitFor();
  await b.relay('getInvitation', () => frame.getByRole('button', { name: 'Undangan narasumber' }).click());
  const text = frame.getByRole('textbox', { name: 'Teks undangan' });
  const invitation = frame.locator('.card', { has: text });
  expect(await text.inputValue()).toContain('Jumat, 8 Januari 2027');
  expect(await invitation.getByRole('link', { name: 'Kirim lewat WhatsApp' }).getAttribute('href')).toMatch(/^https:\/\/wa\.me\/62/);
  await sidebarShot('06-undangan', frame.getByRole('heading', { name: 'Episode EP-013' }), invitation);
  await invitation.getByRole('button', { name: 'Tutup' }).click();

  // Done ahead of its date (H−14), with a note: the register asks first, inside the stage.
  const contact = frame.locator('li[data-stage="hubungi_narasumber"]');
  await contact.getByRole('button', { name: 'Waktu, catatan dan bukti: Menghubungi narasumber' }).click();
  expect(await contact.getByLabel('Selesai pada').inputValue()).toBe('2026-12-03T13:00');
  await contact.getByRole('textbox', { name: 'Catatan' }).fill('Narasumber bersedia, dikonfirmasi lewat WhatsApp.');
  await b.relay('completeStage', () => contact.getByRole('button', { name: 'Simpan dan tandai selesai' }).click());
  const early = contact.getByRole('button', { name: 'Ya, tandai selesai' });
  expect(await contact.locator('.notice.warn').innerText()).toContain('Tandai selesai lebih awal');
  await sidebarShot('22-selesai-lebih-awal', contact, early);
  await b.relay('completeStage', () => early.click());
  await frame.locator('li[data-stage="hubungi_narasumber"] .badge.selesai').waitFor();
  await sidebarShot(
    '07-timeline',
    frame.getByRole('heading', { name: 'Persiapan program' }),
    frame.locator('li[data-stage="pencatatan_evaluasi"]'),
  );
});

test('scheduling warnings, a cancelled episode and its restore, an archived guest', async () => {
  // The same guest as EP-013, a week earlier, on New Year's Day: saved, with both warnings.
  await b.sidebarView('jadwal');
  const form = frame.getByRole('form', { name: 'Jadwalkan episode' });
  await form.locator('#f-narasumberId option[value="NS-002"]').waitFor();
  await form.locator('#f-narasumberId').selectOption('NS-002');
  await form.getByLabel('Tanggal LIVE').fill('2027-01-01');
  await form.getByLabel('Topik').fill('Kemasan kopi untuk hadiah tahun baru');
  await b.relay('scheduleEpisode', () => form.getByRole('button', { name: 'Jadwalkan' }).click());
  await saidOk('Episode EP-014 dijadwalkan.');
  const warning = frame.locator('.notice.warn');
  expect(await warning.innerText()).toMatch(
    /bertepatan dengan hari libur nasional Tahun Baru 2027 Masehi\..*dalam empat minggu: .*EP-013/s,
  );
  await sidebarShot('23-jadwal-peringatan', frame.locator('.notice.ok', { hasText: 'EP-014' }), warning);

  // Cancelled, then the restore is offered on its page (and left unconfirmed: the date stays a holiday).
  await b.relay('getEpisode', () => frame.getByRole('button', { name: 'Buka EP-014' }).click());
  await frame.getByRole('button', { name: 'Batalkan episode' }).click();
  await frame.getByLabel('Alasan pembatalan').fill('Bertepatan dengan Tahun Baru; narasumber sudah dijadwalkan pada EP-013.');
  await b.relay('cancelEpisode', () => frame.getByRole('button', { name: 'Batalkan episode ini' }).click());
  await frame.getByRole('button', { name: 'Pulihkan episode' }).click();
  const restore = frame.getByRole('button', { name: 'Pulihkan episode ini' });
  await sidebarShot('24-pulihkan-episode', frame.getByRole('heading', { name: 'Episode EP-014' }), restore);

  // A guest whose business has closed: archived, then found among the archived with "Pulihkan".
  await b.relay('listNarasumber', () => b.sidebarView('narasumber'));
  const list = frame.locator('main ul.plain');
  const last = list.locator('li').last();
  const name = await last.locator('strong').innerText();
  await b.relay('archiveNarasumber', () => last.getByRole('button', { name: `Arsipkan ${name}` }).click());
  await frame.getByRole('status').filter({ hasText: 'diarsipkan' }).waitFor();
  await b.relay('listNarasumber', () => frame.getByLabel('Tampilkan narasumber yang diarsipkan').check());
  const archived = list.locator('li', { hasText: name });
  await archived.getByText(/^Diarsipkan /).waitFor();
  await sidebarShot('25-narasumber-arsip', frame.getByLabel('Tampilkan narasumber yang diarsipkan'), archived);
  await b.relay('listNarasumber', () => frame.getByLabel('Tampilkan narasumber yang diarsipkan').uncheck());
});

test('stages 7–8: the joint evaluation on Thursday, with its follow-up actions', async () => {
  await liveRecord('EP-008');
  const section = frame.locator('details[data-section="evaluasi"]');
  await section.locator('summary').click();
  // The demo's earlier meetings left follow-ups open: the section lists them first.
  expect(await frame.locator('ul[aria-label="Tindak lanjut terbuka sebelumnya"] li').count()).toBe(6);
  const form = section.locator('form[aria-label="Hasil evaluasi"]');
  expect(await form.getByLabel('Tanggal rapat').inputValue()).toBe('2026-12-03');
  await form.getByLabel('Peserta rapat').fill('Kepala Bidang UKM, Tim Pelaksana, Tim Humas, Tim Pubdisdok');
  await form.getByLabel('Hal yang berjalan baik').fill('Narasumber menjawab pertanyaan penonton dengan jelas dan contoh nyata.');
  await form.getByLabel('Kendala').fill('Suara narasumber sempat putus di menit awal; poster jadwal terlambat diunggah.');
  const first = form.locator('fieldset').nth(0);
  await first.getByLabel('Tindakan').fill('Uji mikrofon dan koneksi 30 menit sebelum LIVE.');
  await first.getByLabel('Penanggung jawab').fill('Tim Pubdisdok');
  await first.getByLabel('Batas waktu').fill('2026-12-04');
  await b.relay('saveEvaluation', () => form.getByRole('button', { name: 'Simpan evaluasi' }).click());
  await saidOk('Hasil evaluasi disimpan.');
  const list = frame.locator('ul[aria-label="Tindak lanjut episode ini"]');
  expect(await list.innerText()).toContain('Uji mikrofon dan koneksi 30 menit sebelum LIVE.');
  await sidebarShot('10-evaluasi', form, list);

  await b.relay('completeStage', () => frame.locator('button[data-stage="evaluasi_bersama"]').click());
  await saidOk('Tahap "Evaluasi bersama" ditandai selesai.');
  // The other stage the evaluation belongs to is still offered.
  expect(await frame.locator('button[data-stage="pencatatan_evaluasi"]').count()).toBe(1);
});

test('reminders: what the next hourly run will send, and to whom', async () => {
  await b.relay('getReminderStatus', () => b.sidebarView('pengingat'));
  const status = frame.getByTestId('reminder-status');
  await status.waitFor();
  expect(await status.innerText()).toContain('Pengingat otomatis aktif (setiap jam).');
  await b.relay('previewReminders', () => frame.getByRole('button', { name: 'Lihat email berikutnya' }).click());
  const mails = frame.locator('details.card');
  // One digest per address; the head of office hears of what is weeks late. Stages whose data is recorded are
  // owed no reminder (the register's one rule), even before they are marked done.
  expect(await mails.locator('summary').allInnerTexts()).toEqual([
    'kepala.dinas@kopukm.example.go.id: [HALO KOP-UKM] Pengingat 5 tugas (5 terlambat) – Kamis, 3 Desember 2026',
    'pelaksana@kopukm.example.go.id: [HALO KOP-UKM] Pengingat 7 tugas (6 terlambat) – Kamis, 3 Desember 2026',
    'humas@kopukm.example.go.id: [HALO KOP-UKM] Pengingat 1 tugas – Kamis, 3 Desember 2026',
    'pubdisdok@kopukm.example.go.id: [HALO KOP-UKM] Pengingat 1 tugas – Kamis, 3 Desember 2026',
  ]);
  // The shortest shows the layout: the whole team hears of a LIVE the day before.
  const mail = mails.filter({ hasText: 'pubdisdok@kopukm.example.go.id:' });
  await mail.locator('summary').click();
  expect(await mail.locator('pre').innerText()).toContain('[Pemberitahuan: besok] 3. Pelaksanaan LIVE TikTok');
  await sidebarShot('11-pengingat', frame.locator('main h1'), mail);
});

test('stages 3–5: viewer counts and a typed question during the LIVE, the comment import, spam left out, the LIVE done at its end', async () => {
  // Friday 4 December 2026, 08.20 WIB: the LIVE of EP-009 is on.
  await jumpTo('2026-12-04T08:20', 'Jumat, 4 Desember 2026 08.20 WIB');
  await liveRecord('EP-009');
  const viewers = frame.locator('details[data-section="penonton"]');
  expect(await viewers.getByLabel('Pukul', { exact: true }).inputValue()).toBe('08:20');
  await viewers.getByLabel('Jumlah penonton sekarang').fill('85');
  await b.relay('recordViewerCount', () => viewers.getByRole('button', { name: 'Catat' }).click());
  await frame.locator('ul[aria-label="Catatan jumlah penonton"] li', { hasText: '08.20 · 85 penonton' }).waitFor();
  await sidebarShot(
    '08-catatan-live',
    frame.getByRole('heading', { name: 'Catatan LIVE EP-009' }),
    frame.locator('ul[aria-label="Yang sudah dan belum dicatat"]'),
  );

  // A question read out during the LIVE, typed by hand; it comes back in the comment file below.
  const questions = frame.locator('details[data-section="tanya"]');
  await questions.locator(':scope > summary').click();
  await questions.locator('textarea[name="question"]').fill('berapa simpanan pokok yang wajar untuk kopkar?');
  await questions.getByLabel('Penanya (akun TikTok)').fill('@dedi.ciomas');
  await b.relay('saveQuestion', () => questions.getByRole('button', { name: 'Simpan pertanyaan' }).click());
  await saidOk('disimpan.');
  await questions.locator(':scope > summary').click();

  await jumpTo('2026-12-04T09:40', 'Jumat, 4 Desember 2026 09.40 WIB');
  const section = frame.locator('details[data-section="impor"]');
  await section.locator(':scope > summary').click();
  const pasted = section.getByLabel('Komentar', { exact: true });
  await pasted.fill(
    [
      '07:58 sari.bogor: halo kak, sudah mulai?',
      '08:03 @budi_cibinong: assalamualaikum, salam dari Cibinong',
      '08:06 Rahmat: gimana cara bikin koperasi karyawan di pabrik kami',
      '08:09 @ibu.yanti: mantap bu Dewi, jelas sekali',
      '08:12 @dedi.ciomas: berapa simpanan pokok yang wajar untuk kopkar?',
      '08:15 Nia: apakah koperasi karyawan wajib RAT setiap tahun?',
      '08:16 @promo.murah99: mau followers 10rb murah? cek bio kak',
      '08:18 @sari.bogor: terima kasih infonya kak',
    ].join('\n'),
  );
  await pasted.evaluate((area) => area.scrollTo(0, 0));
  await b.relay('importComments', () => section.getByRole('button', { name: 'Pratinjau' }).click());
  const summary = frame.locator('ul[aria-label="Ringkasan impor"]');
  await summary.waitFor();
  expect(await summary.innerText()).toContain('7 komentar baru, 3 tampak seperti pertanyaan');
  expect(await summary.innerText()).toContain('1 sebelum pukul 08.00 (dilewati)');
  // The question typed by hand at 08.20 is not offered again.
  expect(await summary.innerText()).toContain('1 pertanyaan sudah dicatat manual');
  expect(await section.locator('ul[aria-label="Pertanyaan terdeteksi"]').innerText()).not.toContain('dedi.ciomas');
  const commit = frame.getByRole('button', { name: 'Impor 7 komentar' });
  await sidebarShot('09-impor-komentar', section.locator(':scope > summary'), commit);
  await b.relay('importComments', () => commit.click());
  await saidOk('Diimpor: 7 komentar, 3 pertanyaan, 0 jumlah penonton.');

  // The advertisement that passed as a question: left out of the report, with its reason.
  await section.locator(':scope > summary').click();
  await questions.locator(':scope > summary').click();
  const spam = questions.locator('[data-question]', { hasText: 'followers' });
  await spam.getByRole('combobox').selectOption('spam');
  await b.relay('excludeRecord', () => spam.getByRole('button', { name: /^Kecualikan / }).click());
  await saidOk('dikecualikan dari laporan.');
  await spam.getByText('Tidak dihitung: pesan sampah atau iklan').waitFor();
  await sidebarShot('26-kecualikan-pertanyaan', questions.locator('[data-question]', { hasText: 'Nia' }), spam);

  // The LIVE ended at 08.30, not when the stage is ticked at 09.40.
  await b.relay('getEpisode', () => frame.getByRole('button', { name: 'Episode EP-009' }).click());
  const live = frame.locator('li[data-stage="live"]');
  await live.getByRole('button', { name: 'Waktu, catatan dan bukti: Pelaksanaan LIVE TikTok' }).click();
  expect(await live.getByLabel('Selesai pada').inputValue()).toBe('2026-12-04T08:30');
  const done = live.getByRole('button', { name: 'Simpan dan tandai selesai' });
  await sidebarShot('27-waktu-selesai-live', live, done);
  await b.relay('completeStage', () => done.click());
  await live.getByText('Selesai 4 Desember 2026 pukul 08.30').waitFor();
});

test('recording from a phone: the LIVE page, questions with their one tap, and a user without access', async () => {
  // Still Friday 4 December, after the Q&A: the imported questions wait for "Dijawab".
  const phone = await openPhone();
  try {
    const host = await phone.page();
    await host.goto(new URL('/hp', b.preview.url).href);
    await host.getByRole('heading', { name: 'Catatan LIVE EP-009' }).waitFor();
    await host.screenshot({ path: picture('18-hp-live'), animations: 'disabled', caret: 'hide' });
    await host.locator('details[data-section="tanya"] summary').tap();
    // The first question as it came in, its one-tap button at the bottom of the screen.
    await host
      .locator('[data-question]')
      .first()
      .evaluate((e) => e.scrollIntoView({ block: 'end' }));
    await host.screenshot({ path: picture('19-hp-tanya-jawab'), animations: 'disabled', caret: 'hide' });
    const stranger = await phone.page();
    await stranger.goto(new URL('/hp?as=tamu%40gmail.com&akses=tidak', b.preview.url).href);
    await stranger.getByRole('alert').waitFor();
    await stranger.screenshot({ path: picture('20-hp-tanpa-akses'), animations: 'disabled' });
  } finally {
    await phone.browser.close();
  }
});

test('reports: the episode report and the recap in Google Docs, and the e-mail preview', async () => {
  await b.relay('listReports', () => b.sidebarView('laporan'));
  await frame.getByLabel('Episode').selectOption('EP-008');
  await b.relay('generateEpisodeReport', () => frame.getByRole('button', { name: 'Buat laporan episode' }).click());
  await frame.getByTestId('report-result').first().waitFor();
  // This year is chosen, though EP-013 is in the next.
  expect(await frame.getByRole('combobox', { name: 'Tahun' }).inputValue()).toBe('2026');
  await frame.getByRole('combobox', { name: 'Bulan atau triwulan' }).selectOption({ label: 'November' });
  await b.relay('generatePeriodReport', () => frame.getByRole('button', { name: 'Buat rekap' }).click());
  const recap = frame.getByTestId('report-result').nth(1);
  await recap.waitFor();
  expect(await recap.innerText()).toContain('Rekap November 2026');
  await sidebarShot('12-laporan', frame.locator('main h1'), recap);

  // Sending the recap: a preview first, the head of office left unticked, the folder not yet shared with anyone.
  await recap.getByRole('button', { name: 'Kirim tautan ke tim' }).click();
  const mail = recap.getByTestId('email-preview');
  await mail.waitFor();
  expect(await mail.innerText()).toContain('Rekap November 2026');
  expect(await mail.locator('input[name=recipient][value="kepala.dinas@kopukm.example.go.id"]').isChecked()).toBe(false);
  await sidebarShot('28-kirim-tautan', mail);
  await mail.getByRole('button', { name: 'Batal' }).click();
});

test('the survey: the SKM form and its invitation, and the IKM of the answers so far', async () => {
  await b.relay('getIkm', () => b.sidebarView('survei'));
  await b.relay('createSurveyForm', () => frame.getByRole('button', { name: 'Buat formulir survei' }).click());
  const invitation = frame.getByRole('textbox', { name: 'Teks ajakan' });
  await invitation.waitFor();
  expect(await invitation.inputValue()).toContain('https://');
  await frame.locator('main p', { hasText: /^IKM / }).waitFor();
  await sidebarShot('15-survei', frame.locator('main h1'), frame.locator('table.data'));
});

test('when something fails: a date typed as words is named by "Periksa register", and the home view warns', async () => {
  // Someone types into the sheet by hand: the LIVE date of EP-012 (row 13) becomes words.
  const sheet = b.preview.session.emu.spreadsheet.getSheetByName('Episode')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
  sheet.getRange(13, header.indexOf('Tanggal LIVE') + 1).setValue('Jumat depan');
  await b.menu('HALO KOP-UKM', 'Periksa register');
  await saveDialog('16-periksa-register', 'Baris 13, kolom "Tanggal LIVE": "Jumat depan" bukan tanggal.');

  await b.relay('getAgenda', () => b.sidebarView('beranda'));
  const warning = frame.locator('.notice.warn', { hasText: 'Periksa register' });
  await warning.waitFor();
  expect(await warning.innerText()).toContain('1 baris di register tidak dapat dibaca dan dilewati');
  await sidebarShot('17-peringatan-baris', frame.locator('main h1'), warning);
});

test('the dashboard sheet, as the hourly run left it', async () => {
  await page.locator('#sidebar-close').click();
  await page.locator('#sidebar').waitFor({ state: 'hidden' });
  await page.locator('#tabs').getByRole('tab', { name: 'Dasbor', exact: true }).click();
  expect(await page.locator('#grid').innerText()).toContain('Ringkasan');
  // Its tables are in columns A–F, down to the last row in use.
  const rows = page.locator('#grid tbody tr').filter({ has: page.locator('td:not(:empty)') });
  await page.setViewportSize({ width: VIEWPORT.width, height: 1400 });
  try {
    const columnF = await box(page.locator('#grid thead th').nth(6));
    await save(
      '14-dasbor',
      { top: await box(page.locator('#grid thead')), bottom: await box(rows.last()), left: 0, right: columnF.x + columnF.width },
      0,
    );
  } finally {
    await page.setViewportSize(VIEWPORT);
  }
});

// Last: after another page has been open in the browser, clicks in the preview's sidebar went unanswered.
test('the episode report as a document', async () => {
  const doc = b.preview.session.view().drive.find((d) => d.name.includes('– Episode EP-008 –'));
  expect(doc?.href).toBeDefined();
  const report = await page.context().newPage();
  await report.setViewportSize({ width: 900, height: 1200 });
  await report.goto(new URL(doc!.href!, b.preview.url).href);
  expect(await report.locator('body').innerText()).toMatch(
    /LAPORAN\s+NOMOR [^\n]+\s+TENTANG\s+PELAKSANAAN HALO KOP-UKM \(TIKTOK\) EPISODE EP-008/,
  );
  await report.screenshot({ path: picture('13-laporan-dokumen'), animations: 'disabled', clip: { x: 0, y: 90, width: 900, height: 1100 } });
  await report.close();
});

test('the guide shows exactly the pictures these steps take, and docs/panduan/ holds those and no others', () => {
  const shown = [...readFileSync(join(DOCS, 'panduan.md'), 'utf8').matchAll(/!\[[^\]]*\]\(panduan\/([^)]+)\)/g)].map((m) => m[1]).sort();
  expect(shown).toEqual([...taken].sort());
  expect(readdirSync(join(DOCS, 'panduan')).sort()).toEqual(shown);
});
