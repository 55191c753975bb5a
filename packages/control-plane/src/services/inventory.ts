// What an agent reports about its host: stored at every Hello and whenever it sends an update.
import type { pb } from "@remotegpu/protocol";
import { upsertGpus } from "../db/queries/gpus.js";
import { recordInventory } from "../db/queries/hosts.js";
import type { Db, Tx } from "../db/knex.js";
import { InventoryError, validateInventory, type HostInventory } from "../domain/inventory.js";
import { AppError } from "../errors.js";

/** Validates an inventory from the wire; bad ones are refused as INVALID_ARGUMENT. */
export function checkInventory(inv: pb.Inventory | null | undefined): HostInventory {
  try {
    return validateInventory(inv);
  } catch (err) {
    if (err instanceof InventoryError) throw new AppError("INVALID_ARGUMENT", `inventory: ${err.message}`);
    throw err;
  }
}

/** Host fields and GPUs; when the agent could not list its GPUs, the known ones are kept. */
export async function storeInventory(trx: Tx, hostId: string, inv: HostInventory): Promise<void> {
  await recordInventory(trx, hostId, inv);
  if (!inv.gpusUnknown) await upsertGpus(trx, hostId, inv.gpus);
}

/** An inventory an agent sent during its session. */
export async function updateInventory(db: Db, hostId: string, raw: pb.Inventory): Promise<HostInventory> {
  const inv = checkInventory(raw);
  await db.transaction((trx) => storeInventory(trx, hostId, inv));
  return inv;
}
