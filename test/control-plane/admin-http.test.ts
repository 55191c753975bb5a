// Admin HTTP endpoints: what they return, and that every bad input gets a clear error and
// changes nothing.
import t from "tap";
import { sql } from "../helpers/database.js";
import { startInProcess } from "../helpers/in-process.js";

const count = async (dbUrl: string, table: string) => Number((await sql<{ n: string }>(dbUrl, `select count(*) as n from ${table}`))[0]!.n);

t.test("health", async (t) => {
  const cp = await startInProcess(t);
  const r = await cp.api("GET", "/healthz", undefined, null);
  t.equal(r.status, 200);
  t.match(r.body, { status: "ok", database: "ok", agent_sessions: 0, event_loop_delay_p99_ms: Number });
});

t.test("join tokens: issued, single record, default and custom lifetime", async (t) => {
  const cp = await startInProcess(t);
  const before = Date.now();
  const r = await cp.api("POST", "/admin/join-tokens", { room_name: "105" });
  t.equal(r.status, 201);
  t.match(r.body.token, /^rgjt_[A-Za-z0-9_-]{43}$/);
  const ttl = Date.parse(r.body.expires_at) - before;
  t.ok(ttl > 1795_000 && ttl < 1805_000, `default lifetime is 30 minutes (${ttl} ms)`);
  const custom = await cp.api("POST", "/admin/join-tokens", { room_name: "105", ttl_seconds: "600" });
  t.equal(custom.status, 201, "a numeric string is accepted");
  const ttl2 = Date.parse(custom.body.expires_at) - Date.now();
  t.ok(ttl2 > 590_000 && ttl2 <= 600_000);
  const rows = await sql<{ token_hash: Buffer; room_name: string }>(cp.dbUrl, "select token_hash, room_name from join_tokens");
  t.equal(rows.length, 2);
  t.notOk(
    rows.some((x) => x.token_hash.toString("utf8").includes(r.body.token)),
    "only a hash is stored",
  );
  const form = await cp.api("POST", "/admin/join-tokens", '{"room_name":"7"}', undefined, { "content-type": "application/x-www-form-urlencoded" });
  t.equal(form.status, 201, "curl -d without a JSON content type works");
});

t.test("join tokens: bad input is refused and stores nothing", async (t) => {
  const cp = await startInProcess(t);
  const cases: [string, unknown, number, string, RegExp][] = [
    ["missing room", {}, 400, "INVALID_ARGUMENT", /room_name is required/],
    ["empty room", { room_name: "" }, 400, "INVALID_ARGUMENT", /room_name is required/],
    ["room as number", { room_name: 105 }, 400, "INVALID_ARGUMENT", /room_name must be a string/],
    ["room with spaces", { room_name: "bad room" }, 400, "INVALID_ARGUMENT", /room_name must be/],
    ["room too long", { room_name: "r".repeat(65) }, 400, "INVALID_ARGUMENT", /room_name/],
    ["negative ttl", { room_name: "1", ttl_seconds: -1 }, 400, "INVALID_ARGUMENT", /ttl_seconds/],
    ["ttl below a minute", { room_name: "1", ttl_seconds: 59 }, 400, "INVALID_ARGUMENT", /ttl_seconds/],
    ["huge ttl", { room_name: "1", ttl_seconds: 1e20 }, 400, "INVALID_ARGUMENT", /ttl_seconds/],
    ["ttl above the maximum", { room_name: "1", ttl_seconds: 365 * 86400 }, 400, "INVALID_ARGUMENT", /ttl_seconds/],
    ["fractional ttl", { room_name: "1", ttl_seconds: 600.5 }, 400, "INVALID_ARGUMENT", /ttl_seconds must be an integer/],
    ["ttl as words", { room_name: "1", ttl_seconds: "ten" }, 400, "INVALID_ARGUMENT", /ttl_seconds must be an integer/],
    ["ttl as boolean", { room_name: "1", ttl_seconds: true }, 400, "INVALID_ARGUMENT", /ttl_seconds must be an integer/],
    ["malformed JSON", '{"room_name": "1"', 400, "INVALID_JSON", /not valid JSON/],
    ["JSON array", '["105"]', 400, "INVALID_ARGUMENT", /JSON object/],
    ["JSON string", '"105"', 400, "INVALID_ARGUMENT", /JSON object/],
    ["oversized body", JSON.stringify({ room_name: "1", pad: "x".repeat(2 * 1024 * 1024) }), 413, "PAYLOAD_TOO_LARGE", /body over/],
  ];
  for (const [name, body, status, code, message] of cases) {
    const r = await cp.api("POST", "/admin/join-tokens", body);
    t.equal(r.status, status, `${name}: status ${status}`);
    t.equal(r.body.code, code, `${name}: ${code}`);
    t.match(r.body.message, message, `${name}: message names the problem`);
  }
  for (const token of [null, "wrong-token-0123456789", ""]) {
    const r = await cp.api("POST", "/admin/join-tokens", { room_name: "105" }, token);
    t.equal(r.status, 401);
    t.equal(r.body.code, "UNAUTHORIZED");
  }
  const basic = await cp.api("POST", "/admin/join-tokens", { room_name: "105" }, null, { authorization: "Basic dXNlcjpwYXNz" });
  t.equal(basic.status, 401, "only a Bearer token is accepted");
  t.equal(await count(cp.dbUrl, "join_tokens"), 0, "nothing was stored");
});

t.test("hosts: empty list, paging and filters validated", async (t) => {
  const cp = await startInProcess(t);
  const empty = await cp.api("GET", "/admin/hosts");
  t.same(empty.body, { items: [], total_items: 0 });
  // Three hosts straight into the table (enrollment is covered by the integration tests).
  for (const [id, room, status] of [
    ["host-0000000000000001", "105", "online"],
    ["host-0000000000000002", "105", "offline"],
    ["host-0000000000000003", "A", "online"],
  ]) {
    await sql(cp.dbUrl, "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms, status) values ($1, $2, $3, 1000, $4)", [
      id,
      room,
      Buffer.alloc(32),
      status,
    ]);
  }
  const all = await cp.api("GET", "/admin/hosts");
  t.equal(all.body.total_items, 3);
  t.same(
    all.body.items.map((h: any) => h.host_id),
    ["host-0000000000000001", "host-0000000000000002", "host-0000000000000003"],
  );
  t.match(all.body.items[0], { room_name: "105", status: "online", telemetry: null, gpus: [], revoked_at: null, driver_version: null });
  t.notOk("credential_hash" in all.body.items[0], "the credential hash is never shown");
  const page2 = await cp.api("GET", "/admin/hosts?page=2&page_size=2");
  t.same(
    page2.body.items.map((h: any) => h.host_id),
    ["host-0000000000000003"],
  );
  t.equal(page2.body.total_items, 3, "total counts all pages");
  const room = await cp.api("GET", "/admin/hosts?room_name=105&status=online");
  t.same(
    room.body.items.map((h: any) => h.host_id),
    ["host-0000000000000001"],
  );
  t.equal(room.body.total_items, 1);
  const one = await cp.api("GET", "/admin/hosts/host-0000000000000002");
  t.equal(one.body.status, "offline");

  for (const [q, field] of [
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["page_size=501", "page_size"],
    ["page_size=0", "page_size"],
    ["status=dead", "status"],
    ["page=1&page=2", "page"],
  ]) {
    const r = await cp.api("GET", `/admin/hosts?${q}`);
    t.equal(r.status, 400, `${q} → 400`);
    t.match(r.body, { code: "INVALID_ARGUMENT", message: new RegExp(field!) });
  }
  const missing = await cp.api("GET", "/admin/hosts/host-ffffffffffffffff");
  t.equal(missing.status, 404);
  t.equal(missing.body.code, "NOT_FOUND");
  const noAuth = await cp.api("GET", "/admin/hosts/host-0000000000000001", undefined, null);
  t.equal(noAuth.status, 401);
});

t.test("telemetry history: window validated", async (t) => {
  const cp = await startInProcess(t);
  await sql(cp.dbUrl, "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms) values ('host-0000000000000001', '105', $1, 1000)", [
    Buffer.alloc(32),
  ]);
  const ok = await cp.api("GET", "/admin/hosts/host-0000000000000001/telemetry/history");
  t.equal(ok.status, 200);
  const window = await cp.api("GET", "/admin/hosts/host-0000000000000001/telemetry/history?since=2026-11-20&until=2026-11-21T12:00:00.5%2B08:00");
  t.equal(window.status, 200, "dates and offsets in ISO 8601 are accepted");
  t.equal(window.body.until, "2026-11-21T04:00:00.500Z");
  t.same(ok.body.gpus, []);
  // Empty until the first bucket closes: the answer says when that is.
  const res = ok.body.resolution_s as number;
  t.ok(res > 0, "the resolution is given");
  const closes = Date.parse(ok.body.open_bucket_closes_at);
  t.ok(closes > Date.now() - 5000 && closes <= Date.now() + res * 1000, "the open bucket closes within one resolution from now");
  t.equal(closes % (res * 1000), 0, "on a bucket boundary");
  for (const q of [
    "since=yesterday",
    "since=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z",
    "until=x",
    "since=-100000-01-01T00:00:00Z",
    "since=1",
    "since=0",
    "until=%2B275760-09-13T00:00:00Z",
  ]) {
    const r = await cp.api("GET", `/admin/hosts/host-0000000000000001/telemetry/history?${q}`);
    t.equal(r.status, 400, q);
    t.equal(r.body.code, "INVALID_ARGUMENT");
  }
  t.equal((await cp.api("GET", "/admin/hosts/host-0000000000000009/telemetry/history")).status, 404);
});

t.test("unknown paths and methods", async (t) => {
  const cp = await startInProcess(t);
  const r = await cp.api("GET", "/nope", undefined, null);
  t.equal(r.status, 404);
  t.same(r.body, { code: "NOT_FOUND", message: "no route for GET /nope" });
  const adminUnknown = await cp.api("GET", "/admin/nope", undefined, null);
  t.equal(adminUnknown.status, 401, "admin paths need the token even when they do not exist");
  const wrongMethod = await cp.api("DELETE", "/admin/hosts");
  t.equal(wrongMethod.status, 405);
  t.equal(wrongMethod.body.code, "METHOD_NOT_ALLOWED");
  t.match(r.headers.get("x-request-id"), /^[0-9a-f-]{36}$/);
  const given = await cp.api("GET", "/healthz", undefined, null, { "x-request-id": "abc-123" });
  t.equal(given.headers.get("x-request-id"), "abc-123", "a sane request id is echoed");
});

t.test("no spelling of an admin path gets past the token", async (t) => {
  const cp = await startInProcess(t);
  await sql(cp.dbUrl, "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms) values ('host-0000000000000001', '105', $1, 1000)", [
    Buffer.alloc(32),
  ]);
  const paths = [
    "/ADMIN/hosts",
    "/Admin/hosts",
    "/admin/HOSTS",
    "//admin/hosts",
    "/%61dmin/hosts",
    "/%41DMIN/hosts",
    "/admin/hosts/",
    "/admin%2Fhosts",
    "/./admin/hosts",
    "/x/../admin/hosts",
  ];
  for (const p of paths) {
    const r = await fetch(cp.url + p);
    t.ok([401, 404].includes(r.status), `GET ${p} → ${r.status}`);
    t.not(r.status, 200, `GET ${p} never succeeds without a token`);
  }
  for (const p of ["/ADMIN/join-tokens", "/%61dmin/join-tokens", "/Admin/hosts/host-0000000000000001/revoke"]) {
    const r = await fetch(cp.url + p, { method: "POST", body: JSON.stringify({ room_name: "105" }) });
    t.not(r.status, 200, `POST ${p} → ${r.status}`);
    t.not(r.status, 201);
  }
  t.same(await sql(cp.dbUrl, "select revoked_at from hosts"), [{ revoked_at: null }], "nothing was revoked");
  t.equal((await sql(cp.dbUrl, "select * from join_tokens")).length, 0, "no token was issued");
});

t.test("revoke: a malformed body or an unknown host changes nothing", async (t) => {
  const cp = await startInProcess(t);
  await sql(cp.dbUrl, "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms) values ('host-0000000000000001', '105', $1, 1000)", [
    Buffer.alloc(32),
  ]);
  const bad = await cp.api("POST", "/admin/hosts/host-0000000000000001/revoke", "{not json");
  t.equal(bad.status, 400);
  t.equal(bad.body.code, "INVALID_JSON");
  const arr = await cp.api("POST", "/admin/hosts/host-0000000000000001/revoke", "[]");
  t.equal(arr.status, 400);
  for (const id of ["host-0000000000000002", "HOST-0000000000000001", "host-0000000000000001x", "%20"]) {
    const r = await cp.api("POST", `/admin/hosts/${id}/revoke`);
    t.equal(r.status, 404, `${id} → 404`);
  }
  t.same(await sql(cp.dbUrl, "select revoked_at, status from hosts"), [{ revoked_at: null, status: "online" }], "nothing changed");
  const ok = await cp.api("POST", "/admin/hosts/host-0000000000000001/revoke");
  t.equal(ok.status, 200, "an empty body is fine");
});
