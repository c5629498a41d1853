/**
 * The SKM result section of a report, as neutral data (paragraphs and tables of text) that a Google
 * Doc, a sheet or the preview can render: the usual SKM report's parts in their usual order.
 */
import { formatNumberId, formatPercentId } from '../shared/numbers';
import {
  type Answers,
  CATEGORIES,
  computeIkm,
  formatIkm,
  formatIkmIndex,
  type IkmResult,
  NOT_RATED,
  PROFILE,
  PROFILE_KEYS,
  type Profile,
  sampleTarget,
  UNSUR,
  WEIGHT_LABELS,
  type WeightKey,
} from './skm';

export type ReportBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; header: string[]; rows: string[][] };

export interface ReportSection {
  title: string;
  blocks: ReportBlock[];
}

export interface Respondent {
  answers: Answers;
  profile: Profile;
  suggestion: string;
}

export const NOT_FILLED = 'Tidak diisi';

const rated = (x: number | null, format: (x: number) => string) => (x === null ? NOT_RATED : format(x));

function unsurTable(result: IkmResult): ReportBlock {
  return {
    kind: 'table',
    header: ['No', 'Unsur pelayanan', 'Σ nilai', 'Jumlah pengisi', 'NRR', 'NRR tertimbang'],
    rows: [
      ...result.perUnsur.map((u) => [
        u.unsur,
        u.name,
        formatNumberId(u.total),
        formatNumberId(u.answered),
        rated(u.nrr, (x) => formatNumberId(x, 2)),
        rated(u.weighted, formatIkmIndex),
      ]),
      ['', 'Jumlah (IKM skala 1–4)', '', '', '', result.ikm4 === null ? '–' : formatIkmIndex(result.ikm4)],
    ],
  };
}

function categoryTable(): ReportBlock {
  return {
    kind: 'table',
    header: ['Nilai persepsi', 'Nilai interval (NI)', 'Nilai interval konversi (NIK)', 'Mutu pelayanan', 'Kinerja unit pelayanan'],
    rows: [...CATEGORIES].reverse().map((c) => [String(c.persepsi), c.ni, c.nik, c.mutu, c.kinerja]),
  };
}

function profileTable(respondents: readonly Respondent[]): ReportBlock {
  const rows: string[][] = [];
  for (const key of PROFILE_KEYS) {
    const counts = new Map<string, number>([...PROFILE[key].options, NOT_FILLED].map((o) => [o, 0]));
    for (const r of respondents) {
      const value = r.profile[key]?.trim() || NOT_FILLED;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    for (const [value, n] of counts) {
      if (value === NOT_FILLED && n === 0) continue;
      rows.push([PROFILE[key].label, value, formatNumberId(n), formatPercentId(n, respondents.length)]);
    }
  }
  return { kind: 'table', header: ['Karakteristik', 'Kategori', 'Jumlah', 'Persentase'], rows };
}

function ikmParagraph(result: IkmResult): string {
  if (result.ikm === null) {
    const missing = result.perUnsur.filter((u) => u.answered === 0).map((u) => `${u.unsur} (${u.name})`);
    return `Nilai IKM belum dapat dihitung karena unsur berikut tidak dinilai, belum dijawab responden mana pun: ${missing.join(', ')}.`;
  }
  return (
    `Nilai IKM = ${formatIkmIndex(result.ikm4 as number)} × 25 = ${formatIkm(result.ikm)} (bobot tiap unsur ${WEIGHT_LABELS[result.weight]}). ` +
    `Mutu pelayanan ${result.mutu}, kinerja unit pelayanan ${result.kinerja}.`
  );
}

/**
 * The section for a set of questionnaires. `population` (the beneficiaries of the LIVEs surveyed, as
 * figures.ts's beneficiariesOf counts them: one definition for every report) adds the Krejcie–Morgan
 * sample size and whether the survey reached it.
 */
export function skmSection(respondents: readonly Respondent[], options: { weight?: WeightKey; population?: number } = {}): ReportSection {
  const title = 'Hasil Survei Kepuasan Masyarakat';
  if (!respondents.length)
    return { title, blocks: [{ kind: 'paragraph', text: 'Belum ada responden Survei Kepuasan Masyarakat pada periode ini.' }] };
  const result = computeIkm(
    respondents.map((r) => r.answers),
    options.weight,
  );
  let intro =
    `Survei Kepuasan Masyarakat (SKM) disusun menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017 dengan ${UNSUR.length} unsur pelayanan. ` +
    `Jumlah responden: ${formatNumberId(respondents.length)} orang.`;
  if (options.population !== undefined) {
    const target = sampleTarget(options.population, respondents.length);
    intro +=
      ` Populasi survei adalah penerima manfaat LIVE, yaitu penonton unik (atau total penonton bila penonton unik tidak dicatat): ` +
      `${formatNumberId(target.population)} orang. Sampel minimal menurut tabel Krejcie dan Morgan adalah ` +
      `${formatNumberId(target.sample)} responden; jumlah tersebut ${target.reached ? 'sudah' : 'belum'} tercapai.`;
  }
  const suggestions = respondents.map((r) => r.suggestion.trim()).filter(Boolean);
  return {
    title,
    blocks: [
      { kind: 'paragraph', text: intro },
      { kind: 'paragraph', text: 'Profil responden:' },
      profileTable(respondents),
      { kind: 'paragraph', text: 'Nilai per unsur pelayanan (NRR = Σ nilai ÷ jumlah responden yang mengisi unsur tersebut):' },
      unsurTable(result),
      { kind: 'paragraph', text: ikmParagraph(result) },
      { kind: 'paragraph', text: 'Kategori mutu pelayanan:' },
      categoryTable(),
      suggestions.length
        ? { kind: 'table', header: ['No', 'Saran dan masukan responden'], rows: suggestions.map((s, i) => [String(i + 1), s]) }
        : { kind: 'paragraph', text: 'Tidak ada saran atau masukan dari responden.' },
    ],
  };
}
