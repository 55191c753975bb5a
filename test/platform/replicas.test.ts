// Two replicas on one database: a login on one works on the other, a setting changed on one is
// seen by the other within a second, and a cached project list is invalidated on both.
import t from "tap";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { startInProcess } from "../helpers/in-process.js";
import { sql } from "../helpers/database.js";
import { login, newLogin, personalWorkspace, platformCall } from "../helpers/platform.js";
import { waitFor } from "../helpers/wait.js";

const ENV = TEST_CP_ENV;

t.test("two replicas share logins, settings and cache invalidation", async (t) => {
  const a = await startInProcess(t, { ...ENV, REPLICA_ID: "a" });
  const b = await startInProcess(t, { ...ENV, REPLICA_ID: "b" }, a.dbUrl);

  const ann = await newLogin(a, "ann");
  const onB = (method: string, path: string, body?: unknown) => platformCall(b, ann.access, method, path, body);
  t.equal((await onB("GET", "/auth/me")).body.data.username, "ann", "a token from replica a works on b");
  const viaB = await login(b, "ann", ann.password);
  t.equal((await viaB.call("GET", "/auth/me")).status, 200);
  t.equal((await platformCall(a, null, "POST", "/auth/refresh", { refresh_token: viaB.refresh })).status, 200, "b's refresh token refreshes on a");

  // Logout on a ends the session on b at once.
  const c = await login(a, "ann", ann.password);
  await c.call("POST", "/auth/logout");
  t.equal((await platformCall(b, c.access, "GET", "/auth/me")).status, 401);

  // Settings: cached for a day on b, yet a change on a is seen there within a second.
  const ops = await newLogin(a, "ops", { platform_admin: true });
  const read = (cp: typeof a) => platformCall(cp, ops.access, "GET", "/settings/system");
  t.equal((await read(b)).body.data.settings.announcement, "", "b has cached the settings");
  const changedAt = Date.now();
  t.equal((await platformCall(a, ops.access, "PUT", "/settings/system", { announcement: "hello" })).status, 200);
  await waitFor("b sees the new setting within a second", async () => (await read(b)).body.data.settings.announcement === "hello", 1000, 20);
  t.ok(Date.now() - changedAt < 1000, `seen after ${Date.now() - changedAt} ms`);

  // Project lists: cached for five minutes on both, dropped on both by a write on either.
  const list = async (cp: typeof a) => (await platformCall(cp, ann.access, "GET", "/projects")).body.data.map((p: { name: string }) => p.name);
  t.same(await list(a), []);
  t.same(await list(b), [], "both have cached an empty list");
  // Proof that the lists are cached: a row written behind the service's back is not seen.
  await sql(a.dbUrl, "insert into projects (workspace_id, name, created_by) values ($1, 'behind-the-back', $2)", [await personalWorkspace(ann), ann.userId]);
  t.same(await list(a), [], "a serves its cached list");
  t.same(await list(b), [], "b serves its cached list");
  t.equal((await platformCall(b, ann.access, "POST", "/projects", { name: "made-on-b" })).status, 201);
  t.same((await list(b)).sort(), ["behind-the-back", "made-on-b"], "the writer's replica drops its entry");
  await waitFor("the other replica drops it too", async () => (await list(a)).length === 2, 1000, 20);
  t.equal((await platformCall(a, ann.access, "POST", "/projects", { name: "made-on-a" })).status, 201);
  await waitFor("and the other way round", async () => (await list(b)).length === 3, 1000, 20);
});
