import type { Db, Tx } from "../knex.js";
import type { InstanceRow } from "../rows.js";
import { HOST_AWAY } from "./host-away.js";
import { GPUS_HELD } from "./instance-gpus.js";
import { freeHostPorts } from "./placement.js";

export type NewInstance = Pick<
  InstanceRow,
  "instance_id" | "host_id" | "room_name" | "owner" | "state" | "card_less" | "gpu_count" | "image_ref" | "spec" | "ssh_port"
> &
  Partial<
    Pick<
      InstanceRow,
      | "user_id"
      | "order_uid"
      | "gpu_type"
      | "image_id"
      | "app_type"
      | "name"
      | "pay_unit"
      | "prices"
      | "extra_disk_gb"
      | "disk_gb"
      | "prepaid_seconds"
      | "task_id"
    >
  >;

export async function insertInstance(trx: Tx, row: NewInstance): Promise<void> {
  await trx("instances").insert({ ...row, spec: JSON.stringify(row.spec), prices: row.prices ? JSON.stringify(row.prices) : null });
}

/** The instance if it is this user's (another user's is as unknown as a missing one). */
export async function findOwnedInstance(db: Db | Tx, instanceId: string, userId: number): Promise<InstanceRow | undefined> {
  // A task's execution row is the task's, never an instance of the customer's.
  return db<InstanceRow>("instances").where({ instance_id: instanceId, user_id: userId }).whereNull("task_id").first();
}

/** A user's instances that may cost or hold money (bought ones, not destroyed), with the GPUs each holds and whether its host is away. */
export async function billableInstancesOf(db: Db, userId: number): Promise<(InstanceRow & { gpus_held: number; host_away: boolean })[]> {
  return db("instances")
    .select("instances.*", db.raw(`${GPUS_HELD("instances")} as gpus_held`), db.raw(`${HOST_AWAY("instances")} as host_away`))
    .where({ user_id: userId })
    .whereNot("state", "Destroyed")
    .whereNotNull("pay_unit");
}

export async function findInstance(db: Db | Tx, instanceId: string): Promise<InstanceRow | undefined> {
  return db<InstanceRow>("instances").where({ instance_id: instanceId }).first();
}

/** The instance row, locked until the transaction ends: operations on one instance serialise here. */
export async function lockInstance(trx: Tx, instanceId: string): Promise<InstanceRow | undefined> {
  return trx<InstanceRow>("instances").where({ instance_id: instanceId }).forUpdate().first();
}

export type InstancePatch = Partial<
  Pick<
    InstanceRow,
    | "state"
    | "state_before_op"
    | "card_less"
    | "generation"
    | "pending_command_id"
    | "last_error"
    | "container_id"
    | "container_status"
    | "running_since"
    | "destroyed_at"
    | "image_ref"
    | "image_id"
    | "pay_unit"
    | "prepaid_seconds"
    | "expire_at"
    | "billing_started_at"
    | "settled_until"
    | "settle_carry"
    | "suspended_at"
    | "usage_period_start"
    | "abandoned_at"
  >
>;

export async function updateInstance(trx: Db | Tx, instanceId: string, patch: InstancePatch): Promise<void> {
  await trx("instances")
    .where({ instance_id: instanceId })
    .update({ ...patch, updated_at: trx.fn.now() });
}

/** A new spec (jsonb), e.g. the versions a rebuild mounts. */
export async function updateInstanceSpec(trx: Db | Tx, instanceId: string, spec: InstanceRow["spec"]): Promise<void> {
  await trx("instances")
    .where({ instance_id: instanceId })
    .update({ spec: JSON.stringify(spec) as never, updated_at: trx.fn.now() });
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
    base
      .clone()
      .orderBy([{ column: "created_at", order: "desc" }, { column: "instance_id" }])
      .limit(limit)
      .offset(offset),
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
  return (await freeHostPorts(trx, hostId, from, to, 1))[0];
}

/** A customer's instance with what its listing shows from other tables. */
export interface CustomerInstanceRow extends InstanceRow {
  public_address: string;
  session_address: string;
  /** "none": the host's instances have no network, so nothing (SSH included) is published. */
  instance_network: "bridge" | "none";
  image_name: string | null;
  image_scene: string | null;
  image_os: string | null;
  image_description: string | null;
  product_name: string | null;
  product_gpu_ram: number | null;
  gpus_held: number;
  published: { container_port: number; host_port: number }[];
}

export interface CustomerFilter {
  gids?: string[] | undefined;
  roomName?: string | undefined;
  /** Destroyed instances are left out unless asked for by state. */
  state?: string | undefined;
}

export async function customerInstances(
  db: Db,
  userId: number,
  f: CustomerFilter,
  /** undefined: every instance (no paging). */
  limit: number | undefined,
  offset: number,
): Promise<{ rows: CustomerInstanceRow[]; total: number }> {
  const base = db("instances as i")
    .where("i.user_id", userId)
    .whereNull("i.task_id")
    .modify((q) => {
      if (f.gids) q.whereIn("i.instance_id", f.gids);
      if (f.roomName) q.where("i.room_name", f.roomName);
      if (f.state) q.where("i.state", f.state);
      else q.whereNot("i.state", "Destroyed");
    });
  const [rows, total] = await Promise.all([
    base
      .clone()
      .join("hosts as h", "h.host_id", "i.host_id")
      .leftJoin("images as im", "im.image_id", "i.image_id")
      .leftJoin("products as p", "p.gpu_type", "i.gpu_type")
      .select(
        "i.*",
        "h.public_address",
        "h.session_address",
        "h.instance_network",
        "im.name as image_name",
        "im.scene as image_scene",
        "im.os as image_os",
        "im.description as image_description",
        "p.name as product_name",
        "p.gpu_ram as product_gpu_ram",
        db.raw(`${GPUS_HELD("i")} as gpus_held`),
        db.raw(
          "coalesce((select jsonb_agg(jsonb_build_object('container_port', ip.container_port, 'host_port', ip.host_port) order by ip.container_port) from instance_ports ip where ip.instance_id = i.instance_id), '[]') as published",
        ),
      )
      .orderBy([{ column: "i.created_at", order: "desc" }, { column: "i.instance_id" }])
      .modify((q) => {
        if (limit !== undefined) q.limit(limit).offset(offset);
      }),
    base.clone().count<{ count: string }[]>({ count: "*" }),
  ]);
  return { rows: rows as CustomerInstanceRow[], total: Number(total[0]?.count ?? 0) };
}
