// Turns commands into container operations, at most once per command id and never for a
// generation older than the newest one applied to the instance (docs/decisions/0008-commands.md).
import type { Logger } from "pino";
import { type CommandErrorCode, CommandStatus, isCommandId, isInstanceId, type pb } from "@remotegpu/protocol";
import { type CommandJournal, decodeResult } from "../state/journal.js";
import { asRuntimeError } from "./docker.js";
import type { TaskFinisher } from "../tasks/finish.js";
import type { ContainerRuntime } from "./runtime.js";

export interface ExecutorDeps {
  journal: CommandJournal;
  runtime: ContainerRuntime;
  /** FinishTask (none: the command fails, this agent runs no tasks). */
  tasks?: TaskFinisher;
  log: Logger;
  /** Sends a result reliably (kept until the control plane acknowledges it). */
  send(commandId: string, result: pb.CommandResultInit): void;
  /** The container state a command left behind (the reconciler's new baseline). */
  settled?(state: pb.ContainerStateInit | null | undefined): void;
  /** A command on the instance was queued (the reconciler must not trust a list taken before). */
  touched?(instanceId: string): void;
}

export class CommandExecutor {
  /** One operation at a time per instance, in the order the commands arrived. */
  private readonly chains = new Map<string, Promise<void>>();
  /** Admission (journal checks and writes) one command at a time per instance. */
  private readonly admissions = new Map<string, Promise<void>>();
  /** Commands this process has queued or is running: a redelivery of one of them is ignored. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly deps: ExecutorDeps) {}

  /** True while an operation on the instance runs or waits (the reconciler leaves it alone). */
  isBusy(instanceId: string): boolean {
    return this.chains.has(instanceId);
  }

  /**
   * Accepts a command. Resolves once it is durably recorded (or answered), so that the session
   * acknowledges it only then; the operation itself runs afterwards. Commands of one instance
   * are admitted one after the other, so two cannot pass the generation check together.
   */
  receive(cmd: pb.Command): Promise<void> {
    const key = isInstanceId(cmd.instanceId) ? cmd.instanceId : "";
    const admitted = (this.admissions.get(key) ?? Promise.resolve()).then(() => this.admit(cmd));
    const tail = admitted.catch(() => undefined);
    this.admissions.set(key, tail);
    void tail.then(() => {
      if (this.admissions.get(key) === tail) this.admissions.delete(key);
    });
    return admitted;
  }

  private async admit(cmd: pb.Command): Promise<void> {
    const base = { commandId: cmd.commandId, instanceId: cmd.instanceId, generation: cmd.generation };
    if (!isCommandId(cmd.commandId)) {
      // No result can name it (the control plane could not apply one, and would send the
      // command again): acknowledged and dropped, with one line. Never journaled: the id may
      // not even be usable as a file name.
      this.deps.log.error(
        { commandId: cmd.commandId.slice(0, 64), instanceId: cmd.instanceId.slice(0, 128) },
        "dropping a command whose id is not a command id",
      );
      return;
    }
    if (cmd.op === "removeImage") return this.admitHostCommand(cmd);
    const instanceOk = isInstanceId(cmd.instanceId);
    if (!instanceOk || !cmd.op || !Number.isSafeInteger(cmd.generation) || cmd.generation < 1) {
      // Answered so that the control plane stops sending it; not journaled.
      // A result must carry a valid instance id or none (commandResultProblem).
      this.refuseMalformed(
        cmd,
        { ...base, instanceId: instanceOk ? cmd.instanceId : "" },
        !instanceOk ? "malformed command: instance_id is not an instance id" : "malformed command",
      );
      return;
    }
    if (this.resumeKnown(cmd)) return;
    if (cmd.generation <= this.deps.journal.appliedGeneration(cmd.instanceId)) {
      const result: pb.CommandResultInit = {
        ...base,
        status: CommandStatus.COMMAND_STATUS_REFUSED_STALE,
        errorCode: "STALE_GENERATION" satisfies CommandErrorCode,
        errorMessage: `generation ${cmd.generation} is not newer than ${this.deps.journal.appliedGeneration(cmd.instanceId)}, already applied`,
        finishedAtMs: Date.now(),
      };
      await this.deps.journal.refuse(cmd, result);
      this.deps.send(cmd.commandId, result);
      return;
    }
    const entry = await this.deps.journal.begin(cmd);
    this.enqueue(cmd, entry.receivedAtMs);
  }

  /**
   * A host-level command (remove_image): no instance and generation 0, so no generation check;
   * still at most once per command id (the journal), one after the other (the "" chain).
   */
  private async admitHostCommand(cmd: pb.Command): Promise<void> {
    if (!isCommandId(cmd.commandId) || cmd.instanceId !== "" || cmd.generation !== 0) {
      this.refuseMalformed(cmd, { commandId: cmd.commandId, instanceId: "", generation: 0 }, "a host command has an empty instance_id and generation 0");
      return;
    }
    if (this.resumeKnown(cmd)) return;
    const entry = await this.deps.journal.begin(cmd);
    this.enqueue(cmd, entry.receivedAtMs);
  }

  /** Answers a malformed command as failed (so that the control plane stops sending it); not journaled. */
  private refuseMalformed(cmd: pb.Command, ids: Pick<pb.CommandResultInit, "commandId" | "instanceId" | "generation">, message: string): void {
    this.deps.log.warn({ commandId: cmd.commandId, instanceId: cmd.instanceId.slice(0, 128) }, "refusing a malformed command");
    this.deps.send(cmd.commandId, {
      ...ids,
      status: CommandStatus.COMMAND_STATUS_FAILED,
      errorCode: "INVALID_COMMAND" satisfies CommandErrorCode,
      errorMessage: message,
      finishedAtMs: Date.now(),
    });
  }

  /**
   * A command the journal knows: a repeat of a finished one gets the same answer again (no second
   * effect); one still running here needs nothing (its result follows); one an earlier process
   * died while running runs again (every operation converges). False for a new command.
   */
  private resumeKnown(cmd: pb.Command): boolean {
    const known = this.deps.journal.get(cmd.commandId);
    if (known?.status === "done") this.deps.send(cmd.commandId, decodeResult(known.result!));
    else if (known?.status === "started") {
      if (!this.inFlight.has(cmd.commandId)) this.enqueue(cmd, known.receivedAtMs);
    } else return false;
    return true;
  }

  /** @param sinceMs when the command was first accepted (operations use it to see they are done) */
  private enqueue(cmd: pb.Command, sinceMs: number): void {
    this.inFlight.add(cmd.commandId);
    this.deps.touched?.(cmd.instanceId);
    const prev = this.chains.get(cmd.instanceId) ?? Promise.resolve();
    const next = prev
      .then(() => this.execute(cmd, sinceMs))
      .catch((err: unknown) => {
        // Only the journal can fail here (a full disk): the command stays "started" and runs again
        // when it is delivered again.
        this.deps.log.error({ commandId: cmd.commandId, err: (err as Error).message }, "could not record a command's result");
      });
    this.chains.set(cmd.instanceId, next);
    void next.finally(() => {
      this.inFlight.delete(cmd.commandId);
      if (this.chains.get(cmd.instanceId) === next) this.chains.delete(cmd.instanceId);
    });
  }

  private async execute(cmd: pb.Command, sinceMs: number): Promise<void> {
    const rt = this.deps.runtime;
    const id = cmd.instanceId;
    const gen = cmd.generation;
    const result: pb.CommandResultInit = { commandId: cmd.commandId, instanceId: id, generation: gen };
    try {
      switch (cmd.op) {
        case "create":
          result.state = await rt.create(id, gen, required(cmd.create?.spec, "create.spec"));
          break;
        case "start":
          result.state = await rt.start(id, gen, required(cmd.start?.spec, "start.spec"), cmd.start?.gpuUuids ?? []);
          break;
        case "stop":
          result.state = await rt.stop(id, cmd.stop?.timeoutS ?? 0);
          break;
        case "restart":
          result.state = await rt.restart(id, cmd.restart?.timeoutS ?? 0, sinceMs);
          break;
        case "snapshot": {
          const r = await rt.snapshot(id, cmd.snapshot?.imageRef ?? "", cmd.commandId);
          result.state = r.state;
          result.snapshot = r.snapshot;
          break;
        }
        case "rebuild":
          result.state = await rt.rebuild(id, gen, required(cmd.rebuild?.spec, "rebuild.spec"));
          break;
        case "destroy":
          result.state = await rt.destroy(id);
          break;
        case "finishTask": {
          if (!this.deps.tasks) throw new Error("this agent runs no tasks");
          const r = await this.deps.tasks.finish(id, required(cmd.finishTask, "finish_task"));
          result.state = r.state;
          result.task = r.task;
          break;
        }
        case "removeImage":
          await rt.removeImage(cmd.removeImage?.imageRef ?? "");
          break;
        default:
          throw new Error(`unknown operation ${String(cmd.op)}`);
      }
      result.status = CommandStatus.COMMAND_STATUS_SUCCEEDED;
    } catch (err) {
      const e = asRuntimeError(err);
      result.status = CommandStatus.COMMAND_STATUS_FAILED;
      result.errorCode = (e.code === "NOT_FOUND" ? "CONTAINER_MISSING" : e.code) satisfies CommandErrorCode;
      result.errorMessage = e.message.slice(0, 1000);
      if (e.code !== "RUNTIME_UNAVAILABLE" && id !== "") result.state = await rt.state(id).catch(() => undefined);
      this.deps.log.warn({ commandId: cmd.commandId, instanceId: id, op: cmd.op, code: result.errorCode, err: result.errorMessage }, "command failed");
    }
    result.finishedAtMs = Date.now();
    await this.deps.journal.finish(cmd.commandId, result);
    this.deps.log.info({ commandId: cmd.commandId, instanceId: id, op: cmd.op, status: result.status }, "command done");
    this.deps.settled?.(result.state);
    this.deps.touched?.(id);
    this.deps.send(cmd.commandId, result);
  }
}

function required<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Error(`the command has no ${what}`);
  return v;
}
