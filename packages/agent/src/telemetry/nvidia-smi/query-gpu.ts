// Pure parser of `nvidia-smi --query-gpu=... --format=csv[,noheader][,nounits]`: one row per
// physical GPU (MIG instances are not rows), turned into inventory and sample messages.
import type { pb } from "@remotegpu/protocol";
import { parseCsv, type CsvRow } from "./csv.js";
import { count } from "./values.js";
import { GPU_FIELDS } from "./fields.js";
import { toGpuInfo, toGpuSample } from "./gpu-record.js";

export interface ParsedGpus {
  infos: pb.GpuInfoInit[];
  samples: pb.GpuSampleInit[];
  /** Lines that did not have one cell per field; reported as a partial result. */
  badLines: string[];
}

const CANONICAL = new Map<string, string>(GPU_FIELDS.flatMap((s) => s.names.map((n) => [n, s.names[0]] as [string, string])));

/**
 * @param fields the canonical field order when the output has no header; omit to read the
 * header (aliases such as clocks_throttle_reasons.active are mapped to their canonical names).
 */
export function parseQueryGpu(output: string, fields?: readonly string[]): ParsedGpus {
  const table = parseCsv(output, fields ? { fields } : {});
  const rows: CsvRow[] = [];
  for (const row of table.rows) {
    const out: CsvRow = {};
    for (const [k, v] of Object.entries(row)) out[CANONICAL.get(k) ?? k] = v;
    // A row whose index is not a number is noise that happened to have the right cell count:
    // taking it as GPU 0 would shadow the real one.
    if ("index" in out && count(out["index"]) === undefined) table.badLines.push(Object.values(row).join(", "));
    else rows.push(out);
  }
  return { infos: rows.map(toGpuInfo), samples: rows.map(toGpuSample), badLines: table.badLines };
}
