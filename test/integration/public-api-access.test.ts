// Who may do what at the public API: another user's ids fail exactly like ids that do not
// exist, and change nothing; bad input of every kind gets a clear error and changes nothing;
// fields a customer may not set are ignored; Idempotency-Key; rate limits; token handling.
import t from "tap";
import { sql } from "../helpers/database.js";
import { PRODUCT, startApiWorld, type ApiWorld } from "../helpers/customers.js";

/** Everything a customer request could change, as one comparable value. */
async function dbState(w: ApiWorld): Promise<unknown> {
  const q = (text: string) => sql(w.cp.dbUrl, text);
  return {
    instances: await q(
      "select instance_id, state, generation, pay_unit, expire_at, card_less, image_id, pending_command_id, prepaid_seconds from instances order by instance_id",
    ),
    commands: await q("select count(*)::int as n from commands"),
    gpus: await q("select host_id, gpu_index, instance_id from instance_gpus order by 1, 2"),
    ledger: await q("select count(*)::int as n, coalesce(sum(amount_minor), 0)::float8 as total from ledger_entries"),
    balances: await q("select username, balance_minor::float8 as b from users order by username"),
    orders: await q("select count(*)::int as n from orders"),
    images: await q("select image_id, status, owner_user_id from images order by image_id"),
    tokens: await q("select token_id, deleted_at from api_tokens order by token_id"),
    products: await q("select * from products order by gpu_type"),
  };
}

const BUY = (w: ApiWorld, over: Record<string, unknown> = {}) => ({
  image_id: w.imageId,
  num: 1,
  gpu_type: PRODUCT.gpu_type,
  gpu_count: 1,
  pay_unit: 4,
  room_name: "105",
  ...over,
});

t.test("another user's ids are NOT_FOUND, like ids that do not exist, and nothing changes", async (t) => {
  const w = await startApiWorld(t);
  const alice = await w.newCustomer("alice", "1000.00");
  const bob = await w.newCustomer("bob", "1000.00");
  const a = (await w.call("/gpu/instances/buy", BUY(w), alice.token)).body.success[0].gid as string;
  await w.setState(a, "Running");
  const snap = await w.call("/gpu/instance/snapshot", { gid: a, name: "alice env" }, alice.token);
  t.equal(snap.status, 200);
  await sql(w.cp.dbUrl, "update images set status = 'ready' where image_id = $1", [snap.body.image_id]);
  await w.setState(a, "Running");
  const b = (await w.call("/gpu/instances/buy", BUY(w), bob.token)).body.success[0].gid as string;
  await w.setState(b, "Stopped");
  const ghost = "gpu-105000000000000000";
  const before = await dbState(w);

  const batch: [string, Record<string, unknown>][] = [
    ["/gpu/instances/stop", { card_less: true }],
    ["/gpu/instances/stop", {}],
    ["/gpu/instances/start", {}],
    ["/gpu/instances/cardless/start", {}],
    ["/gpu/instances/restart", {}],
    ["/gpu/instances/destroy", {}],
    ["/gpu/instances/rebuild", { image_id: w.imageId }],
    ["/gpu/instances/lengthen", { pay_unit: 2 }],
    ["/gpu/instances/renew", { pay_period: 1 }],
  ];
  for (const [path, extra] of batch) {
    const theirs = await w.call(path, { gid: a, ...extra }, bob.token);
    const none = await w.call(path, { gid: ghost, ...extra }, bob.token);
    t.equal(theirs.status, 200, path);
    t.same(theirs.body.success, [], `${path}: nothing done to alice's instance`);
    t.match(theirs.body.fails, [{ gid: a, code: "NOT_FOUND", message: `no instance ${a}` }], `${path}: NOT_FOUND`);
    t.same(
      { ...none.body.fails[0], gid: a, message: none.body.fails[0].message.replace(ghost, a) },
      theirs.body.fails[0],
      `${path}: the same answer as for a gid that does not exist`,
    );
  }
  const s = await w.call("/gpu/instance/snapshot", { gid: a, name: "steal" }, bob.token);
  t.same([s.status, s.body.code, s.body.message], [404, "NOT_FOUND", `no instance ${a}`]);
  const rb = await w.call("/gpu/instances/rebuild", { gid: b, image_id: snap.body.image_id }, bob.token);
  t.match(rb.body.fails, [{ gid: b, code: "NOT_FOUND" }], "alice's custom image is not usable by bob");
  const buyWith = await w.call("/gpu/instances/buy", BUY(w, { image_id: snap.body.image_id }), bob.token);
  t.same([buyWith.status, buyWith.body.code], [404, "NOT_FOUND"], "nor to buy with");
  t.same((await w.call("/gpu/images/mine", {}, bob.token)).body.items, [], "nor listed for him");
  t.same((await w.call("/gpu/instances/list", { gid: a }, bob.token)).body, { items: [], total: "0" }, "alice's instance is not in bob's list");
  const del = await w.call("/delete/token", { username: "bob", password: bob.password, token: alice.token }, null);
  t.same([del.status, del.body.code], [404, "NOT_FOUND"], "bob cannot delete alice's token");
  t.notMatch(JSON.stringify(del.body), alice.token, "and the error does not repeat the token");
  t.same(await dbState(w), before, "nothing changed");
  t.equal((await w.call("/gpu/instances/list", {}, alice.token)).status, 200, "alice's token still works");
});

t.test("bad input of every kind: a clear error, nothing changed", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("carol", "100.00");
  const running = (await w.call("/gpu/instances/buy", BUY(w), u.token)).body.success[0].gid as string;
  await w.setState(running, "Running");
  const before = await dbState(w);
  const cases: [string, unknown, number, string, RegExp?][] = [
    // malformed bodies
    ["/gpu/instances/buy", "{not json", 400, "INVALID_JSON"],
    ["/gpu/instances/buy", "[1,2]", 400, "INVALID_ARGUMENT", /JSON object/],
    // buy: missing, wrong type, negative, huge, unknown product/image/room
    ["/gpu/instances/buy", BUY(w, { image_id: undefined }), 400, "INVALID_ARGUMENT", /image_id is required/],
    ["/gpu/instances/buy", BUY(w, { num: "two" }), 400, "INVALID_ARGUMENT", /num must be an integer/],
    ["/gpu/instances/buy", BUY(w, { num: -1 }), 400, "INVALID_ARGUMENT", /num must be from 1/],
    ["/gpu/instances/buy", BUY(w, { num: 1e20 }), 400, "INVALID_ARGUMENT", /num/],
    ["/gpu/instances/buy", BUY(w, { num: 1.5 }), 400, "INVALID_ARGUMENT", /num must be an integer/],
    ["/gpu/instances/buy", BUY(w, { gpu_count: 0 }), 400, "INVALID_ARGUMENT", /gpu_count/],
    ["/gpu/instances/buy", BUY(w, { gpu_count: 65 }), 400, "INVALID_ARGUMENT", /gpu_count/],
    ["/gpu/instances/buy", BUY(w, { pay_unit: 3 }), 400, "INVALID_ARGUMENT", /pay_unit must be 4/],
    ["/gpu/instances/buy", BUY(w, { pay_unit: null }), 400, "INVALID_ARGUMENT", /pay_unit is required/],
    ["/gpu/instances/buy", BUY(w, { extra_disk_cap: 501 }), 400, "INVALID_ARGUMENT", /extra_disk_cap must be from 0 to 500/],
    ["/gpu/instances/buy", BUY(w, { extra_disk_cap: -5 }), 400, "INVALID_ARGUMENT", /extra_disk_cap/],
    ["/gpu/instances/buy", BUY(w, { gpu_type: "no_such_product" }), 404, "NOT_FOUND", /no product/],
    ["/gpu/instances/buy", BUY(w, { gpu_type: 7 }), 400, "INVALID_ARGUMENT", /gpu_type must be a string/],
    ["/gpu/instances/buy", BUY(w, { image_id: "img-0000000000000000" }), 404, "NOT_FOUND", /no image/],
    ["/gpu/instances/buy", BUY(w, { image_id: "../../etc/passwd" }), 404, "NOT_FOUND", /no image/],
    ["/gpu/instances/buy", BUY(w, { room_name: "999" }), 400, "INVALID_ARGUMENT", /sold in room 105/],
    ["/gpu/instances/buy", BUY(w, { gpu_count: 5 }), 409, "NO_STOCK"],
    ["/gpu/instances/buy", BUY(w, { pay_unit: 2 }), 402, "INSUFFICIENT_BALANCE", /balance is 100\.00.*1000\.00/],
    ["/gpu/instances/buy", BUY(w, { num: 100 }), 402, "INSUFFICIENT_BALANCE"],
    ["/gpu/application/buy", { num: 1, pay_unit: 4, app_type: "nope" }, 404, "NOT_FOUND", /no application/],
    ["/gpu/application/buy", { num: 1, pay_unit: 4 }, 400, "INVALID_ARGUMENT", /app_type is required/],
    // lists
    ["/gpu/images/list", {}, 400, "INVALID_ARGUMENT", /gpu_type is required/],
    ["/gpu/images/list", { gpu_type: "nope" }, 404, "NOT_FOUND"],
    ["/gpu/images/mine", { room_name: "bad room!" }, 400, "INVALID_ARGUMENT", /room_name/],
    ["/gpu/instances/list", { page: 0 }, 400, "INVALID_ARGUMENT", /page must be from 1/],
    ["/gpu/instances/list", { page_size: 10_000 }, 400, "INVALID_ARGUMENT", /page_size/],
    ["/gpu/instances/list", { status: "Sleeping" }, 400, "INVALID_ARGUMENT", /status must be one of/],
    // operations
    ["/gpu/instances/stop", {}, 400, "INVALID_ARGUMENT", /gid is required/],
    ["/gpu/instances/stop", { gid: 12 }, 400, "INVALID_ARGUMENT", /gid must be a string/],
    ["/gpu/instances/stop", { gid: running, card_less: "maybe" }, 400, "INVALID_ARGUMENT", /card_less must be true or false/],
    ["/gpu/instances/stop", { gid: Array.from({ length: 101 }, (_, n) => `gpu-x${n}`).join(",") }, 400, "INVALID_ARGUMENT", /at most 100/],
    ["/gpu/instances/stop", { gid: " , , " }, 400, "INVALID_ARGUMENT", /gid is required/],
    ["/gpu/instance/snapshot", { gid: running }, 400, "INVALID_ARGUMENT", /name is required/],
    ["/gpu/instance/snapshot", { gid: running, name: "x".repeat(200) }, 400, "INVALID_ARGUMENT", /name must be at most 128/],
    ["/gpu/instances/rebuild", { gid: running }, 400, "INVALID_ARGUMENT", /image_id is required/],
    ["/gpu/instances/rebuild", { gid: running, image_id: "img-zz" }, 404, "NOT_FOUND"],
    ["/gpu/instances/lengthen", { gid: running, pay_unit: 4 }, 400, "INVALID_ARGUMENT", /pay_unit must be 1 .*or 2/],
    ["/gpu/instances/lengthen", { gid: running }, 400, "INVALID_ARGUMENT", /pay_unit is required/],
    ["/gpu/instances/renew", { gid: running, pay_period: 13 }, 400, "INVALID_ARGUMENT", /pay_period must be from 1 to 12/],
    ["/gpu/instances/renew", { gid: running, pay_period: "x" }, 400, "INVALID_ARGUMENT", /pay_period must be an integer/],
    // tokens
    ["/generate/token", { username: "carol", password: u.password }, 400, "INVALID_ARGUMENT", /name is required/],
    ["/generate/token", { username: "carol", password: u.password, name: "x".repeat(65) }, 400, "INVALID_ARGUMENT", /name must be at most 64/],
    ["/generate/token", { username: "carol", password: "wrong-password", name: "n" }, 401, "UNAUTHORIZED", /wrong username or password/],
    ["/generate/token", { username: "nobody", password: "whatever-pw", name: "n" }, 401, "UNAUTHORIZED", /wrong username or password/],
    ["/generate/token", { username: ["carol"], password: u.password, name: "n" }, 400, "INVALID_ARGUMENT", /username must be a string/],
    ["/delete/token", { username: "carol", password: u.password }, 400, "INVALID_ARGUMENT", /token is required/],
    ["/delete/token", { username: "carol", password: u.password, token: "not-a-token" }, 404, "NOT_FOUND"],
    [
      "/delete/token",
      { username: "carol", password: u.password, token: `${u.token},11111111-2222-4333-8444-555555555555` },
      404,
      "NOT_FOUND",
      /no token "11111111-\*\*\*\*/,
    ],
  ];
  for (const [path, body, status, code, message] of cases) {
    const token = path.startsWith("/gpu") ? u.token : null;
    const r = await w.call(path, body, token);
    const label = `${path} ${typeof body === "string" ? body : JSON.stringify(body).slice(0, 90)}`;
    t.equal(r.status, status, `${label} → ${status}`);
    t.equal(r.body.code, code, label);
    if (message) t.match(r.body.message, message, label);
  }
  // Per-item refusals: unknown gids and wrong states, in "fails".
  const perItem: [string, Record<string, unknown>, string, RegExp][] = [
    ["/gpu/instances/start", { gid: running }, "INVALID_STATE", /not possible while the instance is Running/],
    ["/gpu/instances/destroy", { gid: running }, "INVALID_STATE", /Running/],
    ["/gpu/instances/renew", { gid: running, pay_period: 1 }, "INVALID_STATE", /hourly/],
    ["/gpu/instances/lengthen", { gid: running, pay_unit: 2 }, "INSUFFICIENT_BALANCE", /1000\.00/],
    ["/gpu/instances/stop", { gid: "gpu-nope" }, "NOT_FOUND", /no instance/],
  ];
  for (const [path, body, code, message] of perItem) {
    const r = await w.call(path, body, u.token);
    t.equal(r.status, 200, path);
    t.match(r.body, { success: [], fails: [{ code, message }] }, `${path} ${JSON.stringify(body)}`);
  }
  t.same(await dbState(w), before, "nothing changed");
  // Unknown token, no token, a malformed header.
  for (const auth of [null, "not-a-token", "Bearer", "Basic abc", "11111111-2222-4333-8444-555555555555"]) {
    const r = await w.call("/gpu/instances/list", {}, auth);
    t.same([r.status, r.body.code], [401, "UNAUTHORIZED"], `Authorization: ${auth}`);
  }
  t.same([(await w.call("/gpu/instances/nope", {}, u.token)).status], [404], "an unknown path");
  // Text PostgreSQL cannot store: a clear 400, never a 500.
  for (const [path, body] of [
    ["/gpu/instances/stop", { gid: "gpu-\u0000x" }],
    ["/gpu/instance/snapshot", { gid: running, name: "a\u0000b" }],
    ["/gpu/instances/buy", { ...BUY(w), "room\u0000": 1 }],
    ["/gpu/instances/list", { status: "\ud800" }],
  ] as const) {
    const r = await w.call(path, body, u.token);
    t.same([r.status, r.body.code], [400, "INVALID_ARGUMENT"], `${path} with NUL or a lone surrogate`);
  }
  const nul = await w.call("/generate/token", { username: "carol\u0000", password: u.password, name: "n" }, null);
  t.same([nul.status, nul.body.code], [400, "INVALID_ARGUMENT"]);
  for (const path of ["/admin/users/carol%00", "/admin/instances/gpu-1%00", "/admin/products/a%00b", "/admin/hosts/host-%00?x=1"]) {
    const r = await w.cp.api("GET", path);
    t.same([r.status, r.body.code], [400, "INVALID_ARGUMENT"], `GET ${path}`);
  }
  t.equal((await w.cp.api("GET", "/gpu/instances/list", undefined, null, { authorization: u.token })).status, 405, "GET on a POST endpoint");
});

t.test("fields a customer may not set change nothing", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("dave", "100.00");
  const r = await w.call(
    "/gpu/instances/buy",
    BUY(w, { balance: "999999.00", price: "0.01", price_hour: "0.00", status: "Running", gid: "gpu-105mine", user_id: 1, expire_at: "2099-01-01T00:00:00Z" }),
    u.token,
  );
  t.equal(r.status, 200);
  const gid: string = r.body.success[0].gid;
  t.not(gid, "gpu-105mine");
  const [i] = await sql<{ state: string; prices: { hour: number }; expire_at: Date | null }>(
    w.cp.dbUrl,
    "select state, prices, expire_at from instances where instance_id = $1",
    [gid],
  );
  t.same([i!.state, i!.prices.hour, i!.expire_at], ["Creating", 200, null]);
  t.equal((await w.cp.api("GET", "/admin/users/dave")).body.balance, "100.00");
  const tok = await w.call(
    "/generate/token",
    { username: "dave", password: u.password, name: "x", scope: "admin", status: "active", token: "11111111-2222-4333-8444-555555555555" },
    null,
  );
  t.equal(tok.body.token.scope, "global");
  t.not(tok.body.token.token, "11111111-2222-4333-8444-555555555555");
});

t.test("Idempotency-Key: a retry returns the first response and buys nothing more", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("erin", "10000.00");
  const key = { "idempotency-key": "3f1c9a2e-order-1" };
  const first = await w.call("/gpu/instances/buy", BUY(w, { pay_unit: 1 }), u.token, key);
  const again = await w.call("/gpu/instances/buy", BUY(w, { pay_unit: 1 }), u.token, key);
  t.equal(first.status, 200);
  t.same(again.body, first.body, "the same response");
  t.equal(again.headers.get("idempotent-replayed"), "true");
  t.equal(first.headers.get("idempotent-replayed"), null);
  const [n] = await sql<{ n: number }>(w.cp.dbUrl, "select count(*)::int as n from instances");
  t.equal(n!.n, 1, "one instance");
  t.equal((await w.cp.api("GET", "/admin/users/erin")).body.balance, "9960.00", "charged once (one day at 40.00)");
  const other = await w.call("/gpu/instances/buy", BUY(w, { pay_unit: 2 }), u.token, key);
  t.same([other.status, other.body.code], [409, "IDEMPOTENCY_CONFLICT"], "the same key for another request");
  // A refused request is answered the same way again.
  const refused = await w.call("/gpu/instances/buy", BUY(w, { gpu_count: 9 }), u.token, { "idempotency-key": "k2" });
  const refusedAgain = await w.call("/gpu/instances/buy", BUY(w, { gpu_count: 9 }), u.token, { "idempotency-key": "k2" });
  t.same([refused.status, refused.body], [refusedAgain.status, refusedAgain.body]);
  // Keys are per user: another user's identical key is theirs alone.
  const v = await w.newCustomer("frank", "10000.00");
  t.equal((await w.call("/gpu/instances/buy", BUY(w, { pay_unit: 1 }), v.token, key)).headers.get("idempotent-replayed"), null);
  // The stored response is sealed: the new token is not in the database in clear.
  const tok = await w.call("/generate/token", { username: "erin", password: u.password, name: "k" }, null, { "idempotency-key": "tok-1" });
  const tokAgain = await w.call("/generate/token", { username: "erin", password: u.password, name: "k" }, null, { "idempotency-key": "tok-1" });
  t.equal(tokAgain.body.token.token, tok.body.token.token, "the retry gets the same token");
  const rows = await sql<{ s: string }>(w.cp.dbUrl, "select encode(response_sealed, 'escape') as s from idempotent_requests");
  t.notOk(
    rows.some((r) => r.s.includes(tok.body.token.token)),
    "never stored in clear",
  );
  t.same([(await w.call("/gpu/instances/buy", BUY(w), u.token, { "idempotency-key": "bad key with spaces" })).status], [400]);
});

t.test("rate limits: 429 with Retry-After, per token; token endpoints per address", async (t) => {
  const w = await startApiWorld(t, { env: { API_RATE_PER_S: "1", API_RATE_BURST: "3", AUTH_RATE_PER_MIN: "4" } });
  const u = await w.newCustomer("gina");
  const v = await w.newCustomer("hank");
  const codes = [];
  for (let n = 0; n < 5; n++) codes.push((await w.call("/gpu/product/list", {}, u.token)).status);
  t.same(codes, [200, 200, 200, 429, 429]);
  const limited = await w.call("/gpu/product/list", {}, u.token);
  t.equal(limited.body.code, "RATE_LIMITED");
  t.match(limited.headers.get("retry-after"), /^\d+$/);
  t.equal((await w.call("/gpu/product/list", {}, v.token)).status, 200, "another user's token has its own budget");
  const second = (await w.call("/generate/token", { username: "hank", password: v.password, name: "second" }, null)).body.token.token;
  const spread = [];
  for (let n = 0; n < 3; n++) spread.push((await w.call("/gpu/product/list", {}, second)).status);
  t.same(spread, [200, 200, 429], "a second token of the same user shares the user's budget");
  // Three token creations were made above; one more attempt is left for this address.
  const attempts = [];
  for (let n = 0; n < 3; n++) attempts.push((await w.call("/all/tokens", { username: "gina", password: "wrong-password" }, null)).status);
  t.same(attempts, [401, 429, 429], "password guessing is slowed per address");
});
