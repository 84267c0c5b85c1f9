// Rate limits of the public portal: per IP and per phone for sent opinions, per IP for photos held
// for a refused form and for wrong tracking codes. In the app the windows live in the database
// (`portal_limit_hit`, migration 0011-portal-limits): every process behind a load balancer counts
// the same attempts, and a restart forgets nothing. Keys are stored as a salted SHA-256 (the salt
// kept in app_setting), never as the address or phone. `WindowLimiter` keeps the same windows in
// memory, for tests and tools without a database.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/open-database.js';
import { dropHitsBefore, hitsSince, insertHit, settingOrInsert } from './limit-hit.repository.js';

export interface Limiter {
  /** Counts one attempt for the key; false (and nothing counted) when its window is used up. */
  take(key: string): Promise<boolean>;
  /** Would one more attempt be allowed? Counts nothing. */
  peek(key: string): Promise<boolean>;
}

export class WindowLimiter implements Limiter {
  private hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string): Promise<boolean> {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 50_000) this.prune(t);
    return true;
  }

  async peek(key: string): Promise<boolean> {
    const t = this.now();
    return (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs).length < this.max;
  }

  private prune(t: number) {
    for (const [k, v] of this.hits)
      if (v.every((at) => t - at >= this.windowMs)) this.hits.delete(k);
  }
}

const DAY_MS = 24 * 3600_000;
const SALT_KEY = 'portal.limit-salt';

/** The same window over the `portal_limit_hit` table. */
export class DbWindowLimiter implements Limiter {
  private static salts = new WeakMap<Db, Promise<string>>();

  constructor(
    private readonly db: Db,
    private readonly bucket: string,
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private async hash(key: string): Promise<string> {
    let salt = DbWindowLimiter.salts.get(this.db);
    if (!salt) {
      salt = settingOrInsert(this.db.kysely, SALT_KEY, randomBytes(24).toString('base64url'));
      DbWindowLimiter.salts.set(this.db, salt);
    }
    return createHash('sha256')
      .update(`${await salt}\0${key}`)
      .digest('base64url');
  }

  private async count(keyHash: string, t: number): Promise<number> {
    const since = new Date(t - this.windowMs).toISOString();
    return hitsSince(this.db.kysely, { bucket: this.bucket, keyHash, since });
  }

  async take(key: string): Promise<boolean> {
    const t = this.now();
    const keyHash = await this.hash(key);
    // Two processes may both read max−1 and both count: the limit can be passed by one or two
    // attempts in a race, which is fine for abuse control and needs no lock.
    if ((await this.count(keyHash, t)) >= this.max) return false;
    const k = this.db.kysely;
    await insertHit(k, { bucket: this.bucket, keyHash, at: new Date(t).toISOString() });
    if (Math.random() < 0.02) await dropHitsBefore(k, new Date(t - DAY_MS).toISOString());
    return true;
  }

  async peek(key: string): Promise<boolean> {
    return (await this.count(await this.hash(key), this.now())) < this.max;
  }
}

export interface PortalLimits {
  perIp: Limiter;
  perPhone: Limiter;
  /** Photos of refused forms held for the next try, per IP (each may be 5 MB of storage). */
  heldPhotos: Limiter;
  /** Tracking codes looked up and not found, per IP: guessing codes is slowed to a crawl. */
  wrongCodes: Limiter;
}

export interface LimitSettings {
  ipMax?: number;
  phoneMax?: number;
  heldMax?: number;
  wrongCodeMax?: number;
}

/**
 * Per IP: 10 opinions an hour (a shared village phone or café may send several); per phone: 5 a
 * day; photos held for a refused form: 20 an hour per IP; wrong tracking codes: 30 an hour per IP
 * (a citizen mistyping a few times never meets it; 8.5·10^11 codes cannot be walked through).
 * With a database the windows are shared by every process; without, they are in memory.
 */
export function newPortalLimits(opts: LimitSettings = {}, db?: Db): PortalLimits {
  const make = (bucket: string, max: number, windowMs: number): Limiter =>
    db ? new DbWindowLimiter(db, bucket, max, windowMs) : new WindowLimiter(max, windowMs);
  return {
    perIp: make('ip', opts.ipMax ?? 10, 3600_000),
    perPhone: make('phone', opts.phoneMax ?? 5, DAY_MS),
    heldPhotos: make('held-photo', opts.heldMax ?? 20, 3600_000),
    wrongCodes: make('wrong-code', opts.wrongCodeMax ?? 30, 3600_000),
  };
}

/** Has this address used up its wrong tracking codes? (Looks, does not count.) */
export const wrongCodesUsedUp = async (limits: PortalLimits, ip: string) =>
  !(await limits.wrongCodes.peek(`ip:${ip}`));
