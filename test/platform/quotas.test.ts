// Per-user quotas (PUT /api/v1/users/{id}, PATCH /admin/users/{username}) and what enforces them
// now: GPUs held at once (buy, start with cards) and workspaces paid for. And Idempotency-Key
// on the platform's creating calls: a retry gets the first answer and creates nothing more.
import t from "tap";
import { PRODUCT, startApiWorld } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { login, newLogin } from "../helpers/platform.js";

t.test("user quotas: set, shown, validated; GPUs and workspaces enforced", async (t) => {
  const w = await startApiWorld(t, { gpus: 4 });
  const { cp } = w;
  const admin = await newLogin(cp, "root", { platform_admin: true });
  const cus = await w.newCustomer("quota", "1000.00");
  const pl = await login(cp, cus.username, cus.password);
  const user = await admin.call("GET", `/users/${pl.userId}`);
  t.same(user.body.data.quotas, { gpus: null, workspaces: null, storage_bytes: null }, "no limits by default");

  // ---- validation: every bad field at once, nothing changed
  const bad = await admin.call("PUT", `/users/${pl.userId}`, { gpu_quota: -1, workspace_quota: "2", storage_quota_bytes: 1.5 });
  t.equal(bad.status, 422);
  t.same(bad.body.fields.map((f: { field: string }) => f.field).sort(), ["gpu_quota", "storage_quota_bytes", "workspace_quota"]);
  t.equal((await admin.call("PUT", `/users/${pl.userId}`, { gpu_quota: 1e20 })).status, 422, "out of range");
  t.equal((await admin.call("PUT", `/users/${pl.userId}`, {})).status, 422, "nothing to change");
  t.equal((await pl.call("PUT", `/users/${pl.userId}`, { gpu_quota: 100 })).status, 403, "not for users themselves");
  t.equal((await admin.call("PUT", "/users/999999", { gpu_quota: 1 })).status, 404);
  t.same((await admin.call("GET", `/users/${pl.userId}`)).body.data.quotas, { gpus: null, workspaces: null, storage_bytes: null }, "unchanged");

  // ---- set through both surfaces
  const set = await admin.call("PUT", `/users/${pl.userId}`, { gpu_quota: 3, storage_quota_bytes: 10 ** 12 });
  t.equal(set.status, 200);
  t.same(set.body.data.quotas, { gpus: 3, workspaces: null, storage_bytes: 10 ** 12 });
  const op = await cp.api("PATCH", `/admin/users/${cus.username}`, { workspace_quota: 1 });
  t.equal(op.status, 200);
  t.same(op.body.quotas, { gpus: 3, workspaces: 1, storage_bytes: 10 ** 12 });
  t.equal((await cp.api("PATCH", `/admin/users/${cus.username}`, { workspace_quota: -3 })).status, 400, "the admin API's own 400");

  // ---- GPUs at once: 2 + 1 fit under 3, another 1 does not (and is not charged or placed)
  const buy = (gpuCount: number) =>
    w.call("/gpu/instances/buy", { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: gpuCount, pay_unit: 4, room_name: "105" }, cus.token);
  const a = await buy(2);
  t.equal(a.status, 200, JSON.stringify(a.body));
  const b = await buy(1);
  t.equal(b.status, 200);
  const balance = (await w.call("/account/info", {}, cus.token)).body.balance;
  const over = await buy(1);
  t.equal(over.status, 409);
  t.match(over.body, { code: "QUOTA_EXCEEDED", reason: "gpu_quota", needed: 1, available: 0 });
  t.match(over.body.message, /GPU quota is 3/);
  t.equal((await w.call("/account/info", {}, cus.token)).body.balance, balance, "nothing charged");
  const held = await sql<{ n: number }>(cp.dbUrl, "select count(*)::int as n from instances where user_id = $1", [pl.userId]);
  t.equal(held[0]!.n, 3 - 1, "the refused instance was not kept");

  // A card-less stopped instance holds no GPUs: starting it with cards is checked too.
  const gidB = b.body.success[0].gid;
  await w.setState(gidB, "Stopped");
  await sql(cp.dbUrl, "update instances set card_less = true where instance_id = $1", [gidB]);
  await sql(cp.dbUrl, "delete from instance_gpus where instance_id = $1", [gidB]);
  t.equal((await buy(1)).status, 200, "its GPU is free for another");
  const start = await w.call("/gpu/instances/start", { gid: gidB }, cus.token);
  const refused = start.body.fails?.[0] ?? start.body;
  t.match(refused, { code: "QUOTA_EXCEEDED", reason: "gpu_quota" }, JSON.stringify(start.body));
  t.equal((await sql(cp.dbUrl, "select 1 from instance_gpus where instance_id = $1", [gidB])).length, 0, "no GPU taken");
  await admin.call("PUT", `/users/${pl.userId}`, { gpu_quota: null });
  const started = await w.call("/gpu/instances/start", { gid: gidB }, cus.token);
  t.equal(started.status, 200);
  t.equal((await sql(cp.dbUrl, "select 1 from instance_gpus where instance_id = $1", [gidB])).length, 1, "no limit: started with its GPU");

  // ---- workspaces paid for: 1 besides the personal one
  const ws1 = await pl.call("POST", "/workspaces", { name: "one" });
  t.equal(ws1.status, 201);
  const ws2 = await pl.call("POST", "/workspaces", { name: "two" });
  t.equal(ws2.status, 409);
  t.match(ws2.body, { success: false, code: "QUOTA_EXCEEDED", reason: "workspace_quota" });
  t.equal((await pl.call("GET", "/workspaces")).body.data.length, 2, "personal + one");
  t.equal((await pl.call("DELETE", `/workspaces/${ws1.body.data.id}`)).status, 200);
  t.equal((await pl.call("POST", "/workspaces", { name: "two" })).status, 201, "room again after a delete");
});

t.test("Idempotency-Key on the platform's creating calls", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  const { cp } = w;
  const admin = await newLogin(cp, "root", { platform_admin: true });
  const ann = await newLogin(cp, "ann");
  const other = await newLogin(cp, "other");
  const key = { "idempotency-key": "5b0c8f1e-create-project" };
  const count = async (table: string) => (await sql<{ n: number }>(cp.dbUrl, `select count(*)::int as n from ${table}`))[0]!.n;
  const audits = async (action: string) => (await sql<{ n: number }>(cp.dbUrl, "select count(*)::int as n from audit_log where action = $1", [action]))[0]!.n;

  const first = await ann.call("POST", "/projects", { name: "p1", description: "d" }, key);
  t.equal(first.status, 201);
  const projects = await count("projects");
  const again = await ann.call("POST", "/projects", { name: "p1", description: "d" }, key);
  t.equal(again.status, 201);
  t.equal(again.headers.get("idempotent-replayed"), "true");
  t.same(again.body, first.body, "the first answer, word for word");
  t.equal(await count("projects"), projects, "nothing more created");
  t.equal(await audits("POST /api/v1/projects"), 1, "one audit line: the replay changed nothing");

  const changed = await ann.call("POST", "/projects", { name: "p2" }, key);
  t.equal(changed.status, 409);
  t.match(changed.body, { success: false, code: "IDEMPOTENCY_CONFLICT" });
  // Keys are the caller's own: another user's same key is a new request.
  const theirs = await other.call("POST", "/projects", { name: "p1", description: "d" }, key);
  t.equal(theirs.status, 201);
  t.not(theirs.body.data.id, first.body.data.id);
  t.equal((await ann.call("POST", "/projects", { name: "x" }, { "idempotency-key": "bad key with spaces" })).status, 422);

  // A refusal is replayed as refused, in the platform's shape, even once it would succeed.
  await cp.api("PATCH", "/admin/users/ann", { workspace_quota: 0 });
  const wkey = { "idempotency-key": "ws-1" };
  const no = await ann.call("POST", "/workspaces", { name: "team" }, wkey);
  t.match(no, { status: 409, body: { success: false, code: "QUOTA_EXCEEDED" } });
  await cp.api("PATCH", "/admin/users/ann", { workspace_quota: null });
  const noAgain = await ann.call("POST", "/workspaces", { name: "team" }, wkey);
  t.match(noAgain, { status: 409, body: { success: false, code: "QUOTA_EXCEEDED" } });
  t.equal(noAgain.headers.get("idempotent-replayed"), "true");

  // Workspaces, members, users and roles: one each for two calls with one key.
  const wsCount = await count("workspaces");
  const ws = await ann.call("POST", "/workspaces", { name: "team" }, { "idempotency-key": "ws-2" });
  t.equal((await ann.call("POST", "/workspaces", { name: "team" }, { "idempotency-key": "ws-2" })).body.data.id, ws.body.data.id);
  t.equal(await count("workspaces"), wsCount + 1);
  const mkey = { "idempotency-key": "member-1" };
  const m1 = await ann.call("POST", `/workspaces/${ws.body.data.id}/members`, { username: "other", role: "member" }, mkey);
  const m2 = await ann.call("POST", `/workspaces/${ws.body.data.id}/members`, { username: "other", role: "member" }, mkey);
  t.equal(m1.status, 201);
  t.equal(m2.status, 201, "not 409 'already a member': the first answer");
  const ukey = { "idempotency-key": "user-1" };
  const u1 = await admin.call("POST", "/users", { username: "newbie", password: "a-long-password-1" }, ukey);
  const u2 = await admin.call("POST", "/users", { username: "newbie", password: "a-long-password-1" }, ukey);
  t.equal(u1.status, 201);
  t.same(u2.body, u1.body);
  const rkey = { "idempotency-key": "role-1" };
  const r1 = await admin.call("POST", "/permissions/roles", { name: "auditor", permissions: ["audit:read"] }, rkey);
  const r2 = await admin.call("POST", "/permissions/roles", { name: "auditor", permissions: ["audit:read"] }, rkey);
  t.equal(r1.status, 201);
  t.same(r2.body, r1.body);
});
