// /projects, as the AI Platform document lists them.
import type { Router } from "@koa/router";
import { invalid } from "../../../errors.js";
import { createProject, deleteProject, getProject, listProjects, projectStats, updateProject } from "../../../services/platform/projects.js";
import { readJsonObject } from "../../body.js";
import { checked } from "../../fields.js";
import { auditHint, pageOf, type PlatformDeps, principal } from "../../platform/context.js";
import { ok, okList } from "../../platform/envelope.js";
import { createdOnce } from "../../platform/once.js";

export function platformProjectRoutes(router: Router, deps: PlatformDeps): void {
  const { db, cache } = deps;

  router.get("/projects", async (ctx) => {
    const page = pageOf(ctx.query);
    const ws = ctx.query["workspace_id"];
    if (ws !== undefined && typeof ws !== "string") throw invalid("workspace_id must be given once");
    okList(ctx, await listProjects(db, cache, principal(ctx), ws || undefined, page), page);
  });

  // Before /projects/:id, so that "stats" is not taken for an id.
  router.get("/projects/stats", async (ctx) => {
    ok(ctx, await projectStats(db, principal(ctx)));
  });

  router.post("/projects", async (ctx) => {
    const body = await readJsonObject(ctx);
    const p = checked(body, (f) => ({
      name: f.requiredString("name", 128),
      description: f.optionalString("description", 4096) ?? "",
      workspaceId: f.optionalString("workspace_id", 64),
    }));
    await createdOnce(ctx, db, body, async () => {
      const created = await createProject(db, cache, principal(ctx), p);
      auditHint(ctx, { workspaceId: created.workspace_id, target: `project=${created.id}` });
      return created;
    });
  });

  router.get("/projects/:id", async (ctx) => {
    ok(ctx, await getProject(db, principal(ctx), ctx.params["id"]!));
  });

  router.put("/projects/:id", async (ctx) => {
    const body = await readJsonObject(ctx);
    const patch = checked(body, (f) => ({
      name: f.optionalString("name", 128),
      description: f.optionalString("description", 4096),
      status: f.read("status", (): "active" | "archived" | undefined => {
        const v = body["status"];
        if (v === undefined) return undefined;
        if (v !== "active" && v !== "archived") throw invalid('status must be "active" or "archived"');
        return v;
      }),
    }));
    if (patch.name === "") throw invalid("name must not be empty");
    const updated = await updateProject(db, cache, principal(ctx), ctx.params["id"]!, patch);
    auditHint(ctx, { workspaceId: updated.workspace_id });
    ok(ctx, updated);
  });

  router.delete("/projects/:id", async (ctx) => {
    const { workspaceId } = await deleteProject(db, cache, principal(ctx), ctx.params["id"]!);
    auditHint(ctx, { workspaceId });
    ok(ctx, { deleted: true });
  });
}
