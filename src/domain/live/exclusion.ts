/** Counts in reports, percentages and the "took place" rule: not marked in "Dikecualikan" (spam, a duplicate, not a question…). */
export const isIncluded = (row: { excluded: string }): boolean => row.excluded.trim() === '';
