/**
 * Everything the emulator knows, as plain JSON: times are epoch milliseconds and spreadsheet dates are Sheets serial
 * numbers, so `JSON.stringify` round-trips the whole state without tagging (no Date object lives here).
 */

import type { Language } from './language';

export interface CellState {
  /** Value; a date-time is its serial number, shown as a date because of the cell's date format. */
  v?: string | number | boolean;
  /** Formula text, e.g. '=1+1' (formula cells have no stored value: the emulator does not evaluate). */
  f?: string;
  /** Number format; absent means 'General'. */
  fmt?: string;
  note?: string;
  dv?: ValidationState;
  style?: Record<string, string | number | boolean>;
}

export interface ValidationState {
  criteria: string;
  /** VALUE_IN_RANGE stores its range as { sheet, a1 }. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface GridRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  /** cells[row-1][col-1]; missing rows/cells are empty. */
  cells: Array<Array<CellState | null | undefined> | null | undefined>;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  colWidths: Record<number, number>;
  /** Embedded charts (absent on sheets that never had one). */
  charts?: ChartState[];
}

export interface ChartState {
  /** Spreadsheet-wide id, set when the chart is inserted into its sheet. */
  id: number | null;
  type: 'LINE' | 'COLUMN';
  ranges: Array<{ sheetId: number } & GridRect>;
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  /** Header rows of the ranges; -1: Sheets decides (a text first row is a header). */
  numHeaders: number;
}

export interface ProtectionState {
  id: number;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  rect?: GridRect;
  description: string;
  warningOnly: boolean;
  /** null: "mirrors the spreadsheet's permissions" until the script edits the editor list. */
  editors: string[] | null;
  unprotected: Array<{ sheetId: number } & GridRect>;
}

export interface TriggerState {
  uid: string;
  handler: string;
  owner: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  sourceId: string | null;
  createdAt: number;
  schedule?: ScheduleState;
  /** Next firing time; null once a one-shot trigger has fired. */
  nextAt?: number | null;
}

export interface ScheduleState {
  unit: 'minutes' | 'hours' | 'days' | 'weeks' | 'once';
  every: number;
  atHour?: number;
  minute?: number;
  /** 0 = Sunday. */
  weekDay?: number;
  timeZone: string;
  at?: number;
}

export interface OutboxState {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply: boolean;
  attachments: Array<{ name: string; contentType: string; size: number }>;
  sentAt: number;
}

export type DocElement =
  | {
      eid: number;
      type: 'PARAGRAPH' | 'LIST_ITEM';
      text: string;
      heading: string;
      attrs: Record<string, unknown>;
      inline?: InlineState;
      nesting?: number;
    }
  | {
      eid: number;
      type: 'TABLE';
      rows: Array<Array<{ text: string; attrs: Record<string, unknown> }>>;
      attrs: Record<string, unknown>;
      columnWidths: Record<number, number>;
    };

export type InlineState =
  | { kind: 'IMAGE'; name: string; contentType: string; data: string }
  | { kind: 'PAGE_BREAK' }
  | { kind: 'HORIZONTAL_RULE' };

export interface DocContent {
  body: DocElement[];
  margins: { top: number; bottom: number; left: number; right: number };
  nextEid: number;
}

export interface DriveItemState {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  /** Editors, given directly (addEditor). */
  sharedWith: string[];
  /** Viewers, given directly (addViewer). */
  viewers?: string[];
  /** Who else may open it by its link (setSharing); absent: PRIVATE, only the people above. */
  sharing?: { access: string; permission: string };
  trashed: boolean;
  createdAt: number;
  updatedAt: number;
  description: string;
  /** Base64 bytes for ordinary files; Docs keep their content in EmulatorState.documents. */
  data?: string;
  /** A user's My Drive folder. */
  root?: true;
}

export interface UiState {
  menus: Array<{ title: string; items: MenuItemState[] }>;
  sidebars: Array<{ title: string; content: string; width: number; user: string; at: number }>;
  dialogs: Array<{ title: string; content: string; width: number; height: number; modal: boolean; user: string; at: number }>;
  alerts: Array<{ title: string; prompt: string; buttons: string; response: string; user: string; at: number }>;
  toasts: Array<{ message: string; title: string; timeoutSeconds: number; user: string; at: number }>;
}
/** A menu entry; null is a separator, `items` a submenu. */
export type MenuItemState = { caption: string; functionName: string } | { caption: string; items: MenuItemState[] } | null;

export interface LogEntry {
  at: number;
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  message: string;
  execution: string;
}

export interface EmulatorState {
  version: 1;
  now: number;
  seq: number;
  user: string;
  scriptId: string;
  scriptTimeZone: string;
  spreadsheet: {
    id: string;
    owner: string;
    locale: string;
    timeZone: string;
    activeSheetId: number;
    sheets: SheetState[];
    protections: ProtectionState[];
    /** Users' access other than the default edit (Emulator.setAccess); absent in states saved before it was modelled. */
    access?: Record<string, 'edit' | 'view' | 'none'>;
  };
  /** The web app deployment (Emulator.deployWebApp); absent until the script is deployed as a web app. */
  webApp?: { url: string };
  properties: { script: Record<string, string>; document: Record<string, string>; user: Record<string, Record<string, string>> };
  cache: {
    script: Record<string, CacheEntry>;
    document: Record<string, CacheEntry>;
    user: Record<string, Record<string, CacheEntry>>;
  };
  /** Locks held by "another process" (Emulator.holdLock); `until` null = until released. */
  heldLocks: Array<{ scope: string; until: number | null }>;
  triggers: TriggerState[];
  mail: { quota: number; users: Record<string, { used: number; windowStart: number }>; outbox: OutboxState[] };
  documents: Record<string, DocContent>;
  drive: Record<string, DriveItemState>;
  /** FormApp's forms by id (absent in states saved before forms were modelled). */
  forms?: Record<string, FormState>;
  /** New forms require respondents to sign in to the domain (a Workspace admin's default; absent: off). */
  formsRequireLogin?: boolean;
  ui: UiState;
  logs: LogEntry[];
  /** The language of error messages (see language.ts): every account's, and per user (absent: English). */
  language?: Language;
  languages?: Record<string, Language>;
}
export interface CacheEntry {
  value: string;
  expires: number;
}

export interface EmulatorOptions {
  /** Emulator clock start (default 2026-11-28T08:00:00+07:00). */
  now?: Date | string | number;
  /** Default user; owns the spreadsheet (default pelaksana@example.go.id). */
  user?: string;
  /** MailApp recipients per day (default 100, a consumer account). */
  mailQuota?: number;
  /** HTML files for HtmlService.createHtmlOutputFromFile, keyed by name without '.html'. */
  htmlFiles?: Record<string, string>;
  spreadsheetName?: string;
  /** Script (manifest) time zone, also the new spreadsheet's zone (default Asia/Jakarta). */
  timeZone?: string;
  /** Spreadsheet locale (default en_US; its number parsing is what the emulator models). */
  locale?: string;
  /**
   * A Workspace domain whose admin makes new forms require signing in to the domain (Admin console › Forms; default
   * false, as on a consumer account): the public cannot answer until the form's setRequireLogin(false).
   */
  formsRequireLogin?: boolean;
  /** Seed for generated ids (default 1). */
  seed?: number;
  /** The language of every account, for error messages (default 'en'); Emulator.setLanguage sets one user's. */
  language?: Language;
}

export const DEFAULT_USER = 'pelaksana@example.go.id';
export const DEFAULT_NOW = '2026-11-28T08:00:00+07:00';

/** The item types FormApp is modelled for (developers.google.com/apps-script/reference/forms/item-type). */
export type ModelledType = 'LIST' | 'MULTIPLE_CHOICE' | 'PARAGRAPH_TEXT' | 'SECTION_HEADER';
export interface FormItemState {
  /** Item ids are integers (…/forms/item#getid); `entry` is the separate id pre-filled URLs use. */
  id: number;
  entry: number;
  type: ModelledType;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  otherOption: boolean;
}
export interface FormResponseState {
  id: string;
  at: number;
  answers: Array<{ item: number; value: string }>;
}
export interface FormState {
  id: string;
  /** The id in the published (respondent) URL, distinct from the edit id. */
  publishedId: string;
  title: string;
  description: string;
  confirmation: string;
  collectEmail: boolean;
  /** Absent in states saved before publishing was modelled: those forms were published. */
  published?: boolean;
  accepting: boolean;
  /** Respondents must sign in to the owner's Workspace domain (false: anyone with the link). */
  requireLogin?: boolean;
  items: FormItemState[];
  responses: FormResponseState[];
}
