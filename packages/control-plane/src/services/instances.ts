// Instance operations: each is one transaction that checks the state machine, reserves what it
// needs, stores the command, and only then (after commit) wakes the replica holding the host's
// agent session. Nothing is sent that is not stored first.
import { randomBytes, randomUUID } from "node:crypto";
import { envNameProblem, IMAGE_REF_PATTERN, snapshotRefProblem } from "@remotegpu/protocol";
import { gpusOfInstance, lockHostRow, releaseGpus, reserveGpus } from "../db/queries/instance-gpus.js";
import { checkGpuQuota } from "./quotas.js";
import { releaseInstancePorts } from "../db/queries/placement.js";
import { findHost } from "../db/queries/hosts.js";
import { insertCommand } from "../db/queries/commands.js";
import { findInstance, freeSshPort, insertInstance, lockInstance, updateInstance, type NewInstance, updateInstanceSpec } from "../db/queries/instances.js";
import type { Db, Tx } from "../db/knex.js";
import { Channel, notify } from "../db/notifications.js";
import type { CommandRow, InstanceRow, InstanceSpecJson } from "../db/rows.js";
import { canIssue, stateWhileRunning, type Op } from "../domain/instance-state.js";
import { AppError, invalid, notFound } from "../errors.js";
import { settle } from "./billing.js";
import { clock } from "./clock.js";
import { commandPayload } from "./command-payload.js";
import { requireOnHost, type PlacementConfig } from "./placement.js";
import { sealPassword } from "./secrets.js";

export interface SshPortRange {
  sshPortMin: number;
  sshPortMax: number;
}

/** gid as SPEC §1 shows it: gpu-<room><random hex>, e.g. gpu-105b63811e0fa4cb082. */
export function newInstanceId(roomName: string): string {
  return `gpu-${roomName.toLowerCase().replace(/[^a-z0-9]/g, "")}${randomBytes(8).toString("hex").slice(0, 15)}`;
}

/** A root password a customer can type: 16 characters, ~95 bits. */
export function newPassword(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join("");
}

export async function wake(db: Db, hostId: string): Promise<void> {
  // Only a wake-up: every replica also polls for pending commands.
  await notify(db, Channel.COMMANDS, hostId).catch(() => undefined);
}

async function addCommand(
  trx: Tx,
  i: InstanceRow,
  op: Op,
  gpuUuids: readonly string[],
  imageRef?: string,
  meta?: CommandRow["meta"],
): Promise<{ commandId: string; generation: number }> {
  const commandId = randomUUID();
  const generation = i.generation + 1;
  await insertCommand(trx, {
    command_id: commandId,
    instance_id: i.instance_id,
    host_id: i.host_id,
    generation,
    op,
    payload: commandPayload({ commandId, instance: i, generation, op, gpuUuids, ...(imageRef ? { imageRef } : {}) }),
    ...(meta ? { meta } : {}),
  });
  return { commandId, generation };
}

/**
 * Inserts a new instance with its GPUs and its create command, in the caller's transaction
 * (which holds the host's lock). Fails with NO_STOCK when the GPUs are gone.
 */
export async function insertWithCreate(trx: Tx, row: NewInstance, gpuModel: string | null): Promise<void> {
  await insertInstance(trx, row);
  const reserved = await reserveGpus(trx, row.host_id, row.instance_id, row.gpu_count, gpuModel);
  if ("free" in reserved)
    throw new AppError("NO_STOCK", `host ${row.host_id} has ${reserved.free} free GPU(s), ${row.gpu_count} wanted`, undefined, {
      reason: "gpu",
      needed: row.gpu_count,
      available: reserved.free,
    });
  await checkGpuQuota(trx, row.instance_id, row.gpu_count);
  const inserted = (await findInstance(trx, row.instance_id))!;
  const { commandId, generation } = await addCommand(
    trx,
    inserted,
    "create",
    reserved.gpus.map((g) => g.uuid),
  );
  await updateInstance(trx, row.instance_id, { generation, pending_command_id: commandId, state_before_op: "Creating" });
}

export interface CreateInstanceInput {
  hostId: string;
  imageRef: string;
  gpuCount: number;
  cpuMillis: number;
  memoryBytes: number;
  dataDiskBytes: number;
  rootPassword?: string | undefined;
  env?: Record<string, string> | undefined;
  pidsLimit?: number | undefined;
  owner?: string | null;
}

export async function createInstance(db: Db, cfg: SshPortRange & PlacementConfig, input: CreateInstanceInput): Promise<InstanceRow> {
  if (!IMAGE_REF_PATTERN.test(input.imageRef)) throw invalid("image_ref must be an image reference such as registry.example.com/cuda:12.4");
  for (const [k, v] of Object.entries(input.env ?? {})) {
    const problem = envNameProblem(k);
    if (problem) throw invalid(`env: ${JSON.stringify(k.slice(0, 64))} ${problem}`);
    if (typeof v !== "string" || v.length > 4096 || v.includes("\u0000")) throw invalid(`env.${k} must be text of at most 4096 characters`);
  }
  const instanceId = await db.transaction(async (trx) => {
    const host = await findHost(trx, input.hostId);
    if (!host) throw notFound(`no host ${input.hostId}`);
    await lockHostRow(trx, host.host_id); // the port and GPU choices below are this host's alone now
    if (host.revoked_at || host.status !== "online") throw new AppError("CONFLICT", `host ${input.hostId} is ${host.revoked_at ? "revoked" : host.status}`);
    // The same capacity rules as a customer's order (the operator chose the host, not to overfill it).
    const diskGb = Math.ceil(input.dataDiskBytes / 1e9);
    const demand = { gpus: input.gpuCount, cpuMillis: input.cpuMillis, memoryBytes: input.memoryBytes, diskGb };
    await requireOnHost(trx, cfg, host.host_id, null, demand, "the instance", "NO_STOCK");
    const sshPort = await freeSshPort(trx, host.host_id, cfg.sshPortMin, cfg.sshPortMax);
    if (sshPort === undefined) throw new AppError("NO_STOCK", `no free SSH port on host ${host.host_id}`, undefined, { reason: "ports" });
    const spec: InstanceSpecJson = {
      cpu_millis: input.cpuMillis,
      memory_bytes: input.memoryBytes,
      root_password: sealPassword(input.rootPassword ?? newPassword()),
      data_disk_bytes: input.dataDiskBytes,
      env: input.env ?? {},
      ports: [],
      pids_limit: input.pidsLimit ?? 0,
    };
    const row: NewInstance = {
      instance_id: newInstanceId(host.room_name),
      host_id: host.host_id,
      room_name: host.room_name,
      owner: input.owner ?? null,
      state: "Creating",
      card_less: input.gpuCount === 0,
      gpu_count: input.gpuCount,
      image_ref: input.imageRef,
      spec,
      ssh_port: sshPort,
      disk_gb: diskGb,
    };
    await insertWithCreate(trx, row, null);
    return row.instance_id;
  });
  const i = (await findInstance(db, instanceId))!;
  await wake(db, i.host_id);
  return i;
}

export interface OperationInput {
  /** For snapshot: the image to commit to (default remotegpu-snapshot/<instance>:s<generation>); for rebuild: the image. */
  imageRef?: string | undefined;
  /** A customer's call: the instance must be theirs, or it is NOT_FOUND (SPEC §4). */
  userId?: number | undefined;
  /** More checks with the instance row locked, after it is settled (pay-unit rules, balance); a refusal rolls everything back. */
  check?: ((trx: Tx, i: InstanceRow) => Promise<void>) | undefined;
  /** Control-plane facts kept with the command (the catalog image of a rebuild). */
  meta?: CommandRow["meta"] | undefined;
  /** Runs in the same transaction once the command is stored (e.g. records the snapshot image). */
  onIssued?: ((trx: Tx, i: InstanceRow, commandId: string) => Promise<void>) | undefined;
  /** GPUs a start must take are of this model (customer instances: the product's). */
  gpuModel?: string | null | undefined;
  /** Capacity rules: a start of an instance that holds nothing on its host checks its CPU and memory too. */
  placement?: PlacementConfig | undefined;
  /** For rebuild: the dataset and model versions mounted from now on (undefined: unchanged). */
  artifacts?: InstanceSpecJson["artifacts"] | undefined;
}

/** Issues an operation on an instance; returns the instance as it is now (in the running state). */
export async function operate(db: Db, instanceId: string, op: Exclude<Op, "create">, input: OperationInput = {}): Promise<InstanceRow> {
  if (op === "rebuild" && (!input.imageRef || !IMAGE_REF_PATTERN.test(input.imageRef)))
    throw invalid("image_ref must be an image reference such as registry.example.com/cuda:12.4");
  const refProblem = op === "snapshot" && input.imageRef !== undefined ? snapshotRefProblem(input.imageRef) : undefined;
  if (refProblem) throw invalid(`image_ref ${refProblem}`);
  const hostId = await db.transaction(async (trx) => {
    const locked = await lockInstance(trx, instanceId);
    // A task's execution row is operated by the task service only (services/tasks/).
    if (!locked || (input.userId !== undefined && (locked.user_id !== input.userId || locked.task_id !== null)))
      throw notFound(`no instance ${instanceId.slice(0, 120)}`);
    // Abandoned with its host (services/host-abandon.ts): final, only to be destroyed.
    if (locked.abandoned_at && op !== "destroy")
      throw new AppError("INVALID_STATE", `${instanceId} was abandoned with its host ${locked.host_id}: it can only be destroyed`);
    const check = canIssue(op, locked.state, locked.pending_command_id !== null);
    if (!check.ok) throw new AppError("INVALID_STATE", check.reason);
    if (locked.abandoned_at) {
      // Its host is gone: nothing to send there. Destroyed at once (a container that shows up
      // if the host comes back is removed by the reconcile).
      await input.check?.(trx, locked);
      await releaseGpus(trx, instanceId);
      await releaseInstancePorts(trx, instanceId);
      await updateInstance(trx, instanceId, { state: "Destroyed", destroyed_at: clock.now() });
      return null;
    }
    let gpus = (await gpusOfInstance(trx, instanceId)).map((g) => g.uuid);
    const needGpus = op === "start" && gpus.length < locked.gpu_count;
    // Stopped without GPUs (card-less stop): it holds no CPU or memory on its host either
    // (db/queries/instance-gpus.ts HOLDS_COMPUTE), so a start takes them again.
    const needCompute = (op === "start" || op === "cardless_start") && gpus.length === 0 && input.placement !== undefined;
    // Lock order everywhere: instance, then host, then user (settling posts to the ledger).
    if (needGpus || needCompute) await lockHostRow(trx, locked.host_id);
    const i = await settle(trx, locked, clock.now());
    // After the settlement: a balance check sees what is left once what is owed is paid.
    await input.check?.(trx, i);
    if (needCompute) {
      const demand = { gpus: op === "start" ? i.gpu_count : 0, cpuMillis: i.spec.cpu_millis, memoryBytes: i.spec.memory_bytes, diskGb: 0 };
      await requireOnHost(trx, input.placement!, i.host_id, input.gpuModel ?? null, demand, "the instance");
    }
    if (needGpus) {
      // After a card-less stop the GPUs must be free again on the same host: the data is there.
      const reserved = await reserveGpus(trx, i.host_id, instanceId, i.gpu_count - gpus.length, input.gpuModel ?? null);
      if ("free" in reserved)
        throw new AppError("GPU_UNAVAILABLE_ON_HOST", `host ${i.host_id} has ${reserved.free} free GPU(s); the instance needs ${i.gpu_count}`, undefined, {
          reason: "gpu",
          needed: i.gpu_count,
          available: reserved.free,
        });
      await checkGpuQuota(trx, instanceId, i.gpu_count - gpus.length);
      gpus = (await gpusOfInstance(trx, instanceId)).map((g) => g.uuid);
    }
    const imageRef = op === "snapshot" ? (input.imageRef ?? `remotegpu-snapshot/${instanceId.toLowerCase()}:s${i.generation + 1}`) : input.imageRef;
    let target = i;
    if (op === "rebuild" && input.artifacts !== undefined) {
      const { artifacts: _old, ...rest } = i.spec;
      const spec: InstanceSpecJson = input.artifacts.length > 0 ? { ...rest, artifacts: input.artifacts } : rest;
      await updateInstanceSpec(trx, instanceId, spec);
      target = { ...i, spec };
    }
    const commandId = await issue(trx, target, op, gpus, imageRef, stateWhileRunning(op, i.state), input.meta);
    await input.onIssued?.(trx, target, commandId);
    return i.host_id;
  });
  if (hostId !== null) await wake(db, hostId);
  return (await findInstance(db, instanceId))!;
}

/** Stores the command and marks the operation in progress (the caller holds the row lock). */
async function issue(
  trx: Tx,
  i: InstanceRow,
  op: Op,
  gpus: readonly string[],
  imageRef: string | undefined,
  state: InstanceRow["state"],
  meta?: CommandRow["meta"],
): Promise<string> {
  const { commandId, generation } = await addCommand(trx, i, op, gpus, imageRef, meta);
  await updateInstance(trx, i.instance_id, {
    generation,
    pending_command_id: commandId,
    state_before_op: i.state,
    state,
    last_error: null,
  });
  return commandId;
}

/**
 * The container of a destroyed instance showed up again (its host was away during the destroy),
 * or of an abandoned one whose host came back: a destroy command removes it; the instance stays
 * Destroyed (or Error, until the removal lands and makes it Destroyed).
 */
export async function removeLeftoverContainer(db: Db, instanceId: string): Promise<boolean> {
  const hostId = await db.transaction(async (trx) => {
    const i = await lockInstance(trx, instanceId);
    // Destroyed, or abandoned with its host (which came back after all): removed, never revived.
    if (!i || (i.state !== "Destroyed" && !i.abandoned_at) || i.pending_command_id) return undefined;
    await issue(trx, i, "destroy", [], undefined, i.state);
    return i.host_id;
  });
  if (hostId) await wake(db, hostId);
  return hostId !== undefined;
}
