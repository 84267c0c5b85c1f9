// Browser flows in Debian's Chromium against the real server (`npm start`'s code path) on a
// scratch data folder, so a run never touches ./data.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { E2E_CLOCK } from './clock';

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
// A second server on its own fresh data folder that no flow changes: the home pages compared
// against approved images (home.spec.ts) are taken there, whatever ran before them. Its clock
// starts at the instant the browser's is set to there (e2e/clock.ts, DOITHOAI_CLOCK), so the
// deadlines, "overdue by n days" and the round's stage are the same on every run. The flows'
// server keeps the real time: their specs date things from the browser's real clock.
process.env.E2E_PRISTINE_DATA_DIR ??= fs.mkdtempSync(
  path.join(os.tmpdir(), 'doithoai-e2e-pristine-'),
);
process.env.E2E_PRISTINE_PORT ??= String(await freePort());
const pristinePort = Number(process.env.E2E_PRISTINE_PORT);

export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
    fs.existsSync(p),
  );

const server = (dataDir: string, serverPort: number, env: Record<string, string> = {}) => ({
  command: 'node scripts/start.mjs',
  cwd: path.resolve(import.meta.dirname, '..'),
  url: `http://localhost:${serverPort}/api/health`,
  // Every flow signs in from 127.0.0.1 within a few minutes: the per-address sign-in rate
  // limit (10 a minute) is raised here; it and the lockout are tested in packages/server/test.
  env: {
    DATA_DIR: dataDir,
    PORT: String(serverPort),
    DATABASE_URL: '',
    LOGIN_RATE_MAX: '1000',
    ...env,
  },
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: 'ignore' as const,
});

export default defineConfig({
  testDir: '.',
  // Approved images sit next to their spec (home.spec.ts-snapshots/), without the platform
  // suffix: CI runs the same Debian Chromium.
  snapshotPathTemplate: '{testDir}/{testFileDir}/{testFileName}-snapshots/{arg}{ext}',
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
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    server(process.env.E2E_DATA_DIR!, port),
    server(process.env.E2E_PRISTINE_DATA_DIR!, pristinePort, { DOITHOAI_CLOCK: E2E_CLOCK }),
  ],
});
