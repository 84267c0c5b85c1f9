// Every opinion route group, so app.ts registers opinions with one line.
import type { ZodApp } from '../http/zod-app.js';
import type { AppDeps } from '../http/deps.js';
import { opinionImportRoutes } from './opinion-import.routes.js';
import { opinionRouteRoutes } from './opinion-route.routes.js';
import { similarityRoutes } from './similarity.routes.js';
import { opinionRoutes } from './opinion.routes.js';

export function opinionAllRoutes(app: ZodApp, deps: AppDeps) {
  for (const register of [opinionRoutes, opinionImportRoutes, opinionRouteRoutes, similarityRoutes])
    register(app, deps);
}
