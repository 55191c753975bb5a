// /environments (the caller's instances), /billing (their wallet), /settings, /audit.
import type { Router } from "@koa/router";
import { AppError, invalid } from "../../../errors.js";
import { workspaceAudit } from "../../../services/platform/audit.js";
import { getEnvironment, listEnvironments, walletBalance, walletRecords } from "../../../services/platform/environments.js";
import { systemSettings, updateSystemSettings, validateSettingsPatch } from "../../../services/platform/settings.js";
import { storageOverview } from "../../../services/platform/artifacts.js";
import { readJsonObject } from "../../body.js";
import { oneQueryValue, pageOf, type PlatformDeps, principal } from "../../platform/context.js";
import { timeFormat } from "../../../domain/api-time.js";
import { deleteTokens, generateToken, listTokens } from "../../../services/accounts.js";
import { checked } from "../../fields.js";
import { ok, okList } from "../../platform/envelope.js";

export function platformAccountRoutes(router: Router, deps: PlatformDeps): void {
  const { db, cache, config } = deps;

  router.get("/environments", async (ctx) => {
    const page = pageOf(ctx.query);
    okList(ctx, await listEnvironments(db, principal(ctx), { ...page, status: oneQueryValue(ctx.query["status"], "status") }), page);
  });

  router.get("/environments/:gid", async (ctx) => {
    ok(ctx, await getEnvironment(db, principal(ctx), ctx.params["gid"]!));
  });

  router.get("/billing/balance", async (ctx) => {
    ok(ctx, await walletBalance(db, principal(ctx)));
  });

  router.get("/billing/records", async (ctx) => {
    const page = pageOf(ctx.query);
    okList(ctx, await walletRecords(db, principal(ctx), { ...page, gid: oneQueryValue(ctx.query["gid"], "gid") }), page);
  });

  // The caller's rental API tokens (the console's token page): the same service as /generate/token,
  // /all/tokens and /delete/token, with the session instead of the password.
  const fmt = timeFormat(config.apiTimeOffsetMinutes);
  router.get("/tokens", async (ctx) => {
    ok(ctx, (await listTokens(db, principal(ctx).user, fmt)).tokens);
  });

  router.post("/tokens", async (ctx) => {
    const { name } = checked(await readJsonObject(ctx), (f) => ({ name: f.requiredString("name", 64) }));
    ok(ctx, (await generateToken(db, principal(ctx).user, name, fmt)).token, 201);
  });

  router.delete("/tokens/:token", async (ctx) => {
    const token = ctx.params["token"]!;
    if (token.includes(",")) throw invalid("one token per call");
    await deleteTokens(db, principal(ctx).user, token);
    ok(ctx, { deleted: true });
  });

  router.get("/settings/system", async (ctx) => {
    ok(ctx, await systemSettings(db, cache));
  });

  router.put("/settings/system", async (ctx) => {
    const body = await readJsonObject(ctx);
    const v = body["version"];
    if (v !== undefined && (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0))
      throw new AppError("INVALID_ARGUMENT", "version must be the version you read", [{ field: "version", message: "version must be a non-negative integer" }]);
    ok(ctx, await updateSystemSettings(db, cache, principal(ctx), validateSettingsPatch(body), v as number | undefined));
  });

  router.get("/settings/storage", async (ctx) => {
    const { storage } = config;
    ok(ctx, await storageOverview(db, deps.store, storage, principal(ctx), oneQueryValue(ctx.query["workspace_id"], "workspace_id", 64)));
  });

  router.get("/audit", async (ctx) => {
    const page = pageOf(ctx.query);
    const ws = oneQueryValue(ctx.query["workspace_id"], "workspace_id");
    if (!ws) throw invalid("workspace_id is required");
    okList(ctx, await workspaceAudit(db, principal(ctx), ws, page), page);
  });
}
