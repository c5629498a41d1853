/**
 * The Chromium that playwright-core drives for the browser tests and the guide's screenshots, so
 * that they need nothing but Node and npm: CHROMIUM_PATH if set, else Debian's where it is
 * installed, else the build that ships inside the npm package @sparticuz/chromium (never a browser
 * that playwright downloads: no machine here reaches a download site).
 */

import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import packaged from '@sparticuz/chromium';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

const DEBIAN = '/usr/bin/chromium';
/** Git-ignored, and emptied by `npm ci`, which also replaces the package. */
const CACHE = join(__dirname, '..', 'node_modules', '.cache', 'chromium');
// No GPU and no network chatter. Of @sparticuz/chromium's own `args` none is needed outside AWS Lambda,
// and some (--disable-web-security, --single-process) would make the browser kinder than a user's.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=id-ID',
];
/**
 * On Linux, Chromium lays out date inputs by the process's locale, which neither --lang nor the context's
 * `locale` changes: without it they read 01/08/2027 where an Indonesian user's browser shows 08/01/2027.
 */
const ENV = { ...process.env, LANG: 'id_ID.UTF-8', LC_ALL: 'id_ID.UTF-8' };

/** The browser's executable; the packaged build is unpacked on first use (about 200 MB, a few seconds). */
export async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN) ? DEBIAN : undefined);
  return chosen ?? unpackPackaged();
}

/** A browser on a profile folder of its own, headless, in Indonesian and on Jakarta time. */
export async function launchChromium(profile: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: await chromiumPath(),
    headless: true,
    args: ARGS,
    env: ENV,
    viewport,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
}

/** A browser without a profile, for pages that each get a context of their own (the phone tests). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), headless: true, args: ARGS, env: ENV });
}

function packagedVersion(): string {
  // The package's exports hide its package.json; it sits two folders above the entry point.
  const manifest = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * executablePath() unpacks into os.tmpdir() and reuses any `chromium` already there, whatever its
 * version or however half-written. So it unpacks into a fresh folder of ours, renamed into place when
 * complete: test workers starting together each unpack, one rename wins, and no one runs a part-file.
 */
async function unpackPackaged(): Promise<string> {
  const folder = join(CACHE, packagedVersion());
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;
  mkdirSync(CACHE, { recursive: true });
  const staging = mkdtempSync(join(CACHE, 'unpacking-'));
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await packaged.executablePath();
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  try {
    renameSync(staging, folder);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}
