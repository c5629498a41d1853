/**
 * Forms as a new user meets them: a guest saved without its kecamatan and Pengaturan without "Nama instansi" are
 * refused at the field in plain words; the comment import's preview lists every question it would record, 50 a
 * page, and what the user unticks on any page is left out of the import.
 */
import type { Frame } from 'playwright-core';
import { type PreviewBrowser, usePreview } from './browser';
import { recordPage, registerWithEpisode } from './live-record';

jest.setTimeout(90_000);

let b: PreviewBrowser;
let frame: Frame;

const { section } = recordPage(() => frame);
const listed = () => frame.locator('ul[aria-label="Pertanyaan terdeteksi"] li');
const pages = () => frame.getByRole('navigation', { name: 'Halaman pertanyaan' });

usePreview(async (opened) => {
  b = opened;
  await registerWithEpisode(b);
  await b.clock('2026-12-04T10:00');
  await b.menu('HALO KOP-UKM', 'Buka panel');
  frame = await b.sidebar();
});

test('a guest saved without its kecamatan is refused at that field: "Kecamatan wajib diisi."', async () => {
  await b.sidebarView('narasumber');
  await frame.getByRole('button', { name: 'Tambah narasumber' }).click();
  const guest = frame.getByRole('form', { name: 'Data narasumber' });
  await guest.getByLabel('Nama narasumber').fill('Bapak Joko');
  await guest.getByLabel('Nama koperasi/UKM').fill('Keripik Joko');
  await guest.getByLabel('Jenis').selectOption('ukm');
  await guest.getByRole('button', { name: 'Simpan narasumber' }).click();
  await guest.locator('[data-field="kecamatan"] .error', { hasText: 'Kecamatan wajib diisi.' }).waitFor();
  expect(b.call<{ narasumber: Array<{ name: string }> }>('listNarasumber', {}).narasumber.map((g) => g.name)).toEqual(['Ibu Siti Aminah']);
});

test('Pengaturan refuses an empty "Nama instansi", which every report\'s kop needs', async () => {
  await b.sidebarView('pengaturan');
  const settings = frame.getByRole('form', { name: 'Pengaturan' });
  await settings.getByLabel('Nama instansi').fill('');
  await settings.getByRole('button', { name: 'Simpan' }).click();
  await settings.locator('[data-field="agencyName"] .error', { hasText: 'Nama instansi wajib diisi.' }).waitFor();
  expect(b.call<{ agencyName: string }>('getSettings', {}).agencyName).toBe('DINAS KOPERASI DAN UKM KABUPATEN BOGOR');
});

test('pages through all 120 detected questions and leaves out those unticked on any page', async () => {
  await b.sidebarView('live');
  await frame.getByRole('button', { name: 'Buka' }).click();
  await frame.getByRole('heading', { name: 'Catatan LIVE EP-001' }).waitFor();
  await section('impor').locator(':scope > summary').click();
  const pasted = Array.from(
    { length: 120 },
    (_, i) => `08:${String(10 + (i % 40)).padStart(2, '0')} warga${i}: berapa biaya nomor ${i + 1}?`,
  );
  await section('impor').getByLabel('Komentar', { exact: true }).fill(pasted.join('\n'));
  await section('impor').getByRole('button', { name: 'Pratinjau' }).click();
  await pages().waitFor();
  expect(await listed().count()).toBe(50);
  expect(await pages().innerText()).toContain('1–50 dari 120 (halaman 1 dari 3)');
  await listed().filter({ hasText: 'nomor 2?' }).getByRole('checkbox').uncheck();

  await pages().getByRole('button', { name: 'Berikutnya ›' }).click();
  await pages().getByText('51–100 dari 120').waitFor();
  await pages().getByRole('button', { name: 'Berikutnya ›' }).click();
  await pages().getByText('101–120 dari 120 (halaman 3 dari 3)').waitFor();
  expect(await listed().allInnerTexts()).toHaveLength(20);
  expect(await listed().last().innerText()).toBe('warga119: berapa biaya nomor 120?');
  expect(await pages().getByRole('button', { name: 'Berikutnya ›' }).isDisabled()).toBe(true);
  await listed().filter({ hasText: 'nomor 120?' }).getByRole('checkbox').uncheck();

  // Back on the first page, what was unticked stays unticked.
  await pages().getByRole('button', { name: '‹ Sebelumnya' }).click();
  await pages().getByRole('button', { name: '‹ Sebelumnya' }).click();
  await pages().getByText('1–50 dari 120').waitFor();
  expect(await listed().filter({ hasText: 'nomor 2?' }).getByRole('checkbox').isChecked()).toBe(false);

  await frame.getByRole('button', { name: 'Impor 120 komentar' }).click();
  await frame.locator('.notice.ok', { hasText: 'Diimpor: 120 komentar, 118 pertanyaan, 0 jumlah penonton.' }).waitFor();
  const { questions } = b.call<{ questions: Array<{ question: string }> }>('getLiveRecord', { episodeId: 'EP-001' });
  expect(questions).toHaveLength(118);
  expect(questions.map((q) => q.question)).not.toContain('berapa biaya nomor 2?');
  expect(questions.map((q) => q.question)).not.toContain('berapa biaya nomor 120?');
});
