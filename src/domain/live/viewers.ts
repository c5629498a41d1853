/**
 * How many watched: the figures read from TikTok after the LIVE ("Angka LIVE") and the viewer counts
 * noted during it. Pure: no Google service.
 */
import { formatDateId, formatTimeId, type IsoDate, isIsoDate, isTime } from '../shared/dates';
import { formatNumberId } from '../shared/numbers';
import type { Row } from '../shared/schema';
import type { FieldError, Normalised } from '../shared/validation';

export type Metrics = Row<'metrics'>;
export type ViewerCount = Row<'viewerCounts'>;

/** More viewers than this is a typing slip for the office's LIVE: refused in forms and imports alike. */
export const MAX_VIEWERS = 1_000_000;

/** The figures TikTok shows for a finished LIVE, as "Angka LIVE" holds them. */
export const METRIC_FIELDS = [
  'totalViewers',
  'peakViewers',
  'uniqueViewers',
  'avgWatchSeconds',
  'durationMinutes',
  'newFollowers',
  'comments',
  'likes',
  'shares',
  'gifts',
] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];
export type MetricFigures = Record<MetricField, number | null>;
/** The figures as the form asks for them (TikTok Studio's words). */
export const METRIC_LABELS: Record<MetricField, string> = {
  totalViewers: 'Total penonton',
  peakViewers: 'Penonton puncak (bersamaan)',
  uniqueViewers: 'Penonton unik',
  avgWatchSeconds: 'Rata-rata menonton (detik)',
  durationMinutes: 'Durasi (menit)',
  newFollowers: 'Pengikut baru',
  comments: 'Komentar',
  likes: 'Suka',
  shares: 'Dibagikan',
  gifts: 'Hadiah',
};

/** "penonton puncak 180", "durasi 32 menit", "penonton unik kosong": a figure inside a sentence, without brackets. */
function figureInWords(field: MetricField, n: number | null): string {
  const [, name, note] = /^(.*?)(?: \((.*)\))?$/.exec(METRIC_LABELS[field]) as RegExpExecArray;
  const unit = note === 'detik' || note === 'menit' ? ` ${note}` : '';
  return `${name.toLowerCase()} ${n === null ? 'kosong' : `${formatNumberId(n)}${unit}`}`;
}

/** The earlier values of the figures a new save changes, for "diperbarui (sebelumnya …)"; '' when none changed. */
export function replacedFigures(before: MetricFigures, after: MetricFigures): string {
  return METRIC_FIELDS.filter((f) => before[f] !== after[f])
    .map((f) => figureInWords(f, before[f]))
    .join(', ');
}

/**
 * A time of the LIVE: `HH:MM` (on the LIVE's day) or `YYYY-MM-DD HH:MM`, as `YYYY-MM-DD HH:MM`.
 * `sameDay` refuses another day (viewer counts are noted during the LIVE).
 */
export function liveTime(value: string, liveDate: IsoDate, label: string, sameDay: boolean): Normalised {
  const s = value.trim();
  if (isTime(s)) return { value: `${liveDate} ${s}` };
  const [date, time, extra] = s.split(' ');
  if (extra !== undefined || !isIsoDate(date) || !isTime(time ?? '')) {
    return { problem: `${label} harus berupa jam, mis. 08:15, atau tanggal dan jam, mis. 2026-11-27 08:15.` };
  }
  if (sameDay && date !== liveDate) return { problem: `${label} harus pada hari LIVE, ${formatDateId(liveDate)}.` };
  return { value: `${date} ${time}` };
}

/** Refusals for figures that contradict each other: the peak is one moment of all views. */
export function metricsErrors(m: MetricFigures): FieldError[] {
  if (m.peakViewers !== null && m.totalViewers !== null && m.peakViewers > m.totalViewers) {
    return [
      {
        field: 'peakViewers',
        message: `Penonton puncak (${formatNumberId(m.peakViewers)}) tidak boleh lebih dari total penonton (${formatNumberId(m.totalViewers)}).`,
      },
    ];
  }
  return [];
}

/** Oddities worth a second look, not a refusal (TikTok counts these in ways it does not document). */
export function metricsWarnings(m: MetricFigures, counts: readonly Pick<ViewerCount, 'viewers' | 'time'>[]): string[] {
  const warnings: string[] = [];
  if (m.uniqueViewers !== null && m.totalViewers !== null && m.uniqueViewers > m.totalViewers) {
    warnings.push('Penonton unik lebih banyak dari total penonton; periksa kembali angka dari TikTok.');
  }
  const highest = highestViewerCount(counts);
  if (highest && m.peakViewers !== null && (highest.viewers ?? 0) > m.peakViewers) {
    warnings.push(
      `Jumlah penonton yang dicatat pukul ${formatTimeId(highest.time.slice(11))} (${formatNumberId(highest.viewers ?? 0)}) lebih dari penonton puncak; periksa kembali.`,
    );
  }
  return warnings;
}

export function highestViewerCount<S extends Pick<ViewerCount, 'viewers' | 'time'>>(counts: readonly S[]): S | undefined {
  return counts.reduce<S | undefined>((best, s) => (!best || (s.viewers ?? 0) > (best.viewers ?? 0) ? s : best), undefined);
}
