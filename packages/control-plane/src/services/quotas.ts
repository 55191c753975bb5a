// Per-user quotas (null: no limit), set by platform admins (PUT /api/v1/users/{id}) and operators
// (PATCH /admin/users/{username}). Each is checked under the user's row lock, taken after the
// host's (the lock order everywhere: instance, host, user), so that two concurrent requests of
// one user cannot both pass a limit that only one fits under.
import { gpusHeldByUser, ownerGpuQuota } from "../db/queries/instance-gpus.js";
import { workspacesPaidBy } from "../db/queries/platform/workspaces.js";
import { lockUser } from "../db/queries/users.js";
import type { Tx } from "../db/knex.js";
import { AppError, notFound } from "../errors.js";

/**
 * After GPUs were reserved for an instance (buy, start with cards, renew): refuses
 * (QUOTA_EXCEEDED, and the caller's transaction rolls back) when its owner now holds more GPUs
 * than the owner's quota allows.
 */
export async function checkGpuQuota(trx: Tx, instanceId: string, wanted: number): Promise<void> {
  const owner = await ownerGpuQuota(trx, instanceId);
  if (!owner || owner.gpu_quota === null) return;
  const user = await lockUser(trx, owner.user_id);
  const quota = user?.gpu_quota ?? null;
  if (quota === null) return;
  const held = await gpusHeldByUser(trx, owner.user_id);
  if (held <= quota) return;
  const before = held - wanted;
  throw new AppError(
    "QUOTA_EXCEEDED",
    `the GPU quota is ${quota} at once; your instances hold ${before} and this needs ${wanted} more: stop or destroy one, or ask an operator to raise it`,
    undefined,
    { reason: "gpu_quota", needed: wanted, available: Math.max(0, quota - before) },
  );
}

/** Before a user creates a workspace (paid by the user's wallet): the workspace quota. */
export async function checkWorkspaceQuota(trx: Tx, userId: number): Promise<void> {
  const user = await lockUser(trx, userId);
  if (!user) throw notFound("user not found");
  if (user.workspace_quota === null) return;
  const n = await workspacesPaidBy(trx, userId);
  if (n >= user.workspace_quota)
    throw new AppError(
      "QUOTA_EXCEEDED",
      `the workspace quota is ${user.workspace_quota} (besides the personal one) and you have ${n}: delete one, or ask an operator to raise it`,
      undefined,
      { reason: "workspace_quota", available: 0 },
    );
}
