// @remotegpu/client: inside a task (metrics.jsonl lines, exactly) and outside one, against a stand-in
// tracking API that records requests and fails on demand (batching, step numbering, retries of
// 429/5xx/dropped connections without losing or repeating rows, the login and token renewal).
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import t from "tap";
import { baseUrl, init, rateLimitWaitMs, TrackingError } from "../../packages/client/src/index.js";
import { ROOT, tempDir } from "../helpers/processes.js";
import { FakeTracking } from "../helpers/tracking-server.js";

const lines = (path: string) => readFileSync(path, "utf8").split("\n").slice(0, -1);

/** Retries fast enough for a test. */
const FAST = { baseMs: 20, maxMs: 100 };

t.test("inside a task: each row is one whole line of metrics.jsonl; text goes to stdout", async (t) => {
  const runDir = tempDir("client-run");
  const text: string[] = [];
  const run = await init({
    project: "ignored inside a task",
    env: { REMOTEGPU_RUN_DIR: runDir, REMOTEGPU_OUTPUT_DIR: "/out", REMOTEGPU_RUN_ID: "20250114_153045_a1b2c3", REMOTEGPU_TRACKING_URL: "http://unused" },
    writeText: (s) => text.push(s),
  });
  t.equal(run.mode, "file");
  t.equal(run.id, "20250114_153045_a1b2c3");
  t.equal(run.outputDir, "/out");
  t.equal(run.step, -1);
  run.log({ loss: 0.42, acc: 0.9 });
  run.log({ loss: 0.4 });
  run.log({ loss: 0.25, lr: 1e-4 }, { step: 10 });
  run.log({ loss: -0 });
  run.log({ big: 1e300, neg: -3 }, { step: 0 });
  run.logText("epoch 1 done");
  await run.flush();
  const file = join(runDir, "metrics.jsonl");
  t.same(lines(file), [
    '{"step":0,"loss":0.42,"acc":0.9}',
    '{"step":1,"loss":0.4}',
    '{"step":10,"loss":0.25,"lr":0.0001}',
    '{"step":11,"loss":0}',
    '{"step":0,"big":1e+300,"neg":-3}',
  ]);
  t.same(text, ["epoch 1 done\n"]);
  t.equal(run.step, 0);

  // Every refusal throws and writes nothing, nor uses a step.
  const before = readFileSync(file, "utf8");
  const bad: [unknown, unknown, RegExp][] = [
    [{ loss: Number.NaN }, undefined, /finite/],
    [{ loss: Number.POSITIVE_INFINITY }, undefined, /finite/],
    [{ loss: Number.NEGATIVE_INFINITY }, undefined, /finite/],
    [{ loss: "0.5" }, undefined, /must be a number/],
    [{ loss: true }, undefined, /must be a number/],
    [{ loss: null }, undefined, /not null/],
    [{ loss: 1n }, undefined, /must be a number/],
    [{}, undefined, /at least one/],
    [null, undefined, /object/],
    [[1, 2], undefined, /object/],
    [{ step: 3 }, undefined, /is the step/],
    [{ global_step: 3 }, undefined, /is the step/],
    [{ "": 1 }, undefined, /1 to 256/],
    [{ ["x".repeat(257)]: 1 }, undefined, /1 to 256/],
    [{ loss: 1 }, -1, /whole number/],
    [{ loss: 1 }, 1.5, /whole number/],
    [{ loss: 1 }, 2 ** 53, /whole number/],
    [{ loss: 1 }, "3", /whole number/],
    [{ loss: 1, acc: Number.NaN }, undefined, /"acc" must be finite/],
  ];
  for (const [metrics, step, message] of bad) {
    t.throws(
      () => run.log(metrics as any, step === undefined ? undefined : { step: step as any }),
      message,
      `refused: ${typeof metrics === "object" && metrics ? Object.keys(metrics).join(",").slice(0, 20) : String(metrics)} step ${String(step)}`,
    );
  }
  t.throws(() => run.logText(42 as any), /string/);
  t.equal(readFileSync(file, "utf8"), before, "nothing written by a refused call");
  run.log({ loss: 0.1 });
  t.equal(lines(file).at(-1), '{"step":1,"loss":0.1}', "the step continues from the last row written");

  await t.rejects(run.finish("done" as any), /status must be/);
  await run.finish();
  t.throws(() => run.log({ loss: 1 }), /finished/);
  await run.finish(); // twice is fine
});

t.test("inside a task: lines appended to an existing file; a missing run directory is a clear error", async (t) => {
  const runDir = tempDir("client-run");
  writeFileSync(join(runDir, "metrics.jsonl"), '{"step":0,"loss":1}\n');
  const run = await init({ env: { REMOTEGPU_RUN_DIR: runDir } });
  t.equal(run.id, "");
  t.equal(run.outputDir, undefined);
  run.log({ loss: 0.5 }, { step: 1 });
  t.same(lines(join(runDir, "metrics.jsonl")), ['{"step":0,"loss":1}', '{"step":1,"loss":0.5}']);
  await run.finish();
  await t.rejects(init({ env: { REMOTEGPU_RUN_DIR: join(runDir, "nope") } }), /cannot open .*nope.*REMOTEGPU_RUN_DIR/);
});

t.test("inside a task: two writers interleave whole lines", async (t) => {
  const runDir = tempDir("client-run");
  const a = await init({ env: { REMOTEGPU_RUN_DIR: runDir } });
  const b = await init({ env: { REMOTEGPU_RUN_DIR: runDir } });
  for (let i = 0; i < 200; i++) {
    a.log({ a: i, pad: 0.123456789 });
    b.log({ b: i, pad: 0.987654321 });
  }
  await a.finish();
  await b.finish();
  const all = lines(join(runDir, "metrics.jsonl")).map((l) => JSON.parse(l));
  t.equal(all.length, 400);
  t.same(
    all.filter((r) => "a" in r).map((r) => r.step),
    [...Array(200).keys()],
  );
});

t.test("outside a task: options and environment are checked before any request", async (t) => {
  await t.rejects(init({ env: {} }), /no tracking URL/);
  await t.rejects(init({ env: {}, url: "http://127.0.0.1:1" }), /no credentials/);
  await t.rejects(init({ env: {}, url: "http://127.0.0.1:1", username: "alice" }), /go together/);
  await t.rejects(init({ env: {}, url: "ftp://x", token: "t" }), /http or https/);
  await t.rejects(init({ env: {}, url: "not a url", token: "t" }), /not a URL/);
  await t.rejects(init({ env: {}, url: "http://127.0.0.1:1", token: "t", batchRows: 0 }), /batchRows/);
  await t.rejects(init({ env: {}, url: "http://127.0.0.1:1", token: "t", retry: { maxRetries: -1 } }), /retry.maxRetries/);
  await t.rejects(init({ env: {}, url: "http://127.0.0.1:1", token: "t", runId: "" }), /runId/);
  await t.rejects(init({ env: {}, url: "http://127.0.0.1:1", token: "t", config: { n: 1n } }), /config must be JSON/);
  // Nothing listens on a closed server's port: a refused connection is retried, then reported.
  const gone = await FakeTracking.start();
  await gone.close();
  const t0 = Date.now();
  await t.rejects(init({ env: {}, url: gone.url, token: "t", retry: { maxRetries: 2, baseMs: 200 } }), /POST \/api\/runs: fetch failed \(ECONNREFUSED\)/);
  t.ok(Date.now() - t0 >= 300, "after two backoffs");
  t.equal(baseUrl("https://cp.example/api/"), "https://cp.example");
  t.equal(baseUrl("https://cp.example/prefix/"), "https://cp.example/prefix");
  t.equal(baseUrl("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
});

t.test("outside a task: create, batches of 500 in order, steps, logs, finish", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  const run = await init({
    env: { REMOTEGPU_TRACKING_URL: api.url + "/api", REMOTEGPU_TOKEN: "static-token" },
    project: "vision",
    name: "r1",
    config: { lr: 0.001, layers: [3, 4] },
  });
  t.equal(run.mode, "http");
  t.equal(run.id, "20250114_153045_a1b2c0");
  t.equal(run.outputDir, undefined);
  const [create] = api.sent(/^POST \/api\/runs$/);
  t.same(create!.body, { project: "vision", name: "r1", config: { lr: 0.001, layers: [3, 4] } });
  t.equal(create!.headers.authorization, "Bearer static-token");
  t.equal(create!.headers["content-type"], "application/json");
  t.match(create!.headers["idempotency-key"], /^[0-9a-f-]{36}$/);

  for (let i = 0; i < 1200; i++) run.log({ loss: 1 / (i + 1) });
  run.log({ acc: 0.5 }, { step: 5000 });
  run.log({ acc: 0.6 });
  run.logText("line one\nline two");
  run.logText("line three\n");
  await run.flush();
  const batches = api.sent(/\/metrics$/);
  t.same(
    batches.map((b) => b.body.rows.length),
    [500, 500, 202],
    "500 rows a batch, the rest on flush",
  );
  const rows = api.onlyRun.rows;
  t.equal(rows.length, 1202);
  t.same(
    rows.slice(0, 1200).map((r) => r.step),
    [...Array(1200).keys()],
  );
  t.same(rows[0], { step: 0, loss: 1 });
  t.same(rows.slice(1200), [
    { step: 5000, acc: 0.5 },
    { step: 5001, acc: 0.6 },
  ]);
  t.same(api.onlyRun.lines, ["line one", "line two", "line three"]);
  t.same(new Set(batches.map((b) => b.headers["idempotency-key"])).size, 3, "a key per batch");

  await t.rejects(run.finish("ok" as any), /status must be/);
  t.equal(api.onlyRun.status, "running", "a refused status sends nothing");
  run.log({ loss: 0 });
  await run.finish("failed");
  t.equal(api.onlyRun.status, "failed");
  t.same(api.onlyRun.rows.at(-1), { step: 5002, loss: 0 }, "finish flushes first");
  const finish = api.sent(/\/finish$/);
  t.equal(finish.length, 1);
  t.same(finish[0]!.body, { status: "failed" });
  t.ok(finish[0]!.at >= api.sent(/\/metrics$/).at(-1)!.at, "finish after the last rows");
  t.throws(() => run.log({ loss: 1 }), /finished/);
  await run.finish();
  t.equal(api.sent(/\/finish$/).length, 1, "a second finish sends nothing");
});

t.test("outside a task: rows go out on their own within the flush interval", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  const run = await init({ env: {}, url: api.url, token: "static-token", runId: "x" });
  api.runs.set("x", { id: "x", body: {}, rows: [], lines: [], status: "running" });
  t.equal(api.sent(/^POST \/api\/runs$/).length, 0, "an existing run is not created again");
  const started = Date.now();
  run.log({ loss: 1 });
  run.log({ loss: 2 });
  while (api.onlyRun.rows.length < 2 && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 20));
  const waited = Date.now() - started;
  t.equal(api.onlyRun.rows.length, 2);
  t.ok(waited >= 1900 && waited < 3500, `sent after the 2 s interval (${waited} ms)`);
  t.equal(api.sent(/\/metrics$/).length, 1, "in one batch");
  await run.finish();
});

t.test("outside a task: a script that ends without finish() still delivers its rows (and does not finish the run)", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  api.runs.set("x", { id: "x", body: {}, rows: [], lines: [], status: "running" });
  const script = `import { init } from ${JSON.stringify(join(ROOT, "packages/client/src/index.ts"))};
const run = await init({ url: ${JSON.stringify(api.url)}, token: "static-token", runId: "x" });
run.log({ loss: 1 });
run.logText("bye");`;
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=remotegpu-source", "--input-type=module", "-e", script], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise((resolve) => child.on("close", resolve));
  t.equal(code, 0, stderr);
  t.same(api.onlyRun.rows, [{ step: 0, loss: 1 }]);
  t.same(api.onlyRun.lines, ["bye"]);
  t.equal(api.onlyRun.status, "running");
});

t.test("outside a task: 429 waits X-RateLimit-Reset; 5xx and dropped connections are retried with the same body and key", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  const run = await init({ env: {}, url: api.url, token: "static-token", retry: FAST });
  const id = run.id;

  api.fail(/\/metrics$/, {
    status: 429,
    headers: { "x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" },
    body: { detail: "rate limited" },
  });
  run.log({ loss: 1 });
  const t0 = Date.now();
  await run.flush();
  const tries = api.sent(/\/metrics$/);
  t.equal(tries.length, 2);
  t.ok(tries[1]!.at - tries[0]!.at >= 950, `waited for the reset (${tries[1]!.at - tries[0]!.at} ms)`);
  t.ok(Date.now() - t0 < 5000);
  t.same(api.onlyRun.rows, [{ step: 0, loss: 1 }]);

  // 500, 503, a dropped connection, and a 502 after the rows were stored: every retry is the same
  // request, and the stored-then-failed one is recognised by its key, so each row arrives once.
  api.fail(/\/metrics$/, { status: 500 }, { status: 503 }, { drop: true }, { status: 502, afterStore: true });
  for (let i = 0; i < 3; i++) run.log({ loss: i });
  await run.flush();
  const retried = api.sent(/\/metrics$/).slice(2);
  t.equal(retried.length, 5);
  t.equal(new Set(retried.map((r) => r.raw)).size, 1, "the same body every time");
  t.equal(new Set(retried.map((r) => r.headers["idempotency-key"])).size, 1, "the same key every time");
  t.same(
    api.onlyRun.rows.map((r) => r.step),
    [0, 1, 2, 3],
    "no row lost or repeated",
  );

  // Retries of logs and of finish too.
  api.fail(/\/logs$/, { status: 500 });
  api.fail(/\/finish$/, { drop: true });
  run.logText("hello");
  await run.finish();
  t.same(api.onlyRun.lines, ["hello"]);
  t.equal(api.onlyRun.status, "finished");
  t.equal(api.sent(/\/finish$/).length, 2);
  t.equal(id, api.onlyRun.id);
});

t.test("outside a task: a refusal or exhausted retries reject flush; nothing is dropped and a later flush delivers", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  const run = await init({ env: {}, url: api.url, token: "static-token", retry: { ...FAST, maxRetries: 2 } });

  api.fail(/\/metrics$/, { status: 422, body: { detail: "rows[0]: bad" } });
  run.log({ loss: 1 });
  const err = await run.flush().then(
    () => undefined,
    (e: unknown) => e,
  );
  t.ok(err instanceof TrackingError);
  t.equal((err as TrackingError).status, 422);
  t.match((err as Error).message, /422 rows\[0\]: bad/);
  t.equal(api.sent(/\/metrics$/).length, 1, "a 422 is not retried");

  api.fail(/\/metrics$/, { status: 500 }, { status: 500 }, { status: 500 });
  await t.rejects(run.flush(), /500 injected failure/);
  t.equal(api.sent(/\/metrics$/).length, 4, "the first try and two retries");

  // A finish that cannot flush does not finish, and can be called again.
  api.fail(/\/metrics$/, { status: 500 }, { status: 500 }, { status: 500 });
  run.log({ loss: 2 });
  await t.rejects(run.finish(), /500/);
  t.equal(api.onlyRun.status, "running");
  t.equal(api.sent(/\/finish$/).length, 0);
  await run.finish();
  t.same(
    api.onlyRun.rows.map((r) => r.step),
    [0, 1],
  );
  const sent = api.sent(/\/metrics$/);
  t.equal(new Set(sent.slice(0, 7).map((r) => r.raw)).size, 1, "the first batch kept as it was, only row 0");
  t.equal(new Set(sent.slice(0, 7).map((r) => r.headers["idempotency-key"])).size, 1, "and its key, from one flush to the next");
  t.equal(api.onlyRun.status, "finished");
});

t.test("outside a task: the rows waiting for an API that refuses are bounded", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  const run = await init({ env: {}, url: api.url, token: "static-token", maxBufferedRows: 3, retry: { ...FAST, maxRetries: 0 } });
  api.fail(/\/metrics$/, { status: 500 });
  run.log({ loss: 1 });
  await t.rejects(run.flush(), /500/);
  run.log({ loss: 2 });
  run.log({ loss: 3 });
  t.throws(() => run.log({ loss: 4 }), /3 rows are waiting for the tracking API \(POST .* 500 injected failure\)/);
  t.equal(run.step, 2, "the refused row used no step");
  await run.finish();
  t.same(
    api.onlyRun.rows.map((r) => r.loss),
    [1, 2, 3],
  );
});

t.test("outside a task: login with username and password, and a new token after a 401", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  await t.rejects(init({ env: {}, url: api.url, username: "alice", password: "wrong" }), /401 wrong username or password/);
  t.equal(api.sent(/^POST \/api\/runs$/).length, 0);

  const run = await init({ env: {}, url: api.url, username: "alice", password: "correct horse", project: "p" });
  const [login] = api.sent(/auth\/login$/).slice(-1);
  t.same(login!.body, { username: "alice", password: "correct horse" });
  t.equal(login!.headers.authorization, undefined);
  t.equal(api.sent(/^POST \/api\/runs$/)[0]!.headers.authorization, "Bearer at-1");

  // The access token expires: the refresh token gets a new one, and the batch goes again.
  api.tokens.delete("at-1");
  run.log({ loss: 1 });
  await run.flush();
  t.equal(api.sent(/auth\/refresh$/).length, 1);
  t.same(api.sent(/auth\/refresh$/)[0]!.body, { refresh_token: "rt-1" });
  t.equal(api.sent(/\/metrics$/).at(-1)!.headers.authorization, "Bearer at-2");
  t.same(api.onlyRun.rows, [{ step: 0, loss: 1 }]);

  // The refresh token is refused too: log in again.
  api.tokens.delete("at-2");
  api.refreshTokens.clear();
  run.log({ loss: 2 });
  await run.flush();
  t.equal(api.sent(/auth\/login$/).length, 3);
  t.equal(api.sent(/\/metrics$/).at(-1)!.headers.authorization, "Bearer at-3");

  // A token that was given (not logged in) is not renewed: a 401 is the answer.
  const fixed = await init({ env: {}, url: api.url, token: "static-token", runId: run.id, retry: { ...FAST, maxRetries: 0 } });
  api.tokens.delete("static-token");
  fixed.log({ loss: 3 });
  await t.rejects(fixed.flush(), /401 not authenticated/);
  api.tokens.add("static-token");
  await fixed.flush(); // the refused row was kept
  await run.finish();
  t.same(
    api.onlyRun.rows.map((r) => r.loss),
    [1, 2, 3],
  );
});

t.test("rate-limit headers: the longer of X-RateLimit-Reset and Retry-After, capped", async (t) => {
  const h = (o: Record<string, string>) => new Headers(o);
  t.equal(rateLimitWaitMs(h({})), undefined);
  t.equal(rateLimitWaitMs(h({ "x-ratelimit-reset": "3" })), 3000);
  t.equal(rateLimitWaitMs(h({ "retry-after": "2", "x-ratelimit-reset": "1" })), 2000);
  t.equal(rateLimitWaitMs(h({ "retry-after": new Date(10_000).toUTCString() }), 4000), 6000);
  t.equal(rateLimitWaitMs(h({ "x-ratelimit-reset": "3600" })), 60_000);
  t.equal(rateLimitWaitMs(h({ "x-ratelimit-reset": "soon" })), undefined);
});
