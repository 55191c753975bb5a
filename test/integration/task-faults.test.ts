// Tasks when things go wrong, on the real agent, control plane and Docker (issue 13): a task that
// ignores SIGTERM is killed after the grace period when cancelled; max_duration_s ends it
// timed_out; the agent killed -9 mid-task (the task ends failed/host_lost with its log up to the
// kill, billed once); the control plane restarted mid-task (nothing lost: every line once, in
// order); a task flooding its log or metrics is bounded and counted while another host's session
// stays online.
import t from "tap";
import { PRODUCT, startWorld, type World } from "../helpers/customers.js";
import { freshDatabase, sql } from "../helpers/database.js";
import { dockerHost, inspect, testImage } from "../helpers/docker.js";
import { type Login, login } from "../helpers/platform.js";
import { startAgent, startControlPlane } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

const TEMPLATE = {
  name: "script",
  image: "",
  command: ["sh", "-c", "{{script}}"],
  hyperparameters: { script: { type: "string", default: "true" } },
  gpu_count: 1,
  cpu_per_gpu: 0.25,
  memory_gib_per_gpu: 0.25,
};

interface Setup {
  w: World;
  dbUrl: string;
  l: Login;
  project: string;
  template: string;
}

async function setup(t: { teardown(fn: () => unknown): void }, env: Record<string, string> = {}): Promise<Setup> {
  const dbUrl = await freshDatabase(t);
  const w = await startWorld(t, { gpus: 2, databaseUrl: dbUrl, env: { TASK_SCHEDULER_INTERVAL_MS: "200", TASK_STOP_GRACE_S: "2", ...env } });
  const made = await w.cp.api("POST", "/admin/training/templates", { ...TEMPLATE, image: testImage() });
  if (made.status !== 201) throw new Error(`template: ${made.status} ${JSON.stringify(made.body)}`);
  const cus = await w.newCustomer("runner", "1000.00");
  const l = await login(w.cp, cus.username, cus.password);
  const project = (await l.call("POST", "/projects", { name: "faults" })).body.data.id;
  return { w, dbUrl, l, project, template: made.body.id };
}

async function submit(s: Setup, script: string, more: Record<string, unknown> = {}): Promise<string> {
  const r = await s.l.call("POST", "/training/submit", {
    project_id: s.project,
    template_id: s.template,
    gpu_type: PRODUCT.gpu_type,
    hyperparameters: { script },
    ...more,
  });
  if (r.status !== 201) throw new Error(`submit: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.data.id;
}

const task = async (s: Setup, id: string) => (await s.l.call("GET", `/tasks/${id}`)).body.data;
const statusIs = (s: Setup, id: string, statuses: string[], ms = 60_000) =>
  waitFor(
    `${id} ${statuses.join("|")}`,
    async () => {
      const x = await task(s, id);
      return statuses.includes(x.status) ? x : undefined;
    },
    ms,
    200,
  );
const lines = async (s: Setup, id: string): Promise<{ line: number; text: string }[]> => {
  const out: { line: number; text: string }[] = [];
  for (let offset = 0; ; ) {
    const page = (await s.l.call("GET", `/tasks/${id}/logs?offset=${offset}&limit=5000`)).body.data;
    out.push(...page.lines);
    if (page.lines.length < 5000) return out;
    offset = page.next_offset;
  }
};

t.test("cancel kills a task that ignores SIGTERM after the grace period; max_duration_s ends it timed_out", async (t) => {
  const s = await setup(t);
  const stubborn = await submit(s, "trap '' TERM; echo up; while true; do sleep 1; done");
  await statusIs(s, stubborn, ["running"]);
  await waitFor("first line", async () => (await lines(s, stubborn)).length > 0, 30_000, 200);
  const cancelled = Date.now();
  t.equal((await s.l.call("POST", `/tasks/${stubborn}/cancel`)).status, 200);
  const done = await statusIs(s, stubborn, ["cancelled"]);
  const took = Date.now() - cancelled;
  t.ok(took >= 2000, `killed after the 2 s grace (${took} ms)`);
  t.equal(done.reason, "cancelled");
  t.equal(await inspect(`rgpu-gpu-t${stubborn.slice(5, 17)}-1`), undefined, "its container is gone");

  const slow = await submit(s, "echo start; sleep 600", { max_duration_s: 2 });
  const timed = await statusIs(s, slow, ["timed_out"]);
  t.equal(timed.reason, "ran longer than max_duration_s (2 s)");
  t.same(
    (await lines(s, slow)).map((x) => x.text),
    ["start"],
  );
  const held = await sql<{ n: number }>(s.dbUrl, "select count(*)::int as n from instance_gpus");
  t.equal(held[0]!.n, 0, "every GPU is free");
});

t.test("the agent killed -9 mid-task: failed host_lost, its log up to the kill kept, billed once", async (t) => {
  const s = await setup(t, { TASK_HOST_LOST_S: "2" });
  const id = await submit(s, "i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.2; done");
  await statusIs(s, id, ["running"]);
  await waitFor("some lines", async () => (await lines(s, id)).length >= 5, 30_000, 200);
  await s.w.agent.kill("SIGKILL");
  const failed = await statusIs(s, id, ["failed"], 60_000);
  t.equal(failed.reason, "host_lost");
  const kept = await lines(s, id);
  t.ok(kept.length >= 5, `the log up to the kill is kept (${kept.length} lines)`);
  t.same(
    kept.map((x) => x.line),
    kept.map((_, i) => i),
    "in order, without a gap",
  );
  const charged = async () =>
    Number((await sql<{ n: string }>(s.dbUrl, "select coalesce(-sum(amount_minor), 0)::bigint as n from ledger_entries where kind = 'usage'"))[0]!.n);
  const cost = Math.round(Number((await task(s, id)).cost) * 100);
  t.equal(await charged(), cost, "the ledger holds the task's cost");
  // The agent comes back: the container is removed, the task stays failed, nothing more is charged.
  const again = startAgent(t, { controlPlane: s.w.cp.url, dataDir: s.w.agent.dataDir, docker: await dockerHost(), env: { FAKE_NVIDIA_SMI_GPUS: "2" } });
  await again.connected();
  await waitFor("container removed", async () => (await inspect(`rgpu-gpu-t${id.slice(5, 17)}-1`)) === undefined, 30_000, 200);
  t.equal((await task(s, id)).status, "failed");
  t.equal(await charged(), cost, "billed once");
});

t.test("the control plane restarted mid-task: nothing lost", async (t) => {
  const s = await setup(t);
  const id = await submit(
    s,
    'i=0; while [ $i -lt 30 ]; do echo "line $i"; echo "{\\"step\\": $i, \\"loss\\": 1}" >> "$REMOTEGPU_RUN_DIR/metrics.jsonl"; i=$((i+1)); sleep 0.1; done',
  );
  await statusIs(s, id, ["running"]);
  await waitFor("some lines", async () => (await lines(s, id)).length >= 3, 30_000, 200);
  const port = s.w.cp.port;
  await s.w.cp.stop();
  await new Promise((r) => setTimeout(r, 1500));
  // The same address: the agent reconnects to where it was.
  const cp = await startControlPlane(t, {
    databaseUrl: s.dbUrl,
    dataDir: s.w.cp.dataDir,
    env: { PORT: String(port), TASK_SCHEDULER_INTERVAL_MS: "200", API_RATE_PER_S: "100000", API_RATE_BURST: "100000", PASSWORD_SCRYPT_LOG_N: "14" },
  });
  const l = await login(cp, "runner", "pw-runner-secret");
  const s2 = { ...s, l };
  const done = await statusIs(s2, id, ["succeeded", "failed"], 90_000);
  t.equal(done.status, "succeeded", JSON.stringify(done.reason));
  t.same(
    (await lines(s2, id)).map((x) => x.text),
    Array.from({ length: 30 }, (_, i) => `line ${i}`),
    "every line once, in order",
  );
  const loss = (await l.call("GET", `/metrics/loss?task_id=${id}`)).body.data.points;
  t.same(
    loss.map((p: { step: number }) => p.step),
    Array.from({ length: 30 }, (_, i) => i),
    "every metric row once",
  );
});

t.test("a flood of log lines and metric rows is bounded and counted; another host stays online", async (t) => {
  const s = await setup(t, { TASK_MAX_LOG_LINES: "20000", TASK_MAX_METRIC_LINES: "50000" });
  // A second host whose session must not suffer.
  const other = startAgent(t, {
    controlPlane: s.w.cp.url,
    joinToken: await s.w.cp.joinToken("105"),
    docker: await dockerHost(),
    env: { FAKE_NVIDIA_SMI_GPUS: "1" },
  });
  const otherId = await other.connected();
  // 100 MB of log (100,000 lines of 1,000 bytes) and a million metric rows.
  const id = await submit(
    s,
    [
      'seq 1 1000000 | awk \'{print "{\\"step\\": "$1", \\"loss\\": 0.5}"}\' > "$REMOTEGPU_RUN_DIR/metrics.jsonl"',
      "seq 1 100000 | awk '{printf \"%0999d\\n\", $1}'",
    ].join("; "),
  );
  const statuses: string[] = [];
  const watch = setInterval(() => {
    void s.w.cp.host(otherId).then(
      (h) => statuses.push(h.status),
      () => undefined,
    );
  }, 500);
  const done = await statusIs(s, id, ["succeeded", "failed"], 240_000);
  clearInterval(watch);
  t.equal(done.status, "succeeded", JSON.stringify(done.reason));
  const run = (
    await sql<{ next_log_line: string; log_dropped_lines: string; next_metric_line: string; metric_dropped_lines: string }>(
      s.dbUrl,
      "select next_log_line, log_dropped_lines, next_metric_line, metric_dropped_lines from runs where run_id = $1",
      [done.run_id],
    )
  )[0]!;
  t.equal(Number(run.next_log_line), 20_000, "20,000 log lines kept");
  t.equal(Number(run.log_dropped_lines), 80_000, "the rest counted");
  t.equal(Number(run.next_metric_line), 50_000, "50,000 metric rows kept");
  t.equal(Number(run.metric_dropped_lines), 950_000, "the rest counted");
  t.ok(statuses.length > 0 && statuses.every((x) => x === "online"), `the other host stayed online (${[...new Set(statuses)].join(",")})`);
});
