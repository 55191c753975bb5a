// pnpm bench:quality [-- --mb 1024 --mode full]
//
// Measures the dataset quality checker (packages/control-plane/src/services/storage/quality.ts)
// on one large generated CSV: writes a file of about --mb MiB to a temporary directory (streamed,
// never held in memory) with planted defects (rows with a missing field, exact duplicate rows,
// empty cells, quoted fields with commas, escaped quotes and newlines), checks it from a file
// stream, prints wall time, throughput and the memory peaks sampled every 20 ms during the check,
// then deletes the file. Prints numbers; asserts nothing (but says whether the planted defects
// were all found).
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkQuality } from "../packages/control-plane/src/services/storage/quality.js";

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    mb: { type: "string", default: "1024" },
    mode: { type: "string", default: "full" },
  },
});
const TARGET = Number(opts.mb) * 2 ** 20;
const MODE = opts.mode === "quick" ? "quick" : "full";

const LABELS = ["cat", "dog", "bird", "fish", "horse", "cow", "sheep", "goat"];
const MALFORMED_EVERY = 1_000_003; // a row with one field missing
const DUPLICATE_EVERY = 100_003; // a copy of row 1
const EMPTY_EVERY = 97; // an empty score

function row(i: number): string {
  if (i % MALFORMED_EVERY === 0) return `${i},user${i % 50_000},2024-05-06,true,cat\n`;
  if (i % DUPLICATE_EVERY === 0) return row(1);
  const score = i % EMPTY_EVERY === 0 ? "" : ((i * 7919) % 100_000) / 100;
  const day = String((i % 28) + 1).padStart(2, "0");
  const text = i % 10 === 0 ? `"say ""hi"", then ${i}\nnext line"` : `plain text number ${i}`;
  return `${i},user${i % 50_000},${score},2024-05-${day}T12:${String(i % 60).padStart(2, "0")}:00Z,${i % 3 === 0},${LABELS[i % LABELS.length]},${text}\n`;
}

async function generate(path: string): Promise<{ rows: number; bytes: number; malformed: number; duplicates: number; empty: number; lines: number }> {
  const out = createWriteStream(path);
  let bytes = 0;
  let i = 0;
  let malformed = 0;
  let duplicates = 0;
  let empty = 0;
  let lines = 1;
  const header = "id,user,score,ts,flag,label,text\n";
  out.write(header);
  bytes += header.length;
  while (bytes < TARGET) {
    let batch = "";
    for (let k = 0; k < 10_000; k++) {
      i++;
      const r = row(i);
      if (i % MALFORMED_EVERY === 0) malformed++;
      else if (i % DUPLICATE_EVERY === 0) duplicates++;
      else if (i % EMPTY_EVERY === 0) empty++;
      if (i % 10 === 0 && i % MALFORMED_EVERY !== 0 && i % DUPLICATE_EVERY !== 0) lines++;
      lines++;
      batch += r;
    }
    bytes += Buffer.byteLength(batch);
    if (!out.write(batch)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  // Row 1 is among the rows with an empty score only if 1 % EMPTY_EVERY === 0 (it is not).
  return { rows: i, bytes, malformed, duplicates, empty, lines };
}

const mib = (n: number) => (n / 2 ** 20).toFixed(1);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "remotegpu-bench-quality-"));
  const path = join(dir, "big.csv");
  try {
    let t0 = performance.now();
    const planted = await generate(path);
    const size = statSync(path).size;
    process.stdout.write(
      `generated ${mib(size)} MiB, ${planted.rows} data rows (${planted.lines} lines) in ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
        `${planted.malformed} malformed, ${planted.duplicates} duplicates, ${planted.empty} empty scores\n`,
    );

    // With --expose-gc (as pnpm bench:quality runs it), "before" is measured after a full collection.
    globalThis.gc?.();
    const before = process.memoryUsage();
    const peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
    let samples = 0;
    const sample = () => {
      samples++;
      const m = process.memoryUsage();
      peak.rss = Math.max(peak.rss, m.rss);
      peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
      peak.heapTotal = Math.max(peak.heapTotal, m.heapTotal);
      peak.external = Math.max(peak.external, m.external);
      peak.arrayBuffers = Math.max(peak.arrayBuffers, m.arrayBuffers);
    };
    // Samples are taken between chunks (the check holds the event loop while it parses one 64 KiB chunk).
    const timer = setInterval(sample, 20);
    t0 = performance.now();
    const report = await checkQuality([{ path: "big.csv", size, open: async () => createReadStream(path) }], { mode: MODE });
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    sample();

    const f = report.files[0];
    process.stdout.write(
      `\ncheck (${MODE}): ${seconds.toFixed(1)} s, ${(size / 2 ** 20 / seconds).toFixed(1)} MiB/s, ${Math.round((f?.rows ?? 0) / seconds)} rows/s\n`,
    );
    process.stdout.write(
      `memory before: rss ${mib(before.rss)} MiB, heapUsed ${mib(before.heapUsed)} MiB, external ${mib(before.external)} MiB (gc: ${globalThis.gc ? "yes" : "no"})\n` +
        `memory peak during the check (${samples} samples, every 20 ms): rss ${mib(peak.rss)} MiB, heapUsed ${mib(peak.heapUsed)} MiB, ` +
        `heapTotal ${mib(peak.heapTotal)} MiB, external ${mib(peak.external)} MiB, arrayBuffers ${mib(peak.arrayBuffers)} MiB\n`,
    );
    const labels = f?.labels?.values.map((v) => `${v.value} ${v.count}`).join(", ");
    process.stdout.write(
      `\nreport: rows ${f?.rows}, malformed ${f?.malformed?.count} (first at line ${f?.malformed?.lines[0]?.line}), ` +
        `duplicates ${f?.duplicates?.count} (approximate: ${f?.duplicates?.approximate}, ${f?.duplicates?.distinct_tracked} hashes kept), ` +
        `score empty ${f?.columns?.[2]?.empty}, types ${f?.columns?.map((c) => `${c.name}:${c.type}`).join(" ")}\nlabels: ${labels}\n`,
    );
    if (MODE === "full") {
      const ok =
        f?.malformed?.count === planted.malformed &&
        f?.duplicates?.count === planted.duplicates &&
        f?.columns?.[2]?.empty === planted.empty &&
        f?.rows === planted.rows - planted.malformed;
      process.stdout.write(`planted defects found exactly: ${ok ? "yes" : "NO"}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
