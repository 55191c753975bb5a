// Workspaces (teams) and their members. Every user has a personal workspace, made with the user;
// a workspace always keeps an owner; it is billed to one wallet (its first owner's).
import { checkWorkspaceQuota } from "../quotas.js";
import {
  insertWorkspace,
  lockWorkspace,
  markWorkspaceDeleted,
  memberRole,
  memberRow,
  members,
  ownerCount,
  personalWorkspaceOf,
  removeMember,
  roleByName,
  updateWorkspace,
  upsertMember,
  usersWithoutPersonalWorkspace,
  type MemberRow,
  type WorkspaceRow,
  workspacesOf,
} from "../../db/queries/platform/workspaces.js";
import { platformUser, platformUserByName } from "../../db/queries/platform/users.js";
import type { Db, Tx } from "../../db/knex.js";
import { AppError, notFound } from "../../errors.js";
import { clock } from "../clock.js";
import { allowed, authorize, UUID_PATTERN } from "./authz.js";
import type { Principal } from "./sessions.js";

export interface WorkspaceView {
  id: string;
  name: string;
  description: string;
  personal: boolean;
  /** The caller's role (null: a platform admin who is not a member, setting quotas). */
  role: string | null;
  permissions: string[];
  wallet_user_id: number;
  quotas: { gpus: number | null; storage_bytes: number | null };
  /** The task queue's weight of the workspace (platform admins set it). */
  queue_share: number;
  created_at: string;
  updated_at: string;
}

export interface MemberView {
  user_id: number;
  username: string;
  email: string | null;
  role: string;
  joined_at: string;
}

function view(w: WorkspaceRow & { role: string | null; permissions: string[] }): WorkspaceView {
  return {
    id: w.workspace_id,
    name: w.name,
    description: w.description,
    personal: w.personal_of !== null,
    role: w.role,
    permissions: w.permissions,
    wallet_user_id: w.wallet_user_id,
    quotas: { gpus: w.gpu_quota, storage_bytes: w.storage_quota_bytes },
    queue_share: Number(w.queue_share ?? 1),
    created_at: w.created_at.toISOString(),
    updated_at: w.updated_at.toISOString(),
  };
}

const memberView = (m: MemberRow): MemberView => ({
  user_id: m.user_id,
  username: m.username,
  email: m.email,
  role: m.role,
  joined_at: m.created_at.toISOString(),
});

async function roleId(trx: Db | Tx, name: string): Promise<string> {
  const r = await roleByName(trx, name);
  if (!r)
    throw new AppError("INVALID_ARGUMENT", `role ${JSON.stringify(name.slice(0, 32))} does not exist (see GET /permissions/roles)`, [
      { field: "role", message: "unknown role" },
    ]);
  return r.role_id;
}

/** The user's personal workspace, made now when missing (users from before workspaces existed). */
export async function ensurePersonalWorkspace(trx: Tx, user: { user_id: number; username: string }): Promise<void> {
  if (await personalWorkspaceOf(trx, user.user_id)) return;
  const w = await insertWorkspace(trx, { name: user.username, description: "personal workspace", personalOf: user.user_id, walletUserId: user.user_id });
  await upsertMember(trx, w.workspace_id, user.user_id, await roleId(trx, "owner"));
}

/** Personal workspaces for every user without one (at start-up). */
export async function ensurePersonalWorkspaces(db: Db): Promise<number> {
  const users = await usersWithoutPersonalWorkspace(db);
  for (const u of users) await db.transaction((trx) => ensurePersonalWorkspace(trx, u));
  return users.length;
}

export async function listWorkspaces(db: Db, p: Principal): Promise<WorkspaceView[]> {
  return (await workspacesOf(db, p.user.user_id)).map(view);
}

export async function getWorkspace(db: Db, p: Principal, workspaceId: string): Promise<WorkspaceView> {
  return view(await authorize(db, p, workspaceId, "workspace:read"));
}

export async function createWorkspace(db: Db, p: Principal, w: { name: string; description: string }): Promise<WorkspaceView> {
  const id = await db.transaction(async (trx) => {
    await checkWorkspaceQuota(trx, p.user.user_id);
    const row = await insertWorkspace(trx, { name: w.name, description: w.description, personalOf: null, walletUserId: p.user.user_id });
    await upsertMember(trx, row.workspace_id, p.user.user_id, await roleId(trx, "owner"));
    return row.workspace_id;
  });
  return getWorkspace(db, p, id);
}

export async function changeWorkspace(
  db: Db,
  p: Principal,
  workspaceId: string,
  patch: {
    name?: string | undefined;
    description?: string | undefined;
    gpuQuota?: number | null | undefined;
    storageQuotaBytes?: number | null | undefined;
    /** The task queue's weight of the workspace (platform admins only, like the quotas). */
    queueShare?: number | undefined;
  },
): Promise<WorkspaceView> {
  const quotas = patch.gpuQuota !== undefined || patch.storageQuotaBytes !== undefined || patch.queueShare !== undefined;
  // Platform admins set any workspace's quotas, member or not; everything else needs the role.
  const adminQuotas = p.user.platform_admin && quotas && patch.name === undefined && patch.description === undefined;
  let member = true;
  if (adminQuotas) member = await allowed(db, p, workspaceId, "workspace:read");
  else await authorize(db, p, workspaceId, "workspace:write");
  if (quotas && !p.user.platform_admin) throw new AppError("FORBIDDEN", "quotas are set by platform admins");
  const row = await db.transaction(async (trx) => {
    if (!UUID_PATTERN.test(workspaceId) || !(await lockWorkspace(trx, workspaceId))) throw notFound("workspace not found");
    return updateWorkspace(trx, workspaceId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.gpuQuota !== undefined ? { gpu_quota: patch.gpuQuota } : {}),
      ...(patch.storageQuotaBytes !== undefined ? { storage_quota_bytes: patch.storageQuotaBytes } : {}),
      ...(patch.queueShare !== undefined ? { queue_share: patch.queueShare } : {}),
    });
  });
  return member ? getWorkspace(db, p, workspaceId) : view({ ...row, role: null, permissions: [] });
}

/**
 * Deletes a team workspace (kept as history). A personal workspace cannot be deleted; running
 * work (tasks, services: later issues) keeps a workspace alive.
 */
export async function deleteWorkspace(db: Db, p: Principal, workspaceId: string): Promise<void> {
  const m = await authorize(db, p, workspaceId, "workspace:delete");
  if (m.personal_of !== null) throw new AppError("CONFLICT", "a personal workspace cannot be deleted");
  await db.transaction(async (trx) => {
    if (!(await lockWorkspace(trx, workspaceId))) throw notFound("workspace not found");
    await markWorkspaceDeleted(trx, workspaceId, clock.now());
  });
}

export async function listMembers(
  db: Db,
  p: Principal,
  workspaceId: string,
  page: { limit: number; offset: number },
): Promise<{ items: MemberView[]; total: number }> {
  await authorize(db, p, workspaceId, "members:read");
  const r = await members(db, workspaceId, page);
  return { items: r.rows.map(memberView), total: r.total };
}

/** Adds a member or changes a member's role; only an owner makes or unmakes owners; an owner always remains. */
export async function setMember(
  db: Db,
  p: Principal,
  workspaceId: string,
  who: { username: string } | { userId: number },
  role: string,
  mustExist: boolean,
): Promise<MemberView> {
  const me = await authorize(db, p, workspaceId, "members:manage");
  const user = "username" in who ? await platformUserByName(db, who.username) : await platformUser(db, who.userId);
  if (!user || user.deleted_at) {
    if (mustExist) throw notFound("member not found");
    throw new AppError("INVALID_ARGUMENT", "no such user", [{ field: "username", message: "no such user" }]);
  }
  const rid = await roleId(db, role);
  await db.transaction(async (trx) => {
    if (!(await lockWorkspace(trx, workspaceId))) throw notFound("workspace not found");
    const current = await memberRole(trx, workspaceId, user.user_id);
    if (mustExist && current === undefined) throw notFound("member not found");
    if (!mustExist && current !== undefined) throw new AppError("CONFLICT", `${user.username} is already a member (change the role with PUT)`);
    if ((role === "owner" || current === "owner") && me.role !== "owner") throw new AppError("FORBIDDEN", "only an owner makes or unmakes owners");
    await upsertMember(trx, workspaceId, user.user_id, rid);
    if (current === "owner" && role !== "owner" && (await ownerCount(trx, workspaceId)) === 0) throw new AppError("CONFLICT", "a workspace must keep an owner");
  });
  return memberView((await memberRow(db, workspaceId, user.user_id))!);
}

export async function removeMemberOf(db: Db, p: Principal, workspaceId: string, userId: number): Promise<void> {
  const self = userId === p.user.user_id;
  // Anyone may leave; removing someone else needs members:manage.
  const me = await authorize(db, p, workspaceId, self ? "workspace:read" : "members:manage");
  await db.transaction(async (trx) => {
    if (!(await lockWorkspace(trx, workspaceId))) throw notFound("workspace not found");
    const current = await memberRole(trx, workspaceId, userId);
    if (current === undefined) throw notFound("member not found");
    if (current === "owner" && !self && me.role !== "owner") throw new AppError("FORBIDDEN", "only an owner removes an owner");
    await removeMember(trx, workspaceId, userId);
    if (current === "owner" && (await ownerCount(trx, workspaceId)) === 0) throw new AppError("CONFLICT", "a workspace must keep an owner");
  });
}
