// /users: platform admins only (others 403).
import type { Router } from "@koa/router";
import { invalid } from "../../../errors.js";
import { createUserAsAdmin, deleteUserAsAdmin, getPlatformUser, listUsers, updateUserAsAdmin } from "../../../services/platform/users.js";
import { requirePlatformAdmin } from "../../../services/platform/authz.js";
import { readJsonObject } from "../../body.js";
import { newUserOf, userPatchOf } from "../../platform/user-patch.js";
import { pageOf, type PlatformDeps, principal } from "../../platform/context.js";
import { ok, okList } from "../../platform/envelope.js";
import { createdOnce } from "../../platform/once.js";

const idParam = (v: string): number => {
  if (!/^\d{1,15}$/.test(v)) throw invalid("id must be a user's numeric id");
  return Number(v);
};

export function platformUserRoutes(router: Router, deps: PlatformDeps): void {
  const { db, config } = deps;

  router.get("/users", async (ctx) => {
    const page = pageOf(ctx.query);
    const search = ctx.query["search"];
    if (search !== undefined && (typeof search !== "string" || search.length > 64)) throw invalid("search must be given once, at most 64 characters");
    okList(ctx, await listUsers(db, principal(ctx), search || undefined, page), page);
  });

  router.post("/users", async (ctx) => {
    requirePlatformAdmin(principal(ctx));
    const body = await readJsonObject(ctx);
    const u = newUserOf(body);
    await createdOnce(ctx, db, body, () => createUserAsAdmin(db, { scryptLogN: config.passwordScryptLogN }, principal(ctx), u));
  });

  router.get("/users/:id", async (ctx) => {
    ok(ctx, await getPlatformUser(db, principal(ctx), idParam(ctx.params["id"]!)));
  });

  const update = async (ctx: Parameters<Parameters<Router["put"]>[1]>[0]) => {
    requirePlatformAdmin(principal(ctx));
    const body = await readJsonObject(ctx);
    ok(ctx, await updateUserAsAdmin(db, principal(ctx), idParam(ctx.params["id"]!), userPatchOf(body)));
  };
  router.put("/users/:id", update);
  router.patch("/users/:id", update);

  router.delete("/users/:id", async (ctx) => {
    await deleteUserAsAdmin(db, principal(ctx), idParam(ctx.params["id"]!));
    ok(ctx, { deleted: true });
  });
}
