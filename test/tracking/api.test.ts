// The tracking API (/api, Runicorn's routes): a run's life from a laptop, metrics_step, logs (by
// line and live over a WebSocket), v2 queries with LTTB, the recycle bin, configuration, run
// tokens, isolation between workspaces, viewers, bad input of every kind, rate limits.
import t from "tap";
import { WebSocket } from "ws";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { apiCall } from "../helpers/http.js";
import { type InProcess, startInProcess } from "../helpers/in-process.js";
import { type Login, newLogin, personalWorkspace } from "../helpers/platform.js";
import { issueRunToken } from "../../packages/control-plane/src/services/tracking/runs.js";

const FAST = {
  ...TEST_CP_ENV,
  TRACKING_RATE_PER_MIN: "100000",
  TRACKING_V2_RATE_PER_MIN: "100000",
  TRACKING_BATCH_RATE_PER_MIN: "100000",
  TRACKING_INGEST_RATE_PER_MIN: "100000",
};

const api = (cp: InProcess, token: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  apiCall(cp.url, method, `/api${path}`, { body, token, headers });
const list0 = (r: { body: Record<string, unknown>[] }) => r.body[0]!;
const as = (cp: InProcess, who: Login) => (method: string, path: string, body?: unknown) => api(cp, who.access, method, path, body);

/** Rows of a table that changed nothing: counts of every tracking table. */
async function counts(cp: InProcess) {
  const [r] = await sql<Record<string, number>>(
    cp.dbUrl,
    `select (select count(*)::int from runs) as runs, (select count(*)::int from run_log_lines) as logs,
            (select count(*)::int from run_metric_rows) as metrics, (select count(*)::int from runs where deleted_at is not null) as deleted,
            (select count(*)::int from runs where status <> 'running') as ended, (select count(*)::int from projects) as projects,
            (select count(*)::int from workspace_preferences) as prefs`,
  );
  return r!;
}

/** Messages of a WebSocket until it closes (or `until` says enough). */
function collect(
  url: string,
  opts: { first?: unknown; until?: (msgs: string[]) => boolean } = {},
): Promise<{ msgs: string[]; code: number; reason: string; ws: WebSocket }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const msgs: string[] = [];
    ws.on("open", () => {
      if (opts.first !== undefined) ws.send(JSON.stringify(opts.first));
    });
    ws.on("message", (d) => {
      msgs.push(String(d));
      if (opts.until?.(msgs)) resolve({ msgs, code: 0, reason: "", ws });
    });
    ws.on("close", (code, reason) => resolve({ msgs, code, reason: String(reason), ws }));
    ws.on("error", reject);
  });
}

t.test("a run from a laptop: create, metrics, logs, finish, read back", async (t) => {
  const cp = await startInProcess(t, FAST);
  const ann = await newLogin(cp, "ann");
  const call = as(cp, ann);
  const ws = await personalWorkspace(ann);

  t.match((await api(cp, null, "GET", "/health")).body, { status: "ok" }, "health is open");

  const made = await call("POST", "/runs", { project: "vision", name: "resnet", config: { lr: 0.01, layers: 50 } });
  t.equal(made.status, 200, JSON.stringify(made.body));
  t.match(made.body, {
    ok: true,
    message: "run created",
    data: { project: "vision", name: "resnet", status: "running", workspace_id: ws, config: { lr: 0.01 } },
  });
  const id: string = made.body.data.id;
  t.match(id, /^\d{8}_\d{6}_[a-z0-9]{6}$/);
  t.ok(Math.abs(made.body.data.created_time - Date.now() / 1000) < 60, "Unix seconds");
  const again = await call("POST", "/runs", { project: "VISION" });
  t.equal(again.body.data.project, "vision", "the project is found by name, any case");
  t.equal((await counts(cp)).projects, 1, "made once");
  const plain = await call("POST", "/runs", {});
  t.match(plain.body.data, { project: "default", project_id: null, name: "" });

  const m1 = await call("POST", `/runs/${id}/metrics`, {
    rows: [
      { step: 1, loss: 0.9, acc: 0.1 },
      { step: 2, loss: 0.5 },
    ],
  });
  t.match(m1.body, { ok: true, data: { first_line: 0, next_line: 2, accepted: 2 } });
  const m2 = await call("POST", `/runs/${id}/metrics`, {
    rows: [
      { step: 2, acc: 0.4 },
      { loss: 0.3, acc: 0.6 },
      { global_step: 10, val_loss: null, loss: 0.35 },
    ],
  });
  t.match(m2.body.data, { first_line: 2, next_line: 5 });
  const step = await call("GET", `/runs/${id}/metrics_step`);
  t.same(step.body, {
    metrics: ["loss", "acc"],
    rows: [
      { global_step: 1, loss: 0.9, acc: 0.1 },
      { global_step: 2, loss: 0.5, acc: 0.4 },
      { global_step: 3, loss: 0.3, acc: 0.6 },
      { global_step: 10, loss: 0.35 },
    ],
  });

  t.match((await call("POST", `/runs/${id}/logs`, { lines: ["epoch 1", "epoch 2"] })).body.data, { first_line: 0, next_line: 2 });
  t.match((await call("POST", `/runs/${id}/logs`, { lines: ["oops"], stream: "stderr" })).body.data, { first_line: 2, next_line: 3 });
  const logs = await call("GET", `/runs/${id}/logs?offset=1&limit=5`);
  t.match(logs.body, {
    total: 3,
    offset: 1,
    lines: [
      { line: 1, text: "epoch 2", stream: "stdout" },
      { line: 2, text: "oops", stream: "stderr" },
    ],
  });

  const one = await call("GET", `/runs/${id}`);
  t.notOk("config" in list0(await call("GET", "/runs")), "lists leave the config out");
  t.match(one.body, {
    config: { lr: 0.01 },
    id,
    status: "running",
    best_metric: { name: "loss", value: 0.3, mode: "min", step: 3 },
    last_step: 10,
    log_lines: 3,
    metric_lines: 5,
  });
  const list = await call("GET", "/runs");
  t.ok(Array.isArray(list.body), "GET /api/runs is a JSON array");
  t.equal(list.body.length, 3);
  t.same((await call("GET", "/runs?project=vision")).body.map((r: { id: string }) => r.id).sort(), [id, again.body.data.id].sort());
  t.equal((await call("GET", "/runs?status=finished")).body.length, 0);

  const fin = await call("POST", `/runs/${id}/finish`, { status: "finished" });
  t.match(fin.body, { ok: true, data: { status: "finished" } });
  t.ok(fin.body.data.finished_time >= fin.body.data.created_time);
  const before = await counts(cp);
  t.equal((await call("POST", `/runs/${id}/finish`, { status: "failed" })).status, 409, "finished once");
  t.equal((await call("POST", `/runs/${id}/metrics`, { rows: [{ loss: 1 }] })).status, 409, "a finished run takes no metrics");
  t.equal((await call("POST", `/runs/${id}/logs`, { lines: ["late"] })).status, 409);
  t.same(await counts(cp), before, "nothing changed");
  t.equal((await call("GET", "/runs?status=finished")).body.length, 1);

  // Audited: run creation and finish, not the ingestion batches.
  const audit = await sql<{ action: string }>(cp.dbUrl, "select action from audit_log where action like '% /api/runs%' order by audit_id");
  t.same(
    audit.map((a) => a.action),
    ["POST /api/runs", "POST /api/runs", "POST /api/runs", "POST /api/runs/:id/finish"],
  );
});

t.test("v2: paging, sorting, filtering; fast metrics with LTTB", async (t) => {
  const cp = await startInProcess(t, FAST);
  const ann = await newLogin(cp, "ann");
  const call = as(cp, ann);
  const ids: string[] = [];
  for (let i = 0; i < 7; i++) ids.push((await call("POST", "/runs", { project: i % 2 ? "odd" : "even", name: `run-${i}` })).body.data.id);
  await call("POST", `/runs/${ids[0]}/finish`, { status: "failed" });
  const p1 = await call("GET", "/v2/experiments?page=1&per_page=3&sort=name&order=asc");
  t.match(p1.body, { total: 7, page: 1, per_page: 3, total_pages: 3 });
  t.same(
    p1.body.experiments.map((e: { name: string }) => e.name),
    ["run-0", "run-1", "run-2"],
  );
  const p3 = await call("GET", "/v2/experiments?page=3&per_page=3&sort=name&order=asc");
  t.same(
    p3.body.experiments.map((e: { name: string }) => e.name),
    ["run-6"],
  );
  t.equal((await call("GET", "/v2/experiments?project=odd")).body.total, 3);
  t.equal((await call("GET", "/v2/experiments?status=failed")).body.total, 1);
  for (const bad of ["?page=0", "?per_page=100000", "?sort=password", "?order=sideways", "?status=gone", "?page=abc", "?page=1&page=2"]) {
    const r = await call("GET", `/v2/experiments${bad}`);
    t.equal(r.status, 400, `${bad}: ${JSON.stringify(r.body)}`);
    t.type(r.body.detail, "string");
  }

  // 5,000 points with a spike: downsampled to 100, the spike, first and last kept.
  const id = ids[1]!;
  const rows = Array.from({ length: 5000 }, (_, i) => ({ step: i, loss: i === 3333 ? 100 : 1 / (i + 1), acc: i / 5000 }));
  await call("POST", `/runs/${id}/metrics`, { rows: rows.slice(0, 2500) });
  await call("POST", `/runs/${id}/metrics`, { rows: rows.slice(2500) });
  const fast = await call("GET", `/v2/experiments/${id}/metrics/fast?downsample=100`);
  t.equal(fast.status, 200);
  t.same(Object.keys(fast.body.metrics).sort(), ["acc", "loss"]);
  const loss: [number, number][] = fast.body.metrics.loss;
  t.ok(loss.length <= 100 && loss.length > 50, `${loss.length} points`);
  t.same(loss[0], [0, 1]);
  t.same(loss[loss.length - 1], [4999, 1 / 5000]);
  t.ok(
    loss.some(([s, v]) => s === 3333 && v === 100),
    "the maximum",
  );
  t.same(fast.body.total_points, { loss: 5000, acc: 5000 });
  const onlyAcc = await call("GET", `/v2/experiments/${id}/metrics/fast?downsample=10&metrics=acc`);
  t.same(Object.keys(onlyAcc.body.metrics), ["acc"]);
  t.equal(onlyAcc.body.metrics.acc.length, 10);
  t.equal((await call("GET", `/v2/experiments/${id}/metrics/fast?downsample=2`)).status, 400);
  t.equal((await call("GET", `/v2/experiments/${id}/metrics/fast?downsample=99999999999`)).status, 400);
});

t.test("recycle bin: soft delete, restore, delete for good", async (t) => {
  const cp = await startInProcess(t, FAST);
  const ann = await newLogin(cp, "ann");
  const call = as(cp, ann);
  const a = (await call("POST", "/runs", { name: "a" })).body.data.id;
  const b = (await call("POST", "/runs", { name: "b" })).body.data.id;
  await call("POST", `/runs/${a}/logs`, { lines: ["x"] });
  const del = await call("POST", "/runs/soft-delete", { run_ids: [a, b, "20250101_000000_nosuch", "garbage"] });
  t.match(del.body, { ok: true, data: { skipped: ["20250101_000000_nosuch", "garbage"] } });
  t.same(del.body.data.deleted.sort(), [a, b].sort());
  t.equal((await call("GET", "/runs")).body.length, 0, "gone from the list");
  t.equal((await call("GET", `/runs/${a}`)).status, 404, "and from reads");
  t.equal((await call("GET", `/runs/${a}/metrics_step`)).status, 404);
  const bin = await call("GET", "/recycle-bin");
  t.equal(bin.body.total, 2);
  t.ok(bin.body.deleted_runs.every((r: { deleted_time: number }) => r.deleted_time > 0));
  t.match((await call("POST", "/runs/restore", { run_ids: [a] })).body.data, { restored: [a] });
  t.equal((await call("GET", `/runs/${a}`)).status, 200, "restored");
  t.match((await call("POST", "/recycle-bin/empty", {})).body.data, { deleted: [b] });
  t.equal((await call("GET", "/recycle-bin")).body.total, 0);
  t.equal((await counts(cp)).runs, 1, "b is gone for good");
  t.equal((await call("POST", "/runs/restore", { run_ids: [b] })).body.data.restored.length, 0);
  // per run: only the ids named
  await call("POST", "/runs/soft-delete", { run_ids: [a] });
  t.match((await call("POST", "/recycle-bin/empty", { run_ids: ["20250101_000000_nosuch"] })).body.data, { deleted: [] });
  t.match((await call("POST", "/recycle-bin/empty", { run_ids: [a] })).body.data, { deleted: [a] });
  t.equal((await counts(cp)).logs, 0, "its lines went with it");
});

t.test("isolation, viewers, run tokens", async (t) => {
  const cp = await startInProcess(t, FAST);
  const ann = await newLogin(cp, "ann");
  const bob = await newLogin(cp, "bob");
  const vic = await newLogin(cp, "vic");
  const team = (await ann.call("POST", "/workspaces", { name: "team" })).body.data.id;
  await ann.call("POST", `/workspaces/${team}/members`, { username: "vic", role: "viewer" });
  const annRun = (await as(cp, ann)("POST", "/runs", { name: "secret" })).body.data.id;
  const teamRun = (await as(cp, ann)("POST", "/runs", { name: "shared", workspace_id: team })).body.data.id;
  await as(cp, ann)("POST", `/runs/${teamRun}/metrics`, { rows: [{ loss: 1 }] });

  const b = as(cp, bob);
  const before = await counts(cp);
  for (const [method, path, body] of [
    ["GET", `/runs/${annRun}`],
    ["GET", `/runs/${annRun}/metrics_step`],
    ["GET", `/runs/${annRun}/logs`],
    ["POST", `/runs/${annRun}/metrics`, { rows: [{ loss: 1 }] }],
    ["POST", `/runs/${annRun}/logs`, { lines: ["x"] }],
    ["POST", `/runs/${annRun}/finish`, { status: "failed" }],
    ["GET", `/v2/experiments/${annRun}/metrics/fast`],
    ["POST", "/runs", { workspace_id: team }],
    ["GET", `/runs?workspace_id=${team}`],
    ["GET", `/config?workspace_id=${team}`],
  ] as [string, string, unknown?][]) {
    const r = await b(method, path, body);
    t.equal(r.status, 404, `bob: ${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
  }
  t.same((await b("POST", "/runs/soft-delete", { run_ids: [annRun] })).body.data.deleted, [], "not bob's to delete");
  t.equal((await b("GET", "/runs")).body.length, 0, "bob sees none of ann's runs");
  t.equal((await b("GET", "/v2/experiments")).body.total, 0);
  t.same(await counts(cp), before, "nothing changed");

  const v = as(cp, vic);
  t.equal((await v("GET", `/runs/${teamRun}`)).status, 200, "a viewer reads");
  t.equal((await v("GET", `/runs/${annRun}`)).status, 404, "not ann's personal runs");
  t.equal((await v("POST", `/runs/${teamRun}/metrics`, { rows: [{ loss: 1 }] })).status, 403, "a viewer cannot write");
  t.equal((await v("POST", `/runs/${teamRun}/finish`, {})).status, 403);
  t.equal((await v("POST", "/runs", { workspace_id: team })).status, 403);
  t.same((await v("POST", "/runs/soft-delete", { run_ids: [teamRun] })).body.data.deleted, []);
  t.equal((await v("POST", "/config/user_root_dir", { path: "/data", workspace_id: team })).status, 403);
  t.same(await counts(cp), before, "nothing changed");

  // A run token reaches its own run only.
  const token = await issueRunToken(cp.db, teamRun);
  const tk = (method: string, path: string, body?: unknown) => api(cp, token, method, path, body);
  t.equal((await tk("GET", `/runs/${teamRun}`)).status, 200);
  t.equal((await tk("POST", `/runs/${teamRun}/metrics`, { rows: [{ loss: 0.5 }] })).status, 200);
  t.equal((await tk("POST", `/runs/${teamRun}/logs`, { lines: ["from the task"] })).status, 200);
  t.same(
    (await tk("GET", "/runs")).body.map((r: { id: string }) => r.id),
    [teamRun],
  );
  t.equal((await tk("GET", `/runs/${annRun}`)).status, 404, "another run of the same user");
  t.equal((await tk("POST", `/runs/${annRun}/metrics`, { rows: [{ loss: 0.5 }] })).status, 404);
  t.equal((await tk("POST", "/runs", {})).status, 403, "no new runs");
  t.equal((await tk("POST", "/runs/soft-delete", { run_ids: [teamRun] })).status, 403);
  t.equal((await tk("GET", "/artifacts")).status, 403);
  t.equal((await tk("GET", "/config")).status, 403);
  t.equal((await api(cp, "rgr_" + "x".repeat(43), "GET", `/runs/${teamRun}`)).status, 401, "an unknown run token");
  t.equal((await api(cp, token, "GET", "/../api/v1/auth/me")).status, 401, "a run token is no platform token");
  t.equal((await api(cp, token, "GET", "/v1/auth/me")).status, 401);
  t.equal((await tk("POST", `/runs/${teamRun}/finish`, { status: "finished" })).status, 200, "the task may end its run");
  const [line] = await sql<{ actor: string; workspace_id: string }>(
    cp.dbUrl,
    "select actor, workspace_id from audit_log where action = 'POST /api/runs/:id/finish'",
  );
  t.same(line, { actor: `run:${teamRun}`, workspace_id: team }, "audited as the run");

  // No token, a bad one.
  t.equal((await api(cp, null, "GET", "/runs")).status, 401);
  t.equal((await api(cp, "nonsense", "GET", "/runs")).status, 401);
  t.match((await api(cp, null, "GET", "/runs")).body, { detail: /token/ });
  t.equal((await api(cp, null, "GET", "/nothing-here")).status, 401, "unknown paths need a token too");
  t.equal((await as(cp, ann)("GET", "/nothing-here")).status, 404);
  t.match((await as(cp, ann)("GET", "/nothing-here")).body, { detail: /no route/ });
  t.equal((await as(cp, ann)("DELETE", "/runs")).status, 405);
  // The platform API is unchanged underneath.
  const me = await ann.call("GET", "/auth/me");
  t.match(me.body, { success: true });
  t.notOk(me.headers.get("x-ratelimit-limit"), "/api/v1 has no tracking budget headers");
});

t.test("bad input changes nothing", async (t) => {
  const cp = await startInProcess(t, FAST);
  const ann = await newLogin(cp, "ann");
  const call = as(cp, ann);
  const id = (await call("POST", "/runs", { name: "r" })).body.data.id;
  await call("POST", `/runs/${id}/metrics`, { rows: [{ step: 1, loss: 1 }] });
  const before = await counts(cp);
  const raw = (method: string, path: string, body: string) => api(cp, ann.access, method, path, body, { "content-type": "application/json" });
  const cases: [string, string, unknown, number][] = [
    ["POST", "/runs", "{not json", 400],
    ["POST", "/runs", "[1,2]", 400],
    ["POST", "/runs", { name: 5 }, 400],
    ["POST", "/runs", { name: "x".repeat(300) }, 400],
    ["POST", "/runs", { name: "nul\u0000" }, 400],
    ["POST", "/runs", { project: "" }, 400],
    ["POST", "/runs", { project: ["a"] }, 400],
    ["POST", "/runs", { config: [1] }, 400],
    ["POST", "/runs", { config: "lr=1" }, 400],
    ["POST", "/runs", { config: { big: "x".repeat(70_000) } }, 400],
    ["POST", "/runs", { workspace_id: "not-a-uuid" }, 404],
    ["POST", "/runs", { workspace_id: "00000000-0000-0000-0000-000000000000" }, 404],
    ["POST", "/runs", { best_metric: { name: "acc", mode: "sideways" } }, 400],
    ["POST", `/runs/${id}/metrics`, {}, 400],
    ["POST", `/runs/${id}/metrics`, { rows: [] }, 400],
    ["POST", `/runs/${id}/metrics`, { rows: "loss=1" }, 400],
    ["POST", `/runs/${id}/metrics`, { rows: [1, 2] }, 400],
    ["POST", `/runs/${id}/metrics`, { rows: [{ loss: "high" }] }, 400],
    ["POST", `/runs/${id}/metrics`, { rows: [{ loss: true }] }, 400],
    ["POST", `/runs/${id}/metrics`, { rows: [{ step: -1, loss: 1 }] }, 400],
    ["POST", `/runs/${id}/metrics`, { rows: [{ step: 1.5, loss: 1 }] }, 400],
    ["POST", `/runs/${id}/metrics`, { rows: [{ step: 1e300, loss: 1 }] }, 400],
    ["POST", `/runs/${id}/metrics`, '{"rows": [{"loss": 1e999}]}', 400],
    ["POST", `/runs/${id}/metrics`, { rows: [{ loss: 1 }, { ["x".repeat(200)]: 1 }] }, 400],
    ["POST", `/runs/${id}/metrics`, { rows: Array.from({ length: 10_001 }, () => ({ l: 1 })) }, 400],
    ["POST", `/runs/${id}/metrics`, { rows: [{ "nul\u0000": 1 }] }, 400],
    ["POST", `/runs/${id}/logs`, { lines: [] }, 400],
    ["POST", `/runs/${id}/logs`, { lines: [1] }, 400],
    ["POST", `/runs/${id}/logs`, { lines: "text" }, 400],
    ["POST", `/runs/${id}/logs`, { lines: ["ok", "nul\u0000"] }, 400],
    ["POST", `/runs/${id}/logs`, { lines: ["x".repeat(20_000)] }, 400],
    ["POST", `/runs/${id}/logs`, { lines: ["x"], stream: "stdin" }, 400],
    ["POST", `/runs/${id}/finish`, { status: "done" }, 400],
    ["POST", `/runs/${id}/finish`, "{", 400],
    ["POST", "/runs/20250101_000000_nosuch/metrics", { rows: [{ loss: 1 }] }, 404],
    ["POST", "/runs/garbage/metrics", { rows: [{ loss: 1 }] }, 404],
    ["POST", "/runs/%00/logs", { lines: ["x"] }, 400],
    ["POST", `/runs/${id}%00/finish`, {}, 400],
    ["GET", "/runs/..%2F..%2Fetc%2Fpasswd", undefined, 404],
    ["GET", `/runs/${id}/logs?offset=-1`, undefined, 400],
    ["GET", `/runs/${id}/logs?limit=0`, undefined, 400],
    ["GET", `/runs/${id}/logs?limit=99999999999999`, undefined, 400],
    ["GET", "/runs?status=weird", undefined, 400],
    ["GET", `/runs?project=${"p".repeat(300)}`, undefined, 400],
    ["POST", "/runs/soft-delete", {}, 400],
    ["POST", "/runs/soft-delete", { run_ids: "all" }, 400],
    ["POST", "/runs/soft-delete", { run_ids: [] }, 400],
    ["POST", "/runs/soft-delete", { run_ids: [1] }, 400],
    ["POST", "/runs/restore", { run_ids: Array.from({ length: 1001 }, (_, i) => `x${i}`) }, 400],
    ["POST", "/recycle-bin/empty", { run_ids: "all" }, 400],
    ["POST", "/config/user_root_dir", {}, 400],
    ["POST", "/config/user_root_dir", { path: 5 }, 400],
    ["POST", "/config/user_root_dir", { path: "relative/dir" }, 400],
    ["POST", "/config/user_root_dir", { path: "/data/\nx" }, 400],
    ["POST", "/config/user_root_dir", { path: `/${"d".repeat(2000)}` }, 400],
    ["POST", "/config/user_root_dir?workspace_id=nope", { path: "/data" }, 404],
    ["GET", "/artifacts?type=weights", undefined, 400],
    ["GET", "/artifacts/x/v0abc", undefined, 404],
    ["GET", "/artifacts/nosuch/v1/lineage?depth=11", undefined, 400],
    ["GET", "/artifacts/nosuch/v1/lineage", undefined, 404],
  ];
  for (const [method, path, body, status] of cases) {
    const r = typeof body === "string" ? await raw(method, path, body) : await call(method, path, body);
    t.equal(
      r.status,
      status,
      `${method} ${path} ${typeof body === "string" ? body : JSON.stringify(body)?.slice(0, 80)} → ${JSON.stringify(r.body).slice(0, 200)}`,
    );
    if (r.status >= 400) t.type(r.body.detail, "string", "an error has its detail");
  }
  t.same(await counts(cp), before, "nothing changed");
  t.match((await call("GET", `/runs/${id}/metrics_step`)).body.rows, [{ global_step: 1, loss: 1 }]);
});

t.test("configuration: the storage root per workspace", async (t) => {
  const cp = await startInProcess(t, FAST);
  const ann = await newLogin(cp, "ann");
  const call = as(cp, ann);
  const ws = await personalWorkspace(ann);
  t.match((await call("GET", "/config")).body, { workspace_id: ws, user_root_dir: null });
  t.match((await call("POST", "/config/user_root_dir", { path: "E:\\RunicornData" })).body, { ok: true, data: { user_root_dir: "E:\\RunicornData" } });
  t.match((await call("GET", `/config?workspace_id=${ws}`)).body, { user_root_dir: "E:\\RunicornData" });
  const team = (await ann.call("POST", "/workspaces", { name: "team" })).body.data.id;
  await call("POST", `/config/user_root_dir?workspace_id=${team}`, { path: "/data/team" });
  t.match((await call("GET", `/config?workspace_id=${team}`)).body, { user_root_dir: "/data/team" });
  t.match((await call("GET", "/config")).body, { user_root_dir: "E:\\RunicornData" }, "per workspace");
});

t.test("live logs over a WebSocket", async (t) => {
  const cp = await startInProcess(t, FAST);
  const ann = await newLogin(cp, "ann");
  const bob = await newLogin(cp, "bob");
  const call = as(cp, ann);
  const id = (await call("POST", "/runs", { name: "live" })).body.data.id;
  await call("POST", `/runs/${id}/logs`, { lines: ["one", "two"] });
  const wsUrl = `${cp.url.replace("http", "ws")}/api/runs/${id}/logs/ws`;

  // With ?token=: existing lines, then live ones, then closed when the run ends.
  const live = collect(`${wsUrl}?token=${ann.access}`);
  await new Promise((r) => setTimeout(r, 500));
  await call("POST", `/runs/${id}/logs`, { lines: ["three"] });
  await new Promise((r) => setTimeout(r, 300));
  await call("POST", `/runs/${id}/logs`, { lines: ["four", "five"] });
  await call("POST", `/runs/${id}/finish`, { status: "finished" });
  const got = await live;
  t.same(got.msgs, ["one", "two", "three", "four", "five"]);
  t.equal(got.code, 1000);
  t.equal(got.reason, "run finished");

  // The token as the first message; JSON lines from an offset.
  const first = await collect(`${wsUrl}?format=json&offset=3`, { first: { token: ann.access } });
  t.same(
    first.msgs.map((m) => JSON.parse(m).text),
    ["four", "five"],
  );
  t.match(JSON.parse(first.msgs[0]!), { line: 3, stream: "stdout" });

  const nobody = await collect(`${wsUrl}?token=bad`);
  t.equal(nobody.code, 4401, "a bad token");
  const other = await collect(`${wsUrl}?token=${bob.access}`);
  t.equal(other.code, 4404, "another's run: not found");
  const garbage = await collect(`${cp.url.replace("http", "ws")}/api/runs/garbage/logs/ws?token=${ann.access}`);
  t.equal(garbage.code, 4404);
  const badEscape = await collect(`${cp.url.replace("http", "ws")}/api/runs/%E0%A4%A/logs/ws?token=${ann.access}`);
  t.equal(badEscape.code, 4404, "a malformed escape is no run (and no crash)");
  t.equal((await call("GET", `/runs/${id}`)).status, 200, "still serving");
});

t.test("a slow log reader is dropped", async (t) => {
  const cp = await startInProcess(t, FAST);
  const ann = await newLogin(cp, "ann");
  const call = as(cp, ann);
  const id = (await call("POST", "/runs", { name: "loud" })).body.data.id;
  const line = "x".repeat(16_000);
  for (let i = 0; i < 20; i++) await call("POST", `/runs/${id}/logs`, { lines: Array.from({ length: 60 }, () => line) });
  // A client that never reads: the socket's buffers fill, the server drops it.
  const ws = new WebSocket(`${cp.url.replace("http", "ws")}/api/runs/${id}/logs/ws?token=${ann.access}`);
  await new Promise<void>((resolve) => ws.on("open", () => resolve()));
  (ws as unknown as { _socket: { pause(): void } })._socket.pause();
  await new Promise((r) => setTimeout(r, 3000));
  const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
  (ws as unknown as { _socket: { resume(): void } })._socket.resume();
  t.not(await closed, 1000, "dropped, not finished");
  // The server still answers everyone else.
  t.equal((await call("GET", `/runs/${id}`)).status, 200);
});

t.test("rate limits: headers on every answer, 429 beyond, separate budgets", async (t) => {
  const cp = await startInProcess(t, {
    ...TEST_CP_ENV,
    TRACKING_RATE_PER_MIN: "5",
    TRACKING_V2_RATE_PER_MIN: "3",
    TRACKING_BATCH_RATE_PER_MIN: "2",
    TRACKING_INGEST_RATE_PER_MIN: "4",
  });
  const ann = await newLogin(cp, "ann");
  const bob = await newLogin(cp, "bob");
  const call = as(cp, ann);
  const id = (await call("POST", "/runs", {})).body.data.id; // 1 of 5
  const r2 = await call("GET", "/runs");
  t.equal(r2.headers.get("x-ratelimit-limit"), "5");
  t.equal(r2.headers.get("x-ratelimit-remaining"), "3");
  const reset = Number(r2.headers.get("x-ratelimit-reset"));
  t.ok(reset >= 1 && reset <= 60, `reset in ${reset} s`);
  const err = await call("GET", "/runs/garbage");
  t.equal(err.status, 404);
  t.equal(err.headers.get("x-ratelimit-remaining"), "2", "errors count and carry the headers");
  await call("GET", "/runs");
  await call("GET", "/runs");
  const over = await call("GET", "/runs");
  t.equal(over.status, 429);
  t.match(over.body, { detail: /rate limit/ });
  t.equal(over.headers.get("x-ratelimit-remaining"), "0");
  t.ok(over.headers.get("retry-after"));
  t.equal((await as(cp, bob)("GET", "/runs")).status, 200, "per user");

  // Ingestion has its own budget: still open while the standard one is spent.
  for (let i = 0; i < 4; i++) {
    const m = await call("POST", `/runs/${id}/metrics`, { rows: [{ loss: i }] });
    t.equal(m.status, 200);
    t.equal(m.headers.get("x-ratelimit-limit"), "4");
  }
  t.equal((await call("POST", `/runs/${id}/logs`, { lines: ["x"] })).status, 429);

  const v2 = as(cp, bob);
  for (let i = 0; i < 3; i++) t.equal((await v2("GET", "/v2/experiments")).headers.get("x-ratelimit-limit"), "3");
  t.equal((await v2("GET", "/v2/experiments")).status, 429);
  t.equal((await v2("POST", "/runs/soft-delete", { run_ids: ["x"] })).headers.get("x-ratelimit-limit"), "2");
  await v2("POST", "/runs/restore", { run_ids: ["x"] });
  t.equal((await v2("POST", "/recycle-bin/empty", {})).status, 429, "batch deletes: 2 a minute");

  const anon = await api(cp, null, "GET", "/runs");
  t.equal(anon.status, 401);
  t.ok(anon.headers.get("x-ratelimit-limit"), "401s carry the headers too");
  t.ok((await api(cp, null, "GET", "/health")).headers.get("x-ratelimit-remaining"));
});

t.test("live log lines reach a stream on another replica", async (t) => {
  const a = await startInProcess(t, FAST);
  const b = await startInProcess(t, FAST, a.dbUrl);
  const ann = await newLogin(a, "ann");
  const id = (await as(a, ann)("POST", "/runs", { name: "two replicas" })).body.data.id;
  const started = Date.now();
  const live = collect(`${b.url.replace("http", "ws")}/api/runs/${id}/logs/ws?token=${ann.access}`, { until: (m) => m.length === 2 });
  await new Promise((r) => setTimeout(r, 500));
  await as(a, ann)("POST", `/runs/${id}/logs`, { lines: ["from", "replica a"] });
  const got = await live;
  got.ws.close();
  t.same(got.msgs, ["from", "replica a"]);
  t.ok(Date.now() - started < 4500, `by notification, before the 5 s poll (${Date.now() - started} ms)`);
});
