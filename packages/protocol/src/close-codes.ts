// WebSocket close codes of the agent session. 1000-1015 are the standard ones (RFC 6455 §7.4.1);
// 4000-4999 are ours. Reasons travel in the close frame (at most 123 bytes).
export const CloseCode = {
  NORMAL: 1000,
  GOING_AWAY: 1001, // the control plane is shutting down: reconnect (maybe to another replica)
  UNSUPPORTED_DATA: 1003, // a text frame; the session speaks binary protobuf only
  INVALID_PAYLOAD: 1007, // a frame that is not a valid Envelope
  POLICY_VIOLATION: 1008, // a valid Envelope at the wrong moment (e.g. no Hello first)
  MESSAGE_TOO_BIG: 1009, // a frame over MAX_FRAME_BYTES
  INTERNAL_ERROR: 1011,
  TRY_AGAIN_LATER: 1013, // overloaded or the database is unreachable: reconnect with backoff

  UNAUTHORIZED: 4001, // unknown host or wrong secret
  JOIN_TOKEN_UNKNOWN: 4002,
  JOIN_TOKEN_USED: 4003,
  JOIN_TOKEN_EXPIRED: 4004,
  HOST_REVOKED: 4005,
  UNSUPPORTED_PROTOCOL_VERSION: 4006,
  HELLO_TIMEOUT: 4007, // no Hello within the deadline after the upgrade
  HEARTBEAT_TIMEOUT: 4008, // nothing received for longer than the offline deadline
  SESSION_REPLACED: 4009, // the same host connected again; the older session is closed
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/**
 * Codes after which reconnecting with the same credentials cannot succeed: the agent stops and
 * tells the operator what to do instead of retrying forever. UNAUTHORIZED is not one of them: a
 * control plane restored from a backup older than the host's enrollment does not know a host
 * that is still real, and the operator may restore the right database; the agent keeps trying
 * with a long backoff and says so loudly (docs/decisions/0021-agent-transport-and-reconnection.md).
 */
const FATAL: ReadonlySet<number> = new Set([
  CloseCode.JOIN_TOKEN_UNKNOWN,
  CloseCode.JOIN_TOKEN_USED,
  CloseCode.JOIN_TOKEN_EXPIRED,
  CloseCode.HOST_REVOKED,
  CloseCode.UNSUPPORTED_PROTOCOL_VERSION,
]);

export function isFatalCloseCode(code: number): boolean {
  return FATAL.has(code);
}
