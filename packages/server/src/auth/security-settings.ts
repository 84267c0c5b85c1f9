// Session lifetimes and sign-in lockout, from the environment (docs/SECURITY.md explains each).
export interface LockoutRule {
  /** Failures within the window before the key is locked. */
  maxFailures: number;
  windowSeconds: number;
  /** First lock; each further failure doubles it, up to maxLockSeconds. */
  lockSeconds: number;
  maxLockSeconds: number;
}

export interface SecuritySettings {
  /** A session unused this long ends (sliding; refreshed at most every refreshSeconds). */
  idleSeconds: number;
  /** A session ends this long after sign-in, however active. */
  absoluteSeconds: number;
  refreshSeconds: number;
  lockout: { username: LockoutRule; address: LockoutRule };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} phải là số dương / must be a positive number: ${raw}`);
  return n;
}

export function loadSecuritySettings(env: NodeJS.ProcessEnv = process.env): SecuritySettings {
  const idleSeconds = positive(
    env,
    'SESSION_IDLE_SECONDS',
    positive(env, 'SESSION_IDLE_MINUTES', 60) * 60,
  );
  const absoluteSeconds = positive(
    env,
    'SESSION_ABSOLUTE_SECONDS',
    positive(env, 'SESSION_ABSOLUTE_HOURS', 12) * 3600,
  );
  const windowSeconds = positive(env, 'LOCKOUT_WINDOW_SECONDS', 15 * 60);
  const lockSeconds = positive(env, 'LOCKOUT_SECONDS', 60);
  const maxLockSeconds = positive(env, 'LOCKOUT_MAX_SECONDS', 60 * 60);
  return {
    idleSeconds,
    absoluteSeconds: Math.max(absoluteSeconds, idleSeconds),
    refreshSeconds: Math.max(1, Math.min(300, Math.floor(idleSeconds / 4))),
    lockout: {
      username: {
        maxFailures: positive(env, 'LOCKOUT_USER_MAX', 5),
        windowSeconds,
        lockSeconds,
        maxLockSeconds,
      },
      address: {
        maxFailures: positive(env, 'LOCKOUT_IP_MAX', 30),
        windowSeconds,
        lockSeconds,
        maxLockSeconds,
      },
    },
  };
}
