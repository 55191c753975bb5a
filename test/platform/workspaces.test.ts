// Workspaces, members, roles, projects, settings and the audit log through the platform API.
import t from "tap";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { startInProcess } from "../helpers/in-process.js";
import { newLogin, personalWorkspace, platformCall } from "../helpers/platform.js";

const ENV = TEST_CP_ENV;

t.test("a team: members and roles, an owner always kept, projects by role", async (t) => {
  const cp = await startInProcess(t, ENV);
  const ann = await newLogin(cp, "ann");
  const ben = await newLogin(cp, "ben");
  const cat = await newLogin(cp, "cat");

  const made = await ann.call("POST", "/workspaces", { name: "vision", description: "CV team" });
  t.equal(made.status, 201);
  t.match(made.body.data, { name: "vision", personal: false, role: "owner", quotas: { gpus: null, storage_bytes: null } });
  const ws = made.body.data.id;
  t.same(
    (await ann.call("GET", "/workspaces")).body.data.map((w: { name: string }) => w.name),
    ["ann", "vision"],
    "personal first",
  );

  t.equal((await ann.call("POST", `/workspaces/${ws}/members`, { username: "ben", role: "member" })).status, 201);
  t.equal((await ann.call("POST", `/workspaces/${ws}/members`, { username: "cat", role: "viewer" })).status, 201);
  t.equal((await ann.call("POST", `/workspaces/${ws}/members`, { username: "cat", role: "admin" })).status, 409, "already a member");
  const list = await ben.call("GET", `/workspaces/${ws}/members?page=1&limit=2`);
  t.equal(list.status, 200);
  t.same(list.body.meta, { total: 3, page: 1, limit: 2 });
  t.same(
    list.body.data.map((m: { username: string; role: string }) => [m.username, m.role]),
    [
      ["ann", "owner"],
      ["ben", "member"],
    ],
  );

  // A member works, a viewer reads.
  const p = await ben.call("POST", "/projects", { name: "detector", workspace_id: ws });
  t.equal(p.status, 201);
  t.equal((await cat.call("GET", `/projects/${p.body.data.id}`)).status, 200);
  t.equal((await cat.call("PUT", `/projects/${p.body.data.id}`, { name: "x" })).status, 403);
  t.equal((await ben.call("DELETE", `/projects/${p.body.data.id}`)).status, 403, "deleting needs admin");
  t.equal((await ben.call("POST", "/projects", { name: "Detector", workspace_id: ws })).status, 409, "names are unique per workspace, ignoring case");
  const upd = await ben.call("PUT", `/projects/${p.body.data.id}`, { status: "archived", description: "v2" });
  t.match(upd.body.data, { status: "archived", description: "v2", name: "detector" });
  const stats = await ann.call("GET", "/projects/stats");
  t.match(stats.body.data, { total: 1, by_status: { active: 0, archived: 1 } });
  t.match(
    stats.body.data.workspaces.find((w: { workspace_id: string }) => w.workspace_id === ws),
    { total: 1, by_status: { archived: 1 } },
  );
  t.same((await cat.call("POST", "/permissions/check", { permission: "projects:write", workspace_id: ws })).body.data, {
    allowed: false,
    permission: "projects:write",
    workspace_id: ws,
  });
  t.equal((await ben.call("POST", "/permissions/check", { permission: "projects:write", workspace_id: ws })).body.data.allowed, true);
  t.equal((await ben.call("POST", "/permissions/check", { permission: "no:such", workspace_id: ws })).body.data.allowed, false);

  // Roles: only an owner makes owners; the last owner stays.
  t.equal((await ann.call("PUT", `/workspaces/${ws}/members/${ben.userId}`, { role: "admin" })).status, 200);
  t.equal((await ben.call("PUT", `/workspaces/${ws}/members/${cat.userId}`, { role: "owner" })).status, 403, "an admin cannot make owners");
  t.equal((await ben.call("DELETE", `/workspaces/${ws}/members/${ann.userId}`)).status, 403, "an admin cannot remove an owner");
  t.equal((await ann.call("PUT", `/workspaces/${ws}/members/${ann.userId}`, { role: "member" })).status, 409, "the last owner cannot step down");
  t.equal((await ann.call("DELETE", `/workspaces/${ws}/members/${ann.userId}`)).status, 409, "nor leave");
  t.equal((await ann.call("PUT", `/workspaces/${ws}/members/${ben.userId}`, { role: "owner" })).status, 200);
  t.equal((await ann.call("DELETE", `/workspaces/${ws}/members/${ann.userId}`)).status, 200, "with another owner, one may leave");
  t.equal((await ann.call("GET", `/workspaces/${ws}`)).status, 404, "and then it is not theirs");
  t.equal((await cat.call("DELETE", `/workspaces/${ws}/members/${cat.userId}`)).status, 200, "a viewer may leave");

  // Quotas are the platform admins'; a personal workspace cannot be deleted; a team one can.
  t.equal((await ben.call("PATCH", `/workspaces/${ws}`, { gpu_quota: 8 })).status, 403);
  const ops = await newLogin(cp, "ops", { platform_admin: true });
  const quota = await ops.call("PATCH", `/workspaces/${ws}`, { gpu_quota: 8 });
  t.equal(quota.status, 200, "platform admins set any workspace's quotas, member or not");
  t.match(quota.body.data, { role: null, quotas: { gpus: 8 } });
  t.equal((await ops.call("PATCH", `/workspaces/${ws}`, { name: "mine now" })).status, 404, "but nothing else without a role there");
  t.equal((await ben.call("POST", `/workspaces/${ws}/members`, { username: "ops", role: "viewer" })).status, 201);
  t.equal((await ops.call("PATCH", `/workspaces/${ws}`, { name: "mine now" })).status, 403, "a viewer role does not rename it");
  t.match((await ops.call("PATCH", `/workspaces/${ws}`, { gpu_quota: 4 })).body.data, { role: "viewer", quotas: { gpus: 4 } });
  t.equal((await ben.call("DELETE", `/workspaces/${await personalWorkspace(ben)}`)).status, 409);
  t.equal((await ben.call("DELETE", `/workspaces/${ws}`)).status, 200);
  t.equal((await ben.call("GET", `/workspaces/${ws}`)).status, 404);
  t.equal((await ben.call("GET", `/projects/${p.body.data.id}`)).status, 404, "its projects went with it");
});

t.test("roles: built-in ones are made at start, init is idempotent, custom roles by platform admins", async (t) => {
  const cp = await startInProcess(t, ENV);
  const ops = await newLogin(cp, "ops", { platform_admin: true });
  const user = await newLogin(cp, "user1");
  const names = (await user.call("GET", "/permissions/roles")).body.data.map((r: { name: string }) => r.name);
  t.same(names, ["admin", "member", "owner", "viewer"]);
  const again = await ops.call("POST", "/permissions/roles/init");
  t.equal(again.status, 200);
  t.equal(again.body.data.length, 4, "init is idempotent");
  const owner = again.body.data.find((r: { name: string }) => r.name === "owner");
  t.equal((await ops.call("DELETE", `/permissions/roles/${owner.id}`)).status, 409, "built-in roles stay");
  t.equal((await ops.call("PUT", `/permissions/roles/${owner.id}`, { permissions: [] })).status, 409);

  const custom = await ops.call("POST", "/permissions/roles", {
    name: "reader-plus",
    permissions: ["projects:write", "workspace:read", "projects:read", "projects:read"],
  });
  t.equal(custom.status, 201);
  t.same(custom.body.data.permissions, ["workspace:read", "projects:read", "projects:write"], "known, unique, in order");
  const ws = await personalWorkspace(user);
  t.equal((await user.call("POST", `/workspaces/${ws}/members`, { username: "ops", role: "reader-plus" })).status, 201);
  t.equal((await ops.call("POST", "/projects", { name: "by-ops", workspace_id: ws })).status, 201, "a custom role's permission counts");
  t.equal((await ops.call("DELETE", `/permissions/roles/${custom.body.data.id}`)).status, 409, "in use");
  t.equal((await ops.call("PUT", `/permissions/roles/${custom.body.data.id}`, { permissions: ["workspace:read"] })).status, 200);
  t.equal((await ops.call("POST", "/projects", { name: "by-ops-2", workspace_id: ws })).status, 403, "the change applies at once");
});

t.test("settings: typed, versioned, admins only; registration follows them", async (t) => {
  const cp = await startInProcess(t, ENV);
  const ops = await newLogin(cp, "ops", { platform_admin: true });
  const s0 = await ops.call("GET", "/settings/system");
  t.match(s0.body.data, { version: 0, settings: { site_name: "remotegpu", registration: null } });
  t.equal(
    (await platformCall(cp, null, "POST", "/auth/register", { username: "newbie", password: "newbie-password", email: "n@example.com" })).status,
    403,
    "closed by default",
  );
  const s1 = await ops.call("PUT", "/settings/system", { registration: "open", announcement: "maintenance at 22:00", version: 0 });
  t.equal(s1.status, 200);
  t.match(s1.body.data, { version: 1, updated_by: "ops", settings: { registration: "open", announcement: "maintenance at 22:00", site_name: "remotegpu" } });
  t.equal((await ops.call("PUT", "/settings/system", { site_name: "x", version: 0 })).status, 409, "a stale version is refused");
  const reg = await platformCall(cp, null, "POST", "/auth/register", { username: "newbie", password: "newbie-password", email: "n@example.com" });
  t.equal(reg.status, 201);
  t.equal((await platformCall(cp, null, "POST", "/auth/login", { username: "newbie", password: "newbie-password" })).status, 200);
  t.equal((await platformCall(cp, null, "POST", "/auth/register", { username: "newbie", password: "other-password", email: "n@example.com" })).status, 409);
  t.equal(
    (await platformCall(cp, null, "POST", "/auth/register", { username: "short", password: "short", email: "s@example.com" })).status,
    422,
    "password rules",
  );
  const storage = await ops.call("GET", "/settings/storage");
  t.match(storage.body.data, { backend: "fs", location: /^file:\/\/.*blobs$/, price_per_gb_day: "0.00" });
  t.equal((await (await newLogin(cp, "plain")).call("GET", "/settings/storage")).body.data.location, null, "where the bytes are is for platform admins");
});

t.test("the audit log: mutations of /api/v1 and /admin, by whom, without secrets", async (t) => {
  const cp = await startInProcess(t, ENV);
  const ann = await newLogin(cp, "ann");
  const ws = (await ann.call("POST", "/workspaces", { name: "audited" })).body.data.id;
  await ann.call("POST", "/projects", { name: "p1", workspace_id: ws });
  await ann.call("POST", "/projects", { name: "p1", workspace_id: ws }); // 409: not audited
  await cp.api("POST", "/admin/users/ann/recharge", { amount: "10.00" });
  const log = await ann.call("GET", `/audit?workspace_id=${ws}`);
  t.equal(log.status, 200);
  t.same(
    log.body.data.map((e: { action: string; actor: string }) => [e.action, e.actor]),
    [
      ["POST /api/v1/projects", "user:ann"],
      ["POST /api/v1/workspaces", "user:ann"],
    ],
  );
  const ops = await cp.api("GET", "/admin/audit?page_size=100");
  const actions = ops.body.items.map((e: { action: string }) => e.action);
  t.ok(actions.includes("POST /admin/users/:username/recharge"), "operator actions too");
  t.ok(actions.includes("POST /api/v1/auth/login"), "logins");
  t.match(
    ops.body.items.find((e: { action: string }) => e.action.includes("recharge")),
    { actor: "operator", target: "username=ann", status: 200 },
  );
  const all = JSON.stringify(await sql(cp.dbUrl, "select * from audit_log"));
  t.notMatch(all, ann.password, "no password");
  t.notMatch(all, ann.access.slice(-20), "no token");
  t.notMatch(all, ann.refresh, "no refresh token");
});
