// Buffers liveness and telemetry from all sessions of this replica and writes them in batches
// once a second: a fixed handful of statements per flush whatever the fleet size. When the
// database is unreachable the latest values wait in memory (bounded) and sessions carry on.
import type { Logger } from "pino";
import type { pb } from "@remotegpu/protocol";
import {
  relaxDurability,
  insertGpuHistory,
  insertHostHistory,
  touchHosts,
  writeGpuTelemetry,
  writeHostTelemetry,
  type GpuTelemetryWrite,
  type HostTelemetryWrite,
} from "../db/queries/telemetry.js";
import type { Db } from "../db/knex.js";
import { HistoryAccumulator, type GpuHistoryRow, type HostHistoryRow } from "../domain/history.js";
import { gpuTelemetry, hostTelemetry } from "../domain/telemetry-view.js";

/** Flush period: the delay before the admin API shows a new sample or heartbeat. */
export const FLUSH_INTERVAL_MS = 1000;
// Rows per statement: keeps each statement's parameter arrays a few MiB at most.
const CHUNK = 5000;
// History rows kept while the database is down (~1 hour of a 2,500-GPU fleet at 5-min buckets
// is 30,000): beyond this the oldest are dropped.
const MAX_PENDING_HISTORY = 200_000;
// An agent clock ahead of ours by more than this is not trusted for the sample time.
const MAX_CLOCK_AHEAD_MS = 60_000;

async function chunked<T>(rows: T[], write: (part: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export class TelemetryWriter {
  private seen = new Set<string>();
  private hosts = new Map<string, HostTelemetryWrite>();
  private gpus = new Map<string, GpuTelemetryWrite>();
  private pendingGpuHistory: GpuHistoryRow[] = [];
  private pendingHostHistory: HostHistoryRow[] = [];
  private readonly history: HistoryAccumulator;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private failing = false;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    historyResolutionMs: number,
  ) {
    this.history = new HistoryAccumulator(historyResolutionMs);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
  }

  /** Stops the timer and writes what is buffered (history buckets included). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    // A periodic flush may be running: let it finish, then flush once more with every open
    // history bucket closed.
    while (this.flushing) await this.flushing;
    await this.flush(true);
  }

  markSeen(hostId: string): void {
    this.seen.add(hostId);
  }

  record(hostId: string, t: pb.Telemetry): void {
    const now = Date.now();
    const atMs = t.collectedAtMs > 0 && t.collectedAtMs <= now + MAX_CLOCK_AHEAD_MS ? Math.min(t.collectedAtMs, now) : now;
    const at = new Date(atMs);
    this.seen.add(hostId);
    const host = hostTelemetry(t.host, t.errors, at);
    this.hosts.set(hostId, { hostId, telemetry: host, at });
    this.history.addHost(hostId, host, atMs);
    // One sample per GPU index; a duplicate index in a buggy frame keeps the first.
    const done = new Set<number>();
    for (const s of t.gpus) {
      if (done.has(s.index) || s.index >= 256) continue;
      done.add(s.index);
      const g = gpuTelemetry(s, t.processes, at);
      this.gpus.set(`${hostId}/${s.index}`, { hostId, index: s.index, telemetry: g, at });
      this.history.addGpu(hostId, s.index, g, atMs);
    }
  }

  /** Writes everything buffered; concurrent calls share one flush. */
  flush(final = false): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = this.doFlush(final).finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async doFlush(final: boolean): Promise<void> {
    const seen = [...this.seen];
    const hosts = [...this.hosts.values()];
    const gpus = [...this.gpus.values()];
    this.seen = new Set();
    this.hosts = new Map();
    this.gpus = new Map();
    const drained = this.history.drain(final ? Number.MAX_SAFE_INTEGER : Date.now());
    const gpuHist = this.pendingGpuHistory.concat(drained.gpu);
    const hostHist = this.pendingHostHistory.concat(drained.host);
    this.pendingGpuHistory = [];
    this.pendingHostHistory = [];
    try {
      if (seen.length + hosts.length + gpus.length + gpuHist.length + hostHist.length > 0) {
        await this.db.transaction(async (trx) => {
          // Telemetry and liveness are not worth a disk flush per commit: a crash loses at most
          // the last moment of samples (the next ones replace them), never anything else.
          await relaxDurability(trx);
          await chunked(seen, (p) => touchHosts(trx, p));
          await chunked(hosts, (p) => writeHostTelemetry(trx, p));
          await chunked(gpus, (p) => writeGpuTelemetry(trx, p));
          await chunked(gpuHist, (p) => insertGpuHistory(trx, p));
          await chunked(hostHist, (p) => insertHostHistory(trx, p));
        });
      }
      if (this.failing) this.log.info("telemetry writes recovered");
      this.failing = false;
    } catch (err) {
      if (!this.failing) this.log.warn({ err: (err as Error).message }, "telemetry writes failing; keeping the latest values in memory");
      this.failing = true;
      // Put back what was not written; anything newer that arrived meanwhile wins.
      for (const h of seen) this.seen.add(h);
      for (const h of hosts) if (!this.hosts.has(h.hostId)) this.hosts.set(h.hostId, h);
      for (const g of gpus) if (!this.gpus.has(`${g.hostId}/${g.index}`)) this.gpus.set(`${g.hostId}/${g.index}`, g);
      this.pendingGpuHistory = gpuHist.slice(-MAX_PENDING_HISTORY);
      this.pendingHostHistory = hostHist.slice(-MAX_PENDING_HISTORY);
    }
  }
}
