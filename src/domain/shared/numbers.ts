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
