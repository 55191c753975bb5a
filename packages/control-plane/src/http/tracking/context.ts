// The tracking API (/api, the Runicorn routes; /api/v1 stays the platform API): its error shape
// {"detail": "..."}, its callers (a platform access token or a run token; /api/health is open),
// and its per-user budgets with X-RateLimit-* headers on every answer, errors and 429 included.
// (docs/decisions/0032-tracking.md)
import type { Context, Next } from "koa";
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import type { Db } from "../../db/knex.js";
import { AppError, ERROR_CODES, toAppError } from "../../errors.js";
import type { LiveFeed } from "../../services/components/live-feed.js";
import type { ReadCache } from "../../services/components/read-cache.js";
import type { JwtKeyring } from "../../services/platform/access-tokens.js";
import { type TrackingCaller, trackingCaller } from "../../services/tracking/api.js";
import type { AuthFailureLimiter } from "../middleware/auth-failures.js";
import { clientGroup } from "../middleware/client-address.js";
import { routerError } from "../middleware/errors.js";
import { rateLimited, setRateHeaders, type WindowLimiter, type WindowState } from "../middleware/window-limit.js";
import { auditHint } from "../platform/context.js";
import { PLATFORM_PATH } from "../platform/envelope.js";

export interface TrackingDeps {
  db: Db;
  config: Config;
  keys: JwtKeyring;
  cache: ReadCache;
  live: LiveFeed;
  log: Logger;
  authFailures: AuthFailureLimiter;
  limiter: WindowLimiter;
}

/** /api and below, but not the platform API's /api/v1. */
export const isTrackingPath = (path: string): boolean => /^\/api(\/|$)/.test(path) && !PLATFORM_PATH.test(path);

const OPEN = new Set(["/api/health"]);

export type RateClass = "standard" | "v2" | "batch" | "ingest";

/** Which budget a request draws from. */
export function rateClassOf(method: string, path: string): RateClass {
  if (path.startsWith("/api/v2/")) return "v2";
  if (method === "POST" && (path === "/api/runs/soft-delete" || path === "/api/runs/restore" || path === "/api/recycle-bin/empty")) return "batch";
  if (method === "POST" && /^\/api\/runs\/[^/]+\/(metrics|logs)$/.test(path)) return "ingest";
  return "standard";
}

export function trackingStatus(code: AppError["code"]): number {
  return ERROR_CODES[code].http;
}

/** Wraps every tracking request: authentication, the budget and its headers, errors as {"detail"}. */
export function trackingApi(deps: TrackingDeps) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!isTrackingPath(ctx.path)) return next();
    const cls = rateClassOf(ctx.method, ctx.path);
    const limit = deps.config.trackingRates[cls];
    let state: WindowState | undefined;
    const take = (key: string): void => {
      const s = deps.limiter.take(`${cls}:${key}`, limit);
      state = s;
      if (!s.ok) throw rateLimited(ctx, s);
    };
    try {
      const address = clientGroup(ctx);
      if (OPEN.has(ctx.path)) take(`addr:${address}`);
      else {
        let caller: TrackingCaller;
        try {
          deps.authFailures.check(ctx, address);
          caller = await trackingCaller(deps.db, deps.keys, ctx.get("authorization"));
        } catch (err) {
          if (err instanceof AppError && err.code === "UNAUTHORIZED") deps.authFailures.failed(address);
          // Refusals count against the address's budget (and carry its headers).
          if (state === undefined) take(`addr:${address}`);
          throw err;
        }
        take(`user:${caller.userId}`);
        ctx.state["tracking"] = caller;
        if (caller.kind === "user") ctx.state["principal"] = caller.principal;
        // Code inside a task: its changes are the run's, on behalf of the run's user.
        else auditHint(ctx, { actor: `run:${caller.runId}`, actorUserId: caller.userId, workspaceId: caller.workspaceId });
      }
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new AppError("NOT_FOUND", `no route for ${ctx.method} ${ctx.path}`);
    } catch (err) {
      const e = toAppError(routerError(err));
      if (e.code === "INTERNAL") deps.log.error({ err, requestId: ctx.state["requestId"], method: ctx.method, path: ctx.path }, "request failed");
      ctx.status = trackingStatus(e.code);
      ctx.body = { detail: e.message, ...(e.fields ? { fields: e.fields } : {}), ...(e.code === "INTERNAL" ? { request_id: ctx.state["requestId"] } : {}) };
      if (e.code === "DATABASE_UNAVAILABLE") ctx.set("Retry-After", "5");
      if (e.code === "RATE_LIMITED" && !ctx.response.get("Retry-After")) ctx.set("Retry-After", "1");
    } finally {
      // A request refused before any budget was drawn (e.g. by the failed-lookup limiter) shows
      // the address's budget unchanged.
      setRateHeaders(ctx, state ?? deps.limiter.peek(`${cls}:addr:${clientGroup(ctx)}`, limit));
    }
  };
}

export const caller = (ctx: Context): TrackingCaller => ctx.state["tracking"] as TrackingCaller;

/** Runicorn's answer to a change: {"ok": true, "data": …, "message": "…"}. */
export function done(ctx: Context, data: unknown, message: string): void {
  ctx.status = 200;
  ctx.body = { ok: true, data, message };
}

export function answer(ctx: Context, body: unknown): void {
  ctx.status = 200;
  ctx.body = body;
}
