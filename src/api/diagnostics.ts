/**
 * "Periksa register" and "Periksa instalasi": what an office runs after deploying to its real
 * Sheet, or when something looks wrong. Read-only; every finding says where and what to do.
 */

import { roleAddresses } from '../domain/reminders/reminders';
import { formatDateTimeId } from '../domain/shared/dates';
import { SCHEMAS, type SheetSchema, SPREADSHEET_ZONE } from '../domain/shared/schema';
import { ROLES, type Role } from '../domain/shared/sop';
import { form } from '../domain/shared/validation';
import { menuPath } from '../entrypoints';
import { normaliseHeader, setupHint } from '../gas/cells';
import type { Register } from '../gas/register';
import { FOLDER_PROBLEM, findFolder, logoImage } from '../gas/report-doc';
import { loadFormRef, openLiveForm, submitTrigger } from '../gas/survey-form';
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
function knownIds(register: Register): Known {
  const known: Known = {};
  for (const [key, ref] of Object.entries(REFERENCES) as [keyof typeof REFERENCES, (typeof REFERENCES)[keyof typeof REFERENCES]][]) {
    try {
      known[key] = new Set(register.table(ref.sheet).texts(ref.column));
    } catch {
      // A missing sheet or column: reported by that sheet's own check.
    }
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

/** `known` absent: the sheet's columns only (the structure "Periksa instalasi" checks), not its rows. */
function checkSheet(register: Register, key: keyof typeof SCHEMAS, schema: SheetSchema, known?: Known): SheetCheck {
  const sheet = register.spreadsheet.getSheetByName(schema.name);
  if (!sheet) return { name: schema.name, rows: 0, problems: [`Lembar tidak ada. ${setupHint}`], more: 0 };
  const headerOnly = !known || APPEND_ONLY.includes(key);
  const values = headerOnly ? sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues() : sheet.getDataRange().getValues();
  const headers = (values[0] ?? []).map(normaliseHeader);
  const problems: string[] = [];
  for (const c of schema.columns) {
    if (!headers.includes(normaliseHeader(c.header)))
      problems.push(`Kolom "${c.header}" tidak ada (mungkin diganti nama atau dihapus). ${setupHint}`);
  }
  headers.forEach((h, i) => {
    if (h && headers.indexOf(h) !== i) problems.push(`Judul kolom "${String(values[0][i])}" muncul lebih dari sekali.`);
  });
  if (headerOnly) return { name: schema.name, rows: Math.max(sheet.getLastRow() - 1, 0), problems, more: 0 };
  if (problems.length) return { name: schema.name, rows: Math.max(values.length - 1, 0), problems, more: 0 };
  const table = register.tableOf(key, values);
  problems.push(
    ...table.problems.map((p) => `Baris ${p.row}, kolom "${p.column}": ${p.message.split(': ').slice(1).join(': ')} Perbaiki isinya.`),
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
    const ids = known?.[c.key as keyof typeof REFERENCES];
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
  return {
    name: schema.name,
    rows: table.rows().length,
    problems: problems.slice(0, MAX_LISTED),
    more: Math.max(problems.length - MAX_LISTED, 0),
  };
}

function checkSheets(register: Register, known?: Known): { ok: boolean; sheets: SheetCheck[] } {
  const sheets = (Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[]).map((key) => checkSheet(register, key, SCHEMAS[key], known));
  return { ok: sheets.every((s) => !s.problems.length), sheets };
}

export const checkRegister = endpoint(form({}), (_input, ctx) => checkSheets(ctx.register, knownIds(ctx.register)), { write: false });

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
        ? 'Indonesia (tanggal HH/BB/TTTT, desimal koma), WIB.'
        : `Lokal ${zone.locale}, zona waktu ${zone.timeZone}: tanggal yang diketik dapat terbaca salah (05/12/2026 menjadi 12 Mei). ` +
            `Jalankan ${menuPath('showRegisterSetup')} agar diatur ke Indonesia (${SPREADSHEET_ZONE.locale}) dan ${SPREADSHEET_ZONE.timeZone}.`,
    );
    const settings = ctx.settings();
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
    const s = statusOrNull(ctx);
    if (s) {
      add(
        'Pemicu pengingat',
        s.installed && !s.dead,
        !s.installed
          ? `Belum dipasang: ${menuPath('showReminderInstall')}.`
          : s.dead
            ? `Dipasang oleh ${s.owner}, tetapi tidak berjalan sejak lebih dari sehari (mungkin akun itu tidak lagi punya akses). ` +
              `Pilih ${menuPath('showReminderInstall')} untuk memasangnya atas nama akun Anda.`
            : s.ownedByMe
              ? `Terpasang atas nama Anda (${s.owner}); email pengingat dikirim dari akun ini.`
              : `Terpasang atas nama ${s.owner}; email pengingat dikirim dari akun itu, dan hanya akun itu yang dapat menghentikannya.`,
      );
      const lastErrors = s.lastRun?.errors ?? [];
      add(
        'Pengiriman terakhir',
        !lastErrors.length && !s.uncertain,
        s.lastRun
          ? `${formatDateTimeId(s.lastRun.at)}: ${s.lastRun.sent} terkirim, ${s.lastRun.deferred} ditunda${lastErrors.length ? `; galat: ${lastErrors.join('; ')}` : ''}${s.uncertain ? `; ${s.uncertain} berstatus tidak pasti` : ''}.`
          : 'Belum pernah berjalan.',
      );
      add('Kuota email hari ini', s.quotaLeft > 0, `${s.quotaLeft} penerima tersisa.`);
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
