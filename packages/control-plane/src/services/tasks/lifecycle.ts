// A task's attempt from placement to its final state (docs/decisions/0031-tasks.md). The attempt
// executes as an instance row with task_id set; these hooks are called by command-results.ts
// with that row locked (lock order: instance, then host, then user, then task).
import { randomBytes, randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { agentv1, CommandStatus, ContainerStatus, type pb } from "@remotegpu/protocol";
import { failPendingCommandsOf, insertCommand } from "../../db/queries/commands.js";
import { gpusOfInstance, releaseGpus } from "../../db/queries/instance-gpus.js";
import { findInstance, lockInstance, updateInstance, type InstancePatch, type NewInstance } from "../../db/queries/instances.js";
import { insertTaskEvent, lockTask, signal, updateTask } from "../../db/queries/tasks.js";
import type { Db, Tx } from "../../db/knex.js";
import { Channel } from "../../db/notifications.js";
import type { InstanceRow, InstanceSpecJson, TaskRow } from "../../db/rows.js";
import { PAY_UNIT } from "../../domain/pay-units.js";
import { isFinal, type TaskStatus } from "../../domain/tasks.js";
import { AppError } from "../../errors.js";
import { settle } from "../billing.js";
import { clock } from "../clock.js";
import { insertWithCreate, newPassword, wake } from "../instances.js";
import { attachments, createRunOutputVersion } from "../platform/artifacts.js";
import { sealPassword, sealPayload } from "../secrets.js";
import { addLineage, createRun, finishRun, issueRunToken } from "../tracking/runs.js";

/** Where a task's container finds its run directory (metrics.jsonl). */
export const TASK_RUN_DIR = "/remotegpu/run";
/** SIGTERM to SIGKILL on cancel and timeout: long enough to write a checkpoint. */
export const TASK_STOP_TIMEOUT_S = 30;
/**
 * How long the agent waits for the last lines to be read and acknowledged before it gives up on
 * them: Docker serves a container's log at a few MB/s on a busy host, and the lines beyond the
 * cap are read (to be counted) too, so a task that printed 100 MB needs a minute or more.
 */
const FLUSH_TIMEOUT_S = 600;
/** Output limits of one task (the agent refuses to upload beyond them). */
export const MAX_OUTPUT_BYTES = 100 * 1024 ** 3;
export const MAX_OUTPUT_FILES = 10_000;

export interface TaskLimits {
  maxLogLines: number;
  maxMetricLines: number;
  maxLineBytes: number;
  stopGraceS: number;
  trackingUrl: string;
}

/** The grace period of stops, from the configuration (set once at start-up). */
let stopGraceS = TASK_STOP_TIMEOUT_S;
export function setTaskStopGrace(seconds: number): void {
  stopGraceS = seconds;
}

/** Instance ids of attempts: gpu-t<12 hex of the task>-<attempt>. */
export function attemptInstanceId(taskId: string, attempt: number): string {
  return `gpu-t${taskId.slice(5, 17)}-${attempt}`;
}

/** Records a change of status with its time and reason; the caller holds the task's row lock. */
export async function transition(trx: Tx, t: TaskRow, to: TaskStatus, at: Date, patch: Partial<TaskRow> = {}, reason: string | null = null): Promise<TaskRow> {
  const next = { ...patch, status: to, ...(reason !== null ? { reason } : {}) };
  await updateTask(trx, t.task_id, next, at);
  await insertTaskEvent(trx, { task_id: t.task_id, at, from_status: t.status, to_status: to, reason });
  await publishTask(trx, t.task_id);
  return { ...t, ...next };
}

/** Live subscribers of the task (ws /ws) hear of it once the transaction commits. */
export async function publishTask(trx: Db | Tx, taskId: string): Promise<void> {
  await signal(trx, Channel.LIVE, `task:${taskId}`);
}

/** The queue should look again (GPUs were given back, or a task was submitted). */
export async function kickQueue(trx: Db | Tx): Promise<void> {
  await signal(trx, Channel.TASKS, "queue");
}

/**
 * Places the task's next attempt on the host (the caller holds the host's lock and the task's):
 * its run, an instance row holding its GPUs, and the create command. Throws NO_STOCK or
 * QUOTA_EXCEEDED when the GPUs cannot be had after all (the caller's savepoint rolls back).
 */
export async function placeAttempt(trx: Tx, t: TaskRow, hostId: string, walletUserId: number, limits: TaskLimits): Promise<TaskRow> {
  const now = clock.now();
  const attempt = t.attempt + 1;
  const mounts = await attachments(trx as unknown as Db, t.user_id, {
    datasets: t.dataset_version_ids,
    models: t.model_version_id ? [t.model_version_id] : [],
  });
  const run = await createRun(
    trx,
    { workspaceId: t.workspace_id, projectId: t.project_id, userId: t.user_id, name: t.name, taskId: t.task_id, config: t.hyperparameters },
    now,
  );
  for (const m of mounts) await addLineage(trx, { runId: run.run_id, versionId: m.version_id, role: "input" });
  const token = await issueRunToken(trx, run.run_id);
  const env: Record<string, string> = {
    ...t.env,
    REMOTEGPU_TASK_ID: t.task_id,
    REMOTEGPU_RUN_ID: run.run_id,
    REMOTEGPU_RUN_TOKEN: token,
    REMOTEGPU_RUN_DIR: TASK_RUN_DIR,
    REMOTEGPU_OUTPUT_DIR: t.output_dir,
    ...(limits.trackingUrl ? { REMOTEGPU_TRACKING_URL: limits.trackingUrl } : {}),
  };
  const spec: InstanceSpecJson = {
    cpu_millis: t.cpu_millis,
    memory_bytes: t.memory_bytes,
    // Never used (a task has no SSH); the field is required of every instance.
    root_password: sealPassword(newPassword()),
    data_disk_bytes: 0,
    env,
    ports: [],
    pids_limit: 0,
    ...(mounts.length > 0 ? { artifacts: mounts } : {}),
    task: {
      command: t.command,
      output_dir: t.output_dir,
      run_dir: TASK_RUN_DIR,
      max_log_lines: limits.maxLogLines,
      max_metric_lines: limits.maxMetricLines,
      max_line_bytes: limits.maxLineBytes,
    },
  };
  const instanceId = attemptInstanceId(t.task_id, attempt);
  const row: NewInstance = {
    instance_id: instanceId,
    host_id: hostId,
    room_name: t.room_name,
    owner: null,
    state: "Creating",
    card_less: false,
    gpu_count: t.gpu_count,
    image_ref: t.image_ref,
    spec,
    ssh_port: null,
    user_id: walletUserId,
    gpu_type: t.gpu_type,
    name: t.name,
    pay_unit: PAY_UNIT.HOURLY,
    prices: t.prices,
    extra_disk_gb: 0,
    disk_gb: 0,
    task_id: t.task_id,
  };
  await insertWithCreate(trx, row, t.gpu_model);
  const gpus = await gpusOfInstance(trx, instanceId);
  return transition(trx, t, "scheduled", now, {
    attempt,
    instance_id: instanceId,
    host_id: hostId,
    run_id: run.run_id,
    gpu_indexes: gpus.map((g) => g.gpu_index),
    gpu_uuids: gpus.map((g) => g.uuid),
    scheduled_at: now,
  });
}

/**
 * Stores the FinishTask command of the attempt and marks the operation in progress (the caller
 * holds the instance's lock). `upload`: the output directory becomes a version.
 */
export async function issueFinish(trx: Tx, i: InstanceRow, upload: boolean): Promise<void> {
  const commandId = randomUUID();
  const generation = i.generation + 1;
  const body: pb.CommandInit = {
    commandId,
    instanceId: i.instance_id,
    generation,
    issuedAtMs: Date.now(),
    finishTask: { upload, maxOutputBytes: MAX_OUTPUT_BYTES, maxOutputFiles: MAX_OUTPUT_FILES, timeoutS: stopGraceS, flushTimeoutS: FLUSH_TIMEOUT_S },
  };
  const payload = sealPayload(Buffer.from(agentv1.Command.encode(agentv1.Command.create(body)).finish()));
  await insertCommand(trx, { command_id: commandId, instance_id: i.instance_id, host_id: i.host_id, generation, op: "finish_task", payload });
  await updateInstance(trx, i.instance_id, {
    generation,
    pending_command_id: commandId,
    state_before_op: i.state,
    state: i.state === "Running" ? "Stopping" : i.state,
    last_error: null,
  });
  await signal(trx, Channel.COMMANDS, i.host_id);
}

/**
 * The container ended (exited, died or is gone) while no operation was in progress: the attempt
 * is settled at once and its GPUs go back to the pool; the finish collects the rest.
 */
async function containerEnded(
  trx: Tx,
  i: InstanceRow,
  t: TaskRow,
  s: { exitCode: number | null; status: string; containerId?: string },
  log?: Logger,
): Promise<void> {
  const now = clock.now();
  const settled = await settle(trx, i, now);
  await releaseGpus(trx, i.instance_id);
  const patch: InstancePatch = { state: "Stopped", card_less: true, running_since: null, container_status: s.status };
  await updateInstance(trx, i.instance_id, patch);
  const lost = s.status === "missing";
  await updateTask(
    trx,
    t.task_id,
    { exited_at: now, exit_code: s.exitCode, ...(lost && !t.reason ? { reason: "the container is missing on the host" } : {}) },
    now,
  );
  await publishTask(trx, t.task_id);
  await kickQueue(trx);
  log?.info({ taskId: t.task_id, exitCode: s.exitCode, lost }, "task container ended");
  await issueFinish(trx, { ...settled, ...patch } as InstanceRow, !lost && s.exitCode === 0 && t.stop_reason === null);
}

const EXITED = new Set<number>([ContainerStatus.CONTAINER_STATUS_STOPPED, ContainerStatus.CONTAINER_STATUS_DEAD]);

/** A report about a task's container (command-results.ts applyContainerState; the row is locked). */
export async function taskContainerState(trx: Tx, i: InstanceRow, s: pb.ContainerState, log?: Logger): Promise<void> {
  if (i.pending_command_id || i.state === "Destroyed" || i.abandoned_at) return;
  if (i.state !== "Running") return; // ended already: the finish decides
  const t = await lockTask(trx, i.task_id!);
  if (!t || isFinal(t.status)) return;
  if (EXITED.has(s.status)) await containerEnded(trx, i, t, { exitCode: s.exitCode ?? null, status: "exited" }, log);
  else if (s.status === ContainerStatus.CONTAINER_STATUS_MISSING || s.status === ContainerStatus.CONTAINER_STATUS_REMOVED)
    await containerEnded(trx, i, t, { exitCode: null, status: "missing" }, log);
}

/** After the generic handling of a create result for a task's instance (its row locked). */
export async function taskCreated(trx: Tx, before: InstanceRow, r: pb.CommandResult, log?: Logger): Promise<void> {
  const t = await lockTask(trx, before.task_id!);
  const i = await findInstance(trx, before.instance_id);
  if (!t || !i || isFinal(t.status)) return;
  const now = clock.now();
  if (i.state === "Running") {
    const running = await transition(trx, t, "running", now, { started_at: now });
    const status = r.state?.status;
    // A task may be over before its create result is even sent.
    if (status !== undefined && EXITED.has(status)) return containerEnded(trx, i, running, { exitCode: r.state?.exitCode ?? null, status: "exited" }, log);
    if (running.stop_reason) await issueFinish(trx, i, false);
    return;
  }
  // The container could not be made (image, inputs, engine): the finish cleans up what is left
  // (and gives the GPUs back: the agent may not have been able to tell whether it started).
  await updateTask(trx, t.task_id, { reason: (i.last_error ?? "the container could not be created").slice(0, 1000), exited_at: now }, now);
  await issueFinish(trx, i, false);
}

/** The status a finished attempt ends in, and why. */
function finalStatus(t: TaskRow, r: pb.CommandResult, outputProblem: string | null): { status: TaskStatus; reason: string | null } {
  switch (t.stop_reason) {
    case "cancel":
      return { status: "cancelled", reason: "cancelled" };
    case "timeout":
      return { status: "timed_out", reason: `ran longer than max_duration_s (${t.max_duration_s} s)` };
    case "balance":
      return { status: "failed", reason: "balance_exhausted" };
    case "host_lost":
      return { status: "failed", reason: "host_lost" };
  }
  if (r.status !== CommandStatus.COMMAND_STATUS_SUCCEEDED)
    return { status: "failed", reason: t.reason ?? `finish failed: ${r.errorCode || "FAILED"} ${r.errorMessage}`.trim() };
  const code = t.exit_code ?? r.task?.exitCode ?? null;
  if (t.reason && code === null) return { status: "failed", reason: t.reason };
  if (code !== 0) return { status: "failed", reason: code === null ? (t.reason ?? "the container ended without an exit code") : `exit code ${code}` };
  if (outputProblem) return { status: "failed", reason: `output not stored: ${outputProblem}` };
  return { status: "succeeded", reason: null };
}

const RUN_STATUS: Record<string, "finished" | "failed" | "interrupted"> = {
  succeeded: "finished",
  failed: "failed",
  cancelled: "interrupted",
  timed_out: "interrupted",
};

/** The FinishTask result: the attempt's books are closed, its output stored, its final state written. */
export async function taskFinished(trx: Tx, locked: InstanceRow, r: pb.CommandResult, log: Logger): Promise<void> {
  const now = clock.now();
  const i = await settle(trx, locked, now);
  await releaseGpus(trx, i.instance_id);
  await updateInstance(trx, i.instance_id, {
    state: "Destroyed",
    destroyed_at: now,
    pending_command_id: null,
    state_before_op: null,
    running_since: null,
    container_status: "removed",
    last_error: r.status === CommandStatus.COMMAND_STATUS_SUCCEEDED ? null : `finish failed: ${r.errorCode} ${r.errorMessage}`.slice(0, 1000),
  });
  const t = await lockTask(trx, i.task_id!);
  if (!t || isFinal(t.status) || t.instance_id !== i.instance_id) return;
  const outcome = r.task;
  let outputProblem: string | null = outcome?.outputError || null;
  let outputVersionId: string | null = null;
  const exitedOk = (t.exit_code ?? outcome?.exitCode ?? null) === 0 && t.stop_reason === null && r.status === CommandStatus.COMMAND_STATUS_SUCCEEDED;
  const files = outcome?.files ?? [];
  if (exitedOk && !outputProblem && files.length > 0 && t.run_id) {
    // A savepoint: a refused version (quota, content gone) fails the task, not the result.
    try {
      const v = await trx.transaction((sp) =>
        createRunOutputVersion(sp, {
          workspaceId: t.workspace_id,
          name: t.name,
          userId: t.user_id,
          runId: t.run_id!,
          message: `output of task ${t.task_id}`,
          files: files.map((f) => ({ path: f.path, size: Number(f.size), digest: f.sha256 })),
        }),
      );
      outputVersionId = v.version_id;
      await addLineage(trx, { runId: t.run_id, versionId: v.version_id, role: "output" });
    } catch (err) {
      outputProblem = err instanceof AppError ? err.message : "the output could not be stored";
      log.warn({ taskId: t.task_id, err: (err as Error).message }, "task output not stored");
    }
  }
  const end = finalStatus(t, r, exitedOk ? outputProblem : null);
  await transition(
    trx,
    t,
    end.status,
    now,
    {
      finished_at: now,
      exited_at: t.exited_at ?? now,
      ...(t.exit_code === null && outcome?.exitCode !== undefined && outcome.exitCode !== null ? { exit_code: outcome.exitCode } : {}),
      output_version_id: outputVersionId,
      output_error: outputProblem,
      ...(end.status === "succeeded" ? { progress: 100 } : {}),
    },
    end.reason,
  );
  if (t.run_id) await finishRun(trx, t.run_id, RUN_STATUS[end.status]!, now);
  await kickQueue(trx);
}

export type StopReason = NonNullable<TaskRow["stop_reason"]>;

/**
 * Stops a task for `reason`. A queued one is cancelled at once; a placed one is marked and, when
 * no operation is in progress on its instance, finished now (SIGTERM, then SIGKILL after the
 * grace period); otherwise when that operation's result arrives. Returns the task as it is.
 */
export async function requestStop(db: Db, taskId: string, reason: StopReason): Promise<TaskRow | undefined> {
  const hostId = await db.transaction(async (trx) => {
    const peek = await lockTask(trx, taskId);
    if (!peek || isFinal(peek.status)) return null;
    if (peek.status === "queued") {
      if (reason !== "cancel") return null;
      await transition(trx, peek, "cancelled", clock.now(), { finished_at: clock.now() }, "cancelled");
      return null;
    }
    if (peek.stop_reason) return null;
    await updateTask(trx, taskId, { stop_reason: reason, stop_requested_at: clock.now() }, clock.now());
    await insertTaskEvent(trx, { task_id: taskId, at: clock.now(), from_status: peek.status, to_status: peek.status, reason: `stop requested: ${reason}` });
    await publishTask(trx, taskId);
    return peek.instance_id ? peek.host_id : null;
  });
  // The instance's own lock comes first everywhere (command-results.ts): taken in a second transaction.
  if (hostId) await finishIfIdle(db, taskId);
  return db.transaction((trx) => lockTask(trx, taskId));
}

/** Issues the finish of a task that is ending and has no operation in progress (the queue's safety net too). */
export async function finishIfIdle(db: Db, taskId: string): Promise<boolean> {
  const peek = await db.transaction((trx) => lockTask(trx, taskId));
  if (!peek?.instance_id || isFinal(peek.status)) return false;
  const issued = await db.transaction(async (trx) => {
    const i = await lockInstance(trx, peek.instance_id!);
    const t = await lockTask(trx, taskId);
    if (!i || !t || isFinal(t.status) || i.pending_command_id || i.state === "Destroyed" || i.abandoned_at) return false;
    if (t.stop_reason === null && t.exited_at === null) return false;
    await issueFinish(trx, i, false);
    return true;
  });
  if (issued) await wake(db, peek.host_id!);
  return issued;
}

/**
 * A placed task whose host is gone (offline beyond TASK_HOST_LOST_S, or revoked): failed with
 * reason host_lost, billed up to when the host went away, GPUs given back, its commands
 * withdrawn; the log received so far is kept. A container found if the host comes back is
 * removed (the instance is marked abandoned, which the reconcile removes).
 */
export async function failLost(db: Db, taskId: string, log: Logger): Promise<void> {
  const peek = await db.transaction((trx) => lockTask(trx, taskId));
  if (!peek?.instance_id || isFinal(peek.status)) return;
  await db.transaction(async (trx) => {
    const locked = await lockInstance(trx, peek.instance_id!);
    const t = await lockTask(trx, taskId);
    if (!locked || !t || isFinal(t.status)) return;
    const now = clock.now();
    const i = await settle(trx, locked, now);
    await releaseGpus(trx, i.instance_id);
    await failPendingCommandsOf(trx, i.instance_id, "HOST_LOST", "the host is gone");
    await updateInstance(trx, i.instance_id, {
      state: i.state === "Destroyed" ? "Destroyed" : "Error",
      abandoned_at: now,
      pending_command_id: null,
      state_before_op: null,
      running_since: null,
      last_error: "the host is gone",
    });
    await transition(trx, t, "failed", now, { finished_at: now, exited_at: t.exited_at ?? now, stop_reason: "host_lost" }, "host_lost");
    if (t.run_id) await finishRun(trx, t.run_id, "interrupted", now);
    await kickQueue(trx);
  });
  log.warn({ taskId, hostId: peek.host_id }, "task failed: its host is gone");
}

/** task-<16 hex>. */
export function newTaskId(): string {
  return `task-${randomBytes(8).toString("hex")}`;
}
