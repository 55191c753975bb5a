// Host inventory and metrics from systeminformation (and node:os where it is enough). Every
// probe is bounded in time and may fail alone: the rest is still reported.
import os from "node:os";
import si from "systeminformation";
import type { pb } from "@remotegpu/protocol";

/** systeminformation shells out for some probes (df, ip); 5 s bounds a stuck mount. */
const PROBE_TIMEOUT_MS = 5000;

// Pseudo and container file systems are not capacity anyone rents.
const IGNORED_FS = /^(tmpfs|devtmpfs|overlay|squashfs|proc|sysfs|cgroup2?|nsfs|autofs|fuse\..*)$/;

async function probe<T>(name: string, fn: () => Promise<T>, errors: string[]): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      fn(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
      }),
    ]);
  } catch (err) {
    errors.push(`host ${name}: ${(err as Error).message}`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

function realDisks(list: si.Systeminformation.FsSizeData[] | undefined) {
  return (list ?? []).filter((d) => !IGNORED_FS.test(d.type) && d.size > 0);
}

export interface HostInventory {
  inventory: Omit<pb.InventoryInit, "gpus" | "driverVersion" | "cudaVersion" | "dockerVersion" | "gpuErrors">;
  errors: string[];
}

export async function collectHostInventory(): Promise<HostInventory> {
  const errors: string[] = [];
  const [osInfo, cpu, disks] = await Promise.all([
    probe("os", () => si.osInfo(), errors),
    probe("cpu", () => si.cpu(), errors),
    probe("disks", () => si.fsSize(), errors),
  ]);
  return {
    inventory: {
      hostname: os.hostname(),
      os: osInfo ? `${osInfo.distro} ${osInfo.release}`.trim() : `${os.type()} ${os.release()}`,
      kernel: osInfo?.kernel ?? os.release(),
      arch: os.arch(),
      cpuCount: os.cpus().length,
      cpuModel: cpu ? `${cpu.manufacturer} ${cpu.brand}`.trim() : (os.cpus()[0]?.model ?? ""),
      memoryTotalBytes: os.totalmem(),
      disks: realDisks(disks).map((d) => ({ mount: d.mount, fsType: d.type, sizeBytes: d.size, device: d.fs })),
    },
    errors,
  };
}

export interface HostSample {
  metrics: pb.HostMetricsInit;
  errors: string[];
}

export async function collectHostMetrics(): Promise<HostSample> {
  const errors: string[] = [];
  const [load, mem, disks, net] = await Promise.all([
    probe("cpu load", () => si.currentLoad(), errors),
    probe("memory", () => si.mem(), errors),
    probe("disks", () => si.fsSize(), errors),
    probe("network", () => si.networkStats("*"), errors),
  ]);
  const [l1, l5, l15] = os.loadavg();
  const metrics: pb.HostMetricsInit = {
    load_1m: l1,
    load_5m: l5,
    load_15m: l15,
    uptimeS: Math.floor(os.uptime()),
    disks: realDisks(disks).map((d) => ({ mount: d.mount, sizeBytes: d.size, usedBytes: d.used, availableBytes: d.available })),
  };
  if (load && Number.isFinite(load.currentLoad)) metrics.cpuUtilizationPct = load.currentLoad;
  if (mem) {
    metrics.memoryTotalBytes = mem.total;
    metrics.memoryUsedBytes = mem.total - mem.available;
    metrics.memoryAvailableBytes = mem.available;
  }
  if (net) {
    const ifs = net.filter((n) => n.iface !== "lo");
    metrics.networkRxBytes = ifs.reduce((s, n) => s + (n.rx_bytes || 0), 0);
    metrics.networkTxBytes = ifs.reduce((s, n) => s + (n.tx_bytes || 0), 0);
  }
  return { metrics, errors };
}
