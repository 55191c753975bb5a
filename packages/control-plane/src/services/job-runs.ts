// Claims of periodic job runs (jobs/scheduler.ts): the replica whose claim of a (job, slot)
// wins runs it; the others skip it. The outcome is kept with the claim.
import { claimJobRun, finishJobRun } from "../db/queries/jobs.js";
import type { Db } from "../db/knex.js";

export function claimRun(db: Db, job: string, slot: string, replica: string): Promise<boolean> {
  return claimJobRun(db, job, slot, replica);
}

export function finishRun(db: Db, job: string, slot: string, outcome: string): Promise<void> {
  return finishJobRun(db, job, slot, outcome);
}
