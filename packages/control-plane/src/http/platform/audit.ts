// Writes the audit line of every successful mutation of /api/v1, /v1 and /admin: who (the user,
// or the operator's admin token), what (method and route), the target (route ids), the
// workspace, the address, the status. Never a body: no secret can land in it.
import type { Context, Next } from "koa";
import type { Logger } from "pino";
import type { Db } from "../../db/knex.js";
import { recordAudit } from "../../services/platform/audit.js";
import { clientAddressOfRequest } from "../middleware/client-address.js";
import type { AuditHints } from "./context.js";
import type { Principal } from "../../services/platform/sessions.js";

// /api covers the platform API (/api/v1) and the tracking API (docs/decisions/0032-tracking.md).
const AUDITED = /^\/(api|v1|admin)(\/|$)/;
const MUTATIONS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function auditTrail(db: Db, log: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    await next();
    // A handler that answered on the raw response itself (tus uploads) set its status there.
    const status = ctx.respond === false ? ctx.res.statusCode : ctx.status;
    if (!MUTATIONS.has(ctx.method) || !AUDITED.test(ctx.path) || status >= 400) return;
    // Data, not a change (metric and log batches of the tracking API): not one line per batch.
    if (ctx.state["noAudit"]) return;
    // An Idempotency-Key replay changed nothing: the first request has its line.
    if (ctx.response.get("Idempotent-Replayed")) return;
    const p = ctx.state["principal"] as Principal | undefined;
    const hints = (ctx.state["audit"] as AuditHints | undefined) ?? {};
    const route = (ctx as Context & { _matchedRoute?: string })._matchedRoute ?? ctx.path;
    const params = (ctx as Context & { params?: Record<string, string> }).params ?? {};
    try {
      await recordAudit(db, {
        actor: hints.actor ?? (p ? `user:${p.user.username}` : ctx.path.startsWith("/admin") ? "operator" : "anonymous"),
        actor_user_id: hints.actorUserId ?? p?.user.user_id ?? null,
        action: `${ctx.method} ${route}`.slice(0, 256),
        target:
          hints.target ??
          Object.entries(params)
            .map(([k, v]) => `${k}=${String(v).slice(0, 128)}`)
            .join(" "),
        workspace_id: hints.workspaceId ?? null,
        address: clientAddressOfRequest(ctx).slice(0, 64),
        status,
        request_id: String(ctx.state["requestId"] ?? ""),
      });
    } catch (err) {
      // The change is made; losing its audit line is logged loudly rather than failing the answer.
      log.error({ err, path: ctx.path }, "could not write the audit line");
    }
  };
}
