/**
 * The register as a web app (issue 16) and the Form's trigger without an active spreadsheet (issue 14, point 9),
 * through the built bundle: doGet and every endpoint run as the user holding the phone, with that user's own
 * permission; whoever cannot edit the register is refused in Indonesian before anything is read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNSUR } from '../src/domain/survey/skm';
import { Emulator } from '../tools/emulator';
import { loadProduct, type Product } from '../tools/harness';
import { ok, type Result, sheetRows } from './calls';
import { exampleFor, sidebarFunctions } from './fixtures/inputs';
import { changes, fingerprint, registerFor } from './fixtures/world';

const PHONE = readFileSync(join(__dirname, '..', 'dist', 'Phone.html'), 'utf8');
const EDITOR = 'host.live@kopukm.example.go.id';
const VIEWER = 'magang@kopukm.example.go.id';
const STRANGER = 'orang.lain@gmail.com';

/** Service calls that read or change the register's sheets (opening it and checking access are neither). */
const touchesSheets = (calls: Record<string, number>) =>
  Object.keys(calls).filter((k) =>
    /^(Sheet|Range|Protection|EmbeddedChart)\.|^Spreadsheet\.(getSheet|getRange|insertSheet|deleteSheet)/.test(k),
  );

const webCall = <T>(p: Product, name: string, input: unknown, user: string) => p.callFromWebApp<Result<T>>(name, input, user);

describe('doGet', () => {
  let product: Product;
  beforeAll(() => {
    product = registerFor();
    product.emu.setAccess(VIEWER, 'view');
    product.emu.setAccess(STRANGER, 'none');
  });

  it('serves the phone page to an editor, with the viewport a web app needs added by the script', () => {
    const { result, calls } = product.getWebApp(EDITOR);
    expect(result).toEqual({
      title: 'HALO KOP-UKM',
      content: PHONE,
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
    });
    // A web app has no active spreadsheet: the register is opened by the id stored at setup, as the user.
    expect(calls['SpreadsheetApp.openById']).toBe(1);
    expect(touchesSheets(calls)).toEqual([]);
  });

  it.each([
    [VIEWER, 'hanya dapat melihat register HALO KOP-UKM, tidak dapat mengubahnya'],
    [STRANGER, 'tidak dapat membuka register HALO KOP-UKM: akun ini belum diberi akses'],
  ])('refuses %s in Indonesian, reading and writing nothing', (user, message) => {
    const before = fingerprint(product);
    const { result, calls } = product.getWebApp(user);
    expect(result?.content).toContain(`Akun ${user} ${message}`);
    expect(result?.content).not.toContain('<script');
    expect(touchesSheets(calls)).toEqual([]);
    expect(changes(before, fingerprint(product))).toEqual([]);
  });

  it('says how to connect a register that was never set up', () => {
    const fresh = loadProduct();
    expect(fresh.getWebApp(EDITOR).result?.content).toContain(
      'Register HALO KOP-UKM belum terhubung ke aplikasi web. Buka spreadsheet register, lalu jalankan menu HALO KOP-UKM › Siapkan register.',
    );
  });
});

describe('the sidebar functions called from the phone page', () => {
  const NAMES = sidebarFunctions(registerFor());

  it.each(NAMES)('%s refuses a viewer and a stranger before reading anything, and writes nothing', (name) => {
    const product = registerFor(name);
    product.emu.setAccess(VIEWER, 'view');
    product.emu.setAccess(STRANGER, 'none');
    for (const user of [VIEWER, STRANGER]) {
      const before = fingerprint(product);
      const { result, calls } = webCall(product, name, exampleFor(name).input, user);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors[0].message).toMatch(
          new RegExp(`^Akun ${user.replace(/\./g, '\\.')} (hanya dapat melihat|tidak dapat membuka) register`),
        );
      expect(touchesSheets(calls)).toEqual([]);
      expect(changes(before, fingerprint(product))).toEqual([]);
    }
  });

  it("records for an editor as in the sidebar: the time from the server's clock, the phone user in the audit log", () => {
    const product = registerFor('recordViewerCount');
    product.emu.setNow('2026-11-27T08:17:40+07:00');
    const saved = webCall<{ record: { snapshots: Array<{ time: string; viewers: number; recordedBy: string }> } }>(
      product,
      'recordViewerCount',
      { episodeId: 'EP-001', viewers: 212 },
      EDITOR,
    ).result;
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    expect(saved.now).toBe(Date.parse('2026-11-27T08:17:40+07:00'));
    expect(saved.data.record.snapshots).toContainEqual(
      expect.objectContaining({ time: '2026-11-27 08:17', viewers: 212, recordedBy: EDITOR }),
    );
    expect(sheetRows(product, 'Log Audit').at(-1)).toMatchObject({ Pengguna: EDITOR, Tindakan: 'catat jumlah penonton' });
  });

  it("opens on the current episode when none is named, by the server's date", () => {
    const product = registerFor('getLiveRecord');
    const today = webCall<{ episodeId: string; liveDate: string }>(product, 'getLiveRecord', {}, EDITOR).result;
    if (!today.ok) throw new Error(JSON.stringify(today.errors));
    expect(today.data).toMatchObject({ episodeId: 'EP-001', liveDate: '2026-11-27' });
  });
});

describe('getPhoneLink', () => {
  it('has no link until the script is deployed as a web app, then the /exec address', () => {
    const product = registerFor('getPhoneLink');
    expect(ok(product, 'getPhoneLink')).toMatchObject({ url: null });
    const url = product.emu.deployWebApp();
    expect(ok(product, 'getPhoneLink')).toMatchObject({ url });
    expect(url).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/[\w-]+\/exec$/);
  });

  it('connects a register set up before the web app existed', () => {
    const state = registerFor('getPhoneLink').emu.toJSON();
    state.properties.script = {};
    const old = loadProduct({ emulator: Emulator.fromJSON(state, { htmlFiles: { Phone: PHONE } }) });
    expect(old.getWebApp(EDITOR).result?.content).toContain('belum terhubung');
    ok(old, 'getPhoneLink');
    expect(old.getWebApp(EDITOR).result?.content).toBe(PHONE);
  });
});

describe("the survey form's submit trigger (no active spreadsheet)", () => {
  /** A register with the survey form, its trigger installed by the office's editor. */
  function withForm(): { product: Product; formId: string } {
    const product = loadProduct({ now: '2026-12-04T10:00:00+07:00' });
    product.run('setupRegister', []);
    const { formId } = ok<{ formId: string }>(product, 'createSurveyForm');
    return { product, formId };
  }
  const answers = (k: number) => Object.fromEntries(UNSUR.map((u, i) => [u.question, u.labels[(k + i) % 4]]));
  const runTriggers = (p: Product, s: ReturnType<Product['emu']['forms']['submit']>) =>
    s.triggers.map((t) => p.run(t.handler, [t.event], { kind: 'trigger', user: t.owner, container: t.container }));

  it('imports by the stored id and the script lock: a burst of overlapping submissions gives unique ids, each response once', () => {
    const { product, formId } = withForm();
    const opened: string[] = [];
    let burst = 0;
    // While a trigger is writing, three more people submit and their triggers start (they find the register locked).
    product.emu.hooks.onCall((key, _args, exec) => {
      if (key === 'SpreadsheetApp.openById') opened.push(`${exec.kind}:${exec.container}`);
      if (key !== 'Range.setValues' || burst++ > 0) return;
      for (let k = 10; k < 13; k++) runTriggers(product, product.emu.forms.submit(formId, answers(k)));
    });
    for (let k = 0; k < 4; k++) runTriggers(product, product.emu.forms.submit(formId, answers(k)));
    const rows = sheetRows(product, 'Survei Kepuasan').filter((r) => r.ID !== '');
    const responses = product.emu.forms.get(formId).responses.map((r) => r.id);
    expect(responses).toHaveLength(7);
    expect(new Set(rows.map((r) => r.ID)).size).toBe(rows.length);
    expect(rows.map((r) => r['ID Respons Formulir']).sort()).toEqual([...responses].sort());
    expect(opened.every((o) => o === 'trigger:false')).toBe(true);
    // The overlapping runs waited for the lock and gave up: the script lock, the one the sidebar and web app take.
    expect(product.emu.logs.filter((l) => l.message.startsWith('onSurveySubmit: Register sedang dipakai'))).toHaveLength(3);
  });
});
