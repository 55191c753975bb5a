import type { GpuInventory } from "../../domain/inventory.js";
import type { Db, Tx } from "../knex.js";
import type { GpuRow } from "../rows.js";

const MERGED = [
  "uuid",
  "name",
  "memory_total_mib",
  "pci_bus_id",
  "mig_mode",
  "mig_devices",
  "serial",
  "vbios_version",
  "compute_cap",
  "driver_version",
  "power_limit_max_w",
  "present",
];

/** Stores the GPUs an agent reported; GPUs it no longer reports stay, with present = false. */
export async function upsertGpus(trx: Tx, hostId: string, gpus: GpuInventory[]): Promise<void> {
  if (gpus.length > 0) {
    await trx("gpus")
      .insert(
        gpus.map((g) => ({
          host_id: hostId,
          gpu_index: g.index,
          uuid: g.uuid,
          name: g.name,
          memory_total_mib: g.memoryTotalMib,
          pci_bus_id: g.pciBusId,
          mig_mode: g.migMode,
          mig_devices: JSON.stringify(g.migDevices),
          serial: g.serial,
          vbios_version: g.vbiosVersion,
          compute_cap: g.computeCap,
          driver_version: g.driverVersion,
          power_limit_max_w: g.powerLimitMaxW,
          present: true,
        })),
      )
      .onConflict(["host_id", "gpu_index"])
      .merge({
        ...Object.fromEntries(MERGED.map((c) => [c, trx.raw("excluded.??", [c])])),
        updated_at: trx.fn.now(),
      });
  }
  await trx("gpus")
    .where({ host_id: hostId, present: true })
    .whereNotIn(
      "gpu_index",
      gpus.map((g) => g.index),
    )
    .update({ present: false, telemetry: null, telemetry_at: null, updated_at: trx.fn.now() });
}

export async function gpusOfHosts(db: Db, hostIds: string[]): Promise<GpuRow[]> {
  if (hostIds.length === 0) return [];
  return db<GpuRow>("gpus")
    .whereIn("host_id", hostIds)
    .andWhere({ present: true })
    .orderBy([{ column: "host_id" }, { column: "gpu_index" }]);
}
