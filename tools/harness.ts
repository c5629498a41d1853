/**
 * Runs the built bundle (dist/Code.js, exactly what `clasp push` uploads) as Apps Script would: in a bare vm context
 * whose only globals are the emulator's Google services, calling its top-level functions by name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Emulator, type EmulatorOptions, type ExecutionKind, type TriggerRun } from './emulator';
import { returned, transfer } from './emulator/script-run';

export interface RunContext {
  kind?: ExecutionKind;
  user?: string;
  container?: boolean;
}
/** What an execution showed the user. */
export interface Shown {
  toasts: Emulator['ui']['toasts'];
  alerts: Emulator['ui']['alerts'];
}
export interface RunResult<T> {
  result: T;
  calls: Record<string, number>;
}

export interface Product {
  emu: Emulator;
  /** The bundle's top-level functions (what menus, triggers and google.script.run can call). */
  globalNames(): string[];
  /** Calls a global function as a menu item (default), trigger or other execution would. */
  run<T = unknown>(name: string, args: unknown[], ctx?: RunContext): RunResult<T>;
  /** Calls a global function as google.script.run does from the sidebar, with Google's rules for the argument and result. */
  callFromSidebar<T = unknown>(name: string, arg?: unknown, user?: string): RunResult<T>;
  /** Calls a global function as google.script.run does from the web app's page: executed as the user accessing it. */
  callFromWebApp<T = unknown>(name: string, arg: unknown, user: string): RunResult<T>;
  /** Opens the web app's URL as `user` (with its query parameters): doGet's page as Emulator.htmlOutput reads it. */
  getWebApp(user: string, parameter?: Record<string, string>): RunResult<ReturnType<Emulator['htmlOutput']>>;
  /** Moves the clock (to a time, or forward by a number of ms), running the time-driven triggers that fall due. */
  advanceClock(toOrMs: Date | string | number): TriggerRun[];
  /**
   * Chooses an item of the spreadsheet's menu by caption, as `user` (the menu onOpen built; opened first if there is
   * none). Apps Script throws away what a menu item's function returns: what it showed is all the user gets.
   */
  menu(caption: string, user?: string): Shown;
  /** Opens the spreadsheet as `user`: the menus of the previous page go, and the simple trigger onOpen runs. */
  open(user?: string): RunResult<unknown> | undefined;
  /** Loads the bundle again in a fresh context over the same emulator state (a new deployment). */
  reload(): void;
}

const DIST = path.resolve(__dirname, '..', 'dist');

/** The project's HTML files (dist/*.html) as HtmlService serves them, keyed by name without '.html'. */
export function htmlFiles(dir = DIST): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f.slice(0, -5), readFileSync(path.join(dir, f), 'utf8')]),
  );
}

export function loadProduct(opts: EmulatorOptions & { bundle?: string; emulator?: Emulator } = {}): Product {
  const source = opts.bundle ?? readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  const emu = opts.emulator ?? new Emulator({ ...opts, htmlFiles: opts.htmlFiles ?? htmlFiles(DIST) });
  let context: vm.Context;
  let realmJSON: JSON;
  let names: string[] = [];

  const load = () => {
    const globals = emu.globals();
    const builtIn = new Set(Object.keys(globals));
    context = vm.createContext(globals);
    const realm = vm.runInContext('({ Array, Object, Error, JSON })', context) as {
      Array: ArrayConstructor;
      Object: ObjectConstructor;
      Error: ErrorConstructor;
      JSON: JSON;
    };
    emu.setRealm(realm);
    // Top-level code runs once here (Apps Script re-runs it at the start of every execution).
    emu.execute(() => new vm.Script(source, { filename: 'Code.js' }).runInContext(context), { kind: 'test' });
    names = Object.keys(context).filter((k) => !builtIn.has(k) && typeof context[k] === 'function');
    realmJSON = realm.JSON;
  };
  const fn = (name: string): ((...args: unknown[]) => unknown) => {
    const f: unknown = names.includes(name) ? context[name] : undefined;
    if (typeof f !== 'function') throw new Error(`Script function not found: ${name}`);
    return f as (...args: unknown[]) => unknown;
  };
  load();
  /** google.script.run from a page: Google's rules for the argument and result. */
  const fromPage = <T>(kind: 'sidebar' | 'webapp', name: string, arg: unknown, user?: string): RunResult<T> => {
    // Private functions (name ending in "_") are not callable from the client (…/guides/html/communication#private_functions).
    if (name.endsWith('_')) throw new TypeError(`google.script.run.${name} is not a function`);
    const f = fn(name);
    const args = arg === undefined ? [] : [realmJSON.parse(JSON.stringify(transfer(arg)))];
    const { result, calls } = emu.execute(() => f(...args), { kind, user });
    return { result: returned(result) as T, calls };
  };

  return {
    emu,
    globalNames: () => [...names],
    run: <T>(name: string, args: unknown[], ctx: RunContext = {}) => {
      const f = fn(name);
      return emu.execute(() => f(...args) as T, { kind: ctx.kind ?? 'menu', user: ctx.user, container: ctx.container });
    },
    callFromSidebar: <T>(name: string, arg?: unknown, user?: string) => fromPage<T>('sidebar', name, arg, user),
    callFromWebApp: <T>(name: string, arg: unknown, user: string) => fromPage<T>('webapp', name, arg, user),
    getWebApp: (user, parameter = {}) => {
      const f = fn('doGet');
      // developers.google.com/apps-script/guides/web#request_parameters
      const event = {
        parameter,
        parameters: Object.fromEntries(Object.entries(parameter).map(([k, v]) => [k, [v]])),
        queryString: new URLSearchParams(parameter).toString(),
        contextPath: '',
        contentLength: -1,
      };
      const { result, calls } = emu.execute(() => f(realmJSON.parse(JSON.stringify(event))), { kind: 'webapp', user });
      return { result: emu.htmlOutput(result), calls };
    },
    advanceClock: (toOrMs) =>
      emu.advanceClock(typeof toOrMs === 'number' ? emu.now().getTime() + toOrMs : toOrMs, (handler, event) => fn(handler)(event)),
    menu(caption, user) {
      if (!emu.ui.menus.length) this.open(user);
      const items = emu.ui.menus.flatMap((m) => m.items);
      const item = items.find((i) => i && i.caption === caption);
      if (!item || !('functionName' in item)) throw new Error(`No menu item "${caption}"`);
      const before = { toasts: emu.ui.toasts.length, alerts: emu.ui.alerts.length };
      const f = fn(item.functionName);
      emu.execute(
        () => {
          f();
        },
        { kind: 'menu', user },
      );
      return { toasts: emu.ui.toasts.slice(before.toasts), alerts: emu.ui.alerts.slice(before.alerts) };
    },
    open: (user) => {
      emu.clearMenus();
      if (!names.includes('onOpen')) return undefined;
      const f = fn('onOpen');
      return emu.execute(() => f({ authMode: 'LIMITED', source: emu.spreadsheet }), { kind: 'simple', user });
    },
    reload: load,
  };
}

/** A sidebar function's answer, as the sidebar receives it. */
export type Result<T> =
  | { ok: true; data: T; warnings?: string[]; now?: number }
  | { ok: false; errors: Array<{ field: string; message: string }> };

export function call<T>(product: Product, name: string, arg: unknown = {}, user?: string): Result<T> {
  return product.callFromSidebar<Result<T>>(name, arg, user).result;
}

/** The data of a call that must succeed, with its warnings. */
export function ok<T>(product: Product, name: string, arg: unknown = {}, user?: string): T & { warnings?: string[] } {
  const result = call<T>(product, name, arg, user);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  if (result.data === null || typeof result.data !== 'object') return result.data as T & { warnings?: string[] };
  return Object.assign(result.data as object, { warnings: result.warnings }) as T & { warnings?: string[] };
}
