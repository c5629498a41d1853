/**
 * What a user reads when a Google service throws. Google's messages are in English or in the account's language
 * (https://developers.google.com/apps-script/api/reference/rest/v1/ExecutionError: "usually localized into the
 * user's language"), so they are matched by keywords in both, never by whole text, and never shown alone:
 * - a failure we recognise gets its Indonesian explanation only (the English adds nothing a user can act on);
 * - any other gets a general Indonesian explanation with Google's text after it in parentheses, marked as a
 *   technical detail: it is what the person who maintains the script needs to diagnose it.
 * Either way the original goes to the execution log (console.error) by the caller.
 */
import { BUSY_MESSAGE } from './lock';

/** Recognised failures: a pattern of Google's text (English, or Indonesian where its wording is known) and what it means. */
const KNOWN: ReadonlyArray<[RegExp, string]> = [
  [
    /No item with the given ID|Access denied: DriveApp|tidak dapat menemukan item/i,
    'Berkas atau folder Google Drive tidak ditemukan, sudah dihapus, atau akun Anda tidak punya akses ke sana.',
  ],
  [
    /do not have permission to call|tidak memiliki izin untuk memanggil|Required permissions|Authorization is required/i,
    'Akun Anda belum memberi izin yang diperlukan skrip ini. Tutup panel, buka lagi menu register, lalu setujui izin yang diminta.',
  ],
  [/too many times for one day/i, 'Kuota harian layanan Google untuk akun ini sudah habis. Coba lagi besok.'],
  [/Lock timeout|another process was holding the lock/i, BUSY_MESSAGE],
  [/Exceeded maximum execution time/i, 'Proses melewati batas waktu Apps Script (6 menit) dan dihentikan. Coba lagi.'],
  [
    /too many triggers/i,
    'Terlalu banyak pemicu terpasang pada skrip ini untuk akun Anda. Hapus pemicu yang tidak dipakai, lalu coba lagi.',
  ],
  [/Invalid email/i, 'Alamat email penerima tidak sah. Periksa alamat email di Pengaturan.'],
  [/Limit Exceeded: Email/i, 'Email melebihi batas Google (jumlah penerima atau ukuran pesan).'],
  [
    /too many times in a short time|timed out|try again|internal error|server error|Service unavailable|Service error/i,
    'Layanan Google sedang terganggu sementara. Tunggu sebentar, lalu coba lagi.',
  ],
];

/** Google's own text of an error, for logs and the technical detail. */
export function rawMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/^Exception:\s*/, '').replace(/[.\s]+$/, '');
}

/** The Indonesian explanation of a recognised Google failure, or null. */
export function knownGoogleFailure(error: unknown): string | null {
  const raw = rawMessage(error);
  return KNOWN.find(([pattern]) => pattern.test(raw))?.[1] ?? null;
}

/** What a user reads about any failure of a Google service (see the module's comment). */
export function explainFailure(error: unknown): string {
  return knownGoogleFailure(error) ?? `Terjadi kesalahan yang tidak terduga (keterangan teknis: ${rawMessage(error)}).`;
}

/** For the IT officer's self-test: the explanation, and Google's text after it in every case, to diagnose with. */
export function explainWithDetail(error: unknown): string {
  const known = knownGoogleFailure(error);
  return known ? `${known} (keterangan teknis: ${rawMessage(error)})` : explainFailure(error);
}
