/**
 * NIP (Nomor Induk Pegawai) of a civil servant: 18 digits = birth date YYYYMMDD, CPNS start YYYYMM,
 * gender (1 male, 2 female), sequence. Accepted with spaces or dots, stored as digits, printed grouped.
 */
import { isIsoDate } from '../shared/dates';

export function normaliseNip(input: string): string {
  return input.replace(/[\s.]/g, '');
}

/** Indonesian reason why a NIP is not valid, or null when it is. */
export function nipProblem(input: string): string | null {
  const nip = normaliseNip(input);
  if (!/^\d{18}$/.test(nip)) return 'NIP harus 18 digit angka.';
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const birthYear = Number(nip.slice(0, 4));
  if (!isIsoDate(birth) || birthYear < 1940) return 'Delapan digit pertama NIP harus tanggal lahir yang sah: tahun, bulan, lalu tanggal.';
  const startYear = Number(nip.slice(8, 12));
  const startMonth = Number(nip.slice(12, 14));
  if (startMonth < 1 || startMonth > 12 || startYear < birthYear + 15) {
    return 'Digit 9–14 NIP harus tahun lalu bulan pengangkatan CPNS yang sah.';
  }
  if (!'12'.includes(nip[14])) return 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2.';
  return null;
}

/** "19720707 200501 2 009" */
export function formatNip(nip: string): string {
  const d = normaliseNip(nip);
  if (d.length !== 18) return d;
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}
