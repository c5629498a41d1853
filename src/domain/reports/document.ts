/**
 * The report model: what a report says, as neutral data built by pure code, written to a Google Doc by
 * gas/report-doc.ts. Layout of the naskah dinas "Laporan" (tata naskah dinas): kop, centred title in
 * capitals, sections A–E with numbered parts, and the signature block.
 */

import { formatNip } from '../settings/nip';
import type { Settings } from '../settings/settings';
import { formatDateId, type IsoDate } from '../shared/dates';
import { NAME } from '../shared/programme';
import type { ReportBlock } from '../survey/skm-report';

/** A chart: the writer draws it as an image; the points are (label, value). */
export interface Figure {
  kind: 'figure';
  chart: 'line' | 'column';
  title: string;
  /** Column headers of the chart's data: the points' label and the value. */
  header: [string, string];
  points: Array<[string, number]>;
}

export type Block = ReportBlock | Figure;

export interface Section {
  title: string;
  blocks: Block[];
  parts?: Section[];
}

/** The kop of a regional office (tata naskah dinas): the government, the agency, its address; the emblem beside them. */
export interface Letterhead {
  /** "PEMERINTAH KABUPATEN BOGOR" */
  government: string;
  /** "DINAS KOPERASI DAN UKM": the agency without the region the first line names. */
  agency: string;
  address: string;
  contact: string;
  /** A Drive image to print above the kop; '' for none. */
  logoFileId: string;
}

export interface Signature {
  /** "Cibinong, 4 Desember 2026": no trailing period. */
  placeDate: string;
  position: string;
  name: string;
  rank: string;
  /** "NIP. 19720707 200501 2 009" */
  nip: string;
}

export interface Report {
  /** The Drive file name; also how a report is found again. */
  name: string;
  letterhead: Letterhead;
  /** Centred lines in capitals: "LAPORAN", "TENTANG", … */
  title: string[];
  sections: Section[];
  signature: Signature;
}

export const REPORT_PREFIX = `Laporan ${NAME}`;
/** What a report says where the register holds nothing: stated, never left blank. */
export const MISSING = 'Belum dicatat';
/** Left for a hand-written entry when the settings lack the official's name, rank or NIP. */
const BLANK = '……………………………';

export const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });
export const table = (header: string[], rows: string[][]): ReportBlock => ({ kind: 'table', header, rows });
export const orMissing = (value: string | null | undefined): string => (value?.trim() ? value : MISSING);

const LOWER = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'yang', 'serta']);
const ACRONYMS = new Set(['UKM', 'UMKM', 'KUKM', 'KOP-UKM', 'RI', 'UPTD', 'DKI', 'DIY']);

/** "DINAS KOPERASI DAN UKM KABUPATEN BOGOR" → "Dinas Koperasi dan UKM Kabupaten Bogor", for running text. */
export function titleCase(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      if (ACRONYMS.has(word.toUpperCase())) return word.toUpperCase();
      const lower = word.toLowerCase();
      return i > 0 && LOWER.has(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

export function letterhead(
  settings: Pick<Settings, 'governmentName' | 'agencyName' | 'agencyAddress' | 'agencyPhone' | 'agencyFax' | 'logoFileId'>,
): Letterhead {
  const contact = [settings.agencyPhone && `Telp. ${settings.agencyPhone}`, settings.agencyFax && `Faks. ${settings.agencyFax}`]
    .filter(Boolean)
    .join(', ');
  const government = settings.governmentName.trim().toUpperCase();
  // "PEMERINTAH KABUPATEN BOGOR" over "DINAS … KABUPATEN BOGOR" would name the regency twice.
  const region = government.replace(/^PEMERINTAH\s+/, '');
  let agency = settings.agencyName.trim().toUpperCase();
  if (region && region !== government && agency.endsWith(` ${region}`)) agency = agency.slice(0, -region.length).trim();
  return { government, agency, address: settings.agencyAddress, contact, logoFileId: settings.logoFileId };
}

/** The centred title: the kind of naskah, its number (left for handwriting when none is set), and what it is about. */
export function reportTitle(number: string, about: string[]): string[] {
  return ['LAPORAN', `NOMOR ${number.trim() || BLANK}`, 'TENTANG', ...about];
}

/** The signing official as the settings give them; what is not set is left for handwriting. */
export function signature(
  settings: Pick<Settings, 'dateCity' | 'officialName' | 'officialPosition' | 'officialRank' | 'officialNip'>,
  date: IsoDate,
): Signature {
  return {
    placeDate: `${settings.dateCity}, ${formatDateId(date)}`,
    position: `${settings.officialPosition.toUpperCase()},`,
    name: settings.officialName || BLANK,
    rank: settings.officialRank || BLANK,
    nip: `NIP. ${settings.officialNip ? formatNip(settings.officialNip) : BLANK}`,
  };
}

/** What the settings lack for the signature block, as a warning for the user. */
export function signatureWarning(settings: Pick<Settings, 'officialName' | 'officialRank' | 'officialNip'>): string | null {
  const missing = [!settings.officialName && 'nama', !settings.officialRank && 'pangkat/golongan', !settings.officialNip && 'NIP'].filter(
    Boolean,
  );
  return missing.length
    ? `Pengaturan belum memuat ${missing.join(', ')} pejabat penandatangan; bagian itu dikosongkan di laporan untuk diisi tangan.`
    : null;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Sections lettered A, B, … and their parts numbered 1, 2, … as the naskah dinas numbers them. */
export function numbered(sections: Section[]): Section[] {
  return sections.map((s, i) => ({
    ...s,
    title: `${LETTERS[i]}. ${s.title}`,
    parts: s.parts?.map((p, j) => ({ ...p, title: `${j + 1}. ${p.title}` })),
  }));
}

/** Every chart of a report, in reading order. */
export function figuresOf(report: Report): Figure[] {
  const walk = (s: Section): Figure[] => [...s.blocks.filter((b): b is Figure => b.kind === 'figure'), ...(s.parts ?? []).flatMap(walk)];
  return report.sections.flatMap(walk);
}

/** The closing section every report ends with. */
export const CLOSING: Section = {
  title: 'Penutup',
  blocks: [
    paragraph(
      `Demikian laporan ini disusun sebagai bahan pertanggungjawaban dan evaluasi pelaksanaan ${NAME}. ` +
        'Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.',
    ),
  ],
};
