// Which --query-gpu fields the agent asks for. An unknown field makes nvidia-smi reject the
// whole query, so the core list holds only long-standing fields (present in every capture,
// drivers 418-610) and the rest is asked for only when `--help-query-gpu` lists it
// (test/fixtures/nvidia/NOTES.md §9).

export interface FieldSpec {
  /** Canonical name (what the parser reads), then older aliases nvidia-smi also accepts. */
  names: readonly [string, ...string[]];
  /** Safe to request without probing. */
  core: boolean;
}

const f = (core: boolean, ...names: [string, ...string[]]): FieldSpec => ({ names, core });

export const GPU_FIELDS: readonly FieldSpec[] = [
  f(true, "index"),
  f(true, "uuid"),
  f(true, "name"),
  f(true, "pci.bus_id"),
  f(true, "driver_version"),
  f(true, "pstate"),
  f(true, "temperature.gpu"),
  f(true, "utilization.gpu"),
  f(true, "utilization.memory"),
  f(true, "utilization.encoder"),
  f(true, "utilization.decoder"),
  f(true, "memory.total"),
  f(true, "memory.used"),
  f(true, "memory.free"),
  f(true, "power.draw"),
  f(true, "power.limit"),
  f(true, "enforced.power.limit"),
  f(true, "clocks.current.sm"),
  f(true, "clocks.current.memory"),
  f(true, "clocks.max.sm"),
  // Renamed in driver 535; the old name is still accepted as an alias (590 lists both).
  f(true, "clocks_event_reasons.active", "clocks_throttle_reasons.active"),
  f(true, "fan.speed"),
  f(true, "compute_mode"),
  f(true, "persistence_mode"),
  f(true, "ecc.mode.current"),
  f(true, "ecc.errors.corrected.volatile.total"),
  f(true, "ecc.errors.uncorrected.volatile.total"),
  f(true, "ecc.errors.uncorrected.aggregate.total"),
  f(true, "retired_pages.pending"),
  f(false, "serial"),
  f(false, "vbios_version"),
  f(false, "compute_cap"),
  f(false, "clocks.current.graphics"),
  f(false, "power.max_limit"),
  f(false, "memory.reserved"),
  f(false, "temperature.memory"),
  f(false, "ecc.errors.corrected.aggregate.total"),
  f(false, "retired_pages.single_bit_ecc.count", "retired_pages.sbe"),
  f(false, "retired_pages.double_bit.count", "retired_pages.dbe"),
  f(false, "remapped_rows.correctable"),
  f(false, "remapped_rows.uncorrectable"),
  f(false, "remapped_rows.pending"),
  f(false, "remapped_rows.failure"),
  f(false, "mig.mode.current"),
  f(false, "gpu_recovery_action"),
];

/** Fields of --query-compute-apps; process_name is free text and may contain ", ". */
export const COMPUTE_APP_FIELDS = ["gpu_uuid", "gpu_bus_id", "pid", "process_name", "used_gpu_memory"] as const;

export interface FieldSelection {
  /** Names to put on the command line, in order. */
  query: string[];
  /** The canonical name of each queried field, same order (the parser's keys). */
  canonical: string[];
}

/**
 * Chooses the fields to query. `supported` is what --help-query-gpu listed, or null when the
 * probe failed: then only the core fields are asked for, by their oldest names, which every
 * driver we know accepts.
 */
export function selectGpuFields(supported: ReadonlySet<string> | null): FieldSelection {
  const query: string[] = [];
  const canonical: string[] = [];
  for (const spec of GPU_FIELDS) {
    let name: string | undefined;
    if (supported === null) {
      name = spec.core ? spec.names[spec.names.length - 1] : undefined;
    } else {
      name = spec.names.find((n) => supported.has(n));
    }
    if (name !== undefined) {
      query.push(name);
      canonical.push(spec.names[0]);
    }
  }
  return { query, canonical };
}

/**
 * Field names listed by `nvidia-smi --help-query-gpu`: each property starts a line with its
 * quoted name, sometimes followed by `or "alias"`.
 */
export function parseHelpQueryGpu(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('"')) continue;
    for (const m of line.matchAll(/"([A-Za-z0-9_.]+)"/g)) names.add(m[1]!);
  }
  return names;
}
