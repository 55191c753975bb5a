// Every route of the platform router, in one table: without a token → 401; with another
// workspace's ids → 404; a viewer → 403 for every mutation; a platform-admin route → 403 for
// others; bad input → 400/422 and nothing changed. A route without an entry fails the test.
import t from "tap";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { loadConfig } from "../../packages/control-plane/src/config.js";
import { platformRouters } from "../../packages/control-plane/src/http/platform/router.js";
import { sql } from "../helpers/database.js";
import { startInProcess } from "../helpers/in-process.js";
import { type Login, newLogin, personalWorkspace, platformCall } from "../helpers/platform.js";

const ENV = TEST_CP_ENV;

interface Ids {
  ws: string;
  project: string;
  userId: number;
  role: string;
  member: number;
}

type Access =
  | "open" // no token needed
  | "self" // any logged-in user, about themselves
  | "workspace-read" // a member reads
  | "workspace-write" // a viewer gets 403
  | "platform-admin"; // others get 403

interface Route {
  access: Access;
  path: (ids: Ids) => string;
  body?: unknown;
  /** Bodies that must be refused (status) and change nothing. */
  bad?: [unknown, 400 | 422][];
}

const ROUTES: Record<string, Route> = {
  "POST /auth/token": {
    access: "open",
    path: () => "/auth/token",
    bad: [
      [{}, 422],
      ['{"x"', 400],
    ],
  },
  "POST /auth/login": { access: "open", path: () => "/auth/login", bad: [[{ username: [] }, 422]] },
  "POST /auth/refresh": { access: "open", path: () => "/auth/refresh", bad: [[{ refresh_token: 7 }, 422]] },
  "POST /auth/register": { access: "open", path: () => "/auth/register" },
  "GET /auth/me": { access: "self", path: () => "/auth/me" },
  "POST /auth/logout": { access: "self", path: () => "/auth/logout", bad: [[{ everywhere: "yes" }, 422]] },
  "GET /users": { access: "platform-admin", path: () => "/users" },
  "POST /users": { access: "platform-admin", path: () => "/users", body: { username: "zed", password: "zed-password" }, bad: [[{ username: "x" }, 422]] },
  "GET /users/:id": { access: "platform-admin", path: (i) => `/users/${i.userId}` },
  "PUT /users/:id": { access: "platform-admin", path: (i) => `/users/${i.userId}`, body: { email: "x@example.com" }, bad: [[{ disabled: "maybe" }, 422]] },
  "PATCH /users/:id": { access: "platform-admin", path: (i) => `/users/${i.userId}`, body: { email: "x@example.com" }, bad: [[{ email: 5 }, 422]] },
  "DELETE /users/:id": { access: "platform-admin", path: (i) => `/users/${i.userId}` },
  "GET /workspaces": { access: "self", path: () => "/workspaces" },
  "POST /workspaces": {
    access: "self",
    path: () => "/workspaces",
    bad: [
      [{ name: "" }, 422],
      [{ name: "x".repeat(129) }, 422],
    ],
  },
  "GET /workspaces/:id": { access: "workspace-read", path: (i) => `/workspaces/${i.ws}` },
  "PUT /workspaces/:id": { access: "workspace-write", path: (i) => `/workspaces/${i.ws}`, body: { name: "renamed" }, bad: [[{ name: 3 }, 422]] },
  "PATCH /workspaces/:id": { access: "workspace-write", path: (i) => `/workspaces/${i.ws}`, body: { description: "d" }, bad: [[{ gpu_quota: -1 }, 422]] },
  "DELETE /workspaces/:id": { access: "workspace-write", path: (i) => `/workspaces/${i.ws}` },
  "GET /workspaces/:id/members": { access: "workspace-read", path: (i) => `/workspaces/${i.ws}/members` },
  "POST /workspaces/:id/members": {
    access: "workspace-write",
    path: (i) => `/workspaces/${i.ws}/members`,
    body: { username: "zed", role: "member" },
    bad: [
      [{ username: "nobody-here", role: "member" }, 422],
      [{ role: 1 }, 422],
    ],
  },
  "PUT /workspaces/:id/members/:user_id": {
    access: "workspace-write",
    path: (i) => `/workspaces/${i.ws}/members/${i.member}`,
    body: { role: "viewer" },
    bad: [[{ role: "emperor" }, 422]],
  },
  "PATCH /workspaces/:id/members/:user_id": { access: "workspace-write", path: (i) => `/workspaces/${i.ws}/members/${i.member}`, body: { role: "viewer" } },
  "DELETE /workspaces/:id/members/:user_id": { access: "workspace-write", path: (i) => `/workspaces/${i.ws}/members/${i.member}` },
  "GET /projects": { access: "self", path: () => "/projects" },
  "GET /projects/stats": { access: "self", path: () => "/projects/stats" },
  "POST /projects": {
    access: "workspace-write",
    path: () => "/projects",
    body: { name: "new", workspace_id: "WS" },
    bad: [
      [{ name: "" }, 422],
      [{ name: "ok", workspace_id: 9 }, 422],
    ],
  },
  "GET /projects/:id": { access: "workspace-read", path: (i) => `/projects/${i.project}` },
  "PUT /projects/:id": { access: "workspace-write", path: (i) => `/projects/${i.project}`, body: { name: "renamed" }, bad: [[{ status: "gone" }, 422]] },
  "DELETE /projects/:id": { access: "workspace-write", path: (i) => `/projects/${i.project}` },
  "GET /permissions/roles": { access: "self", path: () => "/permissions/roles" },
  "POST /permissions/roles": {
    access: "platform-admin",
    path: () => "/permissions/roles",
    body: { name: "auditor", permissions: ["audit:read"] },
    bad: [
      [{ name: "Bad Name", permissions: ["audit:read"] }, 422],
      [{ name: "ok-role", permissions: ["root:all"] }, 422],
    ],
  },
  "POST /permissions/roles/init": { access: "platform-admin", path: () => "/permissions/roles/init" },
  "GET /permissions/roles/:id": { access: "self", path: (i) => `/permissions/roles/${i.role}` },
  "PUT /permissions/roles/:id": {
    access: "platform-admin",
    path: (i) => `/permissions/roles/${i.role}`,
    body: { description: "x" },
    bad: [[{ permissions: "all" }, 422]],
  },
  "DELETE /permissions/roles/:id": { access: "platform-admin", path: (i) => `/permissions/roles/${i.role}` },
  "POST /permissions/check": { access: "self", path: () => "/permissions/check", body: { permission: "projects:read", workspace_id: "WS" }, bad: [[{}, 422]] },
  "GET /environments": { access: "self", path: () => "/environments" },
  "GET /environments/:gid": { access: "self", path: () => "/environments/gpu-not-yours" },
  "GET /billing/balance": { access: "self", path: () => "/billing/balance" },
  "GET /billing/records": { access: "self", path: () => "/billing/records" },
  "GET /settings/system": { access: "self", path: () => "/settings/system" },
  "PUT /settings/system": {
    access: "platform-admin",
    path: () => "/settings/system",
    body: { announcement: "hi" },
    bad: [
      [{ registration: "maybe" }, 422],
      [{ no_such_setting: 1 }, 422],
      [{ version: -1 }, 422],
    ],
  },
  "GET /settings/storage": { access: "self", path: () => "/settings/storage" },
  "GET /audit": { access: "workspace-write", path: (i) => `/audit?workspace_id=${i.ws}` },
  "GET /tokens": { access: "self", path: () => "/tokens" },
  "POST /tokens": {
    access: "self",
    path: () => "/tokens",
    body: { name: "ci" },
    bad: [
      [{ name: 5 }, 422],
      [{ name: "x".repeat(65) }, 422],
    ],
  },
  "DELETE /tokens/:token": { access: "self", path: () => "/tokens/0badc0de-****-****-****-************" },
  "GET /hosts": { access: "platform-admin", path: () => "/hosts", bad: [] },
  "POST /hosts/join-tokens": {
    access: "platform-admin",
    path: () => "/hosts/join-tokens",
    body: { room_name: "105" },
    bad: [[{ room_name: "bad room!" }, 422]],
  },
  "GET /hosts/:id": { access: "platform-admin", path: () => "/hosts/host-0000000000000000" },
  "POST /hosts/:id/cordon": { access: "platform-admin", path: () => "/hosts/host-0000000000000000/cordon" },
  "POST /hosts/:id/uncordon": { access: "platform-admin", path: () => "/hosts/host-0000000000000000/uncordon" },
  "POST /hosts/:id/revoke": { access: "platform-admin", path: () => "/hosts/host-0000000000000000/revoke" },
};

/** What the router serves (under /api/v1), as "METHOD /path". */
function servedRoutes(): string[] {
  const config = loadConfig({ DATABASE_URL: "postgres://unused/x", ADMIN_TOKEN: "x".repeat(20) });
  const none = null as never;
  const [v1] = platformRouters({ db: none, config, keys: none, cache: none, authLimiter: none, userLimiter: none, authFailures: none, apiLimiter: none });
  return v1!.stack.flatMap((layer) => layer.methods.filter((m) => m !== "HEAD").map((m) => `${m} ${String(layer.path).replace(/^\/api\/v1/, "")}`)).sort();
}

t.test("the table lists exactly the routes the router serves", async (t) => {
  t.same(Object.keys(ROUTES).sort(), servedRoutes());
});

/** Everything but the audit log and sessions (a refused request may not change any of it). */
async function snapshot(dbUrl: string): Promise<string> {
  const tables = ["users", "workspaces", "workspace_members", "roles", "projects", "settings", "jwt_keys"];
  const parts = await Promise.all(tables.map((tb) => sql(dbUrl, `select * from ${tb} order by 1`)));
  return JSON.stringify(parts);
}

t.test("401 without a token, 404 across workspaces, 403 for viewers and non-admins, bad input refused", async (t) => {
  const cp = await startInProcess(t, ENV);
  const admin = await newLogin(cp, "ops", { platform_admin: true });
  const owner = await newLogin(cp, "olivia");
  const viewer = await newLogin(cp, "victor");
  const outsider = await newLogin(cp, "oscar");
  await newLogin(cp, "zed");

  const team = (await owner.call("POST", "/workspaces", { name: "team" })).body.data.id;
  t.equal((await owner.call("POST", `/workspaces/${team}/members`, { username: "victor", role: "viewer" })).status, 201);
  const memberAdd = await owner.call("POST", `/workspaces/${team}/members`, { username: "zed", role: "member" });
  const project = (await owner.call("POST", "/projects", { name: "p", workspace_id: team })).body.data.id;
  const roleMade = await admin.call("POST", "/permissions/roles", { name: "custom", permissions: ["projects:read"] });
  const theirs: Ids = {
    ws: await personalWorkspace(outsider),
    project: (await outsider.call("POST", "/projects", { name: "secret" })).body.data.id,
    userId: outsider.userId,
    role: roleMade.body.data.id,
    member: outsider.userId,
  };
  const ours: Ids = { ws: team, project, userId: owner.userId, role: roleMade.body.data.id, member: memberAdd.body.data.user_id };
  const bodyFor = (r: Route, ids: Ids) => JSON.parse(JSON.stringify(r.body ?? {}).replaceAll('"WS"', JSON.stringify(ids.ws)));
  const before = await snapshot(cp.dbUrl);

  for (const [key, r] of Object.entries(ROUTES)) {
    const method = key.split(" ")[0]!;
    const call = (who: Login | null, ids: Ids, body?: unknown) =>
      platformCall(cp, who?.access ?? null, method, r.path(ids), method === "GET" ? undefined : (body ?? bodyFor(r, ids)));
    if (r.access !== "open") {
      const anon = await call(null, ours);
      t.equal(anon.status, 401, `${key}: no token → 401`);
      t.equal(anon.body.success, false, `${key}: error envelope`);
      const garbage = await platformCall(cp, "not-a-jwt", method, r.path(ours), method === "GET" ? undefined : {});
      t.equal(garbage.status, 401, `${key}: garbage token → 401`);
    }
    if (r.access === "workspace-read" || r.access === "workspace-write") {
      const other = await call(viewer, theirs);
      t.equal(other.status, 404, `${key}: another workspace's ids → 404`);
      t.equal(other.body.code, "NOT_FOUND", `${key}: NOT_FOUND`);
    }
    if (r.access === "workspace-write") {
      const denied = await call(viewer, ours);
      t.equal(denied.status, 403, `${key}: a viewer → 403`);
      t.equal(denied.body.code, "FORBIDDEN");
    }
    if (r.access === "platform-admin") {
      const denied = await call(owner, ours);
      t.equal(denied.status, 403, `${key}: not a platform admin → 403`);
    }
    for (const [bad, status] of r.bad ?? []) {
      const who = r.access === "platform-admin" ? admin : r.access === "open" ? null : owner;
      const res = await platformCall(cp, who?.access ?? null, method, r.path(ours), typeof bad === "string" ? bad : bodyFor({ ...r, body: bad }, ours));
      t.equal(res.status, status, `${key}: bad input ${JSON.stringify(bad).slice(0, 60)} → ${status}`);
      t.equal(res.body.success, false);
    }
  }
  t.equal(await snapshot(cp.dbUrl), before, "nothing refused changed the database");

  // Reading what one may read works (the refusals above are not all the router does).
  t.equal((await viewer.call("GET", `/workspaces/${team}`)).status, 200);
  t.equal((await viewer.call("GET", `/projects/${project}`)).status, 200);
  t.equal((await viewer.call("GET", `/audit?workspace_id=${team}`)).status, 403, "the audit log is for owners and admins");
  t.equal((await owner.call("GET", `/audit?workspace_id=${team}`)).status, 200);
});
