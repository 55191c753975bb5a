// A metric's points packed for storage: float64 arrays, little-endian, 8 bytes a point (steps are
// integers far below 2^53, exact as doubles). Charts read a million points as 16 MB of bytes with
// no per-value parsing.

/** Points per stored chunk: 128 KiB of steps and of values, rewritten at most a few times as it fills. */
export const SERIES_CHUNK_POINTS = 16_384;

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

export function packFloat64(values: readonly number[]): Buffer {
  const b = Buffer.allocUnsafe(values.length * 8);
  for (let i = 0; i < values.length; i++) b.writeDoubleLE(values[i]!, i * 8);
  return b;
}

/** The float64 values of concatenated chunks. */
export function unpackFloat64(chunks: readonly Buffer[]): Float64Array {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Float64Array(Math.floor(total / 8));
  let at = 0;
  for (const c of chunks) {
    const n = Math.floor(c.length / 8);
    // On a little-endian machine (every one we run on) the bytes are the array: one copy.
    if (LITTLE_ENDIAN) new Uint8Array(out.buffer, at * 8, n * 8).set(c.subarray(0, n * 8));
    else for (let i = 0; i < n; i++) out[at + i] = c.readDoubleLE(i * 8);
    at += n;
  }
  return out;
}

/**
 * The points in step order (LTTB needs non-decreasing x): unchanged when they already are (the
 * usual case), else sorted by step, lines of equal steps in their stored order.
 */
export function inStepOrder(steps: Float64Array, vals: Float64Array): { steps: Float64Array; vals: Float64Array } {
  let sorted = true;
  for (let i = 1; i < steps.length && sorted; i++) if (steps[i]! < steps[i - 1]!) sorted = false;
  if (sorted) return { steps, vals };
  const idx = Array.from({ length: steps.length }, (_, i) => i).sort((a, b) => steps[a]! - steps[b]! || a - b);
  return { steps: Float64Array.from(idx, (i) => steps[i]!), vals: Float64Array.from(idx, (i) => vals[i]!) };
}

/** How new points of one metric fill chunks after the last one (`last`: its number and size). */
export function chunkParts(last: { chunk_no: number; n: number } | undefined, count: number): { chunk_no: number; from: number; to: number }[] {
  const parts: { chunk_no: number; from: number; to: number }[] = [];
  let chunk = last?.chunk_no ?? 0;
  let n = last?.n ?? 0;
  let i = 0;
  while (i < count) {
    if (n >= SERIES_CHUNK_POINTS) {
      chunk++;
      n = 0;
    }
    const take = Math.min(SERIES_CHUNK_POINTS - n, count - i);
    parts.push({ chunk_no: chunk, from: i, to: i + take });
    n += take;
    i += take;
  }
  return parts;
}
