/**
 * The register the preview shows: dist/Code.js loaded into the emulator by the tests' own harness,
 * its state saved to a folder after every action and loaded again at start.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatDayDateId, formatTimeId, wibDate, wibInstant, wibTime } from '../../src/domain/shared/dates';
import { loadFrom, saveTo } from '../emulator/fs';
import { htmlFiles, loadProduct, type Product } from '../harness';
import { demoStart, fillDemo } from './demo';
import type { ActionView, Cell, DriveItemView, TriggerView, View } from './view';

const STATE_FILE = 'emulator.json';
const SPREADSHEET_NAME = 'Register HALO KOP-UKM';
const MAX_GRID_ROWS = 1000;
const MAX_OUTCOME_CHARS = 4000;

/** "Sabtu, 28 November 2026 08.00 WIB". */
export function wibLabel(instant: Date): string {
  return `${formatDayDateId(wibDate(instant))} ${formatTimeId(wibTime(instant))} WIB`;
}

function describe(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? '(tanpa nilai kembali)' : JSON.stringify(value, null, 1);
  } catch {
    text = String(value); // not JSON (a cycle, a service object)
  }
  return text.length > MAX_OUTCOME_CHARS ? `${text.slice(0, MAX_OUTCOME_CHARS)}…` : text;
}

/** A request the preview refuses (bad input from the page), as opposed to a product failure. */
export class Refused extends Error {}

/** An error's message; errors thrown in the vm are of another realm, so no instanceof. */
const errorMessage = (error: unknown) =>
  typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);

export class PreviewSession {
  private product: Product;
  private seq = 0;
  private last: ActionView | null = null;
  private sidebar: { index: number; opened: number } | null = null;

  constructor(private readonly stateDir: string) {
    const file = join(stateDir, STATE_FILE);
    this.product = existsSync(file) ? this.restore(file) : this.fresh();
  }

  private restore(file: string): Product {
    try {
      return loadProduct({ emulator: loadFrom(file, { htmlFiles: htmlFiles() }) });
    } catch (error) {
      throw new Error(`Cannot load the saved preview state ${file} (${errorMessage(error)}). Delete it to start with an empty register.`);
    }
  }

  private fresh(now?: Date): Product {
    return loadProduct({ spreadsheetName: SPREADSHEET_NAME, ...(now ? { now } : {}) });
  }

  private save(): void {
    // Write then rename: a crash mid-write never leaves half a state behind.
    const file = join(this.stateDir, STATE_FILE);
    saveTo(this.product.emu, `${file}.tmp`);
    renameSync(`${file}.tmp`, file);
  }

  /** The emulator behind the register, for tests that arrange what a user cannot (a trigger, a failing service). */
  get emu(): Product['emu'] {
    return this.product.emu;
  }

  functionNames(): string[] {
    return this.product.globalNames();
  }

  /**
   * Runs one user action: records what the emulator did meanwhile (executions' service calls, logs,
   * toasts, alerts, a newly shown sidebar), then saves the state. An exception is the action's outcome.
   */
  private act<T>(label: string, fn: () => T, ran?: (value: T) => ActionView['ran']): { ok: true; value: T } | { ok: false; error: string } {
    const product = this.product;
    const mark = PreviewSession.mark(product);
    let outcome: { ok: true; value: T } | { ok: false; error: string };
    try {
      outcome = { ok: true, value: fn() };
    } catch (error) {
      outcome = { ok: false, error: errorMessage(error) };
    }
    const emu = this.product.emu;
    // A reset or the demo replaces the product: everything its emulator did belongs to this action.
    const since = this.product === product ? mark : { execution: 0, logs: 0, sidebars: 0, toasts: 0, alerts: 0 };
    const ui = emu.ui;
    const calls: Record<string, number> = {};
    for (const execution of emu.executions.filter((e) => e.id > since.execution)) {
      for (const [key, n] of Object.entries(execution.calls)) calls[key] = (calls[key] ?? 0) + n;
    }
    if (ui.sidebars.length > since.sidebars) this.sidebar = { index: ui.sidebars.length - 1, opened: this.seq + 1 };
    this.last = {
      seq: ++this.seq,
      label,
      ok: outcome.ok,
      outcome: outcome.ok ? describe(outcome.value) : `Galat: ${outcome.error}`,
      calls: Object.entries(calls).sort(([a], [b]) => a.localeCompare(b)),
      toasts: ui.toasts.slice(since.toasts).map((t) => ({ title: t.title, message: t.message })),
      alerts: ui.alerts.slice(since.alerts).map((a) => ({ title: a.title, message: a.prompt })),
      ran: outcome.ok && ran ? ran(outcome.value) : [],
      logs: emu.logs.slice(since.logs).map((l) => `[${l.level}] ${l.message}`),
    };
    this.save();
    return outcome;
  }

  /** Where the emulator's records stand, to tell what an action added (execution ids grow; old history is dropped). */
  private static mark(product: Product) {
    const { executions, logs, ui } = product.emu;
    return {
      execution: executions.at(-1)?.id ?? 0,
      logs: logs.length,
      sidebars: ui.sidebars.length,
      toasts: ui.toasts.length,
      alerts: ui.alerts.length,
    };
  }

  /** The page was (re)loaded: Sheets runs the simple trigger onOpen, which builds the menus. */
  open() {
    return this.act('onOpen (membuka spreadsheet)', () => this.product.open()?.result);
  }

  /** A menu item: only functions the menus built by onOpen name can be run this way. */
  menu(functionName: string, label: string) {
    if (!this.product.emu.ui.menus.some((m) => menuFunctions(m.items).includes(functionName)))
      throw new Refused(`No menu item runs ${functionName}`);
    return this.act(label, () => this.product.run(functionName, [], { kind: 'menu' }).result);
  }

  /** A google.script.run call relayed by the page: the harness applies Google's rules to argument and result. */
  sidebarCall(name: string, args: unknown[]) {
    if (args.length > 1)
      throw new Refused('Local preview: google.script.run with more than one argument is not modelled (the API takes one object).');
    return this.act(`google.script.run.${name}`, () => this.product.callFromSidebar(name, ...args).result);
  }

  /**
   * Opens the web app's page as `user` (a phone), giving that user `access` to the register first when asked: the
   * preview acts as anyone, an office's editor or someone the register was never shared with. Its content, or null.
   */
  webApp(user: string, access?: 'edit' | 'view' | 'none') {
    if (!/^[^\s@]+@[^\s@]+$/.test(user)) throw new Refused(`Not an e-mail address: ${user}`);
    return this.act(`doGet (HP: ${user})`, () => {
      if (access && user !== this.product.emu.spreadsheet.getOwner()?.getEmail()) this.product.emu.setAccess(user, access);
      return this.product.getWebApp(user).result ?? null;
    });
  }

  /** A google.script.run call from the web app's page, executed as the user who opened it. */
  webAppCall(name: string, args: unknown[], user: string) {
    if (args.length > 1)
      throw new Refused('Local preview: google.script.run with more than one argument is not modelled (the API takes one object).');
    return this.act(`google.script.run.${name} (HP: ${user})`, () => this.product.callFromWebApp(name, args[0], user).result);
  }

  /** Where the web app is served: the sidebar's phone link and QR code point at it. */
  deployWebApp(url: string): void {
    this.product.emu.deployWebApp(url);
    this.webAppUrl = url;
  }
  private webAppUrl: string | null = null;

  /** Moves the simulated clock forward, running the time-driven triggers that fall due, in order. */
  moveClock(move: { addMinutes: number } | { to: string }) {
    const now = this.product.emu.now();
    let to: Date;
    if ('to' in move) {
      const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(move.to);
      if (!m) throw new Refused(`Not a date and time: ${move.to}`);
      to = wibInstant(m[1], m[2]);
    } else {
      if (!Number.isFinite(move.addMinutes) || move.addMinutes <= 0) throw new Refused('addMinutes must be positive');
      to = new Date(now.getTime() + move.addMinutes * 60_000);
    }
    // The emulator's clock only moves forward, as time does for a deployed script.
    if (to.getTime() <= now.getTime()) throw new Refused(`Jam hanya bisa maju: ${wibLabel(to)} tidak setelah ${wibLabel(now)}.`);
    return this.act(
      `Jam maju ke ${wibLabel(to)}`,
      () => this.product.advanceClock(to),
      (runs) => runs.map((r) => ({ handler: r.name, at: wibLabel(r.at), outcome: r.error ? `Galat: ${r.error}` : 'selesai' })),
    );
  }

  closeSidebar() {
    this.sidebar = null;
    return { ok: true };
  }

  /** Empties the register, outbox, Drive and triggers; the clock starts again at the emulator's default. */
  reset() {
    rmSync(join(this.stateDir, STATE_FILE), { force: true });
    this.sidebar = null;
    return this.act('Reset', () => {
      this.product = this.fresh();
      if (this.webAppUrl) this.product.emu.deployWebApp(this.webAppUrl);
      return this.product.open()?.result;
    });
  }

  /** A fresh register holding a quarter of demo data up to the current simulated time. */
  demo() {
    const end = this.product.emu.now();
    this.sidebar = null;
    return this.act('Data demo', () => {
      const product = this.fresh(demoStart(end));
      if (this.webAppUrl) product.emu.deployWebApp(this.webAppUrl);
      const report = fillDemo(product, end);
      product.open();
      this.product = product;
      return report;
    });
  }

  sidebarHtml(): string | null {
    return this.sidebar ? (this.product.emu.ui.sidebars[this.sidebar.index]?.content ?? null) : null;
  }

  /** A generated Google Doc rendered as a standalone HTML page; null when there is no such document. */
  documentHtml(id: string): string | null {
    const emu = this.product.emu;
    return emu.driveItems().some((i) => i.id === id && i.kind === 'document') ? emu.documentToHtml(id) : null;
  }

  view(): View {
    const emu = this.product.emu;
    const ss = emu.spreadsheet;
    const now = emu.now();
    const ui = emu.ui;
    return {
      title: ss.getName(),
      // Hidden sheets have no tab in Sheets.
      sheets: ss
        .getSheets()
        .filter((sheet) => !sheet.isSheetHidden())
        .map((sheet) => {
          const used = { rows: sheet.getLastRow(), columns: sheet.getLastColumn() };
          const rows = Math.min(used.rows, MAX_GRID_ROWS);
          const base = { name: sheet.getName(), frozenRows: sheet.getFrozenRows(), hiddenRows: used.rows - rows };
          if (!rows || !used.columns) return { ...base, cells: [] };
          // The emulator's raw view: a formula shows as a formula (it does not evaluate them).
          const cells: Cell[][] = emu.displayValues(sheet.getName()).slice(0, rows);
          return { ...base, cells };
        }),
      menus: ui.menus.map((m) => ({ title: m.title, items: flatItems(m.items) })),
      sidebar: this.sidebar ? { title: ui.sidebars[this.sidebar.index]?.title ?? '', opened: this.sidebar.opened } : null,
      clock: { label: wibLabel(now), local: `${wibDate(now)}T${wibTime(now)}` },
      triggers: emu.triggers.map(
        (t): TriggerView => ({
          handler: t.handler,
          description: t.eventType === 'CLOCK' && t.schedule ? describeSchedule(t.schedule) : t.eventType,
          next: t.next ? wibLabel(t.next) : '—',
        }),
      ),
      outbox: emu.outbox.map((m) => ({
        from: m.from,
        to: m.to,
        cc: m.cc,
        bcc: m.bcc,
        subject: m.subject,
        body: m.body,
        at: wibLabel(m.sentAt),
      })),
      drive: emu
        .driveItems()
        .filter((i) => !i.trashed)
        .map(
          (i): DriveItemView => ({
            id: i.id,
            name: i.name,
            path: i.path,
            kind: i.kind,
            ...(i.kind === 'document' ? { href: `/doc/${encodeURIComponent(i.id)}` } : {}),
          }),
        ),
      last: this.last,
    };
  }
}

type MenuItems = Product['emu']['ui']['menus'][number]['items'];
/** A menu's items with its sub-menus' items inline ("Sub › Item"); null is a separator. */
function flatItems(items: MenuItems, prefix = ''): View['menus'][number]['items'] {
  return items.flatMap((i) => {
    if (!i) return [null];
    return 'functionName' in i
      ? [{ caption: prefix + i.caption, functionName: i.functionName }]
      : flatItems(i.items, `${prefix}${i.caption} › `);
  });
}
const menuFunctions = (items: MenuItems) => flatItems(items).flatMap((i) => (i ? [i.functionName] : []));

function describeSchedule(s: NonNullable<Product['emu']['triggers'][number]['schedule']>): string {
  const units = { minutes: 'menit', hours: 'jam', days: 'hari', weeks: 'minggu' } as const;
  if (s.unit === 'once') return s.at === undefined ? 'sekali' : `sekali, ${wibLabel(new Date(s.at))}`;
  const hour = s.atHour === undefined ? '' : `, sekitar pukul ${String(s.atHour).padStart(2, '0')}.00`;
  return `setiap ${s.every} ${units[s.unit]}${hour}`;
}
