/**
 * The runtime every fake service shares: state, clock, executions, and the Proxy that turns each fake into the
 * object product code sees (unknown member → not-implemented error; every call counted and hooked).
 */
import { errorMessage, GasError, notImplemented } from './errors';
import { type Language, localized } from './language';
import type { EmulatorState } from './state';
import { makeScriptDate } from './time';

/**
 * The members K of Google's interface T that a fake models: `K extends keyof T` rejects a name Google lacks, and
 * `implements Api<T, K>` makes the class define each of them. Signatures follow Google's overloads by hand (a
 * mechanical check would only see the last overload of each method).
 */
export type Api<T, K extends keyof T> = { [P in K]: unknown };

/** Enum objects as Apps Script exposes them: `String(ScriptApp.AuthMode.FULL) === 'FULL'`. Names checked against E. */
export const enumOf =
  <E>() =>
  <K extends Extract<keyof E, string>>(...names: K[]): { readonly [P in K]: P } =>
    Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as { readonly [P in K]: P };

/**
 * Base of every fake: `api` is the fake as product code sees it (a counting Proxy exposing only `members`).
 * Fakes keep plain references to each other internally and hand out `api` at the boundary.
 */
export abstract class Fake {
  static service: string;
  static members: readonly string[];
  constructor(readonly rt: Runtime) {}
  get api(): this {
    const cls = this.constructor as typeof Fake;
    return this.rt.expose(this, cls.service, cls.members);
  }
}

/** 'webapp': doGet, and google.script.run from the page it served, executed as the user accessing the web app. */
export type ExecutionKind = 'menu' | 'sidebar' | 'trigger' | 'simple' | 'test' | 'webapp';
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface ExecutionContext {
  kind: ExecutionKind;
  /** The user running it: for 'trigger', the trigger's owner. Default: the emulator's user. */
  user?: string;
  /** What Session.getActiveUser() reports. Default: the user, but '' for 'simple' and 'trigger' (consumer accounts). */
  activeUser?: string;
  /** Default LIMITED for 'simple', FULL otherwise. */
  authMode?: AuthModeName;
  /** For trigger executions. */
  triggerUid?: string;
  /**
   * Whether the run has the bound spreadsheet as its containing document (active spreadsheet, document lock).
   * Default: yes, except for 'webapp' — LockService names web apps as running outside a containing document
   * (developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock). A Form's submit trigger passes false.
   */
  container?: boolean;
}

export interface Execution {
  id: number;
  kind: ExecutionKind;
  activeUser: string;
  effectiveUser: string;
  authMode: AuthModeName;
  triggerUid?: string;
  container: boolean;
  startedAt: number;
  counts: Record<string, number>;
  /** Time (Runtime.clock) spent inside the emulated services, ms: the rest of an execution is the script's own. */
  serviceMs: number;
  /** Cleanup run when the execution ends, even on error (releases locks, saves open documents). */
  onEnd: Array<() => void>;
}

/** `target` is the fake the method was called on (e.g. a FakeRange, whose `rect` gives the cells a getValues reads). */
export type CallHook = (key: string, args: unknown[], execution: Readonly<Execution>, target: object) => void;

/** The vm's own constructors, so arrays/objects/errors handed to product code belong to its realm. */
export interface Realm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

/** Members every proxy answers with undefined (promise/inspection probes): real Apps Script objects have none of them. */
const PROBES = new Set(['then', 'toJSON', 'constructor', 'valueOf', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'nodeName']);

// developers.google.com/apps-script/guides/services/authorization: simple triggers (AuthMode.LIMITED) cannot call
// services that need authorization; the error names the method and the scope.
const SCOPES: Array<[RegExp, string]> = [
  [/^MailApp\./, 'script.send_mail'],
  [/^(DriveApp|Folder|File|FileIterator|FolderIterator)\./, 'drive'],
  [/^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text)\./, 'documents'],
  [/^ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/, 'script.scriptapp'],
  [/^Ui\.show/, 'script.container.ui'],
  [/^SpreadsheetApp\.openBy/, 'spreadsheets'],
  [/^FormApp\./, 'forms'],
];
const SPREADSHEET_OBJECTS = new Set(['Spreadsheet', 'Sheet', 'Range', 'Protection', 'EmbeddedChart']);
// developers.google.com/apps-script/guides/triggers/installable#authorization: in AuthMode.NONE only menus can be built.
const NONE_ALLOWED = /^(SpreadsheetApp\.getUi|Ui\.create(Addon)?Menu|Menu\.\w+|Logger\.\w+|console\.\w+)$/;

export class Runtime {
  readonly Date: DateConstructor;
  readonly stack: Execution[] = [];
  readonly hooks = new Set<CallHook>();
  /** Lock scope → id of the execution holding it. */
  readonly lockOwners = new Map<string, number>();
  readonly history: Array<{
    id: number;
    kind: ExecutionKind;
    user: string;
    calls: Record<string, number>;
    error?: string;
    startedAt: number;
    endedAt: number;
    /** Time (Runtime.clock) of the execution and the part spent in the emulated services, ms (for benchmarks). */
    realMs: number;
    serviceMs: number;
  }> = [];
  realm?: Realm;
  /** Answers for the next Ui.alert calls (Emulator.ui.respond). */
  readonly alertResponses: string[] = [];
  /** Measures executions' realMs and serviceMs (a benchmark may count CPU time instead). */
  clock: () => number = () => performance.now();
  private hookDepth = 0;
  private executionSeq = 0;
  private readonly targets = new WeakMap<object, object>();
  private readonly proxies = new WeakMap<object, object>();

  constructor(
    public state: EmulatorState,
    readonly htmlFiles: Record<string, string>,
  ) {
    this.Date = makeScriptDate(
      () => this.state.now,
      () => this.state.scriptTimeZone,
    );
  }

  get current(): Execution | undefined {
    return this.stack[this.stack.length - 1];
  }
  get effectiveUser(): string {
    return this.current?.effectiveUser ?? this.state.user;
  }
  get activeUser(): string {
    return this.current ? this.current.activeUser : this.state.user;
  }

  date(ms: number): Date {
    return new this.Date(ms);
  }

  /** Moves the clock (Utilities.sleep, lock waits) and enforces the execution-time limit. */
  advance(ms: number): void {
    this.state.now += ms;
    const exec = this.current;
    if (exec) this.checkTime(exec);
  }

  /**
   * The execution-time limit (…/guides/services/quotas: 6 min, 30 s for simple triggers). Google ends an execution
   * that reaches it: no later call works, so a `finally` that tidies up through a service fails too.
   */
  private checkTime(exec: Execution): void {
    if (this.state.now - exec.startedAt > (exec.kind === 'simple' ? 30_000 : 360_000)) {
      throw new GasError('Exceeded maximum execution time');
    }
  }

  /** Deterministic Drive-like ids (44 chars for files, 33 for folders, digits for triggers). */
  newId(length = 44, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'): string {
    let x = (this.state.seq++ * 2654435761) >>> 0;
    let out = alphabet === DIGITS ? '' : '1';
    while (out.length < length) {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      out += alphabet[x % alphabet.length];
    }
    return out;
  }

  execute<T>(fn: () => T, ctx: ExecutionContext): { result: T; calls: Record<string, number> } {
    const began = this.clock();
    const user = ctx.user ?? this.state.user;
    const exec: Execution = {
      id: ++this.executionSeq,
      kind: ctx.kind,
      effectiveUser: user,
      activeUser: ctx.activeUser ?? (ctx.kind === 'simple' || ctx.kind === 'trigger' ? '' : user),
      authMode: ctx.authMode ?? (ctx.kind === 'simple' ? 'LIMITED' : 'FULL'),
      triggerUid: ctx.triggerUid,
      container: ctx.container ?? ctx.kind !== 'webapp',
      startedAt: this.state.now,
      counts: {},
      serviceMs: 0,
      onEnd: [],
    };
    const outerHookDepth = this.hookDepth;
    this.hookDepth = 0; // an execution started from a hook is counted and hooked in its own right
    this.stack.push(exec);
    let error: string | undefined;
    try {
      return { result: fn(), calls: { ...exec.counts } };
    } catch (e) {
      error = errorMessage(e);
      throw e;
    } finally {
      for (const end of exec.onEnd.splice(0)) end();
      this.stack.splice(this.stack.indexOf(exec), 1);
      this.hookDepth = outerHookDepth;
      this.history.push({
        id: exec.id,
        kind: exec.kind,
        user,
        calls: exec.counts,
        error,
        startedAt: exec.startedAt,
        endedAt: this.state.now,
        realMs: this.clock() - began,
        serviceMs: exec.serviceMs,
      });
      if (this.history.length > 1000) this.history.shift();
    }
  }

  /**
   * The object product code receives for `target`: only `members` exist; each method call is counted as
   * "Service.method" in the current execution, checked against the auth mode, and passed to the hooks first.
   */
  expose<T extends object>(target: T, service: string, members: readonly string[]): T {
    const known = this.proxies.get(target);
    if (known) return known as T;
    const names = new Set(members);
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === 'symbol') return undefined;
        if (names.has(prop)) {
          const v = (t as Record<string, unknown>)[prop];
          if (typeof v === 'object' && v !== null && Object.isFrozen(v)) return this.expose(v, prop, Object.keys(v)); // an enum
          if (typeof v !== 'function') return v;
          return (...args: unknown[]) => this.call(service, prop, args, t, () => (v as (...a: unknown[]) => unknown).apply(t, args));
        }
        if (prop === 'toString') return () => service;
        if (PROBES.has(prop) || prop.startsWith('@@')) return undefined;
        throw notImplemented(`${service}.${prop}`);
      },
      set: (_t, prop) => {
        throw notImplemented(`assigning ${service}.${String(prop)}`);
      },
      has: (_t, prop) => typeof prop === 'string' && names.has(prop),
      ownKeys: () => [],
      getOwnPropertyDescriptor: () => undefined,
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** The fake behind an object product code passed back, or undefined if it is not an instance of `cls`. */
  unwrap<T>(value: unknown, cls: abstract new (...args: never[]) => T): T | undefined {
    const target = value instanceof Object ? (this.targets.get(value) ?? value) : value;
    return target instanceof cls ? target : undefined;
  }

  /** Runs fn without counting or hooks, e.g. the harness reading state mid-execution. */
  untracked<T>(fn: () => T): T {
    this.hookDepth++;
    try {
      return fn();
    } finally {
      this.hookDepth--;
    }
  }

  private call(service: string, method: string, args: unknown[], target: object, run: () => unknown): unknown {
    const exec = this.hookDepth === 0 ? this.current : undefined; // calls by test code (no execution, hooks) are not product calls
    const began = exec ? this.clock() : 0;
    try {
      if (exec) {
        const key = `${service}.${method}`;
        exec.counts[key] = (exec.counts[key] ?? 0) + 1;
        this.checkTime(exec);
        this.checkAuth(exec, key);
        this.checkEditAccess(exec, service, method);
        this.untracked(() => {
          for (const hook of [...this.hooks]) hook(key, args, exec, target);
        });
      }
      const result = run();
      return exec ? this.toRealm(result) : result;
    } catch (e) {
      if (exec && e instanceof GasError) e.message = localized(e.message, this.languageOf(exec.effectiveUser));
      throw exec && this.realm && e instanceof Error ? Object.assign(new this.realm.Error(e.message), { name: e.name, stack: e.stack }) : e;
    } finally {
      if (exec) exec.serviceMs += this.clock() - began;
    }
  }

  /** The language of a user's account (Emulator.setLanguage; default the emulator's, English). */
  languageOf(user: string): Language {
    return this.state.languages?.[user] ?? this.state.language ?? 'en';
  }

  private checkAuth(exec: Execution, key: string): void {
    if (exec.authMode === 'FULL') return;
    const scope = SCOPES.find(([re]) => re.test(key))?.[1];
    if (scope)
      throw new GasError(`You do not have permission to call ${key}. Required permissions: https://www.googleapis.com/auth/${scope}`);
    if (exec.authMode === 'NONE' && !NONE_ALLOWED.test(key)) throw new GasError(`You do not have permission to call ${key}`);
  }

  /**
   * A user with view access to the spreadsheet reads it and changes nothing: any other call on its objects fails
   * (the emulator treats every method not named get…/is…/has…/can… as a change; Google's wording is not verified).
   */
  private checkEditAccess(exec: Execution, service: string, method: string): void {
    const ss = this.state.spreadsheet;
    if (!SPREADSHEET_OBJECTS.has(service) || /^(get|is|has|can)[A-Z]/.test(method) || method === 'toast') return;
    if (exec.effectiveUser !== ss.owner && ss.access?.[exec.effectiveUser] === 'view') {
      throw new GasError('You do not have permission to edit this spreadsheet.');
    }
  }

  /** Host arrays and plain objects become the vm realm's, so `instanceof Array` and prototype checks hold there. */
  toRealm<T>(v: T): T {
    const realm = this.realm;
    if (!realm || v === null || typeof v !== 'object') return v;
    if (Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype) return realm.Array.from(v, (x) => this.toRealm(x)) as T;
    if (Object.getPrototypeOf(v) === Object.prototype) {
      const o = new realm.Object() as Record<string, unknown>;
      for (const [k, x] of Object.entries(v)) o[k] = this.toRealm(x);
      return o as T;
    }
    return v;
  }

  log(level: 'log' | 'info' | 'warn' | 'error' | 'Logger', message: string): void {
    const exec = this.current;
    this.state.logs.push({ at: this.state.now, level, message, execution: exec ? `${exec.kind}#${exec.id}` : 'direct' });
  }
}

export const DIGITS = '0123456789';
