// Stored answers of requests sent with an Idempotency-Key are kept a day (a retry comes within
// minutes; a day covers a client that retries after an outage). Pruned hourly, in batches.
import type { Db } from "../db/knex.js";
import { IDEMPOTENCY_RETENTION_HOURS } from "../services/idempotency.js";
import { pruneIdempotencyKeys } from "../services/maintenance.js";
import type { JobSpec } from "./scheduler.js";

export function idempotencyRetentionJob(db: Db): JobSpec {
  return {
    name: "idempotency-retention",
    schedule: "41 * * * *", // hourly, at a minute no other job uses
    slotOf: (now) => now.toISOString().slice(0, 13),
    budgetMs: 5 * 60_000,
    async run(deadline, signal) {
      const deleted = await pruneIdempotencyKeys(db, { deadline, signal });
      return `deleted ${deleted} idempotency records older than ${IDEMPOTENCY_RETENTION_HOURS} h`;
    },
  };
}
