// Regression (property test, PROPERTY_SEED=959489): a suspension can be lifted, come back and be
// lifted again at one moment (a recharge lifts it, the billing cycle at that same moment
// suspends it again because another instance's unpaid time takes the balance, and the
// customer-favour rounding leaves one minor unit, so the same run lifts it again). Each of those
// is an event: a lift that shared its moment with an earlier one was dropped as a repeat, and
// the history then showed two suspensions in a row with no lift between them, although the
// instance was charged (rightly) for the time after the second lift.
import t from "tap";
import { settleUser } from "../../packages/control-plane/src/services/billing-cycle.js";
import { sql } from "../helpers/database.js";
import { PRODUCT } from "../helpers/customers.js";
import { startBillingWorld } from "../helpers/billing.js";

const DAY_MS = 86_400_000;

t.test("a suspension lifted, suspended and lifted again at one moment: every event is kept and matches what was charged", async (t) => {
  const w = await startBillingWorld(t, { gpus: 4 });
  const username = "flap";
  const u = await w.newCustomer(username, "9.50");
  const gids: string[] = [];
  for (const extra of [0, 50]) {
    const r = await w.call(
      "/gpu/instances/buy",
      { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105", extra_disk_cap: extra },
      u.token,
    );
    t.equal(r.body.success?.length, 1, `bought the instance with ${extra} GB extra`);
    gids.push(r.body.success[0].gid);
  }
  const [a, b] = gids as [string, string];
  await w.agentDoesAll();
  const t0 = w.clock.now().getTime();
  const at = () => w.clock.now().getTime() - t0;

  // Both run 19 875 172 ms (A at 48.00 a day, B at 48.50) on a balance of 9.50, unsettled.
  w.advance(19_875_172);
  t.same((await w.call("/gpu/instances/stop", { gid: a, card_less: true }, u.token)).body.fails, []);
  // A's stop settles A alone: 9.50 pays for 4.75 h of it, suspended from there.
  t.equal(await w.balanceMinor(username), 0);
  w.advance(16_272_557);
  const lift = at();
  await w.cp.api("POST", `/admin/users/${username}/recharge`, { amount: "9.80" }); // lifts A at `lift`
  // The cycle at that same moment: B's 10 h owe more than 9.80, so the balance ran out before A's
  // time (since the lift) began: A suspended at `lift` with nothing charged, B charged 9.79 up to
  // 17 458 144 ms (the fraction of a cent it rounds off is the customer's). 0.01 is left: the same run
  // lifts both.
  const o = await w.cycle();
  t.match(o, { settledUsers: 1, suspended: 2, lifted: 2 });
  t.equal(await w.balanceMinor(username), 1);
  await w.cycle();
  t.same((await w.call("/gpu/instances/stop", { gid: b, card_less: true }, u.token)).body.fails, []);
  w.advance(5_468_314);
  // The stops land: A (still Stopping with its GPU, 48.00 a day) runs out of the 0.01 18 s after
  // the lift; B finds nothing left and is suspended from the lift.
  await w.agentDoesAll();
  w.advance(2_377_962);
  const [user] = await sql<{ user_id: number }>(w.cp.dbUrl, "select user_id::float8 as user_id from users where username = $1", [username]);
  await settleUser(w.db, user!.user_id, w.clock.now());

  const events = async (g: string) =>
    (
      await sql<{ kind: string; at: Date }>(
        w.cp.dbUrl,
        "select kind, at from instance_events where instance_id = $1 and kind in ('balance_exhausted', 'suspension_lifted') order by event_id",
        [g],
      )
    ).map((e) => [e.kind, e.at.getTime() - t0] as [string, number]);
  const usage = async (g: string) =>
    (
      await sql<{ amount: number; from: Date; to: Date }>(
        w.cp.dbUrl,
        "select -amount_minor::float8 as amount, period_start as from, period_end as to from ledger_entries where instance_id = $1 and kind = 'usage' order by entry_id",
        [g],
      )
    ).map((e) => [e.amount, e.from.getTime() - t0, e.to.getTime() - t0]);

  t.same(
    await events(a),
    [
      ["balance_exhausted", 17_100_000],
      ["suspension_lifted", lift], // the recharge
      ["balance_exhausted", lift], // the cycle's settlement
      ["suspension_lifted", lift], // the cycle's lift (was dropped)
      ["balance_exhausted", lift + 18_000], // the stop's settlement
    ],
    "A: each suspension and each lift, in order",
  );
  t.same(await usage(a), [
    [950, 0, 17_100_000],
    [1, lift, lift + 18_000],
  ]);
  t.same(await events(b), [
    ["balance_exhausted", 17_458_144],
    ["suspension_lifted", lift],
    ["balance_exhausted", lift],
  ]);
  t.same(await usage(b), [[979, 0, 17_458_144]]);

  // What the events say was billable, at the rate that held, is what was charged: suspensions
  // never overlap (each is lifted before the next), and nothing charged falls inside one.
  for (const [g, rate, charged] of [
    [a, 4800, 951],
    [b, 4850, 979],
  ] as const) {
    const windows: [number, number][] = [];
    for (const [kind, ms] of await events(g)) {
      if (kind === "balance_exhausted") {
        t.ok(windows.length === 0 || windows[windows.length - 1]![1] !== Number.MAX_SAFE_INTEGER, `${g}: a suspension at ${ms} follows a lifted one`);
        windows.push([ms, Number.MAX_SAFE_INTEGER]);
      } else windows[windows.length - 1]![1] = ms;
    }
    // Both ran at their GPU rate until the stops landed (A Stopping from 19 875 172 ms).
    const end = lift + 5_468_314;
    let billable = end;
    for (const [from, to] of windows) billable -= Math.max(0, Math.min(end, to) - from);
    const model = Math.floor((rate * billable) / DAY_MS);
    t.ok(charged <= model && charged >= model - windows.length, `${g}: charged ${charged}, the events say ${model} (${windows.length} suspensions)`);
  }
  t.equal(await w.balanceMinor(username), 0);
  t.match(await w.audit(), { ok: true, violations: [] }, "the audit is clean");
});
