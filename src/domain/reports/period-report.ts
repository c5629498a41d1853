/** The period recap (a month, a quarter, a year, or any range): the same layout, figures over many episodes. */

import { tookPlace } from '../episodes/episodes';
import { isAnswered } from '../live/questions';
import type { Settings } from '../settings/settings';
import { formatDateId, type IsoDate, wibDate } from '../shared/dates';
import { formatNumberId, formatPercentId } from '../shared/numbers';
import { NAME } from '../shared/programme';
import { computeIkm, formatIkm } from '../survey/skm';
import { type Respondent, skmSection } from '../survey/skm-report';
import {
  conclusionsSection,
  laporan,
  MISSING,
  orMissing,
  paragraph,
  REPORT_PREFIX,
  type Report,
  type Section,
  table,
  titleCase,
} from './document';
import { actionsTable } from './episode-report';
import {
  answeredBand,
  averageViewersText,
  beneficiaryBand,
  episodeStatusLabel,
  liveEvidence,
  type PeriodFigures,
  periodFigures,
  type RegisterData,
} from './figures';
import { periodLabel } from './periods';

/** `Laporan HALO KOP-UKM – Rekap 2026-11-01 s.d. 2026-11-30`: sorts by date in Drive, one name per period. */
export const periodReportName = (from: IsoDate, to: IsoDate) => `${REPORT_PREFIX} – Rekap ${from} s.d. ${to}`;

const pct = (part: number, whole: number) => (whole ? formatPercentId(part, whole) : '–');
const n = (x: number) => formatNumberId(x);
/** "27/11": a chart's short label. */
export const dayMonth = (date: IsoDate) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;
/** "Siti Aminah (Koperasi …)"; "Siti Aminah – Koperasi …" where it already stands in brackets. */
const guestName = (f: PeriodFigures['records'][number], bracketed = false) =>
  f.guest ? `${f.guest.name}${bracketed ? ` – ${f.guest.organization}` : ` (${f.guest.organization})`}` : MISSING;

function episodesPart(f: PeriodFigures, label: string): Section {
  if (!f.records.length) return { title: 'Episode', blocks: [paragraph(`Tidak ada episode yang dijadwalkan pada ${label}.`)] };
  return {
    title: 'Episode',
    blocks: [
      paragraph(
        `Pada ${label} dijadwalkan ${n(f.records.length)} episode: ${n(f.held.length)} terlaksana, ${n(f.cancelled)} dibatalkan, ` +
          `dan ${n(f.notHeld)} belum terlaksana. Episode terhitung terlaksana bila tahap LIVE-nya ditandai selesai atau data LIVE-nya ` +
          '(angka LIVE, jumlah penonton, atau pertanyaan) sudah dicatat.',
      ),
      table(
        ['No', 'Episode', 'Tanggal LIVE', 'Narasumber', 'Status', 'Penonton', 'Pertanyaan dijawab'],
        f.records.map((r, i) => {
          const held = tookPlace(r.view);
          return [
            String(i + 1),
            r.view.id,
            formatDateId(r.view.liveDate),
            guestName(r),
            episodeStatusLabel(r.view),
            held ? (r.metrics?.totalViewers != null ? formatNumberId(r.metrics.totalViewers) : MISSING) : '–',
            held ? `${n(r.questions.filter(isAnswered).length)} dari ${n(r.questions.length)}` : '–',
          ];
        }),
      ),
    ],
  };
}

function guestsPart(f: PeriodFigures): Section {
  const g = f.guests;
  if (!f.held.length)
    return { title: 'Narasumber', blocks: [paragraph('Belum ada episode yang terlaksana, sehingga belum ada narasumber yang tampil.')] };
  return {
    title: 'Narasumber',
    blocks: [
      paragraph(
        `Narasumber episode yang terlaksana: ${n(g.koperasi)} koperasi dan ${n(g.ukm)} UKM (${n(g.distinct)} narasumber berbeda) ` +
          `dari ${n(g.byKecamatan.length)} kecamatan.`,
      ),
      table(
        ['Kecamatan', 'Koperasi', 'UKM', 'Jumlah'],
        g.byKecamatan.map((k) => [k.kecamatan, n(k.koperasi), n(k.ukm), n(k.koperasi + k.ukm)]),
      ),
    ],
  };
}

function compliancePart(f: PeriodFigures): Section {
  const { total, perStage } = f.compliance;
  if (!total.due && !total.recorded)
    return { title: 'Kepatuhan terhadap SOP', blocks: [paragraph('Belum ada tahap SOP yang jatuh tempo pada periode ini.')] };
  return {
    title: 'Kepatuhan terhadap SOP',
    blocks: [
      paragraph(
        `Dari ${formatNumberId(total.due)} tahap yang sudah jatuh tempo pada episode yang tidak dibatalkan, ${formatNumberId(total.onTime)} ` +
          `(${pct(total.onTime, total.due)}) selesai tepat waktu, ${formatNumberId(total.late)} selesai terlambat, dan ` +
          `${formatNumberId(total.overdue)} terlambat dan belum selesai.` +
          (total.recorded
            ? ` Selain itu, ${formatNumberId(total.recorded)} tahap datanya sudah tercatat tetapi belum ditandai selesai, ` +
              'sehingga ketepatan waktunya belum dapat dihitung.'
            : ''),
      ),
      table(
        ['No', 'Tahap', 'Jatuh tempo', 'Tepat waktu', 'Selesai terlambat', 'Belum selesai', 'Tepat waktu (%)'],
        perStage.map((s) => [String(s.stage.no), s.stage.title, n(s.due), n(s.onTime), n(s.late), n(s.overdue), pct(s.onTime, s.due)]),
      ),
    ],
  };
}

function viewersPart(f: PeriodFigures): Section {
  const v = f.viewers;
  if (!v.perEpisode.length) return { title: 'Penonton', blocks: [paragraph('Belum ada angka penonton yang dicatat pada periode ini.')] };
  const best = v.best!;
  return {
    title: 'Penonton',
    blocks: [
      paragraph(
        `Total penonton ${formatNumberId(v.total)} dari ${n(v.perEpisode.length)} episode yang angkanya tercatat, ` +
          `${averageViewersText(v.mean!, 'episode')}. Penonton terbanyak pada episode ${best.record.view.id} ` +
          `(${formatDateId(best.record.view.liveDate)}, ${guestName(best.record, true)}) dengan ${formatNumberId(best.value)} penonton.`,
      ),
      {
        kind: 'figure',
        chart: 'column',
        title: 'Total penonton per episode',
        header: ['Tanggal LIVE', 'Total penonton'],
        points: v.perEpisode.map((p): [string, number] => [dayMonth(p.record.view.liveDate), p.value]),
      },
    ],
  };
}

function questionsPart(f: PeriodFigures): Section {
  const q = f.questions;
  return {
    title: 'Tanya Jawab',
    blocks: [
      paragraph(
        q.received
          ? `Pertanyaan masyarakat yang diterima: ${formatNumberId(q.received)}; dijawab: ${formatNumberId(q.answered)} (${pct(q.answered, q.received)}).`
          : 'Belum ada pertanyaan masyarakat yang dicatat pada periode ini.',
      ),
    ],
  };
}

function actionsPart(f: PeriodFigures, today: IsoDate): Section {
  if (!f.openActions.length)
    return { title: 'Tindak Lanjut yang Masih Terbuka', blocks: [paragraph('Tidak ada tindak lanjut yang masih terbuka.')] };
  return {
    title: 'Tindak Lanjut yang Masih Terbuka',
    blocks: [
      actionsTable(
        f.openActions.map(({ action, record }) => ({ action, episode: record.view.id })),
        today,
      ),
    ],
  };
}

function innovationPart(f: PeriodFigures, respondents: readonly Respondent[], agency: string): Section {
  const ikm = computeIkm(respondents.map((r) => r.answers));
  const q = f.questions;
  const band = (b: string | null) => b ?? 'Belum dapat ditentukan';
  const survey = respondents.length
    ? `${formatNumberId(respondents.length)} responden SKM${ikm.ikm !== null ? `, IKM ${formatIkm(ikm.ikm)} (mutu ${ikm.mutu}, ${ikm.kinerja})` : ''}`
    : 'belum ada responden SKM';
  return {
    title: 'Capaian untuk Indeks Inovasi Daerah',
    blocks: [
      paragraph(
        `Angka berikut disusun dari register sebagai bukti (evidence) capaian inovasi ${NAME} untuk pengisian Indeks Inovasi Daerah.`,
      ),
      table(
        ['No', 'Indikator', 'Capaian', 'Parameter', 'Keterangan'],
        [
          [
            '1',
            'Sosialisasi inovasi melalui media sosial milik pemerintah',
            `${n(f.held.length)} LIVE di akun TikTok ${agency}`,
            '–',
            `${n(f.withEvidence)} episode dengan tautan bukti`,
          ],
          [
            '2',
            'Persentase pertanyaan masyarakat yang dijawab',
            q.received ? `${pct(q.answered, q.received)} (${n(q.answered)} dari ${n(q.received)})` : 'Belum ada pertanyaan',
            band(answeredBand(q.answered, q.received)),
            'Parameter: ≤ 50% / 51–90% / ≥ 91%; sumber: lembar Tanya Jawab, tanpa yang dikecualikan (spam, duplikat, bukan pertanyaan)',
          ],
          [
            '3',
            'Jumlah penerima manfaat',
            `${formatNumberId(f.beneficiaries)} orang`,
            band(beneficiaryBand(f.beneficiaries)),
            'Parameter: 1–200 / 201–500 / ≥ 501; penonton unik tiap LIVE (atau total penonton bila penonton unik tidak dicatat), dijumlahkan',
          ],
          [
            '4',
            'Monitoring dan evaluasi',
            `${n(f.evaluated)} evaluasi bersama tercatat; ${survey}`,
            respondents.length ? 'Ada laporan SKM' : 'Belum ada laporan SKM',
            'Sumber: lembar Evaluasi dan Survei Kepuasan',
          ],
          [
            '5',
            'Video inovasi',
            `${n(f.withEvidence)} dari ${n(f.held.length)} LIVE memiliki tautan rekaman atau bukti`,
            '–',
            'Tautan per episode pada tabel berikut',
          ],
        ],
      ),
      ...(f.held.length
        ? [
            table(
              ['Episode', 'Tanggal LIVE', 'Tautan bukti LIVE'],
              f.held.map((r) => [r.view.id, formatDateId(r.view.liveDate), orMissing(liveEvidence(r))]),
            ),
          ]
        : []),
    ],
  };
}

function conclusions(f: PeriodFigures, respondents: readonly Respondent[], label: string): Section {
  const findings: string[] = [
    f.records.length
      ? `Pada ${label} dijadwalkan ${n(f.records.length)} episode; ${n(f.held.length)} terlaksana, ${n(f.cancelled)} dibatalkan, dan ${n(f.notHeld)} belum terlaksana.`
      : `Tidak ada episode yang dijadwalkan pada ${label}.`,
  ];
  const c = f.compliance.total;
  if (c.due) findings.push(`${pct(c.onTime, c.due)} tahap SOP yang sudah jatuh tempo selesai tepat waktu.`);
  if (f.viewers.perEpisode.length)
    findings.push(`Total penonton ${formatNumberId(f.viewers.total)} (${averageViewersText(f.viewers.mean!, 'episode')}).`);
  if (f.questions.received)
    findings.push(
      `${n(f.questions.answered)} dari ${n(f.questions.received)} pertanyaan masyarakat terjawab (${pct(f.questions.answered, f.questions.received)}).`,
    );
  const ikm = computeIkm(respondents.map((r) => r.answers));
  if (ikm.ikm !== null) findings.push(`Indeks Kepuasan Masyarakat ${formatIkm(ikm.ikm)} (mutu ${ikm.mutu}, ${ikm.kinerja}).`);
  const advice: string[] = [];
  const weakest = f.compliance.perStage.filter((s) => s.due && s.onTime < s.due).sort((a, b) => a.onTime / a.due - b.onTime / b.due)[0];
  if (weakest)
    advice.push(
      `Ketepatan waktu terendah ada pada tahap ${weakest.stage.no}. ${weakest.stage.title} (${pct(weakest.onTime, weakest.due)}); pelaksanaannya perlu diperhatikan.`,
    );
  const unanswered = f.questions.received - f.questions.answered;
  if (unanswered) advice.push(`${n(unanswered)} pertanyaan masyarakat belum dijawab.`);
  if (f.openActions.length) advice.push(`${n(f.openActions.length)} tindak lanjut masih terbuka dan perlu diselesaikan.`);
  if (c.recorded)
    advice.push(`${n(c.recorded)} tahap datanya sudah tercatat tetapi belum ditandai selesai; tandai selesai beserta waktu selesainya.`);
  if (f.held.length && !respondents.length)
    advice.push('Survei Kepuasan Masyarakat perlu dijalankan agar indeks kepuasan dapat dilaporkan.');
  return conclusionsSection(findings, advice, 'pelaksanaan pada periode ini');
}

export interface PeriodReportInput {
  data: RegisterData;
  from: IsoDate;
  to: IsoDate;
  /** The questionnaires filled in during the period. */
  respondents: readonly Respondent[];
  settings: Settings;
  now: Date;
  /** This report's nomor surat, when not the settings'. */
  number?: string;
}

export function periodReport({ data, from, to, respondents, settings, now, number }: PeriodReportInput): Report {
  const f = periodFigures(data, from, to);
  const label = periodLabel(from, to);
  const agency = titleCase(settings.agencyName);
  const today = wibDate(now);
  const survey: Section = respondents.length
    ? { ...skmSection(respondents, { population: f.beneficiaries || undefined }), title: 'Survei Kepuasan Masyarakat' }
    : { title: 'Survei Kepuasan Masyarakat', blocks: [paragraph('Belum ada data Survei Kepuasan Masyarakat pada periode ini.')] };
  return laporan(
    {
      name: periodReportName(from, to),
      about: [`REKAPITULASI PELAKSANAAN ${NAME} (TIKTOK)`, label.toUpperCase()],
      purpose: `Laporan ini disusun sebagai rekapitulasi pelaksanaan ${NAME} pada ${label} dan sebagai bukti capaian inovasi pelayanan publik.`,
      scope:
        `Laporan ini mencakup seluruh episode yang dijadwalkan pada ${label} (${formatDateId(from)} s.d. ${formatDateId(to)}): pelaksanaan episode, ` +
        'narasumber, kepatuhan terhadap SOP, penonton, tanya jawab, survei kepuasan masyarakat, tindak lanjut, serta capaian untuk Indeks Inovasi Daerah.',
      activities: [episodesPart(f, label), guestsPart(f), compliancePart(f)],
      results: [viewersPart(f), questionsPart(f), survey, actionsPart(f, today), innovationPart(f, respondents, agency)],
      conclusions: conclusions(f, respondents, label),
    },
    settings,
    today,
    number,
  );
}
