/**
 * Indonesian national holidays (hari libur nasional) and collective leave (cuti bersama), as set each
 * year by a joint decree (SKB) of the Ministers of Religious Affairs, Manpower and PANRB, and the
 * working days they leave. To extend: add next year's decree as one more entry of DECREES, with its
 * source. The decree leaves Idulfitri and Iduladha to the government's isbat: when an isbat or an
 * amendment of the SKB moves a day, change it here.
 */
import { addDays, daysBetween, type IsoDate, weekday } from './dates';

export type DayOffKind = 'libur nasional' | 'cuti bersama';

export interface DayOff {
  date: IsoDate;
  name: string;
  kind: DayOffKind;
}

/** One year's decree: [date, name]; a name starting with "Cuti Bersama" is cuti bersama, the rest libur nasional. */
interface Decree {
  year: number;
  days: ReadonlyArray<readonly [IsoDate, string]>;
}

const DECREES: readonly Decree[] = [
  // SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (19 September 2025): 17 libur nasional, 8 cuti bersama.
  // Idulfitri confirmed by the isbat of 19 March 2026. Source:
  // https://www.kemenkopmk.go.id/pemerintah-tetapkan-17-hari-libur-nasional-dan-8-hari-cuti-bersama-tahun-2026
  {
    year: 2026,
    days: [
      ['2026-01-01', 'Tahun Baru 2026 Masehi'],
      ['2026-01-16', 'Isra Mikraj Nabi Muhammad S.A.W.'],
      ['2026-02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili'],
      ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
      ['2026-03-18', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)'],
      ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'],
      ['2026-03-20', 'Cuti Bersama Idulfitri 1447 Hijriah'],
      ['2026-03-21', 'Idulfitri 1447 Hijriah'],
      ['2026-03-22', 'Idulfitri 1447 Hijriah'],
      ['2026-03-23', 'Cuti Bersama Idulfitri 1447 Hijriah'],
      ['2026-03-24', 'Cuti Bersama Idulfitri 1447 Hijriah'],
      ['2026-04-03', 'Wafat Yesus Kristus'],
      ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2026-05-01', 'Hari Buruh Internasional'],
      ['2026-05-14', 'Kenaikan Yesus Kristus'],
      ['2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus'],
      ['2026-05-27', 'Iduladha 1447 Hijriah'],
      ['2026-05-28', 'Cuti Bersama Iduladha 1447 Hijriah'],
      ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
      ['2026-06-01', 'Hari Lahir Pancasila'],
      ['2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'],
      ['2026-08-17', 'Proklamasi Kemerdekaan'],
      ['2026-08-25', 'Maulid Nabi Muhammad S.A.W.'],
      ['2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus'],
      ['2026-12-25', 'Kelahiran Yesus Kristus'],
    ],
  },
  // SKB Nomor 1205 Tahun 2026, Nomor 3 Tahun 2026, Nomor 2 Tahun 2026 (15 September 2026): 18 libur nasional, 8 cuti bersama.
  // TO BE VERIFIED: found only through public code repositories that cite it (and python-holidays PR #3828),
  // not on the official pages themselves. Check against
  // https://setneg.go.id/baca/index/inilah_skb_3_menteri_libur_nasional_dan_cuti_bersama_2027 and the decree's
  // PDF at Kemenko PMK; Idulfitri and Iduladha 1448 H still wait for the isbat.
  {
    year: 2027,
    days: [
      ['2027-01-01', 'Tahun Baru 2027 Masehi'],
      ['2027-01-05', 'Isra Mikraj Nabi Muhammad S.A.W. (1448 H)'],
      ['2027-02-05', 'Cuti Bersama Tahun Baru Imlek 2578 Kongzili'],
      ['2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'],
      ['2027-03-08', 'Hari Suci Nyepi (Tahun Baru Saka 1949)'],
      ['2027-03-09', 'Cuti Bersama Idulfitri 1448 Hijriah'],
      ['2027-03-10', 'Idulfitri 1448 Hijriah'],
      ['2027-03-11', 'Idulfitri 1448 Hijriah'],
      ['2027-03-12', 'Cuti Bersama Idulfitri 1448 Hijriah'],
      ['2027-03-15', 'Cuti Bersama Idulfitri 1448 Hijriah'],
      ['2027-03-25', 'Cuti Bersama Wafat Yesus Kristus'],
      ['2027-03-26', 'Wafat Yesus Kristus'],
      ['2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'],
      ['2027-05-01', 'Hari Buruh Internasional'],
      ['2027-05-06', 'Kenaikan Yesus Kristus'],
      ['2027-05-17', 'Iduladha 1448 Hijriah'],
      ['2027-05-18', 'Cuti Bersama Iduladha 1448 Hijriah'],
      ['2027-05-19', 'Cuti Bersama Hari Raya Waisak 2571 BE'],
      ['2027-05-20', 'Hari Raya Waisak 2571 BE'],
      ['2027-06-01', 'Hari Lahir Pancasila'],
      ['2027-06-06', '1 Muharam Tahun Baru Islam 1449 Hijriah'],
      ['2027-08-15', 'Maulid Nabi Muhammad S.A.W.'],
      ['2027-08-17', 'Proklamasi Kemerdekaan'],
      ['2027-12-24', 'Cuti Bersama Kelahiran Yesus Kristus'],
      ['2027-12-25', 'Kelahiran Yesus Kristus'],
      ['2027-12-26', 'Isra Mikraj Nabi Muhammad S.A.W. (1449 H)'],
    ],
  },
];

const DAYS_OFF = new Map<IsoDate, DayOff>(
  DECREES.flatMap((d) =>
    d.days.map(([date, name]): [IsoDate, DayOff] => [
      date,
      { date, name, kind: name.startsWith('Cuti Bersama') ? 'cuti bersama' : 'libur nasional' },
    ]),
  ),
);

/** The national holiday or cuti bersama on a date, if any. */
export const dayOff = (date: IsoDate): DayOff | null => DAYS_OFF.get(date) ?? null;

/** Whether the list knows the holidays of a date's year (a year without a decree here knows only weekends). */
export const holidaysKnown = (date: IsoDate): boolean => DECREES.some((d) => String(d.year) === date.slice(0, 4));

const isWeekend = (date: IsoDate) => weekday(date) === 0 || weekday(date) === 6;

/**
 * Which days count for the office: Monday to Friday that are not a holiday or cuti bersama, or, with
 * `everyDay`, all days.
 */
export function workingDays(everyDay: boolean) {
  const isWorking = (date: IsoDate) => everyDay || (!isWeekend(date) && !DAYS_OFF.has(date));
  return {
    isWorking,
    /** The last working day before `date`. */
    before(date: IsoDate): IsoDate {
      let d = addDays(date, -1);
      while (!isWorking(d)) d = addDays(d, -1);
      return d;
    },
    /** The first working day after `date`. */
    after(date: IsoDate): IsoDate {
      let d = addDays(date, 1);
      while (!isWorking(d)) d = addDays(d, 1);
      return d;
    },
    /** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
    count(from: IsoDate, to: IsoDate): number {
      const days = daysBetween(from, to) + 1;
      if (days <= 0) return 0;
      if (everyDay) return days;
      // Whole weeks hold five weekdays each; the few days left are looked at one by one.
      const weeks = Math.floor(days / 7);
      let n = weeks * 5;
      for (let d = addDays(from, weeks * 7); d <= to; d = addDays(d, 1)) if (!isWeekend(d)) n++;
      for (const date of DAYS_OFF.keys()) if (date >= from && date <= to && !isWeekend(date)) n--;
      return n;
    },
  };
}

export type WorkingDays = ReturnType<typeof workingDays>;
