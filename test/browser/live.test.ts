/**
 * Recording a LIVE in the real sidebar (issue 5): viewer counts during the LIVE, a pasted comment
 * list imported through its preview, a question answered, the suggested stage completed in one
 * click, an evaluation with two follow-ups; text from the public shown as text, never as HTML.
 */
import type { Frame } from 'playwright-core';
import { type PreviewBrowser, usePreview } from './browser';
import { openLiveRecord, recordPage, registerWithEpisode } from './live-record';

jest.setTimeout(90_000);

const HOSTILE = [
  '=IMPORTXML("http://x","//a")',
  '+62812 3456 7890',
  '@user',
  '-1+2',
  '=HYPERLINK("http://x","klik")',
  '<img src=x onerror=alert(1)>',
];

let b: PreviewBrowser;
let frame: Frame;
let dialogs = 0;
const { section, openSection, saidOk } = recordPage(() => frame);

usePreview(async (opened) => {
  b = opened;
  b.page.on('dialog', () => dialogs++);
  await registerWithEpisode(b);
  // The sidebar fills in the time from the server's clock of its last answer, carried forward by the browser's.
  await b.clock('2026-12-04T08:20');
  frame = await openLiveRecord(b);
});

test('records viewer counts during the LIVE with the time filled in', async () => {
  const viewers = section('penonton');
  expect(await viewers.getByLabel('Pukul', { exact: true }).inputValue()).toBe('08:20');
  await viewers.getByLabel('Jumlah penonton sekarang').fill('85');
  await viewers.getByRole('button', { name: 'Catat' }).click();
  await saidOk('Jumlah penonton pukul 08.20 dicatat.');
  await section('penonton').getByLabel('Jumlah penonton sekarang').fill('60');
  await section('penonton').getByLabel('Pukul', { exact: true }).fill('08:10');
  await section('penonton').getByRole('button', { name: 'Catat' }).click();
  await frame.locator('ul[aria-label="Catatan jumlah penonton"] li', { hasText: '08.10' }).waitFor();
  // Each count's first line; below it, the buttons to leave it out of the reports or delete it.
  const counts = await frame.locator('ul[aria-label="Catatan jumlah penonton"] li').allInnerTexts();
  expect(counts.map((t) => t.split('\n')[0])).toEqual(['08.20 · 85 penonton', '08.10 · 60 penonton']);
  expect(await frame.locator('[data-record="viewerCounts"]').innerText()).toContain('2 catatan, tertinggi 85 pukul 08.20');
  // A time still to come is refused at the field, and nothing is added.
  await section('penonton').getByLabel('Jumlah penonton sekarang').fill('70');
  await section('penonton').getByLabel('Pukul', { exact: true }).fill('09:30');
  await section('penonton').getByRole('button', { name: 'Catat' }).click();
  await section('penonton').locator('[data-field="time"] .error', { hasText: 'Waktu 09:30 belum terjadi.' }).waitFor();
  await b.screenshot('live-viewer-counts');
});

test('reads "1.250" as a viewer count, refuses "1,5" and an impossible count, and says what a correction replaced', async () => {
  const count = async (viewers: string, time: string) => {
    await section('penonton').getByLabel('Jumlah penonton sekarang').fill(viewers);
    await section('penonton').getByLabel('Pukul', { exact: true }).fill(time);
    await section('penonton').getByRole('button', { name: 'Catat' }).click();
  };
  const refusal = (text: string) => section('penonton').locator('[data-field="viewers"] .error', { hasText: text }).waitFor();
  await count('1,5', '08:15');
  await refusal('Jumlah penonton harus bilangan bulat, tanpa koma (mis. 1.250).');
  await count('2.000.000', '08:15');
  await refusal('Jumlah penonton paling banyak 1.000.000; periksa kembali angkanya.');
  await count('1.250', '08:10');
  await saidOk('Jumlah penonton pukul 08.10 diperbarui (sebelumnya 60).');
  await frame.locator('ul[aria-label="Catatan jumlah penonton"] li', { hasText: '08.10 · 1.250 penonton' }).waitFor();
  const { snapshots } = b.call<{ snapshots: Array<{ time: string; viewers: number }> }>('getLiveRecord', { episodeId: 'EP-001' });
  expect(snapshots.map((s) => [s.time.slice(11), s.viewers])).toEqual([
    ['08:10', 1250],
    ['08:20', 85],
  ]);
});

test('imports a pasted comment list through its preview, and offers to complete the Q&A stage', async () => {
  await openSection('impor');
  const pasted = [
    '07:55 lama: komentar yang diputar ulang',
    '08:05 Budi: gmn cara daftar koperasi',
    '08:06 Ani: mantap kak',
    `08:07 @warga: ${HOSTILE[5]} berapa biayanya`,
    'Joko bergabung',
  ].join('\n');
  await section('impor').getByLabel('Komentar', { exact: true }).fill(pasted);
  await section('impor').getByRole('button', { name: 'Pratinjau' }).click();
  const summary = frame.locator('ul[aria-label="Ringkasan impor"]');
  await summary.waitFor();
  expect(await summary.innerText()).toContain('3 komentar baru, 2 tampak seperti pertanyaan');
  expect(await summary.innerText()).toContain('1 sebelum pukul 08.00 (dilewati)');
  expect(await frame.locator('ul[aria-label="Pertanyaan terdeteksi"] li').allInnerTexts()).toEqual([
    'Budi: gmn cara daftar koperasi',
    `@warga: ${HOSTILE[5]} berapa biayanya`,
  ]);
  expect(await frame.locator('ul[aria-label="Baris ditolak"]').innerText()).toContain('Baris 5: bukan baris "nama: komentar"');
  await b.screenshot('live-import-preview');
  await frame.getByRole('button', { name: 'Impor 3 komentar' }).click();
  await saidOk('Diimpor: 3 komentar, 2 pertanyaan, 0 jumlah penonton.');
  await frame.locator('button[data-stage="tanya_jawab"]').waitFor();
  expect(await frame.locator('[data-record="comments"]').innerText()).toContain('3 komentar dari 1 kali impor');
});

test('imports a large comment list in parts, one call each, as one import to the user', async () => {
  await openSection('impor');
  const csv = [
    'timestamp,type,unique_id,nickname,text,value,msg_id',
    ...Array.from(
      { length: 6000 },
      (_, i) => `08:${String(10 + (i % 50)).padStart(2, '0')},comment,warga${i},Warga ${i},salam dari Cibinong ${i},,${90_000 + i}`,
    ),
  ].join('\n');
  await section('impor')
    .getByLabel('Berkas komentar')
    .setInputFiles({ name: 'komentar.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await frame.waitForFunction(() => (document.querySelector('#f-impor-content') as HTMLTextAreaElement).value.length > 100_000);
  await section('impor').getByRole('button', { name: 'Pratinjau' }).click();
  await frame.getByRole('button', { name: 'Impor 6.000 komentar' }).click();
  await saidOk('Diimpor: 6.000 komentar, 0 pertanyaan, 0 jumlah penonton.');
  // Two calls of 3 000, each recorded in the import ledger.
  expect(await frame.locator('[data-record="comments"]').innerText()).toContain('6.003 komentar dari 3 kali impor');
});

test('answers a question, then completes the suggested stage in one click', async () => {
  await openSection('tanya');
  await frame.getByRole('button', { name: 'Jawab TJ-001' }).click();
  await frame
    .locator('form[aria-label="Jawaban TJ-001"]')
    .getByLabel('Jawaban', { exact: true })
    .fill('Minimal 9 orang pendiri, lalu akta notaris.');
  await frame.locator('form[aria-label="Jawaban TJ-001"]').getByLabel('Dijawab oleh').fill('Ibu Siti');
  await frame.getByRole('button', { name: 'Simpan jawaban' }).click();
  await saidOk('Jawaban TJ-001 disimpan.');
  const item = frame.locator('li[data-question="TJ-001"]');
  expect(await item.innerText()).toContain('terjawab');
  expect(await item.innerText()).toContain('Jawaban: Minimal 9 orang pendiri, lalu akta notaris.');
  expect(await frame.locator('[data-record="questions"]').innerText()).toContain('2 pertanyaan, 1 terjawab (50,0%), 1 belum dijawab');
  // Answered during the LIVE, before the Q&A session's window: the register asks first.
  await frame.locator('button[data-stage="tanya_jawab"]').click();
  await frame.getByRole('button', { name: 'Ya, tandai selesai' }).click();
  await saidOk('Tahap "Sesi tanya jawab melalui kolom komentar" ditandai selesai.');
  const stage = b
    .call<{ stages: { key: string; status: string }[] }>('getEpisode', { episodeId: 'EP-001' })
    .stages.find((s) => s.key === 'tanya_jawab');
  expect(stage?.status).toBe('selesai');
});

test('records an evaluation with two follow-up actions', async () => {
  await b.clock('2026-12-10T14:00');
  await openSection('evaluasi');
  const form = frame.locator('form[aria-label="Hasil evaluasi"]');
  await form.getByLabel('Tanggal rapat').fill('2026-12-10');
  await form.getByLabel('Peserta rapat').fill('Kabid UKM, Tim Pubdisdok, Tim Humas');
  await form.getByLabel('Hal yang berjalan baik').fill('Narasumber komunikatif.');
  await form.getByLabel('Kendala').fill('Suara putus-putus di awal.');
  await form.locator('fieldset').nth(0).getByLabel('Tindakan').fill('Pakai mikrofon clip-on');
  await form.locator('fieldset').nth(0).getByLabel('Penanggung jawab').fill('Tim Pubdisdok');
  await form.locator('fieldset').nth(0).getByLabel('Batas waktu').fill('2026-12-11');
  await form.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  await form.locator('fieldset').nth(1).getByLabel('Tindakan').fill('Unggah rekaman ke Instagram');
  await form.locator('fieldset').nth(1).getByLabel('Penanggung jawab').fill('Tim Humas');
  // A due date before the meeting is refused at that row's field.
  await form.locator('fieldset').nth(1).getByLabel('Batas waktu').fill('2026-12-01');
  await form.getByRole('button', { name: 'Simpan evaluasi' }).click();
  await form
    .locator('[data-field="actions.1.dueDate"] .error', { hasText: 'Batas waktu tindak lanjut 2 tidak boleh sebelum tanggal rapat.' })
    .waitFor();
  await form.locator('fieldset').nth(1).getByLabel('Batas waktu').fill('2026-12-15');
  await form.getByRole('button', { name: 'Simpan evaluasi' }).click();
  await saidOk('Hasil evaluasi disimpan.');
  const actions = frame.locator('ul[aria-label="Tindak lanjut episode ini"] li');
  expect(await actions.count()).toBe(2);
  expect(await actions.nth(0).innerText()).toContain('Pakai mikrofon clip-on');
  expect(await frame.locator('button[data-stage="pencatatan_evaluasi"]').count()).toBe(1);
  await frame.getByRole('button', { name: 'Selesai: TL-001' }).click();
  await saidOk('Tindak lanjut TL-001 selesai.');
  expect(await frame.locator('li[data-action="TL-001"]').innerText()).toContain('selesai');
  await b.screenshot('live-evaluation');
});

test('shows text from the public as text, never as HTML', async () => {
  await openSection('tanya');
  for (const [i, text] of HOSTILE.entries()) {
    const form = frame.locator('form[aria-label="Pertanyaan baru"]');
    await form.locator('[name="question"]').fill(text);
    await form.locator('[name="askerHandle"]').fill(text);
    await form.getByRole('button', { name: 'Simpan pertanyaan' }).click();
    await saidOk(`Pertanyaan TJ-00${i + 3} disimpan.`);
  }
  const shown = await frame.locator('ul[aria-label="Pertanyaan"] li strong').allInnerTexts();
  for (const text of HOSTILE) expect(shown).toContain(text);
  expect(await frame.locator('img').count()).toBe(0);
  expect(await frame.locator('a[href^="http://x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
  // In the sheet, every one stayed text: reading cells that held formulas would throw.
  const sheet = b.preview.session.emu.spreadsheet.getSheetByName('Tanya Jawab')!;
  const rows = sheet
    .getDataRange()
    .getValues()
    .slice(1)
    .map((r) => String(r[2]));
  for (const text of HOSTILE) expect(rows).toContain(text);
  const comments = b.preview.session.emu.spreadsheet
    .getSheetByName('Komentar')!
    .getDataRange()
    .getValues()
    .map((r) => String(r[4]));
  expect(comments).toContain(`${HOSTILE[5]} berapa biayanya`);
  await b.screenshot('live-hostile-text');
});
