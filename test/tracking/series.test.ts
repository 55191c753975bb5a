// Packed metric series (domain/metric-series.ts): float64 round trips, chunk filling, step order.
import t from "tap";
import { chunkParts, inStepOrder, packFloat64, SERIES_CHUNK_POINTS, unpackFloat64 } from "../../packages/control-plane/src/domain/metric-series.js";

t.test("pack and unpack", async (t) => {
  const xs = [0, 1, -2.5, 1e-300, 1.7976931348623157e308, 2 ** 53 - 1, Math.PI];
  t.same([...unpackFloat64([packFloat64(xs.slice(0, 3)), packFloat64(xs.slice(3))])], xs);
  t.same([...unpackFloat64([])], []);
  // An odd-aligned buffer (a slice of a larger one, as the driver may hand out).
  const big = Buffer.concat([Buffer.from([9]), packFloat64([1.5, 2.5])]);
  t.same([...unpackFloat64([big.subarray(1)])], [1.5, 2.5]);
});

t.test("chunks fill up, then new ones start", async (t) => {
  t.same(chunkParts(undefined, 3), [{ chunk_no: 0, from: 0, to: 3 }]);
  t.same(chunkParts({ chunk_no: 2, n: SERIES_CHUNK_POINTS - 1 }, 3), [
    { chunk_no: 2, from: 0, to: 1 },
    { chunk_no: 3, from: 1, to: 3 },
  ]);
  t.same(chunkParts({ chunk_no: 0, n: SERIES_CHUNK_POINTS }, 2 * SERIES_CHUNK_POINTS + 1), [
    { chunk_no: 1, from: 0, to: SERIES_CHUNK_POINTS },
    { chunk_no: 2, from: SERIES_CHUNK_POINTS, to: 2 * SERIES_CHUNK_POINTS },
    { chunk_no: 3, from: 2 * SERIES_CHUNK_POINTS, to: 2 * SERIES_CHUNK_POINTS + 1 },
  ]);
  t.same(chunkParts(undefined, 0), []);
});

t.test("step order", async (t) => {
  const sorted = inStepOrder(Float64Array.from([1, 2, 2, 3]), Float64Array.from([10, 20, 21, 30]));
  t.same([...sorted.vals], [10, 20, 21, 30]);
  const fixed = inStepOrder(Float64Array.from([3, 1, 2, 1]), Float64Array.from([30, 10, 20, 11]));
  t.same([...fixed.steps], [1, 1, 2, 3]);
  t.same([...fixed.vals], [10, 11, 20, 30], "equal steps keep their order");
});
