// Tasks, their events and training templates (issue 13, docs/decisions/0031-tasks.md).
import type { Knex } from "knex";
import type { Db, Tx } from "../knex.js";
import type { TaskEventRow, TaskRow, TemplateRow } from "../rows.js";

const JSON_COLUMNS = ["hyperparameters", "prices", "command", "env"] as const;

function toDb(patch: Partial<TaskRow>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...patch };
  for (const c of JSON_COLUMNS) if (out[c] !== undefined) out[c] = JSON.stringify(out[c]);
  return out;
}

export type NewTask = Omit<TaskRow, "created_at" | "updated_at" | "queued_at" | "deleted_at">;

export async function insertTask(trx: Tx, row: NewTask, at: Date): Promise<void> {
  await trx("tasks").insert({ ...toDb(row), queued_at: at, created_at: at, updated_at: at });
}

export async function findTask(db: Db | Tx, taskId: string): Promise<TaskRow | undefined> {
  return db<TaskRow>("tasks").where({ task_id: taskId }).first();
}

export async function lockTask(trx: Tx, taskId: string): Promise<TaskRow | undefined> {
  return trx<TaskRow>("tasks").where({ task_id: taskId }).forUpdate().first();
}

export async function taskOfInstance(db: Db | Tx, instanceId: string): Promise<TaskRow | undefined> {
  return db<TaskRow>("tasks").where({ instance_id: instanceId }).first();
}

export async function updateTask(trx: Db | Tx, taskId: string, patch: Partial<TaskRow>, at: Date): Promise<void> {
  await trx("tasks")
    .where({ task_id: taskId })
    .update({ ...toDb(patch), updated_at: at } as Knex.DbRecord<TaskRow>);
}

export async function insertTaskEvent(trx: Db | Tx, e: Omit<TaskEventRow, "event_id">): Promise<void> {
  await trx("task_events").insert(e);
}

export async function taskEvents(db: Db, taskId: string): Promise<TaskEventRow[]> {
  return db<TaskEventRow>("task_events").where({ task_id: taskId }).orderBy("event_id").limit(1000);
}

export interface TaskFilter {
  workspaceIds: readonly string[];
  projectId?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
}

export async function listTasks(db: Db, f: TaskFilter, limit: number, offset: number): Promise<{ rows: TaskRow[]; total: number }> {
  if (f.workspaceIds.length === 0) return { rows: [], total: 0 };
  const base = db<TaskRow>("tasks")
    .whereIn("workspace_id", [...f.workspaceIds])
    .whereNull("deleted_at")
    .modify((q) => {
      if (f.projectId) q.where("project_id", f.projectId);
      if (f.status) q.where("status", f.status);
      if (f.kind) q.where("kind", f.kind);
    });
  const [rows, total] = await Promise.all([
    base
      .clone()
      .orderBy([{ column: "created_at", order: "desc" }, { column: "task_id" }])
      .limit(limit)
      .offset(offset),
    base.clone().count<{ count: string }[]>({ count: "*" }),
  ]);
  return { rows, total: Number(total[0]?.count ?? 0) };
}

/** Every queued task (the queue is scanned whole; bounded so that a flood cannot stall a pass). */
export async function queuedTasks(db: Db | Tx, max: number): Promise<TaskRow[]> {
  return db<TaskRow>("tasks")
    .where({ status: "queued" })
    .orderBy([{ column: "priority", order: "desc" }, { column: "queued_at" }])
    .limit(max);
}

/** Per workspace: its share and the GPUs its task instances hold now. */
export async function workspaceShares(
  db: Db | Tx,
  workspaceIds: readonly string[],
): Promise<Map<string, { share: number; held: number; gpuQuota: number | null }>> {
  const out = new Map<string, { share: number; held: number; gpuQuota: number | null }>();
  if (workspaceIds.length === 0) return out;
  const r = await db.raw<{ rows: { workspace_id: string; queue_share: number; gpu_quota: number | null; held: number }[] }>(
    `select w.workspace_id, w.queue_share, w.gpu_quota,
       (select count(*)::int from instance_gpus ig join instances i on i.instance_id = ig.instance_id
          join tasks t on t.task_id = i.task_id where t.workspace_id = w.workspace_id) as held
     from workspaces w where w.workspace_id = any(?::uuid[])`,
    [[...workspaceIds]],
  );
  for (const x of r.rows) out.set(x.workspace_id, { share: Number(x.queue_share), held: x.held, gpuQuota: x.gpu_quota });
  return out;
}

/** GPUs the workspace's tasks hold now (under the caller's lock of the workspace row). */
export async function gpusHeldByWorkspaceTasks(trx: Tx, workspaceId: string): Promise<number> {
  const r = await trx.raw<{ rows: { n: number }[] }>(
    `select count(*)::int as n from instance_gpus ig join instances i on i.instance_id = ig.instance_id
       join tasks t on t.task_id = i.task_id where t.workspace_id = ?`,
    [workspaceId],
  );
  return r.rows[0]!.n;
}

export async function lockWorkspaceRow(trx: Tx, workspaceId: string): Promise<{ gpu_quota: number | null } | undefined> {
  const r = await trx.raw<{ rows: { gpu_quota: number | null }[] }>("select gpu_quota from workspaces where workspace_id = ? for update", [workspaceId]);
  return r.rows[0];
}

/** Running tasks past their max_duration_s that are not being stopped yet (database clock not used: `now` is the service clock). */
export async function overdueTasks(db: Db, now: Date, max: number): Promise<TaskRow[]> {
  return db<TaskRow>("tasks")
    .where({ status: "running" })
    .whereNull("stop_reason")
    .whereNotNull("max_duration_s")
    .whereRaw("started_at + make_interval(secs => max_duration_s) <= ?", [now])
    .limit(max);
}

/** Placed tasks whose host has been offline since before `before`. */
export async function tasksOnLostHosts(db: Db, before: Date, max: number): Promise<TaskRow[]> {
  return db("tasks as t")
    .join("hosts as h", "h.host_id", "t.host_id")
    .whereIn("t.status", ["scheduled", "pulling", "running"])
    .where((q) => q.where((o) => o.where("h.status", "offline").where("h.status_changed_at", "<=", before)).orWhereNotNull("h.revoked_at"))
    .limit(max)
    .select("t.*");
}

/** Placed tasks that are ending (their container exited or they are being stopped) without a pending command: a finish to issue. */
export async function tasksToFinish(db: Db, max: number): Promise<TaskRow[]> {
  return db("tasks as t")
    .join("instances as i", "i.instance_id", "t.instance_id")
    .whereIn("t.status", ["scheduled", "pulling", "running"])
    .whereNull("i.pending_command_id")
    .where((q) => q.whereNotNull("t.exited_at").orWhereNotNull("t.stop_reason"))
    .whereNot("i.state", "Destroyed")
    .limit(max)
    .select("t.*");
}

/** The create commands among these that belong to scheduled tasks (they reached the agent: pulling). */
export async function markPulling(db: Db, commandIds: readonly string[], at: Date): Promise<string[]> {
  if (commandIds.length === 0) return [];
  const r = await db.raw<{ rows: { task_id: string }[] }>(
    `update tasks t set status = 'pulling', updated_at = ?
     from commands c join instances i on i.instance_id = c.instance_id
     where c.command_id = any(?::uuid[]) and c.op = 'create' and i.task_id = t.task_id and t.instance_id = i.instance_id and t.status = 'scheduled'
     returning t.task_id`,
    [at, [...commandIds]],
  );
  if (r.rows.length > 0)
    await db("task_events").insert(
      r.rows.map((x) => ({ task_id: x.task_id, at, from_status: "scheduled", to_status: "pulling", reason: "the host received the task" })),
    );
  return r.rows.map((x) => x.task_id);
}

/** Seconds until each running task of the workspace set may end (max_duration_s), for queue estimates. */
export async function runningTaskEnds(db: Db, roomName: string, gpuModel: string): Promise<{ gpus: number; ends_at: Date | null; host_id: string }[]> {
  const r = await db.raw<{ rows: { gpus: number; ends_at: Date | null; host_id: string }[] }>(
    `select t.gpu_count as gpus, t.host_id,
       case when t.max_duration_s is null then null else coalesce(t.started_at, now()) + make_interval(secs => t.max_duration_s) end as ends_at
     from tasks t where t.status in ('scheduled', 'pulling', 'running') and t.room_name = ? and t.gpu_model = ?`,
    [roomName, gpuModel],
  );
  return r.rows;
}

/** The task's cost so far: its attempts' usage entries (negative amounts are charges). */
export async function taskCharges(db: Db, taskId: string): Promise<number> {
  const r = await db.raw<{ rows: { n: string | null }[] }>(
    `select coalesce(-sum(e.amount_minor), 0)::bigint as n from ledger_entries e
       join instances i on i.instance_id = e.instance_id where i.task_id = ?`,
    [taskId],
  );
  return Number(r.rows[0]?.n ?? 0);
}

// ---- templates

const TEMPLATE_JSON = ["command", "hyperparameters"] as const;

function templateOf(r: Record<string, unknown>): TemplateRow {
  return { ...(r as unknown as TemplateRow), cpu_per_gpu: Number(r["cpu_per_gpu"]), memory_gib_per_gpu: Number(r["memory_gib_per_gpu"]) };
}

export type TemplateColumns = Omit<TemplateRow, "template_id" | "created_at" | "updated_at" | "retired_at">;

export async function insertTemplate(db: Db, row: TemplateColumns): Promise<TemplateRow | "name_taken"> {
  const values: Record<string, unknown> = { ...row };
  for (const c of TEMPLATE_JSON) values[c] = JSON.stringify(values[c]);
  try {
    const [r] = await db("training_templates").insert(values).returning("*");
    return templateOf(r as Record<string, unknown>);
  } catch (err) {
    if ((err as { code?: string }).code === "23505") return "name_taken";
    throw err;
  }
}

export async function updateTemplate(
  db: Db,
  id: string,
  patch: Partial<TemplateColumns> & { retired_at?: Date | null },
  at: Date,
): Promise<TemplateRow | "name_taken" | undefined> {
  const values: Record<string, unknown> = { ...patch, updated_at: at };
  for (const c of TEMPLATE_JSON) if (values[c] !== undefined) values[c] = JSON.stringify(values[c]);
  try {
    const [r] = await db("training_templates").where({ template_id: id }).update(values).returning("*");
    return r ? templateOf(r as Record<string, unknown>) : undefined;
  } catch (err) {
    if ((err as { code?: string }).code === "23505") return "name_taken";
    throw err;
  }
}

export async function findTemplate(db: Db | Tx, id: string): Promise<TemplateRow | undefined> {
  const r = await db("training_templates").where({ template_id: id }).first();
  return r ? templateOf(r as Record<string, unknown>) : undefined;
}

export async function listTemplates(db: Db, includeRetired: boolean, limit: number, offset: number): Promise<{ rows: TemplateRow[]; total: number }> {
  const base = db("training_templates").modify((q) => {
    if (!includeRetired) q.whereNull("retired_at");
  });
  const [rows, total] = await Promise.all([
    base
      .clone()
      .orderBy([{ column: "name" }, { column: "template_id" }])
      .limit(limit)
      .offset(offset),
    base.clone().count<{ count: string }[]>({ count: "*" }),
  ]);
  return { rows: (rows as Record<string, unknown>[]).map(templateOf), total: Number(total[0]?.count ?? 0) };
}

/** NOTIFY inside the caller's transaction: delivered when it commits, never for a rollback. */
export async function signal(trx: Db | Tx, channel: string, payload: string): Promise<void> {
  await trx.raw("select pg_notify(?, ?)", [channel, payload]);
}

export interface ModelVersionRow {
  version_id: string;
  artifact_id: string;
  model_name: string;
  workspace_id: string;
  number: number;
  message: string;
  total_bytes: number;
  file_count: number;
  source: string;
  source_run_id: string | null;
  created_at: Date;
}

/** Live model versions of the workspaces, newest first (training's starting points). */
export async function modelVersionsIn(
  db: Db,
  workspaceIds: readonly string[],
  limit: number,
  offset: number,
): Promise<{ rows: ModelVersionRow[]; total: number }> {
  if (workspaceIds.length === 0) return { rows: [], total: 0 };
  const base = db("artifact_versions as v")
    .join("artifacts as a", "a.artifact_id", "v.artifact_id")
    .where("a.kind", "model")
    .whereIn("a.workspace_id", [...workspaceIds])
    .whereNull("a.deleted_at")
    .whereNull("v.deleted_at");
  const [rows, total] = await Promise.all([
    base
      .clone()
      .orderBy([{ column: "v.created_at", order: "desc" }, { column: "v.version_id" }])
      .limit(limit)
      .offset(offset)
      .select(
        "v.version_id",
        "v.artifact_id",
        "a.name as model_name",
        "a.workspace_id",
        "v.number",
        "v.message",
        "v.total_bytes",
        "v.file_count",
        "v.source",
        "v.source_run_id",
        "v.created_at",
      ),
    base.clone().count<{ count: string }[]>({ count: "*" }),
  ]);
  return { rows: rows as ModelVersionRow[], total: Number(total[0]?.count ?? 0) };
}
