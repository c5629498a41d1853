/**
 * Junk and duplicates (issue 17, point 3) in the real sidebar: spam, a 2 000-character text, a mistyped
 * viewer count and spam feedback are left out or deleted, with the reason in words; the audit log keeps
 * them; the import's preview says a question already typed by hand is skipped; the report and the recap
 * count only the real questions in their Q&A table and "% dijawab".
 */
import type { Frame } from 'playwright-core';
import { type PreviewBrowser, usePreview } from './browser';
import { openLiveRecord, recordPage, registerWithEpisode } from './live-record';

jest.setTimeout(120_000);

let b: PreviewBrowser;
let frame: Frame;
const { section, openSection, saidOk } = recordPage(() => frame);

const LONG = `Halo ${'x'.repeat(1995)}`;

usePreview(async (opened) => {
  b = opened;
  await registerWithEpisode(b);
  await b.clock('2026-12-04T09:10');
  b.call('saveQuestion', { episodeId: 'EP-001', question: 'Apa syarat KUR?', askerHandle: '@warga1', answer: 'KTP dan NIB.' });
  b.call('saveQuestion', { episodeId: 'EP-001', question: 'Beli followers murah di sini!!!', askerHandle: '@spam' });
  b.call('saveQuestion', { episodeId: 'EP-001', question: LONG, askerHandle: '@panjang' });
  b.call('recordViewerCount', { episodeId: 'EP-001', viewers: 85, time: '08:10' });
  b.call('recordViewerCount', { episodeId: 'EP-001', viewers: 99999, time: '08:15' });
  b.call('saveFeedback', { episodeId: 'EP-001', channel: 'komentar TikTok', text: 'Sangat bermanfaat' });
  b.call('saveFeedback', { episodeId: 'EP-001', channel: 'komentar TikTok', text: 'Promo pinjol cepat cair' });
  frame = await openLiveRecord(b);
});

test('leaves spam out with its reason in words, deletes the long text, and both stay in the audit log', async () => {
  await openSection('tanya');
  const reason = section('tanya').getByLabel('Alasan mengecualikan Pertanyaan TJ-002');
  expect(await reason.locator('option').allInnerTexts()).toEqual(['bukan pertanyaan', 'pesan sampah atau iklan', 'sudah tercatat (ganda)']);
  await reason.selectOption('spam');
  await section('tanya').getByRole('button', { name: 'Kecualikan Pertanyaan TJ-002' }).click();
  await saidOk('Pertanyaan TJ-002 dikecualikan dari laporan.');
  const spam = frame.locator('li[data-question="TJ-002"]');
  expect(await spam.locator('.badge').innerText()).toBe('Tidak dihitung: pesan sampah atau iklan');
  expect(await spam.innerText()).not.toContain('(spam)');

  await openSection('tanya');
  await section('tanya').getByRole('button', { name: 'Hapus Pertanyaan TJ-003' }).click();
  await frame.getByRole('button', { name: 'Ya, hapus' }).click();
  await saidOk('Pertanyaan TJ-003 dihapus.');
  await openSection('tanya');
  expect(await frame.locator('li[data-question]').evaluateAll((li) => li.map((l) => l.getAttribute('data-question')))).toEqual([
    'TJ-001',
    'TJ-002',
  ]);
  expect(await section('tanya').locator('p.muted').first().innerText()).toBe('1 dari 1 terjawab atau ditindaklanjuti (100,0%).');

  await openSection('penonton');
  await section('penonton').getByLabel('Alasan mengecualikan Jumlah penonton pukul 08.15').selectOption('salah catat');
  await section('penonton').getByRole('button', { name: 'Kecualikan Jumlah penonton pukul 08.15' }).click();
  await saidOk('Jumlah penonton pukul 08.15 dikecualikan dari laporan.');
  await openSection('umpan');
  await section('umpan').getByLabel('Alasan mengecualikan Umpan balik UB-002').selectOption('spam');
  await section('umpan').getByRole('button', { name: 'Kecualikan Umpan balik UB-002' }).click();
  await saidOk('Umpan balik UB-002 dikecualikan dari laporan.');
  await openSection('umpan');
  expect(await frame.locator('li[data-feedback="UB-002"] .badge').innerText()).toBe('Tidak dihitung: pesan sampah atau iklan');

  // The sheets keep the excluded rows; the audit log keeps the deleted one whole.
  const audit = (await b.grid('Log Audit')).map((cells) => cells.join('\t'));
  expect(audit.filter((r) => r.includes('kecualikan data')).length).toBe(3);
  expect(audit.some((r) => r.includes('hapus data') && r.includes(LONG))).toBe(true);
});

test('the import preview says a question typed by hand is already recorded, and skips it', async () => {
  await openSection('impor');
  await section('impor')
    .getByLabel('Komentar', { exact: true })
    .fill(['09:05 warga1: apa syarat  KUR?', '09:06 warga2: bagaimana cara daftar NIB?'].join('\n'));
  await section('impor').getByRole('button', { name: 'Pratinjau' }).click();
  const summary = frame.locator('ul[aria-label="Ringkasan impor"]');
  await summary.waitFor();
  expect(await summary.innerText()).toContain('2 komentar baru, 1 tampak seperti pertanyaan');
  expect(await summary.innerText()).toContain('1 pertanyaan sudah dicatat manual (dilewati)');
  expect(await frame.locator('ul[aria-label="Pertanyaan terdeteksi"] li').allInnerTexts()).toEqual(['warga2: bagaimana cara daftar NIB?']);
  await frame.getByRole('button', { name: 'Impor 2 komentar' }).click();
  await saidOk('Diimpor: 2 komentar, 1 pertanyaan, 0 jumlah penonton.');
  expect(await frame.locator('.notice', { hasText: 'sudah dicatat manual' }).innerText()).toContain(
    '1 pertanyaan di berkas sudah dicatat manual (akun dan isi sama) dan tidak dicatat lagi: warga1 "apa syarat KUR?".',
  );
});

test('the report and the recap count only the real questions, viewers and feedback', async () => {
  await b.clock('2026-12-10T10:00');
  const report = await b.documentText(b.call<{ name: string }>('generateEpisodeReport', { episodeId: 'EP-001' }).name);
  expect(report).toContain('Pertanyaan yang diterima: 2; dijawab: 1 (50,0%).');
  expect(report).toContain('Apa syarat KUR?');
  expect(report).toContain('bagaimana cara daftar NIB?');
  for (const junk of ['Beli followers', 'xxxxxxxxxx', '99.999', 'Promo pinjol']) expect(report).not.toContain(junk);
  expect(report).toContain('Sangat bermanfaat');

  const recap = await b.documentText(b.call<{ name: string }>('generatePeriodReport', { from: '2026-12-01', to: '2026-12-31' }).name);
  expect(recap).toContain('Pertanyaan masyarakat yang diterima: 2; dijawab: 1 (50,0%).');
  expect(recap).toMatch(/Persentase pertanyaan masyarakat yang dijawab\s+50,0% \(1 dari 2\)/);
});
