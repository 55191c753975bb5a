// Deletes telemetry history older than the retention limit, in small batches so that no
// statement holds locks for long, and stops at its deadline (the next run continues).
import type { Db } from "../db/knex.js";
import { pruneJobRuns, pruneTelemetryHistory } from "../services/maintenance.js";
import type { JobSpec } from "./scheduler.js";

const PERIOD_MS = 10 * 60_000;
// A month of claims is enough to see what ran; older rows only grow the table.
const JOB_RUNS_KEEP_DAYS = 30;

export function telemetryRetentionJob(db: Db, retentionHours: number): JobSpec {
  return {
    name: "telemetry-retention",
    schedule: "*/10 * * * *",
    slotOf: (now) => new Date(now.getTime() - (now.getTime() % PERIOD_MS)).toISOString(),
    // Half the period: a run never overlaps the next slot's.
    budgetMs: PERIOD_MS / 2,
    async run(deadline, signal) {
      const cutoff = new Date(Date.now() - retentionHours * 3600_000);
      const deleted = await pruneTelemetryHistory(db, cutoff, { deadline, signal });
      await pruneJobRuns(db, JOB_RUNS_KEEP_DAYS);
      return `deleted ${deleted} history rows older than ${cutoff.toISOString()}`;
    },
  };
}
