// Housekeeping the periodic jobs run (jobs/ only schedules them): old telemetry history, finished
// commands, stored idempotent answers and job claims are deleted in small batches, so that no
// statement holds locks for long, until there is nothing left or the deadline comes.
import { deleteFinishedCommandsBefore } from "../db/queries/commands.js";
import { pruneKeys } from "../db/queries/idempotency.js";
import { pruneJobRuns as pruneJobRunRows } from "../db/queries/jobs.js";
import { deleteHistoryBefore } from "../db/queries/telemetry.js";
import type { Db } from "../db/knex.js";
import { IDEMPOTENCY_RETENTION_HOURS } from "./idempotency.js";

/** 10,000 rows delete in well under a second; between batches other work gets its turn. */
const BATCH = 10_000;

export interface Bounds {
  deadline: Date;
  signal: AbortSignal;
}

/** Calls `deleteBatch` until it deletes less than a batch or time is up; returns the total. */
async function inBatches(deleteBatch: (limit: number) => Promise<number>, b: Bounds): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await deleteBatch(BATCH);
    total += n;
    if (n < BATCH || new Date() >= b.deadline || b.signal.aborted) return total;
  }
}

/** Telemetry history older than the cutoff, of GPUs and hosts. */
export async function pruneTelemetryHistory(db: Db, cutoff: Date, b: Bounds): Promise<number> {
  let deleted = 0;
  for (const table of ["gpu_telemetry_history", "host_telemetry_history"] as const) {
    deleted += await inBatches((limit) => deleteHistoryBefore(db, table, cutoff, limit), b);
  }
  return deleted;
}

/** Commands finished before the cutoff (an instance's operation history). */
export async function pruneFinishedCommands(db: Db, cutoff: Date, b: Bounds): Promise<number> {
  return inBatches((limit) => deleteFinishedCommandsBefore(db, cutoff, limit), b);
}

/** Stored answers of Idempotency-Keys past their retention. */
export async function pruneIdempotencyKeys(db: Db, b: Bounds): Promise<number> {
  return inBatches((limit) => pruneKeys(db, IDEMPOTENCY_RETENTION_HOURS, limit), b);
}

/** Claims of job runs older than `keepDays`. */
export async function pruneJobRuns(db: Db, keepDays: number): Promise<void> {
  await pruneJobRunRows(db, keepDays);
}
