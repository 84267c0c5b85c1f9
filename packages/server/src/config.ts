// Configuration comes from the environment only, so the CLI and the server always agree on
// which database they use (DATABASE_URL, else SQLite in DATA_DIR).
import path from 'node:path';
import { loadSecuritySettings, type SecuritySettings } from './auth/security-settings.js';

export interface Config {
  dataDir: string;
  databaseUrl: string | null;
  /** DATABASE_LISTEN_URL: a direct connection to the primary for LISTEN when DATABASE_URL is a pooler (null: DATABASE_URL). */
  databaseListenUrl: string | null;
  /** DATABASE_REPLICA_URL: a streaming replica for the reads that tolerate lag (db/replica.ts), or null. */
  replica: { url: string; maxLagMs: number; checkMs: number } | null;
  port: number;
  host: string;
  /** Public URL used in links and for the auth library's origin checks. */
  baseUrl: string;
  logLevel: string;
  loginRateLimit: { windowSeconds: number; max: number };
  /** Session timeouts and sign-in lockout (auth/security-settings.ts). */
  security: SecuritySettings;
  /** DOITHOAI_CLOCK (tests and demos only): the instant the app's clock starts at, then runs on from (shared/clock.ts); null: the real time. */
  clockStart: Date | null;
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
  const postgresUrl = (name: string) => {
    const value = env[name]?.trim() || null;
    if (value && !/^postgres(ql)?:\/\//.test(value))
      throw new Error(`${name} phải là postgres://… / ${name} must be a postgres:// URL`);
    if (value && !databaseUrl)
      throw new Error(`${name} cần DATABASE_URL / ${name} needs DATABASE_URL`);
    return value;
  };
  const replicaUrl = postgresUrl('DATABASE_REPLICA_URL');
  const millis = (name: string, fallback: number) => {
    const n = Number(env[name] ?? fallback);
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`${name} không hợp lệ / invalid ${name}: ${env[name]}`);
    return n;
  };
  return {
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl,
    databaseListenUrl: postgresUrl('DATABASE_LISTEN_URL'),
    replica: replicaUrl
      ? {
          url: replicaUrl,
          maxLagMs: millis('REPLICA_MAX_LAG_MS', 5000),
          checkMs: millis('REPLICA_CHECK_MS', 1000),
        }
      : null,
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
    clockStart: clockStart(env.DOITHOAI_CLOCK),
  };
}

/** An ISO instant with its offset (2026-12-07T09:00:00+07:00), else the real time. */
function clockStart(value: string | undefined): Date | null {
  if (!value?.trim()) return null;
  const at = new Date(value.trim());
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value.trim()) ||
    Number.isNaN(at.getTime())
  ) {
    throw new Error(
      `DOITHOAI_CLOCK phải là một thời điểm ISO có múi giờ (2026-12-07T09:00:00+07:00) / DOITHOAI_CLOCK must be an ISO instant with its offset: ${value}`,
    );
  }
  return at;
}
