// Runs of the experiment tracker, their log lines, metric rows, lineage and tokens
// (docs/decisions/0032-tracking.md).
import type { Db, Tx } from "../../knex.js";

export type RunStatus = "running" | "finished" | "failed" | "interrupted";

export interface RunRow {
  run_id: string;
  workspace_id: string;
  project_id: string | null;
  user_id: number;
  name: string;
  status: RunStatus;
  task_id: string | null;
  config: Record<string, unknown>;
  summary: Record<string, unknown>;
  metric_names: string[];
  best_metric_name: string | null;
  best_metric_value: number | null;
  best_metric_mode: "min" | "max" | null;
  best_metric_step: number | null;
  next_log_line: number;
  log_dropped_lines: number;
  next_metric_line: number;
  metric_dropped_lines: number;
  metric_invalid_lines: number;
  last_step: number | null;
  created_at: Date;
  finished_at: Date | null;
  deleted_at: Date | null;
}

/** A run with its project's name (for listings). */
export interface RunListRow extends RunRow {
  project_name: string | null;
}

export interface NewRunRow {
  run_id: string;
  workspace_id: string;
  project_id: string | null;
  user_id: number;
  name: string;
  task_id: string | null;
  config: Record<string, unknown>;
  best_metric_name?: string | null;
  best_metric_mode?: "min" | "max" | null;
  created_at: Date;
}

/** Undefined when the id is taken (the caller picks another). */
export async function insertRun(db: Db | Tx, r: NewRunRow): Promise<RunRow | undefined> {
  const rows = (await db("runs")
    .insert({ ...r, config: JSON.stringify(r.config) })
    .onConflict("run_id")
    .ignore()
    .returning("*")) as RunRow[];
  return rows[0];
}

export async function runById(db: Db | Tx, runId: string): Promise<RunRow | undefined> {
  return db<RunRow>("runs").where({ run_id: runId }).first();
}

export async function lockRun(trx: Tx, runId: string): Promise<RunRow | undefined> {
  return trx<RunRow>("runs").where({ run_id: runId }).forUpdate().first();
}

export async function updateRun(db: Db | Tx, runId: string, patch: Partial<Omit<RunRow, "run_id">>): Promise<void> {
  const p: Record<string, unknown> = { ...patch };
  if (patch.metric_names) p.metric_names = JSON.stringify(patch.metric_names);
  if (patch.summary) p.summary = JSON.stringify(patch.summary);
  await db("runs").where({ run_id: runId }).update(p);
}

/** Sets the final status of a running run; false when it was not running (already final). */
export async function finishRunRow(db: Db | Tx, runId: string, status: RunStatus, at: Date): Promise<boolean> {
  const n = await db("runs").where({ run_id: runId, status: "running" }).update({ status, finished_at: at });
  return n > 0;
}

export interface LogLineRow {
  run_id: string;
  line_no: number;
  stream: "stdout" | "stderr";
  text: string;
  at: Date;
}

export async function insertLogLines(trx: Tx, rows: LogLineRow[]): Promise<void> {
  if (rows.length > 0) await trx("run_log_lines").insert(rows);
}

export async function logLines(db: Db | Tx, runId: string, fromLine: number, limit: number): Promise<LogLineRow[]> {
  return db<LogLineRow>("run_log_lines").where({ run_id: runId }).andWhere("line_no", ">=", fromLine).orderBy("line_no").limit(limit);
}

export interface MetricRowRow {
  run_id: string;
  line_no: number;
  step: number;
  values: Record<string, number>;
  at: Date;
}

/**
 * One multi-row INSERT per call (the caller sends at most 1,000 rows): unnest over arrays keeps
 * the statement's parameter count at 5 whatever the batch size.
 */
export async function insertMetricRows(trx: Tx, runId: string, rows: Omit<MetricRowRow, "run_id">[]): Promise<void> {
  if (rows.length === 0) return;
  await trx.raw(
    `insert into run_metric_rows (run_id, line_no, step, "values", at)
     select ?, u.line_no, u.step, u.vals::jsonb, u.at
       from unnest(?::bigint[], ?::bigint[], ?::text[], ?::timestamptz[]) as u(line_no, step, vals, at)`,
    [runId, rows.map((r) => r.line_no), rows.map((r) => r.step), rows.map((r) => JSON.stringify(r.values)), rows.map((r) => r.at.toISOString())],
  );
}

/** Metric rows in line order from `fromLine`, at most `limit`. */
export async function metricRows(db: Db | Tx, runId: string, fromLine: number, limit: number): Promise<MetricRowRow[]> {
  return db<MetricRowRow>("run_metric_rows").where({ run_id: runId }).andWhere("line_no", ">=", fromLine).orderBy("line_no").limit(limit);
}

export interface RunFilter {
  workspaceIds: string[];
  projectName?: string;
  status?: RunStatus;
  deleted: boolean;
  /** Only this run (run tokens see their own run only). */
  runId?: string;
}

function filtered(db: Db | Tx, f: RunFilter) {
  const q = db("runs as r")
    .leftJoin("projects as p", "p.project_id", "r.project_id")
    .whereIn("r.workspace_id", f.workspaceIds)
    .where((w) => (f.deleted ? w.whereNotNull("r.deleted_at") : w.whereNull("r.deleted_at")));
  if (f.projectName !== undefined) q.whereRaw("lower(p.name) = lower(?)", [f.projectName]);
  if (f.status !== undefined) q.where("r.status", f.status);
  if (f.runId !== undefined) q.where("r.run_id", f.runId);
  return q;
}

export type RunSort = "created_at" | "name" | "status" | "best_metric_value" | "last_step";

export async function listRuns(db: Db | Tx, f: RunFilter, sort: RunSort, order: "asc" | "desc", limit: number, offset: number): Promise<RunListRow[]> {
  return filtered(db, f)
    .select("r.*", "p.name as project_name")
    .orderByRaw(`r.${sort} ${order} nulls last, r.run_id ${order}`)
    .limit(limit)
    .offset(offset) as unknown as Promise<RunListRow[]>;
}

export async function countRuns(db: Db | Tx, f: RunFilter): Promise<number> {
  const [row] = (await filtered(db, f).count({ n: "*" })) as { n: string | number }[];
  return Number(row?.n ?? 0);
}

export async function runWithProject(db: Db | Tx, runId: string): Promise<RunListRow | undefined> {
  return db("runs as r").leftJoin("projects as p", "p.project_id", "r.project_id").where("r.run_id", runId).first("r.*", "p.name as project_name");
}

/** Soft-deletes (or restores) the given runs of the given workspaces; returns the ids changed. */
export async function setRunsDeleted(db: Db | Tx, runIds: string[], workspaceIds: string[], deleted: boolean): Promise<string[]> {
  const rows = await db("runs")
    .whereIn("run_id", runIds)
    .whereIn("workspace_id", workspaceIds)
    .where((w) => (deleted ? w.whereNull("deleted_at") : w.whereNotNull("deleted_at")))
    .update({ deleted_at: deleted ? db.fn.now() : null })
    .returning("run_id");
  return (rows as { run_id: string }[]).map((r) => r.run_id);
}

/**
 * Removes soft-deleted runs for good (their lines, rows, edges and tokens cascade). Runs that
 * produced an artifact version keep nothing pointing at them: source_run_id is plain text.
 */
export async function purgeDeletedRuns(db: Db | Tx, workspaceIds: string[], runIds: string[] | undefined): Promise<string[]> {
  const q = db("runs").whereIn("workspace_id", workspaceIds).whereNotNull("deleted_at");
  if (runIds !== undefined) q.whereIn("run_id", runIds);
  const rows = await q.delete().returning("run_id");
  return (rows as { run_id: string }[]).map((r) => r.run_id);
}

// ---- lineage

export interface LineageEdgeRow {
  run_id: string;
  version_id: string;
  role: "input" | "output";
  created_at: Date;
}

export async function insertLineageEdge(db: Db | Tx, e: { run_id: string; version_id: string; role: "input" | "output" }): Promise<void> {
  await db.raw("insert into lineage_edges (run_id, version_id, role) values (?, ?, ?) on conflict do nothing", [e.run_id, e.version_id, e.role]);
}

export async function edgesOfVersions(db: Db | Tx, versionIds: string[]): Promise<LineageEdgeRow[]> {
  if (versionIds.length === 0) return [];
  return db<LineageEdgeRow>("lineage_edges").whereIn("version_id", versionIds);
}

export async function edgesOfRuns(db: Db | Tx, runIds: string[]): Promise<LineageEdgeRow[]> {
  if (runIds.length === 0) return [];
  return db<LineageEdgeRow>("lineage_edges").whereIn("run_id", runIds);
}

export async function runsByIds(db: Db | Tx, runIds: string[]): Promise<RunListRow[]> {
  if (runIds.length === 0) return [];
  return db("runs as r").leftJoin("projects as p", "p.project_id", "r.project_id").whereIn("r.run_id", runIds).select("r.*", "p.name as project_name");
}

// ---- tokens

export async function insertRunToken(db: Db | Tx, runId: string, hash: Buffer, expiresAt: Date): Promise<void> {
  await db("run_tokens").insert({ token_hash: hash, run_id: runId, expires_at: expiresAt });
}

/** The run a live token reaches. */
export async function runOfToken(db: Db | Tx, hash: Buffer): Promise<string | undefined> {
  const row = (await db("run_tokens").where("token_hash", hash).andWhere("expires_at", ">", db.fn.now()).first("run_id")) as { run_id: string } | undefined;
  return row?.run_id;
}

// ---- preferences

export async function workspacePreferences(db: Db | Tx, workspaceId: string): Promise<{ user_root_dir: string | null; updated_at: Date } | undefined> {
  return db("workspace_preferences").where({ workspace_id: workspaceId }).first("user_root_dir", "updated_at");
}

export async function setUserRootDir(db: Db | Tx, workspaceId: string, path: string, userId: number): Promise<void> {
  await db.raw(
    `insert into workspace_preferences (workspace_id, user_root_dir, updated_by) values (?, ?, ?)
     on conflict (workspace_id) do update set user_root_dir = excluded.user_root_dir, updated_by = excluded.updated_by, updated_at = now()`,
    [workspaceId, path, userId],
  );
}

// ---- projects by name (runs name their project)

export async function projectByName(db: Db | Tx, workspaceId: string, name: string): Promise<{ project_id: string; name: string } | undefined> {
  return db("projects").where({ workspace_id: workspaceId }).whereNull("deleted_at").whereRaw("lower(name) = lower(?)", [name]).first("project_id", "name");
}

// ---- artifacts by name (the tracker names artifacts, the platform API uses ids)

export interface TrackedArtifactRow {
  artifact_id: string;
  workspace_id: string;
  kind: "dataset" | "model";
  name: string;
  description: string;
  created_at: Date;
  updated_at: Date;
  versions: number;
  latest_version: number | null;
  latest_bytes: number | null;
}

const ARTIFACT_COLUMNS = `a.artifact_id, a.workspace_id, a.kind, a.name, a.description, a.created_at, a.updated_at,
  (select count(*)::int from artifact_versions v where v.artifact_id = a.artifact_id and v.deleted_at is null) as versions,
  (select max(v.number) from artifact_versions v where v.artifact_id = a.artifact_id and v.deleted_at is null) as latest_version,
  (select v.total_bytes from artifact_versions v where v.artifact_id = a.artifact_id and v.deleted_at is null order by v.number desc limit 1) as latest_bytes`;

/** Live artifacts of the workspaces (of `kinds`), newest first, at most `limit`. */
export async function artifactsIn(db: Db | Tx, workspaceIds: string[], kinds: ("dataset" | "model")[], limit: number): Promise<TrackedArtifactRow[]> {
  if (workspaceIds.length === 0) return [];
  const r = await db.raw<{ rows: TrackedArtifactRow[] }>(
    `select ${ARTIFACT_COLUMNS} from artifacts a
      where a.workspace_id = any(?::uuid[]) and a.kind = any(?::text[]) and a.deleted_at is null
      order by a.updated_at desc, a.artifact_id limit ?`,
    [workspaceIds, kinds, limit],
  );
  return r.rows;
}

/** Live artifacts named `name` (any case) in the workspaces. */
export async function artifactsNamed(db: Db | Tx, workspaceIds: string[], kinds: ("dataset" | "model")[], name: string): Promise<TrackedArtifactRow[]> {
  if (workspaceIds.length === 0) return [];
  const r = await db.raw<{ rows: TrackedArtifactRow[] }>(
    `select ${ARTIFACT_COLUMNS} from artifacts a
      where a.workspace_id = any(?::uuid[]) and a.kind = any(?::text[]) and a.deleted_at is null and lower(a.name) = lower(?)`,
    [workspaceIds, kinds, name],
  );
  return r.rows;
}

export interface TrackedVersionRow {
  version_id: string;
  artifact_id: string;
  number: number;
  message: string;
  parent_version_id: string | null;
  digest: string;
  total_bytes: number;
  file_count: number;
  source: "upload" | "run";
  source_run_id: string | null;
  metrics: Record<string, unknown>;
  created_by: number;
  created_at: Date;
  workspace_id: string;
  kind: "dataset" | "model";
  artifact_name: string;
}

const VERSION_COLUMNS = "v.*, a.workspace_id, a.kind, a.name as artifact_name";

export async function versionsOfArtifact(db: Db | Tx, artifactId: string, limit: number): Promise<TrackedVersionRow[]> {
  const r = await db.raw<{ rows: TrackedVersionRow[] }>(
    `select ${VERSION_COLUMNS} from artifact_versions v join artifacts a using (artifact_id)
      where v.artifact_id = ? and v.deleted_at is null order by v.number desc limit ?`,
    [artifactId, limit],
  );
  return r.rows;
}

export async function versionByNumber(db: Db | Tx, artifactId: string, number: number): Promise<TrackedVersionRow | undefined> {
  const r = await db.raw<{ rows: TrackedVersionRow[] }>(
    `select ${VERSION_COLUMNS} from artifact_versions v join artifacts a using (artifact_id)
      where v.artifact_id = ? and v.number = ? and v.deleted_at is null`,
    [artifactId, number],
  );
  return r.rows[0];
}

/** Live versions by id (deleted ones and those of deleted artifacts left out). */
export async function versionsByIds(db: Db | Tx, versionIds: string[]): Promise<TrackedVersionRow[]> {
  if (versionIds.length === 0) return [];
  const r = await db.raw<{ rows: TrackedVersionRow[] }>(
    `select ${VERSION_COLUMNS} from artifact_versions v join artifacts a using (artifact_id)
      where v.version_id = any(?::uuid[]) and v.deleted_at is null and a.deleted_at is null`,
    [versionIds],
  );
  return r.rows;
}

export async function versionFiles(db: Db | Tx, versionId: string, limit: number): Promise<{ path: string; size: number; digest: string }[]> {
  return db("artifact_files").where({ version_id: versionId }).orderBy("path").limit(limit).select("path", "size", "digest");
}

// ---- metric series (packed float64 chunks per metric, for charts)

/** The last chunk of each named series of a run (under the run's lock). */
export async function lastSeriesChunks(trx: Tx, runId: string, names: string[]): Promise<{ name: string; chunk_no: number; n: number }[]> {
  if (names.length === 0) return [];
  const r = await trx.raw<{ rows: { name: string; chunk_no: number; n: number }[] }>(
    `select distinct on (name) name, chunk_no, n from run_metric_series where run_id = ? and name = any(?::text[]) order by name, chunk_no desc`,
    [runId, names],
  );
  return r.rows;
}

/** Appends points to chunks (new ones inserted, existing ones extended): one statement. */
export async function appendSeriesChunks(
  trx: Tx,
  runId: string,
  parts: { name: string; chunk_no: number; n: number; steps: Buffer; vals: Buffer }[],
): Promise<void> {
  if (parts.length === 0) return;
  await trx.raw(
    `insert into run_metric_series (run_id, name, chunk_no, n, steps, vals)
     select ?, u.name, u.chunk_no, u.n, u.steps, u.vals
       from unnest(?::text[], ?::int[], ?::int[], ?::bytea[], ?::bytea[]) as u(name, chunk_no, n, steps, vals)
     on conflict (run_id, name, chunk_no) do update
       set n = run_metric_series.n + excluded.n,
           steps = run_metric_series.steps || excluded.steps,
           vals = run_metric_series.vals || excluded.vals`,
    [runId, parts.map((p) => p.name), parts.map((p) => p.chunk_no), parts.map((p) => p.n), parts.map((p) => p.steps), parts.map((p) => p.vals)],
  );
}

/** A metric's chunks in order: packed float64 steps and values. */
export async function seriesChunks(db: Db | Tx, runId: string, name: string): Promise<{ steps: Buffer; vals: Buffer; n: number }[]> {
  return db("run_metric_series").where({ run_id: runId, name }).orderBy("chunk_no").select("steps", "vals", "n");
}
