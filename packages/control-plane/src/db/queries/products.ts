import type { Db, Tx } from "../knex.js";
import type { ProductRow } from "../rows.js";

export type ProductFields = Omit<ProductRow, "created_at" | "updated_at" | "retired_at">;

export async function insertProduct(db: Db, p: ProductFields): Promise<ProductRow | undefined> {
  const rows = await db<ProductRow>("products").insert(p).onConflict("gpu_type").ignore().returning("*");
  return rows[0];
}

export async function updateProduct(db: Db, gpuType: string, patch: Partial<ProductFields>): Promise<ProductRow | undefined> {
  const rows = await db<ProductRow>("products")
    .where({ gpu_type: gpuType })
    .update({ ...patch, updated_at: db.fn.now() })
    .returning("*");
  return rows[0];
}

export async function findProduct(db: Db | Tx, gpuType: string): Promise<ProductRow | undefined> {
  return db<ProductRow>("products").where({ gpu_type: gpuType }).first();
}

export async function listProducts(db: Db, f: { roomName?: string | undefined; includeRetired?: boolean }): Promise<ProductRow[]> {
  return db<ProductRow>("products")
    .modify((q) => {
      if (f.roomName) q.where("room_name", f.roomName);
      if (!f.includeRetired) q.whereNull("retired_at");
    })
    .orderBy([{ column: "room_name" }, { column: "gpu_type" }]);
}

/**
 * gpu_remain of each product (SPEC §4): the most free GPUs of its model on any one host of its
 * room that takes placements (online, not revoked, not cordoned).
 */
export async function gpuRemainByProduct(db: Db, gpuTypes: string[]): Promise<Map<string, number>> {
  if (gpuTypes.length === 0) return new Map();
  const r = await db.raw<{ rows: { gpu_type: string; gpu_remain: number }[] }>(
    `select p.gpu_type, coalesce(max(f.free), 0)::int as gpu_remain
     from products p
     left join lateral (
       select count(*) as free
       from hosts h join gpus g on g.host_id = h.host_id
       where h.room_name = p.room_name and h.status = 'online' and h.revoked_at is null and h.cordoned_at is null
         and g.present and g.name = p.gpu_model
         and not exists (select 1 from instance_gpus ig where ig.host_id = g.host_id and ig.gpu_index = g.gpu_index)
       group by h.host_id
     ) f on true
     where p.gpu_type = any(?)
     group by p.gpu_type`,
    [gpuTypes],
  );
  return new Map(r.rows.map((x) => [x.gpu_type, x.gpu_remain]));
}

/** Retires (keeping the first time) or unretires a product; undefined when there is none. */
export async function setProductRetired(db: Db, gpuType: string, retired: boolean): Promise<ProductRow | undefined> {
  const rows = await db<ProductRow>("products")
    .where({ gpu_type: gpuType })
    .update({ retired_at: retired ? db.raw("coalesce(retired_at, now())") : null, updated_at: db.fn.now() } as never)
    .returning("*");
  return rows[0];
}
