// Platform API accounts: tokens (form and JSON), me, refresh rotation with reuse detection,
// logout, disabled users, forged tokens; the same account on the rental API.
import { SignJWT, UnsecuredJWT } from "jose";
import t from "tap";
import { TEST_CP_ENV } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { apiCall } from "../helpers/http.js";
import { openJwtKey } from "../../packages/control-plane/src/services/secrets.js";
import { startInProcess } from "../helpers/in-process.js";
import { login, newLogin, platformCall } from "../helpers/platform.js";

const ENV = TEST_CP_ENV;

t.test("token (form-encoded) and login (JSON) give a bearer pair; me shows the personal workspace", async (t) => {
  const cp = await startInProcess(t, ENV);
  await cp.api("POST", "/admin/users", { username: "alice", password: "alice-password", email: "alice@example.com" });
  const form = await apiCall(cp.url, "POST", "/api/v1/auth/token", {
    body: "username=alice&password=alice-password",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  t.equal(form.status, 200);
  t.match(form.body, { success: true, data: { access_token: String, refresh_token: /^rgrt_/, token_type: "bearer", expires_in: 86400 } });
  const json = await platformCall(cp, null, "POST", "/auth/login", { username: "alice", password: "alice-password" });
  t.equal(json.status, 200);
  const me = await platformCall(cp, json.body.data.access_token, "GET", "/auth/me");
  t.equal(me.status, 200);
  t.match(me.body.data, { id: Number, username: "alice", email: "alice@example.com", platform_admin: false });
  t.equal(me.body.data.workspaces.length, 1);
  t.match(me.body.data.workspaces[0], { id: /^[0-9a-f-]{36}$/, name: "alice", role: "owner", personal: true });
  // The same path under /v1.
  const v1 = await apiCall(cp.url, "GET", "/v1/auth/me", { token: json.body.data.access_token });
  t.same(v1.body, me.body, "/v1 is the same router");

  for (const [name, body] of [
    ["wrong password", { username: "alice", password: "wrong-password" }],
    ["unknown user", { username: "nobody", password: "whatever-pass" }],
  ] as const) {
    const r = await platformCall(cp, null, "POST", "/auth/login", body);
    t.equal(r.status, 401, name);
    t.match(r.body, { success: false, code: "UNAUTHORIZED", error: String }, name);
  }
  const missing = await platformCall(cp, null, "POST", "/auth/login", { username: 5 });
  t.equal(missing.status, 422, "validation is 422");
  t.same(missing.body.fields.map((f: { field: string }) => f.field).sort(), ["password", "username"]);
  const malformed = await platformCall(cp, null, "POST", "/auth/login", '{"username":');
  t.equal(malformed.status, 400, "malformed JSON is 400");
  t.equal(malformed.body.code, "INVALID_JSON");
});

t.test("refresh rotates; a reused refresh token revokes its whole family; logout ends both tokens", async (t) => {
  const cp = await startInProcess(t, ENV);
  const a = await newLogin(cp, "bob");
  const r1 = await platformCall(cp, null, "POST", "/auth/refresh", { refresh_token: a.refresh });
  t.equal(r1.status, 200);
  t.not(r1.body.data.refresh_token, a.refresh, "a new refresh token");
  t.equal((await platformCall(cp, r1.body.data.access_token, "GET", "/auth/me")).status, 200);

  // The first refresh token again: someone copied it. The family (all its tokens) is revoked.
  const reuse = await platformCall(cp, null, "POST", "/auth/refresh", { refresh_token: a.refresh });
  t.equal(reuse.status, 401);
  t.match(reuse.body.error, /already used/);
  t.equal((await platformCall(cp, r1.body.data.access_token, "GET", "/auth/me")).status, 401, "the newest access token is dead too");
  t.equal((await platformCall(cp, a.access, "GET", "/auth/me")).status, 401, "and the first");
  t.equal((await platformCall(cp, null, "POST", "/auth/refresh", { refresh_token: r1.body.data.refresh_token })).status, 401, "and the newest refresh token");
  t.equal((await sql(cp.dbUrl, "select revoked_reason from auth_sessions where user_id = $1", [a.userId]))[0]!.revoked_reason, "refresh_reuse");

  // Logout: the access token and the refresh token stop at once; another login is unaffected.
  const b1 = await login(cp, "bob", a.password);
  const b2 = await login(cp, "bob", a.password);
  t.equal((await b1.call("POST", "/auth/logout")).status, 200);
  t.equal((await b1.call("GET", "/auth/me")).status, 401);
  t.equal((await platformCall(cp, null, "POST", "/auth/refresh", { refresh_token: b1.refresh })).status, 401);
  t.equal((await b2.call("GET", "/auth/me")).status, 200, "the other session lives");

  for (const bad of ["", "rgrt_short", "x".repeat(300), 42]) {
    const r = await platformCall(cp, null, "POST", "/auth/refresh", { refresh_token: bad });
    t.ok(r.status === 401 || r.status === 422, `bad refresh token ${String(bad).slice(0, 12)}: ${r.status}`);
  }
});

t.test("a disabled or deleted user's tokens stop on the next request", async (t) => {
  const cp = await startInProcess(t, ENV);
  const c = await newLogin(cp, "carol");
  const rental = await apiCall(cp.url, "POST", "/generate/token", { body: { username: "carol", password: c.password, name: "t" }, token: null });
  const rentalToken = rental.body.token.token;
  t.equal((await apiCall(cp.url, "POST", "/account/info", { body: {}, token: null, headers: { authorization: rentalToken } })).status, 200);

  const off = await cp.api("PATCH", "/admin/users/carol", { disabled: true });
  t.equal(off.status, 200);
  t.equal(off.body.disabled, true);
  t.equal((await c.call("GET", "/auth/me")).status, 401, "access token refused");
  t.equal((await platformCall(cp, null, "POST", "/auth/refresh", { refresh_token: c.refresh })).status, 401, "refresh refused");
  t.equal((await platformCall(cp, null, "POST", "/auth/login", { username: "carol", password: c.password })).status, 401, "no login");
  t.equal(
    (await apiCall(cp.url, "POST", "/account/info", { body: {}, token: null, headers: { authorization: rentalToken } })).status,
    401,
    "rental token refused",
  );

  t.equal((await cp.api("PATCH", "/admin/users/carol", { disabled: false })).status, 200);
  const again = await login(cp, "carol", c.password);
  t.equal((await again.call("GET", "/auth/me")).status, 200, "enabled again: a new login works");

  // Deleted by a platform admin: the same, for good.
  const admin = await newLogin(cp, "root-admin", { platform_admin: true });
  t.equal((await admin.call("DELETE", `/users/${again.userId}`)).status, 200);
  t.equal((await again.call("GET", "/auth/me")).status, 401);
  t.equal((await admin.call("GET", `/users/${again.userId}`)).status, 404);
});

t.test("forged, foreign, unsigned and expired access tokens are refused", async (t) => {
  const cp = await startInProcess(t, ENV);
  const d = await newLogin(cp, "dave");
  const [header, payload] = d.access.split(".");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
  const kid = JSON.parse(Buffer.from(header!, "base64url").toString()).kid;

  const foreign = await new SignJWT(claims).setProtectedHeader({ alg: "HS256", kid }).sign(new Uint8Array(32).fill(7));
  const none = new UnsecuredJWT(claims).encode();
  const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: String(d.userId + 1) })).toString("base64url")}.${d.access.split(".")[2]}`;
  const secret = openJwtKey((await sql<{ secret: Buffer }>(cp.dbUrl, "select secret from jwt_keys where kid = $1", [kid]))[0]!.secret)!;
  const expired = await new SignJWT({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 })
    .setProtectedHeader({ alg: "HS256", kid })
    .sign(new Uint8Array(secret));
  const unknownKid = await new SignJWT(claims).setProtectedHeader({ alg: "HS256", kid: "kunknown_123" }).sign(new Uint8Array(secret));
  const wrongType = await new SignJWT({ ...claims, typ: "refresh" }).setProtectedHeader({ alg: "HS256", kid }).sign(new Uint8Array(secret));
  const valid = await new SignJWT(claims).setProtectedHeader({ alg: "HS256", kid }).sign(new Uint8Array(secret));
  t.equal((await platformCall(cp, valid, "GET", "/auth/me")).status, 200, "the test's own signing is right (so the refusals below mean something)");
  for (const [name, token] of Object.entries({ foreign, none, tampered, expired, unknownKid, wrongType, garbage: "a.b.c" })) {
    const r = await platformCall(cp, token, "GET", "/auth/me");
    t.equal(r.status, 401, name);
    t.equal(r.body.code, "UNAUTHORIZED", name);
  }
});

t.test("the same account on both APIs; keys survive a restart and rotate without logging anyone out", async (t) => {
  const cp = await startInProcess(t, ENV);
  // Made on the rental admin endpoint, logged in on the platform.
  const e = await newLogin(cp, "erin");
  // Made on the platform, used on the rental API.
  const admin = await newLogin(cp, "ops", { platform_admin: true });
  const made = await admin.call("POST", "/users", { username: "frank", password: "frank-password", email: "f@example.com" });
  t.equal(made.status, 201);
  const tok = await apiCall(cp.url, "POST", "/generate/token", { body: { username: "frank", password: "frank-password", name: "cli" }, token: null });
  t.equal(tok.status, 200, "a platform-made user gets a rental API token with the same password");

  const keysBefore = await sql(cp.dbUrl, "select kid from jwt_keys");
  const rotated = await cp.api("POST", "/admin/platform/jwt-keys/rotate", {});
  t.equal(rotated.status, 200);
  t.not(rotated.body.kid, keysBefore[0]!.kid);
  t.equal((await e.call("GET", "/auth/me")).status, 200, "a token signed with the old key still works");
  const fresh = await login(cp, "erin", e.password);
  const kid = JSON.parse(Buffer.from(fresh.access.split(".")[0]!, "base64url").toString()).kid;
  t.equal(kid, rotated.body.kid, "new tokens are signed with the new key");
});

t.test("failed access-token checks are limited per address, before any lookup", async (t) => {
  const cp = await startInProcess(t, { ...ENV, AUTH_FAILURES_PER_MIN: "3" });
  const u = await newLogin(cp, "gina");
  for (let i = 0; i < 3; i++) t.equal((await platformCall(cp, `forged.${i}.token`, "GET", "/auth/me")).status, 401, `failure ${i + 1}: 401`);
  const limited = await platformCall(cp, "forged.4.token", "GET", "/auth/me");
  t.equal(limited.status, 429, "then 429");
  t.equal(limited.body.code, "RATE_LIMITED");
  t.ok(Number(limited.headers.get("retry-after")) >= 1, "with Retry-After");
  t.equal((await u.call("GET", "/auth/me")).status, 429, "the address is limited, whatever the token, until the minute ends");
});

t.test("signing keys are sealed at rest; one stored in clear is sealed at the next start and still verifies", async (t) => {
  const cp = await startInProcess(t, ENV);
  const [row] = await sql<{ kid: string; secret: Buffer }>(cp.dbUrl, "select kid, secret from jwt_keys");
  t.equal(row!.secret.subarray(0, 4).toString(), "RGSB", "sealed with the server key");
  t.ok(row!.secret.length > 32);

  // A key from before sealing: 32 bytes in clear, newest, so it signs once loaded.
  const plain = Buffer.alloc(32, 9);
  await sql(cp.dbUrl, "insert into jwt_keys (kid, secret, created_at) values ('kplain_0001', $1, now() + interval '1 second')", [plain]);
  const again = await startInProcess(t, ENV, cp.dbUrl);
  const [stored] = await sql<{ secret: Buffer }>(cp.dbUrl, "select secret from jwt_keys where kid = 'kplain_0001'");
  t.equal(stored!.secret.subarray(0, 4).toString(), "RGSB", "sealed at start-up");
  t.same(openJwtKey(stored!.secret), plain, "the same key inside");
  const u = await newLogin(again, "hal");
  t.equal(JSON.parse(Buffer.from(u.access.split(".")[0]!, "base64url").toString()).kid, "kplain_0001", "it signs");
  t.equal((await platformCall(cp, u.access, "GET", "/auth/me")).status, 200, "and every replica verifies it");
});
