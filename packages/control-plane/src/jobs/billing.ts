// The billing cycle (services/billing-cycle.ts) as a periodic job: node-cron only triggers, the
// run is claimed per minute slot in the database (one replica runs it), bounded by a deadline,
// and every step inside is idempotent per business key, so a run cut short by a crash is
// finished by the next one and nothing is charged twice.
import type { Db } from "../db/knex.js";
import { runBillingCycle, type BillingPolicy } from "../services/billing-cycle.js";
import { clock } from "../services/clock.js";
import type { JobSpec } from "./scheduler.js";

export function billingJob(db: Db, policy: BillingPolicy, schedule: string): JobSpec {
  return {
    name: "billing",
    schedule,
    slotOf: (now) => now.toISOString().slice(0, 16),
    // Well under a minute: the next slot's run starts fresh where this one stopped.
    budgetMs: 50_000,
    async run(deadline, signal) {
      const o = await runBillingCycle(db, clock.now(), policy, { deadline, signal });
      return `settled ${o.settledUsers} user(s), suspended ${o.suspended}, lifted ${o.lifted}, stopped ${o.stopped}, expired ${o.expired}, destroyed ${o.destroyed}, skipped ${o.skipped}${o.unfinished ? ", unfinished" : ""}`;
    },
  };
}
