/**
 * The local preview in a real browser: the menu built by onOpen, the sheets, the real sidebar over
 * the google.script.run shim, the clock and its triggers, the outbox and Drive panels, restarts,
 * demo data and reset. One browser and one page for the whole file, in story order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type PreviewBrowser, usePreview } from './browser';

jest.setTimeout(60_000);

let b: PreviewBrowser;
usePreview((opened) => {
  b = opened;
});

const text = (selector: string) => b.page.locator(selector).innerText();
const tabs = () => b.page.locator('#tabs button').allInnerTexts();
const lastAction = () => text('#action-label');

/** Runs google.script.run in the sidebar frame with an argument of the given kind, and reports how it ended. */
type RunOutcome = { handler: 'success' | 'failure' | 'thrown'; value?: unknown; message?: string; userObject?: unknown; sync: boolean };
async function runInSidebar(name: string, argument: 'date' | 'function' | 'object' | 'none', userObject?: string): Promise<RunOutcome> {
  const frame = await b.sidebar();
  return frame.evaluate(
    ([fn, kind, user]) =>
      new Promise<RunOutcome>((resolve) => {
        type Runner = Record<string, (...args: unknown[]) => Runner>;
        const args = { date: [{ when: new Date() }], function: [[() => 1]], object: [{}], none: [] }[kind];
        let sync = true;
        let run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run
          .withSuccessHandler((value: unknown, u: unknown) => resolve({ handler: 'success', value, userObject: u, sync }))
          .withFailureHandler((e: unknown, u: unknown) =>
            resolve({ handler: 'failure', message: (e as Error).message, userObject: u, sync }),
          );
        if (user !== undefined) run = run.withUserObject(user);
        try {
          run[fn](...args);
        } catch (e) {
          resolve({ handler: 'thrown', message: (e as Error).message, sync });
        }
        sync = false;
      }),
    [name, argument, userObject] as const,
  );
}

test('runs "Siapkan register" from the menu, shows the new sheets, and opens the real sidebar in 300 px', async () => {
  expect(await text('#doc-title')).toBe('Register HALO KOP-UKM');
  expect(await text('#clock-label')).toBe('Sabtu, 28 November 2026 08.00 WIB');
  expect(await tabs()).toEqual(['Sheet1']);

  await b.menu('HALO KOP-UKM', 'Siapkan register');
  expect(await tabs()).toEqual(expect.arrayContaining(['Narasumber', 'Episode', 'Tahap SOP', 'Log Audit', 'Pengaturan']));
  expect(await tabs()).not.toContain('Sheet1');
  await b.page.locator('.toast', { hasText: 'Register HALO KOP-UKM sudah disiapkan.' }).waitFor();
  expect(await b.page.locator('#grid tr.frozen td').first().innerText()).toBe('ID');
  // A new register opens the panel on Pengaturan; the calls shown are then those of its last call, the phone link.
  await (await b.sidebar()).locator('#app[data-view="pengaturan"] form').waitFor();
  await b.page.locator('#action-label', { hasText: 'google.script.run.getPhoneLink' }).waitFor();
  expect(await text('#calls')).toContain('Service.getUrl');

  await b.page.locator('#tabs button', { hasText: 'Pengaturan' }).click();
  expect(await text('#grid')).toContain('DINAS KOPERASI DAN UKM KABUPATEN BOGOR');

  await b.menu('HALO KOP-UKM', 'Buka panel');
  expect(await text('#sidebar-title')).toBe('HALO KOP-UKM');
  const frame = await b.sidebar();
  // The home view asks the server for the agenda through google.script.run.
  await frame.locator('section[aria-label="Agenda"]').waitFor();
  expect((await b.page.locator('#sidebar-frame').boundingBox())?.width).toBe(300);
  expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  await b.screenshot('register-and-sidebar');
});

test("google.script.run in the sidebar behaves like Google's", async () => {
  const before = await lastAction();
  // A Date is not a legal argument: the call throws at once and nothing reaches the server.
  expect(await runInSidebar('getSettings', 'date')).toEqual({
    handler: 'thrown',
    message: 'Failed due to illegal value in property: when',
    sync: true,
  });
  expect(await runInSidebar('getSettings', 'function')).toMatchObject({
    handler: 'thrown',
    message: 'Failed due to illegal value in property: 0',
  });
  expect(await lastAction()).toBe(before);

  // Asynchronous, with the user object as the handlers' second argument.
  const ok = await runInSidebar('getSettings', 'object', 'ctx-1');
  expect(ok).toMatchObject({ handler: 'success', userObject: 'ctx-1', sync: false, value: { ok: true, data: { dateCity: 'Cibinong' } } });

  // An unknown name is not a server function, as with Google's runner.
  const frame = await b.sidebar();
  expect(
    await frame.evaluate(
      () => typeof (window as unknown as { google: { script: { run: Record<string, unknown> } } }).google.script.run.noSuchFunction,
    ),
  ).toBe('undefined');

  // A server exception reaches the failure handler with the server's message (sidebar endpoints
  // answer failures as data, so this uses a menu function, which lets them through).
  const stop = b.preview.session.emu.hooks.onCall((key) => {
    if (key === 'HtmlService.createHtmlOutputFromFile') throw new Error('Service HtmlService timed out.');
  });
  try {
    expect(await runInSidebar('showSidebar', 'none', 'ctx-2')).toMatchObject({
      handler: 'failure',
      message: 'Service HtmlService timed out.',
      userObject: 'ctx-2',
      sync: false,
    });
  } finally {
    stop();
  }
  // The page shows the relayed call as soon as it has answered the sidebar.
  expect(await lastAction()).toBe('✗ google.script.run.showSidebar');
  expect(await b.page.locator('#action-label.fail').count()).toBe(1);
});

test('moving the clock runs the time-driven triggers that fall due, in order', async () => {
  const emu = b.preview.session.emu;
  const { ScriptApp } = emu.globals() as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
  emu.execute(() => ScriptApp.newTrigger('setupRegister').timeBased().everyHours(1).create(), { kind: 'test' });

  await b.act('Jam maju ke Sabtu, 28 November 2026 09.00 WIB', () => b.page.getByRole('button', { name: '+1 jam' }).click());
  expect(await text('#clock-label')).toBe('Sabtu, 28 November 2026 09.00 WIB');
  expect(await text('#action-ran')).toContain('Sabtu, 28 November 2026 09.00 WIB\tsetupRegister\tselesai');
  expect(await text('#calls')).toContain('SpreadsheetApp.getActiveSpreadsheet');

  await b.page.locator('#clock-to').fill('2026-11-28T12:30');
  await b.act('Jam maju ke Sabtu, 28 November 2026 12.30 WIB', () => b.page.getByRole('button', { name: 'Lompat' }).click());
  const rows = await b.page.locator('#action-ran tbody tr').allInnerTexts();
  expect(rows.map((r) => r.split('\t')[0])).toEqual([
    'Sabtu, 28 November 2026 10.00 WIB',
    'Sabtu, 28 November 2026 11.00 WIB',
    'Sabtu, 28 November 2026 12.00 WIB',
  ]);

  await b.page.getByRole('tab', { name: /Pemicu/ }).click();
  expect(await text('#panel-triggers')).toContain('setupRegister\tsetiap 1 jam\tSabtu, 28 November 2026 13.00 WIB');
});

test('the outbox shows e-mails as text, and a generated document opens rendered from the Drive view', async () => {
  const emu = b.preview.session.emu;
  const { MailApp, DocumentApp } = emu.globals() as {
    MailApp: GoogleAppsScript.Mail.MailApp;
    DocumentApp: GoogleAppsScript.Document.DocumentApp;
  };
  emu.execute(
    () => {
      MailApp.sendEmail({
        to: 'humas@kopukm.example.go.id',
        cc: 'kepala@kopukm.example.go.id',
        subject: '<img src=x onerror=alert(1)> Pengingat',
        body: 'Baris satu\n<b>bukan tebal</b>',
      });
      DocumentApp.create('Laporan LIVE EP-001').getBody().appendParagraph('LAPORAN TENTANG <script>x</script> HALO KOP-UKM');
    },
    { kind: 'test' },
  );
  await b.act('onOpen', () => b.page.reload());

  await b.page.getByRole('tab', { name: /Email terkirim/ }).click();
  const mail = b.page.locator('#panel-outbox .mail').first();
  expect(await mail.locator('strong').innerText()).toBe('<img src=x onerror=alert(1)> Pengingat');
  expect(await mail.locator('.meta').innerText()).toContain('kepada humas@kopukm.example.go.id · cc kepala@kopukm.example.go.id');
  expect(await mail.locator('.body').innerText()).toBe('Baris satu\n<b>bukan tebal</b>');
  expect(await b.page.locator('#panel-outbox img, #panel-outbox b').count()).toBe(0);

  await b.page.getByRole('tab', { name: /Drive/ }).click();
  const [doc] = await Promise.all([
    b.page.context().waitForEvent('page'),
    b.page.getByRole('link', { name: 'Laporan LIVE EP-001' }).click(),
  ]);
  await doc.waitForLoadState();
  expect(await doc.locator('body').innerText()).toContain('LAPORAN TENTANG <script>x</script> HALO KOP-UKM');
  await doc.close();
});

test('stopping and starting the preview keeps the register', async () => {
  expect(existsSync(join(b.stateDir, 'emulator.json'))).toBe(true);
  await b.restart();
  expect(await tabs()).toEqual(expect.arrayContaining(['Narasumber', 'Episode', 'Pengaturan']));
  expect(await text('#clock-label')).toBe('Sabtu, 28 November 2026 12.30 WIB');
  expect(await text('#outbox-count')).toBe('(1)');
});

test("demo data fills the register through the product's own functions, and Reset empties it", async () => {
  await b.act('Data demo', () => b.page.getByRole('button', { name: 'Data demo' }).click());
  // On failure the outcome names the refused call and its errors.
  expect({ label: await lastAction(), outcome: await text('#action-outcome') }).toMatchObject({ label: '✓ Data demo' });
  expect(await text('#clock-label')).toBe('Sabtu, 28 November 2026 12.30 WIB');
  await b.page.locator('#tabs button', { hasText: 'Narasumber' }).click();
  const guests = await text('#grid');
  expect(guests).toContain('Koperasi Wanita Mekar Sari');
  expect(guests).toContain('Gunung Putri');
  await b.page.locator('#tabs button', { hasText: /^Episode$/ }).click();
  const episodes = await text('#grid');
  expect(episodes).toContain('dibatalkan');
  expect(episodes.match(/EP-\d{3}/g)?.length).toBeGreaterThanOrEqual(12);

  await b.menu('HALO KOP-UKM', 'Buka panel');
  const frame = await b.sidebar();
  await frame.locator('section[aria-label="Agenda"] .card').first().waitFor();
  await b.screenshot('demo-data');

  await b.act('Reset', () => b.page.getByRole('button', { name: 'Reset' }).click());
  expect(await tabs()).toEqual(['Sheet1']);
  expect(await text('#clock-label')).toBe('Sabtu, 28 November 2026 08.00 WIB');
  expect(await b.page.locator('#sidebar').isHidden()).toBe(true);
});
