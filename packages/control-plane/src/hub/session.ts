// One agent connection as the hub sees it. No timers of its own: the hub's shared sweep checks
// deadlines for all sessions at once.
import type { WebSocket } from "ws";
import { CloseCode, encodeEnvelope, MAX_FRAME_BYTES, type pb } from "@remotegpu/protocol";

export type SessionState = "hello" | "auth" | "active" | "closed";

// Frames per second one agent may send, with a burst allowance. A healthy agent sends a
// heartbeat and a telemetry frame every few seconds; a reconnect flushes its buffered telemetry
// (60 samples by default) at once. Beyond this the agent is broken or hostile.
const RATE_PER_SECOND = 50;
const BURST = 500;
/**
 * Unread data we keep for one agent. The control plane sends a handful of small frames (Welcome,
 * Settings, acknowledgements, commands), so four full frames' worth only piles up for an agent
 * that stopped reading.
 */
const MAX_BUFFERED_BYTES = 4 * MAX_FRAME_BYTES;

export class AgentSession {
  state: SessionState = "hello";
  hostId: string | undefined;
  /** The highest seq received. */
  recvSeq = 0;
  /**
   * The highest seq we may acknowledge: everything up to it is handled. A reliable frame (a
   * command result) counts as handled only once its effect is committed, so acknowledgements
   * never run ahead of the database.
   */
  ackUpTo = 0;
  /** Reliable frames received and not yet handled, in order. */
  reliableInFlight = 0;
  /** Handling of reliable frames, one after the other. */
  chain: Promise<void> = Promise.resolve();
  /** Commands sent in this session (a new session sends every pending one again). */
  readonly sentCommands = new Set<string>();
  dispatching = false;
  dispatchAgain = false;
  private sendSeq = 0;
  readonly connectedAt = Date.now();
  lastRecvAt = Date.now();
  heartbeatIntervalMs = 0;
  private tokens = BURST;
  private tokensAt = Date.now();

  constructor(
    readonly ws: WebSocket,
    readonly remote: string,
  ) {}

  /** Token bucket, refilled lazily on each frame. False when the agent sends too fast. */
  admit(now: number): boolean {
    this.tokens = Math.min(BURST, this.tokens + ((now - this.tokensAt) / 1000) * RATE_PER_SECOND);
    this.tokensAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  send(body: Omit<pb.EnvelopeInit, "seq" | "ack">): void {
    if (this.state === "closed" || this.ws.readyState !== this.ws.OPEN) return;
    // An agent that does not read what we send (a stuck process, a dead link TCP has not
    // noticed) would make us buffer without limit: cut it off; it reconnects when it recovers.
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CloseCode.POLICY_VIOLATION, "not reading");
      return;
    }
    this.sendSeq += 1;
    this.ws.send(encodeEnvelope({ ...body, seq: this.sendSeq, ack: this.ackUpTo }));
  }

  close(code: number, reason: string): void {
    if (this.state === "closed") return;
    this.state = "closed";
    // A close reason is at most 123 bytes (RFC 6455 §5.5).
    let r = reason;
    while (Buffer.byteLength(r) > 123) r = r.slice(0, -1);
    try {
      this.ws.close(code, r);
    } catch {
      this.ws.terminate();
    }
  }
}
