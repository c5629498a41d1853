/**
 * Reports as Google Docs in the report folder, and e-mailing their link. The register is read and the
 * document written without the lock (Drive and Docs take seconds); only the link and the audit row
 * are then written under it, over the same reading of the register (finishUnderLock). E-mailing a link takes the lock first: a register too busy to record the
 * e-mail must not have sent one that the user is then told to send again.
 */
import * as z from 'zod/mini';
import { isCancelled } from '../domain/episodes/episodes';
import { letterheadProblem, REPORT_PREFIX, signatureWarning } from '../domain/reports/document';
import { type ReportRecipient, reportEmail, reportRecipients } from '../domain/reports/email';
import { episodeReport } from '../domain/reports/episode-report';
import { recordsOf } from '../domain/reports/figures';
import { periodReport } from '../domain/reports/period-report';
import { isPeriod } from '../domain/reports/periods';
import { formatDateId } from '../domain/shared/dates';
import { folderUrl } from '../domain/shared/drive-links';
import { NAME } from '../domain/shared/programme';
import { form, id, isoDate, name, optionalText, Refusal, refuse } from '../domain/shared/validation';
import { tryRegisterLock } from '../gas/lock';
import { mailQuotaLeft, sendMail } from '../gas/mail';
import {
  createFolder,
  documentIdOf,
  FOLDER_NAME,
  folderOf,
  openFolder,
  pdfOf,
  type ReportFile,
  saveReport,
  withoutAccess,
} from '../gas/report-doc';
import { writeSettings } from '../gas/settings-store';
import { BUSY_MESSAGE, type Context, endpoint, finishUnderLock, underLock } from './endpoint';
import { findEpisode } from './shared/episodes';
import { registerData } from './shared/register-data';
import { surveyRespondents } from './shared/respondents';

/** A year and a day: the longest period a recap covers. */
const MAX_PERIOD_DAYS = 366;
const pdf = z.optional(z.boolean({ error: 'Pilihan "Salinan PDF" harus ya atau tidak.' }));
/** This report's nomor surat; empty: the one in the settings. */
const number = optionalText('Nomor surat', 100);

/**
 * The slow work starts only when the register is free now: while another execution holds the lock for
 * long, a document written now could not be recorded ("coba lagi" would follow a document written).
 */
function requireFree(): void {
  const lock = tryRegisterLock();
  if (!lock) refuse('', BUSY_MESSAGE);
  lock.releaseLock();
}

/** The report folder; created in the user's Drive (and its id saved) when the settings name none. */
function reportFolder(ctx: Context): GoogleAppsScript.Drive.Folder {
  const configured = ctx.settings().reportFolderId;
  if (configured) return openFolder(configured);
  // Under the lock, so two first reports at once make one folder.
  const created = underLock((c) => {
    const settings = c.settings();
    if (settings.reportFolderId) return settings.reportFolderId;
    const folderId = createFolder().getId();
    writeSettings(c.register, { ...settings, reportFolderId: folderId });
    c.audit('buat folder laporan', folderId, '', FOLDER_NAME);
    return folderId;
  });
  if (!created.ok) throw new Refusal(created.errors);
  ctx.warn(`Folder "${FOLDER_NAME}" dibuat di Google Drive Anda untuk menyimpan laporan. Bagikan folder itu kepada tim.`);
  return openFolder(created.data);
}

/** Refused without the kop's agency name; warned when the signature block will be left for handwriting. */
function checkSettings(ctx: Context): void {
  const problem = letterheadProblem(ctx.settings());
  if (problem) refuse('', problem);
  const warning = signatureWarning(ctx.settings());
  if (warning) ctx.warn(warning);
}

export const generateEpisodeReport = endpoint(
  form({ episodeId: id('ID episode'), pdf, number }),
  (input, ctx): ReportFile & { episodeId: string } => {
    const { index, row } = findEpisode(ctx, input.episodeId);
    checkSettings(ctx);
    requireFree();
    if (isCancelled(row)) ctx.warn(`Episode ${row.id} dibatalkan; laporannya mencatat pembatalan itu.`);
    const data = registerData(ctx, [row.id]);
    const record = recordsOf(data)(data.views.find((v) => v.id === row.id)!);
    const respondents = surveyRespondents(ctx.register, { episodeId: row.id });
    const report = episodeReport({ record, respondents, settings: ctx.settings(), now: ctx.now, number: input.number || undefined });
    const file = saveReport(report, reportFolder(ctx), documentIdOf(row.reportUrl), { pdf: input.pdf, warn: ctx.warn });
    finishUnderLock(ctx, () => {
      const episodes = ctx.register.table('episodes');
      // Rows sorted or deleted by hand while the document was written: the next try updates the same document.
      if (String(episodes.readFresh([index], 'id').get(index)).trim() !== row.id)
        refuse('', `Baris episode ${row.id} berpindah di lembar Episode selama laporan dibuat. Coba lagi.`);
      if (row.reportUrl !== file.url) episodes.patch(index, { reportUrl: file.url });
      ctx.audit('buat laporan episode', row.id, row.reportUrl || undefined, { name: file.name, url: file.url, pdfUrl: file.pdfUrl });
    });
    return { ...file, episodeId: row.id };
  },
  { write: false },
);

export const generatePeriodReport = endpoint(
  form({ from: isoDate('Dari tanggal'), to: isoDate('Sampai tanggal'), pdf, number }),
  (input, ctx): ReportFile => {
    if (!isPeriod(input.from, input.to)) refuse('to', 'Sampai tanggal harus sama dengan atau setelah Dari tanggal.');
    const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 + 1;
    if (days > MAX_PERIOD_DAYS) refuse('to', `Rekap paling panjang satu tahun (${MAX_PERIOD_DAYS} hari); periode ini ${days} hari.`);
    checkSettings(ctx);
    requireFree();
    const report = periodReport({
      data: registerData(ctx),
      from: input.from,
      to: input.to,
      respondents: surveyRespondents(ctx.register, { from: input.from, to: input.to }),
      settings: ctx.settings(),
      now: ctx.now,
      number: input.number || undefined,
    });
    const file = saveReport(report, reportFolder(ctx), null, { pdf: input.pdf, warn: ctx.warn });
    finishUnderLock(ctx, () => ctx.audit('buat laporan periode', file.name, undefined, { url: file.url, pdfUrl: file.pdfUrl }));
    return file;
  },
  { write: false },
);

export interface ReportList {
  folderUrl: string | null;
  episodes: Array<{ id: string; liveDate: string; label: string; cancelled: boolean; reportUrl: string }>;
}

/** The episodes to pick from, newest first, with their report links: from the sheet, no Drive call. */
export const listReports = endpoint(
  form({}),
  (_input, ctx): ReportList => {
    const folderId = ctx.settings().reportFolderId;
    const guests = new Map(
      ctx.register
        .table('guests')
        .rows()
        .map((g) => [g.id, g]),
    );
    return {
      folderUrl: folderId ? folderUrl(folderId) : null,
      episodes: ctx.register
        .table('episodes')
        .rows()
        .sort((a, b) => b.liveDate.localeCompare(a.liveDate) || b.id.localeCompare(a.id))
        .map((e) => ({
          id: e.id,
          liveDate: e.liveDate,
          cancelled: isCancelled(e),
          reportUrl: e.reportUrl,
          label: `${e.id} · ${formatDateId(e.liveDate)} · ${guests.get(e.guestId)?.organization ?? e.topic}`,
        })),
    };
  },
  { write: false },
);

/** The report document to announce: by id, or the episode's; it must be a HALO KOP-UKM report. */
function reportDocument(ctx: Context, input: { documentId?: string; episodeId?: string }): GoogleAppsScript.Drive.File {
  let documentId = input.documentId;
  if (!documentId) {
    const { row } = findEpisode(ctx, input.episodeId as string, true);
    documentId = documentIdOf(row.reportUrl) ?? refuse('episodeId', `Laporan episode ${row.id} belum dibuat. Buat laporannya dulu.`);
  }
  let file: GoogleAppsScript.Drive.File | null = null;
  try {
    file = DriveApp.getFileById(documentId);
  } catch {
    file = null;
  }
  if (!file || file.isTrashed()) refuse('documentId', 'Dokumen laporan tidak ditemukan atau tidak dapat dibuka.');
  if (!file.getName().startsWith(REPORT_PREFIX)) refuse('documentId', `Dokumen ini bukan laporan ${NAME}.`);
  return file;
}

const documentChoice = { documentId: z.optional(name('ID dokumen', 100)), episodeId: z.optional(id('ID episode')) };

export interface ReportEmailPreview {
  name: string;
  subject: string;
  body: string;
  folderUrl: string | null;
  /** The team's addresses; `canOpen` false: the folder is not shared with them. */
  recipients: Array<ReportRecipient & { canOpen: boolean }>;
}

/** The report's e-mail as it would go out, and the team it may go to. */
function reportMail(ctx: Context, input: { documentId?: string; episodeId?: string }) {
  if (Boolean(input.documentId) === Boolean(input.episodeId)) refuse('documentId', 'Pilih satu: ID dokumen atau ID episode.');
  const file = reportDocument(ctx, input);
  const folder = folderOf(file);
  const pdf = folder && pdfOf(folder, file);
  const folderUrl = folder ? folder.getUrl() : null;
  const mail = reportEmail({
    name: file.getName(),
    url: file.getUrl(),
    pdfUrl: pdf ? pdf.getUrl() : null,
    folderUrl,
    spreadsheetUrl: ctx.register.spreadsheet.getUrl(),
  });
  return { file, folder, mail, folderUrl, team: reportRecipients(ctx.settings()) };
}

export const previewReportEmail = endpoint(
  form(documentChoice),
  (input, ctx): ReportEmailPreview => {
    const { file, folder, mail, folderUrl, team } = reportMail(ctx, input);
    if (!team.length) ctx.warn('Belum ada alamat email tim di Pengaturan.');
    const closed = new Set(
      folder
        ? withoutAccess(
            folder,
            team.map((r) => r.address),
          )
        : [],
    );
    return { name: file.getName(), ...mail, folderUrl, recipients: team.map((r) => ({ ...r, canOpen: !closed.has(r.address) })) };
  },
  { write: false },
);

export const emailReportLink = endpoint(
  form({
    ...documentChoice,
    recipients: z
      .array(z.string({ error: 'Penerima harus berupa alamat email.' }), { error: 'Pilih penerima dari daftar.' })
      .check(z.minLength(1, 'Pilih paling sedikit satu penerima.')),
    share: z.optional(z.boolean({ error: 'Pilihan "Bagikan folder" harus ya atau tidak.' })),
  }),
  (input, ctx): { name: string; url: string; recipients: string[]; shared: string[] } => {
    const { file, folder, mail, team } = reportMail(ctx, input);
    const chosen = [...new Set(input.recipients.map((a) => a.trim().toLowerCase()))];
    const strangers = chosen.filter((a) => !team.some((r) => r.address === a));
    if (strangers.length) refuse('recipients', `Bukan alamat tim di Pengaturan: ${strangers.join(', ')}. Pilih penerima dari daftar.`);
    if (mailQuotaLeft() < chosen.length) refuse('', 'Kuota email harian sudah habis. Coba lagi besok.');
    // Only the chosen are looked up: one Drive request each.
    const closed = folder ? withoutAccess(folder, chosen) : [];
    const shared = folder && input.share ? closed : [];
    // Shared before the e-mail goes out, so the link opens when it arrives.
    for (const address of shared) folder?.addViewer(address);
    if (shared.length) ctx.audit('bagikan folder laporan', folder?.getId() ?? '', undefined, { viewers: shared });
    const stillClosed = closed.filter((a) => !shared.includes(a));
    if (stillClosed.length)
      ctx.warn(`Folder laporan belum dibagikan kepada ${stillClosed.join(', ')}; tautannya mungkin tidak dapat mereka buka.`);
    const url = file.getUrl();
    ctx.audit('kirim tautan laporan', file.getName(), undefined, { url, recipients: chosen });
    sendMail({ to: chosen.join(','), subject: mail.subject, body: mail.body });
    return { name: file.getName(), url, recipients: chosen, shared };
  },
  { write: true },
);
