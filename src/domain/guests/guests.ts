/** Guests (narasumber): input rules, likely duplicates and the picker's search. */
import * as z from 'zod/mini';
import { GUEST_TYPES, type Row } from '../shared/schema';
import { canonical, email, form, id, type Normalised, name, oneOf, optionalText, optionLabel } from '../shared/validation';
import { KECAMATAN } from './kecamatan';
import { localPhone, normalisePhone } from './phone';

export type Guest = Row<'guests'>;
export const GUEST_ID_PREFIX = 'NS';

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** A district typed in any case or spacing ("gunung putri") becomes its official name. */
export function kecamatanOf(typed: string): Normalised {
  // Blank (the phone page, an API call) is missing, as the sidebar's unchosen list is: not a wrong district.
  if (!typed.trim()) return { problem: 'Kecamatan wajib diisi.' };
  const found = KECAMATAN.find((k) => squash(k) === squash(typed));
  return found
    ? { value: found }
    : { problem: `Kecamatan harus salah satu dari ${KECAMATAN.length} kecamatan di Kabupaten Bogor (contoh: Cibinong).` };
}

export const guestInput = form({
  /** Present when editing an existing guest. */
  id: z.optional(id('ID narasumber')),
  name: name('Nama narasumber', 120),
  organization: name('Nama koperasi/UKM', 200),
  type: oneOf('Jenis', GUEST_TYPES),
  kecamatan: canonical('Kecamatan', kecamatanOf),
  role: optionalText('Jabatan', 100),
  phone: z.optional(canonical('Nomor telepon', normalisePhone)),
  email: z.optional(z.union([z.literal(''), email('Email')], { error: 'Email bukan alamat email yang sah.' })),
  tiktok: optionalText('Akun TikTok', 100),
  products: optionalText('Produk/layanan', 2000),
});
export type GuestInput = z.output<typeof guestInput>;

/** The guest's row; `kept` carries who first entered it and whether it is archived. */
export function guestRow(input: GuestInput, id: string, kept: Pick<Guest, 'recordedBy' | 'recordedAt' | 'archivedAt'>): Guest {
  return {
    id,
    name: input.name,
    organization: input.organization,
    type: input.type,
    kecamatan: input.kecamatan,
    role: input.role?.trim() ?? '',
    phone: input.phone ?? '',
    email: input.email ?? '',
    tiktok: input.tiktok?.trim() ?? '',
    products: input.products ?? '',
    recordedBy: kept.recordedBy,
    recordedAt: kept.recordedAt,
    archivedAt: kept.archivedAt,
  };
}

/** Why each other guest may be the same one: same organisation (ignoring case and spaces) or phone. */
export function duplicateWarnings(guest: Guest, others: readonly Guest[]): string[] {
  const warnings: string[] = [];
  for (const other of others) {
    if (other.id === guest.id) continue;
    const same = [
      squash(other.organization) === squash(guest.organization) ? 'organisasi' : '',
      guest.phone && other.phone === guest.phone ? 'nomor telepon' : '',
    ].filter(Boolean);
    if (same.length) {
      const archived = other.archivedAt ? ', diarsipkan' : '';
      warnings.push(
        `Mungkin data ganda: ${other.id} ${other.name} (${other.organization}${archived}) memiliki ${same.join(' dan ')} yang sama. Periksa apakah ini narasumber yang sama.`,
      );
    }
  }
  return warnings;
}

export const isArchived = (guest: Guest): boolean => guest.archivedAt !== '';

/**
 * The organisation with its kind, for lists: "Koperasi Produsen Maju" as it is, "Keripik Bu Ani (UKM)" with its
 * kind added only when the name does not already say it.
 */
export function organizationLabel(guest: Pick<Guest, 'organization' | 'type'>): string {
  if (!guest.type) return guest.organization;
  const kind = optionLabel(guest.type);
  const words = guest.organization.toLowerCase().split(/[^a-z0-9]+/);
  return words.includes(kind.toLowerCase()) ? guest.organization : `${guest.organization} (${kind})`;
}

/** Every word of the query appears in the guest's id, name, organisation, district, type or phone. */
export function matchesQuery(guest: Guest, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [guest.id, guest.name, guest.organization, guest.kecamatan, guest.type, guest.phone, localPhone(guest.phone)]
    .join(' ')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}
