// The customer's money endpoints (/account/info, /account/ledger) and the audit, over HTTP;
// bad input and other users' ids; and the schema refusing what would break the books.
import t from "tap";
import pg from "pg";
import { PRODUCT } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { HOUR, startBillingWorld } from "../helpers/billing.js";

t.test("/account/info and /account/ledger show the balance, what is owed, what is prepaid, and every entry", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("acct", "100.00");
  const other = await w.newCustomer("acct2", "10.00");
  const buy = (payUnit: number, token = u.token) =>
    w.call("/gpu/instances/buy", { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: payUnit, room_name: "105" }, token);
  const hourly: string = (await buy(4)).body.success[0].gid;
  const daily: string = (await buy(1)).body.success[0].gid;
  const theirs: string = (await buy(4, other.token)).body.success[0].gid;
  await w.agentDoesAll();
  w.advance(HOUR / 2);
  const info = await w.call("/account/info", {}, u.token);
  t.equal(info.status, 200);
  t.same(
    info.body,
    { username: "acct", balance: "60.00", frozen_balance: "1.00", available_balance: "59.00", prepaid_balance: "39.16", suspended_instances: 0 },
    "40.00 prepaid, half an hour of each used: 1.00 owed, 39.16 (rounded down) of the day left",
  );

  const page = await w.call("/account/ledger", { page: 1, page_size: 2 }, u.token);
  t.equal(page.status, 200);
  t.equal(page.body.total_items, 2, "recharge and purchase");
  t.match(page.body.items, [
    { kind: "purchase", amount: "-40.00", balance_after: "60.00", gid: daily },
    { kind: "recharge", amount: "100.00", balance_after: "100.00", gid: null },
  ]);
  await w.call("/gpu/instances/stop", { gid: hourly }, u.token); // settles the half hour
  const mine = await w.call("/account/ledger", { gid: hourly, page: "1", page_size: "10" }, u.token);
  t.match(mine.body, { total_items: 1, items: [{ kind: "usage", amount: "-1.00", gid: hourly, period_start: /\+00:00$/, period_end: /\+00:00$/ }] });

  // Someone else's instance is NOT_FOUND, like one that does not exist.
  for (const gid of [theirs, "gpu-105doesnotexist"]) {
    const r = await w.call("/account/ledger", { gid }, u.token);
    t.equal(r.status, 404, gid);
    t.equal(r.body.code, "NOT_FOUND");
  }
  const bad: [unknown, string][] = [
    [{ page: 0 }, "page"],
    [{ page: -1 }, "page"],
    [{ page: "x" }, "page"],
    [{ page_size: 501 }, "page_size"],
    [{ page_size: 1e30 }, "page_size"],
    [{ gid: 5 }, "gid"],
    [{ gid: "g".repeat(500) }, "gid"],
  ];
  for (const [body, field] of bad) {
    const r = await w.call("/account/ledger", body, u.token);
    t.equal(r.status, 400, JSON.stringify(body).slice(0, 60));
    t.match(r.body, { code: "INVALID_ARGUMENT", message: new RegExp(field) });
  }
  t.equal((await w.call("/account/info", [], u.token)).status, 400, "a body that is not an object");
  const raw = await fetch(`${w.cp.url}/account/info`, {
    method: "POST",
    headers: { authorization: u.token, "content-type": "application/json" },
    body: "{nope",
  });
  t.equal(raw.status, 400, "malformed JSON");
  for (const path of ["/account/info", "/account/ledger"]) {
    t.equal((await w.call(path, {}, null)).status, 401, `${path} needs a token`);
    t.equal((await w.call(path, {}, "0123456789abcdef0123456789abcdef")).status, 401, `${path}: an unknown token`);
  }
  t.same((await w.call("/account/info", { balance: "1000000.00", username: "acct2" }, u.token)).body.username, "acct", "fields in the body change nothing");
});

t.test("the audit is clean after real traffic, and the schema refuses what would break the books", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("books", "50.00");
  await w.call("/gpu/instances/buy", { image_id: w.imageId, num: 2, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105" }, u.token);
  await w.agentDoesAll();
  w.advance(3 * HOUR);
  await w.cycle();
  const audit = await w.cp.api("GET", "/admin/ledger/audit");
  t.equal(audit.status, 200);
  t.match(audit.body, { ok: true, violations: [], checked: { users: 1, instances_with_usage: 2 } });
  t.equal(audit.body.totals.cash_minor + audit.body.totals.revenue_minor + audit.body.totals.wallets_minor, 0, "the book sums to zero");
  t.equal(audit.body.totals.wallets_minor, 5000 - 1200, "the wallet holds what is left");
  t.equal((await w.call("/admin/ledger/audit", {}, u.token)).status, 401, "customers cannot run it");

  const c = new pg.Client({ connectionString: w.cp.dbUrl });
  await c.connect();
  t.teardown(() => c.end());
  const refused = async (what: string, text: string, pattern: RegExp) => {
    await c.query("begin");
    try {
      await c.query(text);
      await c.query("commit");
      t.fail(`${what}: accepted`);
    } catch (err) {
      await c.query("rollback").catch(() => undefined);
      t.match((err as Error).message, pattern, what);
    }
  };
  const [e] = await sql<{ entry_id: string; user_id: string; key: string; after: string }>(
    w.cp.dbUrl,
    "select entry_id::text, user_id::text, idempotency_key as key, balance_after_minor::text as after from ledger_entries order by entry_id desc limit 1",
  );
  await refused("an edit", `update ledger_entries set amount_minor = 1 where entry_id = ${e!.entry_id}`, /append-only/);
  await refused("a deletion", `delete from ledger_entries where entry_id = ${e!.entry_id}`, /append-only/);
  await refused("a posting edited", `update ledger_postings set amount_minor = 1 where entry_id = ${e!.entry_id}`, /append-only/);
  await refused(
    "the same key twice",
    `insert into ledger_entries (user_id, amount_minor, balance_after_minor, kind, idempotency_key) values (${e!.user_id}, 1, ${Number(e!.after) + 1}, 'recharge', '${e!.key}')`,
    /duplicate key/,
  );
  await refused(
    "a broken chain",
    `insert into ledger_entries (user_id, amount_minor, balance_after_minor, kind, idempotency_key) values (${e!.user_id}, 1, 999999, 'recharge', 'x-chain')`,
    /balance chain/,
  );
  await refused(
    "an entry without its other side",
    `with n as (insert into ledger_entries (user_id, amount_minor, balance_after_minor, kind, idempotency_key) values (${e!.user_id}, 1, ${Number(e!.after) + 1}, 'recharge', 'x-onesided') returning entry_id)
     insert into ledger_postings (entry_id, account, amount_minor) select entry_id, 'wallet:${e!.user_id}', 1 from n`,
    /not balanced/,
  );
  await refused(
    "an entry whose balance was not moved",
    `with n as (insert into ledger_entries (user_id, amount_minor, balance_after_minor, kind, idempotency_key) values (${e!.user_id}, 1, ${Number(e!.after) + 1}, 'recharge', 'x-nobalance') returning entry_id)
     insert into ledger_postings (entry_id, account, amount_minor) select entry_id, 'wallet:${e!.user_id}', 1 from n union all select entry_id, 'system:cash', -1 from n`,
    /balance of user/,
  );
  t.same((await w.cp.api("GET", "/admin/ledger/audit")).body.violations, [], "still clean: nothing got in");
  // What the audit finds when the books are broken behind the schema's back.
  await c.query("update users set balance_minor = balance_minor + 7");
  const broken = await w.cp.api("GET", "/admin/ledger/audit");
  t.equal(broken.body.ok, false);
  t.match(broken.body.violations, [{ check: "balance_is_sum_of_entries", detail: /books/ }]);
});
