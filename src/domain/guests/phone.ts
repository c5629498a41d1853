/**
 * Indonesian phone numbers. Stored as text in one canonical form, "+62" and the national number
 * without its leading 0 ("+6281234567890"), so a number never loses a digit to the sheet and the
 * same number typed two ways is recognisably the same.
 */
import type { Normalised } from '../shared/validation';

const COUNTRY = '62';
/** National significant number: mobile 8xx (9–12 digits) and landlines (area code + number). */
const MIN_DIGITS = 9;
const MAX_DIGITS = 12;

/** "0812-3456-7890", "+62 812 3456 7890", "62812…", "(021) 8792 9919" → "+62…"; blank stays blank. */
export function normalisePhone(input: string): Normalised {
  const typed = input.trim();
  if (typed === '') return { value: '' };
  if (!/^\+?[\d\s.\-()]+$/.test(typed)) {
    return { problem: 'Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, kurung, dan tanda + di depan.' };
  }
  const digits = typed.replace(/\D/g, '');
  let national: string;
  if (typed.startsWith('+') || digits.startsWith('00')) {
    const international = typed.startsWith('+') ? digits : digits.slice(2);
    if (!international.startsWith(COUNTRY)) return { problem: 'Nomor telepon harus nomor Indonesia (kode negara +62).' };
    // "+62 0812…" is a common way of writing it; the 0 is not part of the number.
    national = international.slice(COUNTRY.length).replace(/^0/, '');
  } else if (digits.startsWith(COUNTRY)) {
    national = digits.slice(COUNTRY.length);
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else if (digits.startsWith('8')) {
    national = digits; // a mobile number typed without its 0
  } else {
    return { problem: 'Nomor telepon harus diawali 0, 62, atau +62 (contoh: 0812 3456 7890).' };
  }
  if (national.length < MIN_DIGITS) return { problem: 'Nomor telepon terlalu pendek; periksa apakah ada angka yang terlewat.' };
  if (national.length > MAX_DIGITS) return { problem: 'Nomor telepon terlalu panjang; periksa apakah ada angka yang berlebih.' };
  return { value: `+${COUNTRY}${national}` };
}

/** The digits wa.me expects: country code and number, no "+". */
export function whatsappNumber(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** "+6281234567890" → "081234567890": the form people type, so a search for "0812…" finds it. */
export function localPhone(phone: string): string {
  return phone.startsWith(`+${COUNTRY}`) ? `0${phone.slice(COUNTRY.length + 1)}` : phone;
}
