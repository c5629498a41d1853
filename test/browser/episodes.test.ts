/**
 * Episodes through the real sidebar in the local preview (issue 4): set the register up, save
 * guests, schedule an episode with the searching guest picker, see its SOP stages in the grid,
 * complete a stage with one click, and have an invalid form refused at its field with nothing
 * written. One browser and one page for the whole file, in story order.
 */
import { type PreviewBrowser, usePreview } from './browser';

jest.setTimeout(60_000);

let b: PreviewBrowser;
usePreview((opened) => {
  b = opened;
});

/** H: a Friday three weeks after the preview's start (Saturday 28 November 2026, 08.00 WIB). */
const LIVE_DATE = '2026-12-18';
const TOPIC = 'Strategi pemasaran keripik talas lewat TikTok';

/** A sheet as the grid shows it: one object per data row, keyed by the header row. */
async function sheet(name: string): Promise<Record<string, string>[]> {
  const [header, ...data] = await b.grid(name);
  return data.map((r) => Object.fromEntries(header.filter(Boolean).map((h, i) => [h, r[i]])));
}

test('runs "Siapkan register" from the sidebar\'s home view', async () => {
  await b.menu('HALO KOP-UKM', 'Buka panel');
  const frame = await b.sidebar();
  const setup = frame.getByRole('button', { name: 'Siapkan register' });
  await b.relay('setupRegister', () => setup.click());
  // A new register is led on to Pengaturan (issue 15), saying which sheets were made.
  await frame.getByRole('status').filter({ hasText: 'lembar dibuat:' }).waitFor();
  expect(await frame.getByRole('status').filter({ hasText: 'lembar dibuat:' }).innerText()).toContain('Tahap SOP');
  expect(await b.page.locator('#tabs button').allInnerTexts()).toEqual(
    expect.arrayContaining(['Narasumber', 'Episode', 'Tahap SOP', 'Log Audit']),
  );
  // Back home, the agenda reads the new sheets.
  await b.sidebarView('beranda');
  await frame.locator('section[aria-label="Agenda"]', { hasText: 'Tidak ada tahap yang perlu dikerjakan' }).waitFor();
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);
});

test('saves guests in the Narasumber view; the phone number is stored normalised', async () => {
  const frame = await b.sidebar();
  const guests: Array<[string, string, string, string, string]> = [
    ['Rina Marlina', 'Keripik Talas Bu Rina', 'ukm', 'Tamansari', '0857-1190-3342'],
    ['Ahmad Fauzi', 'Koperasi Produsen Susu Giri Tani', 'koperasi', 'Cisarua', '+62 812 8876 1209'],
  ];
  for (const [i, [name, organization, type, kecamatan, phone]] of guests.entries()) {
    await b.sidebarView('narasumber');
    await frame.getByRole('button', { name: 'Tambah narasumber' }).click();
    const form = frame.getByRole('form', { name: 'Data narasumber' });
    await form.getByLabel('Nama narasumber').fill(name);
    await form.getByLabel('Nama koperasi/UKM').fill(organization);
    await form.getByLabel('Jenis').selectOption(type);
    await form.getByLabel('Kecamatan').selectOption(kecamatan);
    await form.getByLabel('Nomor telepon/WhatsApp').fill(phone);
    await b.relay('saveNarasumber', () => form.getByRole('button', { name: 'Simpan narasumber' }).click());
    await frame
      .getByRole('status')
      .filter({ hasText: `Narasumber tersimpan dengan ID NS-00${i + 1}.` })
      .waitFor();
    // A new guest's form is emptied for the next one.
    expect(await form.getByLabel('Nama narasumber').inputValue()).toBe('');
  }
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);

  const rows = await sheet('Narasumber');
  expect(rows.map((r) => [r.ID, r.Nama, r.Organisasi, r.Kecamatan, r.Telepon])).toEqual([
    ['NS-001', 'Rina Marlina', 'Keripik Talas Bu Rina', 'Tamansari', '+6285711903342'],
    ['NS-002', 'Ahmad Fauzi', 'Koperasi Produsen Susu Giri Tani', 'Cisarua', '+6281288761209'],
  ]);
});

test('schedules an episode with the guest picker that searches, and its eight stages appear in the grid', async () => {
  const frame = await b.sidebar();
  await b.sidebarView('jadwal');
  const form = frame.getByRole('form', { name: 'Jadwalkan episode' });
  const picker = form.locator('#f-narasumberId');
  await form.locator('[data-field="narasumberId"] .hint', { hasText: '2 narasumber.' }).waitFor();
  expect(await picker.locator('option').count()).toBe(2);

  await form.getByRole('searchbox', { name: 'Cari narasumber' }).fill('talas');
  await form.locator('[data-field="narasumberId"] .hint', { hasText: '1 narasumber.' }).waitFor();
  expect(await picker.locator('option').allInnerTexts()).toEqual(['Rina Marlina — Keripik Talas Bu Rina (Tamansari)']);
  await picker.selectOption('NS-001');
  await form.getByLabel('Tanggal LIVE').fill(LIVE_DATE);
  await form.getByLabel('Topik').fill(TOPIC);
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);
  await b.relay('scheduleEpisode', () => form.getByRole('button', { name: 'Jadwalkan' }).click());
  await frame.getByRole('status').filter({ hasText: 'Episode EP-001 dijadwalkan.' }).waitFor();
  // A Friday LIVE: no weekday warning; but its joint evaluation falls on cuti bersama, which the office is told.
  expect(await frame.locator('.notice.warn').allInnerTexts()).toEqual([
    'Evaluasi bersama episode LIVE Jumat, 18 Desember 2026 jatuh pada Kamis, 24 Desember 2026, bertepatan dengan Cuti Bersama Kelahiran Yesus Kristus.',
  ]);

  const episodes = await sheet('Episode');
  expect(episodes.map((e) => [e.ID, e['Tanggal LIVE'], e['ID Narasumber'], e.Topik, e.Status])).toEqual([
    ['EP-001', '18/12/2026', 'NS-001', TOPIC, 'terjadwal'],
  ]);

  // H−14 for the preparation, H for the LIVE, H+3 for feedback, the evaluation on Thursday 24 December.
  const stages = await sheet('Tahap SOP');
  expect(stages.map((s) => [s['ID Episode'], s['Kunci Tahap'], s['Jatuh Tempo'], s['Selesai Pada']])).toEqual([
    ['EP-001', 'hubungi_narasumber', '04/12/2026', ''],
    ['EP-001', 'persiapan_live', '04/12/2026', ''],
    ['EP-001', 'live', '18/12/2026', ''],
    ['EP-001', 'tanya_jawab', '18/12/2026', ''],
    ['EP-001', 'pemantauan_penonton', '18/12/2026', ''],
    ['EP-001', 'pengumpulan_feedback', '21/12/2026', ''],
    ['EP-001', 'evaluasi_bersama', '24/12/2026', ''],
    ['EP-001', 'pencatatan_evaluasi', '24/12/2026', ''],
  ]);
});

test('completes a stage with one click in the episode timeline; the sidebar and the grid show it done', async () => {
  const frame = await b.sidebar();
  await b.relay('getEpisode', () => frame.getByRole('button', { name: 'Buka EP-001' }).click());
  await frame.getByRole('heading', { name: 'Episode EP-001' }).waitFor();
  const stage = frame.locator('li[data-stage="hubungi_narasumber"]');
  expect(await stage.locator('.badge').innerText()).toBe('Belum');
  expect(await stage.innerText()).toContain('Jumat, 4 Desember 2026 · Tim Pelaksana');
  expect(await frame.locator('li[data-stage]').count()).toBe(8);

  // Ahead of its date (4 December): the register asks first, and the question is answered in the sidebar.
  await b.relay('completeStage', () => stage.getByRole('button', { name: 'Tandai selesai: Menghubungi narasumber' }).click());
  expect(await frame.locator('.notice.warn').innerText()).toBe(
    'Tahap "Menghubungi narasumber" dijadwalkan Jumat, 4 Desember 2026. Tandai selesai lebih awal, pada 28 November 2026 pukul 08.00?',
  );
  await b.relay('completeStage', () => frame.getByRole('button', { name: 'Ya, tandai selesai' }).click());
  await stage.locator('.badge.selesai', { hasText: 'Selesai' }).waitFor();
  expect(await stage.innerText()).toMatch(/Selesai 28 November 2026 pukul 08\.00 \(ditandai oleh \S+@\S+\)/);
  expect(await frame.getByRole('status').filter({ hasText: 'Tahap "Menghubungi narasumber" selesai.' }).count()).toBe(1);
  // Done now offers "Buka kembali"; the other stages are untouched.
  expect(await stage.getByRole('button', { name: 'Buka kembali: Menghubungi narasumber' }).count()).toBe(1);
  expect(await frame.locator('li[data-stage] .badge.selesai').count()).toBe(1);
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);
  await b.screenshot('episode-timeline');
  await b.sidebarScreenshot('episode-timeline-sidebar');

  const stages = await sheet('Tahap SOP');
  const done = stages.find((s) => s['Kunci Tahap'] === 'hubungi_narasumber');
  expect(done?.['Selesai Pada']).toBe('28/11/2026 08:00');
  expect(done?.['Selesai Oleh']).toMatch(/@/);
  expect(stages.filter((s) => s['Selesai Pada'] !== '').length).toBe(1);
});

test('an invalid schedule is refused with the Indonesian message at its field, and nothing is written', async () => {
  const frame = await b.sidebar();
  const before = { episodes: await sheet('Episode'), stages: await sheet('Tahap SOP'), audit: await sheet('Log Audit') };

  await b.sidebarView('jadwal');
  const form = frame.getByRole('form', { name: 'Jadwalkan episode' });
  await form.locator('#f-narasumberId option[value="NS-002"]').waitFor();
  await form.locator('#f-narasumberId').selectOption('NS-002');
  await form.getByLabel('Tanggal LIVE').fill('2026-12-25');
  const submit = () => b.relay('scheduleEpisode', () => form.getByRole('button', { name: 'Jadwalkan' }).click());

  // An empty topic.
  await submit();
  await frame.locator('#e-topic', { hasText: 'Topik wajib diisi.' }).waitFor();
  expect(await form.getByLabel('Topik').getAttribute('aria-invalid')).toBe('true');
  expect(await frame.getByRole('alert').innerText()).toBe('Periksa isian yang ditandai.');
  expect(await frame.evaluate(() => document.activeElement?.id)).toBe('f-topic');

  // A date another episode holds: the message moves to the date, the topic's goes.
  await form.getByLabel('Topik').fill('Koperasi susu dan pemasaran yoghurt');
  await form.getByLabel('Tanggal LIVE').fill(LIVE_DATE);
  await submit();
  await frame
    .locator('#e-liveDate', { hasText: `Tanggal LIVE Jumat, 18 Desember 2026 sudah dipakai episode EP-001 (${TOPIC}).` })
    .waitFor();
  expect(await frame.locator('#e-topic').innerText()).toBe('');
  expect(await form.getByLabel('Topik').getAttribute('aria-invalid')).toBeNull();
  expect(await form.getByLabel('Tanggal LIVE').getAttribute('aria-invalid')).toBe('true');
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);
  await b.sidebarScreenshot('schedule-refused');

  // The refused call read the register but wrote no sheet.
  const calls = await b.page.locator('#calls').innerText();
  expect(calls).toContain('Range.getValues');
  expect(calls).not.toMatch(/Range\.set|appendRow|insertRow/);
  expect({ episodes: await sheet('Episode'), stages: await sheet('Tahap SOP'), audit: await sheet('Log Audit') }).toEqual(before);
});
