// Finished commands are an instance's operation history; after 90 days nobody reads them, and
// their payloads hold instance specs (passwords included). Deleted daily, in small batches.
import { deleteFinishedCommandsBefore } from "../db/queries/commands.js";
import type { Db } from "../db/knex.js";
import type { JobSpec } from "./scheduler.js";

const KEEP_DAYS = 90;
// 10,000 rows delete in well under a second; the loop then yields to other work.
const BATCH = 10_000;

export function commandRetentionJob(db: Db): JobSpec {
  return {
    name: "command-retention",
    schedule: "17 3 * * *", // daily at 03:17, off the hour when other cron work piles up
    slotOf: (now) => now.toISOString().slice(0, 10),
    budgetMs: 10 * 60_000,
    async run(deadline, signal) {
      const cutoff = new Date(Date.now() - KEEP_DAYS * 86_400_000);
      let deleted = 0;
      for (;;) {
        const n = await deleteFinishedCommandsBefore(db, cutoff, BATCH);
        deleted += n;
        if (n < BATCH || new Date() >= deadline || signal.aborted) break;
      }
      return `deleted ${deleted} commands finished before ${cutoff.toISOString()}`;
    },
  };
}
