// What a task produced as it ran, for the platform API: its log by line, its loss curve, its
// GPUs' telemetry over its lifetime, and the model versions training may start from.
import { workspacesOf } from "../../db/queries/platform/workspaces.js";
import { gpuHistory } from "../../db/queries/telemetry.js";
import { modelVersionsIn } from "../../db/queries/tasks.js";
import { logLines, seriesChunks } from "../../db/queries/tracking/runs.js";
import { lttbIndices } from "../../domain/lttb.js";
import { inStepOrder, unpackFloat64 } from "../../domain/metric-series.js";
import type { Db } from "../../db/knex.js";
import type { TaskRow } from "../../db/rows.js";
import { clock } from "../clock.js";
import { authorize } from "../platform/authz.js";
import type { Principal } from "../platform/sessions.js";
import { taskForReading } from "./tasks.js";

/** Log lines one request returns at most. */
export const MAX_LOG_PAGE = 5000;
/** Points of a loss curve returned at most (LTTB-downsampled beyond). */
export const MAX_CURVE_POINTS = 5000;

export interface LogPage {
  task_id: string;
  run_id: string | null;
  offset: number;
  lines: { line: number; stream: string; text: string; at: string }[];
  next_offset: number;
  /** The task has ended and every line it sent is here or before. */
  complete: boolean;
}

export async function taskLogPage(db: Db, t: TaskRow, offset: number, limit: number): Promise<LogPage> {
  const rows = t.run_id ? await logLines(db, t.run_id, offset, Math.min(limit, MAX_LOG_PAGE)) : [];
  const last = rows.at(-1);
  const next = last ? Number(last.line_no) + 1 : offset;
  return {
    task_id: t.task_id,
    run_id: t.run_id,
    offset,
    lines: rows.map((r) => ({ line: Number(r.line_no), stream: r.stream, text: r.text, at: r.at.toISOString() })),
    next_offset: next,
    complete: ["succeeded", "failed", "cancelled", "timed_out"].includes(t.status) && rows.length < limit,
  };
}

export async function taskLogs(db: Db, p: Principal, id: string, offset: number, limit: number): Promise<LogPage> {
  return taskLogPage(db, await taskForReading(db, p, id), offset, limit);
}

/** GET /metrics/loss?task_id=: the loss of the task's run by step. */
export async function lossCurve(
  db: Db,
  p: Principal,
  taskId: string,
  metric = "loss",
): Promise<{ task_id: string; run_id: string | null; metric: string; points: { step: number; value: number }[] }> {
  const t = await taskForReading(db, p, taskId);
  if (!t.run_id) return { task_id: t.task_id, run_id: null, metric, points: [] };
  const chunks = await seriesChunks(db, t.run_id, metric);
  const s = inStepOrder(unpackFloat64(chunks.map((c) => c.steps)), unpackFloat64(chunks.map((c) => c.vals)));
  // Downsampled like the tracking API's fast metrics (LTTB: first, last, minimum and maximum kept).
  const points = lttbIndices(s.steps, s.vals, MAX_CURVE_POINTS).map((i) => ({ step: s.steps[i]!, value: s.vals[i]! }));
  return { task_id: t.task_id, run_id: t.run_id, metric, points };
}

/** GET /metrics/gpu?task_id=: the task's GPUs' telemetry history from placement to its end. */
export async function taskGpuMetrics(db: Db, p: Principal, taskId: string) {
  const t = await taskForReading(db, p, taskId);
  if (!t.host_id || !t.scheduled_at) return { task_id: t.task_id, host_id: null, gpus: [] };
  const until = t.finished_at ?? clock.now();
  const rows = await gpuHistory(db, t.host_id, new Date(t.scheduled_at.getTime() - 5 * 60_000), new Date(until.getTime() + 1));
  const mine = new Set(t.gpu_indexes);
  return {
    task_id: t.task_id,
    host_id: t.host_id,
    gpus: t.gpu_indexes.map((index, n) => ({
      index,
      uuid: t.gpu_uuids[n] ?? "",
      samples: rows
        .filter((r) => mine.has(r.gpu_index) && r.gpu_index === index)
        .map((r) => ({
          at: r.bucket_start.toISOString(),
          utilization_gpu_avg: r.utilization_gpu_avg,
          utilization_gpu_max: r.utilization_gpu_max,
          memory_used_mib_avg: r.memory_used_mib_avg,
          memory_used_mib_max: r.memory_used_mib_max,
          temperature_gpu_max: r.temperature_gpu_max,
          power_draw_w_avg: r.power_draw_w_avg,
        })),
    })),
  };
}

/** GET /training/models: model versions of the caller's workspaces (or one), newest first. */
export async function trainingModels(db: Db, p: Principal, workspaceId: string | undefined, page: { page: number; limit: number }) {
  const ids =
    workspaceId !== undefined
      ? [(await authorize(db, p, workspaceId, "models:read")).workspace_id]
      : (await workspacesOf(db, p.user.user_id)).filter((w) => w.permissions.includes("models:read")).map((w) => w.workspace_id);
  const { rows, total } = await modelVersionsIn(db, ids, page.limit, (page.page - 1) * page.limit);
  return {
    items: rows.map((r) => ({
      version_id: r.version_id,
      model_id: r.artifact_id,
      name: r.model_name,
      workspace_id: r.workspace_id,
      version: r.number,
      message: r.message,
      total_bytes: Number(r.total_bytes),
      file_count: r.file_count,
      source: r.source,
      source_run_id: r.source_run_id,
      created_at: r.created_at.toISOString(),
    })),
    total,
  };
}
