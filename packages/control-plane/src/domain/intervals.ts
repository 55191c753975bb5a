// The control plane owns liveness (docs/decisions/0006-liveness.md): it tells each agent how
// often to send heartbeats and telemetry, and stretches both as the fleet grows so that one
// replica receives at most a configured rate, the way Nomad scales its heartbeat TTL.
import type { LivenessConfig } from "../config.js";

function scaled(sessions: number, perSecond: number, minMs: number, maxMs: number): number {
  const needed = Math.ceil((Math.max(1, sessions) / perSecond) * 1000);
  return Math.min(maxMs, Math.max(minMs, needed));
}

export interface Intervals {
  heartbeatIntervalMs: number;
  telemetryIntervalMs: number;
}

export function intervalsFor(sessions: number, cfg: LivenessConfig): Intervals {
  return {
    heartbeatIntervalMs: scaled(sessions, cfg.heartbeatsPerSecond, cfg.heartbeatMinIntervalMs, cfg.heartbeatMaxIntervalMs),
    telemetryIntervalMs: scaled(sessions, cfg.telemetryPerSecond, cfg.telemetryMinIntervalMs, cfg.telemetryMaxIntervalMs),
  };
}

/**
 * Whether a change is worth pushing to every agent: only when the interval moves by more than a
 * quarter, so that a fleet hovering around a threshold does not get a Settings storm.
 */
export function worthPushing(current: Intervals, next: Intervals): boolean {
  const moved = (a: number, b: number) => Math.abs(a - b) / a > 0.25;
  return moved(current.heartbeatIntervalMs, next.heartbeatIntervalMs) || moved(current.telemetryIntervalMs, next.telemetryIntervalMs);
}

/** Silence after which a session is closed and the host is treated as gone. */
export function offlineAfterMs(heartbeatIntervalMs: number, cfg: LivenessConfig): number {
  return heartbeatIntervalMs * cfg.offlineAfterMissed;
}
