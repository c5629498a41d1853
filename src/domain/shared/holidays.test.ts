import { addDays } from './dates';
import { dayOff, holidaysKnown, workingDays } from './holidays';

describe('national holidays and cuti bersama', () => {
  it('know the 2026 decree: 17 days of libur nasional and 8 of cuti bersama', () => {
    const year = Array.from({ length: 365 }, (_, i) => dayOff(addDays('2026-01-01', i))).filter((d) => d !== null);
    expect(year.filter((d) => d.kind === 'libur nasional')).toHaveLength(17);
    expect(year.filter((d) => d.kind === 'cuti bersama')).toHaveLength(8);
    expect(dayOff('2026-12-25')).toEqual({ date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'libur nasional' });
    expect(dayOff('2026-12-24')?.kind).toBe('cuti bersama');
    expect(dayOff('2026-12-23')).toBeNull();
  });

  it('know the 2027 decree: 18 + 8 days, Isra Mikraj twice', () => {
    const year = Array.from({ length: 365 }, (_, i) => dayOff(addDays('2027-01-01', i))).filter((d) => d !== null);
    expect(year.filter((d) => d.kind === 'libur nasional')).toHaveLength(18);
    expect(year.filter((d) => d.kind === 'cuti bersama')).toHaveLength(8);
    expect(year.filter((d) => d.name.startsWith('Isra Mikraj')).map((d) => d.date)).toEqual(['2027-01-05', '2027-12-26']);
  });

  it('say which years they cover', () => {
    expect(holidaysKnown('2027-06-01')).toBe(true);
    expect(holidaysKnown('2028-06-01')).toBe(false);
  });
});

describe('working days', () => {
  const office = workingDays(false);
  it('skip weekends, holidays and cuti bersama', () => {
    expect(office.isWorking('2026-12-04')).toBe(true); // Friday
    expect(office.isWorking('2026-12-05')).toBe(false); // Saturday
    expect(office.isWorking('2026-12-24')).toBe(false); // cuti bersama
    expect(office.isWorking('2026-12-25')).toBe(false); // Christmas
    expect(office.before('2026-12-28')).toBe('2026-12-23');
    expect(office.before('2026-03-25')).toBe('2026-03-17'); // over Nyepi and Idulfitri
  });

  it('count the working days of a span the same as day by day', () => {
    for (const [from, to] of [
      ['2026-12-01', '2026-12-31'],
      ['2026-03-01', '2027-04-30'],
      ['2026-12-05', '2026-12-06'],
      ['2026-12-10', '2026-12-09'],
    ]) {
      let n = 0;
      for (let d = from; d <= to; d = addDays(d, 1)) if (office.isWorking(d)) n++;
      expect(office.count(from, to)).toBe(n);
    }
    expect(office.count('2026-12-21', '2026-12-31')).toBe(7);
  });

  it('are every day when the office says so', () => {
    const every = workingDays(true);
    expect(every.isWorking('2026-12-25')).toBe(true);
    expect(every.before('2026-12-28')).toBe('2026-12-27');
    expect(every.count('2026-12-01', '2026-12-31')).toBe(31);
  });
});
