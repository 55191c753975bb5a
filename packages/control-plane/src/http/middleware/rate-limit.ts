// Token buckets in memory, per replica: `burst` requests at once, refilled at `perSecond`. With
// several replicas behind a balancer a client gets up to that many times the rate, which is
// still a bound (docs/decisions/0013-public-api.md).
import type { Context } from "koa";
import { AppError } from "../../errors.js";

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept at most; idle (full) ones are dropped when there are more. */
const MAX_BUCKETS = 100_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one request from the key's bucket; throws RATE_LIMITED with Retry-After when empty. */
  take(ctx: Context, key: string): void {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= MAX_BUCKETS) this.sweep(t);
      b = { tokens: this.burst, at: t };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return;
    }
    const retryAfterS = Math.max(1, Math.ceil((1 - b.tokens) / this.perSecond));
    ctx.set("Retry-After", String(retryAfterS));
    throw new AppError("RATE_LIMITED", `too many requests; retry after ${retryAfterS} s`);
  }

  private sweep(t: number): void {
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((t - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(k);
    }
    // Still full of busy clients: forget the oldest half rather than grow without bound.
    if (this.buckets.size >= MAX_BUCKETS) {
      let n = 0;
      for (const k of this.buckets.keys()) if (n++ < MAX_BUCKETS / 2) this.buckets.delete(k);
    }
  }
}
