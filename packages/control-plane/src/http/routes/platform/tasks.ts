// /tasks, /training and /metrics, as the AI Platform document lists them (issue 13).
import { PassThrough } from "node:stream";
import type { Router } from "@koa/router";
import { invalid } from "../../../errors.js";
import { isTaskStatus } from "../../../domain/tasks.js";
import { lossCurve, MAX_LOG_PAGE, taskGpuMetrics, taskLogPage, taskLogs, trainingModels } from "../../../services/tasks/readings.js";
import { cancelTask, deleteTask, getTask, listTaskViews, submitTraining, taskForReading, updateTaskFields } from "../../../services/tasks/tasks.js";
import { templates } from "../../../services/tasks/templates.js";
import { readJsonObject } from "../../body.js";
import { checked } from "../../fields.js";
import { auditHint, oneQueryValue, pageOf, type PlatformDeps, principal } from "../../platform/context.js";
import { ok, okList } from "../../platform/envelope.js";
import { createdOnce } from "../../platform/once.js";

const KINDS = ["training", "custom"] as const;

function uuidList(body: Record<string, unknown>, field: string): string[] | undefined {
  const v = body[field];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length > 8 || !v.every((x) => typeof x === "string" && x.length <= 64))
    throw invalid(`${field} must be a list of at most 8 version ids`);
  return v as string[];
}

function nonNegative(q: Record<string, string | string[] | undefined>, name: string, def: number, max: number): number {
  const v = oneQueryValue(q[name], name, 12);
  if (v === undefined) return def;
  if (!/^\d{1,12}$/.test(v) || Number(v) > max) throw invalid(`${name} must be an integer from 0 to ${max}`);
  return Number(v);
}

/** How long a followed log waits between looks at the database when no notification comes. */
const FOLLOW_POLL_MS = 1000;
/** A followed log ends after this long even if the task still runs (the client follows again). */
const FOLLOW_MAX_MS = 10 * 60_000;

export function platformTaskRoutes(router: Router, deps: PlatformDeps): void {
  const { db } = deps;

  const listQuery = (q: Record<string, string | string[] | undefined>) => {
    const status = oneQueryValue(q["status"], "status", 32);
    if (status !== undefined && !isTaskStatus(status))
      throw invalid("status must be one of queued, scheduled, pulling, running, succeeded, failed, cancelled, timed_out");
    const kind = oneQueryValue(q["kind"], "kind", 32);
    if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) throw invalid("kind must be training or custom");
    return {
      status,
      kind: kind as (typeof KINDS)[number] | undefined,
      projectId: oneQueryValue(q["project_id"] ?? q["project"], "project_id", 64),
      workspaceId: oneQueryValue(q["workspace_id"], "workspace_id", 64),
    };
  };

  router.get("/tasks", async (ctx) => {
    const page = pageOf(ctx.query);
    okList(ctx, await listTaskViews(db, principal(ctx), listQuery(ctx.query), page), page);
  });

  router.get("/tasks/:id", async (ctx) => {
    ok(ctx, await getTask(db, principal(ctx), ctx.params["id"]!));
  });

  router.put("/tasks/:id", async (ctx) => {
    const body = await readJsonObject(ctx);
    const patch = checked(body, (f) => ({
      name: f.optionalString("name", 128),
      description: f.optionalString("description", 4096),
      priority: f.optionalInt("priority", -100, 100),
    }));
    if (patch.name === "") throw invalid("name must not be empty");
    const t = await updateTaskFields(db, principal(ctx), ctx.params["id"]!, patch);
    auditHint(ctx, { workspaceId: t.workspace_id, target: `task=${t.id}` });
    ok(ctx, t);
  });

  router.delete("/tasks/:id", async (ctx) => {
    const { workspace_id } = await deleteTask(db, principal(ctx), ctx.params["id"]!);
    auditHint(ctx, { workspaceId: workspace_id, target: `task=${ctx.params["id"]}` });
    ok(ctx, { deleted: true });
  });

  router.post("/tasks/:id/cancel", async (ctx) => {
    const t = await cancelTask(db, principal(ctx), ctx.params["id"]!);
    auditHint(ctx, { workspaceId: t.workspace_id, target: `task=${t.id}` });
    ok(ctx, t);
  });

  router.get("/tasks/:id/logs", async (ctx) => {
    const offset = nonNegative(ctx.query, "offset", 0, Number.MAX_SAFE_INTEGER);
    const limit = Math.max(1, nonNegative(ctx.query, "limit", 1000, MAX_LOG_PAGE));
    const follow = oneQueryValue(ctx.query["follow"], "follow", 5);
    if (follow !== undefined && follow !== "1" && follow !== "0" && follow !== "true" && follow !== "false") throw invalid("follow must be 1 or 0");
    if (follow !== "1" && follow !== "true") {
      ok(ctx, await taskLogs(db, principal(ctx), ctx.params["id"]!, offset, limit));
      return;
    }
    // A stream of JSON lines, one per log line, until the task has ended and its last line is out.
    const task = await taskForReading(db, principal(ctx), ctx.params["id"]!);
    const out = new PassThrough();
    ctx.status = 200;
    ctx.type = "application/x-ndjson";
    ctx.set("Cache-Control", "no-store");
    ctx.body = out;
    let next = offset;
    let closed = false;
    let wakeUp: (() => void) | undefined;
    const unsubscribe = [
      deps.live.subscribe(`task:${task.task_id}`, () => wakeUp?.()),
      ...(task.run_id ? [deps.live.subscribe(`run:${task.run_id}:logs`, () => wakeUp?.())] : []),
    ];
    const end = () => {
      closed = true;
      for (const u of unsubscribe) u();
      wakeUp?.();
    };
    ctx.req.on("close", end);
    const started = Date.now();
    void (async () => {
      try {
        while (!closed && Date.now() - started < FOLLOW_MAX_MS) {
          const page = await taskLogPage(db, await taskForReading(db, principal(ctx), task.task_id), next, 1000);
          for (const l of page.lines) if (!out.write(`${JSON.stringify(l)}\n`)) await new Promise((r) => out.once("drain", r));
          next = page.next_offset;
          if (page.complete) break;
          if (page.lines.length === 0)
            await new Promise<void>((r) => {
              wakeUp = r;
              setTimeout(r, FOLLOW_POLL_MS);
            });
        }
      } catch {
        // the task was deleted meanwhile, or the database went away: the stream just ends
      } finally {
        end();
        out.end();
      }
    })();
  });

  router.get("/training/models", async (ctx) => {
    const page = pageOf(ctx.query);
    okList(ctx, await trainingModels(db, principal(ctx), oneQueryValue(ctx.query["workspace_id"], "workspace_id", 64), page), page);
  });

  router.get("/training/templates", async (ctx) => {
    const page = pageOf(ctx.query);
    okList(ctx, await templates(db, false, page), page);
  });

  router.post("/training/submit", async (ctx) => {
    const body = await readJsonObject(ctx);
    const input = checked(body, (f) => ({
      projectId: f.requiredString("project_id", 64),
      templateId: f.requiredString("template_id", 64),
      name: f.optionalString("name", 128),
      description: f.optionalString("description", 4096),
      gpuType: f.requiredString("gpu_type", 64),
      gpuCount: f.optionalInt("gpu_count", 1, 64),
      maxDurationS: f.optionalInt("max_duration_s", 1, 30 * 86_400),
      priority: f.optionalInt("priority", -100, 100),
      modelVersionId: f.optionalString("model_version_id", 64),
      datasetVersionIds: f.read("dataset_version_ids", () => uuidList(body, "dataset_version_ids")),
      hyperparameters: f.read("hyperparameters", () => {
        const h = body["hyperparameters"] ?? {};
        if (typeof h !== "object" || h === null || Array.isArray(h)) throw invalid("hyperparameters must be an object");
        if (Object.keys(h).length > 64) throw invalid("hyperparameters must have at most 64 entries");
        return h as Record<string, unknown>;
      }),
    }));
    if (input.name === "") throw invalid("name must not be empty");
    await createdOnce(ctx, db, body, async () => {
      const t = await submitTraining(db, principal(ctx), input);
      auditHint(ctx, { workspaceId: t.workspace_id, target: `task=${t.id}` });
      return t;
    });
  });

  router.get("/training/jobs", async (ctx) => {
    const page = pageOf(ctx.query);
    okList(ctx, await listTaskViews(db, principal(ctx), { ...listQuery(ctx.query), kind: "training" }, page), page);
  });

  router.get("/training/jobs/:id", async (ctx) => {
    ok(ctx, await getTask(db, principal(ctx), ctx.params["id"]!, "training"));
  });

  router.get("/metrics/loss", async (ctx) => {
    const taskId = oneQueryValue(ctx.query["task_id"], "task_id", 64);
    if (!taskId) throw invalid("task_id is required");
    const metric = oneQueryValue(ctx.query["metric"], "metric", 128) ?? "loss";
    ok(ctx, await lossCurve(db, principal(ctx), taskId, metric));
  });

  router.get("/metrics/gpu", async (ctx) => {
    const taskId = oneQueryValue(ctx.query["task_id"], "task_id", 64);
    if (!taskId) throw invalid("task_id is required");
    ok(ctx, await taskGpuMetrics(db, principal(ctx), taskId));
  });
}
