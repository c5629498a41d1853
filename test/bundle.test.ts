/** The built files are what `clasp push` uploads: check them as Apps Script will see them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRYPOINTS, MENU_ITEMS } from '../src/entrypoints';
import * as main from '../src/main';
import { loadProduct } from '../tools/harness';

const dist = join(__dirname, '..', 'dist');
const code = readFileSync(join(dist, 'Code.js'), 'utf8');

describe('dist/Code.js', () => {
  it('is a plain script: no module syntax remains', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('defines exactly the handlers src/main.ts names, each as a top-level function', () => {
    const product = loadProduct();
    const globals = product.globalNames().sort();
    expect(globals).toEqual(Object.keys(main).sort());
    for (const name of globals) expect(code).toContain(`function ${name}(`);
  });

  it('keeps helpers private', () => {
    const product = loadProduct();
    expect(product.globalNames()).not.toContain('endpoint');
    expect(product.globalNames()).not.toContain('Register');
  });

  it('runs in a context that offers only the Google services', () => {
    const product = loadProduct({
      bundle: `${code}\nfunction probe() { return [typeof require, typeof process, typeof module, typeof SpreadsheetApp]; }`,
    });
    expect(product.run('probe', []).result).toEqual(['undefined', 'undefined', 'undefined', 'object']);
  });

  it('declares how each global is reached in src/entrypoints.ts, and nothing more', () => {
    expect(Object.keys(ENTRYPOINTS).sort()).toEqual(loadProduct().globalNames().sort());
  });

  it('names only existing functions in the menu', () => {
    const globals = loadProduct().globalNames();
    for (const item of MENU_ITEMS) if (item) expect(globals).toContain(item.functionName);
  });

  it('opens with the menu of 8 items in 3 groups, one per menu entry point of src/entrypoints.ts', () => {
    const product = loadProduct();
    product.open();
    const [menu] = product.emu.ui.menus;
    expect(product.emu.ui.menus).toHaveLength(1);
    expect(menu.title).toBe('HALO KOP-UKM');
    const items = menu.items.filter((i) => i !== null);
    expect([items.length, menu.items.length - items.length]).toEqual([8, 2]);
    const menuEntries = Object.entries(ENTRYPOINTS).filter(([, entry]) => entry === 'menu');
    expect(items.map((i) => ('functionName' in i ? i.functionName : '')).sort()).toEqual(menuEntries.map(([name]) => name).sort());
  });
});

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));

  it('is a valid V8 manifest in WIB with Stackdriver logging', () => {
    expect(manifest).toMatchObject({ timeZone: 'Asia/Jakarta', runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
  });

  it('lists explicit, distinct, narrow scopes', () => {
    const scopes: string[] = manifest.oauthScopes;
    expect(new Set(scopes).size).toBe(scopes.length);
    for (const s of scopes) expect(s).toMatch(/^https:\/\/www\.googleapis\.com\/auth\/[a-z._]+$/);
    // The full spreadsheets scope: the web app and the Form's trigger open the register by id (appsscript.json's notes).
    expect(scopes).toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(scopes).not.toContain('https://mail.google.com/');
  });

  it("deploys the web app as the user accessing it, for anyone with a Google account, without the source's notes", () => {
    expect(manifest.webapp).toEqual({ executeAs: 'USER_ACCESSING', access: 'ANYONE' });
    expect(Object.keys(manifest).filter((k) => !/^[a-zA-Z]+$/.test(k))).toEqual([]);
  });
});

describe('dist/Sidebar.html', () => {
  const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');

  it('inlines its script and style and requests no other host', () => {
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    expect(html).not.toContain('<?');
  });

  it('is laid out for the 300 px sidebar', () => {
    expect(html).toContain('max-width: 300px');
    expect(html).toContain('name="viewport"');
  });
});

describe('dist/Phone.html', () => {
  const html = readFileSync(join(dist, 'Phone.html'), 'utf8');

  it('is one small file that requests no other host', () => {
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
    // Counted uncompressed (whether Google's servers compress it is not documented): a slow 3G connection (~50 KB/s)
    // loads 80 KB in under two seconds. The sidebar's QR encoder is not in it.
    expect(Buffer.byteLength(html)).toBeLessThan(80_000);
  });
});
