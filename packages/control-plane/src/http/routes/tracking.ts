// The tracking API's routes (Runicorn's, under /api): runs, their metrics and logs, the recycle
// bin, v2 queries, artifacts and lineage, configuration. Thin: read and check the request, call
// services/tracking, answer. Reads answer the object itself (GET /api/runs is a JSON array, as
// Runicorn's clients expect); changes answer {"ok": true, "data", "message"}.
import type { Router } from "@koa/router";
import type { Context } from "koa";
import { readJsonObject } from "../body.js";
import { RUN_ID_PATTERN } from "../../domain/tracking.js";
import { AppError, invalid } from "../../errors.js";
import {
  createTrackedRun,
  emptyRecycleBin,
  fastMetrics,
  finishTrackedRun,
  listTrackedRuns,
  metricsStep,
  pageTrackedRuns,
  runFor,
  runLogPage,
  runView,
  setDeleted,
  setStorageRoot,
  trackingConfig,
} from "../../services/tracking/api.js";
import {
  type ArtifactType,
  DEFAULT_LINEAGE_DEPTH,
  lineage,
  listTrackedArtifacts,
  MAX_LINEAGE_DEPTH,
  trackedVersion,
  trackedVersions,
} from "../../services/tracking/artifacts.js";
import { appendRunLogsAtEnd, appendRunMetricsAtEnd, MAX_LOG_LINE_LENGTH, MAX_RUN_NAME_LENGTH } from "../../services/tracking/runs.js";
import { isStorableText } from "../../domain/text.js";
import { MAX_METRIC_NAME_LENGTH } from "../../domain/tracking.js";
import { auditHint, oneQueryValue } from "../platform/context.js";
import { answer, caller, done, type TrackingDeps } from "../tracking/context.js";

/** Rows or lines in one POST: 10,000 (a body is at most 1 MiB anyway). */
export const MAX_BATCH = 10_000;
/** Ids in one soft-delete, restore or purge. */
export const MAX_IDS = 1000;
/** A run's config (hyper-parameters), as JSON text. */
export const MAX_CONFIG_BYTES = 64 * 1024;

const STATUSES = ["running", "finished", "failed", "interrupted"] as const;
type Status = (typeof STATUSES)[number];

function query(ctx: Context, name: string, maxLength = 256): string | undefined {
  return oneQueryValue(ctx.query[name], name, maxLength);
}

function intQuery(ctx: Context, name: string, def: number, min: number, max: number): number {
  const v = query(ctx, name, 16);
  if (v === undefined) return def;
  if (!/^\d{1,9}$/.test(v) || Number(v) < min || Number(v) > max) throw invalid(`${name} must be an integer from ${min} to ${max}`);
  return Number(v);
}

function statusQuery(ctx: Context): Status | undefined {
  const s = query(ctx, "status", 32);
  if (s === undefined) return undefined;
  if (!(STATUSES as readonly string[]).includes(s)) throw invalid(`status must be one of ${STATUSES.join(", ")}`);
  return s as Status;
}

function textField(body: Record<string, unknown>, field: string, max: number): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw invalid(`${field} must be a string`);
  if (v.length > max) throw invalid(`${field} must be at most ${max} characters`);
  return v;
}

function workspaceField(body: Record<string, unknown>): string | undefined {
  return textField(body, "workspace_id", 64);
}

function typeQuery(ctx: Context): ArtifactType | undefined {
  const t = query(ctx, "type", 16);
  if (t === undefined) return undefined;
  if (t !== "model" && t !== "dataset") throw invalid("type must be model or dataset");
  return t;
}

function idList(body: Record<string, unknown>, field: string, required: boolean): string[] | undefined {
  const v = body[field];
  if (v === undefined || v === null) {
    if (required) throw invalid(`${field} is required`);
    return undefined;
  }
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_IDS) throw invalid(`${field} must be a list of 1 to ${MAX_IDS} run ids`);
  for (const id of v) if (typeof id !== "string" || id.length > 64) throw invalid(`${field} must hold run id strings`);
  return [...new Set(v as string[])];
}

function runIdParam(ctx: Context): string {
  const id = String(ctx.params["id"] ?? "");
  // A malformed id is no run of anyone's: 404, as for another workspace's.
  if (!RUN_ID_PATTERN.test(id)) throw new AppError("NOT_FOUND", "run not found");
  return id;
}

/** Metric rows as the HTTP API takes them: objects of finite numbers, with an optional integer step. */
function metricRows(body: Record<string, unknown>): string[] {
  const rows = body["rows"];
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > MAX_BATCH) throw invalid(`rows must be a list of 1 to ${MAX_BATCH} objects`);
  return rows.map((r, i) => {
    if (typeof r !== "object" || r === null || Array.isArray(r)) throw invalid(`rows[${i}] must be an object`);
    for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
      if (k.length === 0 || k.length > MAX_METRIC_NAME_LENGTH) throw invalid(`rows[${i}]: a metric name must have 1 to ${MAX_METRIC_NAME_LENGTH} characters`);
      if (k === "step" || k === "global_step") {
        if (v !== null && (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0)) throw invalid(`rows[${i}].${k} must be a non-negative integer`);
      } else if (v !== null && (typeof v !== "number" || !Number.isFinite(v))) throw invalid(`rows[${i}].${k.slice(0, 64)} must be a finite number`);
    }
    return JSON.stringify(r);
  });
}

export function trackingRoutes(router: Router, deps: TrackingDeps): void {
  const { db } = deps;

  router.get("/api/health", (ctx) => answer(ctx, { status: "ok", service: "remotegpu-tracking", timestamp: Date.now() / 1000 }));

  // ---- configuration

  router.get("/api/config", async (ctx) => {
    answer(ctx, await trackingConfig(db, caller(ctx), query(ctx, "workspace_id", 64)));
  });

  router.post("/api/config/user_root_dir", async (ctx) => {
    const body = await readJsonObject(ctx);
    const path = textField(body, "path", 1024);
    if (path === undefined || path.trim() === "") throw invalid("path is required");
    // Only recorded (the runs are in the database): any absolute POSIX or Windows path, no control characters.
    if ([...path].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) throw invalid("path must not contain control characters");
    if (!/^(\/|[A-Za-z]:[\\/]|\\\\|~)/.test(path)) throw invalid("path must be absolute (/data/runs, E:\\Runs, \\\\server\\share or ~/runs)");
    const cfg = await setStorageRoot(db, caller(ctx), query(ctx, "workspace_id", 64) ?? workspaceField(body), path);
    auditHint(ctx, { workspaceId: cfg.workspace_id });
    done(ctx, cfg, "storage root recorded");
  });

  // ---- runs

  router.post("/api/runs", async (ctx) => {
    const body = await readJsonObject(ctx);
    const project = textField(body, "project", 128);
    if (project !== undefined && project.trim() === "") throw invalid("project must not be empty");
    const name = textField(body, "name", MAX_RUN_NAME_LENGTH);
    const config = body["config"];
    if (config !== undefined && config !== null && (typeof config !== "object" || Array.isArray(config))) throw invalid("config must be an object");
    if (config && JSON.stringify(config).length > MAX_CONFIG_BYTES) throw invalid(`config must be at most ${MAX_CONFIG_BYTES} bytes of JSON`);
    const best = body["best_metric"];
    let bestMetric: { name: string; mode: "min" | "max" } | undefined;
    if (best !== undefined && best !== null) {
      const b = best as Record<string, unknown>;
      if (typeof best !== "object" || typeof b["name"] !== "string" || b["name"].length === 0 || b["name"].length > MAX_METRIC_NAME_LENGTH)
        throw invalid("best_metric must be {name, mode}");
      if (b["mode"] !== "min" && b["mode"] !== "max") throw invalid("best_metric.mode must be min or max");
      bestMetric = { name: b["name"], mode: b["mode"] };
    }
    const run = await createTrackedRun(db, deps.cache, caller(ctx), {
      project: project?.trim(),
      name,
      workspaceId: workspaceField(body),
      config: (config as Record<string, unknown> | null) ?? undefined,
      bestMetric,
    });
    auditHint(ctx, { workspaceId: run.workspace_id, target: `run=${run.id}` });
    done(ctx, run, "run created");
  });

  router.get("/api/runs", async (ctx) => {
    answer(
      ctx,
      await listTrackedRuns(db, caller(ctx), { workspaceId: query(ctx, "workspace_id", 64), project: query(ctx, "project", 128), status: statusQuery(ctx) }),
    );
  });

  router.post("/api/runs/soft-delete", async (ctx) => {
    const ids = idList(await readJsonObject(ctx), "run_ids", true)!;
    const r = await setDeleted(db, caller(ctx), ids, true);
    auditHint(ctx, { target: `runs=${r.changed.join(",").slice(0, 200)}` });
    done(ctx, { deleted: r.changed, skipped: r.skipped }, `${r.changed.length} run(s) moved to the recycle bin`);
  });

  router.post("/api/runs/restore", async (ctx) => {
    const ids = idList(await readJsonObject(ctx), "run_ids", true)!;
    const r = await setDeleted(db, caller(ctx), ids, false);
    auditHint(ctx, { target: `runs=${r.changed.join(",").slice(0, 200)}` });
    done(ctx, { restored: r.changed, skipped: r.skipped }, `${r.changed.length} run(s) restored`);
  });

  router.get("/api/runs/:id", async (ctx) => {
    answer(ctx, runView(await runFor(db, caller(ctx), runIdParam(ctx), "projects:read")));
  });

  router.post("/api/runs/:id/metrics", async (ctx) => {
    const id = runIdParam(ctx);
    const rows = metricRows(await readJsonObject(ctx));
    const run = await runFor(db, caller(ctx), id, "projects:write");
    const now = Date.now();
    const r = await appendRunMetricsAtEnd(
      db,
      run.run_id,
      rows.map((text) => ({ text, atMs: now })),
    );
    // Data, not a change of anything's settings: ingestion is not audited line by line.
    ctx.state["noAudit"] = true;
    done(ctx, { run_id: run.run_id, first_line: r.first, next_line: r.next, accepted: r.next - r.first }, "metrics stored");
  });

  router.post("/api/runs/:id/logs", async (ctx) => {
    const id = runIdParam(ctx);
    const body = await readJsonObject(ctx);
    const lines = body["lines"];
    if (!Array.isArray(lines) || lines.length === 0 || lines.length > MAX_BATCH) throw invalid(`lines must be a list of 1 to ${MAX_BATCH} strings`);
    for (const l of lines) {
      if (typeof l !== "string") throw invalid("lines must hold strings");
      if (l.length > MAX_LOG_LINE_LENGTH) throw invalid(`a line must be at most ${MAX_LOG_LINE_LENGTH} characters`);
      if (!isStorableText(l)) throw invalid("a line contains a NUL character or a lone UTF-16 surrogate");
    }
    const stream = body["stream"] ?? "stdout";
    if (stream !== "stdout" && stream !== "stderr") throw invalid("stream must be stdout or stderr");
    const run = await runFor(db, caller(ctx), id, "projects:write");
    const now = Date.now();
    const r = await appendRunLogsAtEnd(
      db,
      run.run_id,
      (lines as string[]).map((text) => ({ stream, text, atMs: now })),
    );
    ctx.state["noAudit"] = true;
    done(ctx, { run_id: run.run_id, first_line: r.first, next_line: r.next, accepted: r.next - r.first }, "log lines stored");
  });

  router.get("/api/runs/:id/logs", async (ctx) => {
    const id = runIdParam(ctx);
    answer(ctx, await runLogPage(db, caller(ctx), id, intQuery(ctx, "offset", 0, 0, 1_000_000_000), intQuery(ctx, "limit", 1000, 1, 10_000)));
  });

  router.post("/api/runs/:id/finish", async (ctx) => {
    const id = runIdParam(ctx);
    const status = (await readJsonObject(ctx))["status"] ?? "finished";
    if (status !== "finished" && status !== "failed" && status !== "interrupted") throw invalid("status must be finished, failed or interrupted");
    const run = await finishTrackedRun(db, caller(ctx), id, status);
    auditHint(ctx, { workspaceId: run.workspace_id });
    done(ctx, run, `run ${status}`);
  });

  router.get("/api/runs/:id/metrics_step", async (ctx) => {
    answer(ctx, await metricsStep(db, caller(ctx), runIdParam(ctx)));
  });

  // ---- recycle bin: soft-deleted runs; restore with /api/runs/restore, delete for good here

  router.get("/api/recycle-bin", async (ctx) => {
    const runs = await listTrackedRuns(db, caller(ctx), { workspaceId: query(ctx, "workspace_id", 64), deleted: true });
    answer(ctx, { deleted_runs: runs, total: runs.length });
  });

  router.post("/api/recycle-bin/empty", async (ctx) => {
    const body = await readJsonObject(ctx);
    const ids = idList(body, "run_ids", false);
    const r = await emptyRecycleBin(db, caller(ctx), workspaceField(body), ids);
    auditHint(ctx, { target: `runs=${r.deleted.join(",").slice(0, 200)}` });
    done(ctx, r, `${r.deleted.length} run(s) deleted for good`);
  });

  // ---- v2 queries

  router.get("/api/v2/experiments", async (ctx) => {
    const sortNames = { created_time: "created_at", name: "name", status: "status", best_metric_value: "best_metric_value", last_step: "last_step" } as const;
    const sort = query(ctx, "sort", 32) ?? "created_time";
    if (!(sort in sortNames)) throw invalid(`sort must be one of ${Object.keys(sortNames).join(", ")}`);
    const order = query(ctx, "order", 8) ?? "desc";
    if (order !== "asc" && order !== "desc") throw invalid("order must be asc or desc");
    answer(
      ctx,
      await pageTrackedRuns(
        db,
        caller(ctx),
        { workspaceId: query(ctx, "workspace_id", 64), project: query(ctx, "project", 128), status: statusQuery(ctx) },
        sortNames[sort as keyof typeof sortNames],
        order,
        intQuery(ctx, "page", 1, 1, 1_000_000),
        intQuery(ctx, "per_page", 50, 1, 500),
      ),
    );
  });

  router.get("/api/v2/experiments/:id/metrics/fast", async (ctx) => {
    const id = runIdParam(ctx);
    const names = query(ctx, "metrics", 4096)
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    answer(ctx, await fastMetrics(db, caller(ctx), id, intQuery(ctx, "downsample", 1000, 4, 100_000), names));
  });

  // ---- artifacts (datasets and models by name; see services/tracking/artifacts.ts for the rule)

  router.get("/api/artifacts", async (ctx) => {
    answer(ctx, await listTrackedArtifacts(db, caller(ctx), typeQuery(ctx), query(ctx, "workspace_id", 64)));
  });

  const artifactName = (ctx: Context): string => {
    const name = String(ctx.params["name"] ?? "");
    if (name.length === 0 || name.length > 128 || !isStorableText(name)) throw new AppError("NOT_FOUND", "artifact not found");
    return name;
  };
  const versionParam = (ctx: Context): number => {
    const v = String(ctx.params["version"] ?? "");
    if (!/^v\d{1,9}$/.test(v)) throw new AppError("NOT_FOUND", "artifact version not found");
    return Number(v.slice(1));
  };

  router.get("/api/artifacts/:name/versions", async (ctx) => {
    answer(ctx, await trackedVersions(db, caller(ctx), artifactName(ctx), typeQuery(ctx), query(ctx, "workspace_id", 64)));
  });

  router.get("/api/artifacts/:name/:version", async (ctx) => {
    answer(ctx, await trackedVersion(db, caller(ctx), artifactName(ctx), versionParam(ctx), typeQuery(ctx), query(ctx, "workspace_id", 64)));
  });

  router.get("/api/artifacts/:name/:version/lineage", async (ctx) => {
    const depth = intQuery(ctx, "depth", DEFAULT_LINEAGE_DEPTH, 1, MAX_LINEAGE_DEPTH);
    answer(ctx, await lineage(db, caller(ctx), artifactName(ctx), versionParam(ctx), typeQuery(ctx), query(ctx, "workspace_id", 64), depth));
  });
}
