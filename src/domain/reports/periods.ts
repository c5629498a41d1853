/** Report periods: a month, a quarter (triwulan) or a year, and how Indonesian text names them. */
import { addDays, formatDateId, type IsoDate, isIsoDate, MONTHS_ID } from '../shared/dates';

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

/** Which month, quarter or year the dates are exactly, if any. */
function periodOf(from: IsoDate, to: IsoDate): { kind: PeriodKind; index: number; year: number } | null {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7));
  const candidates: Array<[PeriodKind, number]> = [
    ['year', 1],
    ['quarter', Math.ceil(month / 3)],
    ['month', month],
  ];
  const found = candidates.find(([kind, index]) => {
    const r = periodRange(kind, year, index);
    return r.from === from && r.to === to;
  });
  return found ? { kind: found[0], index: found[1], year } : null;
}

/** How the period is named in running text: "bulan November 2026", "triwulan IV tahun 2026", "tahun 2026", or its dates. */
export function periodLabel(from: IsoDate, to: IsoDate): string {
  const p = periodOf(from, to);
  if (!p) return `periode ${formatDateId(from)} s.d. ${formatDateId(to)}`;
  if (p.kind === 'year') return `tahun ${p.year}`;
  return p.kind === 'quarter' ? `triwulan ${ROMAN[p.index - 1]} tahun ${p.year}` : `bulan ${MONTHS_ID[p.index - 1]} ${p.year}`;
}

/** How a title names it: "Desember 2026", "Triwulan IV 2026", "Tahun 2026", or its dates. */
export function periodTitle(from: IsoDate, to: IsoDate): string {
  const p = periodOf(from, to);
  if (!p) return `${formatDateId(from)} s.d. ${formatDateId(to)}`;
  if (p.kind === 'year') return `Tahun ${p.year}`;
  return p.kind === 'quarter' ? `Triwulan ${ROMAN[p.index - 1]} ${p.year}` : `${MONTHS_ID[p.index - 1]} ${p.year}`;
}

export const isPeriod = (from: string, to: string) => isIsoDate(from) && isIsoDate(to) && from <= to;
