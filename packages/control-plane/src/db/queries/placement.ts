import type { HostCandidate } from "../../domain/placement.js";
import type { Db, Tx } from "../knex.js";

/**
 * Hosts of the room that take placements (online, not revoked, not cordoned), with their free
 * GPUs of the model and their free instance storage in GB (null when never reported). Read
 * without locks: the choice is checked again under the host's lock.
 */
export async function placementCandidates(db: Db | Tx, roomName: string, gpuModel: string, onlyHostId?: string | null): Promise<HostCandidate[]> {
  const r = await db.raw<{ rows: { host_id: string; free_gpus: number; free_disk_gb: number | null }[] }>(
    `select h.host_id,
       (select count(*) from gpus g
         where g.host_id = h.host_id and g.present and g.name = ?
           and not exists (select 1 from instance_gpus ig where ig.host_id = g.host_id and ig.gpu_index = g.gpu_index))::int as free_gpus,
       case when h.instance_storage_bytes is null then null
            else (h.instance_storage_bytes / 1000000000)::bigint
                 - coalesce((select sum(i.disk_gb) from instances i where i.host_id = h.host_id and i.state <> 'Destroyed'), 0)
       end as free_disk_gb
     from hosts h
     where h.room_name = ? and h.status = 'online' and h.revoked_at is null and h.cordoned_at is null
       and (?::text is null or h.host_id = ?)`,
    [gpuModel, roomName, onlyHostId ?? null, onlyHostId ?? null],
  );
  return r.rows.map((x) => ({ hostId: x.host_id, freeGpus: x.free_gpus, freeDiskGb: x.free_disk_gb === null ? null : Number(x.free_disk_gb) }));
}

/** The lowest `count` free host ports of the host in [from, to] (SSH and application ports). */
export async function freeHostPorts(trx: Tx, hostId: string, from: number, to: number, count: number): Promise<number[]> {
  const r = await trx.raw<{ rows: { port: number }[] }>(
    `select p as port from generate_series(?::int, ?::int) p
     where not exists (select 1 from instances i where i.host_id = ? and i.ssh_port = p and i.state <> 'Destroyed')
       and not exists (select 1 from instance_ports ip where ip.host_id = ? and ip.host_port = p)
     order by p limit ?`,
    [from, to, hostId, hostId, count],
  );
  return r.rows.map((x) => x.port);
}

export async function insertInstancePorts(trx: Tx, hostId: string, instanceId: string, ports: { hostPort: number; containerPort: number }[]): Promise<void> {
  if (ports.length === 0) return;
  await trx("instance_ports").insert(ports.map((p) => ({ host_id: hostId, host_port: p.hostPort, instance_id: instanceId, container_port: p.containerPort })));
}

/** Published ports are given back when the instance is destroyed. */
export async function releaseInstancePorts(trx: Db | Tx, instanceId: string): Promise<void> {
  await trx("instance_ports").where({ instance_id: instanceId }).delete();
}
