// Large runs: 100,000 metric rows from a laptop in batches of 10,000 are all accepted, in order,
// and read back whole (metrics_step) and downsampled (v2 fast metrics). (The same path holds a
// million rows; scripts/bench-lttb.ts measures that.)
import t from "tap";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { apiCall } from "../helpers/http.js";
import { startInProcess } from "../helpers/in-process.js";
import { newLogin } from "../helpers/platform.js";

t.test("100,000 metric rows in batches", async (t) => {
  const cp = await startInProcess(t, { ...TEST_CP_ENV, TRACKING_RATE_PER_MIN: "100000", TRACKING_V2_RATE_PER_MIN: "100000" });
  const ann = await newLogin(cp, "ann");
  const call = (method: string, path: string, body?: unknown) => apiCall(cp.url, method, `/api${path}`, { body, token: ann.access });
  const id = (await call("POST", "/runs", { project: "big", name: "100k" })).body.data.id;
  const N = 100_000;
  const BATCH = 10_000;
  const started = Date.now();
  for (let b = 0; b < N / BATCH; b++) {
    const rows = Array.from({ length: BATCH }, (_, i) => {
      const step = b * BATCH + i;
      return { step, loss: 1 / (step + 1), acc: step / N };
    });
    const r = await call("POST", `/runs/${id}/metrics`, { rows });
    t.equal(r.status, 200, `batch ${b}`);
    t.equal(r.body.data.next_line, (b + 1) * BATCH);
  }
  const ingestMs = Date.now() - started;
  t.ok(ingestMs < 60_000, `ingested in ${ingestMs} ms`);
  const [n] = await sql<{ n: number }>(cp.dbUrl, `select count(*)::int as n from run_metric_rows where run_id = '${id}'`);
  t.equal(n!.n, N);
  t.match((await call("GET", `/runs/${id}`)).body, {
    last_step: N - 1,
    metric_lines: N,
    best_metric: { name: "loss", value: 1 / N, mode: "min", step: N - 1 },
  });

  const step = await call("GET", `/runs/${id}/metrics_step`);
  t.equal(step.body.rows.length, N);
  t.same(step.body.rows[12_345], { global_step: 12_345, loss: 1 / 12_346, acc: 12_345 / N });

  const fastStarted = Date.now();
  const fast = await call("GET", `/v2/experiments/${id}/metrics/fast?downsample=1000`);
  const fastMs = Date.now() - fastStarted;
  t.equal(fast.status, 200);
  t.ok(fast.body.metrics.loss.length <= 1000);
  t.same(fast.body.metrics.loss[0], [0, 1]);
  t.same(fast.body.metrics.loss.at(-1), [N - 1, 1 / N]);
  t.same(fast.body.total_points, { loss: N, acc: N });
  t.ok(fastMs < 10_000, `fast metrics in ${fastMs} ms`);
});
