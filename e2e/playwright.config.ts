// Browser flows in Debian's Chromium against the real server (`npm start`'s code path) on a
// scratch data folder, so a run never touches ./data.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-e2e-'));
// A free port chosen once by the main process (workers inherit the environment), so several
// runs on one machine never collide.
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);

export const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'vi-VN',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    cwd: path.resolve(import.meta.dirname, '..'),
    url: `http://localhost:${port}/api/health`,
    // Every flow signs in from 127.0.0.1 within a few minutes: the per-address sign-in rate
    // limit (10 a minute) is raised here; it and the lockout are tested in packages/server/test.
    env: { DATA_DIR: process.env.E2E_DATA_DIR, PORT: String(port), DATABASE_URL: '', LOGIN_RATE_MAX: '1000' },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
