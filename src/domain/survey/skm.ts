/**
 * The Survei Kepuasan Masyarakat of PermenPANRB No. 14 Tahun 2017: its nine elements (unsur), the
 * questionnaire, the IKM formula, the categories and the Krejcie–Morgan sample size. Weights and
 * thresholds are data: a new regulation changes these tables, not the code.
 */
import { formatNumberId, roundHalfUp } from '../shared/numbers';

export type Answer = 1 | 2 | 3 | 4;
/** One questionnaire's nine answers, in unsur order; null where the respondent left it blank. */
export type Answers = readonly (Answer | null)[];

export interface Unsur {
  code: string;
  name: string;
  /** The standard questionnaire's question. */
  question: string;
  /** Answer wording for scores 1, 2, 3, 4. */
  labels: readonly [string, string, string, string];
}

const SESUAI = ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'] as const;

/**
 * The nine unsur in the regulation's order. Implementations disagree on the order of U8/U9, so
 * every table shows the name next to the code.
 */
export const UNSUR: readonly Unsur[] = [
  {
    code: 'U1',
    name: 'Persyaratan',
    question: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
    labels: SESUAI,
  },
  {
    code: 'U2',
    name: 'Sistem, Mekanisme, dan Prosedur',
    question: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
    labels: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
  },
  {
    code: 'U3',
    name: 'Waktu Penyelesaian',
    question: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
    labels: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
  },
  // Inverted wording: the cheapest answer scores highest.
  {
    code: 'U4',
    name: 'Biaya/Tarif',
    question: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
    labels: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
  },
  {
    code: 'U5',
    name: 'Produk Spesifikasi Jenis Pelayanan',
    question:
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
    labels: SESUAI,
  },
  {
    code: 'U6',
    name: 'Kompetensi Pelaksana',
    question: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
    labels: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
  },
  {
    code: 'U7',
    name: 'Perilaku Pelaksana',
    question: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
    labels: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
  },
  {
    code: 'U8',
    name: 'Penanganan Pengaduan, Saran dan Masukan',
    question: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
    labels: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
  },
  {
    code: 'U9',
    name: 'Sarana dan Prasarana',
    question: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
    labels: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
  },
];

/** "U4 (Biaya/Tarif)" */
export const unsurLabel = (u: Unsur) => `${u.code} (${u.name})`;

/** The score of an answer's wording for unsur `index`, or null when it is not one of the four. */
export function scoreOf(index: number, label: string): Answer | null {
  const at = UNSUR[index].labels.indexOf(label.trim());
  return at < 0 ? null : ((at + 1) as Answer);
}

/**
 * The weight of each unsur: 1/9. Most reports print "0,111" but compute with exact 1/9 (a portal's
 * all-4 respondent shows 100, not 99,90); the literal reading is offered for offices that need it.
 */
export const WEIGHTS = { '1/9': 1 / 9, '0.111': 0.111 } as const;
export type WeightKey = keyof typeof WEIGHTS;
export const WEIGHT_LABELS: Record<WeightKey, string> = { '1/9': '1/9', '0.111': '0,111' };

/** The IKM (25–100) is the 1–4 index times this. */
export const CONVERSION = 25;

export interface Category {
  mutu: 'A' | 'B' | 'C' | 'D';
  kinerja: string;
  /** Lower bound on the IKM (25–100) rounded to 2 decimals. */
  min: number;
  /** Nilai persepsi, and the ranges as the regulation prints them. */
  persepsi: Answer;
  ni: string;
  nik: string;
}

/** Best first. The printed ranges leave gaps (76,60 < x < 76,61), so only lower bounds decide. */
export const CATEGORIES: readonly Category[] = [
  { mutu: 'A', kinerja: 'Sangat Baik', min: 88.31, persepsi: 4, ni: '3,5324 – 4,00', nik: '88,31 – 100,00' },
  { mutu: 'B', kinerja: 'Baik', min: 76.61, persepsi: 3, ni: '3,0644 – 3,532', nik: '76,61 – 88,30' },
  { mutu: 'C', kinerja: 'Kurang Baik', min: 65.0, persepsi: 2, ni: '2,60 – 3,064', nik: '65,00 – 76,60' },
  { mutu: 'D', kinerja: 'Tidak Baik', min: -Infinity, persepsi: 1, ni: '1,00 – 2,5996', nik: '25,00 – 64,99' },
];

/**
 * The one precision of the IKM wherever it is shown (reports, recap, dashboard, sidebar). PermenPANRB 14/2017 states the
 * index (1–4) to 4 decimals, as its Nilai Interval table (3,5324), and converts that index × 25 to 2 decimals, as its
 * Nilai Interval Konversi table (88,31); the category is read from the converted value. Rounded half up, as on paper,
 * so "3,5322 × 25 = 88,31" printed in a report holds.
 */
export const IKM_DECIMALS = { index: 4, ikm: 2 } as const;

/** "88,31": the IKM (25–100) as every report, the dashboard and the sidebar print it. */
export const formatIkm = (ikm: number): string => formatNumberId(ikm, IKM_DECIMALS.ikm);
/** "3,5322": the index (1–4) and a weighted NRR, at the index's precision. */
export const formatIkmIndex = (index: number): string => formatNumberId(index, IKM_DECIMALS.index);

/** What an unsur that no respondent answered shows instead of its NRR. */
export const NOT_RATED = 'Tidak dinilai';

/** The category of an IKM (25–100): decided on the value rounded to 2 decimals, as it is printed. */
export function categoryOf(ikm: number): Category {
  const shown = roundHalfUp(ikm, IKM_DECIMALS.ikm);
  return CATEGORIES.find((c) => shown >= c.min) as Category;
}

export interface UnsurResult {
  unsur: string;
  name: string;
  /** Σ nilai over the questionnaires that answered this unsur. */
  total: number;
  answered: number;
  /** Null when nobody answered this unsur. */
  nrr: number | null;
  weighted: number | null;
}

export interface IkmResult {
  respondents: number;
  weight: WeightKey;
  perUnsur: UnsurResult[];
  /** Σ NRR tertimbang (1–4) to IKM_DECIMALS.index; null unless every unsur has at least one answer. */
  ikm4: number | null;
  /** That index × 25 (25–100), to IKM_DECIMALS.ikm: the value printed and classified. */
  ikm: number | null;
  mutu: Category['mutu'] | null;
  kinerja: string | null;
}

/**
 * NRR per unsur over the questionnaires that answered it (a blank is left out of that unsur's
 * denominator, not counted as 0), IKM = Σ NRR × weight, × 25. The formula needs all nine NRR, so
 * while an unsur has no answer at all the IKM stays null rather than being understated.
 */
export function computeIkm(questionnaires: readonly Answers[], weight: WeightKey = '1/9'): IkmResult {
  const w = WEIGHTS[weight];
  const perUnsur = UNSUR.map((u, i): UnsurResult => {
    const given = questionnaires.map((q) => q[i]).filter((a): a is Answer => a !== null && a !== undefined);
    const total = given.reduce<number>((sum, a) => sum + a, 0);
    const nrr = given.length ? total / given.length : null;
    return { unsur: u.code, name: u.name, total, answered: given.length, nrr, weighted: nrr === null ? null : nrr * w };
  });
  const complete = perUnsur.every((u) => u.nrr !== null);
  // Every unsur has the same weight, so Σ (NRR × w) = w × Σ NRR; one multiplication keeps 100 exactly 100.
  const ikm4 = complete ? roundHalfUp(w * perUnsur.reduce((sum, u) => sum + (u.nrr as number), 0), IKM_DECIMALS.index) : null;
  const ikm = ikm4 === null ? null : roundHalfUp(ikm4 * CONVERSION, IKM_DECIMALS.ikm);
  const category = ikm === null ? null : categoryOf(ikm);
  return {
    respondents: questionnaires.length,
    weight,
    perUnsur,
    ikm4,
    ikm,
    mutu: category?.mutu ?? null,
    kinerja: category?.kinerja ?? null,
  };
}

/** Krejcie & Morgan (1970), as the guideline allows: χ² = 3,841 (1 df, 95 %), P = 0,5, d = 0,05. */
export const SAMPLE = { chiSquare: 3.841, proportion: 0.5, margin: 0.05 } as const;

/** The minimum number of respondents for a population of `population`, rounded to nearest. */
export function sampleSize(population: number): number {
  const { chiSquare: x2, proportion: p, margin: d } = SAMPLE;
  const n = Math.max(0, Math.floor(population));
  return Math.round((x2 * n * p * (1 - p)) / (d * d * (n - 1) + x2 * p * (1 - p)));
}

export interface SampleTarget {
  population: number;
  /** Krejcie–Morgan minimum for that population. */
  sample: number;
  reached: boolean;
}

export function sampleTarget(population: number, respondents: number): SampleTarget {
  const sample = sampleSize(population);
  return { population, sample, reached: respondents >= sample };
}

/** Respondent profile as on the standard form; the options double as the form's choices. */
export const PROFILE = {
  gender: { label: 'Jenis kelamin', options: ['Laki-laki', 'Perempuan'] },
  age: { label: 'Usia', options: ['Di bawah 20 tahun', '20–29 tahun', '30–39 tahun', '40–49 tahun', '50 tahun ke atas'] },
  education: { label: 'Pendidikan terakhir', options: ['SD', 'SMP', 'SMA/sederajat', 'D1–D3', 'D4/S1', 'S2', 'S3'] },
  occupation: { label: 'Pekerjaan', options: ['PNS', 'TNI', 'POLRI', 'Swasta', 'Wirausaha', 'Lainnya'] },
} as const;
export type ProfileKey = keyof typeof PROFILE;
export const PROFILE_KEYS = Object.keys(PROFILE) as ProfileKey[];
export type Profile = Partial<Record<ProfileKey, string>>;

const loose = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The profile option an answer names, ignoring case, spacing and the kind of dash; null when it names none (the
 * form's choices were edited, or "Lainnya: …" was typed). The register's columns accept only the options.
 */
export function profileOf(key: ProfileKey, answer: string): string | null {
  return PROFILE[key].options.find((o) => loose(o) === loose(answer)) ?? null;
}
