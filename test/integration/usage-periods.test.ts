// A usage entry's period covers all the time it charges for: settlements that cost less than a
// minor unit post nothing and carry the fraction, and the entry that finally charges it starts
// where the last entry ended (or where billing began). The audit checks it.
import t from "tap";
import { PRODUCT } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { HOUR, startBillingWorld } from "../helpers/billing.js";

t.test("the period of a usage entry begins where the time it charges began", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("periods", "100.00");
  const gid: string = (
    await w.call("/gpu/instances/buy", { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105" }, u.token)
  ).body.success[0].gid;
  await w.agentDoesAll();
  const started = w.clock.now();
  const periods = async () =>
    (
      await sql<{ start: number; end: number; amount: number }>(
        w.cp.dbUrl,
        `select extract(epoch from period_start) * 1000 as start, extract(epoch from period_end) * 1000 as "end", amount_minor::float8 as amount
           from ledger_entries where instance_id = $1 and kind = 'usage' order by entry_id`,
        [gid],
      )
    ).map((r) => ({ start: Number(r.start), end: Number(r.end), amount: r.amount }));

  // One second at 2.00 an hour is 0.0556 of a cent: the stop's settlement posts nothing.
  w.advance(1000);
  t.same((await w.call("/gpu/instances/stop", { gid }, u.token)).body.success, [gid]);
  await w.agentDoesAll();
  t.same(await periods(), [], "nothing posted yet");
  w.advance(HOUR);
  t.same((await w.call("/gpu/instances/start", { gid }, u.token)).body.success, [gid]);
  const [first] = await periods();
  t.same(first, { start: started.getTime(), end: started.getTime() + 1000 + HOUR, amount: -200 }, "the entry covers the second too");
  await w.agentDoesAll();
  w.advance(HOUR);
  t.equal((await w.cycle()).settledUsers, 1);
  const [, second] = await periods();
  t.equal(second!.start, first!.end, "the next one begins where it ended");
  t.same((await w.audit()).violations, []);

  // The audit finds an entry whose period leaves out time it charged (as settlements did before).
  w.advance(1000);
  t.same((await w.call("/gpu/instances/stop", { gid }, u.token)).body.success, [gid]);
  await sql(w.cp.dbUrl, "update instances set usage_period_start = settled_until where instance_id = $1", [gid]);
  w.advance(HOUR);
  await w.agentDoesAll();
  const audit = await w.audit();
  t.equal(audit.ok, false);
  t.match(audit.violations, [{ check: "usage_period_covers_charge", detail: new RegExp(gid) }]);
});

t.test("after a suspension, the next entry begins when it was lifted", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("lifted", "2.00");
  const gid: string = (
    await w.call("/gpu/instances/buy", { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105" }, u.token)
  ).body.success[0].gid;
  await w.agentDoesAll();
  w.advance(2 * HOUR);
  await w.cycle(); // the balance runs out after one hour: suspended, stopped card-less
  await w.agentDoesAll();
  t.not((await w.row(gid)).suspended_at, null);
  w.advance(HOUR);
  t.equal((await w.cp.api("POST", "/admin/users/lifted/recharge", { amount: "10.00" })).status, 200);
  const lifted = w.clock.now().getTime();
  t.same((await w.call("/gpu/instances/start", { gid }, u.token)).body.success, [gid]);
  await w.agentDoesAll();
  w.advance(HOUR);
  await w.cycle();
  const rows = await sql<{ start: number }>(
    w.cp.dbUrl,
    "select extract(epoch from period_start) * 1000 as start from ledger_entries where instance_id = $1 and kind = 'usage' order by entry_id",
    [gid],
  );
  t.equal(rows.length, 2);
  t.equal(Number(rows[1]!.start), lifted, "charging resumed when the recharge lifted the suspension");
  t.same((await w.audit()).violations, []);
});
