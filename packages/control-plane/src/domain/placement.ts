// Where an instance goes: among the hosts that can take it (GPUs, CPU, memory, disk: see
// capacity.ts), the one with the fewest free GPUs of the model (best fit). Packing keeps whole
// hosts free for large orders, which is what gpu_remain (the most GPUs one order can get)
// rewards. When none can, the answer says why (NO_STOCK's reason).
import { inUnits, mostGpus, shortOf, type Demand, type Resource, type Room } from "./capacity.js";

export interface HostCandidate {
  hostId: string;
  /** Free room on the host, GPUs of the product's model. */
  room: Room;
  /** The engine enforces disk sizes (StorageOpt.size): extra disk may be sold here. */
  quotaSupported: boolean;
  /** Takes new placements: online, not cordoned (suspect, offline and cordoned hosts are away). */
  placeable: boolean;
}

/** Why an instance cannot be placed: a resource, extra disk without quotas, or hosts with room away. */
export type ShortReason = Resource | "disk_quota" | "host_away";

/** The first thing this host lacks for the demand, or null when it can take it. */
export function hostShortOf(c: HostCandidate, d: Demand, extraDiskGb: number): Resource | "disk_quota" | null {
  const short = shortOf(c.room, d);
  if (short === "gpu") return short;
  if (extraDiskGb > 0 && !c.quotaSupported) return "disk_quota";
  return short;
}

/** Placeable hosts that fit, best first. */
export function rankHosts(candidates: readonly HostCandidate[], d: Demand, extraDiskGb = 0): string[] {
  const disk = (c: HostCandidate) => c.room.diskGb ?? Number.MAX_SAFE_INTEGER;
  return candidates
    .filter((c) => c.placeable && hostShortOf(c, d, extraDiskGb) === null)
    .sort((a, b) => a.room.gpus - b.room.gpus || disk(b) - disk(a) || a.hostId.localeCompare(b.hostId))
    .map((c) => c.hostId);
}

export interface Shortage {
  reason: ShortReason;
  /** In the API's units (GPUs, cores, GiB, GB), for the host that came closest; absent for host_away and disk_quota. */
  needed?: number;
  available?: number | null;
}

// How far a host got: a host short of disk only came closer than one short of GPUs.
const PROGRESS: readonly (Resource | "disk_quota")[] = ["gpu", "disk_quota", "cpu", "memory", "disk"];

/**
 * Why no placeable host fits. Hosts that would fit but are away (suspect, offline, cordoned)
 * come first: the stock exists and may come back. Otherwise the reason of the host that came
 * closest (a host with the GPUs but short of memory tells more than one without the GPUs).
 */
export function shortage(candidates: readonly HostCandidate[], d: Demand, extraDiskGb = 0): Shortage {
  if (candidates.some((c) => !c.placeable && hostShortOf(c, d, extraDiskGb) === null)) return { reason: "host_away" };
  let best: { c: HostCandidate; r: Resource | "disk_quota" } | undefined;
  for (const c of candidates.filter((x) => x.placeable)) {
    const r = hostShortOf(c, d, extraDiskGb);
    if (r === null) continue;
    if (!best || PROGRESS.indexOf(r) > PROGRESS.indexOf(best.r) || (r === best.r && c.room.gpus > best.c.room.gpus)) best = { c, r };
  }
  if (!best) return { reason: "gpu", needed: d.gpus, available: 0 };
  if (best.r === "disk_quota") return { reason: "disk_quota" };
  return { reason: best.r, ...inUnits(best.r, best.c.room, d) };
}

/**
 * gpu_remain (SPEC §4): the most GPUs one order can get on any one placeable host, each GPU
 * with the product's CPU and memory, and the product's disk (no extra disk).
 */
export function gpuRemain(candidates: readonly HostCandidate[], perGpu: { cpuMillis: number; memoryBytes: number }, diskGb: number): number {
  return candidates.filter((c) => c.placeable).reduce((m, c) => Math.max(m, mostGpus(c.room, perGpu, diskGb)), 0);
}
