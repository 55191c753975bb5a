// Users as the platform manages them (the same rows as the rental API's accounts).
import type { Db, Tx } from "../../knex.js";
import type { UserRow } from "../../rows.js";

export type PlatformUserRow = UserRow;

export async function platformUser(db: Db | Tx, userId: number): Promise<PlatformUserRow | undefined> {
  return db<PlatformUserRow>("users").where({ user_id: userId }).first();
}

export async function platformUserByName(db: Db | Tx, username: string): Promise<PlatformUserRow | undefined> {
  return db<PlatformUserRow>("users").whereRaw("lower(username) = lower(?)", [username]).first();
}

/** Users by name or e-mail fragment (case-insensitive), deleted ones left out. */
export async function searchUsers(
  db: Db,
  search: string | undefined,
  page: { limit: number; offset: number },
): Promise<{ rows: PlatformUserRow[]; total: number }> {
  const base = db<PlatformUserRow>("users").whereNull("deleted_at");
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base.where((q) => q.whereILike("username", like).orWhereILike("email", like));
  }
  const [{ n }] = (await base.clone().count({ n: "*" })) as [{ n: string }];
  const rows = await base.clone().orderBy("user_id").limit(page.limit).offset(page.offset);
  return { rows, total: Number(n) };
}

export async function updatePlatformUser(
  db: Db | Tx,
  userId: number,
  patch: Partial<Pick<PlatformUserRow, "email" | "platform_admin" | "disabled_at" | "deleted_at" | "gpu_quota" | "workspace_quota" | "storage_quota_bytes">>,
): Promise<PlatformUserRow | undefined> {
  const [row] = await db<PlatformUserRow>("users")
    .where({ user_id: userId })
    .update({ ...patch, updated_at: db.fn.now() } as never)
    .returning("*");
  return row;
}
