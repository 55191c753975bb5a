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
} from "../../db/queries/telemetry.js";
import type { Db, Tx } from "../../db/knex.js";
import { isBadData } from "../../errors.js";
import type { Component } from "./lifecycle.js";
import { HistoryAccumulator, type GpuHistoryRow, type HostHistoryRow } from "../../domain/history.js";
import { MAX_GPU_INDEX } from "../../domain/limits.js";
import { gpuTelemetry, hostTelemetry, processesByGpu, processesOf } from "../../domain/telemetry-view.js";

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

export class TelemetryWriter implements Component {
  readonly name = "telemetry writer";
  private seen = new Set<string>();
  private hosts = new Map<string, HostTelemetryWrite>();
  private gpus = new Map<string, GpuTelemetryWrite>();
  private pendingGpuHistory: GpuHistoryRow[] = [];
  private pendingHostHistory: HostHistoryRow[] = [];
  private readonly history: HistoryAccumulator;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private failing = false;
  private okSince: number | undefined;

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
    while (this.flushing !== undefined) await this.flushing;
    await this.flush(true);
  }

  markSeen(hostId: string): void {
    this.seen.add(hostId);
  }

  record(hostId: string, t: pb.Telemetry): void {
    const now = Date.now();
    const atMs = t.collectedAtMs > 0 && t.collectedAtMs <= now + MAX_CLOCK_AHEAD_MS ? Math.min(t.collectedAtMs, now) : now;
    const at = new Date(atMs);
    const atText = at.toISOString();
    this.seen.add(hostId);
    const host = hostTelemetry(t.host, t.errors, atText);
    this.hosts.set(hostId, { hostId, telemetry: host, at });
    this.history.addHost(hostId, host, atMs);
    // One sample per GPU index; a duplicate index in a buggy frame keeps the first.
    const done = new Set<number>();
    const byGpu = processesByGpu(t.processes);
    for (const s of t.gpus) {
      if (done.has(s.index) || s.index > MAX_GPU_INDEX) continue;
      done.add(s.index);
      const g = gpuTelemetry(s, processesOf(s, byGpu), atText);
      this.gpus.set(`${hostId}/${s.index}`, { hostId, index: s.index, telemetry: g, at });
      this.history.addGpu(hostId, s.index, g, atMs);
    }
  }

  /** Writes everything buffered; concurrent calls share one flush. */
  flush(final = false): Promise<void> {
    if (this.flushing !== undefined) return this.flushing;
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

    // Liveness first and on its own: whatever happens to telemetry, heartbeats get written.
    const liveness = await this.write("liveness", async (trx) => {
      await chunked(seen, (p) => touchHosts(trx, p));
    });
    if (liveness === "retry") for (const h of seen) this.seen.add(h);

    const telemetry = await this.write(
      "telemetry",
      async (trx) => {
        await chunked(hosts, (p) => writeHostTelemetry(trx, p));
        await chunked(gpus, (p) => writeGpuTelemetry(trx, p));
        await chunked(gpuHist, (p) => insertGpuHistory(trx, p));
        await chunked(hostHist, (p) => insertHostHistory(trx, p));
      },
      hosts.length + gpus.length + gpuHist.length + hostHist.length,
    );
    if (telemetry === "retry") {
      // Put back what was not written; anything newer that arrived meanwhile wins.
      for (const h of hosts) if (!this.hosts.has(h.hostId)) this.hosts.set(h.hostId, h);
      for (const g of gpus) if (!this.gpus.has(`${g.hostId}/${g.index}`)) this.gpus.set(`${g.hostId}/${g.index}`, g);
      this.pendingGpuHistory = gpuHist.slice(-MAX_PENDING_HISTORY);
      this.pendingHostHistory = hostHist.slice(-MAX_PENDING_HISTORY);
    }
    const failing = liveness === "retry" || telemetry === "retry";
    if (failing && !this.failing) this.log.warn("database unreachable; keeping the latest telemetry and heartbeats in memory");
    if (!failing && this.failing) this.log.info("telemetry and heartbeat writes recovered");
    if (!failing && (this.failing || this.okSince === undefined)) this.okSince = Date.now();
    if (failing) this.okSince = undefined;
    this.failing = failing;
  }

  /**
   * Runs one batch in a transaction that commits without waiting for the disk: telemetry and
   * liveness are not worth a flush per commit, as a crash loses at most the last moment of
   * samples, which the next ones replace. When PostgreSQL refuses the data itself, retrying
   * would fail forever (and hold back every later sample), so the batch is dropped; any other
   * error (no connection, a timeout, a restart) means "try again next flush".
   */
  private async write(what: string, fn: (trx: Tx) => Promise<void>, rows = 1): Promise<"ok" | "retry" | "dropped"> {
    if (rows === 0) return "ok";
    try {
      await this.db.transaction(async (trx) => {
        await relaxDurability(trx);
        await fn(trx);
      });
      return "ok";
    } catch (err) {
      if (!isBadData(err)) return "retry";
      this.log.error({ err: (err as Error).message, what, rows }, "dropped a telemetry batch the database refused");
      return "dropped";
    }
  }

  /** When writes last started succeeding (undefined while they fail). */
  get healthySince(): number | undefined {
    return this.okSince;
  }
}
