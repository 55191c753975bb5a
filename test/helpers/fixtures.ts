// Reading the real nvidia-smi captures in test/fixtures/nvidia, independently of the agent's
// parsers (so tests compare the parsers with the files, not with themselves).
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/nvidia/", import.meta.url));
export const PREFIX = "utkuozdemir__nvidia_gpu_exporter__";

export function readFixture(name: string): string {
  return readFileSync(FIXTURES_DIR + name, "utf8");
}

/** Fixture file names ending in `suffix`, sorted. */
export function fixturesEndingWith(suffix: string): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith(suffix))
    .sort();
}

/** "utkuozdemir__nvidia_gpu_exporter__h100-mig-drv590__list-L.txt" → "h100-mig-drv590". */
export function captureName(file: string): string {
  return file.split("__")[2]!;
}

/** The capture names of the utkuozdemir set (one per full capture). */
export function captureNames(): string[] {
  return fixturesEndingWith("__full-capture.txt").map(captureName);
}

export interface Csv {
  header: string[];
  rows: string[][];
}

/** An independent reading of a CSV with header: " [unit]" removed from header cells, lines split on ", ". */
export function readCsv(textIn: string): Csv {
  const lines = textIn.split("\n").filter((l) => l !== "");
  return {
    header: lines[0]!.split(", ").map((h) => h.replace(/ \[[^\]]+\]$/, "")),
    rows: lines.slice(1).map((l) => l.split(", ")),
  };
}

/** The value of `field` in data row `row` (0-based). */
export function cell(csv: Csv, field: string, row = 0): string {
  const i = csv.header.indexOf(field);
  if (i < 0) throw new Error(`no column ${field}`);
  const v = csv.rows[row]?.[i];
  if (v === undefined) throw new Error(`no row ${row}`);
  return v;
}

/** The lines of a full capture after "# $ <command>" and the "####" line below it, up to the next "####" line. */
export function captureSection(full: string, command: string): string {
  const lines = full.split("\n");
  const start = lines.indexOf(`# $ ${command}`);
  if (start < 0 || !lines[start + 1]?.startsWith("####")) throw new Error(`no section for ${command}`);
  const out: string[] = [];
  for (let i = start + 2; i < lines.length && !lines[i]!.startsWith("####"); i++) out.push(lines[i]!);
  return out.join("\n");
}
