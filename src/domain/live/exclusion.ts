/** Counts in reports, percentages and the "took place" rule: not marked in "Dikecualikan" (spam, a duplicate, not a question…). */
export const isIncluded = (row: { excluded: string }): boolean => row.excluded.trim() === '';

/** Why a record is left out, as users read it (the sheet keeps the short reason its dropdown offers). */
const IN_WORDS: Record<string, string> = {
  'bukan pertanyaan': 'bukan pertanyaan',
  spam: 'pesan sampah atau iklan',
  duplikat: 'sudah tercatat (ganda)',
  'salah catat': 'salah catat',
};
/** A reason typed by hand into the sheet is shown as typed. */
export const exclusionInWords = (reason: string): string => IN_WORDS[reason.trim()] ?? reason.trim();
