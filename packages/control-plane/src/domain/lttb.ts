// Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013) of one metric's points, for
// charts: `threshold` points that keep the shape of the curve. The points a reader looks for
// first are always kept: the first, the last, the minimum and the maximum (plain LTTB can drop a
// lone spike's extreme). One pass, O(n), over plain arrays: a million points take milliseconds.

/**
 * The indices (ascending) of at most `threshold` points of (xs[i], ys[i]) to draw; every index
 * when there are no more than `threshold` points. xs must be non-decreasing. threshold < 4
 * is taken as 4 (room for the first, the last, the minimum and the maximum).
 */
export function lttbIndices(xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number): number[] {
  const n = Math.min(xs.length, ys.length);
  const limit = Math.max(4, Math.floor(threshold));
  if (n <= limit) return Array.from({ length: n }, (_, i) => i);
  let minI = 0;
  let maxI = 0;
  for (let i = 1; i < n; i++) {
    const y = ys[i]!;
    if (y < ys[minI]!) minI = i;
    if (y > ys[maxI]!) maxI = i;
  }
  // Room for the extremes when plain LTTB would not keep them: ask it for that many fewer.
  const extra = (minI === 0 || minI === n - 1 ? 0 : 1) + (maxI === 0 || maxI === n - 1 || maxI === minI ? 0 : 1);
  const picked = plainLttb(xs, ys, n, Math.max(2, limit - extra));
  const set = new Set(picked);
  if (!set.has(minI)) picked.push(minI);
  if (!set.has(maxI) && maxI !== minI) picked.push(maxI);
  return picked.length === set.size ? picked : picked.sort((a, b) => a - b);
}

function plainLttb(xs: ArrayLike<number>, ys: ArrayLike<number>, n: number, out: number): number[] {
  const picked: number[] = [0];
  // The points between the first and the last are cut into out - 2 buckets of equal count.
  const every = (n - 2) / (out - 2);
  let a = 0;
  for (let b = 0; b < out - 2; b++) {
    // The average of the next bucket (the last point for the last bucket).
    const nextStart = Math.floor((b + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((b + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    if (nextStart >= n - 1 || nextEnd <= nextStart) {
      avgX = xs[n - 1]!;
      avgY = ys[n - 1]!;
    } else {
      for (let i = nextStart; i < nextEnd; i++) {
        avgX += xs[i]!;
        avgY += ys[i]!;
      }
      avgX /= nextEnd - nextStart;
      avgY /= nextEnd - nextStart;
    }
    // The point of this bucket with the largest triangle with the last pick and that average.
    const start = Math.floor(b * every) + 1;
    const end = Math.min(Math.floor((b + 1) * every) + 1, n - 1);
    const ax = xs[a]!;
    const ay = ys[a]!;
    let best = -1;
    let bestI = start;
    for (let i = start; i < end; i++) {
      const area = Math.abs((ax - avgX) * (ys[i]! - ay) - (ax - xs[i]!) * (avgY - ay));
      if (area > best) {
        best = area;
        bestI = i;
      }
    }
    picked.push(bestI);
    a = bestI;
  }
  picked.push(n - 1);
  return picked;
}

/** [[x, y], ...] of the kept points. */
export function lttb(xs: ArrayLike<number>, ys: ArrayLike<number>, threshold: number): [number, number][] {
  return lttbIndices(xs, ys, threshold).map((i) => [xs[i]!, ys[i]!]);
}
