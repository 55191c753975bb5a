// Stored bytes are billed once a day (STORAGE_PRICE_PER_GB_DAY_CENTS per 10^9 bytes, 0 = free):
// each workspace's distinct content, measured when the charge runs, is charged to the
// workspace's wallet as a ledger entry of kind "storage" keyed by workspace and day, so that a
// rerun of the same day charges nothing more. Amounts round half up to the cent; a workspace
// whose day rounds to 0 is not charged. Like hourly usage, a storage charge may take the
// balance below zero (the data is kept; a negative balance blocks new purchases).
import { workspacesWithStorage, workspaceStorageBytes } from "../../db/queries/platform/artifacts.js";
import type { Db } from "../../db/knex.js";
import { post } from "../ledger.js";

export function storageChargeMinor(bytes: number, pricePerGbDayMinor: number): number {
  // Integer arithmetic: bytes × price / 10^9, rounded half up (BigInt: 10^15 bytes × 10^6 cents overflows doubles).
  const n = BigInt(bytes) * BigInt(pricePerGbDayMinor);
  return Number((n * 2n + 1_000_000_000n) / 2_000_000_000n);
}

export async function chargeStorageDay(db: Db, day: string, pricePerGbDayMinor: number, deadline?: number): Promise<{ charged: number; minor: number }> {
  let charged = 0;
  let minor = 0;
  if (pricePerGbDayMinor === 0) return { charged, minor };
  for (const w of await workspacesWithStorage(db)) {
    if (deadline !== undefined && Date.now() > deadline) break;
    const bytes = await workspaceStorageBytes(db, w.workspace_id);
    const amount = storageChargeMinor(bytes, pricePerGbDayMinor);
    if (amount === 0) continue;
    const r = await db.transaction((trx) =>
      post(
        trx,
        {
          userId: w.wallet_user_id,
          amountMinor: -amount,
          kind: "storage",
          idempotencyKey: `storage:${w.workspace_id}:${day}`,
          memo: `storage ${day}: ${bytes} bytes in workspace ${w.name.slice(0, 64)}`,
        },
        { replayable: true },
      ),
    );
    if (!r.replayed) {
      charged++;
      minor += amount;
    }
  }
  return { charged, minor };
}
