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

export async function listApplications(db: Db): Promise<ApplicationRow[]> {
  return db<ApplicationRow>("applications").orderBy("app_type");
}
