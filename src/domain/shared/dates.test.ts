import {
  addDays,
  daysBetween,
  formatDateId,
  formatDayDateId,
  formatTimeId,
  isIsoDate,
  onOrAfterWeekday,
  weekday,
  wibDate,
  wibDateTime,
  wibInstant,
} from './dates';

describe('WIB calendar dates', () => {
  it('follows the SOP worked example', () => {
    const h = '2026-11-27';
    expect(formatDayDateId(h)).toBe('Jumat, 27 November 2026');
    expect(addDays(h, -14)).toBe('2026-11-13');
    expect(formatDayDateId(addDays(h, 3))).toBe('Senin, 30 November 2026');
    expect(formatDayDateId(addDays(h, 6))).toBe('Kamis, 3 Desember 2026');
  });

  it('crosses month and year ends', () => {
    expect(addDays('2027-01-01', -14)).toBe('2026-12-18');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
    expect(weekday('2027-01-01')).toBe(5);
  });

  it('finds the first weekday on or after a date', () => {
    expect(onOrAfterWeekday('2026-12-03', 4)).toBe('2026-12-03');
    expect(onOrAfterWeekday('2026-12-04', 4)).toBe('2026-12-10');
  });

  it('converts instants to the WIB calendar, which is UTC+7 all year', () => {
    expect(wibDate(new Date('2026-11-27T16:59:59Z'))).toBe('2026-11-27');
    expect(wibDate(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
    expect(wibInstant('2026-11-27', '08:00').toISOString()).toBe('2026-11-27T01:00:00.000Z');
    expect(wibDateTime(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01 06:30');
  });

  it('writes dates the Indonesian way', () => {
    expect(formatDateId('2026-12-04')).toBe('4 Desember 2026');
    expect(formatTimeId('08:00')).toBe('08.00');
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('27-11-2026')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});
