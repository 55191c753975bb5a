import type { HostInventory } from "../../domain/inventory.js";
import type { Db, Tx } from "../knex.js";
import type { HostRow } from "../rows.js";

export type HostStatus = HostRow["status"];

export async function insertHost(trx: Tx, h: { hostId: string; roomName: string; credentialHash: Buffer; heartbeatIntervalMs: number }): Promise<void> {
  await trx("hosts").insert({ host_id: h.hostId, room_name: h.roomName, credential_hash: h.credentialHash, heartbeat_interval_ms: h.heartbeatIntervalMs });
}

export async function findHost(db: Db | Tx, hostId: string): Promise<HostRow | undefined> {
  return db<HostRow>("hosts").where({ host_id: hostId }).first();
}

/** The host row, locked until the transaction ends (so a revocation cannot slip in between). */
export async function lockHost(trx: Tx, hostId: string): Promise<HostRow | undefined> {
  return trx<HostRow>("hosts").where({ host_id: hostId }).forUpdate().first();
}

/**
 * Stores what an agent reported about itself. When it could not list its GPUs, the driver and
 * CUDA versions it reports are empty for the same reason: the stored ones stay. An inventory
 * without the instance storage size (the engine was unreachable) keeps the last known size.
 */
export async function recordInventory(trx: Tx, hostId: string, inv: HostInventory): Promise<void> {
  const keep = (column: string, value: string) => (inv.gpusUnknown ? trx.raw("??", [column]) : value);
  await trx("hosts")
    .where({ host_id: hostId })
    .update({
      hostname: inv.hostname,
      os: inv.os,
      kernel: inv.kernel,
      arch: inv.arch,
      cpu_count: inv.cpuCount,
      cpu_model: inv.cpuModel,
      memory_total_bytes: inv.memoryTotalBytes,
      disks: JSON.stringify(inv.disks),
      docker_version: inv.dockerVersion,
      driver_version: keep("driver_version", inv.driverVersion),
      cuda_version: keep("cuda_version", inv.cudaVersion),
      inventory_errors: JSON.stringify(inv.errors),
      inventory_at: trx.fn.now(),
      public_address: inv.publicAddress,
      instance_network: inv.instanceNetwork,
      gpu_attach_problem: inv.gpuAttachProblem,
      storage_quota_supported: inv.storageQuotaSupported,
      storage_quota_problem: inv.storageQuotaProblem,
      ...(inv.instanceStorageBytes === null ? {} : { instance_storage_bytes: inv.instanceStorageBytes }),
    });
}

/**
 * A (re)connected agent: its session details (with the address its connection came from), and
 * the host is online now.
 */
export async function recordConnect(
  trx: Tx,
  hostId: string,
  c: { agentVersion: string; protocolVersion: number; heartbeatIntervalMs: number; replica: string; sessionAddress: string },
): Promise<void> {
  await trx("hosts")
    .where({ host_id: hostId })
    .update({
      session_address: c.sessionAddress,
      agent_version: c.agentVersion,
      protocol_version: c.protocolVersion,
      heartbeat_interval_ms: c.heartbeatIntervalMs,
      connected_replica: c.replica,
      last_seen_at: trx.fn.now(),
      status: "online",
      status_changed_at: trx.raw("case when status = 'online' then status_changed_at else now() end"),
    });
}

export interface HostFilter {
  roomName?: string | undefined;
  status?: HostStatus | undefined;
  /** true: revoked hosts only; false: hosts not revoked. */
  revoked?: boolean | undefined;
  /** true: removed hosts only; otherwise they are left out. */
  removed?: boolean | undefined;
}

export async function listHosts(db: Db, f: HostFilter, limit: number, offset: number): Promise<{ rows: HostRow[]; total: number }> {
  const base = db<HostRow>("hosts").modify((q) => {
    if (f.roomName) q.where("room_name", f.roomName);
    if (f.status) q.where("status", f.status);
    if (f.revoked === true) q.whereNotNull("revoked_at");
    if (f.revoked === false) q.whereNull("revoked_at");
    if (f.removed === true) q.whereNotNull("removed_at");
    else q.whereNull("removed_at");
  });
  const [rows, total] = await Promise.all([
    base
      .clone()
      .orderBy([{ column: "room_name" }, { column: "host_id" }])
      .limit(limit)
      .offset(offset),
    base.clone().count<{ count: string }[]>({ count: "*" }),
  ]);
  return { rows, total: Number(total[0]?.count ?? 0) };
}

/** Sets revoked_at once (idempotent); undefined for an unknown host. */
export async function revokeHost(db: Db, hostId: string): Promise<{ revoked_at: Date; already: boolean } | undefined> {
  const r = await db.raw<{ rows: { revoked_at: Date; already: boolean }[] }>(
    `with prev as (select revoked_at from hosts where host_id = ? for update)
     update hosts h set
       revoked_at = coalesce(h.revoked_at, now()),
       status = 'offline',
       status_changed_at = case when h.status = 'offline' then h.status_changed_at else now() end
     from prev
     where h.host_id = ?
     returning h.revoked_at, prev.revoked_at is not null as already`,
    [hostId, hostId],
  );
  return r.rows[0];
}

/**
 * Cordons (no new placements) or uncordons a host; returns the row, undefined for an unknown
 * host. Cordoning a cordoned host keeps the time it was first cordoned.
 */
export async function setCordoned(db: Db, hostId: string, cordoned: boolean): Promise<HostRow | undefined> {
  const rows = await db<HostRow>("hosts")
    .where({ host_id: hostId })
    .update({ cordoned_at: cordoned ? db.raw("coalesce(cordoned_at, now())") : null })
    .returning("*");
  return rows[0] as HostRow | undefined;
}

/**
 * The address customers are given to reach the host's published ports (an instance's `ip`):
 * the agent's configured public address, else the address its session came from. "" when
 * neither is known yet.
 */
export function hostAddress(row: Pick<HostRow, "public_address" | "session_address">): string {
  return row.public_address !== "" ? row.public_address : row.session_address;
}

/** Hosts revoked in the last `seconds`, by the database's clock. */
export async function recentlyRevoked(db: Db, seconds: number): Promise<{ host_id: string }[]> {
  const r = await db.raw<{ rows: { host_id: string }[] }>("select host_id from hosts where revoked_at >= now() - make_interval(secs => ?)", [seconds]);
  return r.rows;
}

/** New heartbeat interval of hosts whose session this replica still holds. */
export async function setHeartbeatIntervals(db: Db, hostIds: string[], heartbeatIntervalMs: number, replica: string): Promise<void> {
  if (hostIds.length === 0) return;
  await db.raw("update hosts set heartbeat_interval_ms = ? where host_id = any(?::text[]) and connected_replica = ?", [heartbeatIntervalMs, hostIds, replica]);
}

/**
 * Removes a revoked host with no live instance from the default lists (once: the first time is
 * kept). Under the host's lock, so that no instance is placed meanwhile (placement needs an
 * online host anyway). Returns the row, or why not.
 */
export async function markHostRemoved(
  trx: Tx,
  hostId: string,
): Promise<{ host: HostRow } | { refused: "unknown" | "not_revoked" } | { liveInstances: number }> {
  const host = await lockHost(trx, hostId);
  if (!host) return { refused: "unknown" };
  if (!host.revoked_at) return { refused: "not_revoked" };
  const r = await trx.raw<{ rows: { n: number }[] }>("select count(*)::int as n from instances where host_id = ? and state <> 'Destroyed'", [hostId]);
  const live = r.rows[0]?.n ?? 0;
  if (live > 0) return { liveInstances: live };
  const [row] = await trx<HostRow>("hosts")
    .where({ host_id: hostId })
    .update({ removed_at: trx.raw("coalesce(removed_at, now())") })
    .returning("*");
  return { host: row as HostRow };
}
