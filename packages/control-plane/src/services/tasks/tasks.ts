// Tasks as the platform API shows and changes them: training submissions from templates, the
// task list and detail, update, cancel, delete (docs/decisions/0031-tasks.md). Authorization is
// the workspace's (tasks:read / tasks:write); another workspace's tasks are unknown (404).
import { findProduct } from "../../db/queries/products.js";
import { workspacesOf } from "../../db/queries/platform/workspaces.js";
import { findUser } from "../../db/queries/users.js";
import { projectById } from "../../db/queries/platform/projects.js";
import {
  findTask,
  findTemplate,
  insertTask,
  insertTaskEvent,
  listTasks,
  lockTask,
  queuedTasks,
  runningTaskEnds,
  taskCharges,
  taskEvents,
  updateTask,
  workspaceShares,
} from "../../db/queries/tasks.js";
import type { Db } from "../../db/knex.js";
import type { TaskEventRow, TaskRow, TemplateRow } from "../../db/rows.js";
import { formatMoney } from "../../domain/money.js";
import { hourlyRatePerDay, oneHourAt } from "../../domain/pricing.js";
import { fairOrder, hyperparameterEnv, isFinal, renderCommand, resolveHyperparameters } from "../../domain/tasks.js";
import { AppError, invalid, notFound } from "../../errors.js";
import { clock } from "../clock.js";
import { pricesOf } from "../orders.js";
import { attachments } from "../platform/artifacts.js";
import { authorize, UUID_PATTERN } from "../platform/authz.js";
import type { Principal } from "../platform/sessions.js";
import { kickQueue, newTaskId, publishTask, requestStop } from "./lifecycle.js";

/** A task's max_duration_s is at most 30 days (a longer job should checkpoint and be resubmitted). */
export const MAX_DURATION_S = 30 * 86_400;
/** Queued tasks one pass of the queue looks at (and the queue position is computed over). */
export const QUEUE_SCAN = 1000;

const TASK_ID = /^task-[0-9a-f]{16}$/;

export interface TaskView {
  id: string;
  kind: TaskRow["kind"];
  name: string;
  description: string;
  workspace_id: string;
  project_id: string;
  user_id: number;
  status: TaskRow["status"];
  reason: string | null;
  exit_code: number | null;
  priority: number;
  template_id: string | null;
  hyperparameters: Record<string, unknown>;
  gpu_type: string;
  gpu_count: number;
  gpus: { index: number; uuid: string }[];
  host_id: string | null;
  image: string;
  command: string[];
  dataset_version_ids: string[];
  model_version_id: string | null;
  output_dir: string;
  output_version_id: string | null;
  output_error: string | null;
  max_duration_s: number | null;
  run_id: string | null;
  attempt: number;
  progress: number | null;
  step: number | null;
  total_steps: number | null;
  queue_position: number | null;
  estimated_start_at: string | null;
  created_at: string;
  queued_at: string;
  scheduled_at: string | null;
  started_at: string | null;
  exited_at: string | null;
  finished_at: string | null;
  duration_s: number | null;
  cost: string;
  events?: { at: string; from: string | null; to: string; reason: string | null }[];
}

const iso = (d: Date): string => d.toISOString();
const time = (d: Date | null) => (d ? iso(d) : null);

function viewOf(t: TaskRow, extra: { cost: number; position?: number | null; estimate?: Date | null; events?: TaskEventRow[] }): TaskView {
  const end = t.exited_at ?? (isFinal(t.status) ? t.finished_at : null);
  return {
    id: t.task_id,
    kind: t.kind,
    name: t.name,
    description: t.description,
    workspace_id: t.workspace_id,
    project_id: t.project_id,
    user_id: t.user_id,
    status: t.status,
    reason: t.reason,
    exit_code: t.exit_code,
    priority: t.priority,
    template_id: t.template_id,
    hyperparameters: t.hyperparameters,
    gpu_type: t.gpu_type,
    gpu_count: t.gpu_count,
    gpus: t.gpu_indexes.map((index, n) => ({ index, uuid: t.gpu_uuids[n] ?? "" })),
    host_id: t.host_id,
    image: t.image_ref,
    command: t.command,
    dataset_version_ids: t.dataset_version_ids,
    model_version_id: t.model_version_id,
    output_dir: t.output_dir,
    output_version_id: t.output_version_id,
    output_error: t.output_error,
    max_duration_s: t.max_duration_s,
    run_id: t.run_id,
    attempt: t.attempt,
    progress: t.progress,
    step: t.step === null ? null : Number(t.step),
    total_steps: t.total_steps === null ? null : Number(t.total_steps),
    queue_position: extra.position ?? null,
    estimated_start_at: time(extra.estimate ?? null),
    created_at: iso(t.created_at),
    queued_at: iso(t.queued_at),
    scheduled_at: time(t.scheduled_at),
    started_at: time(t.started_at),
    exited_at: time(t.exited_at),
    finished_at: time(t.finished_at),
    duration_s: t.started_at ? Math.max(0, Math.round(((end ?? clock.now()).getTime() - t.started_at.getTime()) / 1000)) : null,
    cost: formatMoney(extra.cost),
    ...(extra.events ? { events: extra.events.map((e) => ({ at: iso(e.at), from: e.from_status, to: e.to_status, reason: e.reason })) } : {}),
  };
}

/** The queued tasks in the order the queue offers them GPUs (one read of the queue, one of the shares). */
export async function fairQueue(db: Db) {
  const queued = await queuedTasks(db, QUEUE_SCAN);
  const shares = await workspaceShares(db, [...new Set(queued.map((q) => q.workspace_id))]);
  const order = fairOrder(
    queued.map((q) => ({ taskId: q.task_id, workspaceId: q.workspace_id, priority: q.priority, queuedAtMs: q.queued_at.getTime(), gpus: q.gpu_count })),
    shares,
  );
  return { queued, shares, order };
}

/** Queue positions (from 1) by task id; read once per request, however many tasks it shows. */
async function queuePositions(db: Db): Promise<Map<string, number>> {
  return new Map((await fairQueue(db)).order.map((q, i) => [q.taskId, i + 1]));
}

/** Where a queued task stands: its place in the fair order, and when GPUs should be free for it. */
async function queuePlace(db: Db, t: TaskRow, positions: () => Promise<Map<string, number>>): Promise<{ position: number | null; estimate: Date | null }> {
  if (t.status !== "queued") return { position: null, estimate: null };
  const position = (await positions()).get(t.task_id) ?? null;
  // When enough GPUs of the model should be free on one host from the running tasks' limits
  // (null when a task holding them has no max_duration_s: nobody can tell).
  const ends = await runningTaskEnds(db, t.room_name, t.gpu_model);
  const byHost = new Map<string, typeof ends>();
  for (const e of ends) byHost.set(e.host_id, [...(byHost.get(e.host_id) ?? []), e]);
  let estimate: Date | null = null;
  for (const list of byHost.values()) {
    const sorted = list.filter((e) => e.ends_at !== null).sort((a, b) => a.ends_at!.getTime() - b.ends_at!.getTime());
    let freed = 0;
    for (const e of sorted) {
      freed += e.gpus;
      if (freed >= t.gpu_count) {
        if (!estimate || e.ends_at! < estimate) estimate = e.ends_at;
        break;
      }
    }
  }
  return { position, estimate };
}

/** The task if the caller may `permission` it (404 otherwise, whatever the reason). */
async function taskFor(db: Db, p: Principal, id: string, permission: "tasks:read" | "tasks:write"): Promise<TaskRow> {
  const t = TASK_ID.test(id) ? await findTask(db, id) : undefined;
  if (!t || t.deleted_at) throw notFound("task not found");
  await authorize(db, p, t.workspace_id, permission, "task");
  return t;
}

export async function getTask(db: Db, p: Principal, id: string, kind?: TaskRow["kind"]): Promise<TaskView> {
  const t = await taskFor(db, p, id, "tasks:read");
  if (kind && t.kind !== kind) throw notFound("task not found");
  const place = await queuePlace(db, t, () => queuePositions(db));
  return viewOf(t, { cost: await taskCharges(db, t.task_id), ...place, events: await taskEvents(db, t.task_id) });
}

export interface TaskListFilter {
  workspaceId?: string | undefined;
  projectId?: string | undefined;
  status?: string | undefined;
  kind?: TaskRow["kind"] | undefined;
}

export async function listTaskViews(
  db: Db,
  p: Principal,
  f: TaskListFilter,
  page: { page: number; limit: number },
): Promise<{ items: TaskView[]; total: number }> {
  let ids: string[];
  if (f.projectId !== undefined) {
    const project = UUID_PATTERN.test(f.projectId) ? await projectById(db, f.projectId) : undefined;
    if (!project) throw notFound("project not found");
    ids = [(await authorize(db, p, project.workspace_id, "tasks:read", "project")).workspace_id];
  } else if (f.workspaceId !== undefined) ids = [(await authorize(db, p, f.workspaceId, "tasks:read")).workspace_id];
  else ids = (await workspacesOf(db, p.user.user_id)).filter((w) => w.permissions.includes("tasks:read")).map((w) => w.workspace_id);
  const { rows, total } = await listTasks(db, { workspaceIds: ids, ...f }, page.limit, (page.page - 1) * page.limit);
  const items: TaskView[] = [];
  let positions: Promise<Map<string, number>> | undefined;
  const once = () => (positions ??= queuePositions(db));
  for (const t of rows) items.push(viewOf(t, { cost: await taskCharges(db, t.task_id), ...(await queuePlace(db, t, once)) }));
  return { items, total };
}

export interface SubmitInput {
  projectId: string;
  templateId: string;
  name?: string | undefined;
  description?: string | undefined;
  hyperparameters: Record<string, unknown>;
  gpuCount?: number | undefined;
  gpuType: string;
  datasetVersionIds?: string[] | undefined;
  modelVersionId?: string | undefined;
  maxDurationS?: number | undefined;
  priority?: number | undefined;
}

/** What one hour of the task's GPUs costs at the product's rate (what submit needs on the balance). */
function oneHourOf(prices: TaskRow["prices"], gpus: number): number {
  return oneHourAt(hourlyRatePerDay(prices, { started: true, billable: true, gpusHeld: gpus, runningCardLess: false, extraDiskGb: 0 }));
}

/** POST /training/submit: a queued task of kind training, from a template. */
export async function submitTraining(db: Db, p: Principal, input: SubmitInput): Promise<TaskView> {
  const project = UUID_PATTERN.test(input.projectId) ? await projectById(db, input.projectId) : undefined;
  if (!project) throw notFound("project not found");
  const ws = await authorize(db, p, project.workspace_id, "tasks:write", "project");
  if (project.status !== "active") throw new AppError("INVALID_STATE", "the project is archived");
  const template: TemplateRow | undefined = UUID_PATTERN.test(input.templateId) ? await findTemplate(db, input.templateId) : undefined;
  if (!template || template.retired_at) throw notFound("template not found");
  const hp = resolveHyperparameters(template.hyperparameters, input.hyperparameters);
  if ("problems" in hp) throw invalid(`hyperparameters: ${hp.problems.join("; ")}`);
  const product = await findProduct(db, input.gpuType);
  if (!product) throw notFound(`no product ${input.gpuType.slice(0, 64)}`);
  if (product.retired_at) throw new AppError("RETIRED", `product ${product.gpu_type} is retired`);
  const gpuCount = input.gpuCount ?? template.gpu_count;
  // Checked now (404 for versions the submitter cannot read); resolved again at placement.
  await attachments(db, p.user.user_id, { datasets: input.datasetVersionIds ?? [], models: input.modelVersionId ? [input.modelVersionId] : [] });
  const prices = pricesOf(product);
  const perHour = oneHourOf(prices, gpuCount);
  const balance = (await findUser(db, ws.wallet_user_id))?.balance_minor ?? 0;
  if (balance < perHour)
    throw new AppError(
      "INSUFFICIENT_BALANCE",
      `the workspace's wallet holds ${formatMoney(balance)}; one hour of ${gpuCount} ${product.gpu_model} GPU(s) needs at least ${formatMoney(perHour)}`,
    );
  const totalSteps = template.total_steps_param !== null ? hp.values[template.total_steps_param] : undefined;
  const now = clock.now();
  const id = newTaskId();
  const row = {
    task_id: id,
    workspace_id: ws.workspace_id,
    project_id: project.project_id,
    user_id: p.user.user_id,
    kind: "training" as const,
    name: input.name ?? `${template.name} ${now.toISOString().slice(0, 19).replace("T", " ")}`,
    description: input.description ?? "",
    priority: input.priority ?? 0,
    status: "queued" as const,
    reason: null,
    exit_code: null,
    template_id: template.template_id,
    hyperparameters: hp.values,
    gpu_type: product.gpu_type,
    room_name: product.room_name,
    gpu_model: product.gpu_model,
    prices,
    gpu_count: gpuCount,
    cpu_millis: Math.round(template.cpu_per_gpu * 1000 * gpuCount),
    memory_bytes: Math.round(template.memory_gib_per_gpu * 2 ** 30 * gpuCount),
    image_ref: template.image_ref,
    command: renderCommand(template.command, hp.values),
    env: hyperparameterEnv(hp.values),
    dataset_version_ids: input.datasetVersionIds ?? [],
    model_version_id: input.modelVersionId ?? null,
    output_dir: template.output_dir,
    total_steps: typeof totalSteps === "number" && totalSteps > 0 ? Math.floor(totalSteps) : null,
    max_duration_s: input.maxDurationS ?? template.max_duration_s,
    attempt: 0,
    instance_id: null,
    host_id: null,
    gpu_indexes: [],
    gpu_uuids: [],
    run_id: null,
    stop_reason: null,
    stop_requested_at: null,
    output_version_id: null,
    output_error: null,
    progress: null,
    step: null,
    scheduled_at: null,
    started_at: null,
    exited_at: null,
    finished_at: null,
  };
  await db.transaction(async (trx) => {
    await insertTask(trx, row, now);
    await insertTaskEvent(trx, { task_id: id, at: now, from_status: null, to_status: "queued", reason: "submitted" });
    await publishTask(trx, id);
    await kickQueue(trx);
  });
  return getTask(db, p, id);
}

/** PUT /tasks/{id}: name and description any time; priority while queued. */
export async function updateTaskFields(
  db: Db,
  p: Principal,
  id: string,
  patch: { name?: string | undefined; description?: string | undefined; priority?: number | undefined },
): Promise<TaskView> {
  await taskFor(db, p, id, "tasks:write");
  await db.transaction(async (trx) => {
    const t = await lockTask(trx, id);
    if (!t || t.deleted_at) throw notFound("task not found");
    if (patch.priority !== undefined && patch.priority !== t.priority && t.status !== "queued")
      throw new AppError("INVALID_STATE", `the priority can change only while the task is queued; it is ${t.status}`);
    await updateTask(
      trx,
      id,
      {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.priority !== undefined ? { priority: patch.priority } : {}),
      },
      clock.now(),
    );
    await publishTask(trx, id);
    if (patch.priority !== undefined) await kickQueue(trx);
  });
  return getTask(db, p, id);
}

/** POST /tasks/{id}/cancel: in every state; a task that has ended is left as it is (409). */
export async function cancelTask(db: Db, p: Principal, id: string): Promise<TaskView> {
  const t = await taskFor(db, p, id, "tasks:write");
  if (isFinal(t.status)) throw new AppError("INVALID_STATE", `the task has ended (${t.status})`);
  await requestStop(db, id, "cancel");
  return getTask(db, p, id);
}

/**
 * DELETE /tasks/{id}: cancels it if it still runs, then hides it from lists; its history
 * (events, run, logs) and its bill stay.
 */
export async function deleteTask(db: Db, p: Principal, id: string): Promise<{ workspace_id: string }> {
  const t = await taskFor(db, p, id, "tasks:write");
  if (!isFinal(t.status)) await requestStop(db, id, "cancel");
  await db.transaction(async (trx) => {
    await updateTask(trx, id, { deleted_at: clock.now() }, clock.now());
    await publishTask(trx, id);
  });
  return { workspace_id: t.workspace_id };
}

/** The task's run, GPUs and host (for the metrics routes and the live channels), checked like the task. */
export async function taskForReading(db: Db, p: Principal, id: string): Promise<TaskRow> {
  return taskFor(db, p, id, "tasks:read");
}

/** Whether the caller may read the task (the live channels check every subscription). */
export async function mayReadTask(db: Db, p: Principal, id: string): Promise<TaskRow | undefined> {
  try {
    return await taskFor(db, p, id, "tasks:read");
  } catch (err) {
    if (err instanceof AppError && (err.code === "NOT_FOUND" || err.code === "FORBIDDEN")) return undefined;
    throw err;
  }
}

export function invalidTaskId(id: string): boolean {
  return !TASK_ID.test(id);
}
