// /users: platform admins only (others 403).
import type { Router } from "@koa/router";
import { invalid } from "../../../errors.js";
import { PASSWORD_MAX } from "../../../services/accounts.js";
import { createUserAsAdmin, deleteUserAsAdmin, getPlatformUser, listUsers, updateUserAsAdmin } from "../../../services/platform/users.js";
import { requirePlatformAdmin } from "../../../services/platform/authz.js";
import { readJsonObject } from "../../body.js";
import { checked, type Fields } from "../../fields.js";
import { pageOf, type PlatformDeps, principal } from "../../platform/context.js";
import { ok, okList } from "../../platform/envelope.js";

const idParam = (v: string): number => {
  if (!/^\d{1,15}$/.test(v)) throw invalid("id must be a user's numeric id");
  return Number(v);
};

/** An e-mail, or null to clear it. */
function nullableEmail(f: Fields): string | null | undefined {
  return f.read("email", () => {
    const v = f.src["email"];
    if (v === undefined || v === null) return v as undefined | null;
    if (typeof v !== "string" || v.length > 254) throw invalid("email must be a string of at most 254 characters, or null");
    return v;
  });
}

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
    const u = checked(body, (f) => ({
      username: f.requiredString("username", 64),
      password: f.requiredString("password", PASSWORD_MAX),
      email: f.optionalString("email", 254),
      platformAdmin: f.optionalBool("platform_admin"),
    }));
    ok(ctx, await createUserAsAdmin(db, { scryptLogN: config.passwordScryptLogN }, principal(ctx), u), 201);
  });

  router.get("/users/:id", async (ctx) => {
    ok(ctx, await getPlatformUser(db, principal(ctx), idParam(ctx.params["id"]!)));
  });

  const update = async (ctx: Parameters<Parameters<Router["put"]>[1]>[0]) => {
    requirePlatformAdmin(principal(ctx));
    const body = await readJsonObject(ctx);
    const patch = checked(body, (f) => ({ email: nullableEmail(f), disabled: f.optionalBool("disabled"), platformAdmin: f.optionalBool("platform_admin") }));
    ok(ctx, await updateUserAsAdmin(db, principal(ctx), idParam(ctx.params["id"]!), patch));
  };
  router.put("/users/:id", update);
  router.patch("/users/:id", update);

  router.delete("/users/:id", async (ctx) => {
    await deleteUserAsAdmin(db, principal(ctx), idParam(ctx.params["id"]!));
    ok(ctx, { deleted: true });
  });
}
