// The tracking API's services (the Runicorn routes under /api; docs/decisions/0032-tracking.md):
// who the caller is (a platform access token, or a run token that reaches one run), which
// workspaces they read, and the runs, metrics, recycle bin and preferences they see. Runs live in
// workspaces: reading needs projects:read, changing a run projects:write, purging the recycle bin
// projects:delete. Another workspace's runs answer NOT_FOUND (never FORBIDDEN).
import type { Db } from "../../db/knex.js";
import { membership, personalWorkspaceOf, workspacesOf } from "../../db/queries/platform/workspaces.js";
import { insertProject } from "../../db/queries/platform/projects.js";
import {
  countRuns,
  listRuns,
  logLines,
  metricRows,
  seriesChunks,
  projectByName,
  purgeDeletedRuns,
  runById,
  runOfToken,
  runWithProject,
  setRunsDeleted,
  setUserRootDir,
  workspacePreferences,
  type RunFilter,
  type RunListRow,
  type RunRow,
  type RunSort,
  type RunStatus,
} from "../../db/queries/tracking/runs.js";
import { lttbIndices } from "../../domain/lttb.js";
import { inStepOrder, unpackFloat64 } from "../../domain/metric-series.js";
import type { Permission } from "../../domain/permissions.js";
import { RUN_ID_PATTERN } from "../../domain/tracking.js";
import { AppError, notFound } from "../../errors.js";
import type { ReadCache } from "../components/read-cache.js";
import type { JwtKeyring } from "../platform/access-tokens.js";
import { authorize, UUID_PATTERN } from "../platform/authz.js";
import { type Principal, principalOf } from "../platform/sessions.js";
import { createRun, finishRun, hashRunToken, RUN_TOKEN_PATTERN } from "./runs.js";

/** A platform user, or code holding a run token (its run only). */
export type TrackingCaller = { kind: "user"; principal: Principal; userId: number } | { kind: "run"; runId: string; userId: number; workspaceId: string };

/** Authorization: Bearer <access token or run token>. */
export async function trackingCaller(db: Db, keys: JwtKeyring, authorization: string): Promise<TrackingCaller> {
  const m = /^Bearer\s+(\S{1,4096})$/i.exec(authorization.trim());
  if (m && RUN_TOKEN_PATTERN.test(m[1]!)) {
    const runId = await runOfToken(db, hashRunToken(m[1]!));
    const run = runId === undefined ? undefined : await runById(db, runId);
    if (!run) throw new AppError("UNAUTHORIZED", "invalid or expired run token");
    return { kind: "run", runId: run.run_id, userId: run.user_id, workspaceId: run.workspace_id };
  }
  const principal = await principalOf(db, keys, authorization);
  return { kind: "user", principal, userId: principal.user.user_id };
}

/** Routes that are not about one run refuse run tokens. */
export function requireUser(c: TrackingCaller): Principal {
  if (c.kind !== "user") throw new AppError("FORBIDDEN", "a run token reaches only its own run's routes");
  return c.principal;
}

/** The workspaces whose runs the caller reads: `workspaceId` alone, or every one they may read. */
export async function readableWorkspaces(
  db: Db,
  c: TrackingCaller,
  workspaceId: string | undefined,
  permission: Permission = "projects:read",
): Promise<string[]> {
  if (c.kind === "run") {
    if (workspaceId !== undefined && workspaceId !== c.workspaceId) throw notFound("workspace not found");
    return [c.workspaceId];
  }
  if (workspaceId !== undefined) return [(await authorize(db, c.principal, workspaceId, permission)).workspace_id];
  return (await workspacesOf(db, c.userId)).filter((w) => w.permissions.includes(permission)).map((w) => w.workspace_id);
}

/**
 * The run when the caller may `permission` it: NOT_FOUND for a malformed id, someone else's run,
 * another run than a run token's, or (unless `deleted`) a run in the recycle bin.
 */
export async function runFor(db: Db, c: TrackingCaller, runId: string, permission: Permission, opts: { deleted?: boolean } = {}): Promise<RunListRow> {
  const run = RUN_ID_PATTERN.test(runId) ? await runWithProject(db, runId) : undefined;
  if (!run || (run.deleted_at !== null) !== (opts.deleted ?? false)) throw notFound("run not found");
  if (c.kind === "run") {
    if (c.runId !== run.run_id) throw notFound("run not found");
  } else {
    await authorize(db, c.principal, run.workspace_id, permission, "run");
  }
  return run;
}

const unix = (d: Date | null): number | null => (d === null ? null : d.getTime() / 1000);

/** A run as the tracker shows it (Runicorn's fields, and ours). */
export function runView(r: RunListRow, detail = true) {
  return {
    id: r.run_id,
    run_id: r.run_id,
    project: r.project_name ?? "default",
    project_id: r.project_id,
    name: r.name,
    status: r.status,
    created_time: unix(r.created_at),
    finished_time: unix(r.finished_at),
    deleted_time: unix(r.deleted_at),
    best_metric:
      r.best_metric_name === null
        ? null
        : { name: r.best_metric_name, value: r.best_metric_value, mode: r.best_metric_mode ?? "max", step: r.best_metric_step },
    best_metric_name: r.best_metric_name,
    best_metric_value: r.best_metric_value,
    task_id: r.task_id,
    workspace_id: r.workspace_id,
    user_id: r.user_id,
    // Lists leave the hyper-parameters out (up to 64 KiB each); a run's own answer has them.
    ...(detail ? { config: r.config, summary: r.summary } : {}),
    metrics: r.metric_names,
    last_step: r.last_step,
    log_lines: r.next_log_line,
    log_dropped_lines: r.log_dropped_lines,
    metric_lines: r.next_metric_line,
    metric_dropped_lines: r.metric_dropped_lines,
    metric_invalid_lines: r.metric_invalid_lines,
  };
}

export type RunView = ReturnType<typeof runView>;

export interface NewTrackedRun {
  project?: string | undefined;
  name?: string | undefined;
  workspaceId?: string | undefined;
  config?: Record<string, unknown> | undefined;
  bestMetric?: { name: string; mode: "min" | "max" } | undefined;
}

/**
 * A run from outside a task (a laptop). The project is named: found in the workspace (any case)
 * or created there; none given, the run has no project ("default" in views). The workspace
 * defaults to the caller's personal one.
 */
export async function createTrackedRun(db: Db, cache: ReadCache, c: TrackingCaller, input: NewTrackedRun): Promise<RunView> {
  const p = requireUser(c);
  const workspaceId = input.workspaceId ?? (await personalWorkspaceOf(db, c.userId))?.workspace_id;
  if (!workspaceId) throw notFound("workspace not found");
  await authorize(db, p, workspaceId, "projects:write");
  let projectId: string | null = null;
  if (input.project !== undefined) {
    let project = await projectByName(db, workspaceId, input.project);
    if (!project) {
      // Two runs naming a new project at once: one inserts, the other finds it.
      project =
        (await insertProject(db, { workspaceId, name: input.project, description: "", createdBy: c.userId })) ??
        (await projectByName(db, workspaceId, input.project));
      if (!project) throw new AppError("CONFLICT", "the project changed meanwhile; retry");
      await cache.invalidate([`projects:${workspaceId}`]);
    }
    projectId = project.project_id;
  }
  const row = await createRun(db, {
    workspaceId,
    projectId,
    userId: c.userId,
    name: input.name ?? "",
    config: input.config ?? {},
    ...(input.bestMetric ? { bestMetric: input.bestMetric } : {}),
  });
  return runView((await runWithProject(db, row.run_id))!);
}

/** GET /api/runs answers at most this many (newest first); /api/v2/experiments pages. */
export const MAX_LISTED_RUNS = 1000;

export interface RunQuery {
  workspaceId?: string | undefined;
  project?: string | undefined;
  status?: RunStatus | undefined;
  deleted?: boolean;
}

function runFilter(workspaceIds: string[], c: TrackingCaller, q: RunQuery): RunFilter {
  return {
    workspaceIds,
    deleted: q.deleted ?? false,
    ...(q.project !== undefined ? { projectName: q.project } : {}),
    ...(q.status !== undefined ? { status: q.status } : {}),
    ...(c.kind === "run" ? { runId: c.runId } : {}),
  };
}

export async function listTrackedRuns(db: Db, c: TrackingCaller, q: RunQuery): Promise<RunView[]> {
  const ids = await readableWorkspaces(db, c, q.workspaceId);
  if (ids.length === 0) return [];
  return (await listRuns(db, runFilter(ids, c, q), "created_at", "desc", MAX_LISTED_RUNS, 0)).map((r) => runView(r, false));
}

export async function pageTrackedRuns(
  db: Db,
  c: TrackingCaller,
  q: RunQuery,
  sort: RunSort,
  order: "asc" | "desc",
  page: number,
  perPage: number,
): Promise<{ experiments: RunView[]; total: number; page: number; per_page: number; total_pages: number }> {
  const ids = await readableWorkspaces(db, c, q.workspaceId);
  if (ids.length === 0) return { experiments: [], total: 0, page, per_page: perPage, total_pages: 0 };
  const f = runFilter(ids, c, q);
  const [rows, total] = await Promise.all([listRuns(db, f, sort, order, perPage, (page - 1) * perPage), countRuns(db, f)]);
  return { experiments: rows.map((r) => runView(r, false)), total, page, per_page: perPage, total_pages: Math.ceil(total / perPage) };
}

export async function finishTrackedRun(db: Db, c: TrackingCaller, runId: string, status: "finished" | "failed" | "interrupted"): Promise<RunView> {
  const run = await runFor(db, c, runId, "projects:write");
  if (run.status !== "running") throw new AppError("INVALID_STATE", `run ${runId} is already ${run.status}`);
  await finishRun(db, run.run_id, status, new Date());
  return runView((await runWithProject(db, run.run_id))!);
}

/** metrics_step answers at most this many steps; larger runs use /api/v2/.../metrics/fast. */
export const MAX_STEP_ROWS = 200_000;

/**
 * {"metrics": [names], "rows": [{"global_step": n, name: value, …}]}: one row per step (lines
 * of the same step merged, later values winning), in step order.
 */
export async function metricsStep(db: Db, c: TrackingCaller, runId: string) {
  const run = await runFor(db, c, runId, "projects:read");
  const rows: Record<string, number>[] = [];
  let from = 0;
  let current: Record<string, number> | undefined;
  let truncated = false;
  // In pages of 10,000 lines by line number, merged by step after sorting each page's rows.
  const byStep = new Map<number, Record<string, number>>();
  while (!truncated) {
    const page = await metricRows(db, run.run_id, from, 10_000);
    for (const r of page) {
      current = byStep.get(r.step);
      if (!current) {
        if (byStep.size >= MAX_STEP_ROWS) {
          // The first 200,000 steps (in line order) and no more: a longer run reads its charts
          // from metrics/fast.
          truncated = true;
          break;
        }
        current = { global_step: r.step };
        byStep.set(r.step, current);
      }
      Object.assign(current, r.values);
    }
    if (page.length < 10_000) break;
    from = page[page.length - 1]!.line_no + 1;
  }
  for (const step of [...byStep.keys()].sort((a, b) => a - b)) rows.push(byStep.get(step)!);
  return { metrics: run.metric_names, rows, ...(truncated ? { truncated: true } : {}) };
}

/** Per metric, [[step, value], …] downsampled with LTTB (first, last, minimum and maximum kept). */
export async function fastMetrics(db: Db, c: TrackingCaller, runId: string, downsample: number, names: string[] | undefined) {
  const run = await runFor(db, c, runId, "projects:read");
  const wanted = names === undefined ? run.metric_names : names.filter((n) => run.metric_names.includes(n));
  const metrics: Record<string, [number, number][]> = {};
  const points: Record<string, number> = {};
  // One metric at a time: a million points is 16 MB of steps and 16 MB of values in memory.
  for (const name of wanted) {
    const chunks = await seriesChunks(db, run.run_id, name);
    const s = inStepOrder(unpackFloat64(chunks.map((c) => c.steps)), unpackFloat64(chunks.map((c) => c.vals)));
    const idx = lttbIndices(s.steps, s.vals, downsample);
    metrics[name] = idx.map((i) => [s.steps[i]!, s.vals[i]!]);
    points[name] = s.steps.length;
  }
  return { id: run.run_id, downsample, metrics, total_points: points };
}

export async function runLogPage(db: Db, c: TrackingCaller, runId: string, offset: number, limit: number) {
  const run = await runFor(db, c, runId, "projects:read");
  const lines = await logLines(db, run.run_id, offset, limit);
  return {
    id: run.run_id,
    offset,
    total: run.next_log_line,
    dropped: run.log_dropped_lines,
    status: run.status,
    lines: lines.map((l) => ({ line: l.line_no, stream: l.stream, text: l.text, time: l.at.getTime() / 1000 })),
  };
}

/** The lines from `offset` for a log stream (the caller was authorised when the stream opened). */
export async function logLinesFrom(db: Db, runId: string, offset: number, limit: number) {
  return logLines(db, runId, offset, limit);
}

export async function runState(db: Db, runId: string): Promise<Pick<RunRow, "status" | "next_log_line" | "deleted_at"> | undefined> {
  return runById(db, runId);
}

/**
 * Moves runs to the recycle bin (or back). Ids the caller may not change, unknown ones and those
 * already there are skipped: the answer lists what changed. Each run's workspace needs
 * projects:write.
 */
export async function setDeleted(db: Db, c: TrackingCaller, runIds: string[], deleted: boolean): Promise<{ changed: string[]; skipped: string[] }> {
  const p = requireUser(c);
  const writable = (await workspacesOf(db, p.user.user_id)).filter((w) => w.permissions.includes("projects:write")).map((w) => w.workspace_id);
  const valid = runIds.filter((id) => RUN_ID_PATTERN.test(id));
  const changed = writable.length === 0 || valid.length === 0 ? [] : await setRunsDeleted(db, valid, writable, deleted);
  const set = new Set(changed);
  return { changed, skipped: runIds.filter((id) => !set.has(id)) };
}

/** Deletes runs of the recycle bin for good (all of them, or the ids given); needs projects:delete. */
export async function emptyRecycleBin(
  db: Db,
  c: TrackingCaller,
  workspaceId: string | undefined,
  runIds: string[] | undefined,
): Promise<{ deleted: string[] }> {
  requireUser(c);
  const ids = await readableWorkspaces(db, c, workspaceId, "projects:delete");
  if (ids.length === 0) return { deleted: [] };
  const valid = runIds?.filter((id) => RUN_ID_PATTERN.test(id));
  if (valid !== undefined && valid.length === 0) return { deleted: [] };
  return { deleted: await purgeDeletedRuns(db, ids, valid) };
}

// ---- configuration

/** The workspace a preference belongs to: the one named, or the caller's personal one. */
async function preferenceWorkspace(db: Db, c: TrackingCaller, workspaceId: string | undefined, permission: Permission): Promise<string> {
  const p = requireUser(c);
  const id = workspaceId ?? (await personalWorkspaceOf(db, p.user.user_id))?.workspace_id;
  if (!id) throw notFound("workspace not found");
  return (await authorize(db, p, id, permission)).workspace_id;
}

export async function trackingConfig(db: Db, c: TrackingCaller, workspaceId: string | undefined) {
  const id = await preferenceWorkspace(db, c, workspaceId, "workspace:read");
  const prefs = await workspacePreferences(db, id);
  return { workspace_id: id, user_root_dir: prefs?.user_root_dir ?? null, storage: "database", updated_time: unix(prefs?.updated_at ?? null) };
}

/**
 * Records the storage root a workspace's tools should use (Runicorn's user_root_dir). Only
 * recorded: the control plane stores runs in its database and never touches this path. Changing
 * it is a workspace setting (workspace:write).
 */
export async function setStorageRoot(db: Db, c: TrackingCaller, workspaceId: string | undefined, path: string) {
  const id = await preferenceWorkspace(db, c, workspaceId, "workspace:write");
  await setUserRootDir(db, id, path, c.userId);
  return trackingConfig(db, c, id);
}

/** Whether the caller is a member of the workspace (for the audit line's workspace). */
export async function isMember(db: Db, userId: number, workspaceId: string): Promise<boolean> {
  return UUID_PATTERN.test(workspaceId) && (await membership(db, workspaceId, userId)) !== undefined;
}
