// Rate limits for the public form. For this slice the windows live in memory, per app process:
// they reset on restart and are not shared between processes (several processes behind a load
// balancer would each allow the limit). A shared store is the next step if the portal scales out.
export class WindowLimiter {
  private hits = new Map<string, number[]>();

  constructor(private readonly max: number, private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  /** Counts one attempt for the key; false when the key already used up its window. */
  take(key: string): boolean {
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

  /** Would one more attempt be allowed? Counts nothing. */
  peek(key: string): boolean {
    const t = this.now();
    return (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs).length < this.max;
  }

  private prune(t: number) {
    for (const [k, v] of this.hits) if (v.every((at) => t - at >= this.windowMs)) this.hits.delete(k);
  }
}

export interface PortalLimits {
  perIp: WindowLimiter;
  perPhone: WindowLimiter;
  /** Photos of refused forms held for the next try, per IP (each may be 5 MB of storage). */
  heldPhotos: WindowLimiter;
  /** Tracking codes looked up and not found, per IP: guessing codes is slowed to a crawl. */
  wrongCodes: WindowLimiter;
}

/**
 * Per IP: 10 opinions an hour (a shared village phone or café may send several); per phone: 5 a
 * day; photos held for a refused form: 20 an hour per IP; wrong tracking codes: 30 an hour per IP
 * (a citizen mistyping a few times never meets it; 8.5·10^11 codes cannot be walked through).
 */
export const newPortalLimits = (opts: { ipMax?: number; phoneMax?: number; heldMax?: number; wrongCodeMax?: number } = {}): PortalLimits => ({
  perIp: new WindowLimiter(opts.ipMax ?? 10, 3600_000),
  perPhone: new WindowLimiter(opts.phoneMax ?? 5, 24 * 3600_000),
  heldPhotos: new WindowLimiter(opts.heldMax ?? 20, 3600_000),
  wrongCodes: new WindowLimiter(opts.wrongCodeMax ?? 30, 3600_000),
});

/** Has this address used up its wrong tracking codes? (Looks, does not count.) */
export const wrongCodesUsedUp = (limits: PortalLimits, ip: string) => !limits.wrongCodes.peek(`ip:${ip}`);
