// Tasks and the queue against a real PostgreSQL, with the host arranged in the database and the
// agent's answers applied as the hub would apply them (the real agent's side is in
// test/integration/tasks.test.ts): states with their times, two tasks that each want every
// GPU, a large task not starved by small ones, cancel in every state, max_duration_s, a lost
// host, isolation between workspaces, bad input, and the ledger naming the task.
import t from "tap";
import { pino } from "pino";
import { agentv1, CommandStatus, ContainerStatus, TaskChannel, TaskStream } from "@remotegpu/protocol";
import { WebSocket } from "ws";
import { TaskOutputSink } from "../../packages/control-plane/src/services/tasks/output.js";
import { applyContainerStates, applyResult } from "../../packages/control-plane/src/services/command-results.js";
import { type ApiWorld, PRODUCT, startApiWorld } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { type Login, login } from "../helpers/platform.js";
import { waitFor } from "../helpers/wait.js";

const quiet = pino({ level: "silent" });

const TEMPLATE = {
  name: "echo-train",
  description: "prints its hyper-parameters",
  image: "registry.example.com/train:1",
  command: ["sh", "-c", "echo lr={{lr}} steps={{steps}}"],
  hyperparameters: {
    lr: { type: "float", default: 0.1, min: 0, max: 1 },
    steps: { type: "int", default: 10, min: 1, max: 1000 },
    optimizer: { type: "enum", choices: ["sgd", "adam"], default: "adam" },
  },
  gpu_count: 1,
  cpu_per_gpu: 0.25,
  memory_gib_per_gpu: 0.5,
  output_dir: "/remotegpu/output",
  total_steps_param: "steps",
};

interface Ctx {
  w: ApiWorld;
  template: string;
}

async function world(t: { teardown(fn: () => unknown): void }, gpus = 2): Promise<Ctx> {
  const w = await startApiWorld(t, { gpus, env: { TASK_SCHEDULER_INTERVAL_MS: "100", TASK_HOST_LOST_S: "60" } });
  // The arranged host never sends heartbeats: it is online as far as placement goes.
  await sql(w.cp.dbUrl, "update hosts set status = 'online', status_changed_at = now()");
  const made = await w.cp.api("POST", "/admin/training/templates", TEMPLATE);
  if (made.status !== 201) throw new Error(`template: ${made.status} ${JSON.stringify(made.body)}`);
  return { w, template: made.body.id };
}

async function member(w: ApiWorld, name: string, balance = "100.00"): Promise<{ l: Login; project: string; ws: string }> {
  const c = await w.newCustomer(name, balance);
  const l = await login(w.cp, c.username, c.password);
  const project = (await l.call("POST", "/projects", { name: "vision" })).body.data;
  return { l, project: project.id, ws: project.workspace_id };
}

async function taskOf(l: Login, id: string): Promise<any> {
  const r = await l.call("GET", `/tasks/${id}`);
  if (r.status !== 200) throw new Error(`task ${id}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.data;
}

const statusIs = (l: Login, id: string, status: string, ms = 10_000) =>
  waitFor(
    `${id} ${status}`,
    async () => {
      const task = await taskOf(l, id);
      return task.status === status ? task : undefined;
    },
    ms,
    50,
  );

/** The pending command of the attempt (op), as stored. */
async function pending(c: Ctx, instanceId: string, op: string): Promise<{ command_id: string; generation: number }> {
  return waitFor(`${op} of ${instanceId}`, async () => {
    const rows = await sql<{ command_id: string; generation: string }>(
      c.w.cp.dbUrl,
      "select command_id, generation from commands where instance_id = $1 and op = $2 and status = 'pending'",
      [instanceId, op],
    );
    return rows[0] ? { command_id: rows[0].command_id, generation: Number(rows[0].generation) } : undefined;
  });
}

/** What the agent would answer: the create ran the container. */
async function created(c: Ctx, instanceId: string, gpus: string[] = []): Promise<void> {
  const cmd = await pending(c, instanceId, "create");
  await applyResult(
    c.w.cp.db,
    c.w.hostId,
    agentv1.CommandResult.create({
      commandId: cmd.command_id,
      instanceId,
      generation: cmd.generation,
      status: CommandStatus.COMMAND_STATUS_SUCCEEDED,
      state: { instanceId, generation: cmd.generation, containerId: "c1", status: ContainerStatus.CONTAINER_STATUS_RUNNING, gpuUuids: gpus },
      finishedAtMs: Date.now(),
    }),
    quiet,
  );
}

async function exited(c: Ctx, instanceId: string, exitCode: number): Promise<void> {
  await applyContainerStates(c.w.cp.db, c.w.hostId, [
    agentv1.ContainerState.create({ instanceId, generation: 1, containerId: "c1", status: ContainerStatus.CONTAINER_STATUS_STOPPED, exitCode }),
  ]);
}

/** The agent's FinishTask result (files: already uploaded). */
async function finished(c: Ctx, instanceId: string, outcome: Record<string, unknown> = {}): Promise<void> {
  const cmd = await pending(c, instanceId, "finish_task");
  await applyResult(
    c.w.cp.db,
    c.w.hostId,
    agentv1.CommandResult.create({
      commandId: cmd.command_id,
      instanceId,
      generation: cmd.generation,
      status: CommandStatus.COMMAND_STATUS_SUCCEEDED,
      state: { instanceId, status: ContainerStatus.CONTAINER_STATUS_REMOVED },
      task: agentv1.TaskOutcome.create({ flushed: true, ...outcome }),
      finishedAtMs: Date.now(),
    }),
    quiet,
  );
}

function submit(c: Ctx, m: { l: Login; project: string }, more: Record<string, unknown> = {}) {
  return m.l.call("POST", "/training/submit", {
    project_id: m.project,
    template_id: c.template,
    gpu_type: PRODUCT.gpu_type,
    hyperparameters: { lr: 0.5 },
    ...more,
  });
}

t.test("a training task from queued to succeeded, its times, its bill", async (t) => {
  const c = await world(t);
  const me = await member(c.w, "trainer");
  const r = await submit(c, me, { name: "first run" });
  t.equal(r.status, 201, JSON.stringify(r.body));
  const id = r.body.data.id;
  t.match(r.body.data, {
    kind: "training",
    command: ["sh", "-c", "echo lr=0.5 steps=10"],
    hyperparameters: { lr: 0.5, steps: 10, optimizer: "adam" },
    total_steps: 10,
  });
  const scheduled = await statusIs(me.l, id, "scheduled");
  t.equal(scheduled.gpus.length, 1, "one GPU reserved");
  t.ok(scheduled.run_id, "its run exists");
  const instanceId = (await sql<{ instance_id: string }>(c.w.cp.dbUrl, "select instance_id from tasks where task_id = $1", [id]))[0]!.instance_id;
  // Hidden from the rental API: not the customer's instance.
  const cus = await sql<{ n: number }>(c.w.cp.dbUrl, "select count(*)::int as n from instances where task_id = $1", [id]);
  t.equal(cus[0]!.n, 1);
  await created(c, instanceId, [scheduled.gpus[0].uuid]);
  const running = await statusIs(me.l, id, "running");
  t.ok(running.started_at);
  // An hour later (billing is to the millisecond: move its clock back instead of waiting).
  await sql(
    c.w.cp.dbUrl,
    "update instances set billing_started_at = now() - interval '1 hour', settled_until = now() - interval '1 hour', usage_period_start = now() - interval '1 hour' where instance_id = $1",
    [instanceId],
  );
  await exited(c, instanceId, 0);
  const free = await sql<{ n: number }>(c.w.cp.dbUrl, "select count(*)::int as n from instance_gpus where instance_id = $1", [instanceId]);
  t.equal(free[0]!.n, 0, "its GPUs are free as soon as it exits");
  t.equal((await taskOf(me.l, id)).status, "running", "running until the finish has collected its output");
  await finished(c, instanceId, { exitCode: 0, logLines: 3 });
  const done = await statusIs(me.l, id, "succeeded");
  t.equal(done.exit_code, 0);
  t.equal(done.progress, 100);
  t.same(
    done.events.map((e: { to: string }) => e.to),
    ["queued", "scheduled", "running", "succeeded"],
  );
  const usage = await sql<{ amount_minor: string; memo: string }>(
    c.w.cp.dbUrl,
    "select amount_minor, memo from ledger_entries where kind = 'usage' and instance_id = $1",
    [instanceId],
  );
  t.equal(usage.length, 1);
  t.equal(usage[0]!.memo, `task ${id}`, "the ledger entry names the task");
  t.ok(Math.abs(-Number(usage[0]!.amount_minor) - 200) <= 1, `one hour of one GPU at 2.00 (${usage[0]!.amount_minor})`);
  t.equal(done.cost, "2.00");
  const run = await sql<{ status: string }>(c.w.cp.dbUrl, "select status from runs where run_id = $1", [done.run_id]);
  t.equal(run[0]!.status, "finished");
  // The rental API never shows it.
  const list = await c.w.call("/gpu/instances/list", {}, (await c.w.newCustomer("nobody")).token);
  t.equal(list.body.items.length, 0);
});

t.test("two tasks that each want every GPU: the second waits, then runs", async (t) => {
  const c = await world(t, 2);
  const me = await member(c.w, "big");
  const a = (await submit(c, me, { gpu_count: 2 })).body.data.id;
  const b = (await submit(c, me, { gpu_count: 2 })).body.data.id;
  await statusIs(me.l, a, "scheduled");
  await new Promise((r) => setTimeout(r, 400)); // a few passes of the queue
  const waiting = await taskOf(me.l, b);
  t.equal(waiting.status, "queued");
  t.equal(waiting.queue_position, 1);
  const ia = `gpu-t${a.slice(5, 17)}-1`;
  await created(c, ia);
  await exited(c, ia, 1);
  await statusIs(me.l, b, "scheduled");
  await finished(c, ia, { exitCode: 1 });
  const failed = await statusIs(me.l, a, "failed");
  t.equal(failed.reason, "exit code 1");
  t.equal(failed.exit_code, 1);
});

t.test("a large task is not starved by a stream of small ones", async (t) => {
  const c = await world(t, 2);
  const small = await member(c.w, "small");
  const large = await member(c.w, "large");
  const s1 = (await submit(c, small)).body.data.id;
  const s2 = (await submit(c, small)).body.data.id;
  await statusIs(small.l, s1, "scheduled");
  await statusIs(small.l, s2, "scheduled");
  const big = (await submit(c, large, { gpu_count: 2 })).body.data.id;
  const more = [];
  for (let i = 0; i < 3; i++) more.push((await submit(c, small)).body.data.id);
  // One small task ends: its GPU must be kept for the large task, not given to the next small one.
  const i1 = `gpu-t${s1.slice(5, 17)}-1`;
  await created(c, i1);
  await exited(c, i1, 0);
  await finished(c, i1, { exitCode: 0 });
  await new Promise((r) => setTimeout(r, 500));
  for (const id of more) t.equal((await taskOf(small.l, id)).status, "queued", "small tasks wait behind the large one");
  t.equal((await taskOf(large.l, big)).status, "queued");
  const i2 = `gpu-t${s2.slice(5, 17)}-1`;
  await created(c, i2);
  await exited(c, i2, 0);
  await finished(c, i2, { exitCode: 0 });
  await statusIs(large.l, big, "scheduled");
});

t.test("cancel in every state; max_duration_s; a lost host", async (t) => {
  const c = await world(t, 2);
  const me = await member(c.w, "canceller");
  // queued: the host is full of a 2-GPU task
  const hog = (await submit(c, me, { gpu_count: 2 })).body.data.id;
  await statusIs(me.l, hog, "scheduled");
  const q = (await submit(c, me)).body.data.id;
  const cq = await me.l.call("POST", `/tasks/${q}/cancel`);
  t.equal(cq.status, 200);
  t.equal(cq.body.data.status, "cancelled");
  t.equal((await me.l.call("POST", `/tasks/${q}/cancel`)).status, 409, "an ended task cannot be cancelled again");
  // scheduled: the create is pending; cancelled once it lands
  const ih = `gpu-t${hog.slice(5, 17)}-1`;
  t.equal((await me.l.call("POST", `/tasks/${hog}/cancel`)).body.data.status, "scheduled");
  await created(c, ih);
  await finished(c, ih, { exitCode: 143 });
  t.equal((await statusIs(me.l, hog, "cancelled")).reason, "cancelled");
  // running: finished at once (SIGTERM, then SIGKILL after the grace period)
  const r = (await submit(c, me)).body.data.id;
  await statusIs(me.l, r, "scheduled");
  const ir = `gpu-t${r.slice(5, 17)}-1`;
  await created(c, ir);
  await statusIs(me.l, r, "running");
  await me.l.call("POST", `/tasks/${r}/cancel`);
  await finished(c, ir, { exitCode: 137 });
  await statusIs(me.l, r, "cancelled");
  // max_duration_s
  const slow = (await submit(c, me, { max_duration_s: 1 })).body.data.id;
  await statusIs(me.l, slow, "scheduled");
  const is = `gpu-t${slow.slice(5, 17)}-1`;
  await created(c, is);
  await pending(c, is, "finish_task"); // the queue stops it after a second
  await finished(c, is, { exitCode: 143 });
  t.equal((await statusIs(me.l, slow, "timed_out")).reason, "ran longer than max_duration_s (1 s)");
  // a lost host: offline beyond TASK_HOST_LOST_S
  const lost = (await submit(c, me)).body.data.id;
  await statusIs(me.l, lost, "scheduled");
  await created(c, `gpu-t${lost.slice(5, 17)}-1`);
  await sql(c.w.cp.dbUrl, "update hosts set status = 'offline', status_changed_at = now() - interval '2 minutes'");
  const failed = await statusIs(me.l, lost, "failed");
  t.equal(failed.reason, "host_lost");
  const held = await sql<{ n: number }>(c.w.cp.dbUrl, "select count(*)::int as n from instance_gpus");
  t.equal(held[0]!.n, 0, "every GPU is back");
});

t.test("isolation and bad input", async (t) => {
  const c = await world(t, 2);
  const me = await member(c.w, "owner1");
  const other = await member(c.w, "owner2");
  const id = (await submit(c, me)).body.data.id;
  for (const [method, path] of [
    ["GET", `/tasks/${id}`],
    ["PUT", `/tasks/${id}`],
    ["DELETE", `/tasks/${id}`],
    ["POST", `/tasks/${id}/cancel`],
    ["GET", `/tasks/${id}/logs`],
    ["GET", `/training/jobs/${id}`],
    ["GET", `/metrics/loss?task_id=${id}`],
    ["GET", `/metrics/gpu?task_id=${id}`],
  ] as const) {
    const r = await other.l.call(method, path, method === "GET" ? undefined : {});
    t.equal(r.status, 404, `${method} ${path} of another workspace → 404`);
  }
  t.equal((await other.l.call("GET", "/tasks")).body.meta.total, 0);
  t.equal((await other.l.call("POST", "/training/submit", { project_id: me.project, template_id: c.template, gpu_type: PRODUCT.gpu_type })).status, 404);
  const before = await sql(c.w.cp.dbUrl, "select task_id, status, priority, name from tasks order by 1");
  for (const [body, status] of [
    [{ hyperparameters: { lr: 2 } }, 422],
    [{ hyperparameters: { lr: "fast" } }, 422],
    [{ hyperparameters: { nope: 1 } }, 422],
    [{ hyperparameters: { optimizer: "rmsprop" } }, 422],
    [{ hyperparameters: [] }, 422],
    [{ gpu_count: 0 }, 422],
    [{ gpu_count: 1e30 }, 422],
    [{ max_duration_s: -1 }, 422],
    [{ template_id: "00000000-0000-0000-0000-000000000000" }, 404],
    [{ template_id: "x".repeat(300) }, 422],
    [{ gpu_type: "no-such-product" }, 404],
    [{ dataset_version_ids: ["00000000-0000-0000-0000-000000000000"] }, 404],
    [{ dataset_version_ids: "all" }, 422],
  ] as const) {
    const r = await submit(c, me, body);
    t.equal(r.status, status, `${JSON.stringify(body).slice(0, 60)} → ${status}`);
    t.equal(r.body.success, false);
  }
  const raw = await fetch(`${c.w.cp.url}/api/v1/training/submit`, {
    method: "POST",
    body: '{"x"',
    headers: { authorization: `Bearer ${me.l.access}`, "content-type": "application/json" },
  });
  t.equal(raw.status, 400, "malformed JSON");
  const poor = await member(c.w, "poor", "0.50");
  t.equal((await submit(c, poor)).status, 402, "one hour of its GPUs is needed on the balance");
  t.equal((await me.l.call("PUT", `/tasks/${id}`, { priority: 500 })).status, 422);
  t.equal((await me.l.call("PUT", `/tasks/${id}`, { name: 7 })).status, 422);
  t.equal((await me.l.call("GET", `/tasks/${id}/logs?offset=-1`)).status, 422);
  t.equal((await me.l.call("GET", `/tasks?status=bogus`)).status, 422);
  for (const bad of ["task-zz", "x".repeat(300), "..%2F..", "task-0000000000000000"]) t.equal((await me.l.call("GET", `/tasks/${bad}`)).status, 404, bad);
  t.same(await sql(c.w.cp.dbUrl, "select task_id, status, priority, name from tasks order by 1"), before, "nothing refused changed a task");
  // A viewer reads but changes nothing.
  const viewer = await member(c.w, "viewer1");
  t.equal((await me.l.call("POST", `/workspaces/${me.ws}/members`, { username: "viewer1", role: "viewer" })).status, 201);
  t.equal((await viewer.l.call("GET", `/tasks/${id}`)).status, 200);
  t.equal((await viewer.l.call("POST", `/tasks/${id}/cancel`)).status, 403);
  t.equal((await viewer.l.call("POST", "/training/submit", { project_id: me.project, template_id: c.template, gpu_type: PRODUCT.gpu_type })).status, 403);
  // Templates: operators only, checked.
  t.equal((await c.w.cp.api("POST", "/admin/training/templates", { ...TEMPLATE, name: "x", hyperparameters: { "bad name": { type: "int" } } })).status, 400);
  t.equal((await c.w.cp.api("POST", "/admin/training/templates", { ...TEMPLATE, name: "x", output_dir: "/remotegpu/run" })).status, 400);
  t.equal((await c.w.cp.api("POST", "/admin/training/templates", { ...TEMPLATE, name: "x", total_steps_param: "lr" })).status, 400);
  t.equal((await c.w.cp.api("POST", "/admin/training/templates", TEMPLATE)).status, 409, "names are unique");
  t.equal((await c.w.cp.api("POST", "/admin/training/templates", TEMPLATE, "wrong-token")).status, 401);
  const listed = await me.l.call("GET", "/training/templates");
  t.equal(listed.body.data.length, 1);
  t.match(listed.body.data[0], { name: "echo-train", gpu_count: 1, hyperparameters: { lr: { type: "float" } } });
  // Priority while queued; delete keeps the history.
  t.equal((await me.l.call("PUT", `/tasks/${id}`, { name: "renamed" })).body.data.name, "renamed");
  t.equal((await me.l.call("DELETE", `/tasks/${id}`)).status, 200);
  t.equal((await me.l.call("GET", `/tasks/${id}`)).status, 404);
  const kept = await sql<{ n: number }>(c.w.cp.dbUrl, "select count(*)::int as n from task_events where task_id = $1", [id]);
  t.ok(kept[0]!.n >= 2, "its events are kept");
});

t.test("ws /ws: progress, log lines and GPUs of a task, authorised per subscription", async (t) => {
  const c = await world(t, 2);
  const me = await member(c.w, "watcher");
  const other = await member(c.w, "stranger");
  const id = (await submit(c, me)).body.data.id;
  const ws = new WebSocket(`${c.w.cp.url.replace("http", "ws")}/ws?token=${me.l.access}`);
  const got: any[] = [];
  ws.on("message", (m) => got.push(JSON.parse(String(m))));
  await new Promise((r) => ws.once("open", r));
  const seen = (pred: (m: any) => boolean, what: string) => waitFor(what, () => got.find(pred), 10_000, 20);
  await seen((m) => m.type === "authenticated", "authenticated");
  ws.send(JSON.stringify({ type: "subscribe", channel: "training", resource_id: id }));
  ws.send(JSON.stringify({ type: "subscribe", channel: "logs", resource_id: id }));
  await seen((m) => m.type === "progress" && m.task_id === id, "first progress");
  const scheduled = await statusIs(me.l, id, "scheduled");
  const instanceId = `gpu-t${id.slice(5, 17)}-1`;
  await created(c, instanceId, [scheduled.gpus[0].uuid]);
  await seen((m) => m.type === "progress" && m.status === "running", "running");
  // Lines and metrics as the hub stores them from the agent's TaskOutput frames.
  const sink = new TaskOutputSink(c.w.cp.db);
  const log = { instanceId, channel: TaskChannel.TASK_CHANNEL_LOG, firstLine: 0, droppedLines: 0, eof: false };
  t.equal(
    await sink.receive(
      c.w.hostId,
      agentv1.TaskOutput.create({
        ...log,
        lines: ["epoch 1", "epoch 2"].map((text) => agentv1.TaskLine.create({ stream: TaskStream.TASK_STREAM_STDOUT, text, atMs: Date.now() })),
      }),
    ),
    2,
  );
  t.equal(
    await sink.receive(c.w.hostId, agentv1.TaskOutput.create({ ...log, lines: [agentv1.TaskLine.create({ text: "again", atMs: 1 })] })),
    2,
    "a repeat stores nothing",
  );
  t.equal(
    await sink.receive("host-someone-else", agentv1.TaskOutput.create({ ...log, firstLine: 2, lines: [agentv1.TaskLine.create({ text: "forged" })] })),
    3,
    "another host's frame is dropped",
  );
  const metrics = ['{"step": 5, "loss": 0.5}', "not json", '{"step": 10, "loss": 0.25}'].map((text) =>
    agentv1.TaskLine.create({ stream: TaskStream.TASK_STREAM_METRICS, text, atMs: Date.now() }),
  );
  t.equal(
    await sink.receive(c.w.hostId, agentv1.TaskOutput.create({ instanceId, channel: TaskChannel.TASK_CHANNEL_METRICS, firstLine: 0, lines: metrics })),
    3,
  );
  await seen((m) => m.type === "log" && m.text === "epoch 2" && m.line === 1, "the second line, live");
  t.notOk(got.some((m) => m.type === "log" && (m.text === "forged" || m.text === "again")));
  const progress = await seen((m) => m.type === "progress" && m.step === 10, "step 10");
  t.equal(progress.progress, 100, "10 of 10 steps");
  t.same((await me.l.call("GET", `/metrics/loss?task_id=${id}`)).body.data.points, [
    { step: 5, value: 0.5 },
    { step: 10, value: 0.25 },
  ]);
  // Another workspace's task is not found; bad messages are answered, not fatal.
  const theirs = (await submit(c, other)).body.data.id;
  ws.send(JSON.stringify({ type: "subscribe", channel: "training", resource_id: theirs }));
  await seen((m) => m.type === "error" && m.code === "NOT_FOUND" && m.resource_id === theirs, "not found");
  ws.send("{not json");
  ws.send(JSON.stringify({ type: "subscribe", channel: "everything", resource_id: id }));
  ws.send(JSON.stringify({ type: "launch" }));
  await waitFor("three refusals", () => got.filter((m) => m.code === "INVALID_ARGUMENT").length >= 3, 5000, 20);
  // A logged-out token subscribes to nothing more.
  t.equal((await me.l.call("POST", "/auth/logout", {})).status, 200);
  ws.send(JSON.stringify({ type: "subscribe", channel: "gpu", resource_id: id }));
  await seen((m) => m.type === "error" && m.code === "UNAUTHORIZED", "unauthorized after logout");
  ws.close();
  // Without a token: nothing but an answer saying so.
  const anon = new WebSocket(`${c.w.cp.url.replace("http", "ws")}/ws`);
  const anonGot: any[] = [];
  anon.on("message", (m) => anonGot.push(JSON.parse(String(m))));
  await new Promise((r) => anon.once("open", r));
  anon.send(JSON.stringify({ type: "subscribe", channel: "training", resource_id: id }));
  await waitFor("anon refused", () => anonGot.find((m) => m.code === "UNAUTHORIZED"), 5000, 20);
  anon.close();
});
