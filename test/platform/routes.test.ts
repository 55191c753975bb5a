// Every route of the platform router, in one table: without a token → 401; with another
// workspace's ids → 404; a viewer → 403 for every mutation; a platform-admin route → 403 for
// others; bad input → 400/422 and nothing changed. A route without an entry fails the test.
import { createHash } from "node:crypto";
import t from "tap";
import { PRODUCT, TEST_CP_ENV } from "../helpers/customers.js";
import { loadConfig } from "../../packages/control-plane/src/config.js";
import { platformRouters } from "../../packages/control-plane/src/http/platform/router.js";
import { sql } from "../helpers/database.js";
import { type InProcess, startInProcess } from "../helpers/in-process.js";
import { type Login, newLogin, personalWorkspace, platformCall } from "../helpers/platform.js";

const ENV = TEST_CP_ENV;

interface Ids {
  ws: string;
  project: string;
  userId: number;
  role: string;
  member: number;
  /** An instance's gid (no one's here: the environments are the rental API's, tested there). */
  gid: string;
  dataset: string;
  dversion: string;
  model: string;
  mversion: string;
  upload: string;
  task: string;
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
  /** Query strings that must be refused (status) and change nothing. */
  badQuery?: [string, 422][];
  /**
   * For a route with ids in its path: what malformed ids (GARBAGE) get, asked by someone who
   * could use good ones: 404 for ids that cannot name anything, 422 for a malformed number.
   */
  badPath?: 404 | 422;
}

/** Ids no object can have: malformed UUIDs, path tricks, huge and negative numbers. */
const GARBAGE: Ids[] = [
  {
    ws: "not-a-uuid",
    project: "x".repeat(300),
    userId: -1,
    role: "..%2F..%2Fetc",
    member: 1e30,
    gid: "x".repeat(300),
    dataset: "x".repeat(300),
    dversion: "not-a-uuid",
    model: "..%2F..",
    mversion: "%2e%2e",
    upload: "x".repeat(300),
    task: "task-..%2F..",
  },
  {
    ws: "00000000-0000-0000-0000-00000000000g",
    project: "%2e%2e",
    userId: 1e20,
    role: "' or 1=1 --",
    member: -5,
    gid: "gpu-..%2F..%2Fx",
    dataset: "00000000-0000-0000-0000-000000000000",
    dversion: "' or 1=1 --",
    model: "00000000-0000-0000-0000-00000000000g",
    mversion: "00000000-0000-0000-0000-000000000000",
    upload: "0123456789abcdef0123456789ABCDEF",
    task: "task-0000000000000000",
  },
];

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
  "GET /users": {
    badQuery: [
      ["?page=0", 422],
      ["?limit=abc", 422],
      [`?search=${"x".repeat(65)}`, 422],
    ],
    access: "platform-admin",
    path: () => "/users",
  },
  "POST /users": { access: "platform-admin", path: () => "/users", body: { username: "zed", password: "zed-password" }, bad: [[{ username: "x" }, 422]] },
  "GET /users/:id": { badPath: 422, access: "platform-admin", path: (i) => `/users/${i.userId}` },
  "PUT /users/:id": {
    badPath: 422,
    access: "platform-admin",
    path: (i) => `/users/${i.userId}`,
    body: { email: "x@example.com" },
    bad: [[{ disabled: "maybe" }, 422]],
  },
  "PATCH /users/:id": {
    badPath: 422,
    access: "platform-admin",
    path: (i) => `/users/${i.userId}`,
    body: { email: "x@example.com" },
    bad: [[{ email: 5 }, 422]],
  },
  "DELETE /users/:id": { badPath: 422, access: "platform-admin", path: (i) => `/users/${i.userId}` },
  "GET /workspaces": { access: "self", path: () => "/workspaces" },
  "POST /workspaces": {
    access: "self",
    path: () => "/workspaces",
    bad: [
      [{ name: "" }, 422],
      [{ name: "x".repeat(129) }, 422],
    ],
  },
  "GET /workspaces/:id": { badPath: 404, access: "workspace-read", path: (i) => `/workspaces/${i.ws}` },
  "PUT /workspaces/:id": { badPath: 404, access: "workspace-write", path: (i) => `/workspaces/${i.ws}`, body: { name: "renamed" }, bad: [[{ name: 3 }, 422]] },
  "PATCH /workspaces/:id": {
    badPath: 404,
    access: "workspace-write",
    path: (i) => `/workspaces/${i.ws}`,
    body: { description: "d" },
    bad: [[{ gpu_quota: -1 }, 422]],
  },
  "DELETE /workspaces/:id": { badPath: 404, access: "workspace-write", path: (i) => `/workspaces/${i.ws}` },
  "GET /workspaces/:id/members": { badPath: 404, badQuery: [["?page=-1", 422]], access: "workspace-read", path: (i) => `/workspaces/${i.ws}/members` },
  "POST /workspaces/:id/members": {
    badPath: 404,
    access: "workspace-write",
    path: (i) => `/workspaces/${i.ws}/members`,
    body: { username: "zed", role: "member" },
    bad: [
      [{ username: "nobody-here", role: "member" }, 422],
      [{ role: 1 }, 422],
    ],
  },
  "PUT /workspaces/:id/members/:user_id": {
    badPath: 422,
    access: "workspace-write",
    path: (i) => `/workspaces/${i.ws}/members/${i.member}`,
    body: { role: "viewer" },
    bad: [[{ role: "emperor" }, 422]],
  },
  "PATCH /workspaces/:id/members/:user_id": {
    badPath: 422,
    access: "workspace-write",
    path: (i) => `/workspaces/${i.ws}/members/${i.member}`,
    body: { role: "viewer" },
  },
  "DELETE /workspaces/:id/members/:user_id": { badPath: 422, access: "workspace-write", path: (i) => `/workspaces/${i.ws}/members/${i.member}` },
  "GET /projects": {
    badQuery: [
      ["?page=abc", 422],
      ["?workspace_id=a&workspace_id=b", 422],
    ],
    access: "self",
    path: () => "/projects",
  },
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
  "GET /projects/:id": { badPath: 404, access: "workspace-read", path: (i) => `/projects/${i.project}` },
  "PUT /projects/:id": {
    badPath: 404,
    access: "workspace-write",
    path: (i) => `/projects/${i.project}`,
    body: { name: "renamed" },
    bad: [[{ status: "gone" }, 422]],
  },
  "DELETE /projects/:id": { badPath: 404, access: "workspace-write", path: (i) => `/projects/${i.project}` },
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
  "GET /permissions/roles/:id": { badPath: 404, access: "self", path: (i) => `/permissions/roles/${i.role}` },
  "PUT /permissions/roles/:id": {
    badPath: 404,
    access: "platform-admin",
    path: (i) => `/permissions/roles/${i.role}`,
    body: { description: "x" },
    bad: [[{ permissions: "all" }, 422]],
  },
  "DELETE /permissions/roles/:id": { badPath: 404, access: "platform-admin", path: (i) => `/permissions/roles/${i.role}` },
  "POST /permissions/check": { access: "self", path: () => "/permissions/check", body: { permission: "projects:read", workspace_id: "WS" }, bad: [[{}, 422]] },
  "GET /environments": { badQuery: [["?limit=-1", 422]], access: "self", path: () => "/environments" },
  "GET /environments/:gid": { badPath: 404, access: "self", path: (i) => `/environments/${i.gid}` },
  "GET /billing/balance": { access: "self", path: () => "/billing/balance" },
  "GET /billing/records": { badQuery: [["?page=0", 422]], access: "self", path: () => "/billing/records" },
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
  "GET /datasets": {
    badQuery: [
      ["?page=0", 422],
      [`?search=${"x".repeat(65)}`, 422],
    ],
    access: "self",
    path: () => "/datasets",
  },
  "POST /datasets": {
    access: "workspace-write",
    path: () => "/datasets",
    body: { name: "new-ds", workspace_id: "WS" },
    bad: [
      [{ name: "" }, 422],
      [{ name: "ok", workspace_id: 9 }, 422],
      [{ name: "x".repeat(129) }, 422],
    ],
  },
  "GET /datasets/:id": { badPath: 404, access: "workspace-read", path: (i) => `/datasets/${i.dataset}` },
  "DELETE /datasets/:id": { badPath: 404, access: "workspace-write", path: (i) => `/datasets/${i.dataset}` },
  "GET /datasets/versions": { badQuery: [["?page=x", 422]], access: "workspace-read", path: (i) => `/datasets/versions?dataset_id=${i.dataset}` },
  "POST /datasets/versions": {
    access: "workspace-write",
    path: () => "/datasets/versions",
    body: { dataset_id: "DS", files: [{ path: "b.txt", upload_id: "UP" }] },
    bad: [
      [{ dataset_id: "DS", files: [{ path: "../b.txt", upload_id: "UP" }] }, 422],
      [{ dataset_id: "DS", files: [{ path: "b.txt", upload_id: 7 }] }, 422],
      [{ dataset_id: "DS", files: "all" }, 422],
      [{ dataset_id: "DS", files: [] }, 422],
      [{ files: [{ path: "b.txt", upload_id: "UP" }] }, 422],
      [{ dataset_id: "DS", message: 5, files: [{ path: "b.txt", upload_id: "UP" }] }, 422],
      ['{"dataset_id": "DS", "files": [', 400],
    ],
  },
  "GET /datasets/versions/:vid": { badPath: 404, access: "workspace-read", path: (i) => `/datasets/versions/${i.dversion}` },
  "DELETE /datasets/versions/:vid": { badPath: 404, access: "workspace-write", path: (i) => `/datasets/versions/${i.dversion}` },
  "GET /datasets/versions/:vid/files": {
    badPath: 404,
    badQuery: [["?limit=0", 422]],
    access: "workspace-read",
    path: (i) => `/datasets/versions/${i.dversion}/files`,
  },
  "GET /datasets/versions/:vid/files/*path": { badPath: 404, access: "workspace-read", path: (i) => `/datasets/versions/${i.dversion}/files/a.txt` },
  "POST /datasets/quality/check": {
    access: "workspace-read",
    path: () => "/datasets/quality/check",
    body: { version_id: "DV" },
    bad: [
      [{}, 422],
      [{ version_id: 5 }, 422],
    ],
  },
  "GET /datasets/quality/quick": {
    badQuery: [["?version_id=", 422]],
    access: "workspace-read",
    path: (i) => `/datasets/quality/quick?version_id=${i.dversion}`,
  },
  "GET /datasets/versions/:vid/quality": { badPath: 404, access: "workspace-read", path: (i) => `/datasets/versions/${i.dversion}/quality` },
  "GET /models": { access: "self", path: () => "/models" },
  "POST /models": {
    access: "workspace-write",
    path: () => "/models",
    body: { name: "new-model", workspace_id: "WS", framework: "pytorch" },
    bad: [
      [{ name: "m", framework: 1 }, 422],
      [{ name: "m", task: "t".repeat(65) }, 422],
    ],
  },
  "GET /models/:id": { badPath: 404, access: "workspace-read", path: (i) => `/models/${i.model}` },
  "DELETE /models/:id": { badPath: 404, access: "workspace-write", path: (i) => `/models/${i.model}` },
  "GET /models/:id/versions": { badPath: 404, access: "workspace-read", path: (i) => `/models/${i.model}/versions` },
  "POST /models/:id/versions": {
    badPath: 404,
    access: "workspace-write",
    path: (i) => `/models/${i.model}/versions`,
    body: { files: [{ path: "w.pt", upload_id: "UP" }], metrics: { acc: 0.9 } },
    bad: [
      [{ files: [{ path: "w.pt", upload_id: "UP" }], metrics: { acc: "high" } }, 422],
      [{ files: [{ path: "/abs", upload_id: "UP" }] }, 422],
    ],
  },
  "GET /models/versions/:vid": { badPath: 404, access: "workspace-read", path: (i) => `/models/versions/${i.mversion}` },
  "DELETE /models/versions/:vid": { badPath: 404, access: "workspace-write", path: (i) => `/models/versions/${i.mversion}` },
  "GET /models/versions/:vid/files": { badPath: 404, access: "workspace-read", path: (i) => `/models/versions/${i.mversion}/files` },
  "GET /models/versions/:vid/files/*path": { badPath: 404, access: "workspace-read", path: (i) => `/models/versions/${i.mversion}/files/w.pt` },
  // tus (its own headers; the table checks who may reach it): POST needs a token; the rest an upload of one's workspace.
  "POST /uploads": { access: "self", path: () => "/uploads" },
  "GET /uploads/:id": { badPath: 404, access: "workspace-read", path: (i) => `/uploads/${i.upload}` },
  "PATCH /uploads/:id": { badPath: 404, access: "workspace-write", path: (i) => `/uploads/${i.upload}` },
  "DELETE /uploads/:id": { badPath: 404, access: "workspace-write", path: (i) => `/uploads/${i.upload}` },
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
  "DELETE /tokens/:token": { badPath: 404, access: "self", path: (i) => `/tokens/${GARBAGE.includes(i) ? i.gid : "0badc0de-****-****-****-************"}` },
  "GET /hosts": { access: "platform-admin", path: () => "/hosts", bad: [] },
  "POST /hosts/join-tokens": {
    access: "platform-admin",
    path: () => "/hosts/join-tokens",
    body: { room_name: "105" },
    bad: [[{ room_name: "bad room!" }, 422]],
  },
  "GET /hosts/:id": { access: "platform-admin", badPath: 404, path: (i) => `/hosts/${GARBAGE.includes(i) ? i.gid : "host-0000000000000000"}` },
  "POST /hosts/:id/cordon": { access: "platform-admin", badPath: 404, path: (i) => `/hosts/${GARBAGE.includes(i) ? i.gid : "host-0000000000000000"}/cordon` },
  "POST /hosts/:id/uncordon": {
    access: "platform-admin",
    badPath: 404,
    path: (i) => `/hosts/${GARBAGE.includes(i) ? i.gid : "host-0000000000000000"}/uncordon`,
  },
  "POST /hosts/:id/revoke": { access: "platform-admin", badPath: 404, path: (i) => `/hosts/${GARBAGE.includes(i) ? i.gid : "host-0000000000000000"}/revoke` },
  "GET /tasks": {
    access: "self",
    path: () => "/tasks",
    badQuery: [
      ["?status=bogus", 422],
      ["?kind=batch", 422],
      ["?page=0", 422],
    ],
  },
  "GET /tasks/:id": { access: "workspace-read", badPath: 404, path: (i) => `/tasks/${i.task}` },
  "PUT /tasks/:id": {
    access: "workspace-write",
    badPath: 404,
    path: (i) => `/tasks/${i.task}`,
    body: { name: "renamed" },
    bad: [
      [{ priority: 1000 }, 422],
      [{ name: 5 }, 422],
      ['{"x"', 400],
    ],
  },
  "DELETE /tasks/:id": { access: "workspace-write", badPath: 404, path: (i) => `/tasks/${i.task}` },
  "POST /tasks/:id/cancel": { access: "workspace-write", badPath: 404, path: (i) => `/tasks/${i.task}/cancel` },
  "GET /tasks/:id/logs": {
    access: "workspace-read",
    badPath: 404,
    path: (i) => `/tasks/${i.task}/logs`,
    badQuery: [
      ["?offset=-1", 422],
      ["?limit=x", 422],
      ["?follow=maybe", 422],
    ],
  },
  "GET /training/models": { access: "self", path: () => "/training/models", badQuery: [["?page=0", 422]] },
  "GET /training/templates": { access: "self", path: () => "/training/templates", badQuery: [["?limit=abc", 422]] },
  "POST /training/submit": {
    access: "workspace-write",
    path: () => "/training/submit",
    body: { project_id: "PR", template_id: "TPL", gpu_type: "h100_80g_105" },
    bad: [
      [{ project_id: "PR", template_id: "TPL", gpu_type: "h100_80g_105", hyperparameters: { lr: 5 } }, 422],
      [{ project_id: 5 }, 422],
      [{ project_id: "PR", template_id: "TPL", gpu_type: "h100_80g_105", gpu_count: 1e30 }, 422],
      ['{"x"', 400],
    ],
  },
  "GET /training/jobs": { access: "self", path: () => "/training/jobs", badQuery: [["?status=bogus", 422]] },
  "GET /training/jobs/:id": { access: "workspace-read", badPath: 404, path: (i) => `/training/jobs/${i.task}` },
  "GET /metrics/loss": { access: "workspace-read", path: (i) => `/metrics/loss?task_id=${i.task}`, badQuery: [["?task_id=", 422]] },
  "GET /metrics/gpu": { access: "workspace-read", path: (i) => `/metrics/gpu?task_id=${i.task}`, badQuery: [["?metric=x", 422]] },
};

/** What the router serves (under /api/v1), as "METHOD /path". */
function servedRoutes(): string[] {
  const config = loadConfig({ DATABASE_URL: "postgres://unused/x", ADMIN_TOKEN: "x".repeat(20) });
  const none = null as never;
  const [v1] = platformRouters({
    db: none,
    config,
    keys: none,
    cache: none,
    authLimiter: none,
    userLimiter: none,
    authFailures: none,
    apiLimiter: none,
    store: none,
    log: none,
    live: none,
  });
  return v1!.stack.flatMap((layer) => layer.methods.filter((m) => m !== "HEAD").map((m) => `${m} ${String(layer.path).replace(/^\/api\/v1/, "")}`)).sort();
}

t.test("the table lists exactly the routes the router serves", async (t) => {
  t.same(Object.keys(ROUTES).sort(), servedRoutes());
  for (const [key, r] of Object.entries(ROUTES)) {
    if (key.includes("/:")) t.ok(r.badPath, `${key}: says what malformed path ids get`);
  }
});

/** A dataset and a model with a version each, and a finished upload, in the workspace. */
async function storedThings(cp: InProcess, who: Login, ws: string): Promise<Pick<Ids, "dataset" | "dversion" | "model" | "mversion" | "upload">> {
  const versionOf = async (path: string, fields: Record<string, string>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append("files", new Blob(["hello"]), "a.txt");
    const res = await fetch(`${cp.url}/api/v1${path}`, { method: "POST", body: form, headers: { authorization: `Bearer ${who.access}` } });
    if (res.status !== 201) throw new Error(`version: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { data: { id: string } }).data.id;
  };
  const dataset = (await who.call("POST", "/datasets", { name: "ds", workspace_id: ws })).body.data.id;
  const model = (await who.call("POST", "/models", { name: "m", workspace_id: ws })).body.data.id;
  const content = Buffer.from("uploaded");
  const meta = `sha256 ${Buffer.from(createHash("sha256").update(content).digest("hex")).toString("base64")},workspace_id ${Buffer.from(ws).toString("base64")}`;
  const tus = { "tus-resumable": "1.0.0", authorization: `Bearer ${who.access}` };
  const made = await fetch(`${cp.url}/api/v1/uploads`, {
    method: "POST",
    headers: { ...tus, "upload-length": String(content.length), "upload-metadata": meta },
  });
  if (made.status !== 201) throw new Error(`upload: ${made.status} ${await made.text()}`);
  const upload = made.headers.get("location")!.split("/").pop()!;
  const sent = await fetch(`${cp.url}/api/v1/uploads/${upload}`, {
    method: "PATCH",
    headers: { ...tus, "upload-offset": "0", "content-type": "application/offset+octet-stream" },
    body: content,
  });
  if (sent.status !== 204) throw new Error(`upload bytes: ${sent.status} ${await sent.text()}`);
  return {
    dataset,
    dversion: await versionOf("/datasets/versions", { dataset_id: dataset }),
    model,
    mversion: await versionOf(`/models/${model}/versions`, {}),
    upload,
  };
}

/** A queued task in the project. */
async function queuedTask(cp: InProcess, who: Login, project: string, template: string): Promise<string> {
  const r = await who.call("POST", "/training/submit", { project_id: project, template_id: template, gpu_type: PRODUCT.gpu_type });
  if (r.status !== 201) throw new Error(`task: ${r.status} ${JSON.stringify(r.body)}`);
  void cp;
  return r.body.data.id;
}

/** Everything but the audit log and sessions (a refused request may not change any of it). */
async function snapshot(dbUrl: string): Promise<string> {
  const tables = [
    "users",
    "workspaces",
    "workspace_members",
    "roles",
    "projects",
    "settings",
    "jwt_keys",
    "artifacts",
    "artifact_versions",
    "artifact_files",
    "blobs",
    "uploads",
    "tasks",
    "task_events",
  ];
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
  const theirWs = await personalWorkspace(outsider);
  // A product and a template for tasks (they stay queued: there is no host).
  t.equal((await cp.api("POST", "/admin/products", PRODUCT)).status, 201);
  const template = (
    await cp.api("POST", "/admin/training/templates", {
      name: "t",
      image: "registry.example.com/train:1",
      command: ["true"],
      hyperparameters: { lr: { type: "float", default: 0.1, min: 0, max: 1 } },
      gpu_count: 1,
      cpu_per_gpu: 1,
      memory_gib_per_gpu: 1,
    })
  ).body.id as string;
  for (const u of ["olivia", "oscar"]) t.equal((await cp.api("POST", `/admin/users/${u}/recharge`, { amount: "100.00" })).status, 200);
  const theirs: Ids = {
    ws: theirWs,
    project: (await outsider.call("POST", "/projects", { name: "secret" })).body.data.id,
    userId: outsider.userId,
    role: roleMade.body.data.id,
    member: outsider.userId,
    gid: "gpu-not-yours",
    ...(await storedThings(cp, outsider, theirWs)),
    task: await queuedTask(cp, outsider, (await outsider.call("GET", "/projects")).body.data[0].id, template),
  };
  const ours: Ids = {
    ws: team,
    project,
    userId: owner.userId,
    role: roleMade.body.data.id,
    member: memberAdd.body.data.user_id,
    gid: "gpu-not-yours",
    ...(await storedThings(cp, owner, team)),
    task: await queuedTask(cp, owner, project, template),
  };
  const bodyFor = (r: Route, ids: Ids) =>
    JSON.parse(
      (typeof r.body === "string" ? r.body : JSON.stringify(r.body ?? {}))
        .replaceAll('"PR"', JSON.stringify(ids.project))
        .replaceAll('"TPL"', JSON.stringify(template))
        .replaceAll('"WS"', JSON.stringify(ids.ws))
        .replaceAll('"DS"', JSON.stringify(ids.dataset))
        .replaceAll('"UP"', JSON.stringify(ids.upload))
        .replaceAll('"DV"', JSON.stringify(ids.dversion)),
    );
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
    const who = r.access === "platform-admin" ? admin : r.access === "open" ? null : owner;
    for (const [bad, status] of r.bad ?? []) {
      const res = await platformCall(cp, who?.access ?? null, method, r.path(ours), typeof bad === "string" ? bad : bodyFor({ ...r, body: bad }, ours));
      t.equal(res.status, status, `${key}: bad input ${JSON.stringify(bad).slice(0, 60)} → ${status}`);
      t.equal(res.body.success, false);
    }
    for (const [query, status] of r.badQuery ?? []) {
      const res = await platformCall(cp, who?.access ?? null, method, `${r.path(ours).split("?")[0]}${query}`);
      t.equal(res.status, status, `${key}: bad query ${query.slice(0, 40)} → ${status}`);
      t.equal(res.body.code, "INVALID_ARGUMENT");
    }
    for (const garbage of r.badPath ? GARBAGE : []) {
      const path = r.path(garbage);
      const res = await platformCall(cp, who?.access ?? null, method, path, method === "GET" ? undefined : bodyFor(r, ours));
      t.equal(res.status, r.badPath, `${key}: malformed ids ${path.slice(0, 60)} → ${r.badPath}`);
      t.equal(res.body.success, false);
    }
  }
  // A NUL in the path or query names nothing (PostgreSQL text cannot hold it): refused up front.
  for (const path of [`/projects/%00`, `/workspaces/${team}%00`, "/users?search=%00"]) {
    const res = await admin.call("GET", path);
    t.match(res, { status: 422, body: { success: false, code: "INVALID_ARGUMENT" } }, `${path} → 422`);
  }
  t.equal(await snapshot(cp.dbUrl), before, "nothing refused changed the database");

  // Reading what one may read works (the refusals above are not all the router does).
  t.equal((await viewer.call("GET", `/workspaces/${team}`)).status, 200);
  t.equal((await viewer.call("GET", `/projects/${project}`)).status, 200);
  t.equal((await viewer.call("GET", `/audit?workspace_id=${team}`)).status, 403, "the audit log is for owners and admins");
  t.equal((await owner.call("GET", `/audit?workspace_id=${team}`)).status, 200);
});
