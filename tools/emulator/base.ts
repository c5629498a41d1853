/** Base types shared by the services: User, Blob, MimeType, and byte helpers (TextEncoder/atob only: browser-safe). */
import { type Api, enumOf, Fake, type Runtime } from './core';
import { badArguments, notImplemented } from './errors';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const fromUtf8 = (b: Uint8Array): string => new TextDecoder().decode(b);
export const toBase64 = (b: Uint8Array): string => btoa(Array.from(b, (x) => String.fromCharCode(x)).join(''));
export const fromBase64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
/** Apps Script byte arrays are Java bytes: -128..127 (developers.google.com/apps-script/reference/base/blob#getbytes). */
export const signedBytes = (b: Uint8Array): number[] => Array.from(b, (x) => (x > 127 ? x - 256 : x));

export function bytesOf(data: unknown, method: string): Uint8Array {
  if (typeof data === 'string') return utf8(data);
  if (Array.isArray(data) && data.every((x) => typeof x === 'number')) return Uint8Array.from(data as number[], (x) => x & 0xff);
  throw badArguments(method, [data]);
}

/** developers.google.com/apps-script/reference/base/mime-type */
export const MIME = {
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
} as const satisfies Record<keyof GoogleAppsScript.Base.MimeType, string>;

export const BUTTON = enumOf<typeof GoogleAppsScript.Base.Button>()('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const BUTTON_SET = enumOf<typeof GoogleAppsScript.Base.ButtonSet>()('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

const USER = ['getEmail'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Base.User>;
const DRIVE_USER = ['getEmail', 'getName'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Drive.User>;

/** developers.google.com/apps-script/reference/base/user */
export class FakeUser extends Fake implements Api<GoogleAppsScript.Base.User, (typeof USER)[number]> {
  static service = 'User';
  static members: readonly string[] = USER;
  constructor(
    rt: Runtime,
    readonly email: string,
  ) {
    super(rt);
  }
  getEmail(): string {
    return this.email;
  }
}

/** developers.google.com/apps-script/reference/drive/user (owners and editors of Drive items). */
export class FakeDriveUser extends FakeUser implements Api<GoogleAppsScript.Drive.User, (typeof DRIVE_USER)[number]> {
  static members: readonly string[] = DRIVE_USER;
  getName(): string {
    return this.email.split('@')[0] ?? '';
  }
}

const BLOB = [
  'copyBlob',
  'getAs',
  'getBytes',
  'getContentType',
  'getDataAsString',
  'getName',
  'isGoogleType',
  'setBytes',
  'setContentType',
  'setDataFromString',
  'setName',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Base.Blob>;

/** developers.google.com/apps-script/reference/base/blob */
export class FakeBlob extends Fake implements Api<GoogleAppsScript.Base.Blob, (typeof BLOB)[number]> {
  static service = 'Blob';
  static members: readonly string[] = BLOB;
  constructor(
    rt: Runtime,
    public bytes: Uint8Array,
    public contentType: string | null,
    public name: string | null,
  ) {
    super(rt);
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(this.rt, this.bytes.slice(), this.contentType, this.name).api;
  }
  /** Only the identity conversion is modelled here; Docs convert to PDF through Document/File.getAs. */
  getAs(contentType: string): FakeBlob {
    if (contentType !== this.contentType) throw notImplemented(`Blob.getAs from ${this.contentType} to ${contentType}`);
    return this.copyBlob();
  }
  getBytes(): number[] {
    return signedBytes(this.bytes);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(): string {
    return fromUtf8(this.bytes);
  }
  getName(): string | null {
    return this.name;
  }
  isGoogleType(): boolean {
    return false;
  }
  setBytes(data: number[]): FakeBlob {
    this.bytes = bytesOf(data, 'Blob.setBytes');
    return this.api;
  }
  setContentType(contentType: string | null): FakeBlob {
    this.contentType = contentType;
    return this.api;
  }
  setDataFromString(s: string): FakeBlob {
    this.bytes = utf8(String(s));
    return this.api;
  }
  setName(name: string): FakeBlob {
    this.name = name;
    return this.api;
  }
}
