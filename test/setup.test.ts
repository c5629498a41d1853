/** Register setup, the menu and settings, through the built bundle on the emulator. */

import { SCHEMAS } from '../src/domain/shared/schema';
import { MENU_ITEMS } from '../src/entrypoints';
import { loadProduct, type Product } from '../tools/harness';
import { ok } from './calls';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheet(product: Product, name: string): Sheet {
  const found = product.emu.spreadsheet.getSheetByName(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function values(product: Product, name: string): unknown[][] {
  return sheet(product, name).getDataRange().getValues();
}

/** Everything setup decides about a sheet, for comparing two runs. */
function shape(product: Product) {
  return product.emu.spreadsheet.getSheets().map((s) => ({
    name: s.getName(),
    values: s.getDataRange().getValues(),
    frozen: s.getFrozenRows(),
    formats: s.getRange(1, 1, 3, s.getLastColumn()).getNumberFormats(),
    protections: s.getProtections(SpreadsheetAppEnum.RANGE).map((p) => [p.getRange().getA1Notation(), p.isWarningOnly()]),
  }));
}
const SpreadsheetAppEnum = { RANGE: 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType };

describe('onOpen', () => {
  it('builds the HALO KOP-UKM menu and touches nothing else (AuthMode.NONE)', () => {
    const product = loadProduct();
    const { calls } = product.run('onOpen', [{ authMode: 'NONE' }], { kind: 'simple' });
    const services = new Set(Object.keys(calls).map((k) => k.split('.')[0]));
    expect([...services].sort()).toEqual(['Menu', 'SpreadsheetApp', 'Ui'].sort());
    const menu = product.emu.ui.menus.find((m) => m.title === 'HALO KOP-UKM');
    expect(menu?.items.filter((i) => i).map((i) => i?.caption)).toEqual(MENU_ITEMS.flatMap((i) => (i ? [i.caption] : [])));
    expect(menu?.items[0]?.caption).toBe('Buka panel');
  });
});

describe('setupRegister', () => {
  let product: Product;
  beforeAll(() => {
    product = loadProduct();
    const { result } = product.run<{ ok: boolean; data: { created: string[] } }>('setupRegister', []);
    expect(result.ok).toBe(true);
  });

  it('keeps "Komentar" to its columns: spare empty columns would count against the 10 million cells', () => {
    expect(sheet(product, SCHEMAS.comments.name).getMaxColumns()).toBe(SCHEMAS.comments.columns.length);
    const again = loadProduct();
    again.run('setupRegister', []);
    sheet(again, SCHEMAS.comments.name).insertColumnsAfter(7, 3);
    sheet(again, SCHEMAS.comments.name).getRange(5, 9).setValue('catatan pengguna');
    again.run('setupRegister', []);
    expect(sheet(again, SCHEMAS.comments.name).getMaxColumns()).toBe(9); // up to the user's own cell
    expect(sheet(again, SCHEMAS.comments.name).getRange(5, 9).getValue()).toBe('catatan pengguna');
  });

  it('creates one sheet per record type with Indonesian headers, and drops the blank Sheet1', () => {
    const names = product.emu.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toEqual(Object.values(SCHEMAS).map((s) => s.name));
    for (const schema of Object.values(SCHEMAS)) {
      expect(values(product, schema.name)[0]).toEqual(schema.columns.map((c) => c.header));
      expect(sheet(product, schema.name).getFrozenRows()).toBe(1);
    }
  });

  it('formats free text as plain text, dates as dates, and offers dropdowns for fixed values', () => {
    const guests = sheet(product, 'Narasumber');
    const header = guests.getRange(1, 1, 1, guests.getLastColumn()).getValues()[0];
    const column = (h: string) => header.indexOf(h) + 1;
    expect(guests.getRange(2, column('Nama')).getNumberFormat()).toBe('@');
    expect(guests.getRange(500, column('Telepon')).getNumberFormat()).toBe('@');
    const kecamatan = guests.getRange(2, column('Kecamatan')).getDataValidation();
    expect(kecamatan?.getCriteriaValues()[0]).toHaveLength(40);
    expect(kecamatan?.getAllowInvalid()).toBe(false);
    const episodes = sheet(product, 'Episode');
    const eh = episodes.getRange(1, 1, 1, episodes.getLastColumn()).getValues()[0];
    expect(episodes.getRange(2, eh.indexOf('Tanggal LIVE') + 1).getNumberFormat()).toBe('dd/mm/yyyy');
  });

  it('protects the system columns with a warning only', () => {
    const protections = sheet(product, 'Narasumber').getProtections(SpreadsheetAppEnum.RANGE);
    const system = SCHEMAS.guests.columns.flatMap((c, i) => ('system' in c && c.system ? [i + 1] : []));
    expect(system.length).toBeGreaterThan(0);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
    expect(protections.map((p) => p.getRange().getColumn()).sort((a, b) => a - b)).toEqual(system);
  });

  it('shows the register in WIB and fills the settings with the SOP letterhead', () => {
    expect(product.emu.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    const settings = values(product, 'Pengaturan');
    expect(settings).toContainEqual(['agencyName', 'Nama instansi', 'DINAS KOPERASI DAN UKM KABUPATEN BOGOR']);
    expect(settings).toContainEqual(['liveWeekday', 'Hari LIVE', 'Jumat']);
  });

  it('is idempotent and keeps what users typed, even in reordered or extra columns', () => {
    const guests = sheet(product, 'Narasumber');
    guests.getRange(2, 1, 1, 4).setValues([['NS-9', 'Ibu Sari', 'Koperasi Maju', 'koperasi']]);
    guests.getRange(1, guests.getLastColumn() + 2, 2, 1).setValues([['Catatan saya'], ['jangan dihapus']]);
    const before = shape(product);
    const { result } = product.run<{ ok: boolean; data: { created: string[]; repaired: string[] } }>('setupRegister', []);
    expect(result).toEqual({ ok: true, data: { created: [], repaired: [] } });
    expect(shape(product)).toEqual(before);
  });

  it('repairs a missing column by adding it after the others, never moving data', () => {
    const feedback = sheet(product, 'Umpan Balik');
    const width = feedback.getLastColumn();
    feedback.getRange(1, 3).setValue('Saluran lama');
    feedback.getRange(2, 1, 1, 4).setValues([['UB-1', 'EP-001', 'DM', 'Mantap']]);
    const { result } = product.run<{ ok: boolean; data: { repaired: string[] } }>('setupRegister', []);
    expect(result.data.repaired).toEqual(['Umpan Balik']);
    const rows = values(product, 'Umpan Balik');
    expect(rows[0][width]).toBe('Saluran');
    expect(rows[1].slice(0, 4)).toEqual(['UB-1', 'EP-001', 'DM', 'Mantap']);
  });
});

describe('the spreadsheet locale', () => {
  type Check = { item: string; ok: boolean; detail: string };
  const localeCheck = (product: Product) =>
    ok<{ checks: Check[] }>(product, 'checkInstallation').checks.find((c) => c.item === 'Lokal dan zona waktu');

  it('is set to Indonesian, so a date typed into the sheet reads day first (in en_US 05/12/2026 is 12 May), and "Periksa instalasi" checks it', () => {
    const product = loadProduct({ now: '2026-11-28T08:00:00+07:00' }); // a new spreadsheet of an en_US account
    product.run('setupRegister', []);
    expect(product.emu.spreadsheet.getSpreadsheetLocale()).toBe('id_ID');
    expect(localeCheck(product)).toMatchObject({ ok: true });
    const { id } = ok<{ id: string }>(product, 'saveNarasumber', {
      name: 'Ibu Siti',
      organization: 'Koperasi Mekar',
      type: 'koperasi',
      kecamatan: 'Cibinong',
    });
    ok(product, 'scheduleEpisode', { liveDate: '2026-12-04', narasumberId: id, topic: 'Koperasi', weeks: 2 });
    const episodes = sheet(product, 'Episode');
    const column = (values(product, 'Episode')[0] as string[]).indexOf('Tanggal LIVE') + 1;
    // What a user types into the cells (a script's setValue of a string is read the same way).
    episodes.getRange(2, column).setValue('05/12/2026');
    episodes.getRange(3, column).setValue('13/12/2026');
    expect(ok<{ liveDate: string }>(product, 'getEpisode', { episodeId: 'EP-001' }).liveDate).toBe('2026-12-05');
    expect(ok<{ liveDate: string }>(product, 'getEpisode', { episodeId: 'EP-002' }).liveDate).toBe('2026-12-13');

    product.emu.spreadsheet.setSpreadsheetLocale('en_US');
    expect(localeCheck(product)).toMatchObject({ ok: false, detail: expect.stringContaining('05/12/2026 menjadi 12 Mei') });
  });
});

describe('settings', () => {
  let product: Product;
  beforeEach(() => {
    product = loadProduct();
    product.run('setupRegister', []);
  });

  it('starts from the defaults', () => {
    const { result } = product.callFromSidebar<{ ok: true; data: Record<string, unknown> }>('getSettings', {});
    expect(result.data).toMatchObject({ dateCity: 'Cibinong', liveWeekday: 5, liveStart: '08:00', officialNip: '' });
  });

  it('saves a valid change, stores the NIP grouped in the sheet and audits it', () => {
    const { result } = product.callFromSidebar<{ ok: boolean; data: Record<string, unknown> }>('saveSettings', {
      officialName: 'Dr. H. Contoh Pejabat, M.Si.',
      officialNip: '19720707.200501.2.009',
      emailHumas: 'humas@kopukm.example.go.id',
    });
    expect(result.ok).toBe(true);
    expect(result.data.officialNip).toBe('197207072005012009');
    expect(values(product, 'Pengaturan')).toContainEqual(['officialNip', 'NIP penandatangan', '19720707 200501 2 009']);
    const audit = values(product, 'Log Audit');
    expect(audit).toHaveLength(2);
    expect(audit[1][1]).toBe('pelaksana@example.go.id');
    expect(audit[1][2]).toBe('ubah pengaturan');
    const reread = product.callFromSidebar<{ ok: true; data: Record<string, unknown> }>('getSettings', {});
    expect(reread.result.data.emailHumas).toBe('humas@kopukm.example.go.id');
  });

  it('refuses bad input with field messages in Indonesian and changes nothing', () => {
    const before = shape(product);
    const { result } = product.callFromSidebar<{ ok: boolean; errors: unknown[] }>('saveSettings', {
      officialNip: '1972',
      liveStart: '25:00',
      emailKepala: 'kepala@',
    });
    expect(result.ok).toBe(false);
    // The NIP's own rule is named in the same answer as the shape's errors, not on the next save.
    expect(result.errors).toEqual([
      { field: 'emailKepala', message: 'Email Kepala Dinas bukan alamat email yang sah.' },
      { field: 'liveStart', message: 'Jam mulai LIVE bukan jam yang sah.' },
      { field: 'officialNip', message: 'NIP penandatangan: NIP harus 18 digit angka.' },
    ]);
    expect(shape(product)).toEqual(before);
  });

  it('refuses input that is not an object', () => {
    const { result } = product.callFromSidebar<{ ok: boolean; errors: unknown[] }>('saveSettings', 'x');
    expect(result).toEqual({ ok: false, errors: [{ field: '', message: 'Data formulir tidak sah.' }] });
  });

  it('explains a tampered sheet instead of guessing, and writes nothing', () => {
    sheet(product, 'Pengaturan').getRange(1, 3).setValue('Isi');
    const before = shape(product);
    const { result } = product.callFromSidebar<{ ok: boolean; errors: { message: string }[] }>('saveSettings', { dateCity: 'Bogor' });
    expect(result.ok).toBe(false);
    expect(result.errors[0].message).toBe('Kolom "Nilai" tidak ada di lembar "Pengaturan". Jalankan menu HALO KOP-UKM › Siapkan register.');
    expect(shape(product)).toEqual(before);
  });

  it('answers "coba lagi" and writes nothing while another process holds the lock', () => {
    product.emu.holdLock('script');
    const { result } = product.callFromSidebar<{ ok: boolean; errors: { message: string }[] }>('saveSettings', { dateCity: 'Bogor' });
    expect(result.ok).toBe(false);
    expect(result.errors[0].message).toContain('Coba lagi');
  });
});

describe('getSetupStatus (the guided start on Beranda, issue 15)', () => {
  type Status = { ok: true; data: { registerReady: boolean; remindersInstalled: boolean; missingSettings: string[] }; now: number };
  const status = (product: Product) => product.callFromSidebar<Status>('getSetupStatus', {}).result;

  it('says what a new register still needs until each step is done, and answers with the server clock', () => {
    const product = loadProduct({ now: '2026-11-20T09:00:00+07:00' });
    expect(status(product).data).toEqual({ registerReady: false, remindersInstalled: false, missingSettings: [] });
    product.run('setupRegister', []);
    const fresh = status(product);
    expect(fresh.data).toEqual({
      registerReady: true,
      remindersInstalled: false,
      missingSettings: ['Email Tim Pelaksana', 'Email Tim Humas', 'Email Tim Pubdisdok', 'Nama pejabat penandatangan', 'NIP penandatangan'],
    });
    // The sidebar takes "now" from every answer, never from the browser.
    expect(fresh.now).toBe(Date.parse('2026-11-20T09:00:00+07:00'));
    product.callFromSidebar('saveSettings', {
      emailPelaksana: 'a@example.go.id',
      emailHumas: 'b@example.go.id',
      emailPubdisdok: 'c@example.go.id',
      officialName: 'Dr. Contoh',
      officialNip: '197207072005012009',
    });
    product.callFromSidebar('installTriggers', {});
    expect(status(product).data).toEqual({ registerReady: true, remindersInstalled: true, missingSettings: [] });
  });
});
