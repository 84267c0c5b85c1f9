// Builds the real application on a test database, with the demo commune loaded, and signs in
// demo users through the real auth endpoint.
import { loadConfig } from '../../src/config.js';
import { prepareDatabase } from '../../src/bootstrap.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.js';
import { buildApp } from '../../src/http/app.js';
import type { ZodApp } from '../../src/http/zod-app.js';
import type { AppDeps } from '../../src/http/deps.js';
import { createTestDatabase, type TestDatabase, type TestDialect } from './databases.js';

export interface TestApp {
  app: ZodApp;
  deps: AppDeps;
  database: TestDatabase;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export const testConfig = (overrides: NodeJS.ProcessEnv = {}) =>
  loadConfig({
    PORT: '3999',
    BASE_URL: 'http://localhost:3999',
    LOGIN_RATE_MAX: '1000',
    ...overrides,
  });

export async function startTestApp(
  dialect: TestDialect,
  env: NodeJS.ProcessEnv = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const deps = await prepareDatabase(database.db, testConfig(env));
  await loadDemo(deps.db, deps.auth);
  const app = await buildApp(deps);
  return {
    app,
    deps,
    database,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/username',
        headers: { origin: 'http://localhost:3999' },
        payload: { username, password },
      });
      if (res.statusCode !== 200)
        throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      return cookie;
    },
    async close() {
      await app.close();
      await deps.db.close();
      await database.drop();
    },
  };
}
