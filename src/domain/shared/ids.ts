/** Human-readable record ids: a prefix and a three-digit sequence number ("EP-001"). */
const DIGITS = 3;

/** The next `count` ids after the highest of `existing` with this prefix; other ids are ignored. */
export function nextIds(prefix: string, existing: Iterable<string>, count = 1): string[] {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let highest = 0;
  for (const id of existing) {
    const m = pattern.exec(id.trim());
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(highest + i + 1).padStart(DIGITS, '0')}`);
}
