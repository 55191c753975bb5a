// Who may do what in a workspace, checked here in the service layer (never only in routes).
// Another workspace's objects answer NOT_FOUND, never FORBIDDEN: their existence is not told.
import { membership } from "../../db/queries/platform/workspaces.js";
import type { Db, Tx } from "../../db/knex.js";
import type { Permission } from "../../domain/permissions.js";
import { AppError, notFound } from "../../errors.js";
import type { Principal } from "./sessions.js";

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Membership = NonNullable<Awaited<ReturnType<typeof membership>>>;

/**
 * The caller's membership of the workspace when their role has `permission`; NOT_FOUND (named
 * `what`) when they are not a member, FORBIDDEN when their role lacks it.
 */
export async function authorize(db: Db | Tx, p: Principal, workspaceId: string, permission: Permission, what = "workspace"): Promise<Membership> {
  const m = UUID_PATTERN.test(workspaceId) ? await membership(db, workspaceId, p.user.user_id) : undefined;
  if (!m) throw notFound(`${what} not found`);
  if (!m.permissions.includes(permission)) throw new AppError("FORBIDDEN", `your role ${m.role} in this workspace does not allow ${permission}`);
  return m;
}

/** Whether the caller has `permission` in the workspace (false also when not a member). */
export async function allowed(db: Db, p: Principal, workspaceId: string, permission: Permission): Promise<boolean> {
  const m = UUID_PATTERN.test(workspaceId) ? await membership(db, workspaceId, p.user.user_id) : undefined;
  return m?.permissions.includes(permission) ?? false;
}

export function requirePlatformAdmin(p: Principal): void {
  if (!p.user.platform_admin) throw new AppError("FORBIDDEN", "platform admins only");
}
