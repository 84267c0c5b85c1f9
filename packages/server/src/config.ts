// Configuration comes from the environment only, so the CLI and the server always agree on
// which database they use (DATABASE_URL, else SQLite in DATA_DIR).
import path from 'node:path';
import { loadSecuritySettings, type SecuritySettings } from './auth/security-settings.js';

export interface Config {
  dataDir: string;
  databaseUrl: string | null;
  port: number;
  host: string;
  /** Public URL used in links and for the auth library's origin checks. */
  baseUrl: string;
  logLevel: string;
  loginRateLimit: { windowSeconds: number; max: number };
  /** Session timeouts and sign-in lockout (auth/security-settings.ts). */
  security: SecuritySettings;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`PORT không hợp lệ / invalid PORT: ${env.PORT}`);
  }
  const host = env.HOST ?? '0.0.0.0';
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL phải là postgres://… / DATABASE_URL must be a postgres:// URL');
  }
  return {
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl,
    port,
    host,
    // Only an absolute address counts: build tools (Vite, Vitest) set BASE_URL='/' for their own use.
    baseUrl: /^https?:\/\//.test(env.BASE_URL ?? '') ? env.BASE_URL! : `http://localhost:${port}`,
    logLevel: env.LOG_LEVEL ?? 'warn',
    loginRateLimit: {
      windowSeconds: Number(env.LOGIN_RATE_WINDOW ?? 60),
      max: Number(env.LOGIN_RATE_MAX ?? 10),
    },
    security: loadSecuritySettings(env),
  };
}
