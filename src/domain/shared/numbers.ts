/** Numbers as Indonesian documents write them: "." for thousands, "," for decimals (1.234,50). */

/**
 * Rounds half up to `decimals`. Snapping to 6 decimals first removes binary noise, so a value that
 * is exactly …,xx5 in decimal (88,305 computed as 88,30499999…) rounds up as it does on paper.
 */
export function roundHalfUp(x: number, decimals: number): number {
  const snapped = Math.round(x * 1e6);
  const scale = 10 ** (6 - decimals);
  return Math.round(snapped / scale) / 10 ** decimals;
}

export function formatNumberId(x: number, decimals = 0): string {
  const [whole, fraction] = Math.abs(roundHalfUp(x, decimals)).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = x < 0 && roundHalfUp(x, decimals) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** "45,5%" */
export function formatPercentId(part: number, whole: number, decimals = 1): string {
  return `${formatNumberId(whole ? (part * 100) / whole : 0, decimals)}%`;
}

/**
 * A whole number as an Indonesian types it: digits, optionally grouped in thousands with "." (or a
 * space), e.g. "1.250" or "12 500". A "," is the decimal comma and a group of other than three digits
 * is a typing slip: both are refused (null), never guessed.
 */
export function parseWholeNumberId(text: string): number | null {
  const s = text.trim();
  if (!/^\d{1,3}([. ]\d{3})+$|^\d+$/.test(s)) return null;
  const n = Number(s.replace(/[. ]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * A whole number from a form field or an imported file, or why it is not one, naming the field: the one reading of
 * numbers typed by people (sidebar forms, the phone page and the comment import all come here). `max`, when given,
 * is the largest plausible value.
 */
export function readWholeNumber(raw: string | number, label: string, max?: number): { value: number } | { problem: string } {
  const text = String(raw).trim();
  const n = typeof raw === 'number' ? raw : parseWholeNumberId(text);
  if (n === null || !Number.isSafeInteger(n)) {
    if (/^-/.test(text)) return { problem: `${label} tidak boleh negatif.` };
    if (/^\d[\d.]*,\d+$/.test(text) || (typeof raw === 'number' && Number.isFinite(raw)))
      return { problem: `${label} harus bilangan bulat, tanpa koma (mis. 1.250).` };
    return { problem: `${label} harus berupa angka bulat, mis. 1.250.` };
  }
  if (n < 0) return { problem: `${label} tidak boleh negatif.` };
  if (max !== undefined && n > max) return { problem: `${label} paling banyak ${formatNumberId(max)}; periksa kembali angkanya.` };
  return { value: n };
}
