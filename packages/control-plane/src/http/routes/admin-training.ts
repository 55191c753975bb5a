// Operators manage training templates (issue 13): POST/PATCH /admin/training/templates, and
// list them with retired ones (GET). Admin-token answers are plain JSON like the other /admin routes.
import type { Router } from "@koa/router";
import type { Db } from "../../db/knex.js";
import { createTemplate, getTemplate, patchTemplate, readTemplate, templates } from "../../services/tasks/templates.js";
import { readJsonObject } from "../body.js";
import { pageParams, queryBool, singleValues } from "../query.js";

export function adminTrainingRoutes(router: Router, db: Db): void {
  router.get("/admin/training/templates", async (ctx) => {
    const q = singleValues(ctx.query);
    const { page, pageSize } = pageParams(q);
    const r = await templates(db, queryBool(q, "include_retired") ?? true, { page, limit: pageSize });
    ctx.body = { items: r.items, total_items: r.total, page, page_size: pageSize };
  });

  router.get("/admin/training/templates/:id", async (ctx) => {
    ctx.body = await getTemplate(db, ctx.params["id"]!);
  });

  router.post("/admin/training/templates", async (ctx) => {
    const body = await readJsonObject(ctx);
    const { retired: _ignored, ...fields } = readTemplate(body, false);
    ctx.status = 201;
    ctx.body = await createTemplate(db, fields);
  });

  router.patch("/admin/training/templates/:id", async (ctx) => {
    const body = await readJsonObject(ctx);
    ctx.body = await patchTemplate(db, ctx.params["id"]!, readTemplate(body, true));
  });
}
