// Protocol versions of the agent session. The control plane accepts agents that speak
// MIN_PROTOCOL_VERSION..PROTOCOL_VERSION, so an upgraded control plane keeps serving agents of the
// previous release while the fleet is upgraded host by host (docs/decisions/0004-wire-format.md).
export const PROTOCOL_VERSION = 1;
export const MIN_PROTOCOL_VERSION = 1;

/** The WebSocket path of the agent hub. The major protocol line is part of the path. */
export const AGENT_WS_PATH = "/agent/v1";

export function isSupportedProtocolVersion(v: number): boolean {
  return Number.isInteger(v) && v >= MIN_PROTOCOL_VERSION && v <= PROTOCOL_VERSION;
}
