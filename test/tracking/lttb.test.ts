// LTTB downsampling (domain/lttb.ts): at most the threshold, ascending, always the first, last,
// minimum and maximum, the shape of a curve kept, and fast on a million points.
import t from "tap";
import { lttb, lttbIndices } from "../../packages/control-plane/src/domain/lttb.js";

/** A deterministic pseudo-random sequence (tests must repeat). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const argmin = (ys: number[]) => ys.reduce((b, y, i) => (y < ys[b]! ? i : b), 0);
const argmax = (ys: number[]) => ys.reduce((b, y, i) => (y > ys[b]! ? i : b), 0);

t.test("small inputs are returned whole", async (t) => {
  t.same(lttbIndices([], [], 10), []);
  t.same(lttbIndices([1], [5], 10), [0]);
  t.same(lttb([1, 2, 3], [3, 1, 2], 3), [
    [1, 3],
    [2, 1],
    [3, 2],
  ]);
  t.equal(lttbIndices([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], 1).length, 4, "a threshold below 4 is 4");
});

t.test("properties over many random series", async (t) => {
  const r = rng(42);
  for (let round = 0; round < 300; round++) {
    const n = 1 + Math.floor(r() * 3000);
    const threshold = 4 + Math.floor(r() * 200);
    const xs: number[] = [];
    const ys: number[] = [];
    let x = 0;
    for (let i = 0; i < n; i++) {
      x += Math.floor(r() * 3); // repeats allowed (equal steps)
      xs.push(x);
      ys.push(r() < 0.01 ? (r() - 0.5) * 1e6 : Math.sin(i / 50) + r());
    }
    const idx = lttbIndices(xs, ys, threshold);
    const at = `n=${n} threshold=${threshold}`;
    if (!(idx.length <= Math.max(threshold, 4))) t.fail(`at most the threshold (${at}): ${idx.length}`);
    if (n <= threshold && idx.length !== n) t.fail(`all points when few (${at})`);
    for (let i = 1; i < idx.length; i++) if (!(idx[i]! > idx[i - 1]!)) t.fail(`ascending, no repeats (${at})`);
    if (idx[0] !== 0 || idx[idx.length - 1] !== n - 1) t.fail(`first and last (${at})`);
    if (!idx.includes(argmin(ys)) || !idx.includes(argmax(ys))) t.fail(`minimum and maximum (${at})`);
  }
  t.pass("300 random series");
});

t.test("a lone spike survives, and a straight line stays straight", async (t) => {
  const n = 100_000;
  const xs = Array.from({ length: n }, (_, i) => i);
  const ys = xs.map(() => 1);
  ys[54_321] = 1000;
  ys[77_777] = -1000;
  const out = lttb(xs, ys, 100);
  t.ok(
    out.some(([x, y]) => x === 54_321 && y === 1000),
    "the maximum",
  );
  t.ok(
    out.some(([x, y]) => x === 77_777 && y === -1000),
    "the minimum",
  );
  const line = lttb(
    xs,
    xs.map((x) => 2 * x + 1),
    50,
  );
  t.ok(
    line.every(([x, y]) => y === 2 * x + 1),
    "points lie on the line",
  );
  t.equal(line.length, 50);
});

t.test("a million points in well under a second", async (t) => {
  const n = 1_000_000;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = i;
    ys[i] = Math.exp(-i / 200_000) + Math.sin(i / 1000) * 0.01;
  }
  const started = performance.now();
  const idx = lttbIndices(xs, ys, 1000);
  const ms = performance.now() - started;
  t.ok(idx.length <= 1000);
  t.ok(ms < 1000, `took ${ms.toFixed(1)} ms`);
});
