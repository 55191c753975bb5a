// /hosts: the fleet for platform admins (others 403): list, one host with its GPU history,
// cordon, uncordon, revoke, and join tokens for new hosts.
import type { Router } from "@koa/router";
import { invalid } from "../../../errors.js";
import { fleetCordon, fleetHost, fleetHosts, fleetJoinToken, fleetRevoke } from "../../../services/platform/fleet.js";
import { readJsonObject } from "../../body.js";
import { checked } from "../../fields.js";
import { auditHint, pageOf, type PlatformDeps, principal } from "../../platform/context.js";
import { ok, okList } from "../../platform/envelope.js";

function oneValue(v: string | string[] | undefined, name: string): string | undefined {
  if (v !== undefined && typeof v !== "string") throw invalid(`${name} must be given once`);
  if (v !== undefined && v.length > 64) throw invalid(`${name} is at most 64 characters`);
  return v || undefined;
}

function dateValue(v: string | string[] | undefined, name: string): Date | undefined {
  const s = oneValue(v, name);
  if (s === undefined) return undefined;
  const d = new Date(s);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s) || Number.isNaN(d.getTime())) throw invalid(`${name} must be an ISO 8601 time`);
  return d;
}

export function platformHostRoutes(router: Router, deps: PlatformDeps): void {
  const { db, config } = deps;

  router.get("/hosts", async (ctx) => {
    const page = pageOf(ctx.query);
    const q = { ...page, roomName: oneValue(ctx.query["room_name"], "room_name"), status: oneValue(ctx.query["status"], "status") };
    okList(ctx, await fleetHosts(db, principal(ctx), q), page);
  });

  router.post("/hosts/join-tokens", async (ctx) => {
    const body = await readJsonObject(ctx);
    const input = checked(body, (f) => ({ roomName: f.requiredString("room_name", 64), ttlSeconds: f.optionalInt("ttl_seconds", 1, Number.MAX_SAFE_INTEGER) }));
    ok(ctx, await fleetJoinToken(db, config, principal(ctx), input), 201);
  });

  router.get("/hosts/:id", async (ctx) => {
    const window = { since: dateValue(ctx.query["since"], "since"), until: dateValue(ctx.query["until"], "until") };
    ok(ctx, await fleetHost(db, config, principal(ctx), ctx.params["id"]!, window));
  });

  for (const [op, cordoned] of [
    ["cordon", true],
    ["uncordon", false],
  ] as const) {
    router.post(`/hosts/:id/${op}`, async (ctx) => {
      await readJsonObject(ctx);
      auditHint(ctx, { target: `host:${ctx.params["id"]!.slice(0, 64)}` });
      ok(ctx, await fleetCordon(db, principal(ctx), ctx.params["id"]!, cordoned));
    });
  }

  router.post("/hosts/:id/revoke", async (ctx) => {
    await readJsonObject(ctx);
    auditHint(ctx, { target: `host:${ctx.params["id"]!.slice(0, 64)}` });
    ok(ctx, await fleetRevoke(db, principal(ctx), ctx.params["id"]!));
  });
}
