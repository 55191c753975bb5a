// Periodically moves hosts online → suspect → offline in the database. Every replica runs it;
// the statements are idempotent and use the database's clock.
import type { Logger } from "pino";
import type { LivenessConfig } from "../config.js";
import { sweepLiveness } from "../db/queries/liveness.js";
import type { Db } from "../db/knex.js";
import { FLUSH_INTERVAL_MS } from "./telemetry-writer.js";

export class LivenessSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly db: Db,
    private readonly cfg: LivenessConfig,
    private readonly log: Logger,
  ) {}

  /** Sweeps at least once a second, or twice per minimum heartbeat interval when that is shorter. */
  get periodMs(): number {
    return Math.min(1000, Math.max(50, Math.floor(this.cfg.heartbeatMinIntervalMs / 2)));
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sweep(), this.periodMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async sweep(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      // Slack: last_seen_at reaches the database up to one flush late.
      const r = await sweepLiveness(this.db, this.cfg.suspectAfterMissed, this.cfg.offlineAfterMissed, FLUSH_INTERVAL_MS * 2);
      for (const hostId of r.offline) this.log.info({ hostId }, "host offline");
      for (const hostId of r.suspect) this.log.info({ hostId }, "host suspect (missed heartbeats)");
    } catch (err) {
      this.log.debug({ err: (err as Error).message }, "liveness sweep failed");
    } finally {
      this.running = false;
    }
  }
}
