// What a host can still take (issue 9 §2): what it reports (cores, memory, instance storage),
// less the room the operator keeps for the host itself, times the operator's overcommit ratio,
// less what its instances hold. Pure arithmetic: db/queries/capacity.ts reads the facts,
// services/placement.ts decides (docs/decisions/0016-capacity-aware-placement.md).

export type Resource = "gpu" | "cpu" | "memory" | "disk";

/** The operator's rules for one host (the defaults from the configuration, or its own). */
export interface CapacityPolicy {
  cpuOvercommit: number;
  memoryOvercommit: number;
  diskOvercommit: number;
  reservedCpus: number;
  reservedMemoryGib: number;
  reservedDiskGb: number;
}

export const POLICY_FIELDS = {
  cpu_overcommit: "cpuOvercommit",
  memory_overcommit: "memoryOvercommit",
  disk_overcommit: "diskOvercommit",
  reserved_cpus: "reservedCpus",
  reserved_memory_gib: "reservedMemoryGib",
  reserved_disk_gb: "reservedDiskGb",
} as const satisfies Record<string, keyof CapacityPolicy>;

export type PolicyField = keyof typeof POLICY_FIELDS;

/**
 * Bounds of the operator's values. A ratio below 1 sells less than the host has (more headroom);
 * 100 is far beyond any sane overcommit and keeps typing mistakes (1000 for 1.000) out. Reserves
 * are whole cores, GiB and GB, bounded by the largest machines (4,096 cores, 1 PiB, 10 PB).
 */
export const POLICY_LIMITS: Record<PolicyField, { min: number; max: number; integer: boolean }> = {
  cpu_overcommit: { min: 0.1, max: 100, integer: false },
  memory_overcommit: { min: 0.1, max: 100, integer: false },
  disk_overcommit: { min: 0.1, max: 100, integer: false },
  reserved_cpus: { min: 0, max: 4096, integer: true },
  reserved_memory_gib: { min: 0, max: 1_048_576, integer: true },
  reserved_disk_gb: { min: 0, max: 10_000_000, integer: true },
};

/** Why `value` is not allowed for `field`, or undefined when it is. */
export function policyValueProblem(field: PolicyField, value: unknown): string | undefined {
  const { min, max, integer } = POLICY_LIMITS[field];
  const ok = typeof value === "number" && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
  return ok ? undefined : `${field} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}`;
}

/** What a host reports; null = never reported (not limited: missing is not zero). */
export interface HostResources {
  cpuCount: number | null;
  memoryBytes: number | null;
  storageBytes: number | null;
}

/** What the host's instances hold. */
export interface Held {
  cpuMillis: number;
  memoryBytes: number;
  diskGb: number;
}

/** Free room on a host (may be negative once an operator lowered it); null = not limited. */
export interface Room {
  gpus: number;
  cpuMillis: number | null;
  memoryBytes: number | null;
  diskGb: number | null;
}

/** What one instance asks for. */
export interface Demand {
  gpus: number;
  cpuMillis: number;
  memoryBytes: number;
  diskGb: number;
}

export const GIB = 2 ** 30;

/** What may be sold of the host in all: (reported − reserved) × ratio, never below 0. */
export function sellable(r: HostResources, p: CapacityPolicy): Omit<Room, "gpus"> {
  const part = (total: number | null, reserved: number, ratio: number) => (total === null ? null : Math.max(0, Math.floor((total - reserved) * ratio)));
  return {
    cpuMillis: part(r.cpuCount === null ? null : r.cpuCount * 1000, p.reservedCpus * 1000, p.cpuOvercommit),
    memoryBytes: part(r.memoryBytes, p.reservedMemoryGib * GIB, p.memoryOvercommit),
    diskGb: part(r.storageBytes === null ? null : r.storageBytes / 1e9, p.reservedDiskGb, p.diskOvercommit),
  };
}

export function freeRoom(r: HostResources, p: CapacityPolicy, held: Held, freeGpus: number): Room {
  const s = sellable(r, p);
  const less = (x: number | null, h: number) => (x === null ? null : x - h);
  return {
    gpus: freeGpus,
    cpuMillis: less(s.cpuMillis, held.cpuMillis),
    memoryBytes: less(s.memoryBytes, held.memoryBytes),
    diskGb: less(s.diskGb, held.diskGb),
  };
}

const fits = (free: number | null, need: number) => need <= 0 || free === null || free >= need;

/** The first resource the room lacks for the demand (GPUs, then CPU, memory, disk), or null when it fits. */
export function shortOf(room: Room, d: Demand): Resource | null {
  if (!fits(room.gpus, d.gpus)) return "gpu";
  if (!fits(room.cpuMillis, d.cpuMillis)) return "cpu";
  if (!fits(room.memoryBytes, d.memoryBytes)) return "memory";
  if (!fits(room.diskGb, d.diskGb)) return "disk";
  return null;
}

/**
 * The most GPUs one instance can get in the room when each GPU brings `perGpu` CPU and memory and
 * the instance needs `diskGb` whatever its size (gpu_remain).
 */
export function mostGpus(room: Room, perGpu: { cpuMillis: number; memoryBytes: number }, diskGb: number): number {
  if (!fits(room.diskGb, diskGb)) return 0;
  let n = room.gpus;
  if (perGpu.cpuMillis > 0 && room.cpuMillis !== null) n = Math.min(n, Math.floor(room.cpuMillis / perGpu.cpuMillis));
  if (perGpu.memoryBytes > 0 && room.memoryBytes !== null) n = Math.min(n, Math.floor(room.memoryBytes / perGpu.memoryBytes));
  return Math.max(0, n);
}

/** A resource in the units the API shows: GPUs, cores, GiB, GB. */
export function inUnits(r: Resource, room: Room, d: Demand): { needed: number; available: number | null } {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  switch (r) {
    case "gpu":
      return { needed: d.gpus, available: room.gpus };
    case "cpu":
      return { needed: round(d.cpuMillis / 1000), available: room.cpuMillis === null ? null : round(Math.max(0, room.cpuMillis) / 1000) };
    case "memory":
      return { needed: round(d.memoryBytes / GIB), available: room.memoryBytes === null ? null : round(Math.max(0, room.memoryBytes) / GIB) };
    case "disk":
      return { needed: d.diskGb, available: room.diskGb === null ? null : Math.max(0, Math.floor(room.diskGb)) };
  }
}

export const UNIT: Record<Resource, string> = { gpu: "GPU(s)", cpu: "core(s)", memory: "GiB of memory", disk: "GB of disk" };
