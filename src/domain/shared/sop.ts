/**
 * The SOP "Pencatatan dan Pelaporan Hasil Inovasi HALO KOP-UKM (TikTok)" as data: its eight stages.
 * Every other module takes the stages' facts from this table. H = the day of the LIVE.
 */
export type Role = 'pelaksana' | 'humas' | 'pubdisdok' | 'kepala';
export type Phase = 'persiapan' | 'pelaksanaan' | 'monev';

export interface Stage {
  key: StageKey;
  no: number;
  title: string;
  /** What to do, as the reminder e-mails and the sidebar say it. */
  task: string;
  phase: Phase;
  /** Days from H. `evaluasi_bersama` and `pencatatan_evaluasi` move to the evaluation Thursday. */
  offsetDays: number;
  /** Which settings time window the stage happens in, where the SOP gives one. */
  window?: 'live' | 'tanyaJawab';
  /** Placed on the joint-evaluation day (first evaluation weekday on or after H + offset). */
  onEvaluationDay?: boolean;
  /** The whole team is told the day before. */
  advanceNotice?: boolean;
  role: Role;
  place: string;
  tools: string;
}

export const STAGE_KEYS = [
  'hubungi_narasumber',
  'persiapan_live',
  'live',
  'tanya_jawab',
  'pemantauan_penonton',
  'pengumpulan_feedback',
  'evaluasi_bersama',
  'pencatatan_evaluasi',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export const PHASES: Record<Phase, string> = {
  persiapan: 'Persiapan program',
  pelaksanaan: 'Pelaksanaan publikasi konten',
  monev: 'Monitoring dan evaluasi',
};

export const ROLES: Record<Role, string> = {
  pelaksana: 'Tim Pelaksana',
  humas: 'Tim Humas',
  pubdisdok: 'Tim Pelaksana – Pubdisdok',
  kepala: 'Kepala Dinas',
};

export const STAGES: readonly Stage[] = [
  {
    key: 'hubungi_narasumber',
    no: 1,
    title: 'Menghubungi narasumber',
    phase: 'persiapan',
    offsetDays: -14,
    task: 'Hubungi narasumber (ketua atau anggota koperasi/UKM) dan pastikan kesediaannya.',
    role: 'pelaksana',
    place: 'Daring (website/artikel)',
    tools: 'Laptop/HP',
  },
  {
    key: 'persiapan_live',
    no: 2,
    title: 'Mempersiapkan kebutuhan LIVE',
    phase: 'persiapan',
    offsetDays: -14,
    task: 'Siapkan kebutuhan LIVE TikTok: materi, perangkat, akun, dan publikasi jadwal.',
    role: 'humas',
    place: 'Luring/daring',
    tools: '-',
  },
  {
    key: 'live',
    no: 3,
    title: 'Pelaksanaan LIVE TikTok',
    phase: 'pelaksanaan',
    offsetDays: 0,
    window: 'live',
    advanceNotice: true,
    task: 'Laksanakan LIVE TikTok bersama narasumber.',
    role: 'pubdisdok',
    place: 'Daring',
    tools: 'Laptop/HP',
  },
  {
    key: 'tanya_jawab',
    no: 4,
    title: 'Sesi tanya jawab melalui kolom komentar',
    phase: 'pelaksanaan',
    offsetDays: 0,
    window: 'tanyaJawab',
    task: 'Jawab pertanyaan masyarakat di kolom komentar dan catat pertanyaan beserta jawabannya.',
    role: 'pubdisdok',
    place: 'Daring (TikTok)',
    tools: '-',
  },
  {
    key: 'pemantauan_penonton',
    no: 5,
    title: 'Pemantauan jumlah penonton',
    phase: 'monev',
    offsetDays: 0,
    task: 'Catat jumlah penonton selama LIVE dan ringkasan angka dari TikTok setelah LIVE.',
    role: 'pelaksana',
    place: 'Daring (TikTok)',
    tools: 'Laptop/HP',
  },
  {
    key: 'pengumpulan_feedback',
    no: 6,
    title: 'Pengumpulan umpan balik dari sasaran program',
    phase: 'monev',
    offsetDays: 3,
    task: 'Kumpulkan umpan balik dari sasaran program (komentar, pesan, survei kepuasan).',
    role: 'pubdisdok',
    place: 'Daring',
    tools: '-',
  },
  {
    key: 'evaluasi_bersama',
    no: 7,
    title: 'Evaluasi bersama',
    phase: 'monev',
    offsetDays: 6,
    onEvaluationDay: true,
    advanceNotice: true,
    task: 'Adakan evaluasi bersama seluruh pelaksana program.',
    role: 'pelaksana',
    place: 'Daring/luring',
    tools: 'Laptop/HP/kertas dan pulpen',
  },
  {
    key: 'pencatatan_evaluasi',
    no: 8,
    title: 'Pencatatan hasil evaluasi',
    phase: 'monev',
    offsetDays: 6,
    onEvaluationDay: true,
    task: 'Catat hasil evaluasi: hal yang berjalan baik, kendala, dan tindak lanjut beserta penanggung jawabnya.',
    role: 'pelaksana',
    place: 'Daring/luring',
    tools: '-',
  },
];

/**
 * The LIVE and every stage after it: they describe a LIVE that has taken place, so none can be done before
 * the LIVE has started. Only the preparation comes before.
 */
export const followsLive = (stage: Stage): boolean => stage.phase !== 'persiapan';

export function stage(key: StageKey): Stage {
  const found = STAGES.find((s) => s.key === key);
  if (!found) throw new Error(`Unknown stage ${key}`);
  return found;
}
