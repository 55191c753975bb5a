import type { Db, Tx } from "../knex.js";

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
