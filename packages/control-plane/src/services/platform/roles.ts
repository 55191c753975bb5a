// Roles: named sets of permissions, platform-wide. Everyone reads them; platform admins make and
// change custom ones; the built-in four (owner, admin, member, viewer) are made at start-up and
// by POST /permissions/roles/init, and cannot be changed or deleted.
import { deleteRole, insertRole, roleById, roleInUse, roles, type RoleRow, updateRole, upsertBuiltinRole } from "../../db/queries/platform/workspaces.js";
import type { Db } from "../../db/knex.js";
import { BUILTIN_ROLES, isPermission, type Permission } from "../../domain/permissions.js";
import { AppError, notFound } from "../../errors.js";
import { allowed, requirePlatformAdmin, UUID_PATTERN } from "./authz.js";
import type { Principal } from "./sessions.js";

export interface RoleView {
  id: string;
  name: string;
  description: string;
  permissions: string[];
  builtin: boolean;
  created_at: string;
  updated_at: string;
}

const view = (r: RoleRow): RoleView => ({
  id: r.role_id,
  name: r.name,
  description: r.description,
  permissions: r.permissions,
  builtin: r.builtin,
  created_at: r.created_at.toISOString(),
  updated_at: r.updated_at.toISOString(),
});

/** The built-in roles with their current permissions (idempotent). */
export async function initRoles(db: Db): Promise<RoleView[]> {
  for (const r of BUILTIN_ROLES) await upsertBuiltinRole(db, r);
  return listRoles(db);
}

export async function listRoles(db: Db): Promise<RoleView[]> {
  return (await roles(db)).map(view);
}

async function roleOrNotFound(db: Db, id: string): Promise<RoleRow> {
  const r = UUID_PATTERN.test(id) ? await roleById(db, id) : undefined;
  if (!r) throw notFound("role not found");
  return r;
}

export async function getRole(db: Db, id: string): Promise<RoleView> {
  return view(await roleOrNotFound(db, id));
}

export async function createRole(db: Db, p: Principal, r: { name: string; description: string; permissions: Permission[] }): Promise<RoleView> {
  requirePlatformAdmin(p);
  const row = await insertRole(db, r);
  if (!row) throw new AppError("CONFLICT", `a role named ${r.name} exists`);
  return view(row);
}

export async function changeRole(
  db: Db,
  p: Principal,
  id: string,
  patch: { description?: string | undefined; permissions?: Permission[] | undefined },
): Promise<RoleView> {
  requirePlatformAdmin(p);
  const r = await roleOrNotFound(db, id);
  if (r.builtin) throw new AppError("CONFLICT", "built-in roles cannot be changed; make a custom role");
  const row = await updateRole(db, id, {
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(patch.permissions !== undefined ? { permissions: patch.permissions } : {}),
  });
  return view(row!);
}

export async function removeRole(db: Db, p: Principal, id: string): Promise<void> {
  requirePlatformAdmin(p);
  const r = await roleOrNotFound(db, id);
  if (r.builtin) throw new AppError("CONFLICT", "built-in roles cannot be deleted");
  if (await roleInUse(db, id)) throw new AppError("CONFLICT", "the role is given to members; give them another role first");
  await deleteRole(db, id);
}

/** POST /permissions/check: whether the caller has the permission in the workspace. */
export async function checkPermission(
  db: Db,
  p: Principal,
  permission: string,
  workspaceId: string,
): Promise<{ allowed: boolean; permission: string; workspace_id: string }> {
  const ok = isPermission(permission) && (await allowed(db, p, workspaceId, permission));
  return { allowed: ok, permission, workspace_id: workspaceId };
}
