/**
 * A register built for the report tests, with known answers (see report-figures.test.ts). Now is
 * Kamis 10 Desember 2026, 12.00 WIB.
 *
 * | episode | LIVE       | guest (type, kecamatan)    | state                                                        |
 * |---------|------------|----------------------------|--------------------------------------------------------------|
 * | EP-001  | 2026-11-06 | NS-001 (koperasi, Cibinong)| held; 8 stages on time; 250/180 viewers; 4 questions, 3 answered |
 * | EP-002  | 2026-11-13 | NS-002 (UKM, Ciawi)        | held; stage 1 late, stage 6 overdue; 400 viewers (no unique); 2 answered |
 * | EP-003  | 2026-11-20 | NS-001                     | cancelled; stages 1–2 done                                   |
 * | EP-004  | 2026-11-27 | NS-003 (UKM, Cibinong)     | held; 8 on time; 150/120 viewers; no questions               |
 * | EP-005  | 2026-12-18 | NS-002                     | scheduled; stages 1–2 overdue                                |
 */

import { episodeView, plannedEpisode, type StageRow } from '../episodes/episodes';
import type { Action, Evaluation } from '../evaluation/evaluation';
import type { Guest } from '../guests/guests';
import type { Question } from '../live/questions';
import type { Feedback } from '../live/records';
import type { Metrics, ViewerCount } from '../live/viewers';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { wibInstant } from '../shared/dates';
import type { StageKey } from '../shared/sop';
import { type Answer, UNSUR } from '../survey/skm';
import type { Respondent } from '../survey/skm-report';
import type { RegisterData } from './figures';

export const NOW = wibInstant('2026-12-10', '12:00');
const recorded = { recordedBy: 'pelaksana@x.id', recordedAt: '2026-11-01 09:00' };
const times = { liveStart: '08:00', liveEnd: '08:30', qaStart: '09:00', qaEnd: '09:30' };

export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  officialName: 'Dr. Hj. RINA MARLINA, S.E., M.Si.',
  officialRank: 'Pembina Utama Muda (IV/c)',
  officialNip: '197207072005012009',
  emailPelaksana: 'pelaksana@x.id',
};

const guest = (id: string, name: string, organization: string, type: string, kecamatan: string): Guest => ({
  id,
  name,
  organization,
  type,
  kecamatan,
  role: 'Ketua',
  phone: '',
  email: '',
  tiktok: '',
  products: '',
  ...recorded,
  archivedAt: '',
});
export const GUESTS = [
  guest('NS-001', 'Siti Aminah', 'Koperasi Wanita Mekar Sari', 'koperasi', 'Cibinong'),
  guest('NS-002', 'Budi Santoso', 'Keripik Singkong Budi', 'ukm', 'Ciawi'),
  guest('NS-003', 'Dewi Lestari', 'Kopi Gunung Halimun', 'ukm', 'Cibinong'),
];

type Done = Partial<Record<StageKey, string>>;
/** Every stage done at 08.00 on its due date: on time, also for the LIVE and Q&A windows. */
const ALL = 'all';

function episode(id: string, liveDate: string, guestId: string, done: Done | typeof ALL, cancelReason = '') {
  const planned = plannedEpisode({ id, liveDate, guestId, topic: `Topik ${id}`, ...recorded }, times, 4);
  const stages: StageRow[] = planned.stages.map((s) => {
    const doneAt = done === ALL ? `${s.dueDate} 08:00` : (done[s.stage as StageKey] ?? '');
    return {
      ...s,
      doneAt,
      doneBy: doneAt ? 'pelaksana@x.id' : '',
      evidenceUrl: id === 'EP-001' && s.stage === 'live' ? 'https://www.tiktok.com/@dinaskukmbogor/live/1' : '',
    };
  });
  const row = { ...planned.episode, status: cancelReason ? 'dibatalkan' : 'terjadwal', cancelReason };
  return episodeView(
    row,
    stages,
    GUESTS.find((g) => g.id === guestId),
    { ...times, evaluationWeekday: 4 },
    NOW,
  );
}

const metrics = (
  episodeId: string,
  totalViewers: number,
  uniqueViewers: number | null,
  peakViewers: number,
  evidenceUrl = '',
): Metrics => ({
  episodeId,
  totalViewers,
  uniqueViewers,
  peakViewers,
  avgWatchSeconds: 125,
  durationMinutes: 35,
  newFollowers: 12,
  comments: 48,
  likes: 1500,
  shares: 7,
  gifts: null,
  evidenceUrl,
  ...recorded,
});
const count = (episodeId: string, time: string, viewers: number): ViewerCount => ({
  episodeId,
  time,
  viewers,
  source: 'manual',
  ...recorded,
  excluded: '',
});
const question = (id: string, episodeId: string, status: string, answer = ''): Question => ({
  id,
  episodeId,
  question: `Bagaimana cara ${id}?`,
  askerHandle: `@warga${id}`,
  askedAt: '',
  answer,
  answeredBy: answer ? 'Tim' : '',
  status,
  topic: 'lainnya',
  source: 'manual',
  ...recorded,
  excluded: '',
});
const feedback = (id: string, episodeId: string, sentiment: string, text: string): Feedback => ({
  id,
  episodeId,
  channel: 'komentar TikTok',
  text,
  sentiment,
  ...recorded,
  excluded: '',
});
const evaluation: Evaluation = {
  episodeId: 'EP-001',
  meetingDate: '2026-11-12',
  attendees: 'Tim Pelaksana, Tim Humas',
  strengths: 'Narasumber siap',
  problems: 'Sinyal putus',
  ...recorded,
};
const action = (id: string, episodeId: string, dueDate: string, status: string): Action => ({
  id,
  episodeId,
  action: `Tindakan ${id}`,
  pic: 'Tim Humas',
  dueDate,
  status,
  doneAt: status === 'selesai' ? '2026-11-20 10:00' : '',
  doneBy: '',
});

export function registerData(): RegisterData {
  return {
    views: [
      episode('EP-001', '2026-11-06', 'NS-001', ALL),
      episode('EP-002', '2026-11-13', 'NS-002', {
        hubungi_narasumber: '2026-10-31 15:00',
        persiapan_live: '2026-10-30 10:00',
        live: '2026-11-13 08:25',
        tanya_jawab: '2026-11-13 09:20',
        pemantauan_penonton: '2026-11-13 12:00',
        evaluasi_bersama: '2026-11-19 10:00',
        pencatatan_evaluasi: '2026-11-19 23:59',
      }),
      episode(
        'EP-003',
        '2026-11-20',
        'NS-001',
        { hubungi_narasumber: '2026-11-06 09:00', persiapan_live: '2026-11-06 09:00' },
        'Narasumber sakit',
      ),
      episode('EP-004', '2026-11-27', 'NS-003', ALL),
      episode('EP-005', '2026-12-18', 'NS-002', {}),
    ],
    guests: GUESTS,
    metrics: [
      metrics('EP-001', 999, 999, 99), // corrected by the next row
      metrics('EP-001', 250, 180, 60),
      metrics('EP-002', 400, null, 90),
      metrics('EP-004', 150, 120, 45, 'https://drive.google.com/file/d/bukti-ep4'),
    ],
    viewerCounts: [
      count('EP-001', '2026-11-06 08:20', 60),
      count('EP-001', '2026-11-06 08:00', 20),
      count('EP-001', '2026-11-06 08:10', 45),
      count('EP-001', '2026-11-06 08:30', 40),
    ],
    questions: [
      question('TJ-001', 'EP-001', 'terjawab', 'Datang ke kantor dinas.'),
      question('TJ-002', 'EP-001', 'terjawab', 'Lewat OSS.'),
      question('TJ-003', 'EP-001', 'ditindaklanjuti', 'Dirujuk ke bidang permodalan.'),
      question('TJ-004', 'EP-001', 'belum dijawab'),
      question('TJ-005', 'EP-002', '', 'Ada pelatihan setiap bulan.'),
      question('TJ-006', 'EP-002', 'terjawab', 'Ya.'),
      question('TJ-007', 'EP-003', 'belum dijawab'),
    ],
    feedback: [feedback('UB-001', 'EP-001', 'positif', 'Sangat bermanfaat'), feedback('UB-002', 'EP-001', 'netral', 'Suara kurang jelas')],
    evaluations: [evaluation],
    actions: [
      action('TL-001', 'EP-001', '2026-11-19', 'selesai'),
      action('TL-002', 'EP-002', '2026-11-25', 'terbuka'),
      action('TL-003', 'EP-004', '2026-12-20', 'terbuka'),
    ],
  };
}

const respondent = (a: Answer): Respondent => ({ answers: UNSUR.map(() => a), profile: {}, suggestion: '' });
/** IKM (4 + 3) / 2 × 25 = 87,50: mutu B. */
export const RESPONDENTS = [respondent(4), respondent(3)];
