/** Reports and the dashboard (issue 8) through the built bundle on the emulator. */

import type { Product } from '../tools/harness';
import { at, call, driveAs, ok, refused, sheetRows } from './calls';
import { registerWithEpisodes, TEAM } from './fixtures/episodes';

interface ReportFile {
  documentId: string;
  url: string;
  name: string;
  pdfUrl?: string;
  warnings?: string[];
}

const OFFICIAL = {
  officialName: 'Dr. Hj. RINA MARLINA, S.E., M.Si.',
  officialRank: 'Pembina Utama Muda (IV/c)',
  officialNip: '19720707 200501 2 009',
};
/** What the product says when the report folder cannot be opened. */
const FOLDER_PROBLEM =
  'Folder laporan di Pengaturan tidak dapat dibuka: folder itu tidak ada, sudah dihapus, atau akun Anda tidak ' +
  'punya akses ke sana. Periksa tautannya, minta akses kepada pemilik folder, atau kosongkan "Folder laporan" agar folder baru dibuat.';
/** The sheets the charts are drawn from while a report is made; none may be left behind. */
const chartSheets = (product: Product) =>
  product.emu.spreadsheet
    .getSheets()
    .map((s) => s.getName())
    .filter((n) => n.startsWith('Grafik'));
const docs = (product: Product, name: string) => product.emu.driveItems().filter((i) => i.name === name && !i.trashed);

/** One episode on Jumat 27 November 2026, recorded through the sidebar functions from H−14 to H+6. */
function recordedEpisode(): Product {
  const product = registerWithEpisodes({ now: '2026-11-12T09:00:00+07:00', liveDate: '2026-11-27', settings: { ...TEAM, ...OFFICIAL } });
  at(product, '2026-11-13T10:00');
  for (const stage of ['hubungi_narasumber', 'persiapan_live']) ok(product, 'completeStage', { episodeId: 'EP-001', stage, early: true });
  at(product, '2026-11-27T08:40');
  ok(product, 'recordLiveMetrics', {
    episodeId: 'EP-001',
    totalViewers: 1250,
    peakViewers: 180,
    uniqueViewers: 640,
    avgWatchSeconds: 95,
    durationMinutes: 32,
    snapshots: [
      { time: '08:00', viewers: 40 },
      { time: '08:10', viewers: 120 },
      { time: '08:20', viewers: 180 },
      { time: '08:30', viewers: 90 },
    ],
  });
  ok(product, 'saveQuestion', {
    episodeId: 'EP-001',
    question: 'Bagaimana cara mendaftar koperasi?',
    askerHandle: '@warga1',
    answer: 'Melalui dinas.',
  });
  ok(product, 'saveQuestion', { episodeId: 'EP-001', question: '=IMPORTXML("http://x","//a") modal usaha?', askerHandle: '@warga2' });
  // Questions answered during the LIVE, before the Q&A session's window: confirmed as done early.
  for (const stage of ['live', 'tanya_jawab', 'pemantauan_penonton'])
    ok(product, 'completeStage', { episodeId: 'EP-001', stage, early: true });
  at(product, '2026-11-30T10:00');
  ok(product, 'saveFeedback', { episodeId: 'EP-001', channel: 'komentar TikTok', text: 'Sangat bermanfaat', sentiment: 'positif' });
  ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'pengumpulan_feedback' });
  at(product, '2026-12-03T10:00');
  ok(product, 'saveEvaluation', {
    episodeId: 'EP-001',
    meetingDate: '2026-12-03',
    attendees: 'Tim Pelaksana, Tim Humas',
    strengths: 'Narasumber siap',
    problems: 'Sinyal putus',
    actions: [{ action: 'Siapkan jaringan cadangan', pic: 'Tim Humas', dueDate: '2026-12-10' }],
  });
  for (const stage of ['evaluasi_bersama', 'pencatatan_evaluasi']) ok(product, 'completeStage', { episodeId: 'EP-001', stage });
  at(product, '2026-12-04T09:00');
  return product;
}

describe('episode report', () => {
  const product = recordedEpisode();
  const first = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
  const doc = product.emu.document(first.documentId);

  it('is a Google Doc in the report folder, created and saved in the settings on first use', () => {
    expect(first.name).toBe('Laporan HALO KOP-UKM – Episode EP-001 – 2026-11-27');
    expect(first.url).toBe(`https://docs.google.com/document/d/${first.documentId}/edit`);
    expect(docs(product, first.name).map((d) => d.path)).toEqual([
      '/My Drive/Laporan HALO KOP-UKM/Laporan HALO KOP-UKM – Episode EP-001 – 2026-11-27',
    ]);
    expect(first.warnings).toContain(
      'Folder "Laporan HALO KOP-UKM" dibuat di Google Drive Anda untuk menyimpan laporan. Bagikan folder itu kepada tim.',
    );
    const folder = product.emu.driveItems().find((i) => i.kind === 'folder' && i.name === 'Laporan HALO KOP-UKM')!;
    expect(ok<{ reportFolderId: string }>(product, 'getSettings', {}).reportFolderId).toBe(folder.id);
  });

  it('carries the kop, the centred title, the figures and the signature with the grouped NIP', () => {
    const [government, agency, address, contact] = doc.blocks;
    expect(government).toMatchObject({
      type: 'paragraph',
      text: 'PEMERINTAH KABUPATEN BOGOR',
      attrs: { BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' },
    });
    expect(agency).toMatchObject({
      type: 'paragraph',
      text: 'DINAS KOPERASI DAN UKM',
      attrs: { BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' },
    });
    expect(address).toMatchObject({ text: 'Jalan KSR Dadi Kusmayadi, Kelurahan Tengah, Cibinong, Bogor, Jawa Barat' });
    expect(contact).toMatchObject({ text: 'Telp. (021) 87929919, Faks. (021) 87929919' });
    expect(doc.text).toContain(
      'LAPORAN\nNOMOR ……………………………\nTENTANG\nPELAKSANAAN HALO KOP-UKM (TIKTOK) EPISODE EP-001\nJUMAT, 27 NOVEMBER 2026',
    );
    expect(doc.blocks.find((b) => b.type === 'paragraph' && b.text === 'LAPORAN')).toMatchObject({
      attrs: { HORIZONTAL_ALIGNMENT: 'CENTER', BOLD: true },
    });
    expect(doc.blocks.find((b) => b.type === 'paragraph' && b.text === 'A. Pendahuluan')).toMatchObject({ heading: 'HEADING2' });
    expect(doc.text).toContain('Total penonton\t1.250');
    expect(doc.text).toContain('Pertanyaan yang diterima: 2; dijawab: 1 (50,0%).');
    expect(doc.text).toContain('=IMPORTXML("http://x","//a") modal usaha?');
    // Ticked at 08.40 for a LIVE 08.00–08.30: done at its scheduled end, so on time (issue 17, point 2).
    expect(doc.text).toContain(
      '3\tPelaksanaan LIVE TikTok\tTim Pelaksana – Pubdisdok\t27 November 2026\t27 November 2026 pukul 08.30\tTepat waktu',
    );
    expect(doc.blocks.filter((b) => b.type === 'image')).toHaveLength(1);
    const tail = doc.blocks.slice(-8);
    expect(tail.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([
      'Cibinong, 4 Desember 2026',
      'KEPALA DINAS KOPERASI DAN UKM KABUPATEN BOGOR,',
      '',
      '',
      '',
      'Dr. Hj. RINA MARLINA, S.E., M.Si.',
      'Pembina Utama Muda (IV/c)',
      'NIP. 19720707 200501 2 009',
    ]);
    expect(tail.every((b) => b.type === 'paragraph' && b.attrs.HORIZONTAL_ALIGNMENT === 'RIGHT')).toBe(true);
  });

  it('writes the link into the episode row and leaves no chart sheet behind', () => {
    expect(sheetRows(product, 'Episode')[0]['Tautan Laporan']).toBe(first.url);
    expect(chartSheets(product)).toEqual([]);
    expect(sheetRows(product, 'Log Audit').some((r) => r.Tindakan === 'buat laporan episode' && r['ID Data'] === 'EP-001')).toBe(true);
  });

  it('builds each table with one call and keeps a fixed number of calls', () => {
    const { calls } = product.callFromSidebar('generateEpisodeReport', { episodeId: 'EP-001' });
    expect(calls['Body.appendTable']).toBe(doc.blocks.filter((b) => b.type === 'table').length);
    // One per sheet, and for each per-episode sheet read in scope: its header, key columns and the episode's rows.
    expect(calls['Range.getValues']).toBeLessThanOrEqual(22);
    expect(calls['Body.appendImage']).toBe(1);
  });

  it('updates the same document when generated again, renamed back if renamed, and trashes duplicates', () => {
    const renamed = product.emu.execute(
      () => {
        const g = product.emu.globals() as unknown as {
          DriveApp: GoogleAppsScript.Drive.DriveApp;
          DocumentApp: GoogleAppsScript.Document.DocumentApp;
        };
        g.DriveApp.getFileById(first.documentId).setName('Laporan HALO KOP-UKM – lama');
        const copy = g.DocumentApp.create(first.name);
        g.DriveApp.getFileById(copy.getId()).moveTo(
          g.DriveApp.getFolderById(product.emu.driveItems().find((i) => i.kind === 'folder' && i.name === 'Laporan HALO KOP-UKM')!.id),
        );
        return copy.getId();
      },
      { kind: 'test' },
    ).result;
    const again = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(again.documentId).toBe(first.documentId);
    expect(docs(product, first.name).map((d) => d.id)).toEqual([first.documentId]);
    expect(product.emu.driveItems().find((i) => i.id === renamed)?.trashed).toBe(true);
    const text = product.emu.document(first.documentId).text;
    expect(text.split('PELAKSANAAN HALO KOP-UKM (TIKTOK) EPISODE EP-001')).toHaveLength(2);
    expect(text.startsWith('PEMERINTAH KABUPATEN BOGOR\nDINAS KOPERASI DAN UKM\n')).toBe(true);
  });

  it('is still made, without its chart, when the chart cannot be drawn; no chart sheet is left', () => {
    const off = product.emu.hooks.onCall((key) => {
      if (key === 'EmbeddedChart.getAs') throw new Error('Service Spreadsheets timed out while accessing document');
    });
    const file = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    off();
    expect(file.warnings).toContain('Grafik tidak dapat dibuat; laporan dibuat tanpa grafik.');
    const doc = product.emu.document(file.documentId);
    expect(doc.text).toContain('(Grafik "Jumlah penonton selama LIVE" tidak dapat dibuat; angkanya ada pada tabel di bagian ini.)');
    expect(doc.blocks.some((b) => b.type === 'image')).toBe(false);
    expect(chartSheets(product)).toEqual([]);
  });

  it('leaves a chart sheet when the run is cut off at the time limit, and the next report removes it', () => {
    const chartSheets = () =>
      product.emu.spreadsheet
        .getSheets()
        .map((s) => s.getName())
        .filter((n) => n.startsWith('Grafik sementara'));
    const off = product.emu.hooks.onCall((key) => {
      if (key === 'EmbeddedChart.getAs') product.emu.setNow(product.emu.now().getTime() + 6.5 * 60_000);
    });
    expect(() => product.callFromSidebar('generateEpisodeReport', { episodeId: 'EP-001' })).toThrow('Exceeded maximum execution time');
    off();
    const [left] = chartSheets();
    expect(left).toBeDefined();
    // A report running at the same time may still be using a younger sheet: it stays.
    ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(chartSheets()).toEqual([left]);
    // Older than any execution can last: its run is over, and the next report removes it.
    product.emu.setNow(product.emu.now().getTime() + 60_000);
    ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(chartSheets()).toEqual([]);
  });

  it('puts a PDF copy beside it on request, replacing the previous one', () => {
    ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001', pdf: true });
    const withPdf = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001', pdf: true });
    const pdfs = docs(product, `${first.name}.pdf`);
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0].path).toBe(`/My Drive/Laporan HALO KOP-UKM/${first.name}.pdf`);
    expect(withPdf.pdfUrl).toBe(`https://drive.google.com/file/d/${pdfs[0].id}/view?usp=drivesdk`);
  });

  it('refuses what it cannot do and writes nothing', () => {
    expect(refused(product, 'generateEpisodeReport', { episodeId: 'EP-099' })).toEqual({ episodeId: 'Episode EP-099 tidak ditemukan.' });
    expect(refused(product, 'emailReportLink', { recipients: [TEAM.emailHumas] })).toEqual({
      documentId: 'Pilih satu: ID dokumen atau ID episode.',
    });
    const sheetId = product.emu.spreadsheet.getId();
    expect(refused(product, 'emailReportLink', { documentId: sheetId, recipients: [TEAM.emailHumas] })).toEqual({
      documentId: 'Dokumen ini bukan laporan HALO KOP-UKM.',
    });
    expect(refused(product, 'generatePeriodReport', { from: '2026-12-01', to: '2026-11-01' }).to).toContain('Sampai tanggal');
    expect(refused(product, 'generatePeriodReport', { from: '2026-01-01', to: '2027-06-30' }).to).toContain('paling panjang satu tahun');
  });

  it('refuses a report folder it can no longer open instead of making another', () => {
    const other = recordedEpisode();
    const folder = driveAs(other, 'pelaksana@example.go.id', (g) => g.DriveApp.createFolder('Laporan').getId());
    ok(other, 'saveSettings', { reportFolderId: folder });
    driveAs(other, 'pelaksana@example.go.id', (g) => g.DriveApp.getFolderById(folder).setTrashed(true));
    const errors = refused(other, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(errors['']).toBe(FOLDER_PROBLEM);
    expect(other.emu.driveItems().filter((i) => i.kind === 'document')).toEqual([]);
  });
});

describe('a report a colleague made', () => {
  const COLLEAGUE = 'humas@kopukm.example.go.id';
  type G = { DriveApp: GoogleAppsScript.Drive.DriveApp; DocumentApp: GoogleAppsScript.Document.DocumentApp };

  it('is made again by another editor of the folder: one current Doc and PDF, the register updated, earlier copies renamed', () => {
    const product = recordedEpisode();
    const owner = 'pelaksana@example.go.id'; // the emulator's default user
    const first = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001', pdf: true });
    const folderId = ok<{ reportFolderId: string }>(product, 'getSettings', {}).reportFolderId;
    // The owner's double click left a second Doc of the same name; the folder is shared with a colleague.
    product.emu.execute(
      () => {
        const { DriveApp, DocumentApp } = product.emu.globals() as unknown as G;
        const folder = DriveApp.getFolderById(folderId).addEditor(COLLEAGUE);
        DriveApp.getFileById(DocumentApp.create(first.name).getId()).moveTo(folder);
      },
      { kind: 'test' },
    );
    const current = () =>
      product.emu
        .driveItems()
        .filter((i) => i.parents.includes(folderId) && !i.trashed)
        .map((i) => [i.name, i.owner])
        .sort();
    const audits = () =>
      sheetRows(product, 'Log Audit')
        .filter((r) => String(r.Tindakan) === 'buat laporan episode')
        .map((r) => r.Pengguna);

    const again = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001', pdf: true }, COLLEAGUE);
    expect(again.documentId).toBe(first.documentId);
    expect(product.emu.document(first.documentId).text.split('PELAKSANAAN HALO KOP-UKM (TIKTOK) EPISODE EP-001')).toHaveLength(2);
    expect(current()).toEqual([
      [first.name, owner],
      [`${first.name}.pdf`, COLLEAGUE],
      [`[Versi lama] ${first.name}`, owner],
      [`[Versi lama] ${first.name}.pdf`, owner],
    ]);
    expect(again.warnings).toContain(
      `Salinan lama "${first.name}.pdf" milik ${owner} hanya dapat dibuang oleh pemiliknya; ` +
        `namanya diganti menjadi "[Versi lama] ${first.name}.pdf". Mintalah pemiliknya membuangnya.`,
    );
    expect(sheetRows(product, 'Episode')[0]['Tautan Laporan']).toBe(first.url);
    expect(audits()).toEqual([owner, COLLEAGUE]);

    // Made again by the colleague: their own previous PDF goes to the trash.
    const third = ok<ReportFile>(product, 'generateEpisodeReport', { episodeId: 'EP-001', pdf: true }, COLLEAGUE);
    expect(third.warnings ?? []).toEqual([]);
    expect(current()).toEqual([
      [first.name, owner],
      [`${first.name}.pdf`, COLLEAGUE],
      [`[Versi lama] ${first.name}`, owner],
      [`[Versi lama] ${first.name}.pdf`, owner],
    ]);
    expect(audits()).toEqual([owner, COLLEAGUE, COLLEAGUE]);
  });
});

describe('period recap', () => {
  const product = recordedEpisode();
  const recap = ok<ReportFile>(product, 'generatePeriodReport', { from: '2026-11-01', to: '2026-11-30' });

  it('states the figures of the period and the innovation index', () => {
    const text = product.emu.document(recap.documentId).text;
    expect(recap.name).toBe('Laporan HALO KOP-UKM – Rekap 2026-11-01 s.d. 2026-11-30');
    expect(text).toContain('REKAPITULASI PELAKSANAAN HALO KOP-UKM (TIKTOK)\nBULAN NOVEMBER 2026');
    expect(text).toContain('Pada bulan November 2026 dijadwalkan 1 episode: 1 terlaksana, 0 dibatalkan, dan 0 belum terlaksana.');
    expect(text).toContain('Persentase pertanyaan masyarakat yang dijawab\t50,0% (1 dari 2)\t≤ 50%');
    expect(text).toContain('Jumlah penerima manfaat\t640 orang\t≥ 501');
    expect(text).toContain('NIP. 19720707 200501 2 009');
  });

  it('leaves one document per period', () => {
    const again = ok<ReportFile>(product, 'generatePeriodReport', { from: '2026-11-01', to: '2026-11-30' });
    expect(again.documentId).toBe(recap.documentId);
    expect(docs(product, recap.name)).toHaveLength(1);
  });

  it('reports a period without episodes', () => {
    const empty = ok<ReportFile>(product, 'generatePeriodReport', { from: '2027-01-01', to: '2027-03-31' });
    const text = product.emu.document(empty.documentId).text;
    expect(text).toContain('TRIWULAN I TAHUN 2027');
    expect(text).toContain('Tidak ada episode yang dijadwalkan pada triwulan I tahun 2027.');
    expect(product.emu.document(empty.documentId).blocks.some((b) => b.type === 'image')).toBe(false);
  });
});

describe('dashboard', () => {
  const product = recordedEpisode();
  const dashboard = () => product.emu.displayValues('Dasbor') as string[][];
  const charts = () => product.emu.toJSON().spreadsheet.sheets.find((s) => s.name === 'Dasbor')?.charts ?? [];

  it('is built on demand as the first sheet, with figures, open and overdue stages, and two charts', () => {
    const { result } = product.callFromSidebar<{ ok: boolean }>('refreshDashboard', {});
    expect(result.ok).toBe(true);
    expect(product.emu.spreadsheet.getSheets()[0].getName()).toBe('Dasbor');
    const rows = dashboard();
    expect(rows[0][0]).toBe('Dasbor HALO KOP-UKM');
    // Shown as the Indonesian locale that setup sets writes numbers: a point between thousands, a decimal comma.
    expect(rows.find((r) => r[0] === 'Total penonton')?.slice(0, 3)).toEqual(['Total penonton', '0', '1.250']);
    expect(rows.find((r) => r[0] === 'Pertanyaan dijawab')?.slice(0, 3)).toEqual(['Pertanyaan dijawab', '–', '50,0%']);
    expect(rows.find((r) => r[0] === 'Tidak ada tahap yang terlambat.')).toBeDefined();
    expect(charts().map((c) => [c.type, c.options.title])).toEqual([
      ['COLUMN', 'Total penonton per episode (2026)'],
      ['LINE', 'Tahap SOP selesai tepat waktu per bulan (2026)'],
    ]);
  });

  it('says from the menu that it was refreshed', () => {
    product.run('showDashboardRefresh', []);
    expect(product.emu.ui.toasts.at(-1)?.message).toMatch(/^Dasbor diperbarui(; \d+ tahap terlambat)?\.$/);
  });

  it('is rebuilt, not added to, and "Siapkan register" leaves it alone', () => {
    const before = dashboard().length;
    const { calls } = product.callFromSidebar('refreshDashboard', {});
    expect(charts()).toHaveLength(2);
    expect(dashboard()).toHaveLength(before);
    // One write of values, formats and weights each; the two charts changed in place.
    expect([
      calls['Range.setValues'],
      calls['Range.setNumberFormats'],
      calls['Range.setFontWeights'],
      calls['Sheet.updateChart'],
      calls['Sheet.insertChart'] ?? 0,
    ]).toEqual([1, 1, 1, 2, 0]);
    expect([product.emu.cell('Dasbor', 'A1')?.style?.fontWeight, product.emu.cell('Dasbor', 'A2')?.style?.fontWeight]).toEqual([
      'bold',
      'normal',
    ]);
    const setup = product.run<{ ok: boolean; data: { created: string[]; repaired: string[] } }>('setupRegister', []).result;
    expect([...setup.data.created, ...setup.data.repaired]).not.toContain('Dasbor');
    expect(dashboard()[0][0]).toBe('Dasbor HALO KOP-UKM');
  });

  it('is refreshed by the hourly run, whose reminders go out even when the dashboard fails', () => {
    at(product, '2026-12-12T09:00');
    product.run('runReminders', [], { kind: 'trigger' });
    expect(dashboard()[1][0]).toContain('Sabtu, 12 Desember 2026 pukul 09.00 WIB');
    // Stages of a new episode fall due on 14 December; a renamed column in a sheet the run only consults (for
    // records showing stages done) makes the dashboard fail, but not the run.
    ok(product, 'scheduleEpisode', { liveDate: '2026-12-28', narasumberId: 'NS-001', topic: 'Pemasaran daring' });
    product.emu.spreadsheet.getSheetByName('Tanya Jawab')!.getRange('C1').setValue('Isi pertanyaan');
    at(product, '2026-12-14T09:00');
    const before = product.emu.outbox.length;
    const { result } = product.run<{ sent: number }>('runReminders', [], { kind: 'trigger' });
    expect(result.sent).toBeGreaterThan(0);
    expect(product.emu.outbox.length).toBeGreaterThan(before);
    expect(dashboard()[1][0]).toContain('12 Desember 2026');
    expect(product.emu.logs.some((l) => l.message.includes('Dasbor tidak diperbarui'))).toBe(true);
    expect(call(product, 'refreshDashboard', {}).ok).toBe(false);
  });
});

describe('e-mailing a report: preview, chosen recipients, folder access', () => {
  interface Preview {
    subject: string;
    body: string;
    folderUrl: string;
    recipients: Array<{ address: string; roles: string[]; suggested: boolean; canOpen: boolean }>;
  }
  const product = recordedEpisode();
  const recap = ok<ReportFile>(product, 'generatePeriodReport', { from: '2026-11-01', to: '2026-11-30', pdf: true });
  const g = product.emu.globals() as unknown as { DriveApp: GoogleAppsScript.Drive.DriveApp };
  const folderId = () => ok<{ reportFolderId: string }>(product, 'getSettings', {}).reportFolderId;

  it('shows the e-mail first: the period in words, the document, its PDF and the folder; nothing is sent', () => {
    const preview = ok<Preview>(product, 'previewReportEmail', { documentId: recap.documentId });
    expect(recap.name).toBe('Laporan HALO KOP-UKM – Rekap 2026-11-01 s.d. 2026-11-30');
    expect(preview.subject).toBe('[HALO KOP-UKM] Laporan Rekap November 2026');
    expect(preview.body).toContain(`Dokumen: ${recap.url}`);
    expect(preview.body).toContain(`PDF: ${recap.pdfUrl}`);
    expect(preview.body).toContain(`Folder laporan: https://drive.google.com/drive/folders/${folderId()}`);
    expect(preview.body).not.toContain('2026-11-01');
    expect(product.emu.outbox).toHaveLength(0);
  });

  it('offers the team with their roles, the head of office not ticked, and says who cannot open the folder', () => {
    const { recipients } = ok<Preview>(product, 'previewReportEmail', { documentId: recap.documentId });
    expect(recipients).toEqual([
      { address: TEAM.emailPelaksana, roles: ['Tim Pelaksana'], suggested: true, canOpen: false },
      { address: TEAM.emailHumas, roles: ['Tim Humas'], suggested: true, canOpen: false },
      { address: TEAM.emailPubdisdok, roles: ['Tim Pelaksana – Pubdisdok'], suggested: true, canOpen: false },
      { address: TEAM.emailKepala, roles: ['Kepala Dinas'], suggested: false, canOpen: false },
    ]);
  });

  it('sends only to the chosen, warning of those who cannot open the folder', () => {
    const sent = ok<{ recipients: string[]; shared: string[] }>(product, 'emailReportLink', {
      documentId: recap.documentId,
      recipients: [TEAM.emailHumas, TEAM.emailPubdisdok],
    });
    expect(sent.recipients).toEqual([TEAM.emailHumas, TEAM.emailPubdisdok]);
    expect(sent.shared).toEqual([]);
    expect(sent.warnings).toEqual([
      `Folder laporan belum dibagikan kepada ${TEAM.emailHumas}, ${TEAM.emailPubdisdok}; tautannya mungkin tidak dapat mereka buka.`,
    ]);
    const mail = product.emu.outbox.at(-1)!;
    expect(mail.to).toBe(`${TEAM.emailHumas},${TEAM.emailPubdisdok}`);
    expect(mail.subject).toBe('[HALO KOP-UKM] Laporan Rekap November 2026');
    expect(mail.body).toBe(ok<Preview>(product, 'previewReportEmail', { documentId: recap.documentId }).body);
    expect(mail.htmlBody).toBeUndefined();
  });

  it('shares the folder (view only) with the chosen who lack access before sending, when asked', () => {
    const sent = ok<{ shared: string[] }>(product, 'emailReportLink', {
      documentId: recap.documentId,
      recipients: [TEAM.emailKepala],
      share: true,
    });
    expect(sent.shared).toEqual([TEAM.emailKepala]);
    expect(sent.warnings).toBeUndefined();
    expect(String(g.DriveApp.getFolderById(folderId()).getAccess(TEAM.emailKepala))).toBe('VIEW');
    const { recipients } = ok<Preview>(product, 'previewReportEmail', { documentId: recap.documentId });
    expect(recipients.filter((r) => r.canOpen).map((r) => r.address)).toEqual([TEAM.emailKepala]);
  });

  it('counts a folder open to anyone with the link as open to all', () => {
    g.DriveApp.getFolderById(folderId()).setSharing(g.DriveApp.Access.ANYONE_WITH_LINK, g.DriveApp.Permission.VIEW);
    const { recipients } = ok<Preview>(product, 'previewReportEmail', { documentId: recap.documentId });
    expect(recipients.every((r) => r.canOpen)).toBe(true);
  });

  it('refuses an address that is not on the team, and an empty choice, sending nothing', () => {
    const before = product.emu.outbox.length;
    expect(refused(product, 'emailReportLink', { documentId: recap.documentId, recipients: ['orang@luar.example.com'] })).toEqual({
      recipients: 'Bukan alamat tim di Pengaturan: orang@luar.example.com. Pilih penerima dari daftar.',
    });
    expect(refused(product, 'emailReportLink', { documentId: recap.documentId, recipients: [] })).toEqual({
      recipients: 'Pilih paling sedikit satu penerima.',
    });
    expect(product.emu.outbox).toHaveLength(before);
  });

  it("names an episode report's date in words", () => {
    ok(product, 'generateEpisodeReport', { episodeId: 'EP-001' });
    expect(ok<Preview>(product, 'previewReportEmail', { episodeId: 'EP-001' }).subject).toBe(
      '[HALO KOP-UKM] Laporan Episode EP-001 – 27 November 2026',
    );
  });
});
