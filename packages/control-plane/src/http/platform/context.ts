// What the platform routes share: the services' dependencies, the caller, paging, auditing hints.
import type { LiveFeed } from "../../services/components/live-feed.js";
import type { Context, Next } from "koa";
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import type { BlobStore } from "../../services/storage/blob-store.js";
import type { Db } from "../../db/knex.js";
import { AppError, invalid } from "../../errors.js";
import type { AuthFailureLimiter } from "../middleware/auth-failures.js";
import { clientGroup } from "../middleware/client-address.js";
import type { ReadCache } from "../../services/components/read-cache.js";
import type { JwtKeyring } from "../../services/platform/access-tokens.js";
import { type Principal, principalOf } from "../../services/platform/sessions.js";
import type { RateLimiter } from "../middleware/rate-limit.js";
import { PLATFORM_PATH } from "./envelope.js";

export interface PlatformDeps {
  db: Db;
  config: Config;
  keys: JwtKeyring;
  cache: ReadCache;
  /** Password endpoints: per client address (shared with the rental API's token endpoints)… */
  authLimiter: RateLimiter;
  /** …and per username. */
  userLimiter: RateLimiter;
  /** Failed access-token checks per client address (shared with the rental API's tokens). */
  authFailures: AuthFailureLimiter;
  /** Every authenticated request, per user. */
  apiLimiter: RateLimiter;
  /** Dataset and model files. */
  store: BlobStore;
  /** For work that outlives its request (a quality check). */
  log: Logger;
  /** Live updates across replicas (followed task logs). */
  live: LiveFeed;
}

/** Paths reachable without an access token (below the prefix). */
const OPEN = new Set(["/auth/token", "/auth/login", "/auth/refresh", "/auth/register"]);

/** Every /api/v1 and /v1 path but the open ones needs a live access token, unknown paths included. */
export function platformAuth(deps: PlatformDeps) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const m = PLATFORM_PATH.exec(ctx.path);
    if (!m) return next();
    const below = ctx.path.slice(m[1]!.length + 1);
    if (OPEN.has(below)) return next();
    const address = clientGroup(ctx);
    deps.authFailures.check(ctx, address);
    let p: Principal;
    try {
      p = await principalOf(deps.db, deps.keys, ctx.get("authorization"));
    } catch (err) {
      if (err instanceof AppError && err.code === "UNAUTHORIZED") deps.authFailures.failed(address);
      throw err;
    }
    deps.apiLimiter.take(ctx, `user:${p.user.user_id}`);
    ctx.state["principal"] = p;
    await next();
  };
}

export const principal = (ctx: Context): Principal => ctx.state["principal"] as Principal;

/** Hints for the audit line of this request (http/platform/audit.ts). */
export interface AuditHints {
  actor?: string;
  actorUserId?: number;
  workspaceId?: string;
  target?: string;
}

export function auditHint(ctx: Context, hints: AuditHints): void {
  ctx.state["audit"] = { ...(ctx.state["audit"] as AuditHints | undefined), ...hints };
}

/** A query parameter given at most once (empty: absent). */
export function oneQueryValue(v: string | string[] | undefined, name: string, maxLength = 256): string | undefined {
  if (v !== undefined && typeof v !== "string") throw invalid(`${name} must be given once`);
  if (v !== undefined && v.length > maxLength) throw invalid(`${name} must be at most ${maxLength} characters`);
  return v || undefined;
}

export const MAX_LIMIT = 100;

/** ?page=1&limit=20: page from 1, limit capped at 100. */
export function pageOf(q: Record<string, string | string[] | undefined>): { page: number; limit: number; offset: number } {
  const int = (name: string, def: number): number => {
    const v = q[name];
    if (v === undefined || v === "") return def;
    if (typeof v !== "string" || !/^\d{1,9}$/.test(v) || Number(v) < 1) throw invalid(`${name} must be a positive integer`);
    return Number(v);
  };
  const page = int("page", 1);
  const limit = Math.min(int("limit", 20), MAX_LIMIT);
  if (page > 1_000_000) throw invalid("page must be at most 1000000");
  return { page, limit, offset: (page - 1) * limit };
}
