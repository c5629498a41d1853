/**
 * Reminders in the local preview (issue 6): the team's addresses set in Pengaturan, an episode two
 * weeks ahead, "Lihat email berikutnya" listing what a run would send, the hourly trigger installed
 * from the sidebar, and the page's clock control firing it so the e-mails land in the outbox — each
 * once. One browser and one page for the whole file, in story order.
 */
import type { Frame } from 'playwright-core';
import { type PreviewBrowser, usePreview } from './browser';

jest.setTimeout(60_000);

let b: PreviewBrowser;
usePreview((opened) => {
  b = opened;
});

const TEAM = {
  emailPelaksana: 'pelaksana@kopukm.example.go.id, staf.pelaksana@kopukm.example.go.id',
  emailHumas: 'humas@kopukm.example.go.id',
  emailPubdisdok: 'pubdisdok@kopukm.example.go.id',
  emailKepala: 'kepala.dinas@kopukm.example.go.id',
};
/** H: Friday 18 December 2026, so H−14 (contacting the guest, preparing the LIVE) is Friday 4 December. */
const LIVE_DATE = '2026-12-18';
const H_MINUS_14 = 'Jumat, 4 Desember 2026';

/** Moves the simulated clock with the page's own control (the date-time box and "Lompat"). */
async function jumpTo(local: string, label: string): Promise<void> {
  await b.page.locator('#clock-to').fill(local);
  await b.act(`Jam maju ke ${label}`, () => b.page.getByRole('button', { name: 'Lompat' }).click());
}

/** The outbox panel, oldest first: recipients, subject, body. */
async function outbox(): Promise<{ to: string; subject: string; body: string }[]> {
  await b.page.getByRole('tab', { name: /Email terkirim/ }).click();
  const mails = await b.page.locator('#panel-outbox .mail').evaluateAll((articles) =>
    articles.map((a) => ({
      to: /kepada (.*?)(?: · cc .*)?$/.exec(a.querySelector('.meta')?.textContent ?? '')?.[1] ?? '',
      subject: a.querySelector('strong')?.textContent ?? '',
      body: a.querySelector('.body')?.textContent ?? '',
    })),
  );
  return mails.reverse();
}

/** Opens the "Pengingat email" view afresh (its status card is read when the view opens). */
async function remindersView(): Promise<Frame> {
  await b.sidebarView('beranda');
  await b.relay('getReminderStatus', () => b.sidebarView('pengingat'));
  const frame = await b.sidebar();
  await frame.getByTestId('reminder-status').waitFor();
  return frame;
}

test("the team's addresses are set in Pengaturan and an episode is scheduled two weeks ahead", async () => {
  await b.menu('HALO KOP-UKM', 'Siapkan register');
  await b.menu('HALO KOP-UKM', 'Buka panel');
  const frame = await b.sidebar();

  await b.relay('getSettings', () => b.sidebarView('pengaturan'));
  const settings = frame.locator('form');
  for (const [name, value] of Object.entries(TEAM)) await settings.locator(`#f-${name}`).fill(value);
  await b.relay('saveSettings', () => settings.getByRole('button', { name: 'Simpan' }).click());
  await frame.getByRole('status').filter({ hasText: 'Pengaturan tersimpan.' }).waitFor();
  await b.page.locator('#tabs').getByRole('tab', { name: 'Pengaturan', exact: true }).click();
  const grid = await b.page.locator('#grid').innerText();
  for (const value of Object.values(TEAM)) expect(grid).toContain(value);

  await b.sidebarView('narasumber');
  await frame.getByRole('button', { name: 'Tambah narasumber' }).click();
  const guest = frame.getByRole('form', { name: 'Data narasumber' });
  await guest.getByLabel('Nama narasumber').fill('Dedi Supriadi');
  await guest.getByLabel('Nama koperasi/UKM').fill('Kopi Arabika Puncak Lestari');
  await guest.getByLabel('Jenis').selectOption('ukm');
  await guest.getByLabel('Kecamatan').selectOption('Megamendung');
  await b.relay('saveNarasumber', () => guest.getByRole('button', { name: 'Simpan narasumber' }).click());
  await b.relay('listNarasumber', () => frame.getByRole('button', { name: 'Jadwalkan episode dengan narasumber ini' }).click());

  const schedule = frame.getByRole('form', { name: 'Jadwalkan episode' });
  // Opened from the saved guest, the picker has that guest chosen.
  expect(await schedule.locator('#f-narasumberId').inputValue()).toBe('NS-001');
  await schedule.getByLabel('Tanggal LIVE').fill(LIVE_DATE);
  await schedule.getByLabel('Topik').fill('Kopi arabika Puncak: dari kebun ke pasar daring');
  await b.relay('scheduleEpisode', () => schedule.getByRole('button', { name: 'Jadwalkan' }).click());
  await frame.getByRole('status').filter({ hasText: 'Episode EP-001 dijadwalkan.' }).waitFor();
});

test('without the trigger nothing is sent; at H−14 after 07.00 "Lihat email berikutnya" lists what a run would send', async () => {
  await jumpTo('2026-12-04T07:30', `${H_MINUS_14} 07.30 WIB`);
  expect(await b.page.locator('#outbox-count').innerText()).toBe('(0)');
  expect(await b.page.locator('#trigger-count').innerText()).toBe('(0)');

  const frame = await remindersView();
  const status = frame.getByTestId('reminder-status');
  expect(await status.innerText()).toContain('Pengingat otomatis belum dipasang.');
  expect(await status.innerText()).toContain('Belum pernah berjalan.');
  // Every team role has an address.
  expect(await status.innerText()).not.toContain('Belum ada alamat email');

  await b.relay('previewReminders', () => frame.getByRole('button', { name: 'Lihat email berikutnya' }).click());
  const previews = frame.locator('details.card');
  await previews.first().waitFor();
  const subject = `[HALO KOP-UKM] Pengingat 1 tugas – ${H_MINUS_14}`;
  expect((await previews.locator('summary').allInnerTexts()).sort()).toEqual([
    `humas@kopukm.example.go.id: ${subject}`,
    `pelaksana@kopukm.example.go.id: ${subject}`,
    `staf.pelaksana@kopukm.example.go.id: ${subject}`,
  ]);
  const humas = previews.filter({ hasText: 'humas@' });
  await humas.locator('summary').click();
  expect(await humas.locator('pre').innerText()).toContain('2. Mempersiapkan kebutuhan LIVE (Tim Humas)');
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);
  await b.sidebarScreenshot('reminders-preview');
  // A preview sends nothing.
  expect(await b.page.locator('#outbox-count').innerText()).toBe('(0)');
});

test('the trigger installed from the sidebar fires when the clock moves, and the e-mails appear in the outbox', async () => {
  const frame = await b.sidebar();
  await b.relay('installTriggers', () => frame.getByRole('button', { name: 'Pasang pengingat otomatis' }).click());
  await frame.getByRole('status').filter({ hasText: 'Pengingat otomatis terpasang.' }).waitFor();
  await frame.getByTestId('reminder-status').filter({ hasText: 'Pengingat otomatis aktif (setiap jam).' }).waitFor();
  await b.page.getByRole('tab', { name: /Pemicu/ }).click();
  expect(await b.page.locator('#panel-triggers').innerText()).toContain(`runReminders\tsetiap 1 jam\t${H_MINUS_14} 08.30 WIB`);

  await b.act(`Jam maju ke ${H_MINUS_14} 08.30 WIB`, () => b.page.getByRole('button', { name: '+1 jam' }).click());
  await b.page.getByRole('tab', { name: 'Aksi terakhir' }).click();
  expect(await b.page.locator('#action-ran').innerText()).toContain(`${H_MINUS_14} 08.30 WIB\trunReminders\tselesai`);
  const mails = await outbox();
  const subject = `[HALO KOP-UKM] Pengingat 1 tugas – ${H_MINUS_14}`;
  expect(mails.map((m) => [m.to, m.subject]).sort()).toEqual([
    ['humas@kopukm.example.go.id', subject],
    ['pelaksana@kopukm.example.go.id', subject],
    ['staf.pelaksana@kopukm.example.go.id', subject],
  ]);
  const toPelaksana = mails.find((m) => m.to === 'pelaksana@kopukm.example.go.id');
  expect(toPelaksana?.body).toContain('Episode EP-001 · LIVE Jumat, 18 Desember 2026');
  expect(toPelaksana?.body).toContain(`1. Menghubungi narasumber (Tim Pelaksana)\n    Jatuh tempo ${H_MINUS_14}.`);
  expect(toPelaksana?.body).not.toContain('Mempersiapkan kebutuhan LIVE');
  await b.screenshot('reminders-outbox');

  await remindersView();
  const status = await frame.getByTestId('reminder-status').innerText();
  expect(status).toContain('Terakhir berjalan 4 Desember 2026 pukul 08.30: 3 email terkirim, 0 ditunda.');
  expect(status).toMatch(/Dikirim atas nama akun Anda \(\S+@\S+\)\./);
  await b.relay('previewReminders', () => frame.getByRole('button', { name: 'Lihat email berikutnya' }).click());
  await frame.getByText('Tidak ada email yang akan dikirim saat ini.').waitFor();
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);
  await b.sidebarScreenshot('reminders-status');
});

test('a day of hourly runs sends each reminder once: only the stage still open is reminded as overdue', async () => {
  const frame = await b.sidebar();
  // The Tim Humas prepares the LIVE the same day.
  await b.relay('getEpisode', async () => {
    await b.sidebarView('episode');
    await frame.getByRole('button', { name: 'Buka EP-001' }).click();
  });
  await b.relay('completeStage', () => frame.getByRole('button', { name: 'Tandai selesai: Mempersiapkan kebutuhan LIVE' }).click());
  await frame.locator('li[data-stage="persiapan_live"] .badge.selesai').waitFor();

  await b.act('Jam maju ke Sabtu, 5 Desember 2026 08.30 WIB', () => b.page.getByRole('button', { name: '+1 hari' }).click());
  await b.page.getByRole('tab', { name: 'Aksi terakhir' }).click();
  expect(await b.page.locator('#action-label').innerText()).toBe('✓ Jam maju ke Sabtu, 5 Desember 2026 08.30 WIB');
  expect(await b.page.locator('#action-ran tbody tr').count()).toBe(24);
  // Reminders wait for a working day: nothing on the weekend.
  expect(await outbox()).toHaveLength(3);
  await b.act('Jam maju ke Minggu, 6 Desember 2026 08.30 WIB', () => b.page.getByRole('button', { name: '+1 hari' }).click());
  await b.act('Jam maju ke Senin, 7 Desember 2026 08.30 WIB', () => b.page.getByRole('button', { name: '+1 hari' }).click());
  const late = (await outbox()).slice(3);
  expect(late.map((m) => [m.to, m.subject]).sort()).toEqual([
    ['pelaksana@kopukm.example.go.id', '[HALO KOP-UKM] Pengingat 1 tugas (1 terlambat) – Senin, 7 Desember 2026'],
    ['staf.pelaksana@kopukm.example.go.id', '[HALO KOP-UKM] Pengingat 1 tugas (1 terlambat) – Senin, 7 Desember 2026'],
  ]);
  expect(late[0].body).toContain('[Terlambat 1 hari kerja] 1. Menghubungi narasumber');
});
