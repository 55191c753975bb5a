// Periodically moves hosts online → suspect → offline in the database. Every replica runs it;
// the statements are idempotent and use the database's clock.
import type { Logger } from "pino";
import type { LivenessConfig } from "../../config.js";
import { recordAwayPeriods } from "../../db/queries/host-away.js";
import { sweepLiveness } from "../../db/queries/liveness.js";
import { type Db, pingDb } from "../../db/knex.js";
import type { Component } from "./lifecycle.js";
import { FLUSH_INTERVAL_MS } from "./telemetry-writer.js";

/** A local database answers a ping in milliseconds; a second means it is not there for us. */
const PING_TIMEOUT_MS = 1000;

/**
 * After start-up and after the database comes back, hold the sweep this long: heartbeats that
 * arrived meanwhile are still in the replicas' memory and reach the database with their next
 * flush (every second). Sweeping first would mark the whole fleet suspect for no reason.
 */
const RECOVERY_GRACE_MS = 5 * FLUSH_INTERVAL_MS;

export class LivenessSweeper implements Component {
  readonly name = "liveness";
  private timer: NodeJS.Timeout | undefined;
  /** The sweep in progress, if any (stop() waits for it). */
  private running: Promise<void> | undefined;
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

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One sweep (a no-op while one runs or during the grace period). */
  sweep(): Promise<void> {
    if (this.running !== undefined || Date.now() < this.holdUntil) return this.running ?? Promise.resolve();
    this.running = this.sweepOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async sweepOnce(): Promise<void> {
    try {
      if (this.failing) {
        if (!(await pingDb(this.db, PING_TIMEOUT_MS))) throw new Error("the database does not answer");
        this.failing = false;
        this.holdUntil = Date.now() + RECOVERY_GRACE_MS;
        this.log.info("database reachable again; liveness sweep resumes after the grace period");
        return;
      }
      // Slack: last_seen_at reaches the database up to one flush late.
      const r = await sweepLiveness(this.db, this.cfg.suspectAfterMissed, this.cfg.offlineAfterMissed, FLUSH_INTERVAL_MS * 2);
      for (const hostId of r.offline) this.log.info({ hostId }, "host offline");
      for (const hostId of r.suspect) this.log.info({ hostId }, "host suspect (missed heartbeats)");
      // When each offline host's grace ends (its hourly instances are charged for disk only
      // from then until it is back); recorded now, before that moment comes.
      for (const hostId of await recordAwayPeriods(this.db, this.cfg.hostAwayGraceS)) this.log.info({ hostId }, "host offline: its away time is recorded");
    } catch (err) {
      if (!this.failing) this.log.warn({ err: (err as Error).message }, "liveness sweep failed; holding host statuses until the database is back");
      this.failing = true;
    }
  }
}
