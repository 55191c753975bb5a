// How operators see instances (the admin API): one instance with its recent commands and
// events, or a page of them (their GPUs fetched in one query for the whole page).
import { commandsOfInstance } from "../../db/queries/commands.js";
import { eventsOfInstance } from "../../db/queries/events.js";
import { gpusOfInstance, gpusOfInstances, type ReservedGpu } from "../../db/queries/instance-gpus.js";
import { findInstance, listInstances as listInstanceRows } from "../../db/queries/instances.js";
import type { Db } from "../../db/knex.js";
import type { InstanceRow } from "../../db/rows.js";
import { INSTANCE_STATES } from "../../domain/instance-state.js";
import { invalid, notFound } from "../../errors.js";
import { openPassword } from "../secrets.js";

export interface InstanceView {
  instance_id: string;
  host_id: string;
  room_name: string;
  owner: string | null;
  state: string;
  card_less: boolean;
  gpu_reserved: boolean;
  gpu_count: number;
  gpus: { index: number; uuid: string }[];
  image_ref: string;
  ssh_port: number | null;
  cpu_millis: number;
  memory_bytes: number;
  generation: number;
  operation_in_progress: boolean;
  last_error: string | null;
  container_id: string | null;
  container_status: string | null;
  /** Customer instances: how they are paid and what they were bought as (null for admin-made ones). */
  pay_unit: number | null;
  gpu_type: string | null;
  order_uid: string | null;
  expire_at: string | null;
  billing_started_at: string | null;
  /** Hourly: when the owner's balance ran out (nothing is charged after it); null otherwise. */
  suspended_at: string | null;
  created_at: string;
  updated_at: string;
}

export async function instanceView(db: Db, i: InstanceRow): Promise<InstanceView> {
  return viewWith(i, await gpusOfInstance(db, i.instance_id));
}

/**
 * The answer to the operator who created an instance: the view and, this once, its root
 * password (never in the admin views after: it is the customer's, sealed at rest).
 */
export async function createdInstanceView(db: Db, i: InstanceRow): Promise<InstanceView & { root_password: string }> {
  return { ...(await instanceView(db, i)), root_password: openPassword(i.spec.root_password) };
}

function viewWith(i: InstanceRow, gpus: readonly ReservedGpu[]): InstanceView {
  return {
    instance_id: i.instance_id,
    host_id: i.host_id,
    room_name: i.room_name,
    owner: i.owner,
    state: i.state,
    card_less: i.card_less,
    gpu_reserved: gpus.length > 0,
    gpu_count: i.gpu_count,
    gpus: gpus.map((g) => ({ index: g.gpu_index, uuid: g.uuid })),
    image_ref: i.image_ref,
    ssh_port: i.ssh_port,
    cpu_millis: i.spec.cpu_millis,
    memory_bytes: i.spec.memory_bytes,
    generation: i.generation,
    operation_in_progress: i.pending_command_id !== null,
    last_error: i.last_error,
    container_id: i.container_id,
    container_status: i.container_status,
    pay_unit: i.pay_unit,
    gpu_type: i.gpu_type,
    order_uid: i.order_uid,
    expire_at: i.expire_at?.toISOString() ?? null,
    billing_started_at: i.billing_started_at?.toISOString() ?? null,
    suspended_at: i.suspended_at?.toISOString() ?? null,
    created_at: i.created_at.toISOString(),
    updated_at: i.updated_at.toISOString(),
  };
}

export async function getInstance(db: Db, instanceId: string): Promise<InstanceView & { commands: unknown[]; events: unknown[] }> {
  const i = await findInstance(db, instanceId);
  if (!i) throw notFound(`no instance ${instanceId.slice(0, 120)}`);
  // The last 20 commands: what an operator needs to see why an instance is where it is; and
  // what happened to it by itself (expiry, balance, retention).
  const [commands, events] = await Promise.all([commandsOfInstance(db, instanceId, 20), eventsOfInstance(db, instanceId, 20)]);
  return { ...(await instanceView(db, i)), commands, events: events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), details: e.details })) };
}

export async function listInstances(
  db: Db,
  q: { page: number; pageSize: number; hostId?: string | undefined; state?: string | undefined },
): Promise<{ items: InstanceView[]; total_items: number }> {
  if (q.state !== undefined && !(INSTANCE_STATES as readonly string[]).includes(q.state)) throw invalid(`state must be one of ${INSTANCE_STATES.join(", ")}`);
  const { rows, total } = await listInstanceRows(db, { hostId: q.hostId, state: q.state }, q.pageSize, (q.page - 1) * q.pageSize);
  // The GPUs of the whole page in one query.
  const gpus = await gpusOfInstances(
    db,
    rows.map((r) => r.instance_id),
  );
  return { items: rows.map((r) => viewWith(r, gpus.get(r.instance_id) ?? [])), total_items: total };
}
