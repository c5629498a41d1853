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

export type Page = 'sidebar' | 'phone';

/**
 * What the user reads when a call fails before or after the server, by cause and by page: the sidebar lives in the
 * spreadsheet, the phone page is a tab of its own, so "what to reload" differs.
 */
export const CALL_FAILURES = {
  sidebar: {
    multipleAccounts:
      'Google tidak dapat membaca data karena browser ini masuk ke beberapa akun Google sekaligus. ' +
      'Buka spreadsheet di jendela penyamaran (incognito) atau profil browser yang hanya masuk dengan satu akun, ' +
      'yaitu akun yang dipakai untuk register ini, lalu coba lagi.',
    authorization:
      'Aplikasi memerlukan izin akses Anda lagi (biasanya setelah aplikasi diperbarui). Muat ulang halaman spreadsheet, ' +
      'pilih menu HALO KOP-UKM › Buka panel, lalu berikan izin yang diminta Google.',
    network: 'Tidak dapat menghubungi server. Periksa koneksi internet lalu coba lagi.',
    other: 'Permintaan ke server gagal. Muat ulang halaman spreadsheet lalu coba lagi; jika berulang, hubungi pengelola register.',
  },
  phone: {
    multipleAccounts:
      'Google tidak dapat membaca data karena browser ini masuk ke beberapa akun Google sekaligus. ' +
      'Buka tautan halaman ini di jendela penyamaran (incognito) lalu masuk hanya dengan akun yang dipakai untuk register ini.',
    authorization:
      'Aplikasi memerlukan izin akses Anda lagi (biasanya setelah aplikasi diperbarui). Muat ulang halaman ini, ' +
      'lalu berikan izin yang diminta Google.',
    network: 'Tidak dapat menghubungi server. Periksa koneksi internet (data seluler atau Wi-Fi) lalu coba lagi.',
    other: 'Permintaan ke server gagal. Muat ulang halaman ini lalu coba lagi; jika berulang, hubungi pengelola register.',
  },
} as const;

/** The page this script runs in; the phone page's shell says so once at start. */
let page: Page = 'sidebar';
export function setPage(value: Page): void {
  page = value;
}

/**
 * The cause of a google.script.run failure, from the parts of Google's errors that are not prose (their wording follows
 * the account's language). Known ones, as reported in public issue threads (Google documents only that the failure
 * handler receives an Error: https://developers.google.com/apps-script/guides/html/reference/run):
 * - signed into several Google accounts: `ScriptError` "We're sorry, a server error occurred while reading from storage.
 *   Error code PERMISSION_DENIED." (issuetracker.google.com/issues/69270374);
 * - a scope not granted (after an update adds one, or the browser's default account never authorized the script):
 *   `ScriptError` "Authorization is required to perform that action.";
 * - no connection: "NetworkError: Connection failure due to HTTP 0" from the client itself.
 */
export function callFailure(error: { name?: string; message?: string }, on: Page = page): string {
  const advice = CALL_FAILURES[on];
  const message = String(error.message ?? '');
  if (/PERMISSION_DENIED/.test(message)) return advice.multipleAccounts;
  if (error.name === 'NetworkError' || /^NetworkError\b|Connection failure due to HTTP/.test(message)) return advice.network;
  // "Otorisasi diperlukan" is how Google's Indonesian screens name it.
  if (/authori[sz]ation|otorisasi/i.test(message)) return advice.authorization;
  return `${advice.other} (${message})`;
}

export function call<K extends Endpoint>(name: K, input?: Input<K>): Promise<Result<K>> {
  return new Promise((resolve) => {
    const fail = (error: Error) => resolve({ ok: false, errors: [{ field: '', message: callFailure(error) }] } as Result<K>);
    const runner = google.script.run
      .withSuccessHandler((value) => {
        const answer = value as { now?: unknown };
        if (typeof answer?.now === 'number') clockOffset = answer.now - Date.now();
        resolve(value as Result<K>);
      })
      .withFailureHandler(fail);
    try {
      (runner[name] as (arg: unknown) => void)(input ?? {});
    } catch (error) {
      // Google's client throws at once for an argument it cannot send (a Date, say): a bug, not the user's doing.
      fail(error as Error);
    }
  });
}
