// Sign-in and sessions, by better-auth (a kept library) on our own Kysely connection, with
// argon2id hashing (@node-rs/argon2). Staff sign in with a username; sessions are HttpOnly
// cookies. Its tables (user, session, account, verification) are created by its own migration
// planner (ADR 0002); everything else about a user (units, roles) is ours.
// The library is loaded at its first use, not at start (~0.6 s of CPU and ~18 MB that a start,
// a health check or the public portal do not need; docs/PERFORMANCE.md, Start and footprint).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash, verify } from '@node-rs/argon2';
import type { Config } from '../config.js';
import type { Db } from '../db/open-database.js';
import { putSetting, settingValue } from './app-setting.repository.js';

const argon2Options = {
  algorithm: 2 /* Argon2id (a const enum in the typings) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

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

export async function authOptions(db: Db, config: Config, secret: string) {
  const { twoFactor, username } = await import('better-auth/plugins');
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

async function buildBetterAuth(db: Db, config: Config, secret: string) {
  const { betterAuth } = await import('better-auth');
  return betterAuth(await authOptions(db, config, secret));
}

export type BetterAuthInstance = Awaited<ReturnType<typeof buildBetterAuth>>;

/** Sign-in and sessions: the settings at once, the library on first use. */
export interface Auth {
  /** The session and lockout settings it was built with. */
  readonly security: Config['security'];
  /** better-auth on our connection, loaded and built at the first call (later calls share it). */
  instance(): Promise<BetterAuthInstance>;
}

export function createAuth(db: Db, config: Config, secret: string): Auth {
  let built: Promise<BetterAuthInstance> | undefined;
  return {
    security: config.security,
    instance() {
      // A failed load is tried again by the next caller rather than remembered.
      built ??= buildBetterAuth(db, config, secret).catch((error: unknown) => {
        built = undefined;
        throw error;
      });
      return built;
    },
  };
}

/** The session and lockout settings the auth instance was built with. */
export function securitySettingsOf(auth: Auth): Config['security'] {
  return auth.security;
}

/** The ids of authOptions' plugins, whose tables and columns the auth schema holds (a test holds the two lists together). */
export const AUTH_SCHEMA_PLUGINS: readonly string[] = ['username', 'two-factor'];
const AUTH_SCHEMA_KEY = 'auth_schema';

/** The installed better-auth's version, from its package.json (the package does not export it). */
function betterAuthVersion(): string {
  for (
    let dir = path.dirname(fileURLToPath(import.meta.resolve('better-auth')));
    ;
    dir = path.dirname(dir)
  ) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'better-auth' && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) throw new Error('better-auth: package.json not found');
  }
}

/** What the auth tables were last brought up to date for: the library's version and its schema-shaping options. */
export function authSchemaStamp(): string {
  return `better-auth ${betterAuthVersion()}; plugins ${AUTH_SCHEMA_PLUGINS.join(', ')}`;
}

/**
 * Creates or updates the auth library's tables; safe to run at every start. The library's own
 * planner (which loads the library and reads the database's columns) runs only when the stamp
 * kept in app_setting differs: a new database, another version of the library, other plugins.
 */
export async function migrateAuth(db: Db, config: Config): Promise<void> {
  const stamp = authSchemaStamp();
  if ((await settingValue(db.kysely, AUTH_SCHEMA_KEY)) === stamp) return;
  const { getMigrations } = await import('better-auth/db/migration');
  const { runMigrations } = await getMigrations(
    (await authOptions(db, config, 'migration-only')) as never,
  );
  await runMigrations();
  await putSetting(db.kysely, AUTH_SCHEMA_KEY, stamp);
}
