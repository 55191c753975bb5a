// Stored answers of requests sent with an Idempotency-Key are kept a day (a retry comes within
// minutes; a day covers a client that retries after an outage). Pruned hourly, in batches.
import { pruneKeys } from "../db/queries/idempotency.js";
import type { Db } from "../db/knex.js";
import { IDEMPOTENCY_RETENTION_HOURS } from "../services/idempotency.js";
import type { JobSpec } from "./scheduler.js";

const BATCH = 10_000;

export function idempotencyRetentionJob(db: Db): JobSpec {
  return {
    name: "idempotency-retention",
    schedule: "41 * * * *", // hourly, at a minute no other job uses
    slotOf: (now) => now.toISOString().slice(0, 13),
    budgetMs: 5 * 60_000,
    async run(deadline, signal) {
      let deleted = 0;
      for (;;) {
        const n = await pruneKeys(db, IDEMPOTENCY_RETENTION_HOURS, BATCH);
        deleted += n;
        if (n < BATCH || new Date() >= deadline || signal.aborted) break;
      }
      return `deleted ${deleted} idempotency records older than ${IDEMPOTENCY_RETENTION_HOURS} h`;
    },
  };
}
