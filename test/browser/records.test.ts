/**
 * Records that agree (issue 15, point 1; issue 17): a new user records an episode's figures, a viewer count, a
 * question, spam and feedback in the real sidebar without clicking one stage done, typing "1.250" as a number,
 * and leaves the spam out; with a questionnaire, the episode report, the recap and the dashboard then all say
 * the LIVE took place, with the same viewers, questions and IKM, in Indonesian numbers.
 */
import type { Frame } from 'playwright-core';
import { type PreviewBrowser, usePreview } from './browser';
import { openLiveRecord, recordPage, registerWithEpisode } from './live-record';

jest.setTimeout(120_000);

let b: PreviewBrowser;
let frame: Frame;
const { section, openSection, saidOk } = recordPage(() => frame);

usePreview(async (opened) => {
  b = opened;
  await registerWithEpisode(b);
  await b.clock('2026-12-04T10:00');
  frame = await openLiveRecord(b);
});

test('records the LIVE without clicking its stages, with "1.250" typed as a number', async () => {
  await openSection('angka');
  await section('angka').getByLabel('Total penonton').fill('1.250');
  await section('angka').getByLabel('Penonton puncak (bersamaan)').fill('180');
  await section('angka').getByLabel('Penonton unik').fill('640');
  await section('angka').getByRole('button', { name: 'Simpan angka' }).click();
  await saidOk('Angka LIVE disimpan.');
  // The matching stages are offered, not done silently.
  expect(await frame.locator('button[data-stage]').allInnerTexts()).toEqual([
    'Tandai selesai: Pelaksanaan LIVE TikTok',
    'Tandai selesai: Pemantauan jumlah penonton',
  ]);

  for (const [question, handle] of [
    ['Bagaimana cara mendaftar koperasi?', '@warga1'],
    ['Beli followers murah!!!', '@spam'],
  ]) {
    await openSection('tanya');
    await section('tanya').locator('textarea[name="question"]').fill(question);
    await section('tanya').getByLabel('Penanya (akun TikTok)').fill(handle);
    await section('tanya').getByRole('button', { name: 'Simpan pertanyaan' }).click();
    await saidOk('disimpan.');
  }
  await openSection('tanya');
  await section('tanya').getByLabel('Alasan mengecualikan Pertanyaan TJ-002').selectOption('spam');
  await section('tanya').getByRole('button', { name: 'Kecualikan Pertanyaan TJ-002' }).click();
  await saidOk('Pertanyaan TJ-002 dikecualikan dari laporan.');
  await openSection('tanya');
  expect(await section('tanya').locator('p.muted').first().innerText()).toBe('0 dari 1 terjawab atau ditindaklanjuti (0,0%).');

  await openSection('penonton');
  await section('penonton').getByLabel('Jumlah penonton sekarang').fill('1.050');
  await section('penonton').getByLabel('Pukul').fill('08:15');
  await section('penonton').getByRole('button', { name: 'Catat' }).click();
  await saidOk('Jumlah penonton pukul 08.15 dicatat.');
  await openSection('penonton');
  expect(await section('penonton').locator('li[data-count]').first().innerText()).toContain('08.15 · 1.050 penonton');

  await openSection('umpan');
  await section('umpan').getByLabel('Saluran').selectOption('komentar TikTok');
  await section('umpan').getByLabel('Isi').fill('Sangat bermanfaat');
  await section('umpan').getByRole('button', { name: 'Simpan umpan balik' }).click();
  await saidOk('Umpan balik UB-001 disimpan.');
});

test('shows saved figures as typed, "1.250", and saves them again unchanged', async () => {
  await frame.selectOption('select[aria-label="Menu"]', 'live');
  await frame.getByRole('button', { name: 'Buka' }).click();
  await frame.getByRole('heading', { name: 'Catatan LIVE EP-001' }).waitFor();
  await openSection('angka');
  expect(await section('angka').getByLabel('Total penonton').inputValue()).toBe('1.250');
  expect(await section('angka').getByLabel('Penonton unik').inputValue()).toBe('640');
  await section('angka').getByRole('button', { name: 'Simpan angka' }).click();
  await saidOk('Angka LIVE disimpan; tidak ada yang berubah.');
  await openSection('angka');
  expect(await section('angka').getByLabel('Total penonton').inputValue()).toBe('1.250');
});

test('has the report, the recap and the dashboard agree with what was recorded', async () => {
  await b.clock('2026-12-07T10:00');
  // A questionnaire from the survey panel's paper form: index 34/9 = 3,7778 (4 decimals), × 25 = 94,445 → 94,45.
  b.call('saveSurveyResponse', { episodeId: 'EP-001', answers: [4, 4, 3, 4, 4, 3, 4, 4, 4] });
  await b.clock('2026-12-10T10:00');
  const report = await b.documentText(b.call<{ name: string }>('generateEpisodeReport', { episodeId: 'EP-001' }).name);
  expect(report).toMatch(/Status episode\s+Terlaksana/);
  expect(report).toMatch(/Total penonton\s+1\.250/);
  expect(report).toContain('Pertanyaan yang diterima: 1; dijawab: 0 (0,0%).');
  expect(report).not.toContain('Beli followers');
  expect(report).toContain('telah dilaksanakan pada Jumat, 4 Desember 2026');
  // Stages 1–2 have no data and are late; stages 3–6 have data, so they await only their mark.
  expect(report).toMatch(
    /3\s+Pelaksanaan LIVE TikTok\s+Tim Pelaksana – Pubdisdok\s+4 Desember 2026\s+Belum selesai\s+Datanya tercatat, belum ditandai selesai/,
  );
  expect(report).toMatch(/IKM[^\n]*94,45/);
  // Scheduled on 28 November at short notice: due the next working day, the SOP's date beside it.
  expect(report).toMatch(
    /1\s+Menghubungi narasumber\s+Tim Pelaksana\s+30 November 2026 \(SOP: 20 November 2026\)\s+Belum selesai\s+Terlambat 8 hari kerja, belum selesai/,
  );

  const recap = await b.documentText(b.call<{ name: string }>('generatePeriodReport', { from: '2026-12-01', to: '2026-12-31' }).name);
  expect(recap).toContain('dijadwalkan 1 episode: 1 terlaksana, 0 dibatalkan, dan 0 belum terlaksana');
  expect(recap).toContain('Total penonton 1.250 dari 1 episode');
  expect(recap).toContain('Pertanyaan masyarakat yang diterima: 1; dijawab: 0 (0,0%).');
  expect(recap).toMatch(/IKM[^\n]*94,45/);

  await b.menu('HALO KOP-UKM', 'Perbarui dasbor');
  const grid = await b.grid('Dasbor');
  const row = (label: string) => grid.find((cells) => cells[0] === label)?.slice(1, 3);
  expect(row('Episode terlaksana')).toEqual(['1', '1']);
  expect(row('Total penonton')).toEqual(['1.250', '1.250']);
  expect(row('Pertanyaan diterima')).toEqual(['1', '1']);
  expect(row('Pertanyaan dijawab')).toEqual(['0,0%', '0,0%']);
  expect(row('Indeks Kepuasan Masyarakat (IKM)')).toEqual(['94,45', '94,45']);
  // Only stages 1 and 2, which have no data, are late: the same two the report lists.
  expect(row('Tahap SOP terlambat (belum selesai)')).toEqual(['2', '2']);
});

test('marks the LIVE done at its real end from the episode page', async () => {
  await frame.selectOption('select[aria-label="Menu"]', 'episode');
  await frame.getByRole('button', { name: 'Buka EP-001' }).click();
  const live = frame.locator('li[data-stage="live"]');
  expect(await live.locator('.badge').innerText()).toBe('Data tercatat');
  await live.getByRole('button', { name: 'Waktu, catatan dan bukti: Pelaksanaan LIVE TikTok' }).click();
  expect(await live.getByLabel('Selesai pada').inputValue()).toBe('2026-12-04T08:30');
  await live.getByRole('button', { name: 'Simpan dan tandai selesai' }).click();
  await saidOk('Tahap "Pelaksanaan LIVE TikTok" selesai.');
  expect(await frame.locator('li[data-stage="live"]').innerText()).toContain('Selesai 4 Desember 2026 pukul 08.30');
});
