/**
 * A google.script.run call that fails before reaching the register: the sidebar names the cause and what to do. The
 * preview's control "Panggilan berikutnya" makes the next call fail as Google's client reports it.
 */
import { CALL_FAILURES } from '../../src/sidebar/rpc';
import { type PreviewBrowser, usePreview } from './browser';

jest.setTimeout(60_000);

let b: PreviewBrowser;
usePreview((opened) => {
  b = opened;
});

test.each([
  ['accounts', CALL_FAILURES.sidebar.multipleAccounts],
  ['authorization', CALL_FAILURES.sidebar.authorization],
  ['network', CALL_FAILURES.sidebar.network],
])('a failure "%s" shows its own advice, and the next call works again', async (fault, advice) => {
  if (!(await b.page.locator('#sidebar-frame').isVisible())) {
    await b.menu('HALO KOP-UKM', 'Siapkan register');
    await b.menu('HALO KOP-UKM', 'Buka panel');
  }
  const frame = await b.sidebar();
  await b.sidebarView('beranda');
  await b.page.locator('#rpc-fault').selectOption(fault);
  await frame.getByRole('combobox', { name: 'Menu' }).selectOption('pengingat');
  const shown = frame.locator('.notice.fail');
  await shown.waitFor();
  expect(await shown.innerText()).toBe(advice);
  expect(await b.page.locator('#rpc-fault').inputValue()).toBe('');
  await b.sidebarView('beranda');
  await b.relay('getReminderStatus', () => b.sidebarView('pengingat'));
  await frame.getByTestId('reminder-status').waitFor();
});
