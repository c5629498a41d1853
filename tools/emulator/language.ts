/**
 * The language of error messages. Apps Script's error text follows the account's language: ExecutionError.errorMessage
 * is "The error message thrown by Apps Script, usually localized into the user's language"
 * (developers.google.com/apps-script/api/reference/rest/v1/ExecutionError). Product code therefore must never tell
 * failures apart by their wording; an emulated user whose account is in Indonesian gets Indonesian messages.
 *
 * Google does not publish its Indonesian texts. The only one seen in public sources is "Anda tidak memiliki izin untuk
 * memanggil <method>" (Indonesian developers' READMEs); the others below are the emulator's translations, not Google's
 * words. What matters is that they share no wording with the English ones. Messages not listed stay in English.
 */
export type Language = 'en' | 'id';

const ID: Array<[RegExp, (...m: string[]) => string]> = [
  [/^Service invoked too many times for one day: (\w+)\.$/, (s) => `Layanan dipanggil terlalu banyak dalam satu hari: ${s}.`],
  [/^Limit Exceeded: Email Recipients Per Message\.$/, () => 'Batas Terlampaui: Jumlah Penerima Email per Pesan.'],
  [/^Limit Exceeded: Email Body Size\.$/, () => 'Batas Terlampaui: Ukuran Isi Email.'],
  [/^Limit Exceeded: Email Total Attachments Size\.$/, () => 'Batas Terlampaui: Ukuran Total Lampiran Email.'],
  [/^Invalid email: (.*)$/, (a) => `Email tidak valid: ${a}`],
  [/^Failed to send email: no recipient$/, () => 'Gagal mengirim email: tidak ada penerima'],
  [
    /^Lock timeout: another process was holding the lock for too long\.$/,
    () => 'Waktu tunggu kunci habis: proses lain memegang kunci terlalu lama.',
  ],
  [/^Exceeded maximum execution time$/, () => 'Melebihi waktu eksekusi maksimum'],
  [
    /^This script has too many triggers\. Triggers must be deleted from the script before more can be added\.$/,
    () => 'Skrip ini memiliki terlalu banyak pemicu. Hapus pemicu dari skrip sebelum menambahkan yang baru.',
  ],
  [
    /^You do not have permission to call ([\w.]+)(?:\. Required permissions: (.*))?$/,
    (m, p) => `Anda tidak memiliki izin untuk memanggil ${m}${p ? `. Izin yang diperlukan: ${p}` : ''}`,
  ],
  [
    /^The data you entered in cell (\w+) violates the data validation rules set on this cell\.$/,
    (c) => `Data yang Anda masukkan di sel ${c} melanggar aturan validasi data yang ditetapkan pada sel ini.`,
  ],
  [
    /^You are trying to edit a protected cell or object\./,
    () =>
      'Anda mencoba mengedit sel atau objek yang dilindungi. Hubungi pemilik spreadsheet untuk menghapus perlindungan jika perlu mengeditnya.',
  ],
  [/^Access denied: DriveApp\.$/, () => 'Akses ditolak: DriveApp.'],
  [
    /^No item with the given ID could be found/,
    () =>
      'Item dengan ID tersebut tidak dapat ditemukan. Mungkin Anda belum pernah mengedit item ini atau tidak memiliki izin untuk mengaksesnya.',
  ],
  [
    /^You have exceeded the property storage quota\./,
    () => 'Anda telah melampaui kuota penyimpanan properti. Hapus beberapa properti lalu coba lagi.',
  ],
];

/** `message` (English, as the emulator throws it) in `language`. */
export function localized(message: string, language: Language): string {
  if (language === 'en') return message;
  for (const [pattern, text] of ID) {
    const m = pattern.exec(message);
    if (m) return text(...m.slice(1));
  }
  return message;
}
