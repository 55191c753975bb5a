// @remotegpu/protocol: the wire formats shared by the agent and the control plane. Pure: no I/O.
export { agentv1, adminv1, MigMode, ContainerStatus, CommandStatus, TaskChannel, TaskStream } from "./messages.js";
export type { pb, adminpb } from "./messages.js";
export { encodeEnvelope, decodeEnvelope, FrameError, MAX_FRAME_BYTES, MAX_HELLO_FRAME_BYTES, type FrameErrorKind } from "./frame.js";
export { PROTOCOL_VERSION, MIN_PROTOCOL_VERSION, AGENT_WS_PATH, isSupportedProtocolVersion } from "./version.js";
export { CloseCode, isFatalCloseCode, type CloseCodeValue } from "./close-codes.js";
export { adminServiceDefinition, MalformedRequest, type AdminServiceDefinition } from "./admin-service.js";
export { publicAddressProblem, MAX_PUBLIC_ADDRESS_LENGTH } from "./public-address.js";
export { COMMAND_ID_PATTERN, INSTANCE_ID_PATTERN, HOST_ID_PATTERN, isCommandId, isInstanceId, isHostId } from "./ids.js";
export {
  IMAGE_REF_PATTERN,
  SNAPSHOT_REF_PATTERN,
  STATE_IMAGE_REPO_PREFIX,
  CUSTOM_IMAGE_REPO_PREFIX,
  snapshotRefProblem,
  removableImageRefProblem,
  envNameProblem,
} from "./images.js";
export { COMMAND_ERROR_CODES, type CommandErrorCode } from "./command-errors.js";
export { commandResultProblem, containerStateProblem } from "./checks.js";
export {
  manifestDigest,
  manifestPathProblem,
  SHA256_PATTERN,
  AGENT_ARTIFACTS_PATH,
  AGENT_BLOBS_PATH,
  AGENT_TASKS_PATH,
  type ManifestFile,
} from "./artifacts.js";
