/**
 * "Periksa register" and "Periksa instalasi": what an office runs after deploying to its real
 * Sheet, or when something looks wrong. Read-only; every finding says where and what to do.
 */

import { roleAddresses } from '../domain/reminders/reminders';
import { formatDateTimeId } from '../domain/shared/dates';
import { SCHEMAS, type SheetKey, SPREADSHEET_ZONE } from '../domain/shared/schema';
import { ROLES, type Role } from '../domain/shared/sop';
import { form } from '../domain/shared/validation';
import { menuPath } from '../entrypoints';
import { type Cell, normaliseHeader, setupHint } from '../gas/cells';
import type { Register } from '../gas/register';
import { FOLDER_PROBLEM, findFolder, logoImage } from '../gas/report-doc';
import { loadFormRef, openLiveForm, submitTrigger } from '../gas/survey-form';
import type { Table } from '../gas/table';
import { type Context, endpoint } from './endpoint';
import { fromMenu } from './menu';
import { type ReminderStatus, reminderStatus } from './shared/reminders';

/** Findings past this many per sheet are counted, not listed. */
const MAX_LISTED = 20;

export interface SheetCheck {
  name: string;
  rows: number;
  problems: string[];
  /** Problems beyond those listed. */
  more: number;
}

const ID_COLUMNS = ['id'];
/**
 * Sheets the product only appends to (through AppendLog) and never reads as records: an unreadable cell there
 * affects nothing, and "Komentar" holds ~500 000 rows after ten years (one read of it alone would take
 * ~40 s). Their columns are checked, not their rows.
 */
const APPEND_ONLY: (keyof typeof SCHEMAS)[] = ['comments', 'audit'];

/** Columns naming a record of another sheet: a row deleted there by hand leaves these pointing at nothing. */
const REFERENCES = {
  episodeId: { label: 'episode', sheet: 'episodes', column: 'id' },
  guestId: { label: 'narasumber', sheet: 'guests', column: 'id' },
} as const;
type Known = Partial<Record<keyof typeof REFERENCES, Set<string>>>;

/** The ids each reference may name; left out when that sheet cannot be read (its own check says why). */
function knownIds(read: readonly SheetRead[]): Known {
  const known: Known = {};
  for (const [key, ref] of Object.entries(REFERENCES) as [keyof typeof REFERENCES, (typeof REFERENCES)[keyof typeof REFERENCES]][]) {
    const table = read.find((r) => r.key === ref.sheet)?.table;
    if (table) known[key] = new Set(table.texts(ref.column));
  }
  return known;
}

/** The reminder status, or null when it cannot be read (a broken ledger is "Periksa register"'s business). */
function statusOrNull(ctx: Context): ReminderStatus | null {
  try {
    return reminderStatus(ctx);
  } catch (error) {
    console.error(error);
    return null;
  }
}

/** A sheet as read once for a check: its columns checked; with its rows (`values`, `table`) when those are checked too. */
interface SheetRead {
  key: SheetKey;
  check: SheetCheck;
  values?: Cell[][];
  table?: Table<SheetKey>;
}

/**
 * One read of a sheet and the check of its columns: the header alone (the structure "Periksa instalasi" checks, and the
 * append-only sheets), or every row when `rows`.
 */
function readSheet(register: Register, key: SheetKey, rows: boolean): SheetRead {
  const schema = SCHEMAS[key];
  const sheet = register.spreadsheet.getSheetByName(schema.name);
  if (!sheet) return { key, check: { name: schema.name, rows: 0, problems: [`Lembar tidak ada. ${setupHint}`], more: 0 } };
  const headerOnly = !rows || APPEND_ONLY.includes(key);
  const values = headerOnly ? [[...(register.header(key) ?? [])]] : (sheet.getDataRange().getValues() as Cell[][]);
  const headers = values[0].map(normaliseHeader);
  const problems: string[] = [];
  for (const c of schema.columns) {
    if (!headers.includes(normaliseHeader(c.header)))
      problems.push(`Kolom "${c.header}" tidak ada (mungkin diganti nama atau dihapus). ${setupHint}`);
  }
  headers.forEach((h, i) => {
    if (h && headers.indexOf(h) !== i) problems.push(`Judul kolom "${String(values[0][i])}" muncul lebih dari sekali.`);
  });
  const count = headerOnly ? Math.max(sheet.getLastRow() - 1, 0) : Math.max(values.length - 1, 0);
  const check = { name: schema.name, rows: count, problems, more: 0 };
  if (headerOnly || problems.length) return { key, check };
  return { key, check, values, table: register.tableOf(key, values) };
}

/** The rows of a sheet whose columns are fine: unreadable cells, values outside a column's options, references, ids. */
function checkRows({ key, check, values, table }: Required<SheetRead>, known: Known): SheetCheck {
  const schema = SCHEMAS[key];
  const headers = values[0].map(normaliseHeader);
  const problems = table.problems.map(
    (p) => `Baris ${p.row}, kolom "${p.column}": ${p.message.split(': ').slice(1).join(': ')} Perbaiki isinya.`,
  );
  const unreadable = new Set(table.problems.map((p) => `${p.row}|${p.column}`));
  for (const c of schema.columns) {
    const at = headers.indexOf(normaliseHeader(c.header));
    values.slice(1).forEach((row, i) => {
      const v = row[at];
      if (c.options && v !== '' && !c.options.includes(String(v)) && !unreadable.has(`${i + 2}|${c.header}`)) {
        problems.push(`Baris ${i + 2}, kolom "${c.header}": "${String(v)}" bukan salah satu pilihan (${c.options.join(', ')}).`);
      }
    });
    const ref = REFERENCES[c.key as keyof typeof REFERENCES];
    const ids = known[c.key as keyof typeof REFERENCES];
    if (ref && ids) {
      values.slice(1).forEach((row, i) => {
        const v = String(row[at]).trim();
        if (v && !ids.has(v)) problems.push(`Baris ${i + 2}: ${ref.label} "${v}" tidak ada di lembar "${SCHEMAS[ref.sheet].name}".`);
      });
    }
    if (ID_COLUMNS.includes(c.key)) {
      const seen = new Map<string, number>();
      values.slice(1).forEach((row, i) => {
        const v = String(row[at]);
        if (!v) return;
        if (seen.has(v)) problems.push(`Baris ${i + 2}: ID "${v}" sama dengan baris ${seen.get(v)}.`);
        else seen.set(v, i + 2);
      });
    }
  }
  return { ...check, rows: table.rows().length, problems: problems.slice(0, MAX_LISTED), more: Math.max(problems.length - MAX_LISTED, 0) };
}

/** Every sheet read once: its columns checked, and with `rows` its rows too, references against the ids read. */
function checkSheets(register: Register, rows = false): { ok: boolean; sheets: SheetCheck[] } {
  const read = (Object.keys(SCHEMAS) as SheetKey[]).map((key) => readSheet(register, key, rows));
  const known = knownIds(read);
  const sheets = read.map((r) => (r.table ? checkRows(r as Required<SheetRead>, known) : r.check));
  return { ok: sheets.every((s) => !s.problems.length), sheets };
}

export const checkRegister = endpoint(form({}), (_input, ctx) => checkSheets(ctx.register, true), { write: false });

export interface InstallationCheck {
  item: string;
  ok: boolean;
  detail: string;
}

export const checkInstallation = endpoint(
  form({}),
  (_input, ctx): { ok: boolean; checks: InstallationCheck[] } => {
    const checks: InstallationCheck[] = [];
    const add = (item: string, ok: boolean, detail: string) => checks.push({ item, ok, detail });
    // Read first, so the structure check below takes these sheets' headers from what was read.
    const settings = ctx.settings();
    const status = statusOrNull(ctx);
    // The sheets and their columns only: reading every row is "Periksa register"'s job (seconds on a large register).
    const broken = checkSheets(ctx.register)
      .sheets.filter((s) => s.problems.length)
      .map((s) => s.name);
    add(
      'Struktur register',
      broken.length === 0,
      broken.length
        ? `Bermasalah: ${broken.join(', ')}. Jalankan "Periksa register".`
        : 'Semua lembar dan kolomnya ada. Isi barisnya diperiksa oleh "Periksa register".',
    );
    const ss = ctx.register.spreadsheet;
    const zone = { timeZone: ss.getSpreadsheetTimeZone(), locale: ss.getSpreadsheetLocale() };
    const zoneOk = zone.timeZone === SPREADSHEET_ZONE.timeZone && zone.locale === SPREADSHEET_ZONE.locale;
    add(
      'Lokal dan zona waktu',
      zoneOk,
      zoneOk
        ? 'Indonesia (tanggal ditulis 05/12/2026, desimal dengan koma), WIB.'
        : `Lokal ${zone.locale}, zona waktu ${zone.timeZone}: tanggal yang diketik dapat terbaca salah (05/12/2026 menjadi 12 Mei). ` +
            `Jalankan ${menuPath('showRegisterSetup')} agar diatur ke Indonesia (${SPREADSHEET_ZONE.locale}) dan ${SPREADSHEET_ZONE.timeZone}.`,
    );
    const missing = (Object.keys(ROLES) as Role[]).filter((r) => !roleAddresses(r, settings).length).map((r) => ROLES[r]);
    add(
      'Email tim',
      !missing.length,
      missing.length ? `Belum diisi: ${missing.join(', ')} (Pengaturan).` : 'Semua peran punya alamat email.',
    );
    const signer = settings.officialName && settings.officialNip;
    add('Pejabat penandatangan laporan', Boolean(signer), signer ? `${settings.officialName}` : 'Nama dan NIP belum diisi (Pengaturan).');
    const opened = settings.reportFolderId ? findFolder(settings.reportFolderId) : null;
    const folderOk = !settings.reportFolderId || opened !== null;
    add(
      'Folder laporan',
      folderOk,
      !settings.reportFolderId
        ? 'Belum diatur; folder dibuat otomatis saat laporan pertama dibuat.'
        : opened
          ? `Folder "${opened.getName()}" dapat dibuka.`
          : FOLDER_PROBLEM,
    );
    if (settings.logoFileId) {
      const logo = logoImage(settings.logoFileId);
      add('Logo kop', !('problem' in logo), 'problem' in logo ? logo.problem : 'Gambar logo dapat dibuka.');
    }
    checks.push(surveyFormCheck());
    const survey = loadFormRef();
    if (survey) {
      const t = submitTrigger(survey);
      add(
        'Impor otomatis jawaban survei',
        t.present !== false,
        !t.owner
          ? 'Pemiliknya tidak tercatat (formulir dibuat oleh versi lama). Jawaban tetap dapat diambil dengan tombol "Ambil jawaban formulir" di panel Survei.'
          : t.present === false
            ? 'Pemicu milik akun Anda hilang. Buka panel Survei: pemicunya dipasang kembali otomatis.'
            : `Pemicu milik ${t.mine ? `Anda (${t.owner})` : t.owner} mengimpor setiap jawaban yang masuk.`,
      );
    }
    if (status) {
      add(
        'Pemicu pengingat',
        status.installed && !status.dead,
        !status.installed
          ? `Belum dipasang: ${menuPath('showReminderInstall')}.`
          : status.dead
            ? `Dipasang oleh ${status.owner}, tetapi tidak berjalan sejak lebih dari sehari (mungkin akun itu tidak lagi punya akses). ` +
              `Pilih ${menuPath('showReminderInstall')} untuk memasangnya atas nama akun Anda.`
            : status.ownedByMe
              ? `Terpasang atas nama Anda (${status.owner}); email pengingat dikirim dari akun ini.`
              : `Terpasang atas nama ${status.owner}; email pengingat dikirim dari akun itu, dan hanya akun itu yang dapat menghentikannya.`,
      );
      const lastErrors = status.lastRun?.errors ?? [];
      add(
        'Pengiriman terakhir',
        !lastErrors.length && !status.uncertain,
        status.lastRun
          ? `${formatDateTimeId(status.lastRun.at)}: ${status.lastRun.sent} terkirim, ${status.lastRun.deferred} ditunda${lastErrors.length ? `; galat: ${lastErrors.join('; ')}` : ''}${status.uncertain ? `; ${status.uncertain} berstatus tidak pasti` : ''}.`
          : 'Belum pernah berjalan.',
      );
      add('Kuota email hari ini', status.quotaLeft > 0, `${status.quotaLeft} penerima tersisa.`);
    }
    return { ok: checks.every((c) => c.ok), checks };
  },
  { write: false },
);

/** Whether the public can answer the survey form: it exists, is out of the trash, published, open and needs no sign-in. */
function surveyFormCheck(): InstallationCheck {
  const item = 'Formulir survei';
  const ref = loadFormRef();
  if (!ref) return { item, ok: true, detail: 'Belum dibuat; buat dari panel Survei bila diperlukan.' };
  const f = openLiveForm(ref);
  const problem = !f
    ? 'tidak dapat dibuka atau sudah dibuang ke sampah Drive. Buat formulir baru dari panel Survei.'
    : !f.isPublished()
      ? 'belum diterbitkan sehingga tidak dapat diisi. Buka panel Survei agar formulir diterbitkan.'
      : !f.isAcceptingResponses()
        ? 'ditutup (tidak menerima jawaban). Buka formulir lalu aktifkan "Menerima jawaban".'
        : f.requiresLogin()
          ? 'mewajibkan responden masuk ke akun instansi, sehingga masyarakat tidak dapat mengisinya. Matikan pembatasan itu di setelan formulir.'
          : '';
  return {
    item,
    ok: !problem,
    detail: problem ? `Formulir ${problem}` : 'Diterbitkan dan menerima jawaban dari siapa saja yang punya tautannya.',
  };
}

/** Menu item "Periksa register". */
export function showRegisterCheck(): void {
  fromMenu(
    'Periksa register',
    () => checkRegister({}),
    (r) => {
      const bad = r.sheets.filter((s) => s.problems.length);
      return {
        alert: bad.length
          ? bad.flatMap((s) => [`${s.name}:`, ...s.problems.map((p) => `• ${p}`), ...(s.more ? [`• … dan ${s.more} temuan lain`] : []), ''])
          : ['Register lengkap dan semua isinya dapat dibaca.'],
      };
    },
  );
}

/** Menu item "Periksa instalasi". */
export function showInstallationCheck(): void {
  fromMenu(
    'Periksa instalasi',
    () => checkInstallation({}),
    (r) => ({ alert: r.checks.map((c) => `${c.ok ? '✓' : '✗'} ${c.item}: ${c.detail}`) }),
  );
}
