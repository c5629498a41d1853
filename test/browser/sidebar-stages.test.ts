/**
 * The sidebar as a new user meets it (QA of the SOP stages): Beranda before the register is set up, the
 * stage timeline, Beranda and the schedule form at Google's 300 px, and a view switched while an
 * earlier one still waits for the server. One browser and one page for the whole file, in story order.
 */
import type { Route } from 'playwright-core';
import { type PreviewBrowser, usePreview } from './browser';

jest.setTimeout(120_000);

let b: PreviewBrowser;
usePreview((opened) => {
  b = opened;
});

/**
 * Elements of the sidebar whose text is cut off or reaches past its right edge. Left out: a list box (it cannot
 * wrap; the guest picker writes the one chosen out in full) and a text field's typed value (it scrolls); a
 * placeholder wider than its field counts.
 */
async function cutOff(): Promise<string[]> {
  const frame = await b.sidebar();
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    const placeholderCut = (el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      canvas.font = `${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      return canvas.measureText(el.placeholder).width > room;
    };
    return Array.from(document.querySelectorAll<HTMLElement>('main *'))
      .filter((el) => el.offsetParent !== null && !(el instanceof HTMLOptionElement))
      .filter((el) => {
        if (el.getBoundingClientRect().right > width + 0.5) return true;
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
          return el instanceof HTMLInputElement && placeholderCut(el);
        if (el instanceof HTMLSelectElement && el.size > 1) return false;
        return el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
      })
      .map((el) => `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 40)}`);
  });
}

test('Beranda before "Siapkan register" says what to do, with no error, and leads to the setup', async () => {
  await b.menu('HALO KOP-UKM', 'Buka panel');
  const frame = await b.sidebar();
  const checklist = frame.getByLabel('Persiapan register');
  await checklist.getByRole('status').filter({ hasText: 'Register belum disiapkan' }).waitFor();
  expect(await frame.locator('main').innerText()).not.toContain('tidak ditemukan');
  expect(await frame.getByRole('alert').count()).toBe(0);
  expect(await frame.getByRole('button', { name: 'Jadwalkan episode' }).isVisible()).toBe(false);
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);
  await b.sidebarScreenshot('sidebar-beranda-before-setup');
  await b.relay('setupRegister', () => checklist.getByRole('button', { name: 'Siapkan register' }).click());
  await frame.getByRole('status').filter({ hasText: 'lembar dibuat:' }).waitFor();
  await b.sidebarView('beranda');
  await frame.locator('section[aria-label="Agenda"]').waitFor();
  expect(await frame.getByRole('button', { name: 'Jadwalkan episode' }).isVisible()).toBe(true);
});

test('the schedule form, Beranda and a short-notice timeline fit in 300 px, nothing cut off', async () => {
  const frame = await b.sidebar();
  await b.sidebarView('narasumber');
  await frame.getByRole('button', { name: 'Tambah narasumber' }).click();
  const guest = frame.getByRole('form', { name: 'Data narasumber' });
  await guest.getByLabel('Nama narasumber').fill('Rina Marlina');
  await guest.getByLabel('Nama koperasi/UKM').fill('Koperasi Produsen Susu Giri Tani Sejahtera Bersama');
  await guest.getByLabel('Jenis').selectOption('koperasi');
  await guest.getByLabel('Kecamatan').selectOption('Cisarua');
  await b.relay('saveNarasumber', () => guest.getByRole('button', { name: 'Simpan narasumber' }).click());

  await b.sidebarView('jadwal');
  const form = frame.getByRole('form', { name: 'Jadwalkan episode' });
  await form.getByRole('option').first().waitFor();
  await form.getByLabel('Narasumber *', { exact: true }).selectOption({ index: 0 });
  // A list box cannot wrap: the guest chosen is written out in full under it.
  await form.getByText('Dipilih: Rina Marlina — Koperasi Produsen Susu Giri Tani Sejahtera Bersama (Cisarua)').waitFor();
  // The preview starts on Saturday 28 November 2026: a LIVE on 4 December is at short notice.
  await form.getByLabel('Tanggal LIVE').fill('2026-12-04');
  await form.getByLabel('Topik').fill('Strategi pemasaran susu pasteurisasi lewat TikTok untuk koperasi peternak');
  await b.relay('scheduleEpisode', () => form.getByRole('button', { name: 'Jadwalkan' }).click());
  const warning = frame.getByRole('status').filter({ hasText: 'kurang dari 14 hari persiapan menurut SOP' });
  await warning.waitFor();
  expect(await cutOff()).toEqual([]);
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);
  await b.sidebarScreenshot('sidebar-schedule-short-notice');

  await b.sidebarView('beranda');
  await frame.locator('section[aria-label="Agenda"]').waitFor();
  expect(await cutOff()).toEqual([]);
  await b.sidebarScreenshot('sidebar-beranda');

  await frame.getByRole('button', { name: /^Buka EP-001: Menghubungi narasumber/ }).click();
  const contact = frame.locator('[data-stage="hubungi_narasumber"]');
  await contact.waitFor();
  expect(await contact.innerText()).toContain('Senin, 30 November 2026');
  expect(await contact.innerText()).toContain('Tanggal menurut SOP: Jumat, 20 November 2026.');
  expect(await cutOff()).toEqual([]);
  expect(await b.sidebarContentWidth()).toBeLessThanOrEqual(300);
  await b.sidebarScreenshot('sidebar-timeline-short-notice');

  // Before the LIVE, a stage after it is refused beside its own button, far below the top of the page.
  const evaluation = frame.locator('[data-stage="evaluasi_bersama"]');
  await b.relay('completeStage', () => evaluation.getByRole('button', { name: 'Tandai selesai: Evaluasi bersama' }).click());
  expect(await evaluation.getByRole('alert').innerText()).toBe(
    'Tahap "Evaluasi bersama" belum dapat ditandai selesai: LIVE episode ini baru dimulai Jumat, 4 Desember 2026 pukul 08.00 WIB.',
  );
  expect(await evaluation.getByRole('alert').isVisible()).toBe(true);
  expect(await cutOff()).toEqual([]);
});

test('a view left while it waits for the server leaves nothing behind in the next one', async () => {
  const frame = await b.sidebar();
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const hold = async (route: Route) => {
    if (route.request().postDataJSON()?.name !== 'listReports') return route.continue();
    await held;
    await route.continue();
  };
  await b.page.route('**/api/run', hold);
  await frame.getByRole('combobox', { name: 'Menu' }).selectOption('laporan');
  await b.sidebarView('jadwal');
  await b.relay('listReports', async () => release());
  await b.page.unroute('**/api/run', hold);
  expect(await frame.locator('main h1').allInnerTexts()).toEqual(['Jadwalkan episode']);
});
