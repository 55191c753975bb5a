// The TypeScript client (packages/client) against the real tracking API, not the stand-in: a run
// from a laptop logged in with username and password, rows in batches, text, finish; and with a
// run token as code inside a task would hold it.
import t from "tap";
import { init } from "../../packages/client/src/index.js";
import { issueRunToken } from "../../packages/control-plane/src/services/tracking/runs.js";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { apiCall } from "../helpers/http.js";
import { startInProcess } from "../helpers/in-process.js";
import { newLogin } from "../helpers/platform.js";

t.test("the TypeScript client, end to end", async (t) => {
  const cp = await startInProcess(t, { ...TEST_CP_ENV, TRACKING_RATE_PER_MIN: "100000", TRACKING_INGEST_RATE_PER_MIN: "100000" });
  const ann = await newLogin(cp, "ann");
  const run = await init({
    env: {},
    url: `${cp.url}/api`,
    username: ann.username,
    password: ann.password,
    project: "laptop",
    name: "client",
    config: { lr: 0.1 },
    batchRows: 100,
  });
  t.equal(run.mode, "http");
  for (let i = 0; i < 1000; i++) run.log({ loss: 1 / (i + 1), acc: i / 1000 });
  run.logText("first line\nsecond line\n");
  await run.finish("finished");
  const get = (path: string) => apiCall(cp.url, "GET", `/api${path}`, { token: ann.access });
  t.match((await get(`/runs/${run.id}`)).body, {
    project: "laptop",
    name: "client",
    status: "finished",
    config: { lr: 0.1 },
    metric_lines: 1000,
    log_lines: 2,
    last_step: 999,
  });
  const steps = (await get(`/runs/${run.id}/metrics_step`)).body;
  t.equal(steps.rows.length, 1000);
  t.same(steps.rows[0], { global_step: 0, loss: 1, acc: 0 });
  t.same(
    (await get(`/runs/${run.id}/logs`)).body.lines.map((l: { text: string }) => l.text),
    ["first line", "second line"],
  );

  // With a run token, logging to an existing run.
  const other = (await apiCall(cp.url, "POST", "/api/runs", { body: { name: "task" }, token: ann.access })).body.data.id;
  const token = await issueRunToken(cp.db, other);
  const inTask = await init({ env: {}, url: cp.url, token, runId: other, batchRows: 10 });
  inTask.log({ loss: 0.5 }, { step: 7 });
  await inTask.flush();
  t.match((await get(`/runs/${other}`)).body, { last_step: 7, metric_lines: 1, status: "running" });
});
