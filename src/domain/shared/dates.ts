/**
 * Calendar dates of the WIB calendar as `YYYY-MM-DD` strings, and Indonesian date wording.
 * WIB (Asia/Jakarta) is UTC+7 without daylight saving, so a fixed offset is exact and needs no
 * service call (Utilities.formatDate is a round trip in Apps Script).
 */
export type IsoDate = string;

const WIB_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;
/** Indexed like Date#getUTCDay: 0 = Sunday. */
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function isTime(s: string): boolean {
  return HH_MM.test(s);
}

/** Minutes since midnight of an `HH:MM` time. */
export function timeToMinutes(t: string): number {
  const [h, m] = t.split(':').map(Number);
  return h * 60 + m;
}

function toUtcMidnight(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new Error(`Not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

/** The WIB calendar date of an instant. */
export function wibDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** `HH:MM` of an instant in WIB. */
export function wibTime(instant: Date): string {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(11, 16);
}

/** `YYYY-MM-DD HH:MM` of an instant in WIB. */
export function wibDateTime(instant: Date): string {
  return `${wibDate(instant)} ${wibTime(instant)}`;
}

/** The instant of a WIB calendar date at a WIB time (default midnight). */
export function wibInstant(date: IsoDate, time = '00:00'): Date {
  return new Date(toUtcMidnight(date).getTime() + timeToMinutes(time) * 60000 - WIB_OFFSET_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMidnight(date).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMidnight(to).getTime() - toUtcMidnight(from).getTime()) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return toUtcMidnight(date).getUTCDay();
}

/** The first date on or after `date` that falls on `day`. */
export function onOrAfterWeekday(date: IsoDate, day: number): IsoDate {
  return addDays(date, (day - weekday(date) + 7) % 7);
}

/** "4 Desember 2026": full month name, no leading zero (tata naskah dinas). */
export function formatDateId(date: IsoDate): string {
  const d = toUtcMidnight(date);
  return `${d.getUTCDate()} ${MONTHS_ID[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Jumat, 4 Desember 2026". */
export function formatDayDateId(date: IsoDate): string {
  return `${DAYS_ID[weekday(date)]}, ${formatDateId(date)}`;
}

/** "08.00" as times are written in Indonesian documents. */
export function formatTimeId(time: string): string {
  return time.replace(':', '.');
}

/** "08.00–08.30 WIB". */
export function formatTimeRangeId(window: { start: string; end: string }): string {
  return `${formatTimeId(window.start)}–${formatTimeId(window.end)} WIB`;
}

/** "pukul 08.00–08.30 WIB". */
export function formatWindowId(window: { start: string; end: string }): string {
  return `pukul ${formatTimeRangeId(window)}`;
}

/** "4 Desember 2026 pukul 08.15" from a stored `YYYY-MM-DD HH:MM` (a date alone without a time). */
export function formatDateTimeId(dateTime: string): string {
  const [date, time] = dateTime.split(' ');
  return time ? `${formatDateId(date)} pukul ${formatTimeId(time)}` : formatDateId(date);
}
