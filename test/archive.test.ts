/**
 * Fixing records (issue 15.8): a guest archived (kept in history, hidden from the pickers) and restored, a cancelled
 * episode restored, each audited; and a register made before guests could be archived, upgraded by "Siapkan register".
 */
import { SCHEMAS } from '../src/domain/shared/schema';
import { loadProduct } from '../tools/harness';
import { call, ok, refused, sheetRows } from './calls';
import { registerFor } from './fixtures/world';

type Guest = { id: string; name: string; archivedAt: string };
const listed = (product: ReturnType<typeof registerFor>, scope?: string) =>
  ok<{ narasumber: Guest[] }>(product, 'listNarasumber', scope ? { scope } : {}).narasumber.map((g) => g.id);
const audits = (product: ReturnType<typeof registerFor>) => sheetRows(product, 'Log Audit').map((r) => `${r['Tindakan']} ${r['ID Data']}`);

describe('archiving a guest', () => {
  it('hides the guest from the pickers, keeps their episodes, and is undone by restoring; both audited', () => {
    const product = registerFor();
    ok(product, 'saveNarasumber', {
      name: 'Ibu Siti Aminah',
      organization: 'Koperasi Wanita Mekar Sari',
      type: 'koperasi',
      kecamatan: 'Cibinong',
    });
    const archived = ok<Guest>(product, 'archiveNarasumber', { id: 'NS-002' });
    expect(archived).toMatchObject({ id: 'NS-002', archivedAt: '2026-11-27 10:00' });
    expect(sheetRows(product, 'Narasumber')[1]['Diarsipkan Pada']).toEqual(new Date('2026-11-27T10:00:00+07:00'));
    expect(listed(product)).toEqual(['NS-001']);
    expect(listed(product, 'arsip')).toEqual(['NS-002']);
    expect(refused(product, 'scheduleEpisode', { liveDate: '2026-12-25', narasumberId: 'NS-002', topic: 'Uji' })).toEqual({
      narasumberId: 'Narasumber NS-002 (Ibu Siti Aminah) sudah diarsipkan. Pulihkan dulu dari daftar arsip narasumber.',
    });
    expect(refused(product, 'archiveNarasumber', { id: 'NS-002' })).toEqual({ id: 'Narasumber NS-002 sudah diarsipkan.' });
    // Editing an archived guest keeps them archived.
    ok(product, 'saveNarasumber', {
      id: 'NS-002',
      name: 'Ibu Siti A.',
      organization: 'Koperasi Wanita Mekar Sari',
      type: 'koperasi',
      kecamatan: 'Cibinong',
    });
    expect(listed(product, 'arsip')).toEqual(['NS-002']);

    expect(ok<Guest>(product, 'restoreNarasumber', { id: 'NS-002' }).archivedAt).toBe('');
    expect(listed(product).sort()).toEqual(['NS-001', 'NS-002']);
    expect(audits(product)).toEqual(expect.arrayContaining(['arsipkan narasumber NS-002', 'pulihkan narasumber NS-002']));
    expect(refused(product, 'restoreNarasumber', { id: 'NS-002' })).toEqual({ id: 'Narasumber NS-002 tidak diarsipkan.' });
  });

  it('warns, and keeps the episodes, when the guest still has episodes to come', () => {
    const product = registerFor();
    const result = call(product, 'archiveNarasumber', { id: 'NS-001' });
    expect(result).toMatchObject({
      ok: true,
      warnings: [expect.stringContaining('EP-002 (Jumat, 4 Desember 2026), EP-003 (Jumat, 11 Desember 2026)')],
    });
    expect(ok<{ guest: { name: string } }>(product, 'getEpisode', { episodeId: 'EP-002' }).guest.name).toBe('Ibu Siti Aminah');
  });
});

describe('restoring a cancelled episode', () => {
  it('schedules it again with its records, and audits both the cancellation and the restoration', () => {
    const product = registerFor();
    ok(product, 'cancelEpisode', { episodeId: 'EP-003', reason: 'Salah pilih episode' });
    const restored = ok<{ status: string; cancelReason: string }>(product, 'restoreEpisode', { episodeId: 'EP-003' });
    expect(restored).toMatchObject({ status: 'terjadwal', cancelReason: '' });
    expect(sheetRows(product, 'Episode')[2]).toMatchObject({ Status: 'terjadwal', 'Alasan Pembatalan': '' });
    const audit = sheetRows(product, 'Log Audit')
      .filter((r) => r['ID Data'] === 'EP-003')
      .map((r) => r['Tindakan']);
    expect(audit.slice(-2)).toEqual(['batalkan episode', 'pulihkan episode']);
    expect(JSON.parse(String(sheetRows(product, 'Log Audit').at(-1)!['Sebelum'])).cancelReason).toBe('Salah pilih episode');
    ok(product, 'completeStage', { episodeId: 'EP-003', stage: 'hubungi_narasumber' });
    expect(refused(product, 'restoreEpisode', { episodeId: 'EP-003' })).toEqual({ episodeId: 'Episode EP-003 tidak dibatalkan.' });
  });

  it('is refused while another episode has taken its date', () => {
    const product = registerFor();
    ok(product, 'cancelEpisode', { episodeId: 'EP-003', reason: 'Narasumber sakit' });
    ok(product, 'scheduleEpisode', { liveDate: '2026-12-11', narasumberId: 'NS-001', topic: 'Pengganti' });
    expect(refused(product, 'restoreEpisode', { episodeId: 'EP-003' })).toEqual({
      episodeId: 'Tanggal Jumat, 11 Desember 2026 sudah dipakai episode EP-004 (Pengganti). Jadwalkan ulang atau batalkan EP-004 dulu.',
    });
  });
});

describe('a register made before these changes', () => {
  it('is upgraded by "Siapkan register": the archive column and the new settings are added, and "Periksa register" accepts it', () => {
    const product = loadProduct();
    product.run('setupRegister', []);
    ok(product, 'saveNarasumber', { name: 'Ibu Siti', organization: 'Koperasi Mekar', type: 'koperasi', kecamatan: 'Cibinong' });
    // As the previous version left it: no "Diarsipkan Pada" column, no kop settings.
    const guests = product.emu.spreadsheet.getSheetByName('Narasumber')!;
    guests.deleteColumn(SCHEMAS.guests.columns.findIndex((c) => c.key === 'archivedAt') + 1);
    const settings = product.emu.spreadsheet.getSheetByName('Pengaturan')!;
    for (const key of ['governmentName', 'logoFileId', 'reportNumber']) {
      settings.deleteRow(
        settings
          .getDataRange()
          .getValues()
          .findIndex((r) => r[0] === key) + 1,
      );
    }
    expect(call(product, 'archiveNarasumber', { id: 'NS-001' })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('Siapkan register') }],
    });

    product.run('setupRegister', []);
    expect(ok<{ ok: boolean }>(product, 'checkRegister').ok).toBe(true);
    expect(ok<{ governmentName: string }>(product, 'getSettings').governmentName).toBe('PEMERINTAH KABUPATEN BOGOR');
    expect(ok<Guest>(product, 'archiveNarasumber', { id: 'NS-001' }).archivedAt).not.toBe('');
    expect(sheetRows(product, 'Narasumber')[0]['Nama']).toBe('Ibu Siti');
  });
});
