/** PropertiesService, CacheService and LockService. Limits from developers.google.com/apps-script/guides/services/quotas. */
import { utf8 } from './base';
import { type Api, Fake, type Runtime } from './core';
import { badArguments, GasError } from './errors';
import type { CacheEntry } from './state';

const KB = 1024;
const bytes = (s: string) => utf8(s).length;

const PROPERTIES_SERVICE = ['getDocumentProperties', 'getScriptProperties', 'getUserProperties'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Properties.PropertiesService
>;

/** developers.google.com/apps-script/reference/properties/properties-service; user properties belong to the user running the script. */
export class FakePropertiesService
  extends Fake
  implements Api<GoogleAppsScript.Properties.PropertiesService, (typeof PROPERTIES_SERVICE)[number]>
{
  static service = 'PropertiesService';
  static members: readonly string[] = PROPERTIES_SERVICE;
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.rt, () => this.rt.state.properties.script).api;
  }
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.rt, () => this.rt.state.properties.document).api;
  }
  getUserProperties(): FakeProperties {
    const user = this.rt.effectiveUser;
    return new FakeProperties(this.rt, () => (this.rt.state.properties.user[user] ??= {})).api;
  }
}

const PROPERTIES = [
  'deleteAllProperties',
  'deleteProperty',
  'getKeys',
  'getProperties',
  'getProperty',
  'setProperties',
  'setProperty',
] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Properties.Properties>;

/**
 * developers.google.com/apps-script/reference/properties/properties. Values are strings; 9 KB per value and 500 KB
 * per store. Over either limit the write is refused with the storage-quota error (observed for oversized values too).
 */
export class FakeProperties extends Fake implements Api<GoogleAppsScript.Properties.Properties, (typeof PROPERTIES)[number]> {
  static service = 'Properties';
  static members: readonly string[] = PROPERTIES;
  constructor(
    rt: Runtime,
    private readonly store: () => Record<string, string>,
  ) {
    super(rt);
  }
  private write(next: Record<string, string>): void {
    const size = Object.entries(next).reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
    if (size > 500 * KB || Object.values(next).some((v) => bytes(v) > 9 * KB)) {
      throw new GasError('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    const store = this.store();
    for (const k of Object.keys(store)) delete store[k];
    Object.assign(store, next);
  }
  private text(v: unknown, method: string, key: string): string {
    if (v === null || v === undefined || typeof v === 'object') throw badArguments(`Properties.${method}`, [key, v]);
    return String(v);
  }
  deleteAllProperties(): FakeProperties {
    this.write({});
    return this.api;
  }
  deleteProperty(key: string): FakeProperties {
    const next = { ...this.store() };
    delete next[key];
    this.write(next);
    return this.api;
  }
  getKeys(): string[] {
    return Object.keys(this.store());
  }
  getProperties(): Record<string, string> {
    return { ...this.store() };
  }
  /** null when the key is absent (…/properties#getpropertykey). */
  getProperty(key: string): string | null {
    return this.store()[key] ?? null;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): FakeProperties {
    const next: Record<string, string> = deleteAllOthers ? {} : { ...this.store() };
    for (const [k, v] of Object.entries(properties)) next[k] = this.text(v, 'setProperties', k);
    this.write(next);
    return this.api;
  }
  setProperty(key: string, value: string): FakeProperties {
    this.write({ ...this.store(), [key]: this.text(value, 'setProperty', key) });
    return this.api;
  }
}

const CACHE_SERVICE = ['getDocumentCache', 'getScriptCache', 'getUserCache'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Cache.CacheService
>;

/** developers.google.com/apps-script/reference/cache/cache-service */
export class FakeCacheService extends Fake implements Api<GoogleAppsScript.Cache.CacheService, (typeof CACHE_SERVICE)[number]> {
  static service = 'CacheService';
  static members: readonly string[] = CACHE_SERVICE;
  getScriptCache(): FakeCache {
    return new FakeCache(this.rt, () => this.rt.state.cache.script).api;
  }
  getDocumentCache(): FakeCache {
    return new FakeCache(this.rt, () => this.rt.state.cache.document).api;
  }
  getUserCache(): FakeCache {
    const user = this.rt.effectiveUser;
    return new FakeCache(this.rt, () => (this.rt.state.cache.user[user] ??= {})).api;
  }
}

const CACHE = ['get', 'getAll', 'put', 'putAll', 'remove', 'removeAll'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Cache.Cache
>;

/**
 * developers.google.com/apps-script/reference/cache/cache: entries expire by the emulator clock after
 * expirationInSeconds (default 600, at most 21600); keys up to 250 characters, values up to 100 KB.
 * The ~1000-item best-effort eviction is not modelled (entries stay until they expire).
 */
export class FakeCache extends Fake implements Api<GoogleAppsScript.Cache.Cache, (typeof CACHE)[number]> {
  static service = 'Cache';
  static members: readonly string[] = CACHE;
  constructor(
    rt: Runtime,
    private readonly store: () => Record<string, CacheEntry>,
  ) {
    super(rt);
  }
  private live(): Record<string, CacheEntry> {
    const store = this.store();
    for (const [k, e] of Object.entries(store)) if (e.expires <= this.rt.state.now) delete store[k];
    return store;
  }
  private entry(key: string, value: unknown, seconds: number): [string, CacheEntry] {
    if (String(key).length > 250) throw new GasError('Argument too large: key');
    if (typeof value !== 'string') throw badArguments('Cache.put', [key, value]);
    if (bytes(value) > 100 * KB) throw new GasError('Argument too large: value');
    return [String(key), { value, expires: this.rt.state.now + Math.min(Math.max(seconds, 1), 21_600) * 1000 }];
  }
  get(key: string): string | null {
    return this.live()[key]?.value ?? null;
  }
  getAll(keys: string[]): Record<string, string> {
    const store = this.live();
    return Object.fromEntries(keys.filter((k) => store[k]).map((k) => [k, store[k]!.value]));
  }
  put(key: string, value: string, expirationInSeconds = 600): void {
    const [k, e] = this.entry(key, value, expirationInSeconds);
    this.live()[k] = e;
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600): void {
    const entries = Object.entries(values).map(([k, v]) => this.entry(k, v, expirationInSeconds));
    Object.assign(this.live(), Object.fromEntries(entries));
  }
  remove(key: string): void {
    delete this.live()[key];
  }
  removeAll(keys: string[]): void {
    for (const k of keys) delete this.live()[k];
  }
}

const LOCK_SERVICE = ['getDocumentLock', 'getScriptLock', 'getUserLock'] as const satisfies ReadonlyArray<
  keyof GoogleAppsScript.Lock.LockService
>;

/** developers.google.com/apps-script/reference/lock/lock-service: no document lock outside a containing document (null). */
export class FakeLockService extends Fake implements Api<GoogleAppsScript.Lock.LockService, (typeof LOCK_SERVICE)[number]> {
  static service = 'LockService';
  static members: readonly string[] = LOCK_SERVICE;
  getDocumentLock(): FakeLock | null {
    return this.rt.current?.container === false ? null : new FakeLock(this.rt, 'document').api;
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.rt, 'script').api;
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.rt, `user:${this.rt.effectiveUser}`).api;
  }
}

const LOCK = ['hasLock', 'releaseLock', 'tryLock', 'waitLock'] as const satisfies ReadonlyArray<keyof GoogleAppsScript.Lock.Lock>;

/**
 * developers.google.com/apps-script/reference/lock/lock. A lock belongs to the execution that took it and is released
 * when that execution ends. The emulator is synchronous: a lock held by another execution (one that started this one
 * from a hook) cannot be released while we wait, so the wait spends its whole timeout on the clock and fails; a lock
 * held by "another process" (Emulator.holdLock) is acquired if its hold ends within the timeout.
 */
export class FakeLock extends Fake implements Api<GoogleAppsScript.Lock.Lock, (typeof LOCK)[number]> {
  static service = 'Lock';
  static members: readonly string[] = LOCK;
  constructor(
    rt: Runtime,
    readonly scope: string,
  ) {
    super(rt);
  }
  private get me(): number {
    return this.rt.current?.id ?? 0;
  }
  hasLock(): boolean {
    return this.rt.lockOwners.get(this.scope) === this.me;
  }
  releaseLock(): void {
    if (this.hasLock()) this.rt.lockOwners.delete(this.scope);
  }
  tryLock(timeoutInMillis: number): boolean {
    const { rt, scope } = this;
    if (this.hasLock()) return true;
    const state = rt.state;
    state.heldLocks = state.heldLocks.filter((h) => h.until === null || h.until > state.now);
    const held = state.heldLocks.find((h) => h.scope === scope);
    if (!rt.lockOwners.has(scope) && held?.until != null && held.until - state.now <= timeoutInMillis) {
      rt.advance(held.until - state.now);
      state.heldLocks = state.heldLocks.filter((h) => h !== held);
    } else if (rt.lockOwners.has(scope) || held) {
      rt.advance(timeoutInMillis);
      return false;
    }
    rt.lockOwners.set(scope, this.me);
    const mine = this.me;
    rt.current?.onEnd.push(() => {
      if (rt.lockOwners.get(scope) === mine) rt.lockOwners.delete(scope);
    });
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new GasError('Lock timeout: another process was holding the lock for too long.');
  }
}
