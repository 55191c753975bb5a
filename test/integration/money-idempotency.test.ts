// Money and Idempotency-Key when our own side fails half-way (docs/decisions/0018-partial-batches.md):
// the database is made to refuse one item for real (a trigger), and a retry with the same key
// must never charge or credit twice. Also: several hourly instances started in one call need one
// hour of all of them, as buying does.
import t from "tap";
import { PRODUCT } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { startBillingWorld, type BillingWorld } from "../helpers/billing.js";

const buy = (w: BillingWorld, token: string, payUnit: number, num = 1) =>
  w.call("/gpu/instances/buy", { image_id: w.imageId, num, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: payUnit, room_name: "105" }, token);

/** Makes the database refuse every change of one instance's row (a real error from PostgreSQL). */
async function refuseChangesOf(w: BillingWorld, gid: string): Promise<() => Promise<void>> {
  await sql(
    w.cp.dbUrl,
    `create or replace function test_refuse() returns trigger language plpgsql as $$
     begin raise exception 'injected failure for %', old.instance_id; end $$`,
  );
  await sql(w.cp.dbUrl, `create trigger test_refuse before update on instances for each row when (old.instance_id = '${gid}') execute function test_refuse()`);
  return async () => void (await sql(w.cp.dbUrl, "drop trigger test_refuse on instances"));
}

const renewals = async (w: BillingWorld, gid: string) => (await w.entries(gid)).filter(([kind]) => kind === "renewal").length;

t.test("renew: an item that fails on our side after another committed is a per-item failure, and the retry renews nothing twice", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("renewer", "1000.00");
  const [a, b] = (await buy(w, u.token, 1, 2)).body.success.map((s: { gid: string }) => s.gid) as [string, string];
  await w.agentDoesAll();
  const before = await w.balanceMinor("renewer");

  const allow = await refuseChangesOf(w, b);
  const key = { "Idempotency-Key": "renew-a-then-b" };
  const first = await w.call("/gpu/instances/renew", { gid: `${a},${b}`, pay_period: 1 }, u.token, key);
  t.equal(first.status, 200, "never a bare 5xx once something was done");
  t.same(first.body.success, [a]);
  t.match(first.body.fails, [{ gid: b, code: "INTERNAL", message: /nothing of it was done/ }]);
  t.notMatch(JSON.stringify(first.body), /injected|trigger|sql/i, "no database text leaks");

  const retry = await w.call("/gpu/instances/renew", { gid: `${a},${b}`, pay_period: 1 }, u.token, key);
  t.equal(retry.headers.get("idempotent-replayed"), "true");
  t.same(retry.body, first.body, "the retry gets the first answer");
  t.equal(await renewals(w, a), 1, "a renewed once");
  t.equal(await renewals(w, b), 0, "b not renewed");
  t.equal(await w.balanceMinor("renewer"), before - 4000, "charged one day once");

  // The failing item first: nothing was committed, so the call fails whole and its key is free.
  const key2 = { "Idempotency-Key": "renew-b-then-a" };
  const whole = await w.call("/gpu/instances/renew", { gid: `${b},${a}`, pay_period: 1 }, u.token, key2);
  t.equal(whole.status, 500);
  t.equal(await renewals(w, a), 1, "stopped before a");
  await allow();
  const again = await w.call("/gpu/instances/renew", { gid: `${b},${a}`, pay_period: 1 }, u.token, key2);
  t.equal(again.status, 200);
  t.not(again.headers.get("idempotent-replayed"), "true", "the freed key runs the request");
  t.same(again.body, { success: [b, a], fails: [] });
  t.equal(await renewals(w, a), 2);
  t.equal(await renewals(w, b), 1);
  t.same((await w.audit()).violations, []);
});

t.test("start: an item that fails on our side after another started is a per-item failure; the retry starts nothing twice", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("starter", "100.00");
  const [a, b] = (await buy(w, u.token, 4, 2)).body.success.map((s: { gid: string }) => s.gid) as [string, string];
  await w.agentDoesAll();
  t.same((await w.call("/gpu/instances/stop", { gid: `${a},${b}` }, u.token)).body.success, [a, b]);
  await w.agentDoesAll();
  const allow = await refuseChangesOf(w, b);
  const key = { "Idempotency-Key": "start-a-b" };
  const first = await w.call("/gpu/instances/start", { gid: `${a},${b}` }, u.token, key);
  t.equal(first.status, 200);
  t.same(first.body.success, [a]);
  t.match(first.body.fails, [{ gid: b, code: "INTERNAL" }]);
  await allow();
  const retry = await w.call("/gpu/instances/start", { gid: `${a},${b}` }, u.token, key);
  t.same(retry.body, first.body);
  t.equal(retry.headers.get("idempotent-replayed"), "true");
  const starts = await sql<{ n: number }>(w.cp.dbUrl, "select count(*)::int as n from commands where instance_id = $1 and op = 'start'", [a]);
  t.same(starts, [{ n: 1 }], "one start command for a");
});

t.test("recharge: answered once its money is in; lifting suspensions after it is best effort", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("broke", "10.00");
  const gid: string = (await buy(w, u.token, 4)).body.success[0].gid;
  await w.agentDoesAll();
  await sql(w.cp.dbUrl, "update instances set suspended_at = settled_until where instance_id = $1", [gid]);
  const allow = await refuseChangesOf(w, gid); // the lift cannot write the instance
  const key = { "Idempotency-Key": "recharge-1" };
  const first = await w.cp.api("POST", "/admin/users/broke/recharge", { amount: "50.00" }, undefined, key);
  t.equal(first.status, 200, "the money is in: that is the answer");
  t.match(first.body, { username: "broke", balance: "60.00" });
  const retry = await w.cp.api("POST", "/admin/users/broke/recharge", { amount: "50.00" }, undefined, key);
  t.equal(retry.status, 200);
  t.equal(retry.headers.get("idempotent-replayed"), "true");
  t.equal(await w.balanceMinor("broke"), 6000, "recharged once");
  t.not((await w.row(gid)).suspended_at, null, "still suspended: the lift failed");
  await allow();
  const out = await w.cycle();
  t.equal(out.lifted, 1, "the billing cycle lifts it");
  t.equal((await w.row(gid)).suspended_at, null);
  t.same((await w.audit()).violations, []);
});

t.test("starting several hourly instances in one call needs one hour of all of them, as buying does", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("thrifty", "2.00"); // one hour of one instance (2.00 an hour)
  const a: string = (await buy(w, u.token, 4)).body.success[0].gid;
  const b: string = (await buy(w, u.token, 4)).body.success[0].gid;
  t.match((await buy(w, u.token, 4, 2)).body, { code: "INSUFFICIENT_BALANCE" }, "buying two at once needs two hours");
  await w.agentDoesAll();
  t.same((await w.call("/gpu/instances/stop", { gid: `${a},${b}` }, u.token)).body.success, [a, b]);
  await w.agentDoesAll();
  const r = await w.call("/gpu/instances/start", { gid: `${a},${b}` }, u.token);
  t.same(r.body.success, [a]);
  t.match(r.body.fails, [{ gid: b, code: "INSUFFICIENT_BALANCE", message: /needs at least 4\.00/ }]);
  t.equal((await w.row(b)).state, "Stopped", "b stays stopped");
  // Card-less starts count their own rate: 0.10 an hour each.
  await w.agentDoesAll();
  t.same((await w.call("/gpu/instances/stop", { gid: a }, u.token)).body.success, [a]);
  await w.agentDoesAll();
  const cl = await w.call("/gpu/instances/cardless/start", { gid: `${a},${b}` }, u.token);
  t.same(cl.body, { success: [a, b], fails: [] }, "two card-less hours (0.20) are covered");
});
