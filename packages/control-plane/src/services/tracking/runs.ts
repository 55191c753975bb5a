// Runs of the experiment tracker (issue 13; docs/decisions/0032-tracking.md): every task attempt
// is a run, and runs can be created from a laptop. Logs and step metrics are stored from numbered
// lines, exactly once: a batch is stored only where it continues at the run's next expected
// line, so shippers (the agent, the HTTP API) can resend freely after any failure.
import { createHash, randomBytes } from "node:crypto";
import type { Db, Tx } from "../../db/knex.js";
import {
  appendSeriesChunks,
  finishRunRow,
  lastSeriesChunks,
  insertLineageEdge,
  insertLogLines,
  insertMetricRows,
  insertRun,
  insertRunToken,
  lockRun,
  runById,
  updateRun,
  type LogLineRow,
  type MetricRowRow,
  type RunRow,
} from "../../db/queries/tracking/runs.js";
import { chunkParts, packFloat64 } from "../../domain/metric-series.js";
import { cleanText } from "../../domain/text.js";
import { chooseBestMetric, isBetter, MAX_METRIC_NAMES, metricMode, newRunId as makeRunId, parseMetricLine } from "../../domain/tracking.js";
import { AppError, notFound } from "../../errors.js";
import { publish } from "../components/live-feed.js";

export type { RunRow } from "../../db/queries/tracking/runs.js";

/** YYYYMMDD_HHMMSS_ (UTC) + 6 random [a-z0-9]. */
export function newRunId(now: Date): string {
  return makeRunId(now);
}

export interface NewRun {
  workspaceId: string;
  projectId: string | null;
  userId: number;
  name: string;
  taskId?: string | null;
  config?: Record<string, unknown>;
  /** The metric the run ranks by; default: chosen from the first metrics (loss-like first). */
  bestMetric?: { name: string; mode: "min" | "max" };
}

export const MAX_RUN_NAME_LENGTH = 256;
/** A longer log line is cut (the agent cuts at its own max_line_bytes first). */
export const MAX_LOG_LINE_LENGTH = 16_384;
/** Lines per INSERT statement: one statement per 1,000 lines keeps a million rows at 1,000 round trips. */
const INSERT_CHUNK = 1000;
/** Run tokens live this long: longer than any task's max_duration_s. */
const RUN_TOKEN_LIFETIME_MS = 90 * 24 * 3600_000;

export async function createRun(db: Db | Tx, r: NewRun, now: Date = new Date()): Promise<RunRow> {
  // A collision of the random tail within one second is one in 2·10^9: retry a few times.
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await insertRun(db, {
      run_id: makeRunId(now),
      workspace_id: r.workspaceId,
      project_id: r.projectId,
      user_id: r.userId,
      name: cleanText(r.name, MAX_RUN_NAME_LENGTH),
      task_id: r.taskId ?? null,
      config: r.config ?? {},
      best_metric_name: r.bestMetric?.name ?? null,
      best_metric_mode: r.bestMetric?.mode ?? null,
      created_at: now,
    });
    if (row) return row;
  }
  throw new AppError("CONFLICT", "could not pick a free run id; retry");
}

export async function findRun(db: Db | Tx, runId: string): Promise<RunRow | undefined> {
  return runById(db, runId);
}

export interface LogLine {
  stream: "stdout" | "stderr";
  text: string;
  atMs: number;
}

const toDate = (atMs: number): Date => (Number.isFinite(atMs) && Math.abs(atMs) < 8.64e15 ? new Date(atMs) : new Date());

/**
 * Which of `count` lines numbered from `firstLine` continue at `next`: the index of the first
 * new one, or undefined when nothing is stored (a gap, or a repeat of stored lines).
 */
function newTail(next: number, firstLine: number, count: number): number | undefined {
  if (firstLine > next) return undefined; // a gap: the shipper resumes from `next`
  const skip = next - firstLine;
  return skip < count ? skip : undefined;
}

function checkBatch(firstLine: number, droppedLines: number): void {
  if (!Number.isSafeInteger(firstLine) || firstLine < 0) throw new AppError("INVALID_ARGUMENT", "firstLine must be a non-negative integer");
  if (!Number.isSafeInteger(droppedLines) || droppedLines < 0) throw new AppError("INVALID_ARGUMENT", "droppedLines must be a non-negative integer");
}

/**
 * Stores lines numbered from firstLine only where they continue exactly at the run's
 * next_log_line (a repeat or a gap stores nothing; an overlap stores the new tail). Returns the
 * next expected line number. Locks the run row. Publishes a live notification.
 * `droppedLines` is the shipper's running total of lines it counted but never sent.
 */
export async function appendRunLogs(db: Db, runId: string, firstLine: number, lines: LogLine[], droppedLines: number): Promise<number> {
  checkBatch(firstLine, droppedLines);
  return (await appendLogs(db, runId, firstLine, lines, droppedLines)).next;
}

/**
 * Appends after the run's last line whatever it is (the HTTP API: a laptop's batches are not
 * numbered). Refused unless the run is running. Returns the first line number given and the next.
 */
export async function appendRunLogsAtEnd(db: Db, runId: string, lines: LogLine[]): Promise<{ first: number; next: number }> {
  return appendLogs(db, runId, "end", lines, 0);
}

async function appendLogs(db: Db, runId: string, firstLine: number | "end", lines: LogLine[], droppedLines: number): Promise<{ first: number; next: number }> {
  let stored = false;
  let first = 0;
  const next = await db.transaction(async (trx) => {
    const run = await lockRun(trx, runId);
    if (!run) throw notFound(`run ${runId} not found`);
    if (firstLine === "end" && run.status !== "running") throw new AppError("INVALID_STATE", `run ${runId} is ${run.status}: it takes no more lines`);
    first = firstLine === "end" ? run.next_log_line : firstLine;
    const from = newTail(run.next_log_line, first, lines.length);
    const patch: Partial<RunRow> = {};
    if (droppedLines > run.log_dropped_lines) patch.log_dropped_lines = droppedLines;
    let next = run.next_log_line;
    if (from !== undefined) {
      const rows: LogLineRow[] = [];
      for (let i = from; i < lines.length; i++) {
        const l = lines[i]!;
        rows.push({
          run_id: runId,
          line_no: next++,
          stream: l.stream === "stderr" ? "stderr" : "stdout",
          text: cleanText(String(l.text), MAX_LOG_LINE_LENGTH),
          at: toDate(l.atMs),
        });
      }
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) await insertLogLines(trx, rows.slice(i, i + INSERT_CHUNK));
      patch.next_log_line = next;
      stored = true;
    }
    if (Object.keys(patch).length > 0) await updateRun(trx, runId, patch);
    return next;
  });
  if (stored) await publish(db, `run:${runId}:logs`);
  return { first, next };
}

export interface MetricLine {
  text: string;
  atMs: number;
}

/**
 * The same for metrics.jsonl lines: each line is parsed as a JSON object; `step` (or
 * `global_step`) is the step (absent: previous step + 1); every finite number field is a metric;
 * a line that is not such an object still takes its line number and is counted in
 * metric_invalid_lines. Updates last_step and best_metric (loss-like names minimised: name
 * contains "loss" or "err"; others maximised, or as configured on the run).
 */
export async function appendRunMetrics(db: Db, runId: string, firstLine: number, lines: MetricLine[], droppedLines: number): Promise<number> {
  checkBatch(firstLine, droppedLines);
  return (await appendMetrics(db, runId, firstLine, lines, droppedLines)).next;
}

/** Appends metric lines after the run's last one (the HTTP API). Refused unless the run is running. */
export async function appendRunMetricsAtEnd(db: Db, runId: string, lines: MetricLine[]): Promise<{ first: number; next: number }> {
  return appendMetrics(db, runId, "end", lines, 0);
}

async function appendMetrics(
  db: Db,
  runId: string,
  firstLine: number | "end",
  lines: MetricLine[],
  droppedLines: number,
): Promise<{ first: number; next: number }> {
  let stored = false;
  let first = 0;
  const next = await db.transaction(async (trx) => {
    const run = await lockRun(trx, runId);
    if (!run) throw notFound(`run ${runId} not found`);
    if (firstLine === "end" && run.status !== "running") throw new AppError("INVALID_STATE", `run ${runId} is ${run.status}: it takes no more metrics`);
    first = firstLine === "end" ? run.next_metric_line : firstLine;
    const from = newTail(run.next_metric_line, first, lines.length);
    const patch: Partial<RunRow> = {};
    if (droppedLines > run.metric_dropped_lines) patch.metric_dropped_lines = droppedLines;
    let next = run.next_metric_line;
    if (from !== undefined) {
      let lastStep = run.last_step;
      let invalid = 0;
      const names = [...run.metric_names];
      const known = new Set(names);
      let bestName = run.best_metric_name;
      let bestMode = run.best_metric_mode;
      let bestValue = run.best_metric_value;
      let bestStep = run.best_metric_step;
      const rows: Omit<MetricRowRow, "run_id">[] = [];
      for (let i = from; i < lines.length; i++) {
        const l = lines[i]!;
        const lineNo = next++;
        const parsed = parseMetricLine(String(l.text), lastStep);
        if (!parsed) {
          invalid++;
          continue;
        }
        lastStep = parsed.step;
        const keys = Object.keys(parsed.values);
        for (const k of keys) {
          if (!known.has(k) && names.length < MAX_METRIC_NAMES) {
            known.add(k);
            names.push(k);
          }
        }
        if (bestName === null && keys.length > 0) {
          bestName = chooseBestMetric(keys)!;
          bestMode = metricMode(bestName);
        }
        const v = bestName === null ? undefined : parsed.values[bestName];
        if (v !== undefined && isBetter(bestMode ?? metricMode(bestName!), v, bestValue)) {
          bestValue = v;
          bestStep = parsed.step;
        }
        rows.push({ line_no: lineNo, step: parsed.step, values: parsed.values, at: toDate(l.atMs) });
      }
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) await insertMetricRows(trx, runId, rows.slice(i, i + INSERT_CHUNK));
      await appendSeries(trx, runId, rows, new Set(names));
      Object.assign(patch, {
        next_metric_line: next,
        last_step: lastStep,
        metric_invalid_lines: run.metric_invalid_lines + invalid,
        best_metric_name: bestName,
        best_metric_mode: bestName === null ? null : (bestMode ?? metricMode(bestName)),
        best_metric_value: bestValue,
        best_metric_step: bestStep,
      });
      if (names.length !== run.metric_names.length) patch.metric_names = names;
      stored = true;
    }
    if (Object.keys(patch).length > 0) await updateRun(trx, runId, patch);
    return next;
  });
  if (stored) await publish(db, `run:${runId}:metrics`);
  return { first, next };
}

/** Appends the rows' points to each listed metric's packed series (what charts read). */
async function appendSeries(trx: Tx, runId: string, rows: Omit<MetricRowRow, "run_id">[], listed: Set<string>): Promise<void> {
  const perName = new Map<string, { steps: number[]; vals: number[] }>();
  for (const r of rows) {
    for (const [k, v] of Object.entries(r.values)) {
      if (!listed.has(k)) continue;
      let s = perName.get(k);
      if (!s) {
        s = { steps: [], vals: [] };
        perName.set(k, s);
      }
      s.steps.push(r.step);
      s.vals.push(v);
    }
  }
  if (perName.size === 0) return;
  const last = new Map((await lastSeriesChunks(trx, runId, [...perName.keys()])).map((c) => [c.name, c]));
  const parts = [];
  for (const [name, s] of perName) {
    for (const p of chunkParts(last.get(name), s.steps.length)) {
      parts.push({
        name,
        chunk_no: p.chunk_no,
        n: p.to - p.from,
        steps: packFloat64(s.steps.slice(p.from, p.to)),
        vals: packFloat64(s.vals.slice(p.from, p.to)),
      });
    }
  }
  await appendSeriesChunks(trx, runId, parts);
}

/** Ends a running run (a second call, or one on a finished run, changes nothing). */
export async function finishRun(db: Db | Tx, runId: string, status: "finished" | "failed" | "interrupted", at: Date): Promise<void> {
  const changed = await finishRunRow(db, runId, status, at);
  if (!changed && !(await runById(db, runId))) throw notFound(`run ${runId} not found`);
  // Inside a transaction the notification is sent at its commit (NOTIFY is transactional).
  if (changed) await publish(db as Db, `run:${runId}:logs`);
}

export async function addLineage(db: Db | Tx, e: { runId: string; versionId: string; role: "input" | "output" }): Promise<void> {
  await insertLineageEdge(db, { run_id: e.runId, version_id: e.versionId, role: e.role });
}

export const RUN_TOKEN_PREFIX = "rgr_";
export const RUN_TOKEN_PATTERN = /^rgr_[A-Za-z0-9_-]{43}$/;

export const hashRunToken = (token: string): Buffer => createHash("sha256").update(token).digest();

/** A token that lets code inside a task call the tracking API for this run only (Authorization: Bearer <token>). */
export async function issueRunToken(db: Db | Tx, runId: string): Promise<string> {
  const token = RUN_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  await insertRunToken(db, runId, hashRunToken(token), new Date(Date.now() + RUN_TOKEN_LIFETIME_MS));
  return token;
}
