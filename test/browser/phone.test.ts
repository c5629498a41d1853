/**
 * Recording from a phone during the LIVE (issue 16): the web app's page from the local preview in a 360×640 touch
 * Chromium. The host records viewer counts and a question, marks it answered with one tap and completes a stage;
 * someone the register is not shared with is refused and nothing is written; the page asks nothing of another origin.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CALL_FAILURES } from '../../src/sidebar/rpc';
import { openPhone, PHONE, type PreviewBrowser, SCREENSHOTS, usePreview } from './browser';
import { recordPage, registerWithEpisode } from './live-record';

jest.setTimeout(90_000);

const HOST = 'host.live@kopukm.example.go.id';
const STRANGER = 'tamu@gmail.com';

let b: PreviewBrowser;
let phone: { browser: Browser; page: () => Promise<Page> };
let page: Page;
/** Every address the phone asked for. */
const requests: string[] = [];

/** The register's sheets as values: what "nothing written" compares. */
const sheets = () => JSON.stringify(b.preview.session.emu.toJSON().spreadsheet.sheets);

async function phonePage(path: string): Promise<Page> {
  const p = await phone.page();
  p.on('request', (r) => requests.push(r.url()));
  await p.goto(new URL(path, b.preview.url).href);
  return p;
}

usePreview(async (opened) => {
  b = opened;
  await registerWithEpisode(b);
  // Only the register's clock moves: the phone fills in the time from the server's, whatever its own says.
  b.preview.session.moveClock({ to: '2026-12-04T08:20' });
  phone = await openPhone();
  page = await phonePage(`/hp?as=${encodeURIComponent(HOST)}`);
  await page.getByRole('heading', { name: 'Catatan LIVE EP-001' }).waitFor();
});

afterAll(async () => {
  await phone?.browser.close();
});

const { section, saidOk } = recordPage(() => page);

test("opens on today's LIVE and records viewer counts with the server's time, by touch", async () => {
  const viewers = section('penonton');
  expect(await viewers.getByLabel('Pukul').inputValue()).toBe('08:20');
  await viewers.getByLabel('Jumlah penonton sekarang').fill('85');
  await viewers.getByRole('button', { name: 'Catat' }).tap();
  await saidOk('Jumlah penonton pukul 08.20 dicatat.');
  await page.locator('ul[aria-label="Catatan jumlah penonton"] li', { hasText: '08.20 · 85 penonton' }).waitFor();
  const record = b.call<{ snapshots: Array<{ time: string; viewers: number; recordedBy: string }> }>('getLiveRecord', {
    episodeId: 'EP-001',
  });
  expect(record.snapshots).toEqual([expect.objectContaining({ time: '2026-12-04 08:20', viewers: 85, recordedBy: HOST })]);
  await page.screenshot({ path: join(SCREENSHOTS, 'phone-live.png') });
});

test('records a question as it comes, marks it answered with one tap, and completes the Q&A stage', async () => {
  await section('tanya').locator('summary').tap();
  await section('tanya').getByRole('textbox', { name: 'Pertanyaan *' }).fill('Bagaimana cara mendaftar NIB untuk koperasi?');
  await section('tanya').getByLabel('Penanya (akun TikTok)').fill('@warga_cibinong');
  await section('tanya').getByRole('button', { name: 'Simpan pertanyaan' }).tap();
  await saidOk('Pertanyaan TJ-001 disimpan.');
  await page.getByRole('button', { name: 'Dijawab: TJ-001' }).tap();
  await saidOk('Pertanyaan TJ-001 dijawab.');
  await page.locator('[data-question="TJ-001"] .badge', { hasText: 'terjawab' }).waitFor();
  await page.getByRole('button', { name: 'Tandai selesai: Sesi tanya jawab melalui kolom komentar' }).tap();
  // Answered during the LIVE, before the Q&A session's window (09.00): the register asks first.
  await page.getByRole('button', { name: 'Ya, tandai selesai' }).tap();
  await saidOk('Tahap "Sesi tanya jawab melalui kolom komentar" ditandai selesai.');
  const episode = b.call<{ stages: Array<{ key: string; doneBy: string }> }>('getEpisode', { episodeId: 'EP-001' });
  expect(episode.stages.find((s) => s.key === 'tanya_jawab')?.doneBy).toBe(HOST);
  const [question] = b.call<{ questions: Array<{ status: string; answer: string; askerHandle: string }> }>('getLiveRecord', {
    episodeId: 'EP-001',
  }).questions;
  expect(question).toMatchObject({ status: 'terjawab', answer: 'Dijawab langsung saat LIVE.', askerHandle: '@warga_cibinong' });
});

test("completes a stage from the episode's timeline", async () => {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'Episode' }).tap();
  await page.getByRole('button', { name: 'Buka EP-001' }).tap();
  await page.getByRole('button', { name: 'Tandai selesai: Pelaksanaan LIVE TikTok' }).tap();
  await saidOk('Tahap "Pelaksanaan LIVE TikTok" selesai.');
  await page.locator('[data-stage="live"]', { hasText: `oleh ${HOST}` }).waitFor();
});

test('the Agenda tab says "Agenda" once, then the day', async () => {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'Agenda' }).tap();
  await page.locator('section[aria-label="Agenda"]').waitFor();
  expect((await page.locator('main h1, main h2').allInnerTexts()).slice(0, 2)).toEqual(['Agenda', 'Jumat, 4 Desember 2026']);
});

test('fits 360 px: nothing cut off, tap targets of at least 40 px, no request outside its own origin', async () => {
  for (const tab of ['LIVE', 'Agenda', 'Episode', 'Umpan balik']) {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: tab }).tap();
    await page.locator('main h1').first().waitFor();
    await page.locator('main .muted', { hasText: /^Memuat/ }).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const small = await page
      .locator('button:visible, input:visible, select:visible')
      .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height < 40).map((e) => e.outerHTML.slice(0, 80)));
    expect(small).toEqual([]);
  }
  const origin = new URL(b.preview.url).origin;
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((r) => new URL(r).origin !== origin)).toEqual([]);
});

test('opens every folded part of the LIVE page, sections and the hints inside them, with a tap of at least 40 px', async () => {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'LIVE' }).tap();
  await page.locator('details[data-section]').first().waitFor();
  // Sections first, then what opening them shows (the comment import's "Kolom yang dikenali").
  for (const selector of ['details[data-section]', 'details:not([data-section])']) {
    for (const part of await page.locator(selector).all()) {
      if (!(await part.isVisible()) || (await part.evaluate((d) => (d as HTMLDetailsElement).open))) continue;
      await part.locator('summary').first().tap();
    }
  }
  const summaries = await page
    .locator('summary:visible')
    .evaluateAll((els) => els.map((e) => `${e.textContent}: ${Math.round(e.getBoundingClientRect().height)}`));
  expect(summaries.some((s) => s.startsWith('Kolom yang dikenali'))).toBe(true);
  expect(summaries.filter((s) => Number(s.split(': ').pop()) < 40)).toEqual([]);
});

test('a lost connection gets advice for a phone (this page), not for the spreadsheet, and the next call works', async () => {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'LIVE' }).tap();
  const viewers = section('penonton');
  await viewers.getByLabel('Jumlah penonton sekarang').waitFor();
  await page.route('**/api/webapp/run', (route) => route.abort('internetdisconnected'));
  await viewers.getByLabel('Jumlah penonton sekarang').fill('90');
  await viewers.getByRole('button', { name: 'Catat' }).tap();
  const shown = page.locator('.notice.fail');
  await shown.waitFor();
  expect(await shown.innerText()).toBe(CALL_FAILURES.phone.network);
  await page.unroute('**/api/webapp/run');
  await viewers.getByRole('button', { name: 'Catat' }).tap();
  // The same minute as the first test's count, or a new one: either way the save is confirmed.
  await saidOk('Jumlah penonton pukul ');
});

test('refuses someone without access in Indonesian, and writes nothing', async () => {
  const before = sheets();
  const refused = await phonePage(`/hp?as=${encodeURIComponent(STRANGER)}&akses=tidak`);
  await refused.getByRole('alert').waitFor();
  expect(await refused.getByRole('alert').innerText()).toContain(`Akun ${STRANGER} tidak dapat membuka register HALO KOP-UKM`);
  expect(await refused.locator('nav').count()).toBe(0);
  expect(sheets()).toEqual(before);
  await refused.screenshot({ path: join(SCREENSHOTS, 'phone-refused.png') });
});

test("shows the phone page's link and its QR code in the sidebar", async () => {
  await b.menu('HALO KOP-UKM', 'Buka panel');
  const frame = await b.sidebar();
  const card = frame.locator('section[aria-label="Mencatat dari HP"]');
  await card.locator('svg.qr').waitFor();
  expect(await card.getByRole('link').getAttribute('href')).toBe(new URL('/hp', b.preview.url).href);
});
