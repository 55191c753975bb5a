// A user's fields, read the same on both surfaces: a new user (POST /api/v1/users and POST
// /admin/users) and a change (PUT /api/v1/users/{id} and PATCH /admin/users/{username}).
import { invalid } from "../../errors.js";
import { PASSWORD_MAX } from "../../services/accounts.js";
import { emptyUserPatch, type UserPatch } from "../../services/platform/users.js";
import { checked } from "../fields.js";

/** Most GPUs one user can be allowed at once (a bound, not a default). */
const MAX_GPU_QUOTA = 100_000;
const MAX_WORKSPACE_QUOTA = 10_000;

export function userPatchOf(body: Record<string, unknown>): UserPatch {
  const patch = checked(body, (f) => ({
    email: f.optionalNullableString("email", 254),
    disabled: f.optionalBool("disabled"),
    platformAdmin: f.optionalBool("platform_admin"),
    gpuQuota: f.optionalLimit("gpu_quota", MAX_GPU_QUOTA),
    workspaceQuota: f.optionalLimit("workspace_quota", MAX_WORKSPACE_QUOTA),
    storageQuotaBytes: f.optionalLimit("storage_quota_bytes", Number.MAX_SAFE_INTEGER),
  }));
  if (emptyUserPatch(patch)) throw invalid("nothing to change: give email, disabled, platform_admin, gpu_quota, workspace_quota or storage_quota_bytes");
  return patch;
}

export interface NewUserFields {
  username: string;
  password: string;
  email: string | undefined;
  platformAdmin: boolean | undefined;
}

export function newUserOf(body: Record<string, unknown>): NewUserFields {
  return checked(body, (f) => ({
    username: f.requiredString("username", 64),
    password: f.requiredString("password", PASSWORD_MAX),
    email: f.optionalString("email", 254),
    platformAdmin: f.optionalBool("platform_admin"),
  }));
}
