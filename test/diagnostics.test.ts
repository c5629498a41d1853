/** "Periksa register" and "Periksa instalasi", and a register edited by hand that keeps working. */
import { SCHEMAS } from '../src/domain/shared/schema';
import { loadProduct, type Product } from '../tools/harness';
import { ok } from './calls';

type Sheets = { ok: boolean; sheets: { name: string; problems: string[] }[] };

const sheet = (product: Product, name: string) => product.emu.spreadsheet.getSheetByName(name)!;
const problemsOf = (report: Sheets, name: string) => report.sheets.find((s) => s.name === name)!.problems;

describe('diagnostics', () => {
  let product: Product;
  beforeEach(() => {
    product = loadProduct();
    product.run('setupRegister', []);
  });

  it('finds nothing wrong in a fresh register, and names what a fresh installation still lacks', () => {
    expect(ok<Sheets>(product, 'checkRegister').ok).toBe(true);
    const { checks } = ok<{ ok: boolean; checks: { item: string; ok: boolean; detail: string }[] }>(product, 'checkInstallation');
    const byItem = Object.fromEntries(checks.map((c) => [c.item, c]));
    expect(byItem['Struktur register'].ok).toBe(true);
    expect(byItem['Email tim']).toMatchObject({
      ok: false,
      detail: 'Belum diisi: Tim Pelaksana, Tim Humas, Tim Pelaksana – Pubdisdok, Kepala Dinas (Pengaturan).',
    });
    expect(byItem['Pemicu pengingat']).toMatchObject({ ok: false });
    product.run('installTriggers', []);
    const again = ok<{ checks: { item: string; ok: boolean; detail: string }[] }>(product, 'checkInstallation').checks;
    expect(again.find((c) => c.item === 'Pemicu pengingat')).toMatchObject({
      ok: true,
      detail: 'Terpasang atas nama Anda (pelaksana@example.go.id); email pengingat dikirim dari akun ini.',
    });
    expect(again.find((c) => c.item === 'Folder laporan')?.ok).toBe(true);
  });

  it('reports hand edits by sheet, row and column, and the product keeps working on the rest', () => {
    const guests = sheet(product, 'Narasumber');
    // The dropdowns refuse what is not in their list, so a user first removed them (Data › Validasi data › Hapus).
    guests
      .getRange(2, 1, 3, 5)
      .clearDataValidations()
      .setValues([
        ['NS-001', 'Ibu Sari', 'Koperasi Maju', 'koperasi', 'Cibinong'],
        ['NS-001', 'Pak Budi', 'UKM Kopi', 'usaha', 'Ciawi'],
        ['NS-003', 'Bu Ani', 'KSP Sejahtera', 'koperasi', 'Dramaga'],
      ]);
    ok(product, 'saveSurveyResponse', { answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] });
    ok(product, 'saveSurveyResponse', { answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] });
    const survey = sheet(product, 'Survei Kepuasan');
    const u1 = SCHEMAS.survey.columns.findIndex((c) => c.key === 'u1') + 1;
    survey.getRange(3, u1).clearDataValidations().setValue('empat');
    sheet(product, 'Evaluasi').getRange(1, 2).setValue('Tanggal');

    const report = ok<Sheets>(product, 'checkRegister');
    expect(report.ok).toBe(false);
    expect(problemsOf(report, 'Narasumber')).toEqual([
      'Baris 3: ID "NS-001" sama dengan baris 2.',
      'Baris 3, kolom "Jenis": "usaha" bukan salah satu pilihan (koperasi, ukm).',
    ]);
    expect(problemsOf(report, 'Survei Kepuasan')).toEqual([
      `Baris 3, kolom "${SCHEMAS.survey.columns[u1 - 1].header}": "empat" bukan angka. Perbaiki isinya.`,
    ]);
    expect(problemsOf(report, 'Evaluasi')[0]).toContain('Kolom "Tanggal Rapat" tidak ada');
    // "Periksa instalasi" checks the structure only: the renamed column, not the unreadable cells.
    const structure = ok<{ checks: { item: string; ok: boolean; detail: string }[] }>(product, 'checkInstallation').checks.find(
      (c) => c.item === 'Struktur register',
    );
    expect(structure).toEqual({ item: 'Struktur register', ok: false, detail: 'Bermasalah: Evaluasi. Jalankan "Periksa register".' });

    const ikm = ok<{ respondents: number }>(product, 'getIkm');
    expect(ikm.respondents).toBe(1);
    expect(ikm.warnings?.[0]).toContain('Periksa register');
    expect(ok<{ total: number }>(product, 'listNarasumber').total).toBe(3);
  });

  it('shows its findings from the menu', () => {
    sheet(product, 'Narasumber')
      .getRange(2, 1, 1, 4)
      .clearDataValidations()
      .setValues([['NS-001', 'Ibu Sari', 'Koperasi Maju', 'bukan']]);
    product.run('showRegisterCheck', []);
    const alert = product.emu.ui.alerts.at(-1)!;
    expect(alert.title).toBe('Periksa register');
    expect(alert.prompt).toContain('Narasumber:\n• Baris 2, kolom "Jenis": "bukan" bukan salah satu pilihan (koperasi, ukm).');
    product.run('showInstallationCheck', []);
    expect(product.emu.ui.alerts.at(-1)!.prompt).toContain('✗ Email tim: Belum diisi');
  });
});
