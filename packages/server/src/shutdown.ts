// What `doithoai serve` does on SIGTERM (systemd's stop, a rolling restart) or SIGINT (Ctrl+C),
// so that a restart loses nothing (docs/SCALE-OUT.md, deploy/README.md):
//   1. every answer now says `Connection: close`; after 250 ms, close the listening socket: a
//      new connection is refused and the proxy sends it to another process. The connections already accepted stay open (Node's http close would
//      drop at once those whose request is not read yet: a reset the client cannot tell from a
//      lost request) and are served to the end, until none is left or SHUTDOWN_DRAIN_MS (2 s) has passed: an idle keep-alive connection
//      then is closed;
//   2. the app's close hooks: the job runner stops polling, lets the jobs in hand finish and
//      gives back the lease of any it could not finish (jobs/runner.ts), the session cache
//      and the replica's checks stop;
//   3. wait for the open group commit (SQLite), so every write queued is committed;
//   4. close the database pools, and exit 0.
// Past SHUTDOWN_TIMEOUT_MS (25 s: inside systemd's TimeoutStopSec=30) it exits 1 instead of
// hanging; what was not acknowledged was not promised, and expired leases are taken again.
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { groupCommitIdle } from './db/group-commit.js';
import type { Db } from './db/open-database.js';

export interface ShutdownOptions {
  timeoutMs?: number;
  drainMs?: number;
  say?: (line: string) => void;
  exit?: (code: number) => void;
}

const ACCEPT_BEFORE_CLOSE_MS = 250;

/** Closes the app, then the database; resolves when both are closed. */
export async function closeGracefully(app: FastifyInstance, db: Db, drainMs = 2000): Promise<void> {
  const server = app.server;
  if (server.listening) {
    // Every answer from now on ends its connection (a keep-alive client or proxy stops reusing it).
    server.prependListener('request', (_req, res) => {
      if (!res.headersSent) res.setHeader('connection', 'close');
    });
    // Connections waiting in the kernel's accept queue are reset when the socket closes, and a
    // proxy cannot tell that from a lost POST. While SQLite entries keep the event loop busy
    // (better-sqlite3 is synchronous) dozens wait there: 64 of 80 entries sent at once were
    // reset when the socket closed on the signal, none when it closed 50 ms later. Under a
    // steady load some still arrive in the last moment (deploy/README.md says how to avoid it).
    await new Promise((resolve) => setTimeout(resolve, ACCEPT_BEFORE_CLOSE_MS));
    // net.Server's close, not http.Server's: stop listening, keep the accepted connections; its
    // callback comes when the last one has ended.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve())),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, drainMs);
      }),
    ]);
    clearTimeout(timer);
  }
  // Requests still running finish (a request reaching a closing Fastify is served: app.ts), idle
  // connections are closed, then the close hooks run (job runner, session cache, metrics …).
  await app.close();
  await groupCommitIdle(db);
  await db.close();
}

export function stopOnSignals(app: FastifyInstance, db: Db, options: ShutdownOptions = {}): void {
  const timeoutMs = options.timeoutMs ?? Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
  const drainMs = options.drainMs ?? Number(process.env.SHUTDOWN_DRAIN_MS ?? 2000);
  const say = options.say ?? ((line: string) => process.stdout.write(`${line}\n`));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // A second signal while stopping changes nothing (a default handler would kill mid-commit).
    if (stopping) return;
    stopping = true;
    say(
      `${signal}: đang dừng, phục vụ nốt các yêu cầu đang dở / stopping: finishing the requests in progress`,
    );
    const started = Date.now();
    const timer = setTimeout(() => {
      say(`Quá ${timeoutMs} ms, dừng ngay / still stopping after ${timeoutMs} ms: exiting`);
      exit(1);
    }, timeoutMs);
    timer.unref();
    closeGracefully(app, db, drainMs).then(
      () => {
        clearTimeout(timer);
        say(`Đã dừng / stopped (${Date.now() - started} ms)`);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        say(
          `Lỗi khi dừng / error while stopping: ${error instanceof Error ? error.message : String(error)}`,
        );
        exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
