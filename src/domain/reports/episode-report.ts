/** The report of one episode: the naskah dinas "Laporan" filled from what the register holds about it. */

import { CANCELLED, tookPlace } from '../episodes/episodes';
import { isAnswered } from '../live/questions';
import type { Settings } from '../settings/settings';
import { formatDateId, formatDateTimeId, formatDayDateId, formatTimeId, formatWindowId, wibDate } from '../shared/dates';
import { formatNumberId, formatPercentId } from '../shared/numbers';
import { NAME } from '../shared/programme';
import { STAGES } from '../shared/sop';
import { optionLabel } from '../shared/validation';
import { type Respondent, skmSection } from '../survey/skm-report';
import {
  type Block,
  conclusionsSection,
  laporan,
  MISSING,
  orMissing,
  paragraph,
  REPORT_PREFIX,
  type Report,
  type Section,
  SOP_TITLE,
  table,
} from './document';
import { averageViewers, averageViewersText, beneficiariesOf, type EpisodeRecord, type Timing, timing, timingLabel } from './figures';

/** `Laporan HALO KOP-UKM – Episode EP-012 – 2026-11-27`: the episode by the id the register and the sidebar use. */
export const episodeReportName = (id: string, liveDate: string) => `${REPORT_PREFIX} – Episode ${id} – ${liveDate}`;

const count = (n: number | null | undefined, unit = '') => (n === null || n === undefined ? MISSING : `${formatNumberId(n)}${unit}`);

function duration(seconds: number | null): string {
  if (seconds === null) return MISSING;
  const m = Math.floor(seconds / 60),
    s = Math.round(seconds % 60);
  return m ? `${m} menit ${s} detik` : `${s} detik`;
}

function guestPart(r: EpisodeRecord): Section {
  const { view, guest } = r;
  const status =
    view.status === CANCELLED
      ? `Dibatalkan (alasan: ${orMissing(view.cancelReason)})`
      : tookPlace(view)
        ? 'Terlaksana'
        : 'Belum terlaksana';
  return {
    title: 'Narasumber dan Topik',
    blocks: [
      table(
        ['Uraian', 'Keterangan'],
        [
          ['Narasumber', guest ? `${guest.name}${guest.role ? ` (${guest.role})` : ''}` : MISSING],
          ['Koperasi/UKM', orMissing(guest?.organization)],
          ['Jenis', guest?.type ? optionLabel(guest.type) : MISSING],
          ['Kecamatan', orMissing(guest?.kecamatan)],
          ['Topik', orMissing(view.topic)],
          ['Jadwal LIVE', `${formatDayDateId(view.liveDate)}, ${formatWindowId({ start: view.times.liveStart, end: view.times.liveEnd })}`],
          ['Sesi tanya jawab', formatWindowId({ start: view.times.qaStart, end: view.times.qaEnd })],
          ['Status episode', status],
        ],
      ),
    ],
  };
}

/** How the stages summary counts each timing of a stage of an episode not cancelled. */
const STAGE_COUNTS: Partial<Record<Timing, string>> = {
  onTime: 'selesai tepat waktu',
  late: 'selesai terlambat',
  recorded: 'datanya sudah tercatat tetapi belum ditandai selesai',
  overdue: 'terlambat dan belum selesai',
  open: 'belum jatuh tempo',
};

/** "a", "a serta b", "a, b, serta c": "serta", as the parts may have their own "dan". */
const listed = (parts: string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')}${parts.length > 2 ? ',' : ''} serta ${parts.at(-1)}`;

function stagesPart(r: EpisodeRecord): Section {
  const timings = r.view.stages.map((s) => timing(r.view, s));
  const n = (t: string) => timings.filter((x) => x === t).length;
  // Only the counts that are not zero (of 8 stages, at least one is).
  const counts = (Object.entries(STAGE_COUNTS) as Array<[Timing, string]>).filter(([t]) => n(t)).map(([t, words]) => `${n(t)} ${words}`);
  const summary =
    r.view.status === CANCELLED
      ? `Episode ini dibatalkan; ${n('onTime') + n('late')} dari ${STAGES.length} tahap sempat diselesaikan.`
      : `Dari ${STAGES.length} tahap SOP, ${listed(counts)}.`;
  return {
    title: 'Pelaksanaan Tahapan SOP',
    blocks: [
      paragraph(summary),
      table(
        ['No', 'Tahap', 'Pelaksana', 'Jatuh tempo', 'Selesai pada', 'Keterangan'],
        r.view.stages.map((s, i) => [
          String(s.no),
          s.title,
          s.roleLabel,
          `${formatDateId(s.dueDate)}${s.sopDate ? ` (SOP: ${formatDateId(s.sopDate)})` : ''}`,
          s.doneAt ? formatDateTimeId(s.doneAt) : 'Belum selesai',
          timingLabel(timings[i], s),
        ]),
      ),
    ],
  };
}

function metricsPart(r: EpisodeRecord): Section {
  const m = r.metrics;
  if (!m)
    return {
      title: 'Angka LIVE',
      blocks: [paragraph('Angka LIVE dari TikTok (jumlah penonton, komentar, suka, dan lainnya) belum dicatat.')],
    };
  return {
    title: 'Angka LIVE',
    blocks: [
      table(
        ['Uraian', 'Nilai'],
        [
          ['Total penonton', count(m.totalViewers)],
          ['Penonton unik', count(m.uniqueViewers)],
          ['Penonton terbanyak pada saat bersamaan', count(m.peakViewers)],
          ['Rata-rata lama menonton', duration(m.avgWatchSeconds)],
          ['Durasi LIVE', count(m.durationMinutes, ' menit')],
          ['Pengikut baru', count(m.newFollowers)],
          ['Komentar', count(m.comments)],
          ['Suka', count(m.likes)],
          ['Dibagikan', count(m.shares)],
          ['Hadiah', count(m.gifts)],
          ['Bukti (tautan)', orMissing(m.evidenceUrl)],
        ],
      ),
    ],
  };
}

function viewersPart(r: EpisodeRecord): Section {
  const points = r.viewerCounts.map((c): [string, number] => [formatTimeId(c.time.split(' ')[1] ?? c.time), c.viewers as number]);
  if (!points.length) return { title: 'Jumlah Penonton selama LIVE', blocks: [paragraph('Jumlah penonton selama LIVE belum dicatat.')] };
  const peak = points.reduce((best, p) => (p[1] > best[1] ? p : best));
  return {
    title: 'Jumlah Penonton selama LIVE',
    blocks: [
      paragraph(
        `Jumlah penonton dicatat ${formatNumberId(points.length)} kali selama LIVE, ` +
          `${averageViewersText(averageViewers(points.map((p) => p[1])) as number, 'hitungan')}; ` +
          `tertinggi ${formatNumberId(peak[1])} penonton pada pukul ${peak[0]} WIB.`,
      ),
      { kind: 'figure', chart: 'line', title: 'Jumlah penonton selama LIVE', header: ['Waktu (WIB)', 'Penonton'], points },
      table(
        ['Waktu (WIB)', 'Penonton'],
        points.map(([t, v]) => [t, formatNumberId(v)]),
      ),
    ],
  };
}

function questionsPart(r: EpisodeRecord): Section {
  const qs = r.questions;
  if (!qs.length) return { title: 'Tanya Jawab', blocks: [paragraph('Belum ada pertanyaan masyarakat yang dicatat untuk episode ini.')] };
  const answered = qs.filter(isAnswered).length;
  return {
    title: 'Tanya Jawab',
    blocks: [
      paragraph(
        `Pertanyaan yang diterima: ${formatNumberId(qs.length)}; dijawab: ${formatNumberId(answered)} (${formatPercentId(answered, qs.length)}).`,
      ),
      table(
        ['No', 'Pertanyaan', 'Penanya', 'Jawaban', 'Status'],
        qs.map((q, i) => [
          String(i + 1),
          q.question,
          orMissing(q.askerHandle),
          isAnswered(q) ? orMissing(q.answer) : 'Belum dijawab',
          q.status || (isAnswered(q) ? 'terjawab' : 'belum dijawab'),
        ]),
      ),
    ],
  };
}

function feedbackPart(r: EpisodeRecord): Section {
  const fb = r.feedback;
  if (!fb.length) return { title: 'Umpan Balik', blocks: [paragraph('Umpan balik dari sasaran program belum dicatat.')] };
  const n = (s: string) => fb.filter((f) => f.sentiment === s).length;
  return {
    title: 'Umpan Balik',
    blocks: [
      paragraph(
        `Umpan balik yang dicatat: ${formatNumberId(fb.length)} (${formatNumberId(n('positif'))} positif, ${formatNumberId(n('netral'))} netral, ${formatNumberId(n('negatif'))} negatif).`,
      ),
      table(
        ['No', 'Saluran', 'Isi', 'Sentimen'],
        fb.map((f, i) => [String(i + 1), orMissing(f.channel), orMissing(f.text), orMissing(f.sentiment)]),
      ),
    ],
  };
}

function surveyPart(respondents: readonly Respondent[], population: number | undefined): Section {
  if (!respondents.length) {
    return {
      title: 'Survei Kepuasan Masyarakat',
      blocks: [paragraph('Belum ada responden Survei Kepuasan Masyarakat untuk episode ini.')],
    };
  }
  return { ...skmSection(respondents, { population }), title: 'Survei Kepuasan Masyarakat' };
}

function evaluationPart(r: EpisodeRecord): Section {
  const e = r.evaluation;
  if (!e) return { title: 'Evaluasi Bersama', blocks: [paragraph('Hasil evaluasi bersama belum dicatat.')] };
  return {
    title: 'Evaluasi Bersama',
    blocks: [
      table(
        ['Uraian', 'Keterangan'],
        [
          ['Tanggal rapat', e.meetingDate ? formatDayDateId(e.meetingDate) : MISSING],
          ['Peserta', orMissing(e.attendees)],
          ['Hal yang berjalan baik', orMissing(e.strengths)],
          ['Kendala', orMissing(e.problems)],
        ],
      ),
    ],
  };
}

export function actionsTable(rows: Array<{ action: EpisodeRecord['actions'][number]; episode?: string }>, today: string): Block {
  const withEpisode = rows.some((r) => r.episode !== undefined);
  return table(
    ['No', ...(withEpisode ? ['Episode'] : []), 'Tindakan', 'Penanggung jawab', 'Batas waktu', 'Status'],
    rows.map(({ action: a, episode }, i) => [
      String(i + 1),
      ...(withEpisode ? [episode ?? ''] : []),
      orMissing(a.action),
      orMissing(a.pic),
      a.dueDate ? formatDateId(a.dueDate) : MISSING,
      a.status === 'selesai'
        ? `Selesai${a.doneAt ? ` (${formatDateTimeId(a.doneAt)})` : ''}`
        : a.dueDate && a.dueDate < today
          ? 'Terbuka, lewat batas waktu'
          : 'Terbuka',
    ]),
  );
}

function actionsPart(r: EpisodeRecord, today: string): Section {
  if (!r.actions.length) return { title: 'Tindak Lanjut', blocks: [paragraph('Belum ada tindak lanjut yang dicatat.')] };
  return {
    title: 'Tindak Lanjut',
    blocks: [
      actionsTable(
        r.actions.map((action) => ({ action })),
        today,
      ),
    ],
  };
}

function conclusions(r: EpisodeRecord, no: string): Section {
  const { view, guest, metrics } = r;
  const timings = view.stages.map((s) => timing(view, s));
  const who = guest ? ` dengan narasumber ${guest.name} (${guest.organization})` : '';
  const findings: string[] = [];
  if (view.status === CANCELLED)
    findings.push(
      `Episode ${no}${who} yang dijadwalkan pada ${formatDayDateId(view.liveDate)} dibatalkan (alasan: ${orMissing(view.cancelReason)}).`,
    );
  else if (tookPlace(view)) findings.push(`Episode ${no}${who} telah dilaksanakan pada ${formatDayDateId(view.liveDate)}.`);
  else findings.push(`Pelaksanaan LIVE episode ${no} yang dijadwalkan pada ${formatDayDateId(view.liveDate)} belum tercatat.`);
  if (view.status !== CANCELLED) {
    findings.push(`${timings.filter((t) => t === 'onTime').length} dari ${STAGES.length} tahap SOP selesai tepat waktu.`);
    findings.push(
      metrics?.totalViewers != null
        ? `LIVE ditonton ${formatNumberId(metrics.totalViewers)} penonton${metrics.peakViewers != null ? `, dengan ${formatNumberId(metrics.peakViewers)} penonton terbanyak pada saat bersamaan` : ''}.`
        : 'Angka penonton belum dicatat.',
    );
    const answered = r.questions.filter(isAnswered).length;
    if (r.questions.length)
      findings.push(
        `${formatNumberId(answered)} dari ${formatNumberId(r.questions.length)} pertanyaan masyarakat terjawab (${formatPercentId(answered, r.questions.length)}).`,
      );
  }
  const advice: string[] = [];
  const behind = view.stages.filter((_, i) => timings[i] === 'overdue').map((s) => `${s.no}. ${s.title}`);
  if (behind.length) advice.push(`Tahap yang terlambat dan belum selesai perlu segera diselesaikan dan dicatat: ${behind.join('; ')}.`);
  const unconfirmed = view.stages.filter((_, i) => timings[i] === 'recorded').map((s) => `${s.no}. ${s.title}`);
  if (unconfirmed.length) {
    advice.push(
      `Tahap berikut datanya sudah tercatat tetapi belum ditandai selesai: ${unconfirmed.join('; ')}. ` +
        'Tandai selesai beserta waktu selesainya agar ketepatan waktunya dapat dihitung.',
    );
  }
  const unanswered = r.questions.length - r.questions.filter(isAnswered).length;
  if (unanswered) advice.push(`${formatNumberId(unanswered)} pertanyaan belum dijawab; jawabannya perlu disampaikan kepada penanya.`);
  const open = r.actions.filter((a) => a.status !== 'selesai').length;
  if (open) advice.push(`${open} tindak lanjut masih terbuka; penanggung jawab diminta menyelesaikannya sebelum batas waktu.`);
  if (tookPlace(view)) {
    const missing = [
      !metrics && 'angka LIVE',
      !r.viewerCounts.length && 'jumlah penonton selama LIVE',
      !r.feedback.length && 'umpan balik',
      !r.evaluation && 'hasil evaluasi',
    ].filter(Boolean);
    if (missing.length) advice.push(`Data yang belum dicatat perlu dilengkapi di register: ${missing.join(', ')}.`);
  }
  return conclusionsSection(findings, advice, 'pelaksanaan episode ini');
}

export interface EpisodeReportInput {
  record: EpisodeRecord;
  respondents: readonly Respondent[];
  settings: Settings;
  now: Date;
  /** This report's nomor surat, when not the settings'. */
  number?: string;
}

export function episodeReport({ record, respondents, settings, now, number }: EpisodeReportInput): Report {
  const { view } = record;
  const no = view.id;
  const today = wibDate(now);
  return laporan(
    {
      name: episodeReportName(view.id, view.liveDate),
      about: [`PELAKSANAAN ${NAME} (TIKTOK) EPISODE ${no}`, formatDayDateId(view.liveDate).toUpperCase()],
      purpose: `Laporan ini disusun sebagai catatan dan bukti pelaksanaan episode ${no} ${NAME} menurut SOP ${SOP_TITLE}, serta sebagai bahan evaluasi program.`,
      scope:
        `Laporan ini mencakup episode ${no} yang dijadwalkan pada ${formatDayDateId(view.liveDate)}: persiapan, pelaksanaan LIVE ` +
        'dan sesi tanya jawab, pemantauan penonton, pengumpulan umpan balik, serta evaluasi bersama dan tindak lanjutnya.',
      activities: [guestPart(record), stagesPart(record)],
      results: [
        metricsPart(record),
        viewersPart(record),
        questionsPart(record),
        feedbackPart(record),
        surveyPart(respondents, beneficiariesOf(record.metrics) || undefined),
        evaluationPart(record),
        actionsPart(record, today),
      ],
      conclusions: conclusions(record, no),
    },
    settings,
    today,
    number,
  );
}
