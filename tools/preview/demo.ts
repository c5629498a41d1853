/**
 * "Data demo": a realistic quarter of HALO KOP-UKM, written only through the product's own global
 * functions, so every record passes the validation a user's input passes. The emulator's clock
 * walks from two weeks before the first LIVE to `end`, and each step happens at the time the team
 * would do it (so "done at" times, audit times and reminder history look real). A function the
 * bundle does not have yet is skipped with a note; a function that refuses its input stops the demo
 * with the errors, because the demo must stay valid as the product evolves.
 */
import { addDays, type IsoDate, weekday, wibDate, wibInstant } from '../../src/domain/shared/dates';
import type { Product } from '../harness';

export const TEAM = {
  pelaksana: 'pelaksana@kopukm.example.go.id',
  humas: 'humas@kopukm.example.go.id',
  pubdisdok: 'pubdisdok@kopukm.example.go.id',
  kepala: 'kepala.dinas@kopukm.example.go.id',
};
const FRIDAY = 5;
/** The joint evaluation's weekday (the settings' default). */
const THURSDAY = 4;
const PAST_EPISODES = 8;
const FUTURE_EPISODES = 4;

/** Guests: cooperatives and small businesses of real kecamatan; names and numbers are invented. */
export const GUESTS = [
  [
    'Siti Nurhasanah',
    'Koperasi Wanita Mekar Sari',
    'koperasi',
    'Cibinong',
    'Ketua',
    '0812-1034-5521',
    'Simpan pinjam anggota dan warung serba ada',
  ],
  [
    'Dedi Supriadi',
    'Kopi Arabika Puncak Lestari',
    'ukm',
    'Megamendung',
    'Pemilik',
    '0813-2210-8874',
    'Kopi arabika bubuk dan biji sangrai',
  ],
  ['Rina Marlina', 'Keripik Talas Bu Rina', 'ukm', 'Tamansari', 'Pemilik', '0857-1190-3342', 'Keripik talas Bogor aneka rasa'],
  [
    'Ahmad Fauzi',
    'Koperasi Produsen Susu Giri Tani',
    'koperasi',
    'Cisarua',
    'Ketua',
    '0812-8876-1209',
    'Susu segar, yoghurt, dan pakan ternak',
  ],
  ['Yuyun Yuningsih', 'Batik Tulis Kujang Ciampea', 'ukm', 'Ciampea', 'Pemilik', '0878-3301-4456', 'Batik tulis dan cap motif kujang'],
  [
    'Hendra Gunawan',
    'KSU Bina Tani Sejahtera',
    'koperasi',
    'Leuwiliang',
    'Sekretaris',
    '0813-9012-7788',
    'Pupuk, benih, dan pemasaran gabah anggota',
  ],
  ['Nining Kurniasih', 'Manisan Pala Ibu Nining', 'ukm', 'Dramaga', 'Pemilik', '0852-1177-6630', 'Manisan pala basah dan kering'],
  ['Ujang Saepudin', 'Sepatu Kulit Ciomas Jaya', 'ukm', 'Ciomas', 'Pemilik', '0812-5566-2043', 'Sepatu dan sandal kulit buatan tangan'],
  [
    'Dewi Lestari',
    'Kopkar Sejahtera Bersama Gunung Putri',
    'koperasi',
    'Gunung Putri',
    'Bendahara',
    '0821-2233-9087',
    'Simpan pinjam dan toko karyawan',
  ],
  ['Asep Sunandar', 'Tanaman Hias Rumpin Asri', 'ukm', 'Rumpin', 'Pemilik', '0838-4455-1290', 'Tanaman hias dan media tanam'],
  [
    'Lilis Suryani',
    'Kopontren Al-Hikmah Jonggol',
    'koperasi',
    'Jonggol',
    'Manajer',
    '0813-7788-3345',
    'Unit usaha pesantren: air minum dan konveksi',
  ],
  ['Rudi Hartono', 'Gula Aren Sukamakmur', 'ukm', 'Sukamakmur', 'Pemilik', '0857-6612-0098', 'Gula aren cetak dan gula semut'],
] as const;

export const TOPICS = [
  'Peran koperasi wanita dalam ekonomi keluarga',
  'Membangun merek kopi lokal Bogor',
  'Mengurus NIB dan sertifikat halal untuk keripik rumahan',
  'Koperasi susu: dari peternak kecil ke pasar modern',
  'Batik Bogor masuk pasar daring',
  'Koperasi tani dan akses permodalan',
  'Mengemas oleh-oleh khas Bogor agar tahan lama',
  'Sepatu Ciomas bersaing di lokapasar',
  'Tata kelola koperasi karyawan yang sehat',
  'Usaha tanaman hias setelah tren berlalu',
  'Kopontren sebagai penggerak ekonomi umat',
  'Gula aren: hilirisasi produk desa',
];

export const QUESTIONS: Array<[string, string, string]> = [
  [
    'Bagaimana cara mendaftarkan koperasi baru, apa saja syaratnya?',
    'kelembagaan koperasi',
    'Minimal 9 orang pendiri, rapat pendirian, lalu pengesahan akta lewat notaris dan AHU.',
  ],
  [
    'Kak, NIB untuk usaha rumahan bisa diurus sendiri lewat OSS?',
    'perizinan/legalitas',
    'Bisa, daftar di oss.go.id dengan NIK; untuk usaha mikro gratis.',
  ],
  ['Ada pinjaman modal dari dinas untuk UMKM pemula?', 'permodalan', ''],
  [
    'Gimana caranya supaya produk bisa masuk toko oleh-oleh?',
    'pemasaran',
    'Siapkan izin PIRT, kemasan berlabel, dan ikut kurasi produk dinas.',
  ],
  ['Berapa lama masa simpan produk tanpa pengawet?', 'produksi', ''],
];

export const FEEDBACK: Array<[string, string, string]> = [
  ['komentar TikTok', 'Materinya jelas, jadi paham cara urus NIB. Terima kasih!', 'positif'],
  ['WhatsApp', 'Suara narasumber sempat putus-putus di menit awal.', 'negatif'],
  ['DM', 'Mohon diadakan sesi khusus tentang pemasaran daring.', 'netral'],
];

interface Step {
  at: Date;
  name: string;
  /** Run from the menu (no argument) instead of from the sidebar. */
  menu?: true;
  input: () => unknown;
  user?: string;
  /** Keeps what later steps need (ids). */
  then?: (data: { id?: string; episodes?: Array<{ id: string }>; record?: { actions?: Array<{ id: string }> } }) => void;
}

/** A small deterministic generator, so the demo is the same on every machine. */
export function numbers(seed: number): (min: number, max: number) => number {
  let x = (seed * 2654435761) >>> 0 || 1;
  return (min, max) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return min + (x % (max - min + 1));
  };
}

/** The Fridays of the quarter around `today`: past ones (before today) and coming ones. */
function liveDates(today: IsoDate): IsoDate[] {
  const lastPast = addDays(today, -((weekday(today) - FRIDAY + 7) % 7 || 7));
  return Array.from({ length: PAST_EPISODES + FUTURE_EPISODES }, (_, i) => addDays(lastPast, 7 * (i - PAST_EPISODES + 1)));
}

/** The first moment the demo needs: two weeks before the first LIVE of the quarter. */
export function demoStart(end: Date): Date {
  return wibInstant(addDays(liveDates(wibDate(end))[0], -15), '08:00');
}

function steps(end: Date): Step[] {
  const guestIds: string[] = [];
  const episodeIds: string[] = [];
  const firstActionIds: string[] = [];
  const start = demoStart(end);
  const list: Step[] = [
    { at: start, name: 'setupRegister', menu: true, input: () => undefined },
    {
      at: start,
      name: 'saveSettings',
      input: () => ({
        emailPelaksana: TEAM.pelaksana,
        emailHumas: TEAM.humas,
        emailPubdisdok: TEAM.pubdisdok,
        emailKepala: TEAM.kepala,
        officialName: 'Dr. H. Contoh Pejabat, M.Si.',
        officialPosition: 'Kepala Dinas Koperasi dan UKM Kabupaten Bogor',
        officialRank: 'Pembina Utama Muda (IV/c)',
        officialNip: '197207072005012009',
      }),
    },
    ...GUESTS.map(
      ([name, organization, type, kecamatan, role, phone, products], i): Step => ({
        at: start,
        name: 'saveNarasumber',
        input: () => ({
          name,
          organization,
          type,
          kecamatan,
          role,
          phone,
          products,
          tiktok: `@${organization
            .toLowerCase()
            .replace(/[^a-z]+/g, '.')
            .replace(/^\.|\.$/g, '')}`,
          email: i % 3 === 0 ? `${name.split(' ')[0].toLowerCase()}@example.com` : '',
        }),
        then: (data) => {
          guestIds[i] = String(data.id);
        },
      }),
    ),
  ];

  const today = wibDate(end);
  liveDates(today).forEach((planned, i) => {
    const random = numbers(i + 1);
    const id = () => episodeIds[i];
    const scheduledAt = new Date(Math.min(wibInstant(addDays(planned, -14), '09:00').getTime(), end.getTime()));
    list.push({
      at: scheduledAt,
      name: 'scheduleEpisode',
      user: TEAM.pelaksana,
      input: () => ({ liveDate: planned, narasumberId: guestIds[i % guestIds.length], topic: TOPICS[i % TOPICS.length] }),
      then: (data) => {
        episodeIds[i] = String(data.episodes?.[0]?.id);
      },
    });
    const complete = (date: IsoDate, time: string, stage: string, user: string, note = '') =>
      list.push({
        at: wibInstant(date, time),
        name: 'completeStage',
        user,
        input: () => ({ episodeId: id(), stage, ...(note ? { note } : {}) }),
      });

    if (i === 3) {
      complete(addDays(planned, -13), '10:00', 'hubungi_narasumber', TEAM.pelaksana, 'Narasumber bersedia (WhatsApp).');
      list.push({
        at: wibInstant(addDays(planned, -2), '16:00'),
        name: 'cancelEpisode',
        user: TEAM.pelaksana,
        input: () => ({ episodeId: id(), reason: 'Narasumber sakit dan tidak ada pengganti; topik dipindah ke kuartal berikutnya.' }),
      });
      return;
    }
    // One LIVE moved a day earlier: Friday clashed with the regency's coordination meeting.
    const live = i === 5 ? addDays(planned, -1) : planned;
    if (live !== planned) {
      list.push({
        at: wibInstant(addDays(planned, -7), '11:00'),
        name: 'rescheduleEpisode',
        user: TEAM.pelaksana,
        input: () => ({
          episodeId: id(),
          liveDate: live,
          reason: 'Jumat bertepatan dengan rapat koordinasi di Pemkab; LIVE dimajukan sehari.',
        }),
      });
    }
    complete(addDays(planned, -13), '10:00', 'hubungi_narasumber', TEAM.pelaksana, 'Narasumber bersedia (WhatsApp).');
    complete(addDays(planned, -10), '14:00', 'persiapan_live', TEAM.humas, 'Poster dan jadwal diunggah ke TikTok dan Instagram.');
    list.push(
      ...QUESTIONS.slice(0, 2 + (i % 3)).map(
        ([question, topic, answer], q): Step => ({
          at: wibInstant(live, `09:0${q}`),
          name: 'saveQuestion',
          user: TEAM.pubdisdok,
          input: () => ({
            episodeId: id(),
            question,
            topic,
            askerHandle: `@warga.bogor${random(10, 99)}`,
            askedAt: `${live} 09:0${q}`,
            ...(answer ? { answer, answeredBy: 'Narasumber', status: 'terjawab' } : { status: 'belum dijawab' }),
          }),
        }),
      ),
    );
    complete(live, '08:31', 'live', TEAM.pubdisdok);
    complete(live, '09:31', 'tanya_jawab', TEAM.pubdisdok);
    list.push({
      at: wibInstant(live, '10:00'),
      name: 'recordLiveMetrics',
      user: TEAM.pelaksana,
      input: () => {
        const total = random(350, 1600);
        return {
          episodeId: id(),
          totalViewers: total,
          peakViewers: random(40, Math.min(180, total)),
          uniqueViewers: random(250, total),
          avgWatchSeconds: random(45, 140),
          durationMinutes: random(55, 75),
          newFollowers: random(5, 60),
          comments: random(40, 220),
          likes: random(800, 6000),
          shares: random(3, 40),
          gifts: random(0, 12),
          snapshots: ['08:05', '08:15', '08:25', '09:10'].map((time) => ({ time, viewers: random(20, 160) })),
        };
      },
    });
    complete(live, '10:05', 'pemantauan_penonton', TEAM.pelaksana, 'Angka diambil dari TikTok LIVE Center.');
    const feedbackDay = addDays(live, 3);
    list.push(
      ...FEEDBACK.slice(0, 1 + (i % 3)).map(
        ([channel, text, sentiment]): Step => ({
          at: wibInstant(feedbackDay, '13:00'),
          name: 'saveFeedback',
          user: TEAM.pubdisdok,
          input: () => ({ episodeId: id(), channel, text, sentiment }),
        }),
      ),
    );
    list.push(
      ...Array.from(
        { length: 3 },
        (_, r): Step => ({
          at: wibInstant(feedbackDay, '14:00'),
          name: 'saveSurveyResponse',
          user: TEAM.pubdisdok,
          input: () => ({
            episodeId: id(),
            answers: Array.from({ length: 9 }, (_, u) => (u === 3 ? 4 : random(2, 4))),
            profile: { gender: r % 2 ? 'Laki-laki' : 'Perempuan', age: '30–39 tahun', education: 'SMA/sederajat', occupation: 'Wirausaha' },
            suggestion: r === 0 ? 'Durasi tanya jawab ditambah.' : '',
            submittedAt: `${addDays(live, 1)} 19:${String(10 + r * 7)}`,
          }),
        }),
      ),
    );
    complete(feedbackDay, '15:00', 'pengumpulan_feedback', TEAM.pubdisdok);
    const evaluationDay = addDays(live, 6 + ((THURSDAY - weekday(addDays(live, 6)) + 7) % 7));
    list.push({
      at: wibInstant(evaluationDay, '14:00'),
      name: 'saveEvaluation',
      user: TEAM.pelaksana,
      input: () => ({
        episodeId: id(),
        meetingDate: evaluationDay,
        attendees: 'Tim Pelaksana, Tim Humas, Tim Pelaksana – Pubdisdok',
        strengths: 'Narasumber komunikatif; pertanyaan penonton banyak yang terjawab.',
        problems: i % 2 ? 'Koneksi internet sempat tidak stabil.' : 'Promosi jadwal LIVE terlambat diunggah.',
        actions: [
          { action: 'Uji koneksi cadangan (modem) sebelum LIVE.', pic: 'Tim Pelaksana – Pubdisdok', dueDate: addDays(evaluationDay, 7) },
          { action: 'Unggah poster jadwal paling lambat H-5.', pic: 'Tim Humas', dueDate: addDays(evaluationDay, 3) },
        ],
      }),
      then: (data) => {
        firstActionIds[i] = String(data.record?.actions?.[0]?.id);
      },
    });
    list.push({
      at: wibInstant(addDays(evaluationDay, 4), '10:00'),
      name: 'completeAction',
      user: TEAM.pubdisdok,
      input: () => ({ actionId: firstActionIds[i] }),
    });
    complete(evaluationDay, '15:00', 'evaluasi_bersama', TEAM.pelaksana);
    complete(evaluationDay, '15:30', 'pencatatan_evaluasi', TEAM.pelaksana, 'Notulen disimpan di folder bersama.');
  });
  list.push({ at: end, name: 'installTriggers', input: () => ({}) });
  // Steps the clock has not reached yet (a coming LIVE's stages) are left for the user to do.
  return list.filter((s) => s.at.getTime() <= end.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
}

export interface DemoReport {
  calls: Record<string, number>;
  skipped: string[];
}

/** Fills `product` (a fresh register whose clock is at `demoStart(end)`) up to `end`. */
export function fillDemo(product: Product, end: Date): DemoReport {
  const available = new Set(product.globalNames());
  const report: DemoReport = { calls: {}, skipped: [] };
  for (const step of steps(end)) {
    if (!available.has(step.name)) {
      if (!report.skipped.includes(step.name)) report.skipped.push(step.name);
      continue;
    }
    if (step.at.getTime() > product.emu.now().getTime()) product.advanceClock(step.at);
    const input = step.input();
    type Answer = { ok: boolean; data?: Parameters<NonNullable<Step['then']>>[0]; errors?: unknown };
    const { result } = step.menu
      ? product.run<Answer>(step.name, [], { kind: 'menu' })
      : product.callFromSidebar<Answer>(step.name, input, step.user);
    if (!result?.ok)
      throw new Error(`Demo data: ${step.name}(${JSON.stringify(input) ?? ''}) was refused: ${JSON.stringify(result?.errors)}`);
    step.then?.(result.data ?? {});
    report.calls[step.name] = (report.calls[step.name] ?? 0) + 1;
  }
  if (end.getTime() > product.emu.now().getTime()) product.advanceClock(end);
  return report;
}
