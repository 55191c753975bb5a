// The console's first load stays small: the JavaScript index.html names, gzipped, is under
// 250 KB (issue 11; docs/benchmarks.md), and the chart library is not part of it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import t from "tap";
import { ensureConsoleBuilt } from "../helpers/browser.js";
import { ROOT } from "../helpers/processes.js";

t.test("initial JavaScript under 250 KB gzipped; uPlot loaded lazily", async (t) => {
  ensureConsoleBuilt();
  const dist = join(ROOT, "packages", "console", "dist");
  const html = readFileSync(join(dist, "index.html"), "utf8");
  t.notMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script in index.html");
  t.notMatch(html, /<style|style=/, "no inline style in index.html");
  const initial = [...html.matchAll(/<script[^>]*\bsrc="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  t.ok(initial.length >= 1, "index.html loads the entry script");
  const size = initial.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  t.ok(size < 250 * 1024, `initial JavaScript ${(size / 1024).toFixed(1)} KB gzipped < 250 KB`);
  // uPlot's class names ("u-legend", "u-over") mark its code, minified or not.
  const files = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js"));
  const withUplot = files.filter((f) => /u-legend/.test(readFileSync(join(dist, "assets", f), "utf8")));
  t.equal(withUplot.length, 1, "uPlot is in one chunk");
  t.notOk(initial.includes(`assets/${withUplot[0]}`), "and it is not loaded first");
});
