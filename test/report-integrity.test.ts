/**
 * What the head of office signs never contradicts itself: no report without the agency in its kop, no empty kop line,
 * and no PDF left saying something else than its document after the report is made again.
 */

import type { Product } from '../tools/harness';
import { driveAs, ok, refused, settingCell } from './calls';
import { registerWithEpisodes } from './fixtures/episodes';

interface ReportFile {
  documentId: string;
  name: string;
  pdfUrl?: string;
  warnings?: string[];
}

const OWNER = 'pelaksana@example.go.id';
const COLLEAGUE = 'humas@example.go.id';
const NO_AGENCY =
  'Nama instansi di Pengaturan masih kosong, padahal kop laporan memuatnya. Buka Pengaturan di panel, isi "Nama instansi", ' +
  'tekan Simpan, lalu buat laporan lagi.';

const register = (): Product => registerWithEpisodes({ now: '2026-11-30T09:00:00+07:00', liveDate: '2026-11-27', pastOk: true });

describe('the kop of every report', () => {
  it('requires "Nama instansi" in Pengaturan', () => {
    const product = register();
    expect(refused(product, 'saveSettings', { agencyName: '  ' })).toEqual({ agencyName: 'Nama instansi wajib diisi.' });
  });

  it('refuses a report while "Nama instansi" was emptied on the sheet, and writes no document', () => {
    const product = register();
    settingCell(product, 'agencyName').setValue('');
    expect(refused(product, 'generateEpisodeReport', { episodeId: 'EP-001' })).toEqual({ '': NO_AGENCY });
    expect(refused(product, 'generatePeriodReport', { from: '2026-11-01', to: '2026-11-30' })).toEqual({ '': NO_AGENCY });
    expect(product.emu.driveItems().filter((i) => i.kind === 'document')).toEqual([]);
  });

  it('leaves out an empty "Pemerintah daerah" line instead of printing it blank', () => {
    const product = register();
    ok(product, 'saveSettings', { governmentName: '' });
    const report = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    const [first, second] = product.emu.document(report.documentId).blocks;
    expect([first, second].map((b) => (b as { text?: string }).text)).toEqual([
      'DINAS KOPERASI DAN UKM KABUPATEN BOGOR',
      'Jalan KSR Dadi Kusmayadi, Kelurahan Tengah, Cibinong, Bogor, Jawa Barat',
    ]);
  });
});

describe('the PDF beside a report made again', () => {
  const pdfText = (product: Product, name: string) => {
    const pdfs = product.emu.driveItems().filter((i) => i.name === `${name}.pdf` && !i.trashed);
    expect(pdfs).toHaveLength(1);
    return driveAs(product, pdfs[0].owner, (g) => g.DriveApp.getFileById(pdfs[0].id).getBlob().getDataAsString());
  };

  it('is made again with the document even when no PDF is asked for this time', () => {
    const product = register();
    const first = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001', pdf: true });
    expect(pdfText(product, first.name)).toContain('Belum ada pertanyaan masyarakat yang dicatat untuk episode ini.');
    ok(product, 'saveQuestion', { episodeId: 'EP-001', question: 'Bagaimana cara mendaftar koperasi?', askerHandle: '@warga1' });
    const again = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    const text = pdfText(product, first.name);
    expect(text).toContain('Pertanyaan yang diterima: 1; dijawab: 0 (0,0%).');
    expect(text).toContain(product.emu.document(again.documentId).text);
    expect(again.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    // A report that never had a PDF gets none unasked.
    const recap = ok<ReportFile>(product, 'generatePeriodReport', { from: '2026-11-01', to: '2026-11-30' });
    expect(recap.pdfUrl).toBeUndefined();
    expect(product.emu.driveItems().filter((i) => i.name === `${recap.name}.pdf`)).toEqual([]);
  });

  it("renames a colleague's stale PDF it may not trash, so the current one is the only one by that name", () => {
    const product = register();
    const first = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001', pdf: true });
    const folderId = ok<{ reportFolderId: string }>(product, 'getSettings', {}).reportFolderId;
    driveAs(product, OWNER, (g) => g.DriveApp.getFolderById(folderId).addEditor(COLLEAGUE));
    const again = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' }, COLLEAGUE);
    expect(again.pdfUrl).toBeDefined();
    const pdfs = product.emu
      .driveItems()
      .filter((i) => i.name.endsWith('.pdf') && !i.trashed)
      .map((i) => [i.name, i.owner])
      .sort();
    expect(pdfs).toEqual([
      [`${first.name}.pdf`, COLLEAGUE],
      [`[Versi lama] ${first.name}.pdf`, OWNER],
    ]);
    expect(again.warnings).toContain(
      `Salinan lama "${first.name}.pdf" milik ${OWNER} hanya dapat dibuang oleh pemiliknya; ` +
        `namanya diganti menjadi "[Versi lama] ${first.name}.pdf". Mintalah pemiliknya membuangnya.`,
    );
  });

  it('trashes the stale PDF when the new one cannot be made, and says so', () => {
    const product = register();
    const first = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001', pdf: true });
    const off = product.emu.hooks.onCall((key) => {
      if (key === 'File.getAs') throw new Error('Service Drive timed out');
    });
    const again = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    off();
    expect(again.pdfUrl).toBeUndefined();
    expect(product.emu.driveItems().filter((i) => i.name.endsWith('.pdf') && !i.trashed)).toEqual([]);
    expect(again.warnings).toContain(
      `Salinan PDF "${first.name}.pdf" tidak dapat dibuat; PDF lama dibuang agar tidak berbeda dari dokumennya. ` +
        'Buat laporannya lagi dengan salinan PDF nanti.',
    );
  });
});
