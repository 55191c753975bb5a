// clients/python/remotegpu_tracking.py, run by python3 as a child process: inside a task
// (metrics.jsonl lines, exactly) and outside one against the stand-in tracking API (batches, steps,
// retries without losing or repeating rows, login and renewal, the context manager, exit).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import t from "tap";
import { ROOT, tempDir } from "../helpers/processes.js";
import { FakeTracking } from "../helpers/tracking-server.js";

const MODULE_DIR = join(ROOT, "clients", "python");

interface Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `code` with python3 (the module importable, no bytecode written) and a clean environment. */
function python(code: string, env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn("python3", ["-c", code], {
      env: { PATH: process.env["PATH"] ?? "/usr/bin:/bin", PYTHONPATH: MODULE_DIR, PYTHONDONTWRITEBYTECODE: "1", PYTHONUNBUFFERED: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const lines = (path: string) => readFileSync(path, "utf8").split("\n").slice(0, -1);

t.test("the module compiles and imports with nothing but the standard library", async (t) => {
  const r = await python(
    `import py_compile, sys\npy_compile.compile(${JSON.stringify(join(MODULE_DIR, "remotegpu_tracking.py"))}, cfile=${JSON.stringify(join(tempDir("pyclient-compile"), "m.pyc"))}, doraise=True)\n` +
      `import remotegpu_tracking as rt\nprint(sorted(rt.__all__), rt.RUN_STATUSES)\n` +
      // Nothing outside the standard library: every imported module's file lives under the stdlib.
      `import sysconfig, os\nstd = sysconfig.get_paths()["stdlib"]\n` +
      `bad = [m for m, mod in list(sys.modules.items()) if getattr(mod, "__file__", None) and not mod.__file__.startswith(std) and m != "remotegpu_tracking"]\nprint(bad)`,
  );
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stdout, "['RUN_STATUSES', 'Run', 'TrackingError', 'init'] ('finished', 'failed', 'interrupted')\n[]\n");
});

t.test("inside a task: each row is one whole line of metrics.jsonl; refusals change nothing; text goes to stdout", async (t) => {
  const runDir = tempDir("pyclient-run");
  const r = await python(
    `import fractions, decimal, remotegpu_tracking as rt
run = rt.init(project="ignored inside a task")
print(run.mode, run.id, run.output_dir, run.step)
run.log({"loss": 0.42, "acc": 0.9})
run.log({"loss": 0.4})
run.log({"loss": 0.25, "lr": 1e-4}, step=10)
run.log({"n": 3, "q": fractions.Fraction(1, 4)})
run.log({"big": 1e300, "neg": -3}, step=0)
run.log_text("epoch 1 done")
for metrics, step in [({"loss": float("nan")}, None), ({"loss": float("inf")}, None), ({"loss": "0.5"}, None), ({"loss": True}, None),
                      ({"loss": None}, None), ({"loss": decimal.Decimal("1")}, None), ({}, None), ([1, 2], None), ({"step": 3}, None),
                      ({"global_step": 3}, None), ({"": 1}, None), ({1: 1}, None), ({"loss": 1}, -1), ({"loss": 1}, 1.5), ({"loss": 1}, 2**53),
                      ({"loss": 1}, True), ({"loss": 1, "acc": float("-inf")}, None)]:
    try:
        run.log(metrics, step=step)
        print("accepted", metrics, step)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    run.log_text(42)
except TypeError as e:
    print("TypeError:", e)
run.log({"loss": 0.1})
try:
    run.finish("done")
except ValueError as e:
    print("ValueError:", e)
run.finish()
try:
    run.log({"loss": 1})
except RuntimeError as e:
    print("RuntimeError:", e)
run.finish()
`,
    { REMOTEGPU_RUN_DIR: runDir, REMOTEGPU_OUTPUT_DIR: "/out", REMOTEGPU_RUN_ID: "20250114_153045_a1b2c3", REMOTEGPU_TRACKING_URL: "http://unused" },
  );
  t.equal(r.code, 0, r.stderr);
  t.same(lines(join(runDir, "metrics.jsonl")), [
    '{"step":0,"loss":0.42,"acc":0.9}',
    '{"step":1,"loss":0.4}',
    '{"step":10,"loss":0.25,"lr":0.0001}',
    '{"step":11,"n":3,"q":0.25}',
    '{"step":0,"big":1e+300,"neg":-3}',
    '{"step":1,"loss":0.1}',
  ]);
  t.same(r.stdout.split("\n"), [
    "file 20250114_153045_a1b2c3 /out -1",
    "epoch 1 done",
    'ValueError: metric "loss" must be finite, not nan',
    'ValueError: metric "loss" must be finite, not inf',
    'TypeError: metric "loss" must be a number, not str',
    'TypeError: metric "loss" must be a number, not bool',
    'TypeError: metric "loss" must be a number, not NoneType',
    'TypeError: metric "loss" must be a number, not Decimal',
    "ValueError: metrics must name at least one value",
    "TypeError: metrics must be a dict of name -> number",
    'ValueError: "step" is the step: pass it as step=... instead',
    'ValueError: "global_step" is the step: pass it as step=... instead',
    "ValueError: metric names must be strings of 1 to 256 characters",
    "ValueError: metric names must be strings of 1 to 256 characters",
    "ValueError: step must be a whole number from 0 to 2**53-1, not -1",
    "ValueError: step must be a whole number from 0 to 2**53-1, not 1.5",
    "ValueError: step must be a whole number from 0 to 2**53-1, not 9007199254740992",
    "ValueError: step must be a whole number from 0 to 2**53-1, not True",
    'ValueError: metric "acc" must be finite, not -inf',
    "TypeError: log_text() takes a str",
    "ValueError: status must be one of finished, failed, interrupted, not 'done'",
    "RuntimeError: the run is finished: log() after finish()",
    "",
  ]);

  const missing = await python("import remotegpu_tracking as rt\nrt.init()", { REMOTEGPU_RUN_DIR: join(runDir, "nope") });
  t.equal(missing.code, 1);
  t.match(missing.stderr, /OSError: cannot open .*nope\/metrics.jsonl \(REMOTEGPU_RUN_DIR\)/);
});

t.test("inside a task: the Python and TypeScript clients write the same rows", async (t) => {
  const runDir = tempDir("pyclient-run");
  const r = await python(
    `import remotegpu_tracking as rt\nwith rt.init() as run:\n    run.log({"loss": 0.5, "acc": 1})\n    run.log({"x": -2.5e-7}, step=7)\n`,
    {
      REMOTEGPU_RUN_DIR: runDir,
    },
  );
  t.equal(r.code, 0, r.stderr);
  const { init } = await import("../../packages/client/src/index.js");
  const run = await init({ env: { REMOTEGPU_RUN_DIR: runDir } });
  run.log({ loss: 0.5, acc: 1 });
  run.log({ x: -2.5e-7 }, { step: 7 });
  await run.finish();
  const all = lines(join(runDir, "metrics.jsonl"));
  // The same objects; the text of a number may differ in its exponent (Python -2.5e-07, JavaScript -2.5e-7).
  t.same(
    all.slice(0, 2).map((l) => JSON.parse(l)),
    all.slice(2).map((l) => JSON.parse(l)),
  );
  t.same(all.slice(0, 2), ['{"step":0,"loss":0.5,"acc":1}', '{"step":7,"x":-2.5e-07}']);
});

t.test("outside a task: arguments are checked before any request", async (t) => {
  const cases: [string, RegExp][] = [
    ["rt.init()", /ValueError: no tracking URL/],
    ["rt.init(url=URL)", /ValueError: no credentials/],
    ["rt.init(url=URL, username='alice')", /ValueError: username and password go together/],
    ["rt.init(url='ftp://x', token='t')", /ValueError: the tracking URL must be http/],
    ["rt.init(url=URL, token='t', batch_rows=0)", /ValueError: batch_rows must be a positive number/],
    ["rt.init(url=URL, token='t', max_retries=-1)", /ValueError: max_retries/],
    ["rt.init(url=URL, token='t', run_id='')", /ValueError: run_id/],
    ["rt.init(url=URL, token='t', config={'lr': float('nan')})", /ValueError: config must be JSON/],
    ["rt.init(url=URL, token='t', config={'f': open})", /ValueError: config must be JSON/],
  ];
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  for (const [call, message] of cases) {
    const r = await python(`import remotegpu_tracking as rt\nURL = ${JSON.stringify(api.url)}\n${call}`);
    t.equal(r.code, 1, call);
    t.match(r.stderr, message, call);
  }
  t.equal(api.requests.length, 0, "no request was made");

  const gone = await FakeTracking.start();
  await gone.close();
  const r = await python(`import remotegpu_tracking as rt\nrt.init(url=${JSON.stringify(gone.url)}, token="t", max_retries=2, retry_base=0.1)`);
  t.equal(r.code, 1);
  t.match(r.stderr, /TrackingError: POST \/api\/runs: \[Errno 111\] Connection refused/);
});

t.test("outside a task: create, batches of 500 in order, steps, logs, finish", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  const r = await python(
    `import remotegpu_tracking as rt
run = rt.init(project="vision", name="r1", config={"lr": 0.001, "layers": [3, 4]})
print(run.mode, run.id, run.output_dir)
for i in range(1200):
    run.log({"loss": 1 / (i + 1)})
run.log({"acc": 0.5}, step=5000)
run.log({"acc": 0.6})
run.log_text("line one\\nline two")
run.log_text("line three\\n")
run.flush()
print(run.pending_rows())
try:
    run.finish("ok")
except ValueError as e:
    print("ValueError:", e)
run.log({"loss": 0})
run.finish("failed")
run.finish()
`,
    { REMOTEGPU_TRACKING_URL: api.url + "/api/", REMOTEGPU_TOKEN: "static-token" },
  );
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stdout, "http 20250114_153045_a1b2c0 None\n0\nValueError: status must be one of finished, failed, interrupted, not 'ok'\n");
  const [create] = api.sent(/^POST \/api\/runs$/);
  t.same(create!.body, { project: "vision", name: "r1", config: { lr: 0.001, layers: [3, 4] } });
  t.equal(create!.headers.authorization, "Bearer static-token");
  t.equal(create!.headers["content-type"], "application/json");
  t.match(create!.headers["idempotency-key"], /^[0-9a-f-]{36}$/);
  const batches = api.sent(/\/metrics$/);
  t.same(
    batches.map((b) => b.body.rows.length),
    [500, 500, 202, 1],
  );
  t.equal(new Set(batches.map((b) => b.headers["idempotency-key"])).size, 4, "a key per batch");
  const rows = api.onlyRun.rows;
  t.same(
    rows.slice(0, 1200).map((r) => r.step),
    [...Array(1200).keys()],
  );
  t.same(rows[0], { step: 0, loss: 1 });
  t.same(rows.slice(1200), [
    { step: 5000, acc: 0.5 },
    { step: 5001, acc: 0.6 },
    { step: 5002, loss: 0 },
  ]);
  t.same(api.onlyRun.lines, ["line one", "line two", "line three"]);
  t.equal(api.onlyRun.status, "failed");
  const finish = api.sent(/\/finish$/);
  t.equal(finish.length, 1, "once");
  t.same(finish[0]!.body, { status: "failed" });
  t.ok(finish[0]!.at >= batches.at(-1)!.at);
});

t.test("outside a task: rows go out on their own within the flush interval, and at exit without finish()", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  api.runs.set("x", { id: "x", body: {}, rows: [], lines: [], status: "running" });
  const r = await python(
    `import time, remotegpu_tracking as rt
run = rt.init(url=URL, token="static-token", run_id="x", flush_interval=0.3)
run.log({"loss": 1})
run.log({"loss": 2})
time.sleep(1.0)
print("slept")
run.log({"loss": 3})
`.replace("URL", JSON.stringify(api.url)),
  );
  t.equal(r.code, 0, r.stderr);
  t.equal(api.sent(/^POST \/api\/runs$/).length, 0, "an existing run is not created again");
  const batches = api.sent(/\/metrics$/);
  t.same(
    batches.map((b) => b.body.rows.map((row: any) => row.loss)),
    [[1, 2], [3]],
    "the first two by the timer, the last at exit",
  );
  t.equal(api.onlyRun.status, "running", "exit does not finish the run");
});

t.test("outside a task: 429 waits X-RateLimit-Reset; 5xx and dropped connections are retried with the same body and key", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  api.fail(/\/metrics$/, {
    status: 429,
    headers: { "x-ratelimit-limit": "60", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1" },
    body: { detail: "rate limited" },
  });
  api.fail(/\/metrics$/, { status: 500 }, { status: 503 }, { drop: true }, { status: 502, afterStore: true });
  api.fail(/\/logs$/, { status: 500 });
  api.fail(/\/finish$/, { drop: true });
  const r = await python(
    `import remotegpu_tracking as rt
run = rt.init(url=URL, token="static-token", retry_base=0.02, retry_max=0.1)
run.log({"loss": 1})
run.flush()
for i in range(3):
    run.log({"loss": i})
run.flush()
run.log_text("hello")
run.finish()
`.replace("URL", JSON.stringify(api.url)),
  );
  t.equal(r.code, 0, r.stderr);
  const tries = api.sent(/\/metrics$/);
  t.equal(tries.length, 7);
  t.ok(tries[1]!.at - tries[0]!.at >= 950, `waited for the reset (${tries[1]!.at - tries[0]!.at} ms)`);
  // The first batch met every fault in turn (429, 500, 503, dropped, 502 after it was stored).
  const retried = tries.slice(0, 6);
  t.equal(new Set(retried.map((r) => r.raw)).size, 1, "the same body every time");
  t.equal(new Set(retried.map((r) => r.headers["idempotency-key"])).size, 1, "the same key every time");
  t.same(tries[6]!.body.rows.length, 3);
  t.same(
    api.onlyRun.rows.map((r) => r.step),
    [0, 1, 2, 3],
    "no row lost or repeated",
  );
  t.same(api.onlyRun.lines, ["hello"]);
  t.equal(api.onlyRun.status, "finished");
  t.equal(api.sent(/\/finish$/).length, 2);
});

t.test("outside a task: a refusal or exhausted retries raise from flush; nothing is dropped; the rows waiting are bounded", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  api.fail(/\/metrics$/, { status: 422, body: { detail: "rows[0]: bad" } });
  api.fail(/\/metrics$/, { status: 500 }, { status: 500 }, { status: 500 });
  api.fail(/\/metrics$/, { status: 500 }, { status: 500 }, { status: 500 });
  const r = await python(
    `import remotegpu_tracking as rt
run = rt.init(url=URL, token="static-token", retry_base=0.02, retry_max=0.1, max_retries=2, max_buffered_rows=3)
run.log({"loss": 1})
for attempt in range(2):
    try:
        run.flush()
    except rt.TrackingError as e:
        print("TrackingError:", e.status, e)
run.log({"loss": 2})
try:
    run.finish()
except rt.TrackingError as e:
    print("TrackingError:", e.status, e)
try:
    run.log({"loss": 3})
except RuntimeError as e:
    print("RuntimeError:", e)
run.finish()
`.replace("URL", JSON.stringify(api.url)),
  );
  t.equal(r.code, 0, r.stderr);
  t.same(r.stdout.split("\n"), [
    "TrackingError: 422 POST /api/runs/20250114_153045_a1b2c0/metrics: 422 rows[0]: bad",
    "TrackingError: 500 POST /api/runs/20250114_153045_a1b2c0/metrics: 500 injected failure",
    "TrackingError: 500 POST /api/runs/20250114_153045_a1b2c0/metrics: 500 injected failure",
    "RuntimeError: the run is finished: log() after finish()",
    "",
  ]);
  t.same(
    api.onlyRun.rows.map((r) => r.loss),
    [1, 2],
  );
  t.equal(api.onlyRun.status, "finished");
  t.equal(api.sent(/\/finish$/).length, 1, "finish is sent only after the rows");
  const sent = api.sent(/\/metrics$/);
  t.equal(sent.length, 9);
  t.equal(new Set(sent.slice(0, 8).map((r) => r.raw)).size, 1, "the first batch kept as it was, only row 1");
  t.equal(new Set(sent.slice(0, 8).map((r) => r.headers["idempotency-key"])).size, 1, "and its key, from one flush to the next");

  api.fail(/\/metrics$/, { status: 500 });
  const bounded = await python(
    `import remotegpu_tracking as rt
run = rt.init(url=URL, token="static-token", run_id=RUN, max_retries=0, max_buffered_rows=2)
run.log({"loss": 1})
try:
    run.flush()
except rt.TrackingError as e:
    print("TrackingError:", e.status)
run.log({"loss": 2})
try:
    run.log({"loss": 3})
except rt.TrackingError as e:
    print("TrackingError:", e)
print(run.step)
run.finish()
`
      .replace("URL", JSON.stringify(api.url))
      .replace("RUN", JSON.stringify(api.onlyRun.id)),
  );
  t.equal(bounded.code, 0, bounded.stderr);
  t.match(bounded.stdout, /TrackingError: 2 rows are waiting for the tracking API \(POST .* 500 injected failure\): call flush\(\) to see why\n1\n$/);
});

t.test("outside a task: login with username and password, a new token after a 401; the context manager finishes", async (t) => {
  const api = await FakeTracking.start();
  t.teardown(() => api.close());
  const wrong = await python(`import remotegpu_tracking as rt\nrt.init(url=${JSON.stringify(api.url)}, username="alice", password="wrong")`);
  t.equal(wrong.code, 1);
  t.match(wrong.stderr, /TrackingError: POST \/api\/v1\/auth\/login: 401 wrong username or password/);
  t.equal(api.sent(/^POST \/api\/runs$/).length, 0);

  const r = await python(
    `import urllib.request, remotegpu_tracking as rt
def revoke(refresh):
    urllib.request.urlopen(urllib.request.Request(URL + "/_test/revoke", data=b'{"refresh": %s}' % (b"true" if refresh else b"false"), method="POST")).read()
try:
    with rt.init(url=URL, username="alice", password="correct horse", project="p") as run:
        revoke(False)  # the access token expires: the refresh token gets a new one
        run.log({"loss": 1})
        run.flush()
        revoke(True)  # both are refused: log in again
        run.log({"loss": 2})
        run.flush()
        raise RuntimeError("training blew up")
except RuntimeError as e:
    print("raised:", e)
`.replace(/URL/g, JSON.stringify(api.url)),
  );
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stdout, "raised: training blew up\n");
  const logins = api.sent(/auth\/login$/);
  t.equal(logins.length, 3, "the wrong one, the first, and the one after the refused refresh");
  t.same(logins[1]!.body, { username: "alice", password: "correct horse" });
  t.equal(logins[1]!.headers.authorization, undefined);
  t.same(
    api.sent(/auth\/refresh$/).map((r) => r.body),
    [{ refresh_token: "rt-1" }, { refresh_token: "rt-2" }],
  );
  t.same(
    api.sent(/\/metrics$/).map((r) => r.headers.authorization),
    ["Bearer at-1", "Bearer at-2", "Bearer at-2", "Bearer at-3"],
  );
  t.same(
    api.onlyRun.rows.map((r) => r.loss),
    [1, 2],
  );
  t.equal(api.onlyRun.status, "failed", "an exception finishes the run as failed");

  api.tokens.add("static-token"); // revoked above with the others
  const interrupted = await python(
    `import remotegpu_tracking as rt
with rt.init(url=URL, token="static-token", run_id=RUN) as run:
    run.log({"loss": 3})
    raise KeyboardInterrupt
`
      .replace(/URL/g, JSON.stringify(api.url))
      .replace("RUN", JSON.stringify(api.onlyRun.id)),
  );
  // Python ends an uncaught KeyboardInterrupt by SIGINT, as a shell expects.
  t.equal(interrupted.signal, "SIGINT", interrupted.stderr);
  t.match(interrupted.stderr, /KeyboardInterrupt/);
  t.equal(api.onlyRun.status, "interrupted");
  t.same(api.onlyRun.rows.at(-1), { step: 0, loss: 3 });
});
