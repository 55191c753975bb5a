// Periodic jobs, safe with several replicas: node-cron only triggers; each run is claimed in
// the database by (job, slot), so exactly one replica runs a slot; every run has a deadline.
import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import { claimRun, finishRun } from "../services/job-runs.js";
import type { Db } from "../db/knex.js";
import type { Component } from "../services/components/lifecycle.js";

/** A node-cron expression node-cron accepts (configuration checks it at start-up). */
export function validSchedule(expression: string): boolean {
  return cron.validate(expression);
}

export interface JobSpec {
  name: string;
  /** node-cron expression. */
  schedule: string;
  /** The business slot a trigger at `now` belongs to (e.g. the 10-minute window). */
  slotOf(now: Date): string;
  /** Does the work; must stop by `deadline` or as soon as `signal` aborts; returns a one-line outcome. */
  run(deadline: Date, signal: AbortSignal): Promise<string>;
  budgetMs: number;
}

export class JobScheduler implements Component {
  readonly name = "jobs";
  private readonly tasks: ScheduledTask[] = [];
  private readonly running = new Set<Promise<void>>();
  private readonly abort = new AbortController();

  constructor(
    private readonly db: Db,
    private readonly replicaId: string,
    private readonly log: Logger,
    private readonly jobs: JobSpec[],
  ) {}

  start(): void {
    for (const job of this.jobs) {
      this.tasks.push(cron.schedule(job.schedule, () => this.trigger(job), { name: job.name, noOverlap: true }));
    }
  }

  /** Stops triggering, asks running jobs to stop, and waits for them (they stop between batches). */
  async stop(): Promise<void> {
    for (const t of this.tasks) await t.stop();
    this.abort.abort();
    await Promise.allSettled([...this.running]);
  }

  /** Runs a job's current slot now if no replica has claimed it (also used by tests). */
  trigger(job: JobSpec, now = new Date()): Promise<void> {
    const p = this.runSlot(job, job.slotOf(now)).finally(() => this.running.delete(p));
    this.running.add(p);
    return p;
  }

  private async runSlot(job: JobSpec, slot: string): Promise<void> {
    try {
      if (!(await claimRun(this.db, job.name, slot, this.replicaId))) return;
      if (this.abort.signal.aborted) return;
      const outcome = await job.run(new Date(Date.now() + job.budgetMs), this.abort.signal);
      await finishRun(this.db, job.name, slot, outcome);
      this.log.debug({ job: job.name, slot, outcome }, "job run finished");
    } catch (err) {
      this.log.warn({ job: job.name, slot, err: (err as Error).message }, "job run failed");
      await finishRun(this.db, job.name, slot, `failed: ${(err as Error).message}`.slice(0, 500)).catch(() => undefined);
    }
  }
}
