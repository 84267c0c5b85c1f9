// Where /metrics may be read (Prometheus text format): with METRICS_TOKEN, on the app's own port
// by a scraper sending `Authorization: Bearer <token>`; with METRICS_PORT, on a port of its own
// bound to METRICS_HOST (127.0.0.1 unless told), without a token. Neither set: no metrics are
// kept and /metrics is "not found".
export interface MetricsConfig {
  token: string | null;
  port: number | null;
  host: string;
}

export function loadMetricsConfig(env: NodeJS.ProcessEnv = process.env): MetricsConfig {
  const token = env.METRICS_TOKEN?.trim() || null;
  if (token && token.length < 16) {
    throw new Error(
      'METRICS_TOKEN cần ít nhất 16 ký tự / METRICS_TOKEN must be at least 16 characters',
    );
  }
  const rawPort = env.METRICS_PORT?.trim();
  const port = rawPort ? Number(rawPort) : null;
  if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`METRICS_PORT không hợp lệ / invalid METRICS_PORT: ${rawPort}`);
  }
  return { token, port, host: env.METRICS_HOST?.trim() || '127.0.0.1' };
}

export const metricsEnabled = (c: MetricsConfig) => c.token !== null || c.port !== null;
