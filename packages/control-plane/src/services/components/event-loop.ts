// How late the event loop runs timers: p99 over the last completed 10-second window. A
// component with its own lifecycle, so that reading it (GET /healthz) changes nothing.
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import type { Component } from "./lifecycle.js";

// 20 ms resolution sees the stalls that matter to agents (their intervals are seconds); 10 s
// windows are long enough to catch a stall and short enough to be current.
const RESOLUTION_MS = 20;
const WINDOW_MS = 10_000;

export class EventLoopMonitor implements Component {
  readonly name = "event-loop monitor";
  private histogram: IntervalHistogram | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastP99Ms = 0;

  start(): void {
    if (this.histogram) return;
    this.histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    this.histogram.enable();
    this.timer = setInterval(() => {
      const h = this.histogram!;
      this.lastP99Ms = h.count > 0 ? Math.round(h.percentile(99) / 1e6) : 0;
      h.reset();
    }, WINDOW_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram?.disable();
    this.histogram = undefined;
  }

  /** p99 delay of the last completed window, in milliseconds. */
  get p99Ms(): number {
    return this.lastP99Ms;
  }
}
