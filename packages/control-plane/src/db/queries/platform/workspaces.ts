// Workspaces, their members and roles.
import type { Db, Tx } from "../../knex.js";

export interface RoleRow {
  role_id: string;
  name: string;
  description: string;
  permissions: string[];
  builtin: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface WorkspaceRow {
  workspace_id: string;
  name: string;
  description: string;
  personal_of: number | null;
  wallet_user_id: number;
  gpu_quota: number | null;
  storage_quota_bytes: number | null;
  /** The task queue's weight (docs/decisions/0031-tasks.md). */
  queue_share?: number;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

export interface MemberRow {
  workspace_id: string;
  user_id: number;
  username: string;
  email: string | null;
  role: string;
  permissions: string[];
  created_at: Date;
  updated_at: Date;
}

export async function roles(db: Db | Tx): Promise<RoleRow[]> {
  return db<RoleRow>("roles").orderBy([{ column: "builtin", order: "desc" }, "name"]);
}

export async function roleById(db: Db | Tx, roleId: string): Promise<RoleRow | undefined> {
  return db<RoleRow>("roles").where({ role_id: roleId }).first();
}

export async function roleByName(db: Db | Tx, name: string): Promise<RoleRow | undefined> {
  return db<RoleRow>("roles").where({ name }).first();
}

/** Inserts the role unless one of that name exists; the built-in ones get their permissions back. */
export async function upsertBuiltinRole(db: Db | Tx, r: { name: string; description: string; permissions: readonly string[] }): Promise<void> {
  await db.raw(
    `insert into roles (name, description, permissions, builtin) values (?, ?, ?, true)
     on conflict (name) do update set permissions = excluded.permissions, description = excluded.description, builtin = true,
       updated_at = case when roles.permissions = excluded.permissions and roles.description = excluded.description then roles.updated_at else now() end`,
    [r.name, r.description, [...r.permissions]],
  );
}

export async function insertRole(db: Db | Tx, r: { name: string; description: string; permissions: string[] }): Promise<RoleRow | undefined> {
  const q = await db.raw<{ rows: RoleRow[] }>("insert into roles (name, description, permissions) values (?, ?, ?) on conflict (name) do nothing returning *", [
    r.name,
    r.description,
    r.permissions,
  ]);
  return q.rows[0];
}

export async function updateRole(db: Db | Tx, roleId: string, patch: { description?: string; permissions?: string[] }): Promise<RoleRow | undefined> {
  const [row] = await db<RoleRow>("roles")
    .where({ role_id: roleId })
    .update({ ...patch, updated_at: db.fn.now() } as never)
    .returning("*");
  return row;
}

export async function roleInUse(db: Db | Tx, roleId: string): Promise<boolean> {
  return (await db("workspace_members").where({ role_id: roleId }).first()) !== undefined;
}

export async function deleteRole(db: Db | Tx, roleId: string): Promise<void> {
  await db("roles").where({ role_id: roleId }).delete();
}

export async function insertWorkspace(
  trx: Tx,
  w: { name: string; description: string; personalOf: number | null; walletUserId: number },
): Promise<WorkspaceRow> {
  const [row] = await trx<WorkspaceRow>("workspaces")
    .insert({ name: w.name, description: w.description, personal_of: w.personalOf, wallet_user_id: w.walletUserId })
    .returning("*");
  return row!;
}

export async function upsertMember(trx: Tx, workspaceId: string, userId: number, roleId: string): Promise<void> {
  await trx.raw(
    `insert into workspace_members (workspace_id, user_id, role_id) values (?, ?, ?)
     on conflict (workspace_id, user_id) do update set role_id = excluded.role_id, updated_at = now()`,
    [workspaceId, userId, roleId],
  );
}

export async function removeMember(trx: Tx, workspaceId: string, userId: number): Promise<void> {
  await trx("workspace_members").where({ workspace_id: workspaceId, user_id: userId }).delete();
}

/** A live workspace with the caller's role and permissions in it (undefined: not a member, or gone). */
export async function membership(
  db: Db | Tx,
  workspaceId: string,
  userId: number,
): Promise<(WorkspaceRow & { role: string; permissions: string[] }) | undefined> {
  const r = await db.raw(
    `select w.*, ro.name as role, ro.permissions
       from workspaces w join workspace_members m using (workspace_id) join roles ro on ro.role_id = m.role_id
      where w.workspace_id = ? and m.user_id = ? and w.deleted_at is null`,
    [workspaceId, userId],
  );
  return r.rows[0];
}

/** The caller's live workspaces with their role in each. */
export async function workspacesOf(db: Db | Tx, userId: number): Promise<(WorkspaceRow & { role: string; permissions: string[] })[]> {
  const r = await db.raw(
    `select w.*, ro.name as role, ro.permissions
       from workspaces w join workspace_members m using (workspace_id) join roles ro on ro.role_id = m.role_id
      where m.user_id = ? and w.deleted_at is null
      order by w.personal_of is null, w.created_at, w.workspace_id`,
    [userId],
  );
  return r.rows;
}

export async function lockWorkspace(trx: Tx, workspaceId: string): Promise<WorkspaceRow | undefined> {
  return trx<WorkspaceRow>("workspaces").where({ workspace_id: workspaceId }).whereNull("deleted_at").forUpdate().first();
}

export async function updateWorkspace(
  trx: Tx,
  workspaceId: string,
  patch: Partial<Pick<WorkspaceRow, "name" | "description" | "gpu_quota" | "storage_quota_bytes" | "wallet_user_id" | "queue_share">>,
): Promise<WorkspaceRow> {
  const [row] = await trx<WorkspaceRow>("workspaces")
    .where({ workspace_id: workspaceId })
    .update({ ...patch, updated_at: trx.fn.now() } as never)
    .returning("*");
  return row!;
}

export async function markWorkspaceDeleted(trx: Tx, workspaceId: string, at: Date): Promise<void> {
  await trx("workspaces").where({ workspace_id: workspaceId }).update({ deleted_at: at, updated_at: at });
  // Its datasets and models go with it (their content is collected once nothing else holds it).
  await trx.raw(
    `update artifact_versions set deleted_at = ? where deleted_at is null
       and artifact_id in (select artifact_id from artifacts where workspace_id = ? and deleted_at is null)`,
    [at, workspaceId],
  );
  await trx("artifacts").where({ workspace_id: workspaceId }).whereNull("deleted_at").update({ deleted_at: at, updated_at: at });
}

/** Members of a workspace with their user and role (not yet selected). */
const memberRows = (db: Db | Tx, workspaceId: string) =>
  db("workspace_members as m").join("users as u", "u.user_id", "m.user_id").join("roles as r", "r.role_id", "m.role_id").where("m.workspace_id", workspaceId);
const MEMBER_COLUMNS = ["m.workspace_id", "m.user_id", "u.username", "u.email", "r.name as role", "r.permissions", "m.created_at", "m.updated_at"];

export async function members(db: Db | Tx, workspaceId: string, page: { limit: number; offset: number }): Promise<{ rows: MemberRow[]; total: number }> {
  const base = memberRows(db, workspaceId);
  const [{ n }] = (await base.clone().count({ n: "*" })) as [{ n: string }];
  const rows = await base.clone().select(MEMBER_COLUMNS).orderBy("m.created_at").orderBy("m.user_id").limit(page.limit).offset(page.offset);
  return { rows: rows as MemberRow[], total: Number(n) };
}

export async function memberRow(db: Db | Tx, workspaceId: string, userId: number): Promise<MemberRow | undefined> {
  return (await memberRows(db, workspaceId).where("m.user_id", userId).select(MEMBER_COLUMNS).first()) as MemberRow | undefined;
}

export async function ownerCount(trx: Tx, workspaceId: string): Promise<number> {
  const r = await trx.raw("select count(*)::int as n from workspace_members m join roles r using (role_id) where m.workspace_id = ? and r.name = 'owner'", [
    workspaceId,
  ]);
  return r.rows[0].n;
}

export async function memberRole(trx: Tx, workspaceId: string, userId: number): Promise<string | undefined> {
  const r = await trx.raw("select r.name from workspace_members m join roles r using (role_id) where m.workspace_id = ? and m.user_id = ?", [
    workspaceId,
    userId,
  ]);
  return r.rows[0]?.name;
}

/** Users without a personal workspace (made before workspaces existed, or by an old replica). */
export async function usersWithoutPersonalWorkspace(db: Db | Tx): Promise<{ user_id: number; username: string }[]> {
  const r = await db.raw(
    "select u.user_id, u.username from users u where not exists (select 1 from workspaces w where w.personal_of = u.user_id) order by u.user_id",
  );
  return r.rows;
}

export async function personalWorkspaceOf(db: Db | Tx, userId: number): Promise<WorkspaceRow | undefined> {
  return db<WorkspaceRow>("workspaces").where({ personal_of: userId }).first();
}

/** Workspaces (besides the personal one) the user's wallet pays for, deleted ones left out. */
export async function workspacesPaidBy(trx: Db | Tx, userId: number): Promise<number> {
  const r = await trx.raw<{ rows: { n: number }[] }>(
    "select count(*)::int as n from workspaces where wallet_user_id = ? and personal_of is null and deleted_at is null",
    [userId],
  );
  return r.rows[0]!.n;
}
