/**
 * Capitalisation, one rule: labels (form fields, table headers, the dashboard's rows) in Indonesian sentence case;
 * title case only for the headings of the naskah dinas (its sections and parts), as tata naskah dinas writes them.
 * Names keep their capitals: acronyms, the programme, the teams and offices, the services.
 */
import { dashboard } from '../dashboard/dashboard';
import { COLUMN_LABELS, FORMAT_LABELS } from '../live/comment-file';
import { METRIC_LABELS } from '../live/viewers';
import { SETTING_LABELS } from '../settings/settings';
import type { Report, Section } from './document';
import { episodeReport } from './episode-report';
import { recordsOf, TIMING_LABELS } from './figures';
import { NOW, RESPONDENTS, registerData, SETTINGS } from './fixture';
import { periodReport } from './period-report';

/** Words written with a capital wherever they stand: names and acronyms. */
const NAMES = new Set(
  'LIVE TikTok SOP IKM SKM NRR NI NIK ID NIP UKM KOP-UKM HALO WIB Google Drive PDF CSV JSON Lines Tim Pelaksana Humas Pubdisdok Kepala Dinas Krejcie Morgan Indeks Inovasi Daerah Survei Kepuasan Masyarakat Kabupaten Bogor'.split(
    ' ',
  ),
);
/** Words a title leaves in lower case (PUEBI: particles, prepositions and conjunctions not at the start). */
const SMALL = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'yang', 'serta', 'terhadap', 'selama', 'per', 'pada', 'dengan']);

const words = (text: string) =>
  text
    .replace(/[()"“”:,.]/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]/.test(w));
/** The words after the first that are capitalised without being a name. */
const notSentenceCase = (label: string) =>
  words(label)
    .slice(1)
    .filter((w) => /^[A-Z]/.test(w) && !NAMES.has(w));
/** The words of a heading that title case would capitalise but are not. */
const notTitleCase = (title: string) =>
  words(title.replace(/^([A-Z]|\d+)\. /, '')).filter((w, i) => /^[a-z]/.test(w) && (i === 0 || !SMALL.has(w)));

function headings(report: Report): string[] {
  const walk = (s: Section): string[] => [s.title, ...(s.parts ?? []).flatMap(walk)];
  return report.sections.flatMap(walk);
}
function tableHeaders(report: Report): string[] {
  const walk = (s: Section): string[] => [
    ...s.blocks.flatMap((b) => (b.kind === 'table' ? b.header : [])),
    ...(s.parts ?? []).flatMap(walk),
  ];
  return report.sections.flatMap(walk);
}

const data = registerData();
const episode = episodeReport({
  record: recordsOf(data)(data.views.find((v) => v.id === 'EP-001')!),
  respondents: RESPONDENTS,
  settings: SETTINGS,
  now: NOW,
});
const recap = periodReport({ data, from: '2026-11-01', to: '2026-11-30', respondents: RESPONDENTS, settings: SETTINGS, now: NOW });

describe('capitalisation', () => {
  it('writes every label in sentence case', () => {
    const board = dashboard({ data, respondents: { month: [], year: RESPONDENTS }, now: NOW });
    const labels = [
      ...Object.values(SETTING_LABELS),
      ...Object.values(METRIC_LABELS),
      ...Object.values(TIMING_LABELS),
      ...Object.values(COLUMN_LABELS),
      ...Object.values(FORMAT_LABELS),
      ...tableHeaders(episode),
      ...tableHeaders(recap),
      // The dashboard's summary rows: a label, then this month's and this year's figure.
      ...board.values.filter((row) => typeof row[1] === 'number' || row[1] === '–').map((row) => String(row[0])),
    ];
    expect(labels.filter((l) => notSentenceCase(l).length).map((l) => [l, notSentenceCase(l)])).toEqual([]);
  });

  it('writes the headings of a report in title case', () => {
    const titles = [...headings(episode), ...headings(recap)];
    expect(titles.length).toBeGreaterThan(20);
    expect(titles.filter((t) => notTitleCase(t).length).map((t) => [t, notTitleCase(t)])).toEqual([]);
  });
});
