// Operator endpoints of the platform: the JWT signing keys and the audit log of everything.
import type { Router } from "@koa/router";
import type { Db } from "../../db/knex.js";
import { invalid } from "../../errors.js";
import type { JwtKeyring } from "../../services/platform/access-tokens.js";
import { operatorAudit } from "../../services/platform/audit.js";
import { UUID_PATTERN } from "../../services/platform/authz.js";
import { readJsonObject } from "../body.js";
import { optionalInt, optionalString } from "../params.js";
import { pageParams, singleValues } from "../query.js";

export function adminPlatformRoutes(router: Router, db: Db, keys: JwtKeyring): void {
  // A new signing key for access tokens; tokens signed with the old ones stay valid until they expire.
  router.post("/admin/platform/jwt-keys/rotate", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = { kid: await keys.rotate() };
  });

  router.get("/admin/audit", async (ctx) => {
    const q = singleValues(ctx.query);
    const { page, pageSize } = pageParams(q);
    const workspaceId = optionalString(q, "workspace_id", 64);
    if (workspaceId !== undefined && !UUID_PATTERN.test(workspaceId)) throw invalid("workspace_id must be a workspace id");
    const r = await operatorAudit(
      db,
      { workspaceId, actorUserId: optionalInt(q, "user_id", 1, Number.MAX_SAFE_INTEGER) },
      { limit: pageSize, offset: (page - 1) * pageSize },
    );
    ctx.body = { items: r.items, total_items: r.total, page, page_size: pageSize };
  });
}
