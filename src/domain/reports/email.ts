/**
 * The e-mail that announces a report to the team: who may get it, and what it says. Pure: the sidebar
 * shows it before anything is sent, and the same text goes out.
 */
import { roleAddresses } from '../reminders/reminders';
import type { Settings } from '../settings/settings';
import { formatDateId, isIsoDate } from '../shared/dates';
import { NAME } from '../shared/programme';
import { ROLES, type Role } from '../shared/sop';
import { REPORT_PREFIX } from './document';
import { isPeriod, periodTitle } from './periods';

export interface ReportRecipient {
  address: string;
  /** The team roles of the address, as Pengaturan names them. */
  roles: string[];
  /** Ticked at first: everyone on the team but the head of office, who is told when the office chooses. */
  suggested: boolean;
}

/** Every address of the settings, once, with its roles. */
export function reportRecipients(settings: Settings): ReportRecipient[] {
  const byAddress = new Map<string, Role[]>();
  for (const role of Object.keys(ROLES) as Role[]) {
    for (const address of roleAddresses(role, settings)) byAddress.set(address, [...(byAddress.get(address) ?? []), role]);
  }
  return [...byAddress].map(([address, roles]) => ({
    address,
    roles: roles.map((r) => ROLES[r]),
    suggested: roles.some((r) => r !== 'kepala'),
  }));
}

/** A report's file name as people read it: periods and dates in words ("… – Rekap Desember 2026"). */
export function reportTitle(name: string): string {
  const recap = /Rekap (\d{4}-\d{2}-\d{2}) s\.d\. (\d{4}-\d{2}-\d{2})$/.exec(name);
  if (recap && isPeriod(recap[1], recap[2])) return name.replace(recap[0], `Rekap ${periodTitle(recap[1], recap[2])}`);
  return name.replace(/\d{4}-\d{2}-\d{2}/g, (d) => (isIsoDate(d) ? formatDateId(d) : d));
}

export interface ReportLinks {
  name: string;
  url: string;
  pdfUrl: string | null;
  folderUrl: string | null;
  spreadsheetUrl: string;
}

/** Subject and plain-text body. The subject's tag names the programme, so its title does not again ("[HALO KOP-UKM] Laporan Rekap …"). */
export function reportEmail(links: ReportLinks): { subject: string; body: string } {
  const title = reportTitle(links.name);
  return {
    subject: `[${NAME}] ${title.replace(`${REPORT_PREFIX} – `, 'Laporan ')}`,
    body: [
      'Yth. Bapak/Ibu,',
      '',
      'Laporan berikut sudah tersedia di Google Drive:',
      title,
      '',
      `Dokumen: ${links.url}`,
      ...(links.pdfUrl ? [`PDF: ${links.pdfUrl}`] : []),
      ...(links.folderUrl ? [`Folder laporan: ${links.folderUrl}`] : []),
      '',
      'Jika tautan tidak dapat dibuka, mintalah akses kepada pengelola folder laporan.',
      '',
      `Register ${NAME}: ${links.spreadsheetUrl}`,
    ].join('\n'),
  };
}
