/**
 * The sidebar API convention: every endpoint takes one plain JSON object and returns
 * `{ ok: true, data }` or `{ ok: false, errors: [{ field, message }] }`. Input is validated on the
 * server, refused input writes nothing, and writes happen under the register's lock in one batch
 * per sheet after all checks have passed.
 */
import type * as z from 'zod/mini';
import type { Settings } from '../domain/settings/settings';
import { wibDateTime } from '../domain/shared/dates';
import { collect, type FieldError, form, Refusal, refuse, validate } from '../domain/shared/validation';
import { menuPath } from '../entrypoints';
import { explainFailure } from '../gas/google-errors';
import { BUSY_MESSAGE, tryRegisterLock } from '../gas/lock';
import { Register } from '../gas/register';
import { actingUser, openRegister } from '../gas/runtime';
import { readSettings } from '../gas/settings-store';

export type ApiResult<T> = { ok: true; data: T; warnings?: string[]; now?: number } | { ok: false; errors: FieldError[] };

/**
 * A server function the sidebar calls. It accepts anything (input is untrusted); `__input` only
 * tells the sidebar's typed RPC what shape to send.
 */
export type Endpoint<I, O> = ((input?: unknown) => ApiResult<O>) & { readonly __input?: I };

export interface Context {
  register: Register;
  user: string;
  now: Date;
  settings(): Settings;
  warn(message: string): void;
  /** Records a change in the audit log: who, when, what, before/after. */
  audit(action: string, recordId: string, before: unknown, after: unknown): void;
}

export { BUSY_MESSAGE };

/**
 * A Sheets cell holds at most 50 000 characters; a record at every field's limit, JSON-escaped, can exceed that.
 * The audit keeps the start of such a record and says so, rather than failing the save halfway through its writes.
 */
const AUDIT_MAX_CHARS = 40_000;
function auditText(value: unknown): string {
  if (value === undefined) return '';
  const json = JSON.stringify(value);
  if (json.length <= AUDIT_MAX_CHARS) return json;
  const cut = /[\uD800-\uDBFF]/.test(json[AUDIT_MAX_CHARS - 1]) ? AUDIT_MAX_CHARS - 1 : AUDIT_MAX_CHARS;
  return `${json.slice(0, cut)} … (dipotong: ${json.length} karakter)`;
}

export function failure(errors: FieldError[]): ApiResult<never> {
  return { ok: false, errors };
}

export function createContext(register: Register): { ctx: Context; warnings: string[] } {
  const warnings: string[] = [];
  let settings: Settings | undefined;
  const now = new Date();
  let user: string | undefined;
  const ctx: Context = {
    register,
    // Looked up only by calls that record who acted: it is a service call.
    get user() {
      return (user ??= actingUser());
    },
    now,
    settings: () => (settings ??= readSettings(register)),
    warn: (m) => warnings.push(m),
    audit: (action, recordId, before, after) =>
      register.log('audit').append({
        at: wibDateTime(now),
        user: ctx.user,
        action,
        recordId,
        before: auditText(before),
        after: auditText(after),
      }),
  };
  return { ctx, warnings };
}

/**
 * Wraps a handler as an endpoint. The register is opened first (a user who may not edit it is refused before anything
 * is read); `write: true` then takes the register's lock, reads the register inside it, and commits the handler's
 * changes only when it returned without refusing.
 *
 * `rules` are the handler's own checks against the register (a date taken, a guest archived), which refuse by throwing
 * a Refusal. The handler runs them itself; when the input's shape is refused they run on the fields that were valid,
 * so one save shows every mistake rather than these only on the next try.
 */
export function endpoint<S extends z.ZodMiniType, O>(
  schema: S,
  handler: (input: z.output<S>, ctx: Context) => O,
  options: { write: boolean; rules?: (input: Partial<z.output<S>>, ctx: Context) => unknown },
): Endpoint<z.input<S>, O> {
  return (input?: unknown) => {
    let lock: GoogleAppsScript.Lock.Lock | null = null;
    try {
      const parsed = validate(schema as z.ZodMiniType<z.output<S>>, input);
      if (!parsed.ok) return failure(options.rules ? [...parsed.errors, ...ruleErrors(options.rules, parsed)] : parsed.errors);
      const spreadsheet = openRegister();
      if (options.write) {
        lock = tryRegisterLock();
        if (!lock) return failure([{ field: '', message: BUSY_MESSAGE }]);
      }
      const register = new Register(spreadsheet);
      const { ctx, warnings } = createContext(register);
      const data = handler(parsed.data, ctx);
      if (options.write) {
        register.commit();
        SpreadsheetApp.flush();
      }
      const problems = register.problems();
      if (problems.length) {
        warnings.push(
          `${problems.length} baris di register tidak dapat dibaca dan dilewati (${problems[0].message.replace(/\.$/, '')}). ` +
            `Jalankan ${menuPath('showRegisterCheck')}.`,
        );
      }
      // The server's clock (ms since 1970) rides on every answer: the sidebar's "today" and "now" are the
      // server's, never the browser's (a PC clock set wrong; the preview's simulated clock).
      const now = ctx.now.getTime();
      return warnings.length ? { ok: true, data, warnings, now } : { ok: true, data, now };
    } catch (error) {
      return unexpected(error);
    } finally {
      release(lock);
    }
  };
}

/**
 * The rules' refusals of the fields that were valid, beside the shape's errors (one message per field). Whatever else
 * goes wrong here (a register not set up yet) leaves the shape's errors to be shown alone: the save writes nothing anyway.
 */
function ruleErrors<T>(
  rules: (input: Partial<T>, ctx: Context) => unknown,
  parsed: { errors: FieldError[]; partial: Partial<T> },
): FieldError[] {
  const found: FieldError[] = [];
  try {
    collect(found, () => rules(parsed.partial, createContext(new Register(openRegister())).ctx));
  } catch (error) {
    console.error(error);
    return [];
  }
  const fields = new Set(parsed.errors.map((e) => e.field));
  return found.filter((e) => !fields.has(e.field));
}

/** A refusal as its answer; anything else (a Google service failing, a bug) as a message: never thrown at the sidebar. */
export function unexpected(error: unknown): ApiResult<never> {
  if (error instanceof Refusal) return failure(error.errors);
  console.error(error);
  return failure([{ field: '', message: `${explainFailure(error)} Jika berulang, jalankan ${menuPath('showRegisterSetup')}.` }]);
}

/** Lets go of the lock; a failure to do so is logged (the lock ends with the execution anyway), never thrown. */
export function release(lock: GoogleAppsScript.Lock.Lock | null): void {
  try {
    lock?.releaseLock();
  } catch (error) {
    console.error(error);
  }
}

/** For the sidebar functions that take no input and are not endpoints: whatever fails becomes a message. */
export function guarded<T>(work: () => ApiResult<T>): ApiResult<T> {
  try {
    return work();
  } catch (error) {
    return unexpected(error);
  }
}

/**
 * The end of a call that read the register without the lock (a report: Docs and Drive take seconds): `work` under the
 * lock over the same register, committed unless it refused. The register is not read again, so what `work` changes it
 * first checks against the sheet as it is now (Table.readFresh), and writes only those cells (Table.patch).
 */
export function finishUnderLock<T>(ctx: Context, work: () => T): T {
  const lock = tryRegisterLock();
  if (!lock) refuse('', BUSY_MESSAGE);
  try {
    const result = work();
    ctx.register.commit();
    SpreadsheetApp.flush();
    return result;
  } finally {
    release(lock);
  }
}

/** `work` as a write endpoint without input: under the lock, committed unless it refused. */
export function underLock<T>(work: (ctx: Context) => T): ApiResult<T> {
  return endpoint(form({}), (_input, ctx) => work(ctx), { write: true })({});
}
