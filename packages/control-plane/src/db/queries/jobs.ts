// Claims of periodic job runs: the replica whose insert wins runs the slot; the others skip it.
import type { Db } from "../knex.js";

export async function claimJobRun(db: Db, job: string, slot: string, replica: string): Promise<boolean> {
  const r = await db.raw<{ rowCount: number }>("insert into job_runs (job, slot, claimed_by) values (?, ?, ?) on conflict do nothing", [job, slot, replica]);
  return r.rowCount === 1;
}

export async function finishJobRun(db: Db, job: string, slot: string, outcome: string): Promise<void> {
  await db("job_runs").where({ job, slot }).update({ finished_at: db.fn.now(), outcome });
}

/** Claims older than `keepDays` are history nobody reads. */
export async function pruneJobRuns(db: Db, keepDays: number): Promise<void> {
  await db.raw("delete from job_runs where claimed_at < now() - make_interval(days => ?)", [keepDays]);
}
