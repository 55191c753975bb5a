// Prints the gzip sizes of the built console (packages/console/dist, after `pnpm build`): the
// initial load (index.html's script and style, and what they preload) and every lazy chunk.
// docs/benchmarks.md records the result.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../packages/console/dist/", import.meta.url).pathname;
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]));
const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let initialJs = 0;
const rows = [];
for (const f of readdirSync(join(dist, "assets")).sort()) {
  const path = `assets/${f}`;
  const size = gz(path);
  const first = initial.has(path);
  if (first && f.endsWith(".js")) initialJs += size;
  rows.push(`${first ? "initial" : "lazy   "}  ${kb(size).padStart(9)}  ${path}`);
}
console.log(rows.join("\n"));
console.log(`initial JavaScript, gzipped: ${kb(initialJs)} (budget 250 KB)`);
if (initialJs > 250 * 1024) process.exit(1);
