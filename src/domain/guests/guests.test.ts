import { nextIds } from '../shared/ids';
import { validate } from '../shared/validation';
import { duplicateWarnings, type Guest, guestInput, guestRow, kecamatanOf, matchesQuery, organizationLabel } from './guests';

const recorded = { recordedBy: 'a@x.id', recordedAt: '2026-11-28 09:00', archivedAt: '' };
const guest = (id: string, organization: string, phone = ''): Guest => ({
  id,
  name: `Tamu ${id}`,
  organization,
  type: 'koperasi',
  kecamatan: 'Cibinong',
  role: '',
  phone,
  email: '',
  tiktok: '',
  products: '',
  ...recorded,
});

describe('guest input', () => {
  it('normalises the phone and the district, and trims single-line fields', () => {
    const parsed = validate(guestInput, {
      name: ' Siti Aminah ',
      organization: 'Koperasi Maju Bersama',
      type: 'koperasi',
      kecamatan: 'gunung  putri',
      phone: '0812-3456-7890',
      role: ' Ketua ',
      email: ' siti@example.id ',
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const row = guestRow(parsed.data, 'NS-001', recorded);
    expect(row).toMatchObject({
      name: 'Siti Aminah',
      kecamatan: 'Gunung Putri',
      phone: '+6281234567890',
      role: 'Ketua',
      email: 'siti@example.id',
    });
  });

  it('names each wrong field in Indonesian', () => {
    const parsed = validate(guestInput, {
      name: '',
      organization: 'X',
      type: 'pt',
      kecamatan: 'Bekasi',
      phone: '+44 20 7946 0958',
      email: 'x@',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byField = Object.fromEntries(parsed.errors.map((e) => [e.field, e.message]));
    expect(byField.name).toBe('Nama narasumber wajib diisi.');
    expect(byField.type).toBe('Pilih salah satu jenis: Koperasi, UKM.');
    expect(byField.kecamatan).toContain('40 kecamatan di Kabupaten Bogor');
    expect(byField.phone).toContain('nomor Indonesia');
    expect(byField.email).toContain('Email');
  });

  it('says a blank kecamatan is missing, as an unchosen one is, not a wrong district', () => {
    const base = { name: 'Bapak Joko', organization: 'Keripik Joko', type: 'ukm' };
    for (const kecamatan of [undefined, '', '   ']) {
      const r = validate(guestInput, { ...base, kecamatan });
      expect(r.ok ? [] : r.errors).toEqual([{ field: 'kecamatan', message: 'Kecamatan wajib diisi.' }]);
    }
  });

  it('accepts every one of the 40 kecamatan as written', () => {
    expect(kecamatanOf('Parung Panjang')).toEqual({ value: 'Parung Panjang' });
    expect(kecamatanOf('TAJURHALANG')).toEqual({ value: 'Tajurhalang' });
  });
});

describe('likely duplicates', () => {
  const others = [guest('NS-001', 'Koperasi Maju Bersama', '+6281234567890'), guest('NS-002', 'UKM Sari Rasa')];

  it('points out the same organisation ignoring case and spaces, and the same phone', () => {
    const warnings = duplicateWarnings(guest('NS-003', 'koperasi  maju bersama'), others);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('NS-001');
    expect(warnings[0]).toContain('organisasi');
    expect(duplicateWarnings(guest('NS-003', 'Lain', '+6281234567890'), others)[0]).toContain('nomor telepon');
  });

  it('does not compare a guest with itself or blank phones with each other', () => {
    expect(duplicateWarnings(others[0], others)).toEqual([]);
    expect(duplicateWarnings(guest('NS-003', 'Lain'), others)).toEqual([]);
  });
});

describe('search', () => {
  const g = guest('NS-007', 'Koperasi Maju Bersama', '+6281234567890');
  it('matches every word against id, name, organisation, district and phone', () => {
    expect(matchesQuery(g, 'maju cibinong')).toBe(true);
    expect(matchesQuery(g, 'ns-007')).toBe(true);
    expect(matchesQuery(g, '0812345')).toBe(true);
    expect(matchesQuery(g, 'maju bogor')).toBe(false);
  });
});

describe('ids', () => {
  it('continues after the highest number and ignores other ids', () => {
    expect(nextIds('EP', [])).toEqual(['EP-001']);
    expect(nextIds('EP', ['EP-002', 'EP-010', 'X-99', 'catatan'], 2)).toEqual(['EP-011', 'EP-012']);
    expect(nextIds('EP', ['EP-999'])).toEqual(['EP-1000']);
  });
});

describe('organizationLabel', () => {
  it('names the kind of organisation once', () => {
    expect(organizationLabel({ organization: 'Koperasi Produsen Maju Bersama', type: 'koperasi' })).toBe('Koperasi Produsen Maju Bersama');
    expect(organizationLabel({ organization: 'UKM Kopi Puncak', type: 'ukm' })).toBe('UKM Kopi Puncak');
    expect(organizationLabel({ organization: 'Keripik Singkong Budi', type: 'ukm' })).toBe('Keripik Singkong Budi (UKM)');
    expect(organizationLabel({ organization: 'KSP Sejahtera', type: 'koperasi' })).toBe('KSP Sejahtera (Koperasi)');
  });
});
