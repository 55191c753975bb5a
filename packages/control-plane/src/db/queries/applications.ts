import type { Db, Tx } from "../knex.js";
import type { ApplicationRow } from "../rows.js";

export async function insertApplication(db: Db, a: Omit<ApplicationRow, "created_at" | "updated_at">): Promise<ApplicationRow | undefined> {
  const rows = await db<ApplicationRow>("applications")
    .insert({ ...a, ports: JSON.stringify(a.ports) as unknown as number[] })
    .onConflict("app_type")
    .ignore()
    .returning("*");
  return rows[0];
}

export async function findApplication(db: Db | Tx, appType: string): Promise<ApplicationRow | undefined> {
  return db<ApplicationRow>("applications").where({ app_type: appType }).first();
}

/** Applications; unless asked for, only those whose product and image are still sold (not retired). */
export async function listApplications(db: Db, includeRetired = false): Promise<ApplicationRow[]> {
  return db<ApplicationRow>("applications")
    .modify((q) => {
      if (includeRetired) return;
      q.whereIn("gpu_type", db("products").select("gpu_type").whereNull("retired_at"));
      q.whereIn("image_id", db("images").select("image_id").whereNull("retired_at").whereNull("deleted_at"));
    })
    .orderBy("app_type");
}
