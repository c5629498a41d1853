/**
 * The sidebar's forms and flows as a new user meets them (issues 15 and 17), in the real sidebar of the
 * local preview, in story order: the guided start, errors shown where the user looks, input kept while
 * adding a guest, the server's clock deciding "today", the LIVE's question form staying in place, and the
 * comment import (its columns, mapping, errors and a connector capture).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { type PreviewBrowser, usePreview } from './browser';
import { recordPage } from './live-record';

jest.setTimeout(90_000);

let b: PreviewBrowser;
let frame: Frame;

usePreview(async (opened) => {
  b = opened;
  await b.menu('HALO KOP-UKM', 'Buka panel');
  frame = await b.sidebar();
});

const { section, openSection, saidOk } = recordPage(() => frame);
const focused = () => frame.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || '');
/** Whether an element is inside the sidebar's visible area. */
const inView = (selector: string) =>
  frame
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
const selectedText = (selector: string) => frame.locator(selector).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? '');

test('guided start: Beranda says what is missing; the menu\'s "Siapkan register" opens Pengaturan, then the reminders', async () => {
  const checklist = frame.locator('[aria-label="Persiapan register"]');
  await checklist.getByText('Register belum disiapkan:').waitFor();
  // From the menu, as the guide says: the panel opens again, on Pengaturan and not on Beranda.
  await b.menu('HALO KOP-UKM', 'Siapkan register');
  frame = await b.sidebar();
  await frame.locator('#app[data-view="pengaturan"]').waitFor();
  expect(await frame.getByRole('combobox', { name: 'Menu' }).inputValue()).toBe('pengaturan');
  await saidOk('Langkah berikutnya: isi email tim dan pejabat penandatangan');
  // Beranda warns until Pengaturan is complete and the reminders are installed.
  await b.sidebarView('beranda');
  await checklist
    .getByText(
      'Pengaturan belum lengkap: Email Tim Pelaksana, Email Tim Humas, Email Tim Pelaksana – Pubdisdok, Nama pejabat penandatangan, NIP penandatangan.',
    )
    .waitFor();
  await checklist.getByText('Pengingat otomatis belum dipasang').waitFor();
  await checklist.getByRole('button', { name: 'Buka Pengaturan' }).click();
  const form = frame.getByRole('form', { name: 'Pengaturan' });
  await form.getByLabel('Tim Pelaksana', { exact: true }).fill('pelaksana@kopukm.example.go.id');
  await form.getByLabel('Tim Humas').fill('humas@kopukm.example.go.id');
  await form.getByLabel('Tim Pelaksana – Pubdisdok').fill('pubdisdok@kopukm.example.go.id');
  await form.getByLabel('Nama lengkap dan gelar').fill('Dr. H. Contoh Pejabat, M.Si.');
  await form.getByLabel('NIP').fill('19720707 200501 2 009');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await saidOk('Pengaturan tersimpan.');
  expect(await focused()).toBe('Lanjut: Pasang pengingat otomatis');
  await frame.getByRole('button', { name: 'Lanjut: Pasang pengingat otomatis' }).click();
  await frame.locator('#app[data-view="pengingat"]').waitFor();
  expect(await focused()).toBe('Pasang pengingat otomatis');
  await b.relay('installTriggers', () => frame.getByRole('button', { name: 'Pasang pengingat otomatis' }).click());
  await saidOk('Pengingat otomatis terpasang.');
  await frame.getByRole('button', { name: 'Kembali ke Beranda' }).click();
  await frame.locator('section[aria-label="Agenda"]').waitFor();
  expect(await checklist.locator('.notice').count()).toBe(0);
});

test('a refused form shows every error at once in plain words, at the fields, and focuses the first', async () => {
  await b.sidebarView('jadwal');
  const form = frame.getByRole('form', { name: 'Jadwalkan episode' });
  // A date already past is the register's rule, checked with the missing fields in the same answer.
  await form.getByLabel('Tanggal LIVE').fill('2020-01-03');
  await form.getByRole('button', { name: 'Jadwalkan', exact: true }).click();
  await form.locator('[data-field="topic"] .error', { hasText: 'Topik wajib diisi.' }).waitFor();
  expect(await form.locator('.error:not(:empty)').allInnerTexts()).toEqual([
    'Narasumber wajib diisi.',
    'Tanggal LIVE Jumat, 3 Januari 2020 sudah lewat. Jika episode ini dicatat setelah berlangsung, centang "Episode sudah berlangsung".',
    'Topik wajib diisi.',
  ]);
  expect(await frame.locator('.notice.fail').innerText()).toBe('Periksa 3 isian yang ditandai.');
  expect(await focused()).toBe('f-narasumberId');
  expect(await inView('#f-narasumberId')).toBe(true);
});

test('what was typed in "Jadwalkan episode" is kept while a new guest is added', async () => {
  const form = frame.getByRole('form', { name: 'Jadwalkan episode' });
  await form.getByLabel('Tanggal LIVE').fill('2026-12-04');
  await form.getByLabel('Topik').fill('Cara mendirikan koperasi');
  await form.getByRole('button', { name: 'Tambah narasumber baru' }).click();
  const guest = frame.getByRole('form', { name: 'Data narasumber' });
  // Required lists start on "Pilih…".
  expect(await selectedText('#f-type')).toBe('Pilih…');
  await guest.getByLabel('Nama narasumber').fill('Ibu Siti Aminah');
  await guest.getByLabel('Nama koperasi/UKM').fill('Koperasi Wanita Mekar Sari');
  await guest.getByLabel('Jenis').selectOption('koperasi');
  await guest.getByLabel('Kecamatan').selectOption('Cibinong');
  await guest.getByRole('button', { name: 'Simpan narasumber' }).click();
  await frame.getByRole('button', { name: 'Jadwalkan episode dengan narasumber ini' }).click();
  await frame.locator('#f-narasumberId option[value="NS-001"]').waitFor({ state: 'attached' });
  expect(await form.getByLabel('Tanggal LIVE').inputValue()).toBe('2026-12-04');
  expect(await form.getByLabel('Topik').inputValue()).toBe('Cara mendirikan koperasi');
  expect(await frame.locator('#f-narasumberId').inputValue()).toBe('NS-001');
  // Back from another view, the typing is kept but not the earlier refusal's messages.
  expect(await form.locator('.error:not(:empty)').count()).toBe(0);
  expect(await frame.locator('.notice.fail').count()).toBe(0);
  await form.getByRole('button', { name: 'Jadwalkan', exact: true }).click();
  await saidOk('Episode EP-001 dijadwalkan.');
  // The save that worked leaves none of the earlier refusal's messages.
  expect(await form.locator('.error:not(:empty)').count()).toBe(0);
  expect(await frame.locator('.notice.fail').count()).toBe(0);
  expect(await form.locator('[aria-invalid="true"]').count()).toBe(0);
  // Saved again, the date is taken: the earlier success is not left in view as if this save had worked.
  await form.getByRole('button', { name: 'Jadwalkan', exact: true }).click();
  await form.locator('[data-field="liveDate"] .error', { hasText: 'sudah dipakai' }).waitFor();
  expect(await frame.locator('.notice.ok').count()).toBe(0);
  expect(await focused()).toBe('f-liveDate');
});

test("a date is typed day first, as in an Indonesian user's browser", async () => {
  const date = frame.getByRole('form', { name: 'Jadwalkan episode' }).getByLabel('Tanggal LIVE');
  await date.fill('');
  await date.focus();
  await date.pressSequentially('08012027');
  expect(await date.inputValue()).toBe('2027-01-08');
});

test('a field refused twice lists both errors, is counted once, and is focused', async () => {
  const form = frame.getByRole('form', { name: 'Jadwalkan episode' });
  // Two weeks from Friday 27 November: that day is past, the next is EP-001's.
  await form.getByLabel('Tanggal LIVE').fill('2026-11-27');
  await form.getByLabel('Jumlah minggu').fill('2');
  await form.getByRole('button', { name: 'Jadwalkan', exact: true }).click();
  const slot = form.locator('[data-field="liveDate"] .error');
  await slot.locator('li').first().waitFor();
  expect(await slot.locator('li').allInnerTexts()).toEqual([
    'Tanggal LIVE Jumat, 27 November 2026 sudah lewat. Jika episode ini dicatat setelah berlangsung, centang "Episode sudah berlangsung".',
    'Tanggal LIVE Jumat, 4 Desember 2026 sudah dipakai episode EP-001 (Cara mendirikan koperasi).',
  ]);
  // One field to check, said as one sentence, not a list of one.
  const summary = frame.locator('.notice.fail');
  expect(await summary.innerText()).toBe('Periksa isian yang ditandai.');
  expect(await summary.locator('li').count()).toBe(0);
  expect(await focused()).toBe('f-liveDate');
  expect(await inView('#f-liveDate')).toBe(true);
  await form.getByLabel('Jumlah minggu').fill('1');
});

test('"today" and the time filled in are the server\'s, whatever the PC clock says', async () => {
  b.preview.session.moveClock({ to: '2026-12-04T08:20' });
  await b.page.clock.setFixedTime(new Date('2026-01-01T20:33:00+07:00'));
  // The recap's period starts on the server's month, December, not the PC's January.
  await b.relay('listReports', () => b.sidebarView('laporan'));
  expect(await selectedText('[aria-label="Bulan atau triwulan"]')).toBe('Desember');
  expect(await selectedText('[aria-label="Tahun"]')).toBe('2026');
  await b.sidebarView('live');
  await frame.getByRole('button', { name: 'Buka' }).waitFor();
  expect(await frame.locator('#f-live-episode').inputValue()).toBe('EP-001');
  await frame.getByRole('button', { name: 'Buka' }).click();
  await frame.getByRole('heading', { name: 'Catatan LIVE EP-001' }).waitFor();
  expect(await section('penonton').getByLabel('Pukul').inputValue()).toBe('08:20');
  await openSection('tanya');
  expect(await frame.locator('#f-tanya-askedAt').inputValue()).toBe('08:20');
});

test('after "Simpan pertanyaan" the form stays in place with the focus ready for the next question', async () => {
  const form = frame.locator('form[aria-label="Pertanyaan baru"]');
  await form.locator('[name="question"]').fill('Syarat mendirikan koperasi apa saja?');
  const save = form.getByRole('button', { name: 'Simpan pertanyaan' });
  await save.scrollIntoViewIfNeeded();
  const before = await form.evaluate((f) => f.getBoundingClientRect().top);
  await save.click();
  await saidOk('Pertanyaan TJ-001 disimpan.');
  const after = frame.locator('form[aria-label="Pertanyaan baru"]');
  expect(Math.abs((await after.evaluate((f) => f.getBoundingClientRect().top)) - before)).toBeLessThan(2);
  expect(await focused()).toBe('f-tanya-question');
  expect(await inView('form[aria-label="Pertanyaan baru"] .notice.ok')).toBe(true);
  // The feedback channel is a required list: it starts on "Pilih…", and left there it is named.
  await openSection('umpan');
  expect(await selectedText('#f-umpan-channel')).toBe('Pilih…');
});

test('the comment import says which columns it reads, follows the mapping, and drops a failed preview', async () => {
  await openSection('impor');
  const panel = section('impor');
  await panel.locator('summary', { hasText: 'Kolom yang dikenali' }).click();
  expect(await panel.locator('[data-help="kolom"]').innerText()).toContain('pengguna');
  await panel.getByRole('button', { name: 'Pakai contoh ini' }).click();
  // The example offered is the guide's example file, as it is.
  expect(await panel.getByLabel('Komentar', { exact: true }).inputValue()).toBe(
    readFileSync(join(__dirname, '../../docs/contoh-komentar.csv'), 'utf8').trimEnd(),
  );
  await panel.getByRole('button', { name: 'Pratinjau' }).click();
  const questions = frame.locator('ul[aria-label="Pertanyaan terdeteksi"] li');
  await questions.first().waitFor();
  expect(await questions.allInnerTexts()).toEqual(['@budi_umkm: gmn cara daftar koperasi?', '@siti: berapa biaya sertifikat halal']);
  // Changing a column refreshes the preview by itself.
  await frame.locator('#f-impor-map-unique_id').selectOption('');
  await frame.locator('ul[aria-label="Pertanyaan terdeteksi"] li', { hasText: '—: gmn cara daftar koperasi?' }).waitFor();
  // Content that cannot be read: the message, and no earlier preview or import button left.
  await panel.getByLabel('Komentar', { exact: true }).fill('{"type": "chat", rusak');
  await panel.getByRole('button', { name: 'Pratinjau' }).click();
  await panel.locator('[data-field="content"] .error', { hasText: 'Tidak ada baris yang dapat dibaca' }).waitFor();
  expect(await frame.locator('ul[aria-label="Ringkasan impor"]').count()).toBe(0);
  expect(await frame.getByRole('button', { name: /^Impor \d/ }).count()).toBe(0);
});

test('a connector capture with untyped viewer-count lines imports them as viewer counts, once', async () => {
  const ms = (hhmm: string) => Date.parse(`2026-12-04T${hhmm}:00+07:00`);
  const capture = [
    `{"type":"chat","uniqueId":"rudi","comment":"kapan pendaftaran dibuka","msgId":7312345678901234599,"createTime":${ms('08:10')}}`,
    `{"viewerCount":310,"createTime":${ms('08:10')}}`,
    `{"viewerCount":295,"createTime":${ms('08:11')}}`,
  ].join('\n');
  await openSection('impor');
  const panel = section('impor');
  await panel.getByLabel('Komentar', { exact: true }).fill(capture);
  await panel.getByRole('button', { name: 'Pratinjau' }).click();
  const summary = frame.locator('ul[aria-label="Ringkasan impor"]');
  await summary.waitFor();
  expect(await summary.innerText()).toContain('2 catatan jumlah penonton baru');
  expect(await frame.locator('ul[aria-label="Baris ditolak"]').count()).toBe(0);
  await frame.getByRole('button', { name: 'Impor 1 komentar' }).click();
  await saidOk('Diimpor: 1 komentar, 1 pertanyaan, 2 jumlah penonton.');
  // Each count's first line; below it, the buttons to leave it out of the reports or delete it.
  const counts = await frame.locator('ul[aria-label="Catatan jumlah penonton"] li').allInnerTexts();
  expect(counts.map((t) => t.split('\n')[0])).toEqual(['08.11 · 295 penonton (impor)', '08.10 · 310 penonton (impor)']);
  await openSection('impor');
  await section('impor').getByLabel('Komentar', { exact: true }).fill(capture);
  await section('impor').getByRole('button', { name: 'Pratinjau' }).click();
  await frame.locator('ul[aria-label="Ringkasan impor"]', { hasText: '0 catatan jumlah penonton baru' }).waitFor();
});
