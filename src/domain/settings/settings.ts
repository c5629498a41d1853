/**
 * The register's settings: what they are, their Indonesian labels, defaults (from the SOP's
 * letterhead and stage table) and validation. Stored as key/value rows on the "Pengaturan" sheet.
 */
import * as z from 'zod/mini';
import { DAYS_ID, timeToMinutes } from '../shared/dates';
import { fileIdOf, folderIdOf } from '../shared/drive-links';
import { ROLES } from '../shared/sop';
import { canonical, email, emailList, type FieldError, form, type Normalised, name, Refusal, time } from '../shared/validation';
import { formatNip, nipProblem, normaliseNip } from './nip';

export interface Settings {
  /** The kop's first line: the regional government the agency belongs to. */
  governmentName: string;
  agencyName: string;
  agencyAddress: string;
  agencyPhone: string;
  agencyFax: string;
  dateCity: string;
  officialName: string;
  officialPosition: string;
  officialRank: string;
  /** 18 digits, stored without spaces. */
  officialNip: string;
  emailPelaksana: string;
  emailHumas: string;
  emailPubdisdok: string;
  emailKepala: string;
  reportFolderId: string;
  /** A Drive image (the regency's emblem) printed at the kop; '' for none. */
  logoFileId: string;
  /** The nomor surat printed under the report's title, unless a report is given its own. */
  reportNumber: string;
  /** 0 = Sunday … 6 = Saturday. */
  liveWeekday: number;
  evaluationWeekday: number;
  liveStart: string;
  liveEnd: string;
  qaStart: string;
  qaEnd: string;
  reminderHour: number;
  /** Which days reminders go out: working days only, or every day. */
  reminderDays: ReminderDays;
  /** Working days a stage or follow-up may stay overdue before the head of office hears of it daily too. */
  escalationDays: number;
}

export type ReminderDays = 'kerja' | 'setiap';
/** How `reminderDays` is written in its cell and offered in the form. */
export const REMINDER_DAYS: Record<ReminderDays, string> = {
  kerja: 'Hari kerja saja',
  setiap: 'Setiap hari',
};

export type SettingKey = keyof Settings;

export const SETTING_LABELS: Record<SettingKey, string> = {
  governmentName: 'Pemerintah daerah (baris pertama kop)',
  agencyName: 'Nama instansi',
  agencyAddress: 'Alamat',
  agencyPhone: 'Telepon',
  agencyFax: 'Faksimile',
  dateCity: 'Kota pada tanggal surat',
  officialName: 'Nama pejabat penandatangan',
  officialPosition: 'Jabatan penandatangan',
  officialRank: 'Pangkat/golongan penandatangan',
  officialNip: 'NIP penandatangan',
  // The team's own names, as the SOP, the form and the reminders call them.
  emailPelaksana: `Email ${ROLES.pelaksana}`,
  emailHumas: `Email ${ROLES.humas}`,
  emailPubdisdok: `Email ${ROLES.pubdisdok}`,
  emailKepala: `Email ${ROLES.kepala}`,
  reportFolderId: 'Folder laporan (tautan atau ID Google Drive)',
  logoFileId: 'Logo kop (tautan atau ID gambar di Google Drive)',
  reportNumber: 'Nomor surat laporan',
  liveWeekday: 'Hari LIVE',
  evaluationWeekday: 'Hari evaluasi bersama',
  liveStart: 'Jam mulai LIVE',
  liveEnd: 'Jam selesai LIVE',
  qaStart: 'Jam mulai tanya jawab',
  qaEnd: 'Jam selesai tanya jawab',
  reminderHour: 'Jam kirim pengingat',
  reminderDays: 'Hari kirim pengingat',
  escalationDays: 'Teruskan ke Kepala Dinas setelah terlambat (hari kerja)',
};

export const DEFAULT_SETTINGS: Settings = {
  governmentName: 'PEMERINTAH KABUPATEN BOGOR',
  agencyName: 'DINAS KOPERASI DAN UKM KABUPATEN BOGOR',
  agencyAddress: 'Jalan KSR Dadi Kusmayadi, Kelurahan Tengah, Cibinong, Bogor, Jawa Barat',
  agencyPhone: '(021) 87929919',
  agencyFax: '(021) 87929919',
  dateCity: 'Cibinong',
  officialName: '',
  officialPosition: 'Kepala Dinas Koperasi dan UKM Kabupaten Bogor',
  officialRank: '',
  officialNip: '',
  emailPelaksana: '',
  emailHumas: '',
  emailPubdisdok: '',
  emailKepala: '',
  reportFolderId: '',
  logoFileId: '',
  reportNumber: '',
  liveWeekday: 5,
  evaluationWeekday: 4,
  liveStart: '08:00',
  liveEnd: '08:30',
  qaStart: '09:00',
  qaEnd: '09:30',
  reminderHour: 7,
  reminderDays: 'kerja',
  // A working week, as the weekly escalation before it.
  escalationDays: 5,
};

/** Settings a new register has no default for and needs: reminders go to the teams, reports are signed. */
const NEEDED: SettingKey[] = ['emailPelaksana', 'emailHumas', 'emailPubdisdok', 'officialName', 'officialNip'];

/** The labels of the needed settings still empty. */
export const missingSettings = (s: Settings): string[] => NEEDED.filter((k) => String(s[k]).trim() === '').map((k) => SETTING_LABELS[k]);

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
/** Settings naming a Drive item, each read from an id or a link. */
const DRIVE_IDS = { reportFolderId: folderIdOf, logoFileId: fileIdOf } as const;
const NUMERIC: SettingKey[] = ['liveWeekday', 'evaluationWeekday', 'reminderHour', 'escalationDays'];
const MAX_ESCALATION_DAYS = 60;

/** How a setting is written in its cell: weekdays by Indonesian name, hours as numbers. */
export function settingToCell(key: SettingKey, value: Settings[SettingKey]): string {
  if (key === 'liveWeekday' || key === 'evaluationWeekday') return DAYS_ID[value as number];
  if (key === 'officialNip') return value ? formatNip(String(value)) : '';
  if (key === 'reminderDays') return REMINDER_DAYS[value as ReminderDays];
  return String(value);
}

/** Reads settings from the sheet's cells; an unreadable cell falls back to its default. */
export function settingsFromCells(cells: Record<string, string>): Settings {
  const out = { ...DEFAULT_SETTINGS } as Record<SettingKey, string | number>;
  for (const key of SETTING_KEYS) {
    const raw = cells[key];
    if (raw === undefined) continue;
    if (key === 'liveWeekday' || key === 'evaluationWeekday') {
      const day = DAYS_ID.findIndex((d) => d.toLowerCase() === raw.trim().toLowerCase());
      if (day >= 0) out[key] = day;
    } else if (key === 'reminderDays') {
      const found = (Object.keys(REMINDER_DAYS) as ReminderDays[]).find((k) => REMINDER_DAYS[k].toLowerCase() === raw.trim().toLowerCase());
      if (found) out[key] = found;
    } else if (NUMERIC.includes(key)) {
      const n = Number(raw);
      if (raw.trim() !== '' && Number.isInteger(n)) out[key] = n;
    } else if (key in DRIVE_IDS) {
      // A link pasted into the sheet by hand (or saved before links were read) still names its item.
      const id = DRIVE_IDS[key as keyof typeof DRIVE_IDS](raw);
      out[key] = 'value' in id ? id.value : raw.trim();
    } else {
      out[key] = key === 'officialNip' ? normaliseNip(raw) : raw;
    }
  }
  return out as unknown as Settings;
}

const text = (label: string, max = 300) =>
  z.string({ error: `${label} harus berupa teks.` }).check(z.trim(), z.maxLength(max, `${label} paling banyak ${max} karakter.`));
const weekdayField = (label: string) =>
  z
    .int({ error: `${label} harus salah satu hari.` })
    .check(z.minimum(0, `${label} harus salah satu hari.`), z.maximum(6, `${label} harus salah satu hari.`));

/** A problem prefixed with the field's label, so the message names the field wherever it is shown. */
const labelled = (label: string, result: Normalised): Normalised =>
  'problem' in result ? { problem: `${label}: ${result.problem}` } : result;

/** Every field optional: the form sends what it changed. */
export const settingsInput = z.partial(
  form({
    // The kop's one line a report cannot do without (reports refuse while it is empty: letterheadProblem).
    agencyName: name(SETTING_LABELS.agencyName, 300),
    agencyAddress: text(SETTING_LABELS.agencyAddress),
    agencyPhone: text(SETTING_LABELS.agencyPhone, 40),
    agencyFax: text(SETTING_LABELS.agencyFax, 40),
    dateCity: text(SETTING_LABELS.dateCity, 60),
    officialName: text(SETTING_LABELS.officialName, 120),
    officialPosition: text(SETTING_LABELS.officialPosition, 200),
    officialRank: text(SETTING_LABELS.officialRank, 80),
    officialNip: text(SETTING_LABELS.officialNip, 30),
    emailPelaksana: emailList(SETTING_LABELS.emailPelaksana),
    emailHumas: emailList(SETTING_LABELS.emailHumas),
    emailPubdisdok: emailList(SETTING_LABELS.emailPubdisdok),
    emailKepala: z.union([z.literal(''), email(SETTING_LABELS.emailKepala)], {
      error: `${SETTING_LABELS.emailKepala} bukan alamat email yang sah.`,
    }),
    governmentName: text(SETTING_LABELS.governmentName, 120),
    reportFolderId: canonical(SETTING_LABELS.reportFolderId, (s) => labelled(SETTING_LABELS.reportFolderId, folderIdOf(s))),
    logoFileId: canonical(SETTING_LABELS.logoFileId, (s) => labelled(SETTING_LABELS.logoFileId, fileIdOf(s))),
    reportNumber: text(SETTING_LABELS.reportNumber, 100),
    liveWeekday: weekdayField(SETTING_LABELS.liveWeekday),
    evaluationWeekday: weekdayField(SETTING_LABELS.evaluationWeekday),
    liveStart: time(SETTING_LABELS.liveStart),
    liveEnd: time(SETTING_LABELS.liveEnd),
    qaStart: time(SETTING_LABELS.qaStart),
    qaEnd: time(SETTING_LABELS.qaEnd),
    reminderHour: z
      .int({ error: `${SETTING_LABELS.reminderHour} harus jam 0–23.` })
      .check(
        z.minimum(0, `${SETTING_LABELS.reminderHour} harus jam 0–23.`),
        z.maximum(23, `${SETTING_LABELS.reminderHour} harus jam 0–23.`),
      ),
    reminderDays: z.enum(['kerja', 'setiap'], {
      error: `${SETTING_LABELS.reminderDays} harus "${REMINDER_DAYS.kerja}" atau "${REMINDER_DAYS.setiap}".`,
    }),
    escalationDays: z
      .int({ error: `${SETTING_LABELS.escalationDays} harus bilangan bulat 0–${MAX_ESCALATION_DAYS}.` })
      .check(
        z.minimum(0, `${SETTING_LABELS.escalationDays} harus bilangan bulat 0–${MAX_ESCALATION_DAYS}.`),
        z.maximum(MAX_ESCALATION_DAYS, `${SETTING_LABELS.escalationDays} harus bilangan bulat 0–${MAX_ESCALATION_DAYS}.`),
      ),
  }),
);

/** Merges a change into the settings, enforcing the rules that span fields. */
export function mergeSettings(current: Settings, change: Partial<Settings>): Settings {
  const next: Settings = { ...current, ...change };
  const errors: FieldError[] = [];
  if (change.officialNip !== undefined && change.officialNip !== '') {
    const problem = nipProblem(change.officialNip);
    if (problem) errors.push({ field: 'officialNip', message: `${SETTING_LABELS.officialNip}: ${problem}` });
    else next.officialNip = normaliseNip(change.officialNip);
  }
  if (timeToMinutes(next.liveEnd) <= timeToMinutes(next.liveStart)) {
    errors.push({ field: 'liveEnd', message: `${SETTING_LABELS.liveEnd} harus setelah ${SETTING_LABELS.liveStart.toLowerCase()}.` });
  }
  if (timeToMinutes(next.qaEnd) <= timeToMinutes(next.qaStart)) {
    errors.push({ field: 'qaEnd', message: `${SETTING_LABELS.qaEnd} harus setelah ${SETTING_LABELS.qaStart.toLowerCase()}.` });
  }
  if (errors.length) throw new Refusal(errors);
  return next;
}

export const settingKeys = (): SettingKey[] => [...SETTING_KEYS];
