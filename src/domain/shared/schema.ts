/**
 * Every sheet of the register: its Indonesian name and columns. Reads and writes go by header, so
 * a user may reorder columns; `setupRegister` creates or repairs sheets from this table.
 */
import { KECAMATAN } from '../guests/kecamatan';
import { PROFILE, UNSUR, unsurLabel } from '../survey/skm';
import { STAGE_KEYS } from './sop';

export type ColumnType = 'text' | 'number' | 'date' | 'datetime' | 'bool';

export interface Column {
  readonly key: string;
  readonly header: string;
  readonly type: ColumnType;
  /** Fixed values offered as a dropdown. */
  readonly options?: readonly string[];
  /** Filled by the product; protected with a warning. */
  readonly system?: boolean;
  readonly width?: number;
  /**
   * Added after registers were first set up: a sheet without it reads as empty (the register keeps
   * working) until "Siapkan register" adds it; only writing a value into it needs the column.
   */
  readonly optional?: boolean;
}

export interface SheetSchema {
  readonly name: string;
  readonly columns: readonly Column[];
}

type Col<K extends string, T extends ColumnType> = Column & { readonly key: K; readonly type: T };
const col = <K extends string, T extends ColumnType = 'text'>(
  key: K,
  header: string,
  type?: T,
  extra: Partial<Column> = {},
): Col<K, T> => ({ ...extra, key, header, type: (type ?? 'text') as T });
const sys = <K extends string, T extends ColumnType = 'text'>(key: K, header: string, type?: T) => col(key, header, type, { system: true });
const wide = <K extends string>(key: K, header: string) => col(key, header, 'text', { width: 320 });
const pick = <K extends string>(key: K, header: string, options: readonly string[]) => col(key, header, 'text', { options });
/** An SKM answer (1–4, blank if not answered), headed with the unsur's name: implementations disagree on their order. */
const score = <K extends string>(key: K, unsur: number) => col(key, unsurLabel(UNSUR[unsur]), 'number', { options: ['1', '2', '3', '4'] });

export const EPISODE_STATUSES = ['terjadwal', 'dibatalkan'] as const;
export const QUESTION_STATUSES = ['belum dijawab', 'terjawab', 'ditindaklanjuti'] as const;
export const QUESTION_TOPICS = ['kelembagaan koperasi', 'perizinan/legalitas', 'permodalan', 'pemasaran', 'produksi', 'lainnya'] as const;
export const FEEDBACK_CHANNELS = ['komentar TikTok', 'DM', 'WhatsApp', 'formulir', 'lainnya'] as const;
export const SENTIMENTS = ['positif', 'netral', 'negatif'] as const;
export const ACTION_STATUSES = ['terbuka', 'selesai'] as const;
export const GUEST_TYPES = ['koperasi', 'ukm'] as const;
/**
 * Why a record is left out of reports and percentages (kept in the sheet, and restorable). Empty: it counts.
 * Per sheet, the reasons that make sense there.
 */
export const EXCLUSIONS = {
  questions: ['bukan pertanyaan', 'spam', 'duplikat'],
  viewerCounts: ['salah catat', 'duplikat'],
  feedback: ['spam', 'duplikat', 'salah catat'],
} as const;
const excluded = <K extends keyof typeof EXCLUSIONS>(sheet: K) =>
  col('excluded', 'Dikecualikan', 'text', { options: EXCLUSIONS[sheet], optional: true });

const recorded = [sys('recordedBy', 'Dicatat oleh'), sys('recordedAt', 'Dicatat pada', 'datetime')];

export const SCHEMAS = {
  guests: {
    name: 'Narasumber',
    columns: [
      sys('id', 'ID'),
      col('name', 'Nama'),
      col('organization', 'Organisasi'),
      pick('type', 'Jenis', GUEST_TYPES),
      pick('kecamatan', 'Kecamatan', KECAMATAN),
      col('role', 'Jabatan'),
      col('phone', 'Telepon'),
      col('email', 'Email'),
      col('tiktok', 'Akun TikTok'),
      wide('products', 'Produk/Layanan'),
      ...recorded,
      /** Set: hidden from the pickers, kept for the episodes that name the guest. Last, as "Siapkan register" adds it to older registers. */
      sys('archivedAt', 'Diarsipkan Pada', 'datetime'),
    ],
  },
  episodes: {
    name: 'Episode',
    columns: [
      sys('id', 'ID'),
      col('liveDate', 'Tanggal LIVE', 'date'),
      sys('guestId', 'ID Narasumber'),
      wide('topic', 'Topik'),
      col('liveStart', 'Mulai LIVE'),
      col('liveEnd', 'Selesai LIVE'),
      col('qaStart', 'Mulai Tanya Jawab'),
      col('qaEnd', 'Selesai Tanya Jawab'),
      pick('status', 'Status', EPISODE_STATUSES),
      wide('cancelReason', 'Alasan Pembatalan'),
      sys('reportUrl', 'Tautan Laporan'),
      ...recorded,
    ],
  },
  stages: {
    name: 'Tahap SOP',
    columns: [
      sys('episodeId', 'ID Episode'),
      pick('stage', 'Kunci Tahap', STAGE_KEYS),
      sys('title', 'Tahap'),
      col('dueDate', 'Jatuh Tempo', 'date'),
      col('doneAt', 'Selesai Pada', 'datetime'),
      sys('doneBy', 'Selesai Oleh'),
      wide('note', 'Catatan'),
      col('evidenceUrl', 'Bukti (Tautan)'),
    ],
  },
  metrics: {
    name: 'Angka LIVE',
    columns: [
      sys('episodeId', 'ID Episode'),
      col('totalViewers', 'Total Penonton', 'number'),
      col('peakViewers', 'Penonton Puncak', 'number'),
      col('uniqueViewers', 'Penonton Unik', 'number'),
      col('avgWatchSeconds', 'Rata-rata Menonton (detik)', 'number'),
      col('durationMinutes', 'Durasi (menit)', 'number'),
      col('newFollowers', 'Pengikut Baru', 'number'),
      col('comments', 'Komentar', 'number'),
      col('likes', 'Suka', 'number'),
      col('shares', 'Dibagikan', 'number'),
      col('gifts', 'Hadiah', 'number'),
      col('evidenceUrl', 'Bukti (Tautan)'),
      ...recorded,
    ],
  },
  viewerCounts: {
    name: 'Jumlah Penonton',
    columns: [
      sys('episodeId', 'ID Episode'),
      col('time', 'Waktu', 'datetime'),
      col('viewers', 'Penonton', 'number'),
      sys('source', 'Sumber'),
      ...recorded,
      excluded('viewerCounts'),
    ],
  },
  questions: {
    name: 'Tanya Jawab',
    columns: [
      sys('id', 'ID'),
      sys('episodeId', 'ID Episode'),
      wide('question', 'Pertanyaan'),
      col('askerHandle', 'Penanya'),
      col('askedAt', 'Waktu Bertanya', 'datetime'),
      wide('answer', 'Jawaban'),
      col('answeredBy', 'Dijawab Oleh'),
      pick('status', 'Status', QUESTION_STATUSES),
      pick('topic', 'Topik', QUESTION_TOPICS),
      sys('source', 'Sumber'),
      ...recorded,
      excluded('questions'),
    ],
  },
  comments: {
    name: 'Komentar',
    columns: [
      sys('episodeId', 'ID Episode'),
      sys('time', 'Waktu', 'datetime'),
      sys('uniqueId', 'Pengguna'),
      sys('nickname', 'Nama Tampilan'),
      wide('text', 'Komentar'),
      sys('msgId', 'ID Pesan'),
      sys('dedupKey', 'Kunci Unik'),
    ],
  },
  /** One row per committed comment import: where its rows went in "Komentar", so a re-import reads only those. */
  imports: {
    name: 'Impor Komentar',
    columns: [
      sys('episodeId', 'ID Episode'),
      sys('importedAt', 'Diimpor pada', 'datetime'),
      sys('importedBy', 'Diimpor oleh'),
      sys('format', 'Format'),
      sys('firstRow', 'Baris Pertama', 'number'),
      sys('comments', 'Komentar', 'number'),
      sys('questions', 'Pertanyaan', 'number'),
      sys('snapshots', 'Jumlah Penonton', 'number'),
    ],
  },
  feedback: {
    name: 'Umpan Balik',
    columns: [
      sys('id', 'ID'),
      sys('episodeId', 'ID Episode'),
      pick('channel', 'Saluran', FEEDBACK_CHANNELS),
      wide('text', 'Isi'),
      pick('sentiment', 'Sentimen', SENTIMENTS),
      ...recorded,
      excluded('feedback'),
    ],
  },
  survey: {
    name: 'Survei Kepuasan',
    columns: [
      sys('id', 'ID'),
      sys('episodeId', 'ID Episode'),
      score('u1', 0),
      score('u2', 1),
      score('u3', 2),
      score('u4', 3),
      score('u5', 4),
      score('u6', 5),
      score('u7', 6),
      score('u8', 7),
      score('u9', 8),
      pick('gender', 'Jenis Kelamin', PROFILE.gender.options),
      pick('age', 'Usia', PROFILE.age.options),
      pick('education', 'Pendidikan', PROFILE.education.options),
      pick('occupation', 'Pekerjaan', PROFILE.occupation.options),
      wide('suggestion', 'Saran'),
      sys('source', 'Sumber'),
      col('submittedAt', 'Waktu Pengisian', 'datetime'),
      sys('formResponseId', 'ID Respons Formulir'),
      ...recorded,
    ],
  },
  evaluations: {
    name: 'Evaluasi',
    columns: [
      sys('episodeId', 'ID Episode'),
      col('meetingDate', 'Tanggal Rapat', 'date'),
      wide('attendees', 'Peserta'),
      wide('strengths', 'Hal yang Berjalan Baik'),
      wide('problems', 'Kendala'),
      ...recorded,
    ],
  },
  actions: {
    name: 'Tindak Lanjut',
    columns: [
      sys('id', 'ID'),
      sys('episodeId', 'ID Episode'),
      wide('action', 'Tindakan'),
      col('pic', 'Penanggung Jawab'),
      col('dueDate', 'Batas Waktu', 'date'),
      pick('status', 'Status', ACTION_STATUSES),
      col('doneAt', 'Selesai Pada', 'datetime'),
      sys('doneBy', 'Selesai Oleh'),
    ],
  },
  reminders: {
    name: 'Log Pengingat',
    columns: [
      sys('key', 'Kunci'),
      sys('episodeId', 'ID Episode'),
      sys('stage', 'Tahap'),
      sys('kind', 'Jenis'),
      sys('dueDate', 'Jatuh Tempo', 'date'),
      sys('recipient', 'Penerima'),
      sys('status', 'Status'),
      sys('attempts', 'Percobaan', 'number'),
      sys('updatedAt', 'Diperbarui', 'datetime'),
      sys('error', 'Galat'),
    ],
  },
  audit: {
    name: 'Log Audit',
    columns: [
      sys('at', 'Waktu', 'datetime'),
      sys('user', 'Pengguna'),
      sys('action', 'Tindakan'),
      sys('recordId', 'ID Data'),
      sys('before', 'Sebelum'),
      sys('after', 'Sesudah'),
    ],
  },
  settings: {
    name: 'Pengaturan',
    columns: [sys('key', 'Kunci'), sys('label', 'Pengaturan'), wide('value', 'Nilai')],
  },
} as const satisfies Record<string, SheetSchema>;

export type SheetKey = keyof typeof SCHEMAS;

/** What the register's sheets are read and shown in: WIB, and Indonesian dates (D/M/Y) and decimals (comma). */
export const SPREADSHEET_ZONE = { timeZone: 'Asia/Jakarta', locale: 'id_ID' } as const;

/**
 * Sheets the product generates rather than records into: not in SCHEMAS, so "Siapkan register" never
 * adds headers, formats or protections to them and the register never reads them.
 */
export const GENERATED_SHEETS = {
  /** Rebuilt by refreshDashboard; edits there are overwritten. */
  dashboard: 'Dasbor',
  /** Prefix of the short-lived hidden sheet a report's charts are drawn on (deleted at once). */
  chartPrefix: 'Grafik sementara ',
  /** Written by the menu item "Uji fungsi di Google" (api/self-test.ts), replaced at each run. */
  selfTest: 'Uji Fungsi',
} as const;

type ValueOf<C> = C extends { type: 'number' } ? number | null : C extends { type: 'bool' } ? boolean : string;
/** A row of sheet K as the product sees it: text, `YYYY-MM-DD` dates, `YYYY-MM-DD HH:MM` WIB times. */
export type Row<K extends SheetKey> = {
  [C in (typeof SCHEMAS)[K]['columns'][number] as C['key']]: ValueOf<C>;
};
