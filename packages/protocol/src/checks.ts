// Checks of what arrives in reliable frames, shared by both sides: a frame that fails them can
// never be applied, however often it is sent again, so the receiver acknowledges and drops it.
import { isCommandId, isInstanceId } from "./ids.js";
import type { pb } from "./messages.js";

/** Why a CommandResult cannot be applied, or undefined when it can. */
export function commandResultProblem(r: pb.CommandResult): string | undefined {
  if (!isCommandId(r.commandId)) return "command_id is not a command id";
  // Host-level commands (remove_image) carry no instance.
  if (r.instanceId !== "" && !isInstanceId(r.instanceId)) return "instance_id is not an instance id";
  if (r.state && r.state.instanceId !== "" && r.state.instanceId !== r.instanceId) return "state.instance_id differs from instance_id";
  return undefined;
}

/** Why a reported container state cannot be applied, or undefined when it can. */
export function containerStateProblem(s: pb.ContainerState): string | undefined {
  if (!isInstanceId(s.instanceId)) return "instance_id is not an instance id";
  return undefined;
}
