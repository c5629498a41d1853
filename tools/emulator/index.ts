/**
 * An emulator of the Google Apps Script services the product uses, faithful to Google's documented behaviour,
 * synchronous, deterministic and serialisable. No node modules here (see ./fs.ts for files) so it can be bundled
 * for a browser. Product code reaches it through `globals()`; tests and the preview use the methods below.
 */
import { MIME } from './base';
import { type CallHook, type ExecutionContext, Runtime } from './core';
import { documentText } from './document-content';
import { type DocumentBlock, documentBlocks, documentHtml, FakeDocumentApp } from './documents';
import { FakeDriveApp, rootOf } from './drive';
import { errorMessage } from './errors';
import { FakeFormApp, formsView } from './forms';
import type { Language } from './language';
import { FakeMailApp } from './mail';
import { clockEvent, FakeScriptApp, nextFire } from './script';
import { FakeRange, FakeSheet, FakeSpreadsheet, FakeSpreadsheetApp, invalidCells, NEW_SHEET } from './spreadsheet';
import {
  type CellState,
  DEFAULT_NOW,
  DEFAULT_USER,
  type EmulatorOptions,
  type EmulatorState,
  type LogEntry,
  type OutboxState,
  type ScheduleState,
  type UiState,
} from './state';
import { FakeCacheService, FakeLockService, FakePropertiesService } from './stores';
import { FakeHtmlOutput, FakeHtmlService } from './ui';
import { FakeConsole, FakeLogger, FakeSession, FakeUtilities } from './utilities';
import { displayText } from './values';

export type { AuthModeName, CallHook, ExecutionContext, ExecutionKind, Realm } from './core';
export type { DocumentBlock } from './documents';
export { GasError } from './errors';
export type { Language } from './language';
export type { CellState, EmulatorOptions, EmulatorState, LogEntry } from './state';

export interface OutboxEntry extends Omit<OutboxState, 'sentAt'> {
  sentAt: Date;
}
export interface TriggerInfo {
  uid: string;
  handler: string;
  owner: string;
  eventType: string;
  createdAt: Date;
  schedule?: ScheduleState;
  /** Next time a clock trigger fires; null once a one-shot trigger has run. */
  next: Date | null;
}
export interface DocumentView {
  id: string;
  name: string;
  url: string;
  text: string;
  blocks: DocumentBlock[];
}
export interface DriveItemInfo {
  id: string;
  name: string;
  mimeType: string;
  kind: 'folder' | 'document' | 'spreadsheet' | 'file';
  owner: string;
  path: string;
  trashed: boolean;
  parents: string[];
}
export interface UiRecords extends UiState {
  /** Queues the answer of the next Ui.alert (default: the button set's OK or YES). */
  respond(button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'): void;
}
export interface TriggerRun {
  name: string;
  at: Date;
  error?: string;
}
export type LockScope = 'document' | 'script' | `user:${string}`;

/** Google services not modelled: any use fails loudly instead of "x is not defined". */
const UNMODELLED = ['UrlFetchApp', 'GmailApp', 'CalendarApp', 'ContentService', 'SlidesApp', 'Browser', 'CardService', 'XmlService'];

export class Emulator {
  private readonly rt: Runtime;

  constructor(opts: EmulatorOptions = {}, state?: EmulatorState) {
    this.rt = new Runtime(state ?? blankState(opts), opts.htmlFiles ?? {});
    if (!state) this.populate(opts);
  }

  /** Restores a saved state (htmlFiles and hooks are not state: pass files again in opts). */
  static fromJSON(state: EmulatorState, opts: Pick<EmulatorOptions, 'htmlFiles'> = {}): Emulator {
    if (state.version !== 1) throw new Error(`Emulator: unknown state version ${String(state.version)}`);
    return new Emulator(opts, structuredClone(state));
  }
  /** Everything, as plain JSON (times as epoch ms, sheet dates as serials). */
  toJSON(): EmulatorState {
    return structuredClone(this.rt.state);
  }

  private populate(opts: EmulatorOptions): void {
    const { rt } = this;
    const s = rt.state;
    s.scriptId = rt.newId(57);
    s.spreadsheet.id = rt.newId(44);
    const root = rootOf(rt, s.user);
    s.drive[s.spreadsheet.id] = {
      id: s.spreadsheet.id,
      name: opts.spreadsheetName ?? 'Untitled spreadsheet',
      mimeType: MIME.GOOGLE_SHEETS,
      parents: [root.id],
      owner: s.user,
      sharedWith: [],
      trashed: false,
      createdAt: s.now,
      updatedAt: s.now,
      description: '',
    };
  }

  /** The globals of an Apps Script V8 project: the services, Logger, console, MimeType and the emulator's Date. */
  globals(): Record<string, unknown> {
    const { rt } = this;
    const g: Record<string, unknown> = {
      SpreadsheetApp: new FakeSpreadsheetApp(rt).api,
      HtmlService: new FakeHtmlService(rt).api,
      PropertiesService: new FakePropertiesService(rt).api,
      CacheService: new FakeCacheService(rt).api,
      LockService: new FakeLockService(rt).api,
      ScriptApp: new FakeScriptApp(rt).api,
      MailApp: new FakeMailApp(rt).api,
      DocumentApp: new FakeDocumentApp(rt).api,
      DriveApp: new FakeDriveApp(rt).api,
      FormApp: new FakeFormApp(rt).api,
      Utilities: new FakeUtilities(rt).api,
      Session: new FakeSession(rt).api,
      Logger: new FakeLogger(rt).api,
      console: new FakeConsole(rt).api,
      MimeType: rt.expose({ ...MIME }, 'MimeType', Object.keys(MIME)),
      Date: rt.Date,
    };
    for (const name of UNMODELLED) g[name] = rt.expose({}, name, []);
    return g;
  }

  /** The `Date` the product sees (local time = the script's time zone, now = the emulator clock). */
  get Date(): DateConstructor {
    return this.rt.Date;
  }
  now(): Date {
    return this.rt.date(this.rt.state.now);
  }
  setNow(d: Date | string | number): void {
    this.rt.state.now = toMs(d);
  }

  /** The bound spreadsheet, through the same API product code uses (calls made outside an execution are not counted). */
  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return new FakeSpreadsheet(this.rt).api as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }
  /** A cell's stored state (value/formula/format/note/validation/style), e.g. cell('Sheet1', 'B2'). */
  cell(sheet: string, a1: string): CellState | undefined {
    const s = this.rt.state.spreadsheet.sheets.find((x) => x.name === sheet);
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!s || !m) throw new Error(`Emulator: no cell ${sheet}!${a1}`);
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const c = s.cells[Number(m[2]) - 1]?.[col - 1];
    return c ? structuredClone(c) : undefined;
  }
  /**
   * What a sheet shows over its data range: each cell's display text, or its formula (the emulator does not
   * evaluate; Range.getDisplayValues throws on formulas so that product code cannot rely on them). For the preview.
   */
  displayValues(sheet: string): Array<Array<string | { formula: string }>> {
    const s = this.rt.state.spreadsheet.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`Emulator: no sheet ${sheet}`);
    const raw = new FakeSheet(this.rt, s.id);
    const rows = raw.getLastRow(),
      cols = raw.getLastColumn();
    if (!rows || !cols) return [];
    const locale = this.rt.state.spreadsheet.locale;
    return new FakeRange(this.rt, s.id, { row: 1, col: 1, rows, cols }).grid((c) =>
      c?.f !== undefined ? { formula: c.f } : displayText(c, locale),
    );
  }
  /** Cells holding a value their validation rule rejects (scripts may write such values; Sheets flags them). */
  invalidCells(): Array<{ sheet: string; a1: string; value: unknown; criteria: string }> {
    return invalidCells(this.rt);
  }

  /** Forms (state snapshots) and a respondent submitting one; run the returned triggers by name. */
  get forms(): ReturnType<typeof formsView> {
    return formsView(this.rt);
  }
  get outbox(): OutboxEntry[] {
    return this.rt.state.mail.outbox.map((m) => ({ ...m, sentAt: this.rt.date(m.sentAt) }));
  }
  get ui(): UiRecords {
    return {
      ...this.rt.state.ui,
      respond: (button) => {
        this.rt.alertResponses.push(button);
      },
    };
  }
  /** The language of `user`'s account: Google's error messages follow it (see language.ts). */
  setLanguage(user: string, language: Language): void {
    (this.rt.state.languages ??= {})[user] = language;
  }
  /** Gives `user` edit, view or no access to the spreadsheet (users not set edit it; the owner always does). */
  setAccess(user: string, access: 'edit' | 'view' | 'none'): void {
    if (user === this.rt.state.spreadsheet.owner) throw new Error('Emulator: the owner always edits the spreadsheet');
    (this.rt.state.spreadsheet.access ??= {})[user] = access;
  }
  /**
   * Deploys the script as a web app: ScriptApp.getService().getUrl() answers its /exec URL from now on (or `url`: the
   * local preview serves the page itself).
   */
  deployWebApp(url?: string): string {
    this.rt.state.webApp = { url: url ?? this.rt.state.webApp?.url ?? `https://script.google.com/macros/s/${this.rt.newId(72)}/exec` };
    return this.rt.state.webApp.url;
  }
  /** What an HtmlOutput returned by product code (e.g. by doGet) holds; undefined for anything else. */
  htmlOutput(value: unknown): { title: string; content: string; meta: Array<{ name: string; content: string }> } | undefined {
    const out = this.rt.unwrap(value, FakeHtmlOutput);
    return out && { title: out.title, content: out.content, meta: [...out.meta] };
  }
  /** A new page load: the menus built by the previous onOpen are gone. */
  clearMenus(): void {
    this.rt.state.ui.menus = [];
  }
  get triggers(): TriggerInfo[] {
    return this.rt.state.triggers.map((t) => ({
      uid: t.uid,
      handler: t.handler,
      owner: t.owner,
      eventType: t.eventType,
      createdAt: this.rt.date(t.createdAt),
      schedule: t.schedule,
      next: t.nextAt == null ? null : this.rt.date(t.nextAt),
    }));
  }
  get logs(): LogEntry[] {
    return this.rt.state.logs.map((l) => ({ ...l }));
  }
  /** Finished executions, oldest first (kind, user, calls, error, start and end time in epoch ms). */
  get executions(): Runtime['history'] {
    return [...this.rt.history];
  }

  /** A saved Doc as plain blocks (unsaved edits of a running execution are not included). */
  document(id: string): DocumentView {
    const content = this.rt.state.documents[id];
    if (!content) throw new Error(`Emulator: no document ${id}`);
    const name = this.rt.state.drive[id]?.name ?? '';
    return { id, name, url: `https://docs.google.com/document/d/${id}/edit`, text: documentText(content), blocks: documentBlocks(content) };
  }
  /** A saved Doc as a safe standalone HTML page (all text escaped, no scripts). */
  documentToHtml(id: string): string {
    const content = this.rt.state.documents[id];
    if (!content) throw new Error(`Emulator: no document ${id}`);
    return documentHtml(this.rt.state.drive[id]?.name ?? '', content);
  }
  /** Every Drive item with its path from its owner's My Drive, e.g. "/My Drive/Undangan/Surat 1". */
  driveItems(): DriveItemInfo[] {
    const drive = this.rt.state.drive;
    const path = (id: string, depth = 0): string => {
      const item = drive[id];
      if (!item) return '';
      return item.root || depth > 50 ? `/${item.name}` : `${item.parents[0] ? path(item.parents[0], depth + 1) : ''}/${item.name}`;
    };
    return Object.values(drive).map((i) => ({
      id: i.id,
      name: i.name,
      mimeType: i.mimeType,
      owner: i.owner,
      trashed: i.trashed,
      parents: [...i.parents],
      path: path(i.id),
      kind:
        i.mimeType === MIME.FOLDER
          ? 'folder'
          : i.mimeType === MIME.GOOGLE_DOCS
            ? 'document'
            : i.mimeType === MIME.GOOGLE_SHEETS
              ? 'spreadsheet'
              : 'file',
    }));
  }

  /**
   * Simulates another process holding a lock (LockService.getDocumentLock/getScriptLock/getUserLock) until `ms`
   * have passed on the emulator clock, or until the returned function is called.
   */
  holdLock(scope: LockScope, ms?: number): () => void {
    const hold = { scope, until: ms === undefined ? null : this.rt.state.now + ms };
    this.rt.state.heldLocks.push(hold);
    return () => {
      this.rt.state.heldLocks = this.rt.state.heldLocks.filter((h) => h !== hold);
    };
  }

  /**
   * Runs `fn` as one Apps Script execution: its own call counts, active/effective user and auth mode; locks it took
   * are released and open Docs saved when it ends, also when it throws (the error is rethrown). Executions may nest
   * (one started from a hook runs as a concurrent execution).
   */
  execute<T>(fn: () => T, ctx: ExecutionContext): { result: T; calls: Record<string, number> } {
    return this.rt.execute(fn, ctx);
  }
  readonly hooks = {
    /** Called before every counted service call ("Service.method", arguments, execution, the fake it is called on); returns an unsubscribe. */
    onCall: (fn: CallHook): (() => void) => {
      this.rt.hooks.add(fn);
      return () => {
        this.rt.hooks.delete(fn);
      };
    },
  };
  /** The clock of executions' realMs and serviceMs, in ms (default performance.now; a benchmark may pass CPU time). */
  measureWith(clock: () => number): void {
    this.rt.clock = clock;
  }
  /** Runs fn without counting its calls or triggering hooks (e.g. inspecting state from inside a hook). */
  untracked<T>(fn: () => T): T {
    return this.rt.untracked(fn);
  }
  /** The vm realm product code runs in, so arrays and errors handed to it are that realm's (set by the harness). */
  setRealm(realm: Runtime['realm']): void {
    this.rt.realm = realm;
  }

  /**
   * Moves the clock to `to`, running each time-driven trigger that falls due on the way, in time order, as its owner
   * in a 'trigger' execution with Google's event object. `run` calls the handler by name (the harness looks it up in
   * the script); errors are recorded, not thrown.
   */
  advanceClock(to: Date | string | number, run: (handler: string, event: Record<string, unknown>) => unknown): TriggerRun[] {
    const target = toMs(to);
    const ran: TriggerRun[] = [];
    for (;;) {
      const due = this.rt.state.triggers
        .filter((t) => t.eventType === 'CLOCK' && t.nextAt != null && t.nextAt <= target)
        .sort((a, b) => a.nextAt! - b.nextAt!)[0];
      if (!due) break;
      const at = Math.max(due.nextAt!, this.rt.state.now);
      this.rt.state.now = at;
      due.nextAt = nextFire(due.schedule!, due.createdAt, at);
      let error: string | undefined;
      try {
        this.execute(() => run(due.handler, this.rt.toRealm(clockEvent(at, due.uid))), {
          kind: 'trigger',
          user: due.owner,
          triggerUid: due.uid,
        });
      } catch (e) {
        error = errorMessage(e);
      }
      ran.push({ name: due.handler, at: this.rt.date(at), ...(error === undefined ? {} : { error }) });
    }
    if (target > this.rt.state.now) this.rt.state.now = target;
    return ran;
  }
}

function toMs(d: Date | string | number): number {
  const ms = d instanceof Date ? d.getTime() : typeof d === 'number' ? d : Date.parse(d);
  if (Number.isNaN(ms)) throw new Error(`Emulator: not a time: ${String(d)}`);
  return ms;
}

function blankState(opts: EmulatorOptions): EmulatorState {
  const user = opts.user ?? DEFAULT_USER;
  const timeZone = opts.timeZone ?? 'Asia/Jakarta';
  return {
    version: 1,
    now: toMs(opts.now ?? DEFAULT_NOW),
    seq: (opts.seed ?? 1) * 1_000_003,
    user,
    scriptId: '',
    scriptTimeZone: timeZone,
    spreadsheet: {
      id: '',
      owner: user,
      locale: opts.locale ?? 'en_US',
      timeZone,
      activeSheetId: 0,
      protections: [],
      sheets: [
        {
          id: 0,
          name: 'Sheet1',
          maxRows: NEW_SHEET.rows,
          maxCols: NEW_SHEET.cols,
          cells: [],
          frozenRows: 0,
          frozenCols: 0,
          hidden: false,
          tabColor: null,
          colWidths: {},
        },
      ],
    },
    properties: { script: {}, document: {}, user: {} },
    cache: { script: {}, document: {}, user: {} },
    heldLocks: [],
    triggers: [],
    mail: { quota: opts.mailQuota ?? 100, users: {}, outbox: [] },
    ...(opts.formsRequireLogin ? { formsRequireLogin: true } : {}),
    documents: {},
    drive: {},
    ui: { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [] },
    logs: [],
    ...(opts.language ? { language: opts.language } : {}),
  };
}
