// `doithoai serve` as a child process whose log (pino writes to stdout) the test can read, for
// tests that check a warning was logged. Otherwise like child-server.ts's startServer.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './child-server.js';

const root = path.resolve(fileURLToPath(new URL('../../../..', import.meta.url)));
const main = path.join(root, 'packages/server/dist/bundle/main.js');

export interface LoggedServer {
  url: string;
  /** Everything it printed so far, stdout and stderr. */
  log(): string;
  stop(): Promise<void>;
}

export async function startLoggedServer(env: NodeJS.ProcessEnv): Promise<LoggedServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, [main, 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      LOGIN_RATE_MAX: '1000',
      HOST: '127.0.0.1',
      PORT: String(port),
      BASE_URL: url,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => {
    out += String(d);
  });
  proc.stderr!.on('data', (d) => {
    out += String(d);
  });
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const t0 = Date.now();
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}): ${out}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - t0 > 60_000) throw new Error(`server did not answer in 60 s: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    log: () => out,
    stop: async () => {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await exited;
      }
    },
  };
}
