// The first run (`npm start` on an empty data folder) says what it is doing while it loads the
// demo commune, step by step, before it prints the address; a second run has nothing to load.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer, freePort } from './support/child-server.js';

const main = fileURLToPath(new URL('../dist/bundle/main.js', import.meta.url));

/** Starts `doithoai serve`, returns what it printed up to "ready", and stops it. */
async function firstLines(dataDir: string): Promise<string> {
  const port = await freePort();
  const proc = spawn(process.execPath, [main, 'serve'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      JOBS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => {
    err += String(d);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "ready" line in 60 s: ${out}${err}`)),
        60_000,
      );
      proc.stdout!.on('data', (d) => {
        out += String(d);
        if (/ready after/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited ${code}: ${out}${err}`));
      });
    });
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
  }
  return out;
}

describe('the first run', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doithoai-first-run-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows the demo load step by step, then the address; a second run loads nothing', async () => {
    buildServer();
    const first = await firstLines(dir);
    const steps = [...first.matchAll(/^ {2}(\d)\/5 /gm)].map((m) => Number(m[1]));
    expect(steps).toEqual([1, 2, 3, 4, 5]); // units, people, 2022 and the merger of 1/7/2025, opinions, plans
    expect(first.indexOf('5/5')).toBeLessThan(first.indexOf('is running'));
    expect(first).toMatch(/đang nạp xã mẫu/);
    const second = await firstLines(dir);
    expect(second).not.toMatch(/\d\/5 /);
    expect(second).toMatch(/is running/);
  }, 180_000);
});
