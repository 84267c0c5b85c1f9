// Validated sessions kept in memory, so a signed-in request does not read the session, the user
// and the grants again (1.1 ms of CPU per request before; docs/PERFORMANCE.md, Intake).
//
// An entry is used until the session's idle end as last read, and at most `refreshSeconds`
// (≤ 5 min) after that read: then the session is read again, which also slides its idle end in
// the database as the auth library does. It is forgotten at once in this process when the session
// is signed out or revoked or the user's grants change (auth/session-store.ts, auth/user-admin.ts,
// auth/auth.routes.ts), and in every other process within a second: on PostgreSQL a change is
// announced with NOTIFY on the channel below and every process LISTENs. While a process's
// listener is not connected it keeps nothing (every request reads the database), and it empties
// its memory when the listener (re)connects, so a missed announcement cannot leave a session alive.
// A single SQLite process needs nothing more (the CLI changes no session or grant).
import { parseCookies } from 'better-auth/cookies/utils';
import type pg from 'pg';
import type { Db } from '../db/open-database.js';
import { loadPg } from '../db/pg.js';

export const SESSION_CHANNEL = 'doithoai_session';

export interface CachedSession<A> {
  actor: A;
  userId: string;
  sessionId: string;
  /** The session's idle end as last read (ms). */
  expiresAt: number;
  /** When it was last read from the database (ms). */
  readAt: number;
}

/**
 * The cookie value that carries the session (signed token), or null: read by the auth library's
 * own cookie parser, under the names its getSessionCookie looks for (default prefix, `__Secure-`
 * first). Not getSessionCookie itself: its module loads most of the library (~0.15 s at start).
 */
export function sessionCookie(header: string | undefined): string | null {
  if (!header) return null;
  const cookies = parseCookies(header);
  const named = (name: string) => cookies.get(`__Secure-${name}`) ?? cookies.get(name);
  return named('better-auth.session_token') || named('better-auth-session_token') || null;
}

export class SessionCache<A = unknown> {
  private readonly entries = new Map<string, CachedSession<A>>();
  /** Bumped by every forget: a read that began before a forget does not store what it read. */
  private epoch = 0;
  private usable: boolean;

  constructor(
    private readonly refreshMs: number,
    /** Whether the cache starts usable (false until a PostgreSQL listener is connected). */
    usable = true,
    private readonly max = 20_000,
  ) {
    this.usable = usable;
  }

  /** A fresh entry for the cookie, or undefined (then read the database). */
  get(cookie: string, now = Date.now()): CachedSession<A> | undefined {
    if (!this.usable) return undefined;
    const e = this.entries.get(cookie);
    if (!e) return undefined;
    if (now >= e.expiresAt || now - e.readAt >= this.refreshMs) {
      this.entries.delete(cookie);
      return undefined;
    }
    return e;
  }

  /** The epoch to hand back to `set` after reading the database. */
  begin(): number {
    return this.epoch;
  }

  set(cookie: string, entry: CachedSession<A>, epoch: number): void {
    if (!this.usable || epoch !== this.epoch) return;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(cookie, entry);
  }

  forgetUser(userId: string): void {
    this.epoch++;
    for (const [k, e] of this.entries) if (e.userId === userId) this.entries.delete(k);
  }

  forgetSession(sessionId: string): void {
    this.epoch++;
    for (const [k, e] of this.entries) if (e.sessionId === sessionId) this.entries.delete(k);
  }

  /** Forgets everything and sets whether entries may be kept. */
  reset(usable: boolean): void {
    this.epoch++;
    this.entries.clear();
    this.usable = usable;
  }

  get size(): number {
    return this.entries.size;
  }
}

interface Registered {
  cache: SessionCache<unknown>;
  stop(): Promise<void>;
}
const registry = new WeakMap<Db, Registered>();

/** The cache of the app serving on this database, if one is started. */
export function sessionCacheOf<A>(db: Db): SessionCache<A> | undefined {
  return registry.get(db)?.cache as SessionCache<A> | undefined;
}

type Change = { kind: 'user' | 'session'; id: string };
const apply = (cache: SessionCache<unknown>, c: Change) =>
  c.kind === 'user' ? cache.forgetUser(c.id) : cache.forgetSession(c.id);

/**
 * Says that a user's sessions or grants, or one session, changed: forgotten here at once, and
 * announced to the other processes on PostgreSQL. Call after the change is written.
 */
export async function sessionChanged(db: Db, change: Change): Promise<void> {
  const r = registry.get(db);
  if (r) apply(r.cache, change);
  if (db.dialect === 'postgres' && db.pgPool) {
    await db.pgPool.query('select pg_notify($1, $2)', [
      SESSION_CHANNEL,
      `${change.kind}:${change.id}`,
    ]);
  }
}

/**
 * Starts the cache for an app on this database (and, on PostgreSQL, its listener). `enabled`
 * false (SESSION_CACHE=off) keeps nothing: for a database reached only through a pooler in
 * transaction mode, where LISTEN may be accepted and its notifications lost. With
 * DATABASE_LISTEN_URL (db.listenUrl) the listener connects there, straight to PostgreSQL, instead.
 */
export function startSessionCache(
  db: Db,
  refreshSeconds: number,
  log: (msg: string) => void = () => {},
  enabled = true,
): Registered {
  const existing = registry.get(db);
  if (existing) return existing;
  if (!enabled) {
    const off: Registered = {
      cache: new SessionCache<unknown>(refreshSeconds * 1000, false),
      stop: async () => {
        registry.delete(db);
      },
    };
    registry.set(db, off);
    return off;
  }
  const pool = db.dialect === 'postgres' ? db.pgPool : undefined;
  const cache = new SessionCache<unknown>(refreshSeconds * 1000, !pool);
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  const listen = async () => {
    if (stopped || !pool) return;
    // DATABASE_LISTEN_URL when DATABASE_URL is a pooler: a LISTEN must stay on one server connection.
    const c = new (loadPg().Client)(
      db.listenUrl ? { connectionString: db.listenUrl } : pool.options,
    );
    client = c;
    const lost = (why: string) => {
      if (client !== c) return;
      client = null;
      cache.reset(false);
      c.end().catch(() => {});
      if (!stopped) {
        log(
          `session cache: listener lost (${why}); sessions read from the database until it is back`,
        );
        retry = setTimeout(() => void listen(), 1000);
      }
    };
    c.on('error', (e) => lost(e.message));
    c.on('end', () => lost('connection ended'));
    c.on('notification', (n) => {
      const [kind, ...rest] = (n.payload ?? '').split(':');
      if (kind === 'user' || kind === 'session') apply(cache, { kind, id: rest.join(':') });
    });
    try {
      await c.connect();
      await c.query(`listen ${SESSION_CHANNEL}`);
      if (client === c && !stopped) cache.reset(true);
    } catch (e) {
      lost((e as Error).message);
    }
  };
  void listen();
  const registered: Registered = {
    cache,
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      registry.delete(db);
      cache.reset(false);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
  registry.set(db, registered);
  return registered;
}
