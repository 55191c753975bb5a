import type { Router } from "@koa/router";
import type { Db } from "../../db/knex.js";
import { databaseAnswers } from "../../services/health.js";

// Anyone may call /healthz, so the database ping behind it is shared: at most one per second.
const PING_CACHE_MS = 1000;
// A local database answers in milliseconds; a second means it is not there for us.
const PING_TIMEOUT_MS = 1000;

/**
 * GET /healthz: 200 when this replica can reach its database, 503 otherwise; with the session
 * count and the event loop's recent p99 delay.
 */
export function healthRoutes(router: Router, db: Db, sessions: () => number, eventLoopDelayP99Ms: () => number): void {
  let last: { at: number; ok: Promise<boolean> } | undefined;
  router.get("/healthz", async (ctx) => {
    if (!last || Date.now() - last.at > PING_CACHE_MS) last = { at: Date.now(), ok: databaseAnswers(db, PING_TIMEOUT_MS) };
    const dbOk = await last.ok;
    ctx.status = dbOk ? 200 : 503;
    ctx.body = {
      status: dbOk ? "ok" : "degraded",
      database: dbOk ? "ok" : "unreachable",
      agent_sessions: sessions(),
      event_loop_delay_p99_ms: eventLoopDelayP99Ms(),
    };
  });
}
