// The instance state machine (SPEC §4), pure: which operation is allowed from which state, the
// state while it runs, and the state its result leads to.
import { CommandStatus, ContainerStatus, type pb } from "@remotegpu/protocol";

export const INSTANCE_STATES = [
  "Creating",
  "Running",
  "Stopping",
  "Stopped",
  "Starting",
  "Restarting",
  "Rebuilding",
  "Expired",
  "Destroying",
  "Destroyed",
  "Error",
] as const;
export type InstanceState = (typeof INSTANCE_STATES)[number];

export const OPS = ["create", "start", "cardless_start", "stop", "stop_cardless", "restart", "snapshot", "rebuild", "destroy"] as const;
export type Op = (typeof OPS)[number];

/** Where each operation may start. Operations are serialised: none while another runs. */
const ALLOWED_FROM: Record<Exclude<Op, "create">, readonly InstanceState[]> = {
  stop: ["Running"],
  stop_cardless: ["Running"],
  start: ["Stopped", "Error"],
  cardless_start: ["Stopped", "Error"],
  restart: ["Running"],
  snapshot: ["Running", "Stopped"],
  rebuild: ["Running", "Stopped"],
  destroy: ["Stopped", "Error", "Expired"],
};

/** The state shown while the operation runs (snapshot keeps the current one). */
const WHILE_RUNNING: Record<Op, InstanceState | null> = {
  create: "Creating",
  start: "Starting",
  cardless_start: "Starting",
  stop: "Stopping",
  stop_cardless: "Stopping",
  restart: "Restarting",
  snapshot: null,
  rebuild: "Rebuilding",
  destroy: "Destroying",
};

/** The state a successful operation leads to (null: unchanged). */
const AFTER_SUCCESS: Record<Op, InstanceState | null> = {
  create: "Running",
  start: "Running",
  cardless_start: "Running",
  stop: "Stopped",
  stop_cardless: "Stopped",
  restart: "Running",
  snapshot: null,
  rebuild: "Running",
  destroy: "Destroyed",
};

export type Refusal = { ok: false; reason: string };

/** Operations as people name them (messages). */
export const OP_WORDS: Record<Op, string> = {
  create: "create",
  start: "start",
  cardless_start: "card-less start",
  stop: "stop",
  stop_cardless: "card-less stop",
  restart: "restart",
  snapshot: "snapshot",
  rebuild: "rebuild",
  destroy: "destroy",
};

export function canIssue(op: Exclude<Op, "create">, state: InstanceState, operationInProgress: boolean): { ok: true } | Refusal {
  if (operationInProgress) return { ok: false, reason: `another operation is in progress (state ${state})` };
  if (!ALLOWED_FROM[op].includes(state)) return { ok: false, reason: `${OP_WORDS[op]} is not possible while the instance is ${state}` };
  return { ok: true };
}

export function stateWhileRunning(op: Op, current: InstanceState): InstanceState {
  return WHILE_RUNNING[op] ?? current;
}

/** What a container status means for the instance when no operation decides otherwise. */
export function stateFromContainer(status: pb.ContainerStatus | null | undefined): InstanceState | null {
  switch (status) {
    case ContainerStatus.CONTAINER_STATUS_RUNNING:
    case ContainerStatus.CONTAINER_STATUS_RESTARTING:
      return "Running";
    case ContainerStatus.CONTAINER_STATUS_STOPPED:
    case ContainerStatus.CONTAINER_STATUS_CREATED:
    case ContainerStatus.CONTAINER_STATUS_DEAD:
    case ContainerStatus.CONTAINER_STATUS_PAUSED:
      return "Stopped";
    case ContainerStatus.CONTAINER_STATUS_MISSING:
      return "Error";
    case ContainerStatus.CONTAINER_STATUS_REMOVED:
      return "Destroyed";
    default:
      return null;
  }
}

export interface Outcome {
  state: InstanceState;
  /** The instance runs, or will start, without GPUs. */
  cardLess?: boolean;
  /** Release the GPUs it holds. */
  releaseGpus: boolean;
  error: string | null;
}

/** What the instance was before the result, as far as the outcome depends on it. */
export interface OutcomeContext {
  /** The state to fall back to when a failure does not tell what the container did. */
  stateBefore: InstanceState;
  wasCardLess: boolean;
  /** Daily/monthly: its GPUs are prepaid and stay reserved until it expires or is destroyed. */
  prepaid: boolean;
}

/**
 * The state after a command's result. A failure keeps what the container reports (or, when the
 * agent could not tell, the state before the operation) and the reason.
 */
export function outcome(op: Op, result: pb.CommandResult, ctx: OutcomeContext): Outcome {
  if (result.status === CommandStatus.COMMAND_STATUS_SUCCEEDED) {
    const state = AFTER_SUCCESS[op] ?? ctx.stateBefore;
    switch (op) {
      case "stop_cardless":
      case "cardless_start":
        // Card-less running of a prepaid instance keeps its GPUs reserved (SPEC §4).
        return { state, cardLess: true, releaseGpus: !ctx.prepaid, error: null };
      case "start":
        return { state, cardLess: false, releaseGpus: false, error: null };
      case "destroy":
        return { state, releaseGpus: true, error: null };
      default:
        return { state, releaseGpus: false, error: null };
    }
  }
  const reported = stateFromContainer(result.state?.status);
  const state = op === "create" ? (reported === "Running" ? "Running" : "Error") : (reported ?? ctx.stateBefore);
  const error = `${op} failed: ${result.errorCode || "FAILED"}${result.errorMessage ? `: ${result.errorMessage}` : ""}`;
  // GPUs are given up after a failure only when the container is known not to run with them:
  // if the agent could not tell, they stay reserved (a container that did start with them must
  // never share them with someone else). That is a create that left no running container, a
  // start whose container is gone, and a start that was to bring GPUs back to a card-less
  // hourly instance.
  const knownNotRunning = reported !== null && reported !== "Running";
  const releaseGpus = knownNotRunning && (op === "create" || (op === "start" && (reported === "Error" || (ctx.wasCardLess && !ctx.prepaid))));
  return { state, releaseGpus, error };
}
