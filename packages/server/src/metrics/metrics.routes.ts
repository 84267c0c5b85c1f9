// GET /metrics (Prometheus text format), guarded (metrics-config.ts): on the app's port only for
// a bearer of METRICS_TOKEN; on METRICS_PORT (127.0.0.1 unless METRICS_HOST says otherwise) for
// whoever reaches that port. The request figures are observed by one onResponse hook, labelled
// with the route's pattern (`/api/opinions/:id`) so that records never become series.
import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError, pickLang } from '@doithoai/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../http/deps.js';
import { errorBody } from '../http/error-handler.js';
import { loadMetricsConfig, metricsEnabled, type MetricsConfig } from './metrics-config.js';

/** The address the METRICS_PORT listener took (tests ask for port 0), per app. */
export const metricsAddressOf = new WeakMap<object, AddressInfo>();

const digest = (s: string) => createHash('sha256').update(s).digest();
function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return !!m && timingSafeEqual(digest(m[1]!), digest(token));
}

/** The route's pattern; every path that matched none shares one label. */
function routeOf(request: FastifyRequest): string {
  return request.is404 ? '(no route)' : (request.routeOptions.url ?? '(no route)');
}

export async function registerMetrics(
  app: FastifyInstance,
  deps: AppDeps,
  config: MetricsConfig = loadMetricsConfig(),
): Promise<void> {
  if (!metricsEnabled(config)) {
    // Answered here, or the web app's fallback would serve its page for /metrics.
    app.get('/metrics', { schema: { hide: true } }, (request, reply) =>
      reply
        .status(404)
        .send(
          errorBody(new DomainError('NOT_FOUND'), pickLang(request.headers['accept-language'])),
        ),
    );
    return;
  }
  // prom-client is loaded only where the figures are asked for (off by default).
  const { createAppMetrics } = await import('./app-metrics.js');
  const metrics = createAppMetrics(deps.db);
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(
      request.method,
      routeOf(request),
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  app.addHook('onClose', () => metrics.stop());

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!config.token || !bearerMatches(request.headers.authorization, config.token)) {
      return reply
        .status(401)
        .header('www-authenticate', 'Bearer')
        .send(
          errorBody(
            new DomainError('UNAUTHENTICATED'),
            pickLang(request.headers['accept-language']),
          ),
        );
    }
    return reply
      .header('content-type', metrics.contentType)
      .header('cache-control', 'no-store')
      .send(await metrics.text());
  });

  if (config.port === null) return;
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    metrics.text().then(
      (text) =>
        res
          .writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' })
          .end(text),
      (error: unknown) => {
        app.log.error({ err: error }, 'metrics');
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics failed\n');
      },
    );
  });
  // Opened with the app's own port (`doithoai serve`), not for an app built only for inject().
  app.addHook('onListen', async () => {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port!, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    metricsAddressOf.set(app, server.address() as AddressInfo);
  });
  app.addHook('onClose', async () => {
    if (!server.listening) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
}
