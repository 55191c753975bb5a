// Error codes of a failed CommandResult (CommandResult.error_code), with what each means. The
// agent sets them; the control plane shows them in an instance's last_error and command history.
// docs/protocol.md lists the same table; a test keeps the two in step.

export const COMMAND_ERROR_CODES = {
  INVALID_COMMAND: "The command could not be understood (a malformed id, no operation, a spec that cannot be honoured); nothing was done.",
  STALE_GENERATION: "A newer command of the instance was already applied; this one was refused without effect.",
  CONTAINER_MISSING: "The instance's container is not on the host.",
  RUNTIME_UNAVAILABLE: "The agent could not reach its Docker engine; nothing is known to have happened.",
  IMAGE_PULL_FAILED: "The engine could not pull the image (registry unreachable, no such image, no access).",
  CONFLICT: "Something of the same name on the host is not this instance's (a container or volume made by hand).",
  RUNTIME_ERROR: "The engine refused the operation; the message carries its words.",
  ABANDONED: "Never delivered: an operator abandoned the host (POST /admin/hosts/{id}/abandon).",
} as const;

export type CommandErrorCode = keyof typeof COMMAND_ERROR_CODES;
