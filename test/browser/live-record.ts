/**
 * What the recording tests start from: a register set up with one guest and episode EP-001, whose LIVE is on
 * Friday 4 December 2026 at 08.00 WIB, and that episode's "Catatan LIVE" page in the sidebar or on the phone.
 */
import type { Frame, Page } from 'playwright-core';
import type { PreviewBrowser } from './browser';

/** "Siapkan register" from the menu, the guest Ibu Siti Aminah, and EP-001 scheduled for Friday 4 December 2026. */
export async function registerWithEpisode(b: PreviewBrowser): Promise<void> {
  await b.menu('HALO KOP-UKM', 'Siapkan register');
  const { id } = b.call<{ id: string }>('saveNarasumber', {
    name: 'Ibu Siti Aminah',
    organization: 'Koperasi Wanita Mekar Sari',
    type: 'koperasi',
    kecamatan: 'Cibinong',
  });
  b.call('scheduleEpisode', { liveDate: '2026-12-04', narasumberId: id, topic: 'Cara mendirikan koperasi' });
}

/** Opens the sidebar from the menu and EP-001's "Catatan LIVE" in it, as a person would; the sidebar. */
export async function openLiveRecord(b: PreviewBrowser): Promise<Frame> {
  await b.menu('HALO KOP-UKM', 'Buka panel');
  const frame = await b.sidebarView('live');
  await frame.getByRole('button', { name: 'Buka' }).click();
  await frame.getByRole('heading', { name: 'Catatan LIVE EP-001' }).waitFor();
  return frame;
}

/** The recording page's sections and the confirmation a save shows, in `root()`: the sidebar's frame or the phone's page. */
export function recordPage(root: () => Frame | Page) {
  const section = (key: string) => root().locator(`details[data-section="${key}"]`);
  return {
    section,
    /** Opens a section unless it is open already (a click on its summary would close it). */
    async openSection(key: string): Promise<void> {
      if (!(await section(key).evaluate((d) => (d as HTMLDetailsElement).open))) await section(key).locator(':scope > summary').click();
    },
    saidOk: (text: string) => root().locator('.notice.ok', { hasText: text }).waitFor(),
  };
}
