// The document lock held by every writing action (SPEC §7): one writer at a time.

const LOCK_WAIT_MS = 20_000;

/** Thrown for a problem the user must fix: its message is French and shown as is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Runs `work` while holding the document lock; a busy document gets a French message. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError('Le classeur est occupé par une autre action Boussole. Réessayez dans quelques secondes.');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
