// What the agent has to send. Reliable messages (command results, container states) are kept
// until the control plane acknowledges them and are never dropped; telemetry is bounded and the
// oldest sample goes first when the link is down for long.
import type { pb } from "@remotegpu/protocol";

export type ReliableBody = Pick<pb.EnvelopeInit, "commandResult" | "containerStates">;

interface ReliableEntry {
  body: ReliableBody;
  /** The envelope seq it was last sent with in the current session, if sent. */
  seq: number | undefined;
  /** Called once the control plane has acknowledged it. */
  onAcked: (() => void) | undefined;
}

export class Outbox {
  private readonly reliable: ReliableEntry[] = [];
  private telemetry: pb.TelemetryInit[] = [];
  private droppedTelemetry = 0;

  constructor(private readonly telemetryLimit: number) {}

  /** `first`: ahead of everything waiting (a full container list that later changes build on). */
  addReliable(body: ReliableBody, onAcked?: () => void, first = false): void {
    if (first) this.reliable.unshift({ body, seq: undefined, onAcked });
    else this.reliable.push({ body, seq: undefined, onAcked });
  }

  addTelemetry(t: pb.TelemetryInit): void {
    this.telemetry.push(t);
    if (this.telemetry.length > this.telemetryLimit) {
      this.droppedTelemetry += this.telemetry.length - this.telemetryLimit;
      this.telemetry = this.telemetry.slice(-this.telemetryLimit);
    }
  }

  /** Reliable entries not yet sent in this session, in order. */
  unsentReliable(): ReliableEntry[] {
    return this.reliable.filter((e) => e.seq === undefined);
  }

  markSent(entry: ReliableEntry, seq: number): void {
    entry.seq = seq;
  }

  takeTelemetry(): pb.TelemetryInit | undefined {
    return this.telemetry.shift();
  }

  /** The peer has everything up to and including `ack` of this session. */
  ack(ack: number): void {
    for (let i = this.reliable.length - 1; i >= 0; i--) {
      const e = this.reliable[i]!;
      if (e.seq !== undefined && e.seq <= ack) {
        this.reliable.splice(i, 1);
        e.onAcked?.();
      }
    }
  }

  /** Drops reliable entries (sent or not) that something newer supersedes. */
  dropReliable(superseded: (body: ReliableBody) => boolean): void {
    for (let i = this.reliable.length - 1; i >= 0; i--) if (superseded(this.reliable[i]!.body)) this.reliable.splice(i, 1);
  }

  /** A new session numbers from 1 again: everything unacknowledged is sent again. */
  resetSession(): void {
    for (const e of this.reliable) e.seq = undefined;
  }

  /** How many telemetry samples were dropped since the last call (for one log line). */
  takeDroppedCount(): number {
    const n = this.droppedTelemetry;
    this.droppedTelemetry = 0;
    return n;
  }

  get sizes(): { reliable: number; telemetry: number } {
    return { reliable: this.reliable.length, telemetry: this.telemetry.length };
  }
}
