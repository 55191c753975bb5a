import type { Db, Tx } from "../knex.js";
import type { ProductRow } from "../rows.js";

export type ProductFields = Omit<ProductRow, "created_at" | "updated_at">;

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

export async function listProducts(db: Db, f: { roomName?: string | undefined }): Promise<ProductRow[]> {
  return db<ProductRow>("products")
    .modify((q) => {
      if (f.roomName) q.where("room_name", f.roomName);
    })
    .orderBy([{ column: "room_name" }, { column: "gpu_type" }]);
}
