// The tracking service functions that tasks use (services/tracking/runs.ts): run ids, exactly-once
// log and metric lines from numbered batches, best metric, finish, lineage, run tokens, and the
// live feed's notifications.
import t from "tap";
import { LiveFeed } from "../../packages/control-plane/src/services/components/live-feed.js";
import {
  addLineage,
  appendRunLogs,
  appendRunMetrics,
  createRun,
  findRun,
  finishRun,
  issueRunToken,
  newRunId,
} from "../../packages/control-plane/src/services/tracking/runs.js";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { startInProcess } from "../helpers/in-process.js";
import { newLogin, personalWorkspace } from "../helpers/platform.js";
import { pino } from "pino";

t.test("newRunId", async (t) => {
  const id = newRunId(new Date(Date.UTC(2026, 11, 6, 9, 5, 7)));
  t.match(id, /^20261206_090507_[a-z0-9]{6}$/);
  t.not(newRunId(new Date()), newRunId(new Date()), "random tails differ");
});

t.test("logs and metrics: exactly once from numbered batches", async (t) => {
  const cp = await startInProcess(t, TEST_CP_ENV);
  const ann = await newLogin(cp, "ann");
  const ws = await personalWorkspace(ann);
  const db = cp.db;
  const run = await createRun(db, { workspaceId: ws, projectId: null, userId: ann.userId, name: "r1", taskId: "task-1", config: { lr: 0.1 } });
  t.match(run, { status: "running", task_id: "task-1", config: { lr: 0.1 }, next_log_line: 0 });
  t.match(run.run_id, /^\d{8}_\d{6}_[a-z0-9]{6}$/);

  const live = new LiveFeed(cp.dbUrl, pino({ level: "silent" }));
  live.start();
  t.teardown(() => live.stop());
  const seen: string[] = [];
  live.subscribe(`run:${run.run_id}:logs`, (topic) => seen.push(topic));
  await new Promise((r) => setTimeout(r, 300)); // LISTEN is up

  const line = (i: number) => ({ stream: (i % 2 ? "stderr" : "stdout") as "stdout" | "stderr", text: `line ${i}`, atMs: 1_700_000_000_000 + i });
  t.equal(await appendRunLogs(db, run.run_id, 0, [0, 1, 2].map(line), 0), 3);
  t.equal(await appendRunLogs(db, run.run_id, 0, [0, 1, 2].map(line), 0), 3, "a repeat stores nothing");
  t.equal(await appendRunLogs(db, run.run_id, 5, [5].map(line), 0), 3, "a gap stores nothing");
  t.equal(await appendRunLogs(db, run.run_id, 2, [2, 3, 4].map(line), 7), 5, "an overlap stores the new tail");
  t.equal(await appendRunLogs(db, run.run_id, 5, [{ stream: "stdout", text: "nul\u0000byte", atMs: NaN }], 7), 6);
  const lines = await sql<{ line_no: number; stream: string; text: string }>(
    cp.dbUrl,
    `select line_no::int, stream, text from run_log_lines where run_id = '${run.run_id}' order by line_no`,
  );
  t.same(
    lines.map((l) => l.text),
    ["line 0", "line 1", "line 2", "line 3", "line 4", "nulbyte"],
  );
  t.equal(lines[1]!.stream, "stderr");
  t.equal((await findRun(db, run.run_id))!.log_dropped_lines, 7);
  await t.rejects(appendRunLogs(db, run.run_id, -1, [], 0), /firstLine/);
  await t.rejects(appendRunLogs(db, "20260101_000000_nosuch", 0, [line(0)], 0), /not found/);
  for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  t.ok(seen.length >= 1, "subscribers hear of new lines");

  const m = (text: string) => ({ text, atMs: Date.now() });
  t.equal(
    await appendRunMetrics(
      db,
      run.run_id,
      0,
      [
        m('{"step": 1, "loss": 0.9, "acc": 0.1}'),
        m("not json"),
        m('{"loss": 0.5, "acc": 0.3}'),
        m("[1,2]"),
        m('{"global_step": 10, "loss": 0.7, "acc": 0.5, "tag": "x"}'),
      ],
      0,
    ),
    5,
  );
  t.equal(await appendRunMetrics(db, run.run_id, 3, [m("[1,2]"), m('{"global_step": 10}'), m('{"step": 11, "loss": 0.2, "lr": 1e-3}')], 2), 6);
  const r = (await findRun(db, run.run_id))!;
  t.match(r, {
    metric_invalid_lines: 2,
    metric_dropped_lines: 2,
    next_metric_line: 6,
    last_step: 11,
    best_metric_name: "loss",
    best_metric_mode: "min",
    best_metric_value: 0.2,
    best_metric_step: 11,
  });
  t.same(r.metric_names, ["loss", "acc", "lr"]);
  const rows = await sql<{ line_no: number; step: number; values: unknown }>(
    cp.dbUrl,
    `select line_no::int, step::int, "values" from run_metric_rows where run_id = '${run.run_id}' order by line_no`,
  );
  t.same(
    rows.map((x) => [x.line_no, x.step]),
    [
      [0, 1],
      [2, 2],
      [4, 10],
      [5, 11],
    ],
    "invalid lines take their numbers; absent steps follow the previous",
  );

  // A run configured to maximise accuracy.
  const r2 = await createRun(db, { workspaceId: ws, projectId: null, userId: ann.userId, name: "r2", bestMetric: { name: "acc", mode: "max" } });
  await appendRunMetrics(db, r2.run_id, 0, [m('{"loss": 1, "acc": 0.5}'), m('{"loss": 0.1, "acc": 0.4}')], 0);
  t.match(await findRun(db, r2.run_id), { best_metric_name: "acc", best_metric_value: 0.5, best_metric_step: 0 });

  await finishRun(db, run.run_id, "finished", new Date());
  await finishRun(db, run.run_id, "failed", new Date());
  t.equal((await findRun(db, run.run_id))!.status, "finished", "the first final status stays");
  await t.rejects(finishRun(db, "20260101_000000_nosuch", "failed", new Date()), /not found/);

  const token = await issueRunToken(db, run.run_id);
  t.match(token, /^rgr_[A-Za-z0-9_-]{43}$/);
  const [tok] = await sql<{ n: number }>(cp.dbUrl, `select count(*)::int as n from run_tokens where run_id = '${run.run_id}'`);
  t.equal(tok!.n, 1, "stored hashed");
  await t.rejects(addLineage(db, { runId: run.run_id, versionId: "00000000-0000-0000-0000-000000000000", role: "input" }), "lineage needs a real version");
});

t.test("a 1,000-line metric batch is one statement and fast enough", async (t) => {
  const cp = await startInProcess(t, TEST_CP_ENV);
  const ann = await newLogin(cp, "ann");
  const ws = await personalWorkspace(ann);
  const run = await createRun(cp.db, { workspaceId: ws, projectId: null, userId: ann.userId, name: "big" });
  const started = Date.now();
  let next = 0;
  for (let b = 0; b < 20; b++) {
    const lines = Array.from({ length: 1000 }, (_, i) => ({
      text: JSON.stringify({ step: next + i, loss: 1 / (next + i + 1), acc: (next + i) / 20000 }),
      atMs: Date.now(),
    }));
    next = await appendRunMetrics(cp.db, run.run_id, next, lines, 0);
  }
  t.equal(next, 20_000);
  t.match(await findRun(cp.db, run.run_id), { last_step: 19_999, best_metric_name: "loss" });
  t.ok(Date.now() - started < 30_000, `20,000 rows in ${Date.now() - started} ms`);
});
