/**
 * The register's lock: every writer takes it, and every caller waits for it the same time.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 */
import { RegisterError } from './cells';

/** How long a caller waits for another execution to finish with the register. */
export const LOCK_WAIT_MS = 10_000;

/**
 * The script lock, one for every writer (sidebar, web app, Form trigger, hourly run) so that they exclude each other:
 * the document lock is null where there is no containing document (a web app: …/lock-service#getdocumentlock), and a
 * document lock taken in one context would not exclude a script lock taken in another.
 */
function registerLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getScriptLock();
}

/** The lock, taken; or null when the register stayed busy for LOCK_WAIT_MS. */
export function tryRegisterLock(): GoogleAppsScript.Lock.Lock | null {
  const lock = registerLock();
  return lock.tryLock(LOCK_WAIT_MS) ? lock : null;
}

/** What a caller hears when the register stayed busy for LOCK_WAIT_MS. */
export const BUSY_MESSAGE = 'Register sedang dipakai pengguna lain. Coba lagi dalam beberapa detik.';

/**
 * `work` under the lock; a register still busy after LOCK_WAIT_MS throws the busy message as a refusal (Google's own
 * "Lock timeout" is in the account's language and says nothing to a user).
 */
export function withRegisterLock<T>(work: () => T): T {
  const lock = tryRegisterLock();
  if (!lock) throw new RegisterError(BUSY_MESSAGE);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
