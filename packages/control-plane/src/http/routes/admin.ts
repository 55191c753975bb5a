// Operator endpoints under /admin (Bearer admin token).
import type { Router } from "@koa/router";
import type { Config } from "../../config.js";
import type { Db } from "../../db/knex.js";
import { POLICY_FIELDS, policyValueProblem, type PolicyField } from "../../domain/capacity.js";
import { bucketStart } from "../../domain/history.js";
import { invalid } from "../../errors.js";
import { abandonHost } from "../../services/host-abandon.js";
import { createJoinToken } from "../../services/join-tokens.js";
import { cordonHost, getHost, listHosts, removeHost, revokeHost, telemetryHistory } from "../../services/hosts.js";
import { hostCapacity, setHostCapacity } from "../../services/placement.js";
import { readJsonObject } from "../body.js";
import { checked } from "../fields.js";
import { optionalDate, optionalString } from "../params.js";
import { pageParams, queryBool, singleValues } from "../query.js";

/** A capacity rule from a PATCH body: a number (or numeric string) in range, or null for the default. */
function policyValue(field: PolicyField, v: unknown): number | null {
  if (v === null) return null;
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  const problem = policyValueProblem(field, n);
  if (problem) throw invalid(`${problem} (or null for the default)`);
  return n as number;
}

export function adminRoutes(router: Router, db: Db, config: Config): void {
  router.post("/admin/join-tokens", async (ctx) => {
    const body = await readJsonObject(ctx);
    const t = await createJoinToken(
      db,
      config,
      checked(body, (f) => ({
        roomName: f.requiredString("room_name", 64),
        // Any integer passes here; the service says which lifetimes are allowed.
        ttlSeconds: f.optionalInt("ttl_seconds", 1, Number.MAX_SAFE_INTEGER),
      })),
    );
    ctx.status = 201;
    ctx.body = { token: t.token, expires_at: t.expiresAt.toISOString(), room_name: t.roomName };
  });

  router.get("/admin/hosts", async (ctx) => {
    const q = singleValues(ctx.query);
    ctx.body = await listHosts(db, {
      ...pageParams(q),
      roomName: optionalString(q, "room_name", 64),
      status: optionalString(q, "status", 16),
      revoked: queryBool(q, "revoked"),
      removed: queryBool(q, "removed"),
    });
  });

  router.get("/admin/hosts/:host_id", async (ctx) => {
    ctx.body = await getHost(db, ctx.params["host_id"]!);
  });

  // What the host can still take, and the operator's rules for it (issue 9 §2).
  router.get("/admin/hosts/:host_id/capacity", async (ctx) => {
    ctx.body = await hostCapacity(db, config, ctx.params["host_id"]!);
  });

  router.patch("/admin/hosts/:host_id/capacity", async (ctx) => {
    const body = await readJsonObject(ctx);
    const patch = checked(body, (f) => {
      const out: Partial<Record<PolicyField, number | null>> = {};
      for (const [k, v] of Object.entries(body)) {
        if (!(k in POLICY_FIELDS)) {
          f.read(k.slice(0, 64), () => {
            throw invalid(`${k.slice(0, 64)} is not a capacity rule; one of ${Object.keys(POLICY_FIELDS).join(", ")}`);
          });
          continue;
        }
        out[k as PolicyField] = f.read(k, () => policyValue(k as PolicyField, v));
      }
      return out;
    });
    ctx.body = await setHostCapacity(db, config, ctx.params["host_id"]!, patch);
  });

  router.get("/admin/hosts/:host_id/telemetry/history", async (ctx) => {
    const q = singleValues(ctx.query);
    const until = optionalDate(q, "until") ?? new Date();
    // Default window: the last hour (12 buckets at the default 5-minute resolution).
    const since = optionalDate(q, "since") ?? new Date(until.getTime() - 3600_000);
    const h = await telemetryHistory(db, ctx.params["host_id"]!, since, until);
    const resolutionMs = config.historyResolutionS * 1000;
    ctx.body = {
      host_id: ctx.params["host_id"],
      since: since.toISOString(),
      until: until.toISOString(),
      resolution_s: config.historyResolutionS,
      // A bucket is written when it closes: until then (the first minutes of a new host) the
      // lists are empty, and this says when the bucket being filled now appears.
      open_bucket_closes_at: new Date(bucketStart(Date.now(), resolutionMs) + resolutionMs).toISOString(),
      host: h.host,
      gpus: h.gpus,
    };
  });

  router.post("/admin/hosts/:host_id/revoke", async (ctx) => {
    await readJsonObject(ctx); // no fields, but a malformed body is still refused
    ctx.body = await revokeHost(db, ctx.params["host_id"]!);
  });

  // No new placements on the host (cordon), or again (uncordon); both answer with the host.
  router.post("/admin/hosts/:host_id/cordon", async (ctx) => {
    await readJsonObject(ctx); // no fields, but a malformed body is still refused
    ctx.body = await cordonHost(db, ctx.params["host_id"]!, true);
  });

  router.post("/admin/hosts/:host_id/uncordon", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = await cordonHost(db, ctx.params["host_id"]!, false);
  });

  // A revoked host with no live instance leaves the default lists (kept, with its history).
  router.post("/admin/hosts/:host_id/remove", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = await removeHost(db, ctx.params["host_id"]!);
  });

  // A host that does not come back: its instances end in Error, their commands fail (409 while it is online).
  router.post("/admin/hosts/:host_id/abandon", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = await abandonHost(db, ctx.params["host_id"]!);
  });
}
