// Per-minute request budgets with the X-RateLimit-* headers of the tracking API (Runicorn's):
// fixed one-minute windows per key, so that Remaining counts down and Reset says in how many
// seconds it refills. In memory, per replica (like rate-limit.ts): behind N replicas a client
// gets up to N times the budget, still a bound.
import type { Context } from "koa";
import { AppError } from "../../errors.js";

interface Window {
  startedAt: number;
  used: number;
}

/** Windows kept at most; expired ones are dropped when there are more. */
const MAX_WINDOWS = 100_000;
const WINDOW_MS = 60_000;

export interface WindowState {
  limit: number;
  remaining: number;
  /** Seconds until the window refills. */
  resetS: number;
}

export class WindowLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one request of `key` against `limit` a minute; `ok` false when it is over. */
  take(key: string, limit: number): WindowState & { ok: boolean } {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.startedAt >= WINDOW_MS) {
      if (!w && this.windows.size >= MAX_WINDOWS) this.sweep(t);
      w = { startedAt: t, used: 0 };
      this.windows.set(key, w);
    }
    const ok = w.used < limit;
    if (ok) w.used++;
    return { ok, limit, remaining: Math.max(0, limit - w.used), resetS: Math.max(1, Math.ceil((w.startedAt + WINDOW_MS - t) / 1000)) };
  }

  /** The state of `key`'s window without counting a request. */
  peek(key: string, limit: number): WindowState {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.startedAt >= WINDOW_MS) return { limit, remaining: limit, resetS: WINDOW_MS / 1000 };
    return { limit, remaining: Math.max(0, limit - w.used), resetS: Math.max(1, Math.ceil((w.startedAt + WINDOW_MS - t) / 1000)) };
  }

  private sweep(t: number): void {
    for (const [k, w] of this.windows) if (t - w.startedAt >= WINDOW_MS) this.windows.delete(k);
    if (this.windows.size >= MAX_WINDOWS) {
      let n = 0;
      for (const k of this.windows.keys()) if (n++ < MAX_WINDOWS / 2) this.windows.delete(k);
    }
  }
}

export function setRateHeaders(ctx: Context, s: WindowState): void {
  ctx.set("X-RateLimit-Limit", String(s.limit));
  ctx.set("X-RateLimit-Remaining", String(s.remaining));
  ctx.set("X-RateLimit-Reset", String(s.resetS));
}

export function rateLimited(ctx: Context, s: WindowState): AppError {
  ctx.set("Retry-After", String(s.resetS));
  return new AppError("RATE_LIMITED", `rate limit of ${s.limit} requests a minute reached; retry in ${s.resetS} s`);
}
