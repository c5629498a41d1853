/**
 * Browser tests of the local preview: the preview server in this process on a free port with a
 * fresh state folder, and the Chromium of tools/chromium.ts driven by playwright-core with a fresh
 * profile. `npm test` has built dist/ already; nothing is built here.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser, launchChromium } from '../../tools/chromium';
import { type Preview, startPreview } from '../../tools/preview/preview';

export const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');
/** A laptop screen. */
export const VIEWPORT = { width: 1366, height: 768 };
/** A small Android phone, the kind the LIVE is hosted from. */
export const PHONE = { width: 360, height: 640 };

/** A phone: its own Chromium with a 360×640 touch screen, for the web app's page. */
export async function openPhone(): Promise<{ browser: Browser; page: () => Promise<Page> }> {
  const browser = await launchBrowser();
  return {
    browser,
    // A new context for each page: nothing (cookies, storage) carries from one user to the next.
    page: async () =>
      (
        await browser.newContext({
          viewport: PHONE,
          hasTouch: true,
          isMobile: true,
          deviceScaleFactor: 2,
          locale: 'id-ID',
          timezoneId: 'Asia/Jakarta',
        })
      ).newPage(),
  };
}

export interface PreviewBrowser {
  preview: Preview;
  page: Page;
  stateDir: string;
  /** Stops the preview server and starts it again on the same state folder, then reloads the page. */
  restart(): Promise<void>;
  /** The sidebar's frame once it has loaded the product's page. */
  sidebar(): Promise<Frame>;
  /**
   * Sets the browser's clock to the preview's simulated clock, as it is after loading and after each
   * act(), as a user's PC clock set right would be. The sidebar takes its clock from the server's
   * answers (`now`) and carries it forward by the browser's between calls.
   */
  followClock(): Promise<void>;
  /** Moves the register's clock to `wib` ("2026-12-04T08:20"), and the browser's with it (see followClock). */
  clock(wib: string): Promise<void>;
  /**
   * Runs one of the product's sidebar functions as the page relays it, to arrange what other views do; its data.
   * A refusal throws, naming the call and its errors.
   */
  call<T>(name: string, input: unknown): T;
  /** A sheet's rows as the preview's grid shows them, cell texts, blank rows left out. */
  grid(tab: string): Promise<string[][]>;
  /** A generated document's text, opened from the Drive panel's link as a person would. */
  documentText(name: string): Promise<string>;
  /** Does `action` (clicks) and waits for the preview's answer, an action whose label contains `label`. */
  act(label: string, action: () => Promise<unknown>): Promise<void>;
  /** Does `action` in the sidebar and waits until the page has relayed `google.script.run.<name>` and redrawn. */
  relay(name: string, action: () => Promise<unknown>): Promise<void>;
  /** Opens a sidebar view with the sidebar's own view picker, as a person would; returns the sidebar. */
  sidebarView(id: string): Promise<Frame>;
  /** How wide the sidebar's content is (Google's sidebar is 300 px: wider means sideways scrolling). */
  sidebarContentWidth(): Promise<number>;
  /** Runs an item of a menu built by onOpen, as a person would. */
  menu(title: string, item: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  /** The sidebar's whole content, however long: the window grows until nothing in the sidebar scrolls. */
  sidebarScreenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    /** Every label the preview page's "last action" showed since this page loaded. */
    __actions?: { page: number; labels: string[] };
  }
}

/** Runs in the preview page before its own script: logs each action label the page shows. */
function recordActions(): void {
  if (window.top !== window) return; // the sidebar and documents show no actions
  const log = { page: Math.random(), labels: [] as string[] };
  window.__actions = log;
  document.addEventListener('DOMContentLoaded', () => {
    const label = document.getElementById('action-label');
    if (!label) return;
    // One record per render: the page sets the label's text and its data-seq in one task.
    new MutationObserver(() => log.labels.push(label.textContent ?? '')).observe(label, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-seq'],
    });
  });
}

/**
 * One preview and browser for a test file: opened before its tests, handed to `ready` (to keep and to
 * arrange what the tests start from), and closed after them.
 */
export function usePreview(ready: (b: PreviewBrowser) => void | Promise<void>): void {
  let opened: PreviewBrowser | undefined;
  beforeAll(async () => {
    opened = await openPreview();
    await ready(opened);
  });
  afterAll(async () => {
    await opened?.close();
  });
}

async function openPreview(): Promise<PreviewBrowser> {
  const stateDir = mkdtempSync(join(tmpdir(), 'preview-state-'));
  const profile = mkdtempSync(join(tmpdir(), 'preview-chromium-'));
  let preview = await startPreview({ port: 0, stateDir });
  let context: BrowserContext | undefined;
  try {
    context = await launchChromium(profile, VIEWPORT);
  } catch (error) {
    await preview.close();
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (dialog) => void dialog.accept()); // the Reset confirmation
  await page.addInitScript(recordActions);
  // Loading the page runs onOpen, which builds the menus.
  const load = () => browser.act('onOpen', () => page.goto(preview.url));
  const browser: PreviewBrowser = {
    get preview() {
      return preview;
    },
    page,
    stateDir,
    async restart() {
      await preview.close();
      preview = await startPreview({ port: 0, stateDir });
      await load();
    },
    async sidebar() {
      await page.locator('#sidebar-frame').waitFor();
      const frame = page.frameLocator('#sidebar-frame');
      await frame.locator('#app header').waitFor();
      const found = page.frames().find((f) => f.url().includes('/sidebar'));
      if (!found) throw new Error('sidebar frame not found');
      return found;
    },
    followClock() {
      return page.clock.setFixedTime(preview.session.emu.now().getTime());
    },
    async clock(wib) {
      preview.session.moveClock({ to: wib });
      await browser.followClock();
    },
    call<T>(name: string, input: unknown): T {
      const outcome = preview.session.sidebarCall(name, [input]);
      const result = outcome.ok ? (outcome.value as { ok: boolean; data?: T; errors?: unknown }) : null;
      if (!result?.ok) throw new Error(`${name}: ${JSON.stringify(outcome.ok ? result?.errors : outcome.error)}`);
      return result.data as T;
    },
    async grid(tab) {
      await page.locator('#tabs').getByRole('tab', { name: tab, exact: true }).click();
      await page.locator('#tabs [aria-selected="true"]', { hasText: tab }).waitFor();
      return page
        .locator('#grid tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')).filter((r) => r.some((c) => c !== '')),
        );
    },
    async documentText(name) {
      const doc = preview.session.view().drive.find((d) => d.name === name);
      if (!doc?.href) throw new Error(`no document "${name}" in Drive`);
      const tab = await page.context().newPage();
      await tab.goto(new URL(doc.href, preview.url).href);
      const text = await tab.locator('body').innerText();
      await tab.close();
      return text;
    },
    async act(label, action) {
      // Waits on the log of every label shown, not on the label now shown: an action the sidebar
      // follows at once with another call (setup, then the agenda) may be replaced before a poll sees it.
      const before = await page.evaluate(() => ({ page: window.__actions?.page, seen: window.__actions?.labels.length ?? 0 }));
      await action();
      await page.waitForFunction(
        ([text, since]) => {
          const log = window.__actions;
          const from = log?.page === since.page ? since.seen : 0; // a reload starts a new log
          return !!log?.labels.slice(from).some((shown) => shown.includes(text));
        },
        [label, before] as const,
      );
      await browser.followClock();
    },
    relay(name, action) {
      return browser.act(`google.script.run.${name}`, action);
    },
    async sidebarView(id) {
      const frame = await browser.sidebar();
      await frame.getByRole('combobox', { name: 'Menu' }).selectOption(id);
      await frame.locator(`#app[data-view="${id}"] main h1`).waitFor();
      return frame;
    },
    async sidebarContentWidth() {
      return (await browser.sidebar()).evaluate(() => document.documentElement.scrollWidth);
    },
    async menu(title, item) {
      await browser.act(item, async () => {
        await page.getByRole('button', { name: title, exact: true }).click();
        await page.getByRole('menuitem', { name: item, exact: true }).click();
      });
    },
    async screenshot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    async sidebarScreenshot(name) {
      const frame = await browser.sidebar();
      const hidden = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
      try {
        if (hidden > 0) await page.setViewportSize({ width: VIEWPORT.width, height: VIEWPORT.height + hidden });
        await page.locator('#sidebar').screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      } finally {
        if (hidden > 0) await page.setViewportSize(VIEWPORT);
      }
    },
    async close() {
      await context?.close();
      await preview.close();
      rmSync(stateDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
  await load();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return browser;
}
