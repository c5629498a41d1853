/** Report periods: a month, a quarter (triwulan) or a year, and how Indonesian text names them. */
import { addDays, formatDateId, isIsoDate, type IsoDate } from '../shared/dates';

export type PeriodKind = 'month' | 'quarter' | 'year';
const ROMAN = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The dates of a month (index 1–12), a quarter (1–4) or a year. */
export function periodRange(kind: PeriodKind, year: number, index = 1): { from: IsoDate; to: IsoDate } {
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const first = kind === 'year' ? 1 : (index - 1) * months + 1;
  const from = `${year}-${pad(first)}-01`;
  const next = first + months > 12 ? `${year + 1}-01-01` : `${year}-${pad(first + months)}-01`;
  return { from, to: addDays(next, -1) };
}

/** How the period is named in running text: "bulan November 2026", "triwulan IV tahun 2026", "tahun 2026", or its dates. */
export function periodLabel(from: IsoDate, to: IsoDate): string {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const is = (kind: PeriodKind, index: number) => {
    const r = periodRange(kind, year, index);
    return r.from === from && r.to === to;
  };
  if (is('year', 1)) return `tahun ${year}`;
  if (is('quarter', Math.ceil(month / 3))) return `triwulan ${ROMAN[Math.ceil(month / 3) - 1]} tahun ${year}`;
  if (is('month', month)) return `bulan ${formatDateId(from).split(' ')[1]} ${year}`;
  return `periode ${formatDateId(from)} s.d. ${formatDateId(to)}`;
}

export const isPeriod = (from: string, to: string) => isIsoDate(from) && isIsoDate(to) && from <= to;
