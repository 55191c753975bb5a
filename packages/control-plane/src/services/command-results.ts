// What agents report back: command results and container states. Results are applied once
// (a repeat is recognised by the command's status) and only the current operation moves the
// instance; container reports move it only when no operation is in progress.
import type { Logger } from "pino";
import { agentv1, CommandStatus, ContainerStatus, type pb } from "@remotegpu/protocol";
import { finishCommand, lockCommand } from "../db/queries/commands.js";
import { findImageBySnapshotCommand, finishImage } from "../db/queries/images.js";
import { releaseGpus } from "../db/queries/instance-gpus.js";
import { releaseInstancePorts } from "../db/queries/placement.js";
import { liveInstancesOnHost, lockInstance, updateInstance, type InstancePatch } from "../db/queries/instances.js";
import type { Db, Tx } from "../db/knex.js";
import type { CommandRow, InstanceRow } from "../db/rows.js";
import { outcome, stateFromContainer } from "../domain/instance-state.js";
import { isPrepaid } from "../domain/pay-units.js";
import { billingStart, creditUnusedTime, recordEvent, refundIfNeverRan, settle } from "./billing.js";
import { clock } from "./clock.js";
import { removeLeftoverContainer } from "./instances.js";
import { openPayload } from "./secrets.js";
import { taskContainerState, taskCreated, taskFinished } from "./tasks/lifecycle.js";

const STATUS_NAME: Record<number, string> = {
  [ContainerStatus.CONTAINER_STATUS_CREATED]: "created",
  [ContainerStatus.CONTAINER_STATUS_RUNNING]: "running",
  [ContainerStatus.CONTAINER_STATUS_STOPPED]: "exited",
  [ContainerStatus.CONTAINER_STATUS_RESTARTING]: "restarting",
  [ContainerStatus.CONTAINER_STATUS_PAUSED]: "paused",
  [ContainerStatus.CONTAINER_STATUS_DEAD]: "dead",
  [ContainerStatus.CONTAINER_STATUS_MISSING]: "missing",
  [ContainerStatus.CONTAINER_STATUS_REMOVED]: "removed",
};

const RESULT_STATUS: Record<number, CommandRow["status"]> = {
  [CommandStatus.COMMAND_STATUS_SUCCEEDED]: "succeeded",
  [CommandStatus.COMMAND_STATUS_FAILED]: "failed",
  [CommandStatus.COMMAND_STATUS_REFUSED_STALE]: "refused_stale",
};

/** The container fields of an instance from a reported state. */
function containerPatch(s: pb.ContainerState | null | undefined): InstancePatch {
  if (!s) return {};
  return {
    container_id: s.containerId || null,
    container_status: STATUS_NAME[s.status] ?? null,
  };
}

/** running_since, and the start of billing the first time the container runs. */
function runningPatch(i: InstanceRow, next: InstanceRow["state"], now: Date): InstancePatch {
  if (next === "Running") return { ...(i.running_since ? {} : { running_since: now }), ...billingStart(i, now) };
  return i.running_since ? { running_since: null } : {};
}

/** A snapshot's custom image is ready, or failed, with its command. */
async function finishSnapshotImage(trx: Tx, cmd: CommandRow, r: pb.CommandResult): Promise<void> {
  if (cmd.op !== "snapshot") return;
  const image = await findImageBySnapshotCommand(trx, cmd.command_id);
  if (image?.status !== "saving") return;
  if (r.status === CommandStatus.COMMAND_STATUS_SUCCEEDED && r.snapshot) {
    await finishImage(trx, image.image_id, {
      status: "ready",
      size_bytes: Number(r.snapshot.sizeBytes) || 0,
      docker_image_id: r.snapshot.imageId || null,
      error: null,
    });
  } else {
    await finishImage(trx, image.image_id, {
      status: "failed",
      error: `${r.errorCode || "FAILED"}${r.errorMessage ? `: ${r.errorMessage}` : ""}`.slice(0, 1024),
    });
  }
}

export interface ResultApplied {
  /** False when the result was a repeat or for an unknown command (it is still acknowledged). */
  applied: boolean;
}

/** Applies one command result in one transaction. */
export async function applyResult(db: Db, hostId: string, r: pb.CommandResult, log: Logger): Promise<ResultApplied> {
  return db.transaction(async (trx) => {
    const cmd = await lockCommand(trx, r.commandId, hostId);
    if (!cmd) {
      log.warn({ hostId, commandId: r.commandId }, "result for a command this host was never given");
      return { applied: false };
    }
    if (cmd.status !== "pending") return { applied: false }; // a repeat
    const status = RESULT_STATUS[r.status] ?? "failed";
    await finishCommand(trx, cmd.command_id, {
      status,
      errorCode: r.errorCode || null,
      errorMessage: r.errorMessage || null,
      result: {
        state: r.state
          ? { container_id: r.state.containerId, status: STATUS_NAME[r.state.status] ?? null, gpu_uuids: r.state.gpuUuids, exit_code: r.state.exitCode ?? null }
          : null,
        snapshot: r.snapshot ? { image_id: r.snapshot.imageId, size_bytes: r.snapshot.sizeBytes, image_ref: r.snapshot.imageRef } : null,
        finished_at_ms: r.finishedAtMs,
      },
    });
    // A host-level command (remove_image) moves no instance: recorded, and that is all.
    if (cmd.instance_id === null || cmd.op === "remove_image") {
      if (status !== "succeeded") log.warn({ hostId, commandId: cmd.command_id, op: cmd.op, code: r.errorCode, err: r.errorMessage }, "host command failed");
      return { applied: true };
    }
    const locked = await lockInstance(trx, cmd.instance_id);
    if (!locked) return { applied: true };
    // A snapshot's image is finished even when its command was superseded (never left saving).
    await finishSnapshotImage(trx, cmd, r);
    if (locked.pending_command_id !== cmd.command_id) {
      // Not the operation in progress (it was superseded): the container facts still count.
      await updateInstance(trx, locked.instance_id, containerPatch(r.state));
      return { applied: true };
    }
    // A task's finish ends its attempt (services/tasks/lifecycle.ts), not an instance operation.
    if (cmd.op === "finish_task") {
      await taskFinished(trx, locked, r, log);
      return { applied: true };
    }
    const op = cmd.op;
    const now = clock.now();
    // Charged up to now at the rate of the condition that ends here.
    const i = await settle(trx, locked, now);
    let o = outcome(op, r, { stateBefore: i.state_before_op ?? i.state, wasCardLess: i.card_less, prepaid: i.pay_unit !== null && isPrepaid(i.pay_unit) });
    // The stop of an instance whose paid time is over (and was not renewed meanwhile): Expired.
    const expired = cmd.meta.reason === "expiry" && o.state === "Stopped" && i.expire_at !== null && i.expire_at.getTime() <= now.getTime();
    if (expired) o = { ...o, state: "Expired", cardLess: true, releaseGpus: true };
    if (o.releaseGpus) await releaseGpus(trx, i.instance_id);
    if (o.state === "Destroyed") await releaseInstancePorts(trx, i.instance_id);
    // A rebuild's new image counts from its success on (a failed one left the old container).
    const rebuilt = cmd.op === "rebuild" && r.status === CommandStatus.COMMAND_STATUS_SUCCEEDED;
    const rebuiltFrom = rebuilt ? agentv1.Command.decode(openPayload(cmd.payload)).rebuild?.spec?.imageRef : undefined;
    await updateInstance(trx, i.instance_id, {
      state: o.state,
      ...(o.cardLess !== undefined ? { card_less: o.cardLess } : {}),
      last_error: o.error,
      pending_command_id: null,
      state_before_op: null,
      ...containerPatch(r.state),
      ...runningPatch(i, o.state, now),
      ...(o.state === "Destroyed" ? { destroyed_at: now } : {}),
      ...(rebuiltFrom ? { image_ref: rebuiltFrom } : {}),
      ...(rebuilt && cmd.meta.image_id ? { image_id: cmd.meta.image_id } : {}),
    });
    // A daily or monthly instance that never ran is refunded in full (SPEC §3); one destroyed
    // with paid time left (from Error, or by an operator) gets that time back.
    if ((cmd.op === "create" && o.state === "Error") || o.state === "Destroyed") await refundIfNeverRan(trx, i);
    if (o.state === "Destroyed") await creditUnusedTime(trx, i, now);
    if (expired) await recordEvent(trx, i, "expired", i.expire_at!, { pay_unit: i.pay_unit });
    if (o.error) log.info({ instanceId: i.instance_id, op: cmd.op, error: o.error }, "operation failed");
    if (i.task_id && cmd.op === "create") await taskCreated(trx, i, r, log);
    return { applied: true };
  });
}

async function applyContainerState(trx: Tx, locked: InstanceRow, s: pb.ContainerState): Promise<void> {
  // A task's container runs to its end: its exit ends the attempt (services/tasks/lifecycle.ts).
  if (locked.task_id) return taskContainerState(trx, locked, s);
  if (locked.pending_command_id || locked.state === "Destroyed" || locked.state === "Destroying") return;
  // Abandoned with its host: final, whatever its container does (the reconcile removes it).
  if (locked.abandoned_at) return;
  const next = stateFromContainer(s.status);
  const patch: InstancePatch = { ...containerPatch(s) };
  let i = locked;
  // An Expired instance's container is stopped by definition; only its loss is news.
  // (A lost container leaves it Expired too: the retention removes what is left.)
  const expiredStays = i.state === "Expired" && (next === "Stopped" || next === "Error");
  if (next && next !== i.state && i.state !== "Creating" && !expiredStays) {
    const now = clock.now();
    i = await settle(trx, locked, now);
    patch.state = next;
    Object.assign(patch, runningPatch(i, next, now));
    // A container known to be gone holds no GPU: they go back to stock.
    if (next === "Error") await releaseGpus(trx, i.instance_id);
    if (next === "Error") patch.last_error = "the container is missing on the host";
    else if (next === "Stopped" && i.state === "Running")
      patch.last_error = `the container stopped on its own${s.exitCode !== null && s.exitCode !== undefined ? ` (exit code ${s.exitCode})` : ""}`;
  }
  await updateInstance(trx, i.instance_id, patch);
}

/**
 * Changes an agent noticed on its own during a session. Each instance in its own transaction:
 * a change may settle its bill (the user's lock), and holding one instance's lock while taking
 * another's after a user lock could deadlock with a customer's operation.
 */
export async function applyContainerStates(db: Db, hostId: string, states: readonly pb.ContainerState[]): Promise<void> {
  for (const s of [...states].sort((a, b) => a.instanceId.localeCompare(b.instanceId))) {
    await db.transaction(async (trx) => {
      const i = await lockInstance(trx, s.instanceId);
      if (i && i.host_id === hostId) await applyContainerState(trx, i, s);
    });
  }
}

/**
 * After an agent (re)connects: its full container list against what the database expects.
 * Containers of destroyed instances, and of instances abandoned with the host, are removed (a
 * destroy command); an instance whose container is gone goes to Error; unknown containers are
 * left alone. Nothing is concluded when the agent
 * could not list its containers, and no container is ever stopped by this.
 */
export async function reconcileHost(db: Db, hostId: string, containers: readonly pb.ContainerState[], known: boolean, log: Logger): Promise<void> {
  if (!known) return;
  const reported = new Map(containers.map((c) => [c.instanceId, c]));
  const live = new Map((await liveInstancesOnHost(db, hostId)).map((i) => [i.instance_id, i]));
  const toDestroy: string[] = [];
  // One pass over everything reported or expected, one transaction per instance (see
  // applyContainerStates for why not one transaction for all).
  for (const id of [...new Set([...reported.keys(), ...live.keys()])].sort()) {
    const c = reported.get(id);
    if (!c) {
      const expected = live.get(id)!;
      if (expected.state === "Creating" || expected.pending_command_id) continue;
    }
    await db.transaction(async (trx) => {
      const i = await lockInstance(trx, id);
      if (!c) {
        if (i) await applyContainerState(trx, i, { instanceId: id, status: ContainerStatus.CONTAINER_STATUS_MISSING } as pb.ContainerState);
      } else if (!i || i.host_id !== hostId) {
        log.warn({ hostId, instanceId: id }, "a container of an instance this control plane does not know; left alone");
      } else if (i.state === "Destroyed" || i.abandoned_at) {
        // Destroyed meanwhile, or abandoned while the host was away: removed, never revived.
        toDestroy.push(id);
      } else {
        await applyContainerState(trx, i, c);
      }
    });
  }
  for (const id of toDestroy) {
    log.info({ hostId, instanceId: id }, "removing the container of a destroyed instance");
    await removeLeftoverContainer(db, id).catch((err: Error) => log.warn({ instanceId: id, err: err.message }, "could not issue the removal"));
  }
}
