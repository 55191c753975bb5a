import type { Db, Tx } from "../knex.js";

/**
 * SQL for the number of GPUs an instance holds, `alias` naming its row of instances: the one
 * place this is written (listings, metering, the billing cycle all need it).
 */
export const GPUS_HELD = (alias: string): string => `(select count(*)::int from instance_gpus held where held.instance_id = ${alias}.instance_id)`;

/**
 * SQL: the instance holds its CPU and memory on its host: it holds GPUs (a plain stop keeps
 * them, so a later start always succeeds), or its container runs or is about to. A card-less
 * stop, expiry and the end give them back (docs/decisions/0016-capacity-aware-placement.md).
 */
export const HOLDS_COMPUTE = (alias: string): string =>
  `(${GPUS_HELD(alias)} > 0 or ${alias}.state in ('Creating', 'Starting', 'Running', 'Restarting', 'Rebuilding', 'Stopping'))`;

export interface ReservedGpu {
  gpu_index: number;
  uuid: string;
}

/**
 * Reserves `count` free GPUs of the host (of one model, when given) for the instance, lowest
 * indexes first. Reservations of
 * one host are serialised by a lock on the host's row (so nothing is skipped for being locked by
 * unrelated work, such as a telemetry update), and the primary key of instance_gpus refuses a
 * GPU that is already someone's: one GPU can never belong to two instances. Returns the GPUs,
 * or how many were free when there are not enough.
 */
export async function reserveGpus(
  trx: Tx,
  hostId: string,
  instanceId: string,
  count: number,
  model: string | null = null,
): Promise<{ gpus: ReservedGpu[] } | { free: number }> {
  if (count === 0) return { gpus: [] };
  await lockHostRow(trx, hostId);
  const free = await trx.raw<{ rows: ReservedGpu[] }>(
    `select g.gpu_index, g.uuid from gpus g
     where g.host_id = ? and g.present and (?::text is null or g.name = ?)
       and not exists (select 1 from instance_gpus ig where ig.host_id = g.host_id and ig.gpu_index = g.gpu_index)
     order by g.gpu_index
     limit ?`,
    [hostId, model, model, count],
  );
  if (free.rows.length < count) return { free: await freeGpuCount(trx, hostId, model) };
  await trx("instance_gpus").insert(free.rows.map((g) => ({ host_id: hostId, gpu_index: g.gpu_index, instance_id: instanceId })));
  return { gpus: free.rows };
}

/** Serialises placement decisions (GPUs, SSH ports) on one host until the transaction ends. */
export async function lockHostRow(trx: Tx, hostId: string): Promise<void> {
  await trx.raw("select 1 from hosts where host_id = ? for update", [hostId]);
}

export async function releaseGpus(trx: Db | Tx, instanceId: string): Promise<void> {
  await trx("instance_gpus").where({ instance_id: instanceId }).delete();
}

/** The instance's GPUs (UUIDs, by index). */
export async function gpusOfInstance(db: Db | Tx, instanceId: string): Promise<ReservedGpu[]> {
  return db("instance_gpus as ig")
    .join("gpus as g", function () {
      this.on("g.host_id", "ig.host_id").andOn("g.gpu_index", "ig.gpu_index");
    })
    .where("ig.instance_id", instanceId)
    .orderBy("g.gpu_index")
    .select("g.gpu_index", "g.uuid");
}

/** The GPUs of several instances at once, by instance. */
export async function gpusOfInstances(db: Db | Tx, instanceIds: readonly string[]): Promise<Map<string, ReservedGpu[]>> {
  const out = new Map<string, ReservedGpu[]>();
  if (instanceIds.length === 0) return out;
  const rows: (ReservedGpu & { instance_id: string })[] = await db("instance_gpus as ig")
    .join("gpus as g", function () {
      this.on("g.host_id", "ig.host_id").andOn("g.gpu_index", "ig.gpu_index");
    })
    .whereIn("ig.instance_id", instanceIds)
    .orderBy(["ig.instance_id", "g.gpu_index"])
    .select("ig.instance_id", "g.gpu_index", "g.uuid");
  for (const { instance_id, ...g } of rows) {
    const list = out.get(instance_id);
    if (list) list.push(g);
    else out.set(instance_id, [g]);
  }
  return out;
}

export async function freeGpuCount(db: Db | Tx, hostId: string, model: string | null = null): Promise<number> {
  const r = await db.raw<{ rows: { n: string }[] }>(
    `select count(*) as n from gpus g where g.host_id = ? and g.present and (?::text is null or g.name = ?)
       and not exists (select 1 from instance_gpus ig where ig.host_id = g.host_id and ig.gpu_index = g.gpu_index)`,
    [hostId, model, model],
  );
  return Number(r.rows[0]?.n ?? 0);
}

/** The GPU quota of the instance's owner (null: none, or no owner) and whose it is. */
export async function ownerGpuQuota(trx: Tx, instanceId: string): Promise<{ user_id: number; gpu_quota: number | null } | undefined> {
  const r = await trx.raw<{ rows: { user_id: number; gpu_quota: number | null }[] }>(
    "select u.user_id, u.gpu_quota from instances i join users u on u.user_id = i.user_id where i.instance_id = ?",
    [instanceId],
  );
  return r.rows[0];
}

/** GPUs the user's instances hold now (reserved, on any host). */
export async function gpusHeldByUser(trx: Db | Tx, userId: number): Promise<number> {
  const r = await trx.raw<{ rows: { n: number }[] }>(
    "select count(*)::int as n from instance_gpus ig join instances i on i.instance_id = ig.instance_id where i.user_id = ?",
    [userId],
  );
  return r.rows[0]!.n;
}
