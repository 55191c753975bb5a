import type { Knex } from "knex";
import type { Db, Tx } from "../knex.js";
import type { HostRow } from "../rows.js";
import { HOLDS_COMPUTE } from "./instance-gpus.js";

/** A host as placement sees it: what it reports, the operator's rules, what is held and free. */
export interface HostCapacityRow {
  host_id: string;
  room_name: string;
  status: HostRow["status"];
  cordoned: boolean;
  cpu_count: number | null;
  memory_total_bytes: number | null;
  instance_storage_bytes: number | null;
  storage_quota_supported: boolean;
  cpu_overcommit: number | null;
  memory_overcommit: number | null;
  disk_overcommit: number | null;
  reserved_cpus: number | null;
  reserved_memory_gib: number | null;
  reserved_disk_gb: number | null;
  /** Present GPUs (of the model, when given) and those nobody holds. */
  total_gpus: number;
  free_gpus: number;
  held_gpus: number;
  held_cpu_millis: number;
  held_memory_bytes: number;
  held_disk_gb: number;
}

export interface CapacityFilter {
  roomName?: string | undefined;
  hostId?: string | null | undefined;
  /** Count only GPUs of this model. */
  gpuModel?: string | null | undefined;
}

/**
 * Hosts that are not revoked, with what placement needs. Read without locks: a choice is
 * checked again under the host's lock. Disk is held by every instance until it is destroyed
 * (its data is there); CPU and memory by those that hold compute (HOLDS_COMPUTE).
 */
export async function hostCapacities(db: Db | Tx, f: CapacityFilter): Promise<HostCapacityRow[]> {
  const model = f.gpuModel ?? null;
  const r = await db.raw<{ rows: Record<string, unknown>[] }>(
    `select h.host_id, h.room_name, h.status, h.cordoned_at is not null as cordoned,
       h.cpu_count, h.memory_total_bytes, h.instance_storage_bytes, h.storage_quota_supported,
       h.cpu_overcommit, h.memory_overcommit, h.disk_overcommit, h.reserved_cpus, h.reserved_memory_gib, h.reserved_disk_gb,
       (select count(*) from gpus g where g.host_id = h.host_id and g.present and (?::text is null or g.name = ?))::int as total_gpus,
       (select count(*) from gpus g
         where g.host_id = h.host_id and g.present and (?::text is null or g.name = ?)
           and not exists (select 1 from instance_gpus ig where ig.host_id = g.host_id and ig.gpu_index = g.gpu_index))::int as free_gpus,
       (select count(*) from instance_gpus ig where ig.host_id = h.host_id)::int as held_gpus,
       coalesce((select sum((i.spec->>'cpu_millis')::bigint) from instances i where i.host_id = h.host_id and ${HOLDS_COMPUTE("i")}), 0)::bigint as held_cpu_millis,
       coalesce((select sum((i.spec->>'memory_bytes')::bigint) from instances i where i.host_id = h.host_id and ${HOLDS_COMPUTE("i")}), 0)::bigint as held_memory_bytes,
       coalesce((select sum(i.disk_gb) from instances i where i.host_id = h.host_id and i.state <> 'Destroyed'), 0)::bigint as held_disk_gb
     from hosts h
     where h.revoked_at is null
       and (?::text is null or h.room_name = ?)
       and (?::text is null or h.host_id = ?)
     order by h.host_id`,
    [model, model, model, model, f.roomName ?? null, f.roomName ?? null, f.hostId ?? null, f.hostId ?? null],
  );
  return r.rows.map((x) => ({
    ...(x as unknown as HostCapacityRow),
    cpu_count: x["cpu_count"] === null ? null : Number(x["cpu_count"]),
    memory_total_bytes: x["memory_total_bytes"] === null ? null : Number(x["memory_total_bytes"]),
    instance_storage_bytes: x["instance_storage_bytes"] === null ? null : Number(x["instance_storage_bytes"]),
    held_cpu_millis: Number(x["held_cpu_millis"]),
    held_memory_bytes: Number(x["held_memory_bytes"]),
    held_disk_gb: Number(x["held_disk_gb"]),
  }));
}

export type PolicyColumns = Partial<
  Pick<HostRow, "cpu_overcommit" | "memory_overcommit" | "disk_overcommit" | "reserved_cpus" | "reserved_memory_gib" | "reserved_disk_gb">
>;

/** Sets (or, with null, clears) the operator's capacity rules of a host; false for an unknown or revoked host. */
export async function updateHostPolicy(db: Db | Tx, hostId: string, patch: PolicyColumns): Promise<boolean> {
  if (Object.keys(patch).length === 0) return (await db("hosts").where({ host_id: hostId }).whereNull("revoked_at").first("host_id")) !== undefined;
  const n = await db("hosts")
    .where({ host_id: hostId })
    .whereNull("revoked_at")
    .update(patch as Knex.DbRecord<HostRow>);
  return n > 0;
}
