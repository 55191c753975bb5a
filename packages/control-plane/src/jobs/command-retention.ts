// Finished commands are an instance's operation history; after 90 days nobody reads them, and
// their payloads hold instance specs (passwords included). Deleted daily, in small batches.
import type { Db } from "../db/knex.js";
import { pruneFinishedCommands } from "../services/maintenance.js";
import type { JobSpec } from "./scheduler.js";

const KEEP_DAYS = 90;

export function commandRetentionJob(db: Db): JobSpec {
  return {
    name: "command-retention",
    schedule: "17 3 * * *", // daily at 03:17, off the hour when other cron work piles up
    slotOf: (now) => now.toISOString().slice(0, 10),
    budgetMs: 10 * 60_000,
    async run(deadline, signal) {
      const cutoff = new Date(Date.now() - KEEP_DAYS * 86_400_000);
      const deleted = await pruneFinishedCommands(db, cutoff, { deadline, signal });
      return `deleted ${deleted} commands finished before ${cutoff.toISOString()}`;
    },
  };
}
