import type { Db, Tx } from "../knex.js";

export interface ReservedGpu {
  gpu_index: number;
  uuid: string;
}

/**
 * Reserves `count` free GPUs of the host for the instance, lowest indexes first. Rows of free
 * GPUs are locked (skipping ones another transaction holds), and the primary key of
 * instance_gpus refuses a GPU that is already someone's: two concurrent reservations can never
 * share a GPU. Returns the GPUs, or how many were free when there are not enough.
 */
export async function reserveGpus(trx: Tx, hostId: string, instanceId: string, count: number): Promise<{ gpus: ReservedGpu[] } | { free: number }> {
  if (count === 0) return { gpus: [] };
  // Lock only as many as needed: a concurrent reservation takes the next free ones instead of
  // seeing these as gone.
  const free = await trx.raw<{ rows: ReservedGpu[] }>(
    `select g.gpu_index, g.uuid from gpus g
     where g.host_id = ? and g.present
       and not exists (select 1 from instance_gpus ig where ig.host_id = g.host_id and ig.gpu_index = g.gpu_index)
     order by g.gpu_index
     limit ?
     for update of g skip locked`,
    [hostId, count],
  );
  if (free.rows.length < count) return { free: await freeGpuCount(trx, hostId) };
  await trx("instance_gpus").insert(free.rows.map((g) => ({ host_id: hostId, gpu_index: g.gpu_index, instance_id: instanceId })));
  return { gpus: free.rows };
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

export async function freeGpuCount(db: Db | Tx, hostId: string): Promise<number> {
  const r = await db.raw<{ rows: { n: string }[] }>(
    `select count(*) as n from gpus g where g.host_id = ? and g.present
       and not exists (select 1 from instance_gpus ig where ig.host_id = g.host_id and ig.gpu_index = g.gpu_index)`,
    [hostId],
  );
  return Number(r.rows[0]?.n ?? 0);
}
