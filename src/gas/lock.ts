/**
 * The register's lock: every writer takes it, and every caller waits for it the same time.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 */
import { RegisterError } from './cells';

/** How long a caller waits for another execution to finish with the register. */
export const LOCK_WAIT_MS = 10_000;

/** The document lock, or the script lock where there is no containing document. */
function registerLock(): GoogleAppsScript.Lock.Lock {
  return LockService.getDocumentLock() ?? LockService.getScriptLock();
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
