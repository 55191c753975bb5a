// A clock for tests: it stands still until moved, and replaces the control plane's clock
// (services/clock.ts) for billing, expiry and retention.
import type { Clock } from "../../packages/control-plane/src/services/clock.js";

/** A clock that stands still until moved: hours, days and months pass in a call. */
export class MovableClock implements Clock {
  private ms: number;

  constructor(start: Date = new Date()) {
    this.ms = start.getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`a clock moves forward: ${ms}`);
    this.ms += ms;
    return this.now();
  }
}
