// Periodically moves hosts online → suspect → offline in the database. Every replica runs it;
// the statements are idempotent and use the database's clock.
import type { Logger } from "pino";
import type { LivenessConfig } from "../../config.js";
import { sweepLiveness } from "../../db/queries/liveness.js";
import type { Db } from "../../db/knex.js";
import { FLUSH_INTERVAL_MS } from "./telemetry-writer.js";

/**
 * After start-up and after the database comes back, hold the sweep this long: heartbeats that
 * arrived meanwhile are still in the replicas' memory and reach the database with their next
 * flush (every second). Sweeping first would mark the whole fleet suspect for no reason.
 */
const RECOVERY_GRACE_MS = 5 * FLUSH_INTERVAL_MS;

export class LivenessSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private failing = false;
  private holdUntil = Date.now() + RECOVERY_GRACE_MS;

  constructor(
    private readonly db: Db,
    private readonly cfg: LivenessConfig,
    private readonly log: Logger,
  ) {}

  /**
   * Sweeps once a second, or twice per minimum heartbeat interval when that is shorter (tests
   * run 200 ms heartbeats), but never more than 20 times a second.
   */
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
    if (this.running || Date.now() < this.holdUntil) return;
    this.running = true;
    try {
      if (this.failing) {
        await this.db.raw("select 1");
        this.failing = false;
        this.holdUntil = Date.now() + RECOVERY_GRACE_MS;
        this.log.info("database reachable again; liveness sweep resumes after the grace period");
        return;
      }
      // Slack: last_seen_at reaches the database up to one flush late.
      const r = await sweepLiveness(this.db, this.cfg.suspectAfterMissed, this.cfg.offlineAfterMissed, FLUSH_INTERVAL_MS * 2);
      for (const hostId of r.offline) this.log.info({ hostId }, "host offline");
      for (const hostId of r.suspect) this.log.info({ hostId }, "host suspect (missed heartbeats)");
    } catch (err) {
      if (!this.failing) this.log.warn({ err: (err as Error).message }, "liveness sweep failed; holding host statuses until the database is back");
      this.failing = true;
    } finally {
      this.running = false;
    }
  }
}
