// Telemetry as the admin API shows it: snake_case keys, every key always present, and null
// (never 0) for a value the agent did not report. Pure: decoded protobuf in, JSON out.
import type { pb } from "@remotegpu/protocol";
import { migModeName } from "./inventory.js";
import { MAX_DISKS, MAX_ERROR_TEXT, MAX_ERRORS, MAX_PATH, MAX_PROCESSES_PER_GPU, MAX_TEXT } from "./limits.js";
import { cleanText } from "./text.js";

type Num = number | null;

export interface GpuTelemetry {
  at: string;
  utilization_gpu_pct: Num;
  utilization_memory_pct: Num;
  utilization_encoder_pct: Num;
  utilization_decoder_pct: Num;
  memory_total_mib: Num;
  memory_used_mib: Num;
  memory_free_mib: Num;
  memory_reserved_mib: Num;
  temperature_gpu_c: Num;
  temperature_memory_c: Num;
  power_draw_w: Num;
  power_limit_w: Num;
  enforced_power_limit_w: Num;
  sm_clock_mhz: Num;
  mem_clock_mhz: Num;
  graphics_clock_mhz: Num;
  max_sm_clock_mhz: Num;
  fan_speed_pct: Num;
  pstate: string | null;
  throttle_reasons_active: Num;
  throttle_reasons: string[] | null;
  ecc_enabled: boolean | null;
  ecc_corrected_volatile: Num;
  ecc_uncorrected_volatile: Num;
  ecc_corrected_aggregate: Num;
  ecc_uncorrected_aggregate: Num;
  retired_pages_sbe: Num;
  retired_pages_dbe: Num;
  retired_pages_pending: boolean | null;
  remapped_rows_correctable: Num;
  remapped_rows_uncorrectable: Num;
  remapped_rows_pending: boolean | null;
  remapped_rows_failure: boolean | null;
  recovery_action: string | null;
  mig_mode: "enabled" | "disabled" | null;
  compute_mode: string | null;
  persistence_mode: boolean | null;
  processes: { pid: number; process_name: string; used_memory_mib: Num }[];
}

export interface HostTelemetry {
  at: string;
  cpu_utilization_pct: Num;
  load_1m: Num;
  load_5m: Num;
  load_15m: Num;
  memory_total_bytes: Num;
  memory_used_bytes: Num;
  memory_available_bytes: Num;
  uptime_s: Num;
  network_rx_bytes: Num;
  network_tx_bytes: Num;
  disks: { mount: string; size_bytes: Num; used_bytes: Num; available_bytes: Num }[];
  errors: string[];
}

// NVML clock event reason bits (test/fixtures/nvidia/NOTES.md §2).
const THROTTLE_BITS: readonly [number, string][] = [
  [0x1, "gpu_idle"],
  [0x2, "applications_clocks_setting"],
  [0x4, "sw_power_cap"],
  [0x8, "hw_slowdown"],
  [0x10, "sync_boost"],
  [0x20, "sw_thermal_slowdown"],
  [0x40, "hw_thermal_slowdown"],
  [0x80, "hw_power_brake_slowdown"],
  [0x100, "display_clock_setting"],
];

// No GPU or host metric comes near 10^15 (PB of memory, W, MHz, counters since boot); beyond it
// a value is garbage, and it must also fit PostgreSQL `real` (3.4e38) and JSON safely.
const MAX_ABS_VALUE = 1e15;

const num = (v: number | null | undefined): Num => (typeof v === "number" && Number.isFinite(v) && Math.abs(v) < MAX_ABS_VALUE ? v : null);
const bool = (v: boolean | null | undefined): boolean | null => (typeof v === "boolean" ? v : null);
const str = (v: string | null | undefined, max = MAX_TEXT): string | null => (typeof v === "string" ? cleanText(v, max) : null);

export function throttleReasons(mask: number | null): string[] | null {
  if (mask === null) return null;
  return THROTTLE_BITS.filter(([bit]) => (mask & bit) !== 0).map(([, name]) => name);
}

/** The processes of one frame, grouped by the GPU they run on (bus id, else UUID). */
export function processesByGpu(processes: readonly pb.GpuProcess[]): Map<string, pb.GpuProcess[]> {
  const out = new Map<string, pb.GpuProcess[]>();
  for (const p of processes) {
    // Match by PCI bus id when there is one: UUIDs in anonymised captures are not unique.
    const key = p.pciBusId ? `bus:${p.pciBusId}` : `uuid:${p.gpuUuid}`;
    const list = out.get(key);
    if (list) list.push(p);
    else out.set(key, [p]);
  }
  return out;
}

export function processesOf(s: pb.GpuSample, byGpu: Map<string, pb.GpuProcess[]>): pb.GpuProcess[] {
  return [...(byGpu.get(`bus:${s.pciBusId}`) ?? []), ...(s.pciBusId ? [] : (byGpu.get(`uuid:${s.uuid}`) ?? []))];
}

/** @param at the sample time as an ISO string (formatted once per frame by the caller) */
export function gpuTelemetry(s: pb.GpuSample, processes: readonly pb.GpuProcess[], at: string): GpuTelemetry {
  const mask = num(s.throttleReasonsActive);
  return {
    at,
    utilization_gpu_pct: num(s.utilizationGpuPct),
    utilization_memory_pct: num(s.utilizationMemoryPct),
    utilization_encoder_pct: num(s.utilizationEncoderPct),
    utilization_decoder_pct: num(s.utilizationDecoderPct),
    memory_total_mib: num(s.memoryTotalMib),
    memory_used_mib: num(s.memoryUsedMib),
    memory_free_mib: num(s.memoryFreeMib),
    memory_reserved_mib: num(s.memoryReservedMib),
    temperature_gpu_c: num(s.temperatureGpuC),
    temperature_memory_c: num(s.temperatureMemoryC),
    power_draw_w: num(s.powerDrawW),
    power_limit_w: num(s.powerLimitW),
    enforced_power_limit_w: num(s.enforcedPowerLimitW),
    sm_clock_mhz: num(s.smClockMhz),
    mem_clock_mhz: num(s.memClockMhz),
    graphics_clock_mhz: num(s.graphicsClockMhz),
    max_sm_clock_mhz: num(s.maxSmClockMhz),
    fan_speed_pct: num(s.fanSpeedPct),
    pstate: str(s.pstate),
    throttle_reasons_active: mask,
    throttle_reasons: throttleReasons(mask),
    ecc_enabled: bool(s.eccEnabled),
    ecc_corrected_volatile: num(s.eccCorrectedVolatile),
    ecc_uncorrected_volatile: num(s.eccUncorrectedVolatile),
    ecc_corrected_aggregate: num(s.eccCorrectedAggregate),
    ecc_uncorrected_aggregate: num(s.eccUncorrectedAggregate),
    retired_pages_sbe: num(s.retiredPagesSbe),
    retired_pages_dbe: num(s.retiredPagesDbe),
    retired_pages_pending: bool(s.retiredPagesPending),
    remapped_rows_correctable: num(s.remappedRowsCorrectable),
    remapped_rows_uncorrectable: num(s.remappedRowsUncorrectable),
    remapped_rows_pending: bool(s.remappedRowsPending),
    remapped_rows_failure: bool(s.remappedRowsFailure),
    recovery_action: str(s.recoveryAction),
    mig_mode: migModeName(s.migMode),
    compute_mode: str(s.computeMode),
    persistence_mode: bool(s.persistenceMode),
    processes: processes
      .slice(0, MAX_PROCESSES_PER_GPU)
      .map((p) => ({ pid: p.pid, process_name: cleanText(p.processName, MAX_TEXT), used_memory_mib: num(p.usedMemoryMib) })),
  };
}

export function hostTelemetry(h: pb.HostMetrics | null | undefined, errors: readonly string[], at: string): HostTelemetry {
  return {
    at,
    cpu_utilization_pct: num(h?.cpuUtilizationPct),
    load_1m: num(h?.load_1m),
    load_5m: num(h?.load_5m),
    load_15m: num(h?.load_15m),
    memory_total_bytes: num(h?.memoryTotalBytes),
    memory_used_bytes: num(h?.memoryUsedBytes),
    memory_available_bytes: num(h?.memoryAvailableBytes),
    uptime_s: num(h?.uptimeS),
    network_rx_bytes: num(h?.networkRxBytes),
    network_tx_bytes: num(h?.networkTxBytes),
    disks: (h?.disks ?? []).slice(0, MAX_DISKS).map((d) => ({
      mount: cleanText(d.mount, MAX_PATH),
      size_bytes: num(d.sizeBytes),
      used_bytes: num(d.usedBytes),
      available_bytes: num(d.availableBytes),
    })),
    errors: errors.slice(0, MAX_ERRORS).map((e) => cleanText(e, MAX_ERROR_TEXT)),
  };
}
