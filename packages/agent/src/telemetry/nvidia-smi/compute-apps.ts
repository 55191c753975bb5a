// Pure parser of `nvidia-smi --query-compute-apps=...`. With no processes nvidia-smi prints only
// the header (or nothing with noheader). Windows (WDDM) reports used_gpu_memory as [N/A].
import type { pb } from "@remotegpu/protocol";
import { parseCsv } from "./csv.js";
import { count, text } from "./values.js";

export interface ParsedApps {
  processes: pb.GpuProcessInit[];
  badLines: string[];
}

export function parseComputeApps(output: string, fields?: readonly string[]): ParsedApps {
  const table = parseCsv(output, { ...(fields ? { fields } : {}), freeTextField: "process_name" });
  const processes: pb.GpuProcessInit[] = [];
  for (const row of table.rows) {
    const pid = count(row["pid"]);
    if (pid === undefined) {
      table.badLines.push(Object.values(row).join(", "));
      continue;
    }
    const p: pb.GpuProcessInit = {
      gpuUuid: text(row["gpu_uuid"]) ?? "",
      pciBusId: text(row["gpu_bus_id"]) ?? "",
      pid,
      processName: text(row["process_name"]) ?? "",
    };
    const mem = count(row["used_gpu_memory"]);
    if (mem !== undefined) p.usedMemoryMib = mem;
    processes.push(p);
  }
  return { processes, badLines: table.badLines };
}
