/**
 * Reports in the local preview: the "Laporan" view makes an episode report and a recap, the
 * dashboard is rebuilt from the menu, and the report opens from the Drive panel as a readable page.
 */
import { join } from 'node:path';
import { type PreviewBrowser, SCREENSHOTS, usePreview } from './browser';

jest.setTimeout(120_000);

let b: PreviewBrowser;
usePreview((opened) => {
  b = opened;
});

test('makes the reports from the sidebar and opens them as readable pages', async () => {
  await b.menu('HALO KOP-UKM', 'Siapkan register');
  await b.act('Data demo', () => b.page.getByRole('button', { name: 'Data demo' }).click());
  await b.menu('HALO KOP-UKM', 'Buka panel');
  const frame = await b.sidebar();
  await frame.locator('header select').selectOption('laporan');
  await frame.getByRole('button', { name: 'Buat laporan episode' }).click();
  const result = frame.locator('[data-testid=report-result]').first();
  await result.waitFor();
  // On Saturday 28 November 2026 the latest LIVE held is EP-008's, of the day before.
  expect(await result.innerText()).toContain('Laporan siap: Laporan HALO KOP-UKM – Episode EP-008 – 27 November 2026');
  await frame.getByRole('button', { name: 'Buat rekap' }).click();
  const recap = frame.locator('[data-testid=report-result]').nth(1);
  await recap.waitFor();
  // The recap offered first is this month's.
  expect(await recap.innerText()).toContain('Laporan siap: Laporan HALO KOP-UKM – Rekap November 2026');
  await b.sidebarScreenshot('reports-sidebar');

  await b.menu('HALO KOP-UKM', 'Perbarui dasbor');
  await b.page.locator('#tabs button', { hasText: 'Dasbor' }).click();
  expect(await b.page.locator('#grid').innerText()).toContain('Ringkasan');

  // Each opens from Drive as a readable page, its charts drawn (the episode's viewers during the LIVE;
  // the month's viewers per episode).
  for (const [name, heading, shot] of [
    ['– Episode EP-008 –', /LAPORAN\s+NOMOR [^\n]+\s+TENTANG\s+PELAKSANAAN HALO KOP-UKM \(TIKTOK\) EPISODE EP-008/, 'reports-episode'],
    [
      '– Rekap 2026-11-01 s.d. 2026-11-30',
      /LAPORAN\s+NOMOR [^\n]+\s+TENTANG\s+REKAPITULASI PELAKSANAAN HALO KOP-UKM \(TIKTOK\)/,
      'reports-recap',
    ],
  ] as const) {
    const doc = b.preview.session.view().drive.find((d) => d.name.includes(name))!;
    const page = await b.page.context().newPage();
    await page.goto(new URL(doc.href!, b.preview.url).href);
    expect(await page.locator('body').innerText()).toMatch(heading);
    expect(await page.locator('img').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, `${shot}.png`), fullPage: true });
    await page.close();
  }
});

test('previews the e-mail of a report, lets the office choose its recipients and share the folder', async () => {
  const frame = await b.sidebar();
  const recap = frame.locator('[data-testid=report-result]').nth(1);
  await recap.getByRole('button', { name: 'Kirim tautan ke tim' }).click();
  const preview = recap.locator('[data-testid=email-preview]');
  await preview.waitFor();
  const shown = await preview.innerText();
  expect(shown).toMatch(
    /Subjek: \[HALO KOP-UKM\] Laporan Rekap (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) 2026/,
  );
  expect(shown).not.toMatch(/Rekap 2026-/);
  const box = (address: string) => preview.locator(`input[name=recipient][value="${address}"]`);
  expect(await box('kepala.dinas@kopukm.example.go.id').isChecked()).toBe(false);
  expect(await box('humas@kopukm.example.go.id').isChecked()).toBe(true);
  expect(await preview.locator('[data-testid=no-access]').count()).toBe(4);
  // The warning names only those ticked: the head of office, not ticked, is left out of it.
  const warning = preview.locator('.notice.warn');
  const shareBox = preview.getByLabel('Bagikan folder laporan (hanya lihat) kepada penerima terpilih yang belum punya akses');
  const closedWarning = (addresses: string) =>
    `${addresses} belum dapat membuka folder laporan; tautan di email tidak akan terbuka bagi mereka.`;
  expect(await warning.allInnerTexts()).toEqual([
    closedWarning('pelaksana@kopukm.example.go.id, humas@kopukm.example.go.id, pubdisdok@kopukm.example.go.id'),
  ]);
  await b.sidebarScreenshot('reports-email-preview');
  const before = b.preview.session.view().outbox.length;

  // It follows the ticks: none ticked without access, no warning and no offer to share.
  for (const address of ['pelaksana@kopukm.example.go.id', 'humas@kopukm.example.go.id', 'pubdisdok@kopukm.example.go.id'])
    await box(address).uncheck();
  expect(await warning.count()).toBe(0);
  expect(await shareBox.count()).toBe(0);
  await box('kepala.dinas@kopukm.example.go.id').check();
  expect(await warning.allInnerTexts()).toEqual([closedWarning('kepala.dinas@kopukm.example.go.id')]);
  await shareBox.check();
  await preview.getByRole('button', { name: 'Kirim email' }).click();
  await recap.locator('.notice.ok', { hasText: 'Email dikirim ke kepala.dinas@kopukm.example.go.id.' }).waitFor();
  expect(await recap.innerText()).toContain('Folder laporan dibagikan kepada kepala.dinas@kopukm.example.go.id.');
  const sent = b.preview.session.view().outbox.slice(before);
  expect(sent.map((m) => m.to)).toEqual(['kepala.dinas@kopukm.example.go.id']);
  expect(sent[0].subject).not.toMatch(/\d{4}-\d\d-\d\d/);
});
