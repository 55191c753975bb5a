import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Router } from "@koa/router";
import { pingDb, type Db } from "../../db/knex.js";

/**
 * GET /healthz: 200 when this replica can reach its database, 503 otherwise; with the session
 * count and how late the event loop has been running timers lately (p99 since the last call).
 */
export function healthRoutes(router: Router, db: Db, sessions: () => number): void {
  // 20 ms resolution is enough to see stalls that matter to agents (intervals are seconds).
  const delay = monitorEventLoopDelay({ resolution: 20 });
  delay.enable();
  router.get("/healthz", async (ctx) => {
    // A local database answers in milliseconds; a second means it is not there for us.
    const dbOk = await pingDb(db, 1000);
    const p99 = delay.count > 0 ? Math.round(delay.percentile(99) / 1e6) : 0;
    delay.reset();
    ctx.status = dbOk ? 200 : 503;
    ctx.body = { status: dbOk ? "ok" : "degraded", database: dbOk ? "ok" : "unreachable", agent_sessions: sessions(), event_loop_delay_p99_ms: p99 };
  });
}
