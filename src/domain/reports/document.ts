/**
 * The report model: what a report says, as neutral data built by pure code, written to a Google Doc by
 * gas/report-doc.ts. Layout of the naskah dinas "Laporan" (tata naskah dinas): kop, centred title in
 * capitals, sections A–E with numbered parts, and the signature block.
 */

import { formatNip } from '../settings/nip';
import type { Settings } from '../settings/settings';
import { formatDateId, type IsoDate } from '../shared/dates';
import { NAME, PROGRAMME } from '../shared/programme';
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

/**
 * Why no report can be made from these settings, or null: a naskah dinas names its agency in the kop. Pengaturan
 * requires it; a value cleared by hand on the sheet is caught here.
 */
export function letterheadProblem(settings: Pick<Settings, 'agencyName'>): string | null {
  return settings.agencyName.trim()
    ? null
    : 'Nama instansi di Pengaturan masih kosong, padahal kop laporan memuatnya. Buka Pengaturan di panel, isi "Nama instansi", ' +
        'tekan Simpan, lalu buat laporan lagi.';
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

export const SOP_TITLE = `Pencatatan dan Pelaporan Hasil Inovasi ${NAME} (TikTok)`;

const BASES = (agency: string) => [
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 91 Tahun 2021 tentang Pembinaan Inovasi Pelayanan Publik',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei ' +
    'Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
  `Standar Operasional Prosedur ${SOP_TITLE} pada ${agency}`,
];

/** The introduction every report shares; `scope` is the report's own Ruang Lingkup. */
function introduction(agency: string, purpose: string, scope: string): Section {
  const bases = BASES(agency);
  return {
    title: 'Pendahuluan',
    blocks: [],
    parts: [
      {
        title: 'Umum',
        blocks: [
          paragraph(
            `${PROGRAMME} adalah inovasi pelayanan publik ${agency} berupa siaran langsung (LIVE) ` +
              'mingguan di TikTok. Dalam setiap episode, satu koperasi atau UKM di Kabupaten Bogor hadir sebagai narasumber untuk ' +
              'memperkenalkan koperasi atau produknya dan menjawab pertanyaan masyarakat tentang koperasi dan UKM.',
          ),
        ],
      },
      {
        title: 'Maksud dan Tujuan',
        blocks: [
          paragraph(
            `${purpose} Tujuan program adalah memudahkan seluruh masyarakat ` +
              'Kabupaten Bogor memperoleh informasi tentang koperasi dan UKM.',
          ),
        ],
      },
      { title: 'Ruang Lingkup', blocks: [paragraph(scope)] },
      { title: 'Dasar', blocks: bases.map((b, i) => paragraph(`${String.fromCharCode(97 + i)}. ${b}${i < bases.length - 1 ? ';' : '.'}`)) },
    ],
  };
}

/** "Simpulan dan Saran": the findings, then the advice or, where there is none, that `subject` followed the SOP. */
export function conclusionsSection(findings: readonly string[], advice: readonly string[], subject: string): Section {
  return {
    title: 'Simpulan dan Saran',
    blocks: [
      paragraph(`Simpulan: ${findings.join(' ')}`),
      paragraph(`Saran: ${advice.length ? advice.join(' ') : `Tidak ada saran khusus; ${subject} sudah sesuai SOP.`}`),
    ],
  };
}

/** The closing section every report ends with. */
const CLOSING: Section = {
  title: 'Penutup',
  blocks: [
    paragraph(
      `Demikian laporan ini disusun sebagai bahan pertanggungjawaban dan evaluasi pelaksanaan ${NAME}. ` +
        'Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.',
    ),
  ],
};

/** What a report says in its own words; the rest of the naskah dinas "Laporan" is every report's (see laporan). */
export interface LaporanContent {
  name: string;
  /** The title's lines after "TENTANG". */
  about: string[];
  /** Maksud: why this report was written. */
  purpose: string;
  /** Ruang Lingkup. */
  scope: string;
  /** The parts of "Kegiatan yang Dilaksanakan" and of "Hasil yang Dicapai". */
  activities: Section[];
  results: Section[];
  conclusions: Section;
}

/**
 * A report as every report is laid out: the kop, the title with its nomor surat (this report's, else the settings'),
 * A. Pendahuluan (the programme, purpose, scope and legal bases), B. Kegiatan yang Dilaksanakan, C. Hasil yang Dicapai,
 * D. its conclusions, E. Penutup, and the signature dated `today`.
 */
export function laporan(content: LaporanContent, settings: Settings, today: IsoDate, number?: string): Report {
  const agency = titleCase(settings.agencyName);
  return {
    name: content.name,
    letterhead: letterhead(settings),
    title: reportTitle(number ?? settings.reportNumber, content.about),
    sections: numbered([
      introduction(agency, content.purpose, content.scope),
      { title: 'Kegiatan yang Dilaksanakan', blocks: [], parts: content.activities },
      { title: 'Hasil yang Dicapai', blocks: [], parts: content.results },
      content.conclusions,
      CLOSING,
    ]),
    signature: signature(settings, today),
  };
}
