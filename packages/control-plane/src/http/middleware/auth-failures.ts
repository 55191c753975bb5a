// Failed customer-token lookups, counted per client address (an IPv6 /64) in one-minute windows,
// in memory per replica. Once an address has failed `perMin` times in its window, its requests
// are refused with 429 before the token is even looked up (no database work for a scanner),
// until the window ends. Each limited window is logged once, with its count, not each request.
import type { Context } from "koa";
import type { Logger } from "pino";
import { AppError } from "../../errors.js";

const WINDOW_MS = 60_000;
/** Addresses tracked at most; windows that ended are dropped first (a flood of addresses stays bounded). */
const MAX_ADDRESSES = 100_000;

interface Window {
  start: number;
  failures: number;
  refused: number;
}

export class AuthFailureLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly perMin: number,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws RATE_LIMITED (with Retry-After) while `address` is over its failures this window. */
  check(ctx: Context, address: string): void {
    const w = this.current(address);
    if (!w || w.failures < this.perMin) return;
    w.refused++;
    const retryAfterS = Math.max(1, Math.ceil((w.start + WINDOW_MS - this.now()) / 1000));
    ctx.set("Retry-After", String(retryAfterS));
    throw new AppError("RATE_LIMITED", `too many failed token lookups from this address; retry after ${retryAfterS} s`);
  }

  /** Counts a failed lookup; the one that reaches the limit is logged (once per window). */
  failed(address: string): void {
    const t = this.now();
    let w = this.current(address);
    if (!w) {
      if (this.windows.size >= MAX_ADDRESSES) this.sweep(t);
      w = { start: t, failures: 0, refused: 0 };
      this.windows.set(address, w);
    }
    w.failures++;
    if (w.failures === this.perMin) {
      this.log.warn({ address, failures: w.failures, windowS: WINDOW_MS / 1000 }, "failed token lookups limited for this address until the window ends");
    }
  }

  private current(address: string): Window | undefined {
    const w = this.windows.get(address);
    if (!w) return undefined;
    if (this.now() - w.start < WINDOW_MS) return w;
    this.windows.delete(address);
    // The window that was limited ends: its total, once (how many requests it refused unread).
    if (w.refused > 0) this.log.warn({ address, failures: w.failures, refused: w.refused }, "failed token lookups: limited window ended");
    return undefined;
  }

  private sweep(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= WINDOW_MS) this.windows.delete(k);
    if (this.windows.size >= MAX_ADDRESSES) {
      let n = 0;
      for (const k of this.windows.keys()) if (n++ < MAX_ADDRESSES / 2) this.windows.delete(k);
    }
  }
}
