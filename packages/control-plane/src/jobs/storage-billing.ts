// The daily storage charge (services/storage/billing.ts), at 00:20 UTC for the day that ended;
// one replica per day (the scheduler's slot claim), and a rerun charges nothing twice.
import type { Db } from "../db/knex.js";
import { chargeStorageDay } from "../services/storage/billing.js";
import type { JobSpec } from "./scheduler.js";

export function storageBillingJob(db: Db, pricePerGbDayMinor: number): JobSpec {
  return {
    name: "storage-billing",
    schedule: "20 0 * * *",
    slotOf: (now) => now.toISOString().slice(0, 10),
    budgetMs: 30 * 60_000,
    async run(deadline) {
      const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const r = await chargeStorageDay(db, day, pricePerGbDayMinor, deadline.getTime());
      return `storage ${day}: charged ${r.charged} workspaces ${r.minor} cents`;
    },
  };
}
