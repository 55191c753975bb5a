// The web console's backend: the refresh token in an HttpOnly cookie (login with
// {"session":"cookie"} and X-Remotegpu-Console: 1; refresh from the cookie; logout clears it),
// rental operations with the platform access token, the platform's API-token and fleet routes,
// and the console's files served at / with a strict CSP, never shadowing an API path.
// (docs/decisions/0030-console-sessions.md)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import t from "tap";
import { startApiWorld } from "../helpers/customers.js";
import { apiCall } from "../helpers/http.js";
import { newLogin, platformCall } from "../helpers/platform.js";
import { tempDir } from "../helpers/processes.js";

const CONSOLE = { "x-remotegpu-console": "1" };

const cookieOf = (h: Headers): string | undefined => h.getSetCookie().find((c) => c.startsWith("rg_refresh="));
const cookiePair = (setCookie: string): string => setCookie.split(";")[0]!;

t.test("login with the session cookie, refresh from it, reuse revokes, logout clears", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  await w.newCustomer("carol", "10");
  const creds = { username: "carol", password: "pw-carol-secret" };

  const noHeader = await platformCall(w.cp, null, "POST", "/auth/login", { ...creds, session: "cookie" });
  t.equal(noHeader.status, 422, "the cookie session needs the console's header");
  t.match(noHeader.body.error, /X-Remotegpu-Console/);
  t.equal(cookieOf(noHeader.headers), undefined);
  const badMode = await platformCall(w.cp, null, "POST", "/auth/login", { ...creds, session: "jar" }, CONSOLE);
  t.equal(badMode.status, 422);

  const login = await platformCall(w.cp, null, "POST", "/auth/login", { ...creds, session: "cookie" }, CONSOLE);
  t.equal(login.status, 200);
  t.equal(login.body.data.refresh_token, undefined, "the refresh token is not in the body");
  t.match(login.body.data, { access_token: String, expires_in: 86400, session: "cookie" });
  const set = cookieOf(login.headers)!;
  t.match(set, /^rg_refresh=rgrt_[A-Za-z0-9_-]{43}; /);
  t.match(set, /; Path=\/api\/v1\/auth(;|$)/);
  t.match(set, /; HttpOnly(;|$)/);
  t.match(set, /; SameSite=Strict(;|$)/);
  t.notMatch(set, /Secure/, "no Secure flag over plain HTTP");
  const hint = login.headers.getSetCookie().find((c) => c.startsWith("rg_session="));
  t.equal(hint, "rg_session=1; Path=/; Max-Age=2592000; SameSite=Strict", "a secret-free hint the page can read");

  // Without the header, the cookie is not read (a cross-site form cannot add it).
  const plain = await platformCall(w.cp, null, "POST", "/auth/refresh", undefined, { cookie: cookiePair(set) });
  t.equal(plain.status, 422);
  const refreshed = await platformCall(w.cp, null, "POST", "/auth/refresh", undefined, { ...CONSOLE, cookie: cookiePair(set) });
  t.equal(refreshed.status, 200);
  t.equal(refreshed.body.data.refresh_token, undefined);
  const next = cookieOf(refreshed.headers)!;
  t.not(cookiePair(next), cookiePair(set), "rotated");
  const access = refreshed.body.data.access_token as string;
  t.equal((await platformCall(w.cp, access, "GET", "/auth/me")).status, 200);

  // The old cookie again: reuse, the session is revoked and the cookie cleared.
  const reused = await platformCall(w.cp, null, "POST", "/auth/refresh", "{}", { ...CONSOLE, cookie: cookiePair(set) });
  t.equal(reused.status, 401);
  t.match(cookieOf(reused.headers), /^rg_refresh=; .*Max-Age=0/);
  t.equal((await platformCall(w.cp, access, "GET", "/auth/me")).status, 401, "the session ended");
  const none = await platformCall(w.cp, null, "POST", "/auth/refresh", undefined, CONSOLE);
  t.equal(none.status, 401, "no cookie → 401");

  // Logout clears the cookie.
  const again = await platformCall(w.cp, null, "POST", "/auth/login", { ...creds, session: "cookie" }, CONSOLE);
  const out = await platformCall(w.cp, again.body.data.access_token, "POST", "/auth/logout", undefined, CONSOLE);
  t.equal(out.status, 200);
  t.match(cookieOf(out.headers), /^rg_refresh=; .*Max-Age=0/);
  t.ok(
    out.headers.getSetCookie().some((c) => c.startsWith("rg_session=; Path=/; Max-Age=0")),
    "the hint is cleared too",
  );
  const after = await platformCall(w.cp, null, "POST", "/auth/refresh", undefined, { ...CONSOLE, cookie: cookiePair(cookieOf(again.headers)!) });
  t.equal(after.status, 401, "the logged-out session's cookie no longer refreshes");

  // Logout everywhere: every session of the user ends, this one and the others.
  const one = await platformCall(w.cp, null, "POST", "/auth/login", creds);
  const two = await platformCall(w.cp, null, "POST", "/auth/login", { ...creds, session: "cookie" }, CONSOLE);
  const all = await platformCall(w.cp, two.body.data.access_token, "POST", "/auth/logout", { everywhere: true }, CONSOLE);
  t.equal(all.status, 200);
  t.ok(all.body.data.sessions >= 2, "every session counted");
  t.equal((await platformCall(w.cp, one.body.data.access_token, "GET", "/auth/me")).status, 401, "the other session ended");
  t.equal((await platformCall(w.cp, null, "POST", "/auth/refresh", { refresh_token: one.body.data.refresh_token })).status, 401, "and its refresh token");
  t.equal((await platformCall(w.cp, two.body.data.access_token, "GET", "/auth/me")).status, 401, "this one too");

  // The body form still works as before.
  const tokens = await platformCall(w.cp, null, "POST", "/auth/login", creds);
  t.match(tokens.body.data.refresh_token, /^rgrt_/);
  t.equal(cookieOf(tokens.headers), undefined, "no cookie unless asked");
});

t.test("the rental API accepts the platform access token: same user, ended with the session", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  const c = await w.newCustomer("dave", "10");
  const l = await newLogin(w.cp, "erin");
  const dave = await platformCall(w.cp, null, "POST", "/auth/login", { username: "dave", password: c.password });
  const jwt = dave.body.data.access_token as string;
  const info = await apiCall(w.cp.url, "POST", "/account/info", { body: {}, token: jwt });
  t.equal(info.status, 200);
  t.equal(info.body.username, "dave", "the JWT's user");
  const viaToken = await w.call("/account/info", {}, c.token);
  t.same(info.body, viaToken.body, "the same answer as with an API token");
  const erinInfo = await apiCall(w.cp.url, "POST", "/account/info", { body: {}, token: l.access });
  t.equal(erinInfo.body.username, "erin");

  const bought = await apiCall(w.cp.url, "POST", "/gpu/instances/buy", {
    body: { gpu_type: "h100_80g_105", image_id: w.imageId, room_name: "105", pay_unit: 4, num: 1, gpu_count: 1 },
    token: jwt,
  });
  t.equal(bought.status, 200, JSON.stringify(bought.body));
  const list = await w.call("/gpu/instances/list", {}, c.token);
  t.equal(list.body.items.length, 1, "the instance is dave's");

  t.equal((await apiCall(w.cp.url, "POST", "/account/info", { body: {}, token: `${jwt.slice(0, -4)}AAAA` })).status, 401, "a forged JWT is refused");
  t.equal((await platformCall(w.cp, jwt, "POST", "/auth/logout")).status, 200);
  const ended = await apiCall(w.cp.url, "POST", "/account/info", { body: {}, token: jwt });
  t.equal(ended.status, 401, "logout ends the JWT on the rental API too");
});

t.test("API tokens through the platform session: generate (shown once), list masked, delete", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  const l = await newLogin(w.cp, "fay");
  const made = await l.call("POST", "/tokens", { name: "laptop <b>" });
  t.equal(made.status, 201);
  t.match(made.body.data, { name: "laptop <b>", token: /^[0-9a-f]{8}-[0-9a-f]{4}-/, status: "active" });
  const token = made.body.data.token as string;
  t.equal((await w.call("/account/info", {}, token)).body.username, "fay", "the new token works");
  const list = await l.call("GET", "/tokens");
  t.equal(list.body.data.length, 1);
  t.match(list.body.data[0].token, /^[0-9a-f]{8}-\*{4}/, "listed masked");
  t.equal((await l.call("DELETE", `/tokens/${list.body.data[0].token},x`)).status, 422, "one token per call");
  t.equal((await l.call("DELETE", "/tokens/0badc0de-****-****-****-************")).status, 404);
  t.equal((await l.call("DELETE", `/tokens/${list.body.data[0].token}`)).status, 200);
  t.equal((await w.call("/account/info", {}, token)).status, 401, "the deleted token stops working");
  t.same((await l.call("GET", "/tokens")).body.data, []);
});

t.test("the fleet: platform admins see hosts with GPUs and history, cordon them, make join tokens; others 403", async (t) => {
  const w = await startApiWorld(t, { gpus: 2 });
  const ops = await newLogin(w.cp, "ops", { platform_admin: true });
  const user = await newLogin(w.cp, "gus");
  const list = await ops.call("GET", "/hosts");
  t.equal(list.status, 200);
  t.match(list.body, { success: true, meta: { total: 1, page: 1, limit: 20 } });
  t.equal(list.body.data[0].host_id, w.hostId);
  t.equal(list.body.data[0].gpus.length, 2);
  const one = await ops.call("GET", `/hosts/${w.hostId}`);
  t.equal(one.status, 200);
  t.match(one.body.data, { host_id: w.hostId, gpus: Array, instances: [], history: { since: String, until: String, gpus: Array } });
  const c = await w.newCustomer("hal", "100");
  const bought = await w.call(
    "/gpu/instances/buy",
    { gpu_type: "h100_80g_105", image_id: w.imageId, room_name: "105", pay_unit: 4, num: 1, gpu_count: 1 },
    c.token,
  );
  const gid = bought.body.success[0].gid;
  const withInstance = await ops.call("GET", `/hosts/${w.hostId}`);
  t.match(withInstance.body.data.instances, [{ instance_id: gid, owner: "hal", state: "Creating" }], "its instances");
  t.equal((await ops.call("GET", `/hosts/${w.hostId}?since=yesterday`)).status, 422);
  t.equal((await ops.call("GET", "/hosts/host-ffffffffffffffff")).status, 404);
  const cordoned = await ops.call("POST", `/hosts/${w.hostId}/cordon`);
  t.equal(cordoned.status, 200);
  t.equal(cordoned.body.data.cordoned, true);
  const jt = await ops.call("POST", "/hosts/join-tokens", { room_name: "105" });
  t.equal(jt.status, 201);
  t.match(jt.body.data, { token: /^rgjt_/, room_name: "105" });
  for (const [m, p] of [
    ["GET", "/hosts"],
    ["GET", `/hosts/${w.hostId}`],
    ["POST", `/hosts/${w.hostId}/uncordon`],
    ["POST", "/hosts/join-tokens"],
  ] as const) {
    const r = await user.call(m, p, m === "POST" ? { room_name: "105" } : undefined);
    t.equal(r.status, 403, `${m} ${p}: a customer → 403`);
    t.equal(r.body.code, "FORBIDDEN");
  }
});

t.test("the console at /: CSP, caching, SPA fallback only for pages, API paths untouched", async (t) => {
  const dir = tempDir("console");
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), '<!doctype html><title>remotegpu</title><script type="module" src="/assets/index-abc123.js"></script>');
  writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log(1)");
  const w = await startApiWorld(t, { gpus: 1, env: { CONSOLE_DIR: dir } });
  const html = { accept: "text/html,application/xhtml+xml" };

  const root = await apiCall(w.cp.url, "GET", "/", { headers: html });
  t.equal(root.status, 200);
  t.match(root.headers.get("content-type"), /^text\/html/);
  t.equal(
    root.headers.get("content-security-policy"),
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  );
  t.equal(root.headers.get("x-content-type-options"), "nosniff");
  t.equal(root.headers.get("referrer-policy"), "no-referrer");
  t.equal(root.headers.get("cache-control"), "no-cache");
  const deep = await apiCall(w.cp.url, "GET", "/instances/gpu-abc", { headers: html });
  t.equal(deep.status, 200, "a deep link answers the console");
  t.match(deep.body, /<title>remotegpu<\/title>/);
  const asset = await apiCall(w.cp.url, "GET", "/assets/index-abc123.js");
  t.equal(asset.status, 200);
  t.equal(asset.headers.get("cache-control"), "public, max-age=31536000, immutable");
  t.match(asset.headers.get("content-type"), /^text\/javascript/);
  t.equal((await apiCall(w.cp.url, "GET", "/assets/missing-1.js")).status, 404);
  t.equal((await apiCall(w.cp.url, "GET", "/assets/..%2f..%2fetc%2fpasswd")).status, 404, "no way out of the folder");
  t.equal((await apiCall(w.cp.url, "GET", "/nothing-here", { headers: { accept: "application/json" } })).status, 404, "API clients keep the 404");

  // Every API surface answers as before, even to a browser asking for HTML.
  for (const [path, status] of [
    ["/api/v1/auth/me", 401],
    ["/v1/auth/me", 401],
    ["/api/v1/nothing", 401],
    ["/admin/hosts", 401],
    ["/gpu/instances/list", 401],
    ["/account/info", 401],
    ["/healthz", 200],
  ] as const) {
    const r = await apiCall(w.cp.url, "GET", path, { headers: html });
    t.equal(r.status === 405 ? 401 : r.status, status, `${path} is not the console`);
    t.notMatch(String(r.headers.get("content-type")), /text\/html/, `${path}: not HTML`);
  }
});

t.test("without a build, / says how to make one and the control plane runs", async (t) => {
  const w = await startApiWorld(t, { gpus: 1, env: { CONSOLE_DIR: tempDir("no-console") } });
  const r = await apiCall(w.cp.url, "GET", "/", { headers: { accept: "text/html" } });
  t.equal(r.status, 200);
  t.match(r.body, /pnpm build/);
  t.equal((await apiCall(w.cp.url, "GET", "/healthz")).status, 200);
});
