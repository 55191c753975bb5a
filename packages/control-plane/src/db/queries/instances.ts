import type { Db, Tx } from "../knex.js";
import type { InstanceRow } from "../rows.js";

export async function insertInstance(trx: Tx, row: Omit<InstanceRow, "created_at" | "updated_at" | "destroyed_at" | "running_since" | "container_id" | "container_status" | "last_error" | "pending_command_id" | "state_before_op" | "generation">): Promise<void> {
  await trx("instances").insert({ ...row, spec: JSON.stringify(row.spec) });
}

export async function findInstance(db: Db | Tx, instanceId: string): Promise<InstanceRow | undefined> {
  return db<InstanceRow>("instances").where({ instance_id: instanceId }).first();
}

/** The instance row, locked until the transaction ends: operations on one instance serialise here. */
export async function lockInstance(trx: Tx, instanceId: string): Promise<InstanceRow | undefined> {
  return trx<InstanceRow>("instances").where({ instance_id: instanceId }).forUpdate().first();
}

export type InstancePatch = Partial<Pick<InstanceRow, "state" | "state_before_op" | "card_less" | "generation" | "pending_command_id" | "last_error" | "container_id" | "container_status" | "running_since" | "destroyed_at" | "image_ref">>;

export async function updateInstance(trx: Db | Tx, instanceId: string, patch: InstancePatch): Promise<void> {
  await trx("instances").where({ instance_id: instanceId }).update({ ...patch, updated_at: trx.fn.now() });
}

export interface InstanceFilter {
  hostId?: string | undefined;
  state?: string | undefined;
}

export async function listInstances(db: Db, f: InstanceFilter, limit: number, offset: number): Promise<{ rows: InstanceRow[]; total: number }> {
  const base = db<InstanceRow>("instances").modify((q) => {
    if (f.hostId) q.where("host_id", f.hostId);
    if (f.state) q.where("state", f.state);
  });
  const [rows, total] = await Promise.all([
    base.clone().orderBy([{ column: "created_at", order: "desc" }, { column: "instance_id" }]).limit(limit).offset(offset),
    base.clone().count<{ count: string }[]>({ count: "*" }),
  ]);
  return { rows, total: Number(total[0]?.count ?? 0) };
}

/** Instances of a host that still exist (everything but Destroyed). */
export async function liveInstancesOnHost(db: Db | Tx, hostId: string): Promise<InstanceRow[]> {
  return db<InstanceRow>("instances").where({ host_id: hostId }).whereNot({ state: "Destroyed" });
}

/** The lowest free SSH port of the host in [from, to], or undefined when all are taken. */
export async function freeSshPort(trx: Tx, hostId: string, from: number, to: number): Promise<number | undefined> {
  const r = await trx.raw<{ rows: { port: number }[] }>(
    `select p as port from generate_series(?::int, ?::int) p
     where not exists (select 1 from instances i where i.host_id = ? and i.ssh_port = p and i.state <> 'Destroyed')
     order by p limit 1`,
    [from, to, hostId],
  );
  return r.rows[0]?.port;
}
