// Capacity-aware placement (issue 9 §2): which hosts can take an instance, why none can
// (NO_STOCK's reason), whether an instance's own host can take it back (start after a card-less
// stop, renew after expiry), gpu_remain, and the operators' per-host capacity rules.
import { findHost } from "../db/queries/hosts.js";
import { hostCapacities, updateHostPolicy, type HostCapacityRow, type PolicyColumns } from "../db/queries/capacity.js";
import type { Db, Tx } from "../db/knex.js";
import {
  freeRoom,
  GIB,
  inUnits,
  POLICY_FIELDS,
  sellable,
  shortOf,
  UNIT,
  type CapacityPolicy,
  type Demand,
  type PolicyField,
  type Room,
} from "../domain/capacity.js";
import { gpuRemain, type HostCandidate, type Shortage } from "../domain/placement.js";
import { AppError, notFound } from "../errors.js";

/** What placement takes from the configuration. */
export interface PlacementConfig {
  placement: CapacityPolicy;
  requireDiskQuota: boolean;
}

/** The host's own rules where an operator set them, the defaults elsewhere. */
export function policyOf(row: HostCapacityRow, defaults: CapacityPolicy): CapacityPolicy {
  const out = { ...defaults };
  for (const [column, key] of Object.entries(POLICY_FIELDS) as [PolicyField, keyof CapacityPolicy][]) {
    const v = row[column];
    if (v !== null && v !== undefined) out[key] = Number(v);
  }
  return out;
}

function roomOf(row: HostCapacityRow, defaults: CapacityPolicy): Room {
  return freeRoom(
    { cpuCount: row.cpu_count, memoryBytes: row.memory_total_bytes, storageBytes: row.instance_storage_bytes },
    policyOf(row, defaults),
    { cpuMillis: row.held_cpu_millis, memoryBytes: row.held_memory_bytes, diskGb: row.held_disk_gb },
    row.free_gpus,
  );
}

function candidateOf(row: HostCapacityRow, cfg: PlacementConfig): HostCandidate {
  return {
    hostId: row.host_id,
    room: roomOf(row, cfg.placement),
    quotaSupported: row.storage_quota_supported || !cfg.requireDiskQuota,
    placeable: row.status === "online" && !row.cordoned,
  };
}

/** The room's hosts (or the one host) with their free room for GPUs of the model. */
export async function placementCandidates(
  db: Db | Tx,
  cfg: PlacementConfig,
  f: { roomName: string; gpuModel: string | null; hostId?: string | null | undefined },
): Promise<HostCandidate[]> {
  return (await hostCapacities(db, f)).map((r) => candidateOf(r, cfg));
}

/** placementCandidates with how many GPUs of the model each host has in all (the task queue's reservations). */
export async function placementCandidatesWithTotals(
  db: Db | Tx,
  cfg: PlacementConfig,
  f: { roomName: string; gpuModel: string | null },
): Promise<(HostCandidate & { totalGpus: number })[]> {
  return (await hostCapacities(db, f)).map((r) => ({ ...candidateOf(r, cfg), totalGpus: r.total_gpus }));
}

/** What one instance of a product asks for. */
export function productDemand(p: { cpu: number; memory: number; disk_one: number; disk_data_one: number }, gpuCount: number, extraDiskGb: number): Demand {
  return { gpus: gpuCount, cpuMillis: p.cpu * gpuCount * 1000, memoryBytes: p.memory * gpuCount * GIB, diskGb: p.disk_one + p.disk_data_one + extraDiskGb };
}

/** NO_STOCK with the reason, in words and as `reason` (with `needed` and `available` where they tell something). */
export function noStock(s: Shortage, where: string, d: Demand): AppError {
  const message = (() => {
    switch (s.reason) {
      case "host_away":
        return `the hosts ${where} that could take it are away (suspect, offline or cordoned); try again later`;
      case "disk_quota":
        return `extra disk (extra_disk_cap) is sold only on hosts whose storage enforces disk quotas; none ${where} with room for it does`;
      case "gpu":
        return `no host ${where} has ${d.gpus} free GPU(s) of the model (at most ${s.available ?? 0} free on one host)`;
      default:
        return `not enough ${s.reason === "disk" ? "disk" : s.reason === "cpu" ? "CPU" : "memory"} ${where}: ${s.needed} ${UNIT[s.reason]} needed, ${
          s.available ?? "unlimited"
        } free on the host that came closest`;
    }
  })();
  return new AppError("NO_STOCK", message, undefined, { ...s });
}

/**
 * The host must have `d` free: otherwise `code` (GPU_UNAVAILABLE_ON_HOST for an instance whose
 * data is there, NO_STOCK for a new one on a chosen host) naming the resource as `reason`.
 * The caller holds the host's lock.
 */
export async function requireOnHost(
  trx: Tx,
  cfg: PlacementConfig,
  hostId: string,
  gpuModel: string | null,
  d: Demand,
  what: string,
  code: "GPU_UNAVAILABLE_ON_HOST" | "NO_STOCK" = "GPU_UNAVAILABLE_ON_HOST",
): Promise<void> {
  const row = (await hostCapacities(trx, { hostId, gpuModel }))[0];
  if (!row) throw new AppError("CONFLICT", `host ${hostId} is revoked`);
  const room = roomOf(row, cfg.placement);
  const short = shortOf(room, d);
  if (short === null) return;
  const u = inUnits(short, room, d);
  const message =
    short === "gpu"
      ? `host ${hostId} has ${u.available} free GPU(s); ${what} needs ${d.gpus}`
      : `host ${hostId} has ${u.available} ${UNIT[short]} free; ${what} needs ${u.needed}`;
  throw new AppError(code, message, undefined, { reason: short, ...u });
}

/** gpu_remain of each (room, model): the most GPUs one order of a product can get now. */
export async function gpuRemainOf(
  db: Db,
  cfg: PlacementConfig,
  products: readonly { gpu_type: string; room_name: string; gpu_model: string; cpu: number; memory: number; disk_one: number; disk_data_one: number }[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const byRoomModel = new Map<string, HostCandidate[]>();
  for (const p of products) {
    const key = JSON.stringify([p.room_name, p.gpu_model]);
    let candidates = byRoomModel.get(key);
    if (!candidates) {
      candidates = await placementCandidates(db, cfg, { roomName: p.room_name, gpuModel: p.gpu_model });
      byRoomModel.set(key, candidates);
    }
    out.set(p.gpu_type, gpuRemain(candidates, { cpuMillis: p.cpu * 1000, memoryBytes: p.memory * GIB }, p.disk_one + p.disk_data_one));
  }
  return out;
}

// ---- the operators' view and rules

type Amounts = { gpus: number; cpus: number | null; memory_gib: number | null; disk_gb: number | null };

export interface HostCapacityView {
  host_id: string;
  /** The rules in force: the host's own where set, the defaults elsewhere. */
  policy: Record<PolicyField, number>;
  /** The host's own rules; null = the default. */
  overrides: Record<PolicyField, number | null>;
  /** What the host reports (null: never reported, not limited). */
  reported: Amounts;
  /** What may be sold in all: (reported − reserved) × ratio. */
  sellable: Amounts;
  held: Amounts;
  /** What is left to sell (negative after an operator lowered the host below what it holds). */
  free: Amounts;
  storage_quota_supported: boolean;
}

const gib = (bytes: number | null) => (bytes === null ? null : Math.round((bytes / GIB) * 1000) / 1000);
const cores = (millis: number | null) => (millis === null ? null : Math.round(millis) / 1000);

async function capacityRow(db: Db, hostId: string): Promise<HostCapacityRow> {
  const host = await findHost(db, hostId);
  if (!host) throw notFound(`no host ${hostId.slice(0, 64)}`);
  if (host.revoked_at) throw new AppError("CONFLICT", `host ${hostId} is revoked`);
  const row = (await hostCapacities(db, { hostId }))[0];
  if (!row) throw new AppError("CONFLICT", `host ${hostId} is revoked`);
  return row;
}

export async function hostCapacity(db: Db, cfg: PlacementConfig, hostId: string): Promise<HostCapacityView> {
  const row = await capacityRow(db, hostId);
  const p = policyOf(row, cfg.placement);
  const s = sellable({ cpuCount: row.cpu_count, memoryBytes: row.memory_total_bytes, storageBytes: row.instance_storage_bytes }, p);
  const room = roomOf(row, cfg.placement);
  const entries = Object.entries(POLICY_FIELDS) as [PolicyField, keyof CapacityPolicy][];
  return {
    host_id: row.host_id,
    policy: Object.fromEntries(entries.map(([f, k]) => [f, p[k]])) as Record<PolicyField, number>,
    overrides: Object.fromEntries(entries.map(([f]) => [f, row[f] === null ? null : Number(row[f])])) as Record<PolicyField, number | null>,
    reported: {
      gpus: row.total_gpus,
      cpus: row.cpu_count,
      memory_gib: gib(row.memory_total_bytes),
      disk_gb: row.instance_storage_bytes === null ? null : Math.floor(row.instance_storage_bytes / 1e9),
    },
    sellable: { gpus: row.total_gpus, cpus: cores(s.cpuMillis), memory_gib: gib(s.memoryBytes), disk_gb: s.diskGb },
    held: { gpus: row.held_gpus, cpus: cores(row.held_cpu_millis), memory_gib: gib(row.held_memory_bytes), disk_gb: row.held_disk_gb },
    free: { gpus: room.gpus, cpus: cores(room.cpuMillis), memory_gib: gib(room.memoryBytes), disk_gb: room.diskGb },
    storage_quota_supported: row.storage_quota_supported,
  };
}

/** Sets the host's own rules (null: back to the default); the values were checked by the caller. */
export async function setHostCapacity(
  db: Db,
  cfg: PlacementConfig,
  hostId: string,
  patch: Partial<Record<PolicyField, number | null>>,
): Promise<HostCapacityView> {
  await capacityRow(db, hostId);
  if (!(await updateHostPolicy(db, hostId, patch as PolicyColumns))) throw new AppError("CONFLICT", `host ${hostId} is revoked`);
  return hostCapacity(db, cfg, hostId);
}
