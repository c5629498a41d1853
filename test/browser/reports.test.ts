/**
 * Reports in the local preview: the "Laporan" view makes an episode report and a recap, the
 * dashboard is rebuilt from the menu, and the report opens from the Drive panel as a readable page.
 */
import { join } from 'node:path';
import { usePreview, SCREENSHOTS, type PreviewBrowser } from './browser';

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
  expect(await result.innerText()).toMatch(/Laporan siap: Laporan HALO KOP-UKM – Episode EP-\d+ – 2026-\d\d-\d\d/);
  await frame.getByRole('button', { name: 'Buat rekap' }).click();
  await frame.locator('[data-testid=report-result]').nth(1).waitFor();
  await b.sidebarScreenshot('reports-sidebar');

  await b.menu('HALO KOP-UKM', 'Perbarui dasbor');
  await b.page.locator('#tabs button', { hasText: 'Dasbor' }).click();
  expect(await b.page.locator('#grid').innerText()).toContain('Ringkasan');

  const doc = b.preview.session.view().drive.find((d) => d.name.includes('– Episode '))!;
  const page = await b.page.context().newPage();
  await page.goto(new URL(doc.href!, b.preview.url).href);
  expect(await page.locator('body').innerText()).toMatch(/LAPORAN\s+NOMOR [^\n]+\s+TENTANG\s+PELAKSANAAN HALO KOP-UKM \(TIKTOK\) EPISODE EP-\d+/);
  expect(await page.locator('img').count()).toBe(1);
  await page.screenshot({ path: join(SCREENSHOTS, 'reports-document.png'), fullPage: true });
  await page.close();
});
