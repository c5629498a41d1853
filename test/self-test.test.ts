/** Menu item "Uji fungsi di Google" (src/api/self-test.ts) through the built bundle on the emulator. */
import { entryOf, MENU_ITEMS } from '../src/entrypoints';
import { parseCalibration } from '../tools/bench/calibration';
import { GasError } from '../tools/emulator';
import { loadProduct, type Product } from '../tools/harness';

const USER = 'pelaksana@example.go.id'; // the emulator's default user
const STEPS = [
  'Lembar kerja (Spreadsheet)',
  'Grafik laporan (Charts)',
  'Properti (PropertiesService)',
  'Kunci (LockService)',
  'Dokumen dan PDF (DocumentApp, DriveApp)',
  'Formulir (FormApp)',
  'Email (MailApp)',
  'Pemicu (ScriptApp)',
];

function installed(): Product {
  const product = loadProduct({ now: '2026-12-04T10:00:00+07:00' });
  product.run('setupRegister', []);
  product.run('installTriggers', []);
  return product;
}

/** What the register holds besides "Uji Fungsi": sheets, Drive files, triggers, properties. */
function footprint(product: Product) {
  const { emu } = product;
  return {
    sheets: emu.spreadsheet
      .getSheets()
      .map((s) => s.getName())
      .filter((n) => n !== 'Uji Fungsi'),
    files: emu
      .driveItems()
      .filter((i) => !i.trashed)
      .map((i) => i.name)
      .sort(),
    triggers: emu.triggers.map((t) => [t.handler, t.owner]),
    properties: Object.keys(emu.toJSON().properties.document).sort(),
  };
}

/** The sheet "Uji Fungsi" as a CSV download gives it (display values). */
const csv = (product: Product) =>
  product.emu
    .displayValues('Uji Fungsi')
    .map((row) => row.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(','))
    .join('\n');

const stepRows = (product: Product) =>
  product.emu.spreadsheet
    .getSheetByName('Uji Fungsi')!
    .getDataRange()
    .getValues()
    .slice(1)
    .filter((r) => r[1] === '')
    .map((r) => [r[0], r[3]]);

describe('Uji fungsi di Google', () => {
  it('is on the menu, and reached only from there', () => {
    expect(MENU_ITEMS).toContainEqual({ caption: 'Uji fungsi di Google', functionName: 'runSelfTest' });
    expect(entryOf('runSelfTest')).toBe('menu');
  });

  it('uses every service in a scratch area, cleans up, e-mails the user once, and reports each step and call time', () => {
    const product = installed();
    const before = footprint(product);
    const { calls } = product.run('runSelfTest', []);
    expect(stepRows(product)).toEqual(STEPS.map((s) => [s, 'Berhasil']));
    expect(footprint(product)).toEqual(before);
    // Each scratch Drive item (folder, Doc, PDF, form) went to the trash.
    expect(
      product.emu
        .driveItems()
        .filter((i) => i.trashed)
        .map((i) => i.kind)
        .sort(),
    ).toEqual(['document', 'file', 'file', 'folder']);
    expect(product.emu.outbox.map((m) => [m.to, m.subject])).toEqual([[USER, '[HALO KOP-UKM] Uji fungsi di Google']]);
    for (const service of [
      'Range.setValues',
      'EmbeddedChart.getAs',
      'Properties.setProperty',
      'Lock.tryLock',
      'DocumentApp.create',
      'FormResponse.submit',
      'MailApp.sendEmail',
      'ClockTriggerBuilder.create',
      'ScriptApp.deleteTrigger',
    ]) {
      expect(calls[service]).toBeGreaterThan(0);
    }
    const alert = product.emu.ui.alerts.at(-1)!;
    expect(alert.title).toBe('Uji fungsi di Google');
    expect(alert.prompt).toContain('Semua 8 langkah berhasil.');
    // The CSV download feeds the benchmark: every timed service call is read back.
    const measured = parseCalibration(csv(product));
    expect([...measured.keys()]).toEqual(
      expect.arrayContaining(['Range.setValues', 'MailApp.sendEmail', 'Form.getResponses', 'ScriptApp.deleteTrigger']),
    );
    expect(product.emu.spreadsheet.getSheetByName('Uji Fungsi')!.getRange('C2').getNumberFormat()).toBe('0');

    product.run('runSelfTest', []);
    expect(stepRows(product)).toHaveLength(STEPS.length); // replaced, not appended
  });

  it('reports a failing service as "Gagal" with Google\'s message, still runs the other steps and removes its trigger', () => {
    const product = installed();
    const before = footprint(product);
    const off = product.emu.hooks.onCall((key) => {
      if (key === 'MailApp.sendEmail') throw new GasError('Service invoked too many times for one day: email.');
      if (key === 'ScriptApp.getProjectTriggers') throw new GasError('Service unavailable: Script');
    });
    product.run('runSelfTest', []);
    off();
    const rows = Object.fromEntries(stepRows(product));
    expect(rows['Email (MailApp)']).toBe('Gagal');
    expect(rows['Pemicu (ScriptApp)']).toBe('Gagal');
    expect(Object.values(rows).filter((r) => r === 'Berhasil')).toHaveLength(STEPS.length - 2);
    expect(footprint(product)).toEqual(before);
    const alert = product.emu.ui.alerts.at(-1)!.prompt;
    expect(alert).toContain('2 dari 8 langkah gagal:');
    // Explained in Indonesian; Google's text only as the technical detail the IT officer needs.
    expect(alert).toContain(
      '✗ Email (MailApp): Gagal: Kuota harian layanan Google untuk akun ini sudah habis. Coba lagi besok. ' +
        '(keterangan teknis: Service invoked too many times for one day: email)',
    );
  });
});
