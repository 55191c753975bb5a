// Reduces telemetry to history rows: one row per GPU (and per host) per time bucket, holding
// averages and maxima. Pure and in memory; the telemetry writer flushes finished buckets.
import type { GpuTelemetry, HostTelemetry } from "./telemetry-view.js";

class Stat {
  sum = 0;
  n = 0;
  max = -Infinity;
  add(v: number | null): void {
    if (v === null) return;
    this.sum += v;
    this.n++;
    if (v > this.max) this.max = v;
  }
  get avg(): number | null {
    return this.n > 0 ? this.sum / this.n : null;
  }
  get peak(): number | null {
    return this.n > 0 ? this.max : null;
  }
}

export interface GpuHistoryRow {
  host_id: string;
  gpu_index: number;
  bucket_start: Date;
  samples: number;
  utilization_gpu_avg: number | null;
  utilization_gpu_max: number | null;
  utilization_memory_avg: number | null;
  memory_used_mib_avg: number | null;
  memory_used_mib_max: number | null;
  temperature_gpu_max: number | null;
  power_draw_w_avg: number | null;
  power_draw_w_max: number | null;
}

export interface HostHistoryRow {
  host_id: string;
  bucket_start: Date;
  samples: number;
  cpu_utilization_avg: number | null;
  cpu_utilization_max: number | null;
  load_1m_avg: number | null;
  memory_used_bytes_avg: number | null;
  memory_used_bytes_max: number | null;
}

class GpuBucket {
  samples = 0;
  util = new Stat();
  memUtil = new Stat();
  memUsed = new Stat();
  temp = new Stat();
  power = new Stat();
  constructor(
    readonly hostId: string,
    readonly index: number,
    readonly start: number,
  ) {}
  add(t: GpuTelemetry): void {
    this.samples++;
    this.util.add(t.utilization_gpu_pct);
    this.memUtil.add(t.utilization_memory_pct);
    this.memUsed.add(t.memory_used_mib);
    this.temp.add(t.temperature_gpu_c);
    this.power.add(t.power_draw_w);
  }
  row(): GpuHistoryRow {
    return {
      host_id: this.hostId,
      gpu_index: this.index,
      bucket_start: new Date(this.start),
      samples: this.samples,
      utilization_gpu_avg: this.util.avg,
      utilization_gpu_max: this.util.peak,
      utilization_memory_avg: this.memUtil.avg,
      memory_used_mib_avg: this.memUsed.avg,
      memory_used_mib_max: this.memUsed.peak,
      temperature_gpu_max: this.temp.peak,
      power_draw_w_avg: this.power.avg,
      power_draw_w_max: this.power.peak,
    };
  }
}

class HostBucket {
  samples = 0;
  cpu = new Stat();
  load = new Stat();
  mem = new Stat();
  constructor(
    readonly hostId: string,
    readonly start: number,
  ) {}
  add(t: HostTelemetry): void {
    this.samples++;
    this.cpu.add(t.cpu_utilization_pct);
    this.load.add(t.load_1m);
    this.mem.add(t.memory_used_bytes);
  }
  row(): HostHistoryRow {
    return {
      host_id: this.hostId,
      bucket_start: new Date(this.start),
      samples: this.samples,
      cpu_utilization_avg: this.cpu.avg,
      cpu_utilization_max: this.cpu.peak,
      load_1m_avg: this.load.avg,
      memory_used_bytes_avg: this.mem.avg,
      memory_used_bytes_max: this.mem.peak,
    };
  }
}

/** The start of the bucket of `resolutionMs` that holds `atMs` (buckets are aligned to the epoch). */
export function bucketStart(atMs: number, resolutionMs: number): number {
  return atMs - (atMs % resolutionMs);
}

export class HistoryAccumulator {
  private readonly gpus = new Map<string, GpuBucket>();
  private readonly hosts = new Map<string, HostBucket>();
  private readyGpu: GpuHistoryRow[] = [];
  private readyHost: HostHistoryRow[] = [];

  constructor(private readonly resolutionMs: number) {}

  private bucketOf(atMs: number): number {
    return bucketStart(atMs, this.resolutionMs);
  }

  addGpu(hostId: string, index: number, t: GpuTelemetry, atMs: number): void {
    const key = `${hostId}/${index}`;
    const start = this.bucketOf(atMs);
    let b = this.gpus.get(key);
    if (b && b.start !== start) {
      if (start < b.start) return; // a late sample for a bucket already closed: drop it
      this.readyGpu.push(b.row());
      b = undefined;
    }
    if (!b) {
      b = new GpuBucket(hostId, index, start);
      this.gpus.set(key, b);
    }
    b.add(t);
  }

  addHost(hostId: string, t: HostTelemetry, atMs: number): void {
    const start = this.bucketOf(atMs);
    let b = this.hosts.get(hostId);
    if (b && b.start !== start) {
      if (start < b.start) return;
      this.readyHost.push(b.row());
      b = undefined;
    }
    if (!b) {
      b = new HostBucket(hostId, start);
      this.hosts.set(hostId, b);
    }
    b.add(t);
  }

  /** Rows of every bucket that has ended by `nowMs` (including hosts that went quiet). */
  drain(nowMs: number): { gpu: GpuHistoryRow[]; host: HostHistoryRow[] } {
    const current = this.bucketOf(nowMs);
    for (const [k, b] of this.gpus) {
      if (b.start < current) {
        this.readyGpu.push(b.row());
        this.gpus.delete(k);
      }
    }
    for (const [k, b] of this.hosts) {
      if (b.start < current) {
        this.readyHost.push(b.row());
        this.hosts.delete(k);
      }
    }
    const out = { gpu: this.readyGpu, host: this.readyHost };
    this.readyGpu = [];
    this.readyHost = [];
    return out;
  }
}
