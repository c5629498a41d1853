/**
 * What Pengaturan tells the reports (issue 15.9, 17.1): the report folder pasted as a Drive link, checked when saved;
 * the kop with the regency's government, an optional logo from Drive and the nomor surat; Google's English kept from
 * the user in "Periksa instalasi".
 */

import type { Product } from '../tools/harness';
import { driveAs, ok, refused, settingCell } from './calls';
import { registerWithEpisodes } from './fixtures/episodes';

type Check = { item: string; ok: boolean; detail: string };
interface ReportFile {
  documentId: string;
  name: string;
  warnings?: string[];
}

const ME = 'pelaksana@example.go.id';
const OTHER = 'lain@example.com';
const FOLDER_PROBLEM =
  'Folder laporan di Pengaturan tidak dapat dibuka: folder itu tidak ada, sudah dihapus, atau akun Anda tidak ' +
  'punya akses ke sana. Periksa tautannya, minta akses kepada pemilik folder, atau kosongkan "Folder laporan" agar folder baru dibuat.';
/** Google's own text for an id that cannot be opened: it must never reach the user. */
const GOOGLE_TEXT = /No item with the given ID|permission to access/;

/** A 120 × 150 px PNG (its header is what Docs reads the size from) uploaded to `user`'s Drive; its id. */
function uploadPng(product: Product, user = ME, name = 'Logo Kabupaten Bogor.png'): string {
  const ihdr = [0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 120, 0, 0, 0, 150, 8, 6, 0, 0, 0];
  const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ihdr, 0, 0, 0, 0];
  return driveAs(product, user, (g) => g.DriveApp.createFile(g.Utilities.newBlob(bytes, 'image/png', name)).getId());
}

const register = (): Product => registerWithEpisodes({ now: '2026-11-30T09:00:00+07:00', liveDate: '2026-11-27', pastOk: true });
const checks = (product: Product) =>
  Object.fromEntries(ok<{ checks: Check[] }>(product, 'checkInstallation').checks.map((c) => [c.item, c]));

describe('report folder from a Drive link', () => {
  it('takes the link Drive gives, stores the folder id, and the reports go there', () => {
    const product = register();
    const folder = driveAs(product, ME, (g) => g.DriveApp.createFolder('Laporan Dinas').getId());
    for (const link of [
      `https://drive.google.com/drive/folders/${folder}?usp=sharing`,
      `https://drive.google.com/drive/u/0/folders/${folder}`,
      `https://drive.google.com/open?id=${folder}`,
    ]) {
      expect(ok<{ reportFolderId: string }>(product, 'saveSettings', { reportFolderId: link }).reportFolderId).toBe(folder);
    }
    expect(settingCell(product, 'reportFolderId').getValue()).toBe(folder);
    const report = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(product.emu.driveItems().find((i) => i.id === report.documentId)!.path).toBe(`/My Drive/Laporan Dinas/${report.name}`);
    // The sidebar's own "Buka folder laporan" link, pasted back, names the same folder.
    const { folderUrl } = ok<{ folderUrl: string }>(product, 'listReports', {});
    expect(folderUrl).toBe(`https://drive.google.com/drive/folders/${folder}`);
    expect(ok<{ reportFolderId: string }>(product, 'saveSettings', { reportFolderId: folderUrl }).reportFolderId).toBe(folder);
    expect(checks(product)['Folder laporan']).toEqual({ item: 'Folder laporan', ok: true, detail: 'Folder "Laporan Dinas" dapat dibuka.' });
  });

  it('refuses, when saved, a folder the user cannot open, in Indonesian, and changes nothing', () => {
    const product = register();
    const private_ = driveAs(product, OTHER, (g) => g.DriveApp.createFolder('Pribadi').getId());
    expect(refused(product, 'saveSettings', { reportFolderId: `https://drive.google.com/drive/folders/${private_}` })).toEqual({
      reportFolderId: FOLDER_PROBLEM,
    });
    expect(refused(product, 'saveSettings', { reportFolderId: 'https://drive.google.com/drive/my-drive' }).reportFolderId).toBe(
      'Folder laporan (tautan atau ID Google Drive): Tautan ini tidak memuat ID folder. Salin tautan folder dari Google Drive (Bagikan › Salin link).',
    );
  });

  it('names every problem of one save at once: a bad e-mail, a NIP that is no date, and a folder that cannot be opened', () => {
    const product = register();
    const private_ = driveAs(product, OTHER, (g) => g.DriveApp.createFolder('Pribadi').getId());
    expect(
      refused(product, 'saveSettings', {
        emailHumas: 'humas(at)kopukm',
        officialNip: '19721307 200501 2 009',
        reportFolderId: `https://drive.google.com/drive/folders/${private_}`,
      }),
    ).toEqual({
      emailHumas: 'Email Tim Humas berisi alamat email yang tidak sah.',
      officialNip: 'NIP penandatangan: Delapan digit pertama NIP harus tanggal lahir yang sah: tahun, bulan, lalu tanggal.',
      reportFolderId: FOLDER_PROBLEM,
    });
  });

  it('reads a link already in the sheet (typed there, or saved by an earlier version) as its folder', () => {
    const product = register();
    const folder = driveAs(product, ME, (g) => g.DriveApp.createFolder('Laporan Lama').getId());
    settingCell(product, 'reportFolderId').setValue(`https://drive.google.com/drive/folders/${folder}?usp=sharing`);
    const report = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(product.emu.driveItems().find((i) => i.id === report.documentId)!.path).toBe(`/My Drive/Laporan Lama/${report.name}`);
  });

  it('"Periksa instalasi" and the reports explain a folder that cannot be opened in Indonesian, without Google\'s text', () => {
    const product = register();
    settingCell(product, 'reportFolderId').setValue('1TidakAdaFolderDenganIdIni');
    const folder = checks(product)['Folder laporan'];
    expect(folder).toEqual({ item: 'Folder laporan', ok: false, detail: FOLDER_PROBLEM });
    expect(refused(product, 'generateEpisodeReport', { episodeId: 'EP-001' })).toEqual({ '': FOLDER_PROBLEM });
    product.run('showInstallationCheck', []);
    expect(product.emu.ui.alerts.at(-1)!.prompt).not.toMatch(GOOGLE_TEXT);
  });
});

describe('the kop: government, logo and nomor surat', () => {
  it('prints PEMERINTAH KABUPATEN BOGOR above the agency, and the logo set in Pengaturan above both', () => {
    const product = register();
    const logo = uploadPng(product);
    ok(product, 'saveSettings', {
      logoFileId: `https://drive.google.com/file/d/${logo}/view?usp=sharing`,
      reportNumber: '000.1.2/117/Diskopukm/2026',
    });
    const report = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(report.warnings ?? []).not.toContainEqual(expect.stringContaining('logo'));
    const [image, government, agency] = product.emu.document(report.documentId).blocks;
    // 150 px high shown 64 pt high: the width keeps the image's proportions.
    expect(image).toMatchObject({
      type: 'image',
      name: 'Logo Kabupaten Bogor.png',
      attrs: { HORIZONTAL_ALIGNMENT: 'CENTER', HEIGHT: 64, WIDTH: 51 },
    });
    expect([government, agency].map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([
      'PEMERINTAH KABUPATEN BOGOR',
      'DINAS KOPERASI DAN UKM',
    ]);
    const text = product.emu.document(report.documentId).text;
    expect(text).toContain('LAPORAN\nNOMOR 000.1.2/117/Diskopukm/2026\nTENTANG\n');
    const own = ok<ReportFile>(product, 'generatePeriodReport', {
      from: '2026-11-01',
      to: '2026-11-30',
      number: '000.1.2/118/Diskopukm/2026',
    });
    expect(product.emu.document(own.documentId).text).toContain('LAPORAN\nNOMOR 000.1.2/118/Diskopukm/2026\nTENTANG\n');
  });

  it('refuses as logo a file that is not an image or cannot be opened', () => {
    const product = register();
    const notImage = driveAs(product, ME, (g) => g.DriveApp.createFile('catatan.txt', 'bukan gambar').getId());
    expect(refused(product, 'saveSettings', { logoFileId: notImage })).toEqual({
      logoFileId: 'Logo kop di Pengaturan bukan gambar PNG, JPEG, atau GIF ("catatan.txt").',
    });
    const hidden = uploadPng(product, OTHER);
    expect(refused(product, 'saveSettings', { logoFileId: hidden }).logoFileId).toContain('Logo kop di Pengaturan tidak dapat dibuka');
  });

  it('makes the report without the logo, with a warning, when the logo is gone', () => {
    const product = register();
    const logo = uploadPng(product);
    ok(product, 'saveSettings', { logoFileId: logo });
    driveAs(product, ME, (g) => g.DriveApp.getFileById(logo).setTrashed(true));
    const report = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(report.warnings).toContain(
      'Logo kop di Pengaturan tidak dapat dibuka: berkasnya tidak ada, sudah dihapus, atau akun Anda tidak punya ' +
        'akses ke sana. Laporan dibuat tanpa logo.',
    );
    expect(product.emu.document(report.documentId).blocks[0]).toMatchObject({ type: 'paragraph', text: 'PEMERINTAH KABUPATEN BOGOR' });
    expect(checks(product)['Logo kop']).toMatchObject({ ok: false });
  });
});
