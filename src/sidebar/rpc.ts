/**
 * Typed calls to the server over google.script.run. The server's export list is the type of the
 * client's RPC, so renaming a server function breaks this build, not production.
 */
import type * as Server from '../main';

type Api = typeof Server;
export type Endpoint = { [K in keyof Api]: Api[K] extends (...args: never[]) => { ok: boolean } ? K : never }[keyof Api];
export type Result<K extends Endpoint> = ReturnType<Api[K]>;
export type Input<K extends Endpoint> = Api[K] extends { readonly __input?: infer I } ? I : Record<string, never>;
/** The `data` of a successful call. */
export type Data<K extends Endpoint> = Extract<Result<K>, { ok: true }>['data'];

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [name: string]: unknown;
}
declare const google: { script: { run: Runner } };

/** The server's clock minus the browser's, from the latest answer. */
let clockOffset = 0;

/**
 * "Now" by the server's clock: the browser's clock moved by the difference the latest answer showed. A PC
 * clock set wrong (or the preview's simulated clock) never decides "today" or a time filled in.
 */
export function now(): Date {
  return new Date(Date.now() + clockOffset);
}

/** Asks the server for the time: for a view that needs "today" before its first call. */
export async function serverNow(): Promise<Date> {
  await call('getSetupStatus', {});
  return now();
}

const CONNECTION_ERROR = 'Tidak dapat menghubungi server. Periksa koneksi internet lalu coba lagi.';

export function call<K extends Endpoint>(name: K, input?: Input<K>): Promise<Result<K>> {
  return new Promise((resolve) => {
    const fail = (error: Error) =>
      resolve({ ok: false, errors: [{ field: '', message: `${CONNECTION_ERROR} (${error.message})` }] } as Result<K>);
    const runner = google.script.run.withSuccessHandler((value) => {
      const answer = value as { now?: unknown };
      if (typeof answer?.now === 'number') clockOffset = answer.now - Date.now();
      resolve(value as Result<K>);
    }).withFailureHandler(fail);
    try {
      (runner[name] as (arg: unknown) => void)(input ?? {});
    } catch (error) {
      // Google's client throws at once for an argument it cannot send (a Date, say).
      fail(error as Error);
    }
  });
}
