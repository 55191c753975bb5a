// /permissions: roles and the permission check, as the AI Platform document lists them.
import type { Router } from "@koa/router";
import { invalid } from "../../../errors.js";
import { normalizePermissions, type Permission, PERMISSIONS, ROLE_NAME_PATTERN } from "../../../domain/permissions.js";
import { changeRole, checkPermission, createRole, getRole, initRoles, listRoles, removeRole } from "../../../services/platform/roles.js";
import { requirePlatformAdmin } from "../../../services/platform/authz.js";
import { readJsonObject } from "../../body.js";
import { checked } from "../../fields.js";
import { type PlatformDeps, principal } from "../../platform/context.js";
import { ok, okList } from "../../platform/envelope.js";
import { createdOnce } from "../../platform/once.js";

function permissionList(v: unknown): Permission[] {
  if (!Array.isArray(v) || v.length > PERMISSIONS.length * 2) throw invalid(`permissions must be a list of: ${PERMISSIONS.join(", ")}`);
  const r = normalizePermissions(v);
  if ("unknown" in r) throw invalid(`unknown permissions: ${r.unknown.join(", ")}`);
  return r.ok;
}

export function platformPermissionRoutes(router: Router, deps: PlatformDeps): void {
  const { db } = deps;

  router.get("/permissions/roles", async (ctx) => {
    const items = await listRoles(db);
    okList(ctx, { items, total: items.length }, { page: 1, limit: items.length });
  });

  router.post("/permissions/roles/init", async (ctx) => {
    await readJsonObject(ctx);
    requirePlatformAdmin(principal(ctx));
    const items = await initRoles(db);
    okList(ctx, { items, total: items.length }, { page: 1, limit: items.length });
  });

  router.post("/permissions/roles", async (ctx) => {
    const body = await readJsonObject(ctx);
    const r = checked(body, (f) => ({
      name: f.read("name", () => {
        const n = f.src["name"];
        if (typeof n !== "string" || !ROLE_NAME_PATTERN.test(n)) throw invalid("name must be 2-32 lowercase letters, digits, _ or -, starting with a letter");
        return n;
      }),
      description: f.optionalString("description", 1024) ?? "",
      permissions: f.read("permissions", () => permissionList(body["permissions"])),
    }));
    await createdOnce(ctx, db, body, () => createRole(db, principal(ctx), r));
  });

  router.get("/permissions/roles/:id", async (ctx) => {
    ok(ctx, await getRole(db, ctx.params["id"]!));
  });

  router.put("/permissions/roles/:id", async (ctx) => {
    const body = await readJsonObject(ctx);
    const patch = checked(body, (f) => ({
      description: f.optionalString("description", 1024),
      permissions: f.read("permissions", () => (body["permissions"] === undefined ? undefined : permissionList(body["permissions"]))),
    }));
    ok(ctx, await changeRole(db, principal(ctx), ctx.params["id"]!, patch));
  });

  router.delete("/permissions/roles/:id", async (ctx) => {
    await removeRole(db, principal(ctx), ctx.params["id"]!);
    ok(ctx, { deleted: true });
  });

  router.post("/permissions/check", async (ctx) => {
    const body = await readJsonObject(ctx);
    const c = checked(body, (f) => ({ permission: f.requiredString("permission", 64), workspaceId: f.requiredString("workspace_id", 64) }));
    ok(ctx, await checkPermission(db, principal(ctx), c.permission, c.workspaceId));
  });
}
