// Identifier formats both sides check (the one wire contract): the control plane makes them,
// the agent refuses commands whose ids do not match, and each side validates what it receives.

/** Command ids: lowercase UUIDs (the control plane's randomUUID()). */
export const COMMAND_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Instance ids (gid): "gpu-" + room + random hex, e.g. gpu-105b63811e0fa4cb082. Also safe in
 * container, volume and file names (at most 104 characters, no slash).
 */
export const INSTANCE_ID_PATTERN = /^gpu-[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Host ids: "host-" + 16 hex digits (64 random bits). */
export const HOST_ID_PATTERN = /^host-[0-9a-f]{16}$/;

export const isCommandId = (id: string): boolean => COMMAND_ID_PATTERN.test(id);
export const isInstanceId = (id: string): boolean => INSTANCE_ID_PATTERN.test(id);
export const isHostId = (id: string): boolean => HOST_ID_PATTERN.test(id);
