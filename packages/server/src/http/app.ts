// Builds the HTTP application from its dependencies: the JSON API under /api (zod schemas,
// OpenAPI at /api/openapi.json, browsable at /api/docs), sign-in under /api/auth, and the
// built web app for every other path.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError, pickLang } from '@doithoai/core';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { ZodApp } from './zod-app.js';
import { startSessionCache } from '../auth/session-cache.js';
import { securitySettingsOf } from '../auth/auth.js';
import { registerSecurity } from './security.js';
import { registerMetrics } from '../metrics/metrics.routes.js';
import type { MetricsConfig } from '../metrics/metrics-config.js';
import { registerReadRouting } from './reads.js';
import type { AppDeps } from './deps.js';
import { features } from './features.js';
import { errorBody, handleError, handleFrameworkError } from './error-handler.js';

export const webDistDir = fileURLToPath(new URL('../../../web/dist', import.meta.url));

export interface BuildOptions {
  logger?: boolean | object;
  /** Default: METRICS_TOKEN / METRICS_PORT from the environment (metrics/metrics-config.ts). */
  metrics?: MetricsConfig;
}

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<ZodApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: process.env.TRUST_PROXY === '1',
    bodyLimit: 1024 * 1024,
    frameworkErrors: handleFrameworkError,
    // SIGTERM (server.ts): a request that reaches a closing process is still served, not
    // answered 503; the listening socket is already closed, so no new connection comes.
    return503OnClosing: false,
    // Every route is compiled by the zod compilers (set below too): Fastify need not load its
    // default ajv and fast-json-stringify compilers at start (docs/PERFORMANCE.md, Start and footprint).
    // (Fastify types these factories as ajv's, hence the casts.)
    schemaController: {
      compilersFactory: {
        buildValidator: (() => validatorCompiler) as never,
        buildSerializer: (() => serializerCompiler) as never,
      },
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  // Signed-in sessions kept in memory, forgotten at once on a change in any process (auth/session-cache.ts).
  const sessions = startSessionCache(
    deps.db,
    securitySettingsOf(deps.auth).refreshSeconds,
    (m) => app.log.warn(m),
    process.env.SESSION_CACHE !== 'off',
  );
  app.addHook('onClose', () => sessions.stop());
  registerReadRouting(app, deps); // DATABASE_REPLICA_URL: reads that tolerate lag go to the replica (http/reads.ts)

  registerSecurity(app, deps.config); // headers, CSP, cross-site refusal, the route list (http/security.ts)
  await registerMetrics(app, deps, options.metrics); // GET /metrics for Prometheus, guarded (metrics/metrics.routes.ts)

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Đối Thoại API',
        description:
          'Tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
    // Contracts given an id (a recursive one: core's UnitTreeNode) become components/schemas, the
    // routes' schemas referring to them.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  for (const feature of features) await feature.register(app, deps); // http/features.ts

  const hasWeb = fs.existsSync(path.join(webDistDir, 'index.html'));
  if (hasWeb) {
    // preCompressed: the .br/.gz the web build writes beside each asset go to browsers that accept them.
    await app.register(fastifyStatic, {
      root: webDistDir,
      prefix: '/',
      wildcard: false,
      index: false,
      preCompressed: true,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return reply
        .status(404)
        .send(
          errorBody(new DomainError('NOT_FOUND'), pickLang(request.headers['accept-language'])),
        );
    }
    if (hasWeb) return reply.type('text/html').sendFile('index.html');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        '<!doctype html><meta charset="utf-8"><title>Đối Thoại</title><p>Ứng dụng web chưa được build: chạy <code>npm run build</code>.</p>',
      );
  });

  return app;
}
