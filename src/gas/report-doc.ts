/**
 * Writes a report (domain/reports/document.ts) as a Google Doc in the report folder. One appendTable per
 * table, one call per styled paragraph: the calls depend on the report's layout, not on the number
 * of rows. Generating again rewrites the same document, found by its id or by its name in the folder,
 * whoever made it (an editor may change its content); duplicates that a double click or a race left, and
 * the previous PDF, are taken out of use (see retire).
 */
import { type Block, figuresOf, REPORT_PREFIX, type Report, type Section } from '../domain/reports/document';
import { NAME } from '../domain/shared/programme';
import { refuse } from '../domain/shared/validation';
import { CHART_SIZE, chartImages } from './charts';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;
type Body = GoogleAppsScript.Document.Body;

export const FOLDER_NAME = `Laporan ${NAME}`;
/** Put before the name of an earlier copy that only its owner may trash. */
const SUPERSEDED_PREFIX = '[Versi lama] ';
const MIME = { doc: 'application/vnd.google-apps.document', pdf: 'application/pdf' };
/** The page's text width in points (A4/Letter with Docs' default 1-inch margins). */
const TEXT_WIDTH = 468;

export interface ReportFile {
  documentId: string;
  url: string;
  name: string;
  /** The PDF copy beside it, when one was asked for or made earlier (see refreshPdf). */
  pdfUrl?: string;
}

/** The id in a Docs URL ("…/document/d/<id>/edit"), or null. */
export function documentIdOf(url: string): string | null {
  return /\/document\/d\/([\w-]+)/.exec(url)?.[1] ?? null;
}

/** The Drive item, or null when it cannot be opened (no such id, deleted for good, no access) or is in the trash. */
function openable<T extends Folder | File>(open: () => T): T | null {
  try {
    const item = open();
    return item.isTrashed() ? null : item;
  } catch (error) {
    // Google's message says no more than "not found or no access", in English or the account's language.
    console.error(error);
    return null;
  }
}

export const FOLDER_PROBLEM =
  'Folder laporan di Pengaturan tidak dapat dibuka: folder itu tidak ada, sudah dihapus, atau akun Anda tidak ' +
  'punya akses ke sana. Periksa tautannya, minta akses kepada pemilik folder, atau kosongkan "Folder laporan" agar folder baru dibuat.';

/** The folder with this id, or null when it cannot be used (see openable). */
export const findFolder = (id: string): Folder | null => openable(() => DriveApp.getFolderById(id));

/** The report folder of the settings; refused (never silently replaced) when it cannot be opened. */
export function openFolder(id: string): Folder {
  return findFolder(id) ?? refuse('', FOLDER_PROBLEM);
}

/** The image types Docs takes (Docs help, "Insert an image": https://support.google.com/docs/answer/97447); others are refused here. */
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif'];

/** The kop's logo from Drive, or why it cannot be used. */
export function logoImage(id: string): { image: GoogleAppsScript.Base.Blob } | { problem: string } {
  const file = openable(() => DriveApp.getFileById(id));
  if (!file)
    return {
      problem: 'Logo kop di Pengaturan tidak dapat dibuka: berkasnya tidak ada, sudah dihapus, atau akun Anda tidak punya akses ke sana.',
    };
  if (!IMAGE_TYPES.includes(file.getMimeType()))
    return { problem: `Logo kop di Pengaturan bukan gambar PNG, JPEG, atau GIF ("${file.getName()}").` };
  return { image: file.getBlob() };
}

export const createFolder = (): Folder => DriveApp.createFolder(FOLDER_NAME);

/**
 * Which of `addresses` cannot open the folder: no role on it of their own (getAccess counts roles inherited from
 * folders above) and no link sharing that lets them in. Access given only through a Google Group is not seen.
 * https://developers.google.com/apps-script/reference/drive/folder#getaccessemail
 * One Drive request per address asked about, so callers ask only about the addresses they show or mail. The account
 * running the script is not asked about: Drive handed it this folder, so it can open it.
 */
export function withoutAccess(folder: Folder, addresses: readonly string[]): string[] {
  const link = folder.getSharingAccess();
  if (link === DriveApp.Access.ANYONE || link === DriveApp.Access.ANYONE_WITH_LINK) return [];
  const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  // A shared drive's folder has no owner (getOwner() is null): its domain sharing cannot be told from here.
  const owner = link === DriveApp.Access.DOMAIN || link === DriveApp.Access.DOMAIN_WITH_LINK ? folder.getOwner()?.getEmail() : undefined;
  const self = Session.getEffectiveUser().getEmail().toLowerCase();
  return addresses.filter(
    (a) => a.toLowerCase() !== self && !(owner && domainOf(owner) === domainOf(a)) && folder.getAccess(a) === DriveApp.Permission.NONE,
  );
}

/** The folder a report document is in, if the user can see it. */
export function folderOf(file: File): Folder | null {
  const parents = file.getParents();
  return parents.hasNext() ? parents.next() : null;
}

/** The PDF copy beside a report (see saveReport), if there is one. */
export function pdfOf(folder: Folder, file: File): File | null {
  const byName = folder.getFilesByName(`${file.getName()}.pdf`);
  while (byName.hasNext()) {
    const pdf = byName.next();
    if (!pdf.isTrashed()) return pdf;
  }
  return null;
}

const isReport = (f: File) => !f.isTrashed() && f.getMimeType() === MIME.doc && f.getName().startsWith(REPORT_PREFIX);

/** The report's existing documents: the one known by id first, then those of its name in the folder. */
function existing(folder: Folder, name: string, knownId: string | null): File[] {
  const found: File[] = [];
  if (knownId) {
    try {
      const file = DriveApp.getFileById(knownId);
      if (isReport(file)) found.push(file);
    } catch {
      // Deleted or no longer shared: the name lookup below decides.
    }
  }
  const byName = folder.getFilesByName(name);
  while (byName.hasNext()) {
    const file = byName.next();
    if (file.getId() !== knownId && isReport(file)) found.push(file);
  }
  return found;
}

interface Style {
  bold?: boolean;
  size?: number;
  align?: 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
  italic?: boolean;
  underline?: boolean;
}

/**
 * Every text attribute of a body paragraph, defaults included: a paragraph appended in Docs may take
 * on the style of the one before it, so nothing is left to inherit.
 */
function attrs({ bold = false, size = 11, align = 'LEFT', italic = false, underline = false }: Style) {
  const a = DocumentApp.Attribute;
  return {
    [a.HEADING]: DocumentApp.ParagraphHeading.NORMAL,
    [a.BOLD]: bold,
    [a.ITALIC]: italic,
    [a.UNDERLINE]: underline,
    [a.FONT_SIZE]: size,
    [a.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment[align],
  };
}

class Writer {
  private figure = 0;
  constructor(
    private readonly body: Body,
    private readonly images: ReadonlyArray<GoogleAppsScript.Base.Blob | null>,
  ) {}

  line(text: string, style: Style = {}): void {
    this.body.appendParagraph(text).setAttributes(attrs(style));
  }

  heading(text: string, level: 1 | 2): void {
    // The naskah dinas uses the body font for headings; the heading level keeps Docs' outline.
    const a = DocumentApp.Attribute;
    this.body
      .appendParagraph(text)
      .setHeading(level === 1 ? DocumentApp.ParagraphHeading.HEADING2 : DocumentApp.ParagraphHeading.HEADING3)
      .setAttributes({ [a.BOLD]: true, [a.ITALIC]: false, [a.FONT_SIZE]: 12, [a.FOREGROUND_COLOR]: '#000000' });
  }

  block(b: Block): void {
    if (b.kind === 'paragraph') {
      this.line(b.text, { align: 'JUSTIFY' });
      return;
    }
    if (b.kind === 'table') {
      const table = this.body.appendTable([b.header, ...b.rows]);
      const a = DocumentApp.Attribute;
      b.header.forEach((_, j) => table.getCell(0, j).setAttributes({ [a.BOLD]: true, [a.BACKGROUND_COLOR]: '#eeeeee' }));
      return;
    }
    const image = this.images[this.figure++];
    if (!image) {
      this.line(`(Grafik "${b.title}" tidak dapat dibuat; angkanya ada pada tabel di bagian ini.)`, { italic: true });
      return;
    }
    this.body
      .appendImage(image)
      .setWidth(TEXT_WIDTH)
      .setHeight(Math.round((TEXT_WIDTH * CHART_SIZE.height) / CHART_SIZE.width));
    this.line(`Gambar ${this.figure}. ${b.title}`, { italic: true, align: 'CENTER' });
  }

  section(s: Section, level: 1 | 2): void {
    this.heading(s.title, level);
    for (const b of s.blocks) this.block(b);
    for (const part of s.parts ?? []) this.section(part, 2);
  }
}

/** The logo's height on the page, in points: about the kop's three lines of text. */
const LOGO_HEIGHT = 64;

/** The kop's logo, centred above its text; a logo Docs refuses leaves the report without it, with a warning. */
function writeLogo(body: Body, logo: GoogleAppsScript.Base.Blob, warn: (message: string) => void): void {
  const paragraph = body.appendParagraph('').setAttributes(attrs({ align: 'CENTER' }));
  try {
    const image = paragraph.appendInlineImage(logo);
    image.setWidth(Math.round((image.getWidth() * LOGO_HEIGHT) / image.getHeight())).setHeight(LOGO_HEIGHT);
  } catch (error) {
    console.error(error);
    warn('Gambar logo kop tidak dapat dimasukkan ke dokumen (gunakan gambar PNG atau JPEG yang lebih kecil); laporan dibuat tanpa logo.');
  }
}

function write(
  body: Body,
  report: Report,
  images: ReadonlyArray<GoogleAppsScript.Base.Blob | null>,
  logo: GoogleAppsScript.Base.Blob | null,
  warn: (message: string) => void,
): void {
  const w = new Writer(body, images);
  const { letterhead: kop, signature: sig } = report;
  if (logo) writeLogo(body, logo, warn);
  // A kop line the settings leave empty is left out, not printed blank.
  if (kop.government) w.line(kop.government, { bold: true, size: 14, align: 'CENTER' });
  w.line(kop.agency, { bold: true, size: 14, align: 'CENTER' });
  if (kop.address) w.line(kop.address, { size: 10, align: 'CENTER' });
  if (kop.contact) w.line(kop.contact, { size: 10, align: 'CENTER' });
  body.appendHorizontalRule();
  for (const t of report.title) w.line(t, { bold: true, size: 12, align: 'CENTER' });
  w.line('');
  for (const s of report.sections) w.section(s, 1);
  w.line('');
  w.line(sig.placeDate, { align: 'RIGHT' });
  w.line(sig.position, { align: 'RIGHT' });
  for (let i = 0; i < 3; i++) w.line('', { align: 'RIGHT' });
  w.line(sig.name, { bold: true, underline: true, align: 'RIGHT' });
  w.line(sig.rank, { align: 'RIGHT' });
  w.line(sig.nip, { align: 'RIGHT' });
  // A new or cleared body starts with one empty paragraph: drop it so the kop is the first line.
  body.getParagraphs()[0].removeFromParent();
}

/**
 * Writes the report into its document (the one with `knownId`, else the one of its name in the
 * folder, else a new one there) and returns where it is. `pdf` adds a PDF copy beside it; a copy made
 * earlier is made again in any case (refreshPdf). `warn` hears of a chart that could not be drawn.
 */
export function saveReport(
  report: Report,
  folder: Folder,
  knownId: string | null,
  options: { pdf?: boolean; warn?: (message: string) => void } = {},
): ReportFile {
  const warn = options.warn ?? (() => undefined);
  const figures = figuresOf(report);
  let images: Array<GoogleAppsScript.Base.Blob | null>;
  try {
    images = chartImages(figures);
  } catch (error) {
    // A report without its chart is better than no report: the figures are in its tables.
    console.error(error);
    warn('Grafik tidak dapat dibuat; laporan dibuat tanpa grafik.');
    images = figures.map(() => null);
  }
  let logo: GoogleAppsScript.Base.Blob | null = null;
  if (report.letterhead.logoFileId) {
    const found = logoImage(report.letterhead.logoFileId);
    if ('problem' in found) warn(`${found.problem} Laporan dibuat tanpa logo.`);
    else logo = found.image;
  }
  const [keep, ...extra] = existing(folder, report.name, knownId);
  for (const file of extra) retire(file, options.warn);
  let doc: GoogleAppsScript.Document.Document;
  if (keep) {
    doc = DocumentApp.openById(keep.getId());
    doc.getBody().clear();
    if (keep.getName() !== report.name) doc.setName(report.name);
  } else {
    doc = DocumentApp.create(report.name);
    DriveApp.getFileById(doc.getId()).moveTo(folder);
  }
  write(doc.getBody(), report, images, logo, warn);
  const file: ReportFile = { documentId: doc.getId(), url: doc.getUrl(), name: report.name };
  doc.saveAndClose();
  const pdfUrl = refreshPdf(folder, file, Boolean(options.pdf), options.warn);
  if (pdfUrl) file.pdfUrl = pdfUrl;
  return file;
}

/**
 * Takes an earlier copy out of use. "Only the file owner can trash a file"
 * (developers.google.com/workspace/drive/api/guides/delete), and a colleague may have made it: an editor can still
 * rename it, so it no longer passes for the current copy, and the user hears whose it is. Never throws: the new
 * copy is already written, and the register must still record it.
 */
function retire(file: File, warn?: (message: string) => void): void {
  try {
    file.setTrashed(true);
    return;
  } catch {
    // Not ours to trash.
  }
  const name = file.getName();
  let owner = '';
  try {
    owner = file.getOwner()?.getEmail() ?? '';
    file.setName(SUPERSEDED_PREFIX + name);
    warn?.(
      `Salinan lama "${name}"${owner ? ` milik ${owner}` : ''} hanya dapat dibuang oleh pemiliknya; namanya diganti menjadi "${SUPERSEDED_PREFIX}${name}". Mintalah pemiliknya membuangnya.`,
    );
  } catch {
    warn?.(
      `Salinan lama "${name}"${owner ? ` milik ${owner}` : ''} tidak dapat dibuang atau diganti namanya. Mintalah pemiliknya membuangnya.`,
    );
  }
}

/**
 * The PDF beside the saved Doc, when one is asked for or an earlier one is there: a PDF must never say something else
 * than its document, so one made before is made again with it. The earlier ones are retired after the new one is
 * written; when it cannot be written they are retired all the same, and the user hears why there is no PDF.
 */
function refreshPdf(folder: Folder, doc: ReportFile, wanted: boolean, warn?: (message: string) => void): string | undefined {
  const name = `${doc.name}.pdf`;
  const old: File[] = [];
  const byName = folder.getFilesByName(name);
  while (byName.hasNext()) {
    const file = byName.next();
    if (!file.isTrashed()) old.push(file);
  }
  if (!wanted && !old.length) return undefined;
  let pdf: File | null = null;
  try {
    pdf = folder.createFile(DriveApp.getFileById(doc.documentId).getAs(MIME.pdf).setName(name));
  } catch (error) {
    console.error(error);
    warn?.(
      `Salinan PDF "${name}" tidak dapat dibuat${old.length ? '; PDF lama dibuang agar tidak berbeda dari dokumennya' : ''}. ` +
        'Buat laporannya lagi dengan salinan PDF nanti.',
    );
  }
  for (const file of old) retire(file, warn);
  return pdf?.getUrl();
}
