// Users as platform admins manage them (GET/POST/PUT/DELETE /api/v1/users): the same accounts as
// the rental API. Deleting disables for good and revokes every session; the history stays.
import { revokeSessionsOfUser } from "../../db/queries/platform/auth.js";
import { platformUser, platformUserByName, type PlatformUserRow, searchUsers, updatePlatformUser } from "../../db/queries/platform/users.js";
import type { Db } from "../../db/knex.js";
import { formatMoney } from "../../domain/money.js";
import { AppError, invalid, notFound } from "../../errors.js";
import { createUser, EMAIL_PATTERN, type PasswordPolicy } from "../accounts.js";
import { clock } from "../clock.js";
import { requirePlatformAdmin } from "./authz.js";
import type { Principal } from "./sessions.js";

export interface PlatformUserView {
  id: number;
  username: string;
  email: string | null;
  platform_admin: boolean;
  disabled: boolean;
  balance: string;
  /** null: no limit. */
  quotas: { gpus: number | null; workspaces: number | null; storage_bytes: number | null };
  created_at: string;
  updated_at: string;
}

export const platformUserView = (u: PlatformUserRow): PlatformUserView => ({
  id: u.user_id,
  username: u.username,
  email: u.email,
  platform_admin: u.platform_admin,
  disabled: u.disabled_at !== null,
  balance: formatMoney(u.balance_minor),
  quotas: { gpus: u.gpu_quota, workspaces: u.workspace_quota, storage_bytes: u.storage_quota_bytes },
  created_at: u.created_at.toISOString(),
  updated_at: u.updated_at.toISOString(),
});

async function userOrNotFound(db: Db, id: number): Promise<PlatformUserRow> {
  const u = await platformUser(db, id);
  if (!u || u.deleted_at) throw notFound("user not found");
  return u;
}

export async function listUsers(
  db: Db,
  p: Principal,
  search: string | undefined,
  page: { limit: number; offset: number },
): Promise<{ items: PlatformUserView[]; total: number }> {
  requirePlatformAdmin(p);
  const r = await searchUsers(db, search, page);
  return { items: r.rows.map(platformUserView), total: r.total };
}

export async function getPlatformUser(db: Db, p: Principal, id: number): Promise<PlatformUserView> {
  requirePlatformAdmin(p);
  return platformUserView(await userOrNotFound(db, id));
}

export interface UserPatch {
  email?: string | null | undefined;
  disabled?: boolean | undefined;
  platformAdmin?: boolean | undefined;
  gpuQuota?: number | null | undefined;
  workspaceQuota?: number | null | undefined;
  storageQuotaBytes?: number | null | undefined;
}

/** True when the patch changes nothing (every field absent). */
export const emptyUserPatch = (p: UserPatch): boolean => Object.values(p).every((v) => v === undefined);

/** Applies a patch (platform admins, or operators through /admin); disabling ends every session at once. */
export async function patchUser(db: Db, id: number, patch: UserPatch): Promise<PlatformUserView> {
  if (patch.email != null && !EMAIL_PATTERN.test(patch.email)) throw invalid("email must look like name@example.com");
  const now = clock.now();
  const row = await db.transaction(async (trx) => {
    const u = await platformUser(trx, id);
    if (!u || u.deleted_at) throw notFound("user not found");
    const updated = await updatePlatformUser(trx, id, {
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.platformAdmin !== undefined ? { platform_admin: patch.platformAdmin } : {}),
      ...(patch.disabled !== undefined ? { disabled_at: patch.disabled ? (u.disabled_at ?? now) : null } : {}),
      ...(patch.gpuQuota !== undefined ? { gpu_quota: patch.gpuQuota } : {}),
      ...(patch.workspaceQuota !== undefined ? { workspace_quota: patch.workspaceQuota } : {}),
      ...(patch.storageQuotaBytes !== undefined ? { storage_quota_bytes: patch.storageQuotaBytes } : {}),
    });
    if (patch.disabled) await revokeSessionsOfUser(trx, id, "user_disabled", now);
    return updated!;
  });
  return platformUserView(row);
}

/** PATCH /admin/users/{username}: operators change e-mail, disabled, platform_admin, quotas. */
export async function patchUserByName(db: Db, username: string, patch: UserPatch): Promise<PlatformUserView> {
  const u = username.length <= 64 ? await platformUserByName(db, username) : undefined;
  if (!u || u.deleted_at) throw notFound(`no user ${JSON.stringify(username.slice(0, 64))}`);
  return patchUser(db, u.user_id, patch);
}

export async function updateUserAsAdmin(db: Db, p: Principal, id: number, patch: UserPatch): Promise<PlatformUserView> {
  requirePlatformAdmin(p);
  if (id === p.user.user_id && (patch.disabled === true || patch.platformAdmin === false))
    throw new AppError("CONFLICT", "you cannot disable yourself or drop your own platform admin role");
  return patchUser(db, id, patch);
}

export async function createUserAsAdmin(
  db: Db,
  policy: PasswordPolicy,
  p: Principal,
  u: { username: string; password: string; email?: string | undefined; platformAdmin?: boolean | undefined },
): Promise<PlatformUserView> {
  requirePlatformAdmin(p);
  const row = await createUser(db, policy, u.username, u.password, { email: u.email ?? null, platformAdmin: u.platformAdmin ?? false });
  return platformUserView(row as PlatformUserRow);
}

export async function deleteUserAsAdmin(db: Db, p: Principal, id: number): Promise<void> {
  requirePlatformAdmin(p);
  if (id === p.user.user_id) throw new AppError("CONFLICT", "you cannot delete yourself");
  const now = clock.now();
  await db.transaction(async (trx) => {
    const u = await platformUser(trx, id);
    if (!u || u.deleted_at) throw notFound("user not found");
    await updatePlatformUser(trx, id, { disabled_at: u.disabled_at ?? now, deleted_at: now });
    await revokeSessionsOfUser(trx, id, "user_disabled", now);
  });
}
