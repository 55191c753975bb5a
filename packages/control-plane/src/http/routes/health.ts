import type { Router } from "@koa/router";
import { pingDb, type Db } from "../../db/knex.js";

/** GET /healthz: 200 when this replica can reach its database, 503 otherwise. */
export function healthRoutes(router: Router, db: Db, sessions: () => number): void {
  router.get("/healthz", async (ctx) => {
    // A local database answers in milliseconds; a second means it is not there for us.
    const dbOk = await pingDb(db, 1000);
    ctx.status = dbOk ? 200 : 503;
    ctx.body = { status: dbOk ? "ok" : "degraded", database: dbOk ? "ok" : "unreachable", agent_sessions: sessions() };
  });
}
