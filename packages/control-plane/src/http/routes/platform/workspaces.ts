// /workspaces and their members.
import type { Router } from "@koa/router";
import { invalid } from "../../../errors.js";
import {
  changeWorkspace,
  createWorkspace,
  deleteWorkspace,
  getWorkspace,
  listMembers,
  listWorkspaces,
  removeMemberOf,
  setMember,
} from "../../../services/platform/workspaces.js";
import { readJsonObject } from "../../body.js";
import { checked } from "../../fields.js";
import { auditHint, pageOf, type PlatformDeps, principal } from "../../platform/context.js";
import { ok, okList } from "../../platform/envelope.js";
import { createdOnce } from "../../platform/once.js";

const userIdParam = (v: string): number => {
  if (!/^\d{1,15}$/.test(v)) throw invalid("user_id must be a user's numeric id");
  return Number(v);
};

export function platformWorkspaceRoutes(router: Router, deps: PlatformDeps): void {
  const { db } = deps;

  router.get("/workspaces", async (ctx) => {
    const items = await listWorkspaces(db, principal(ctx));
    okList(ctx, { items, total: items.length }, { page: 1, limit: items.length });
  });

  router.post("/workspaces", async (ctx) => {
    const body = await readJsonObject(ctx);
    const w = checked(body, (f) => ({ name: f.requiredString("name", 128), description: f.optionalString("description", 1024) ?? "" }));
    await createdOnce(ctx, db, body, async () => {
      const created = await createWorkspace(db, principal(ctx), w);
      auditHint(ctx, { workspaceId: created.id, target: `workspace=${created.id}` });
      return created;
    });
  });

  router.get("/workspaces/:id", async (ctx) => {
    ok(ctx, await getWorkspace(db, principal(ctx), ctx.params["id"]!));
  });

  const update = async (ctx: Parameters<Parameters<Router["put"]>[1]>[0]) => {
    const body = await readJsonObject(ctx);
    const patch = checked(body, (f) => ({
      name: f.optionalString("name", 128),
      description: f.optionalString("description", 1024),
      gpuQuota: f.optionalLimit("gpu_quota", 100_000),
      storageQuotaBytes: f.optionalLimit("storage_quota_bytes", Number.MAX_SAFE_INTEGER),
      queueShare: f.read("queue_share", () => {
        const v = body["queue_share"];
        if (v === undefined) return undefined;
        if (typeof v !== "number" || !Number.isFinite(v) || v <= 0 || v > 1000) throw invalid("queue_share must be a number above 0 and at most 1000");
        return v;
      }),
    }));
    if (patch.name === "") throw invalid("name must not be empty");
    const w = await changeWorkspace(db, principal(ctx), ctx.params["id"]!, patch);
    auditHint(ctx, { workspaceId: w.id });
    ok(ctx, w);
  };
  router.put("/workspaces/:id", update);
  router.patch("/workspaces/:id", update);

  router.delete("/workspaces/:id", async (ctx) => {
    await deleteWorkspace(db, principal(ctx), ctx.params["id"]!);
    auditHint(ctx, { workspaceId: ctx.params["id"]! });
    ok(ctx, { deleted: true });
  });

  router.get("/workspaces/:id/members", async (ctx) => {
    const page = pageOf(ctx.query);
    okList(ctx, await listMembers(db, principal(ctx), ctx.params["id"]!, page), page);
  });

  router.post("/workspaces/:id/members", async (ctx) => {
    const body = await readJsonObject(ctx);
    const m = checked(body, (f) => ({ username: f.requiredString("username", 64), role: f.requiredString("role", 32) }));
    await createdOnce(ctx, db, body, async () => {
      const member = await setMember(db, principal(ctx), ctx.params["id"]!, { username: m.username }, m.role, false);
      auditHint(ctx, { workspaceId: ctx.params["id"]!, target: `workspace=${ctx.params["id"]} user=${member.user_id} role=${member.role}` });
      return member;
    });
  });

  const changeRole = async (ctx: Parameters<Parameters<Router["put"]>[1]>[0]) => {
    const body = await readJsonObject(ctx);
    const { role } = checked(body, (f) => ({ role: f.requiredString("role", 32) }));
    const member = await setMember(db, principal(ctx), ctx.params["id"]!, { userId: userIdParam(ctx.params["user_id"]!) }, role, true);
    auditHint(ctx, { workspaceId: ctx.params["id"]!, target: `workspace=${ctx.params["id"]} user=${member.user_id} role=${member.role}` });
    ok(ctx, member);
  };
  router.put("/workspaces/:id/members/:user_id", changeRole);
  router.patch("/workspaces/:id/members/:user_id", changeRole);

  router.delete("/workspaces/:id/members/:user_id", async (ctx) => {
    await removeMemberOf(db, principal(ctx), ctx.params["id"]!, userIdParam(ctx.params["user_id"]!));
    auditHint(ctx, { workspaceId: ctx.params["id"]! });
    ok(ctx, { removed: true });
  });
}
