// Pure mapping of one parsed --query-gpu row (canonical field names) to the wire messages.
import { MigMode, type pb } from "@remotegpu/protocol";
import type { CsvRow } from "./csv.js";
import { count, flag, hexMask, number, text } from "./values.js";

/** Drops keys whose value is undefined, so the message has no presence for them. */
function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export function migMode(raw: string | undefined): pb.MigMode {
  const v = text(raw)?.toLowerCase();
  if (v === "enabled") return MigMode.MIG_MODE_ENABLED;
  if (v === "disabled") return MigMode.MIG_MODE_DISABLED;
  return MigMode.MIG_MODE_UNSPECIFIED;
}

export function toGpuInfo(row: CsvRow): pb.GpuInfoInit {
  return defined({
    index: count(row["index"]) ?? 0,
    uuid: text(row["uuid"]) ?? "",
    name: text(row["name"]) ?? "",
    memoryTotalMib: count(row["memory.total"]),
    pciBusId: text(row["pci.bus_id"]) ?? "",
    migMode: migMode(row["mig.mode.current"]),
    driverVersion: text(row["driver_version"]) ?? "",
    serial: text(row["serial"]) ?? "",
    vbiosVersion: text(row["vbios_version"]) ?? "",
    computeCap: text(row["compute_cap"]) ?? "",
    powerLimitMaxW: number(row["power.max_limit"]),
  });
}

export function toGpuSample(row: CsvRow): pb.GpuSampleInit {
  return defined({
    index: count(row["index"]) ?? 0,
    uuid: text(row["uuid"]) ?? "",
    pciBusId: text(row["pci.bus_id"]) ?? "",
    utilizationGpuPct: number(row["utilization.gpu"]),
    utilizationMemoryPct: number(row["utilization.memory"]),
    utilizationEncoderPct: number(row["utilization.encoder"]),
    utilizationDecoderPct: number(row["utilization.decoder"]),
    memoryTotalMib: number(row["memory.total"]),
    memoryUsedMib: number(row["memory.used"]),
    memoryFreeMib: number(row["memory.free"]),
    memoryReservedMib: number(row["memory.reserved"]),
    temperatureGpuC: number(row["temperature.gpu"]),
    temperatureMemoryC: number(row["temperature.memory"]),
    powerDrawW: number(row["power.draw"]),
    powerLimitW: number(row["power.limit"]),
    enforcedPowerLimitW: number(row["enforced.power.limit"]),
    smClockMhz: number(row["clocks.current.sm"]),
    memClockMhz: number(row["clocks.current.memory"]),
    graphicsClockMhz: number(row["clocks.current.graphics"]),
    maxSmClockMhz: number(row["clocks.max.sm"]),
    fanSpeedPct: number(row["fan.speed"]),
    pstate: text(row["pstate"]),
    throttleReasonsActive: hexMask(row["clocks_event_reasons.active"]),
    eccEnabled: flag(row["ecc.mode.current"]),
    eccCorrectedVolatile: count(row["ecc.errors.corrected.volatile.total"]),
    eccUncorrectedVolatile: count(row["ecc.errors.uncorrected.volatile.total"]),
    eccCorrectedAggregate: count(row["ecc.errors.corrected.aggregate.total"]),
    eccUncorrectedAggregate: count(row["ecc.errors.uncorrected.aggregate.total"]),
    retiredPagesSbe: count(row["retired_pages.single_bit_ecc.count"]),
    retiredPagesDbe: count(row["retired_pages.double_bit.count"]),
    retiredPagesPending: flag(row["retired_pages.pending"]),
    remappedRowsCorrectable: count(row["remapped_rows.correctable"]),
    remappedRowsUncorrectable: count(row["remapped_rows.uncorrectable"]),
    remappedRowsPending: flag(row["remapped_rows.pending"]),
    remappedRowsFailure: flag(row["remapped_rows.failure"]),
    recoveryAction: text(row["gpu_recovery_action"]),
    migMode: migMode(row["mig.mode.current"]),
    computeMode: text(row["compute_mode"]),
    persistenceMode: flag(row["persistence_mode"]),
  });
}
