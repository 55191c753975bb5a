// Garbage collection of dataset and model content (services/storage/blobs.ts), and of expired
// resumable uploads: every 10 minutes, one replica at a time (the scheduler's slot claim).
import type { Db } from "../db/knex.js";
import type { BlobStore } from "../services/storage/blob-store.js";
import { collectGarbage } from "../services/storage/blobs.js";
import { expireUploads } from "../services/storage/uploads.js";
import type { JobSpec } from "./scheduler.js";

export function storageGcJob(db: Db, store: BlobStore, storage: { dataDir: string; graceMinutes: number }): JobSpec {
  return {
    name: "storage-gc",
    // Every 10 minutes: unreferenced bytes wait out their grace (60 min) plus at most this.
    schedule: "*/10 * * * *",
    slotOf: (now) => `${now.toISOString().slice(0, 15)}0`,
    budgetMs: 5 * 60_000,
    async run(deadline) {
      const expired = await expireUploads(db, storage.dataDir);
      let marked = 0;
      let removed = 0;
      // Batches until nothing is left or the budget is spent.
      for (;;) {
        const r = await collectGarbage(db, store, { graceMinutes: storage.graceMinutes, deadline: deadline.getTime() });
        marked += r.marked;
        removed += r.removed;
        if ((r.marked === 0 && r.removed === 0) || Date.now() > deadline.getTime()) break;
      }
      return `expired ${expired} uploads; marked ${marked} and removed ${removed} unreferenced blobs`;
    },
  };
}
