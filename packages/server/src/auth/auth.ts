// Sign-in and sessions, by better-auth (a kept library) on our own Kysely connection, with
// argon2id hashing (@node-rs/argon2). Staff sign in with a username; sessions are HttpOnly
// cookies. Its tables (user, session, account, verification) are created by its own migration
// planner at start (ADR 0002); everything else about a user (units, roles) is ours.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import { getMigrations } from 'better-auth/db/migration';
import { twoFactor, username } from 'better-auth/plugins';
import type { Config } from '../config.js';
import type { Db } from '../db/open-database.js';

const argon2Options = { algorithm: 2 /* Argon2id (a const enum in the typings) */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, argon2Options);
export const verifyPassword = ({ hash: h, password }: { hash: string; password: string }) =>
  verify(h, password);

/**
 * Rate-limit counters per auth instance (fixed window per key = client address + path).
 * The library's default memory store is shared by the whole process; ours is per app.
 */
export function memoryRateLimitStore(now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async consume(key: string, rule: { window: number; max: number }) {
      const t = now();
      const w = windows.get(key);
      if (!w || t - w.start >= rule.window * 1000) {
        windows.set(key, { start: t, count: 1 });
        return { allowed: true, retryAfter: null };
      }
      if (w.count >= rule.max) {
        return { allowed: false, retryAfter: Math.ceil((w.start + rule.window * 1000 - t) / 1000) };
      }
      w.count += 1;
      return { allowed: true, retryAfter: null };
    },
  };
}

function authOptions(db: Db, config: Config, secret: string) {
  return {
    appName: 'Đối Thoại',
    baseURL: config.baseUrl,
    basePath: '/api/auth',
    secret,
    database: { db: db.kysely as never, type: db.dialect },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true, // accounts are created by an administrator, never by sign-up
      password: { hash: hashPassword, verify: verifyPassword },
      minPasswordLength: 8,
    },
    // Optional TOTP second factor (enrolment and the sign-in step in the web app; docs/SECURITY.md).
    plugins: [username(), twoFactor({ issuer: 'Đối Thoại' })],
    session: {
      // Sliding idle timeout: each use (at most every refreshSeconds) pushes the end further;
      // the absolute limit since sign-in is enforced in http/actor.ts (sessionEnded).
      expiresIn: config.security.idleSeconds,
      updateAge: config.security.refreshSeconds,
    },
    rateLimit: {
      enabled: true,
      customStorage: memoryRateLimitStore(),
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/username': {
          window: config.loginRateLimit.windowSeconds,
          max: config.loginRateLimit.max,
        },
        // A code check: the lockout in the database counts failures per address as well.
        '/two-factor/*': {
          window: config.loginRateLimit.windowSeconds,
          max: config.loginRateLimit.max,
        },
      },
    },
    trustedOrigins: (request?: Request) => {
      const origins = [config.baseUrl];
      const host = request?.headers.get('host');
      if (host) origins.push(`http://${host}`, `https://${host}`);
      return origins;
    },
    advanced: {
      ipAddress: { ipAddressHeaders: ['x-client-ip'] },
      // HttpOnly (no script reads it) and SameSite=Lax (not sent on another site's form posts).
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' as const },
      database: { generateId: () => randomBytes(12).toString('base64url') },
    },
    telemetry: { enabled: false },
    logger: { level: 'error' as const },
  };
}

export type Auth = ReturnType<typeof createAuth>;

const settingsOf = new WeakMap<object, Config['security']>();

export function createAuth(db: Db, config: Config, secret: string) {
  const auth = betterAuth(authOptions(db, config, secret));
  settingsOf.set(auth, config.security);
  return auth;
}

/** The session and lockout settings the auth instance was built with. */
export function securitySettingsOf(auth: Auth): Config['security'] {
  const s = settingsOf.get(auth);
  if (!s) throw new Error('auth built without createAuth');
  return s;
}

/** Creates or updates the auth library's tables; safe to run at every start. */
export async function migrateAuth(db: Db, config: Config): Promise<void> {
  const { runMigrations } = await getMigrations(authOptions(db, config, 'migration-only') as never);
  await runMigrations();
}
