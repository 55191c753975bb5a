// Abuse and bad input (issue 9 §5): deeply nested JSON, password hashing under load, limits per
// username and per address, failed token lookups limited before the database is touched.
import t from "tap";
import { sql } from "../helpers/database.js";
import { startApiWorld } from "../helpers/customers.js";
import { captureLogs } from "../helpers/logs.js";

const nested = (levels: number, open = '{"a":', close = "}") => open.repeat(levels) + "1" + close.repeat(levels);

t.test("deeply nested JSON at any endpoint is a 400, never a 500, and changes nothing", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  const u = await w.newCustomer("nest", "100");
  const count = async () => (await sql(w.cp.dbUrl, "select (select count(*) from users)::int + (select count(*) from api_tokens)::int as n"))[0]!.n;
  const before = await count();
  // 100,000 levels in 500 KB (objects) and 200 KB (arrays): under the 1 MiB body limit.
  for (const body of [nested(100_000), nested(100_000, "[", "]"), `{"x":${nested(100_000, "[", "]")}}`]) {
    t.ok(body.length < 1024 * 1024);
    for (const [path, token] of [
      ["/gpu/instances/list", u.token],
      ["/gpu/instances/buy", u.token],
      ["/generate/token", null],
      ["/delete/token", null],
    ] as const) {
      const r = await w.call(path, body, token);
      t.same([r.status, r.body.code], [400, "INVALID_JSON"], `${path} with ${body.slice(0, 6)}…`);
      t.match(r.body.message, /deeper than 32 levels/);
    }
    for (const path of ["/admin/users", "/admin/products", "/admin/instances"]) {
      const r = await w.cp.api("POST", path, body);
      t.same([r.status, r.body.code], [400, "INVALID_JSON"], `POST ${path}`);
    }
  }
  // 33 levels is refused, 32 is parsed (and then judged on its fields, as before).
  t.same((await w.call("/gpu/instances/list", `{"x":${nested(32)}}`, u.token)).body.code, "INVALID_JSON");
  const ok = await w.call("/gpu/instances/list", `{"x":${nested(31)}}`, u.token);
  t.equal(ok.status, 200, "31 levels inside the body (32 in all) is fine");
  // Brackets inside strings are text, not nesting.
  const text = await w.call("/gpu/instances/list", JSON.stringify({ x: "{[".repeat(1000), y: '\\"{{{' }), u.token);
  t.equal(text.status, 200);
  t.equal(await count(), before, "nothing changed");
});

t.test("failed token lookups are limited per address before the database, and logged once per window", async (t) => {
  const logs = captureLogs();
  const w = await startApiWorld(t, { gpus: 1, env: { AUTH_FAILURES_PER_MIN: "5" }, log: logs.log });
  const u = await w.newCustomer("tina", "10");
  const bad = "11111111-2222-4333-8444-555555555555";
  const statuses: number[] = [];
  for (let n = 0; n < 5; n++) statuses.push((await w.call("/gpu/instances/list", {}, bad)).status);
  t.same(statuses, [401, 401, 401, 401, 401], "the first failures are answered as usual");
  // From now on the address is refused without a lookup: even with the tokens table gone.
  await sql(w.cp.dbUrl, "alter table api_tokens rename to api_tokens_away");
  const limited: number[] = [];
  for (let n = 0; n < 30; n++) {
    const r = await w.call("/gpu/instances/list", {}, n % 2 ? bad : "not-a-token");
    limited.push(r.status);
    if (n === 0) {
      t.same(r.body.code, "RATE_LIMITED");
      t.ok(Number(r.headers.get("retry-after")) >= 1, "with Retry-After");
    }
  }
  t.same(new Set(limited), new Set([429]), "429 without touching the database (no 500 from the missing table)");
  const good = await w.call("/gpu/instances/list", {}, u.token);
  t.equal(good.status, 429, "the address is limited for the rest of the window, whatever the token");
  await sql(w.cp.dbUrl, "alter table api_tokens_away rename to api_tokens");
  const warned = logs.lines().filter((l) => /failed token lookups limited/.test(l.msg));
  t.equal(warned.length, 1, "one warn line for the limited window, not one per request");
  t.match(warned[0], { level: 40, failures: 5, address: /^(127\.0\.0\.1|::1)/ });
  t.notOk(logs.text().includes(bad), "the token tried is not logged");
});

t.test("masked tokens show at most 8 characters; a masked token still deletes", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  const u = await w.newCustomer("mask", "10");
  const listed = await w.call("/all/tokens", { username: "mask", password: u.password }, null);
  const masked: string = listed.body.tokens[0].token;
  t.equal(masked, `${u.token.slice(0, 8)}-****-****-****-************`);
  t.ok(masked.replace(/[-*]/g, "").length <= 8, "at most 8 characters of the token");
  const [row] = await sql<{ masked: string }>(w.cp.dbUrl, "select masked from api_tokens");
  t.equal(row!.masked, masked, "stored masks are short too");
  await t.rejects(
    sql(w.cp.dbUrl, "update api_tokens set masked = 'edfb5419-****-****-9093-42c7f731bad1'"),
    /api_tokens_masked_short/,
    "the schema refuses a long mask",
  );
  t.same((await w.call("/delete/token", { username: "mask", password: u.password, token: masked }, null)).body, { success: true });
  t.equal((await w.call("/gpu/instances/list", {}, u.token)).status, 401);
});

t.test("password endpoints: limits per username and per address (IPv6 per /64), TRUST_PROXY", async (t) => {
  const w = await startApiWorld(t, { gpus: 1, env: { AUTH_RATE_PER_MIN: "3", AUTH_RATE_PER_USER_PER_MIN: "3", TRUST_PROXY: "1" } });
  await w.cp.api("POST", "/admin/users", { username: "uma", password: "uma-password" });
  const login = (username: string, from: string) => w.call("/all/tokens", { username, password: "wrong-password" }, null, { "x-forwarded-for": from });
  // One username from many addresses: the username's limit.
  const perUser: number[] = [];
  for (let n = 1; n <= 4; n++) perUser.push((await login(n === 4 ? "UMA" : "uma", `198.51.100.${n}`)).status);
  t.same(perUser, [401, 401, 401, 429], "the 4th try at one username (in any case) is refused, from a new address too");
  // Many usernames from one IPv6 /64 (each a different address): the address's limit.
  const perNet: number[] = [];
  for (let n = 1; n <= 4; n++) perNet.push((await login(`v6user${n}`, `2001:db8:1:2::${n}`)).status);
  t.same(perNet, [401, 401, 401, 429], "one /64 counts as one address");
  t.equal((await login("v6user9", "2001:db8:1:3::1")).status, 401, "the next /64 is another address");
  // X-Forwarded-For is believed for one hop only: what the client put left of it is ignored.
  const spoofed: number[] = [];
  for (let n = 1; n <= 4; n++) spoofed.push((await login(`sp${n}`, `10.9.9.${n}, 203.0.113.50`)).status);
  t.same(spoofed, [401, 401, 401, 429], "entries a client wrote do not give it new addresses");
});

t.test("without TRUST_PROXY, X-Forwarded-For is ignored", async (t) => {
  const w = await startApiWorld(t, { gpus: 1, env: { AUTH_RATE_PER_MIN: "2" } });
  const statuses: number[] = [];
  for (let n = 1; n <= 3; n++)
    statuses.push((await w.call("/all/tokens", { username: `x${n}`, password: "wrong-password" }, null, { "x-forwarded-for": `198.51.100.${n}` })).status);
  t.same(statuses, [401, 401, 429]);
});

t.test("password hashing has a bounded wait queue: 429 when it is full, never an unbounded pile", async (t) => {
  // Full-cost hashes (2^17, ~0.4 s each) so that requests overlap; 2 run and 1 waits.
  const w = await startApiWorld(t, { gpus: 1, env: { PASSWORD_SCRYPT_LOG_N: "17", PASSWORD_HASH_QUEUE: "1" } });
  const attempts = await Promise.all(Array.from({ length: 10 }, (_, n) => w.call("/all/tokens", { username: `nobody${n}`, password: "wrong-password" }, null)));
  const statuses = attempts.map((r) => r.status).sort();
  t.equal(statuses.filter((s) => s === 401).length, 3, "2 running and 1 waiting are answered");
  t.equal(statuses.filter((s) => s === 429).length, 7, "the rest are refused at once");
  const refused = attempts.find((r) => r.status === 429)!;
  t.match(refused.body, { code: "RATE_LIMITED", message: /too many password checks/ });
  t.ok(Number(refused.headers.get("retry-after")) >= 1);
  // Once the queue drains, checks are answered again.
  t.equal((await w.call("/all/tokens", { username: "nobody", password: "wrong-password" }, null)).status, 401);
});
