// An hourly instance whose host is away (offline beyond the grace period) is charged for its
// disk only, from the end of the grace until the host is back, to the millisecond, however the
// billing cycle's runs fall; the cycle settles it at both moments. The host's away time is
// arranged in the database at the movable clock's times (the liveness sweep records it in real
// time: test/control-plane/host-away.test.ts).
import t from "tap";
import { PRODUCT } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { HOUR, startBillingWorld, type BillingWorld } from "../helpers/billing.js";

const MIN = 60_000;
const DAY = 24 * HOUR;
/** 1 GPU at 2.00 an hour and 100 GB of extra disk at 0.01 a GB and day, in minor units a day. */
const FULL = 200 * 24 + 100;
const DISK = 100;

/** What [0, ms) costs in stretches of [rate per day, ms], the fractions carried (SPEC §2). */
const cost = (stretches: [number, number][]) => Math.floor(stretches.reduce((s, [rate, ms]) => s + rate * ms, 0) / DAY);

async function hourlyWithDisk(w: BillingWorld, username: string): Promise<{ gid: string; token: string }> {
  const u = await w.newCustomer(username, "1000.00");
  const r = await w.call(
    "/gpu/instances/buy",
    { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105", extra_disk_cap: 100 },
    u.token,
  );
  return { gid: r.body.success[0].gid, token: u.token };
}

/** The host went offline `grace` before `startsAt` (as the liveness sweep records it). */
async function awayFrom(w: BillingWorld, startsAt: number, graceMs = 10 * MIN): Promise<void> {
  await sql(w.cp.dbUrl, "insert into host_away_periods (host_id, offline_at, starts_at) values ($1, $2, $3)", [
    w.hostId,
    new Date(startsAt - graceMs),
    new Date(startsAt),
  ]);
}

async function backAt(w: BillingWorld, at: number): Promise<void> {
  await sql(w.cp.dbUrl, "update host_away_periods set ends_at = $2 where host_id = $1 and ends_at is null", [w.hostId, new Date(at)]);
}

async function usage(w: BillingWorld, gid: string): Promise<{ start: number; end: number; amount: number }[]> {
  const rows = await sql<{ start: number; end: number; amount: number }>(
    w.cp.dbUrl,
    `select (extract(epoch from period_start) * 1000)::float8 as start, (extract(epoch from period_end) * 1000)::float8 as "end", -amount_minor::float8 as amount
       from ledger_entries where instance_id = $1 and kind = 'usage' order by entry_id`,
    [gid],
  );
  return rows.map((r) => ({ start: Math.round(r.start), end: Math.round(r.end), amount: r.amount }));
}

t.test("one settlement across the whole away time charges the disk only for it", async (t) => {
  const w = await startBillingWorld(t);
  const { gid, token } = await hourlyWithDisk(w, "nocycle");
  await w.agentDoesAll();
  const t0 = w.clock.now().getTime();
  await awayFrom(w, t0 + 50 * MIN);
  await backAt(w, t0 + 170 * MIN);
  w.advance(185 * MIN);
  t.same((await w.call("/gpu/instances/stop", { gid }, token)).body.success, [gid]);
  const expected = cost([
    [FULL, 50 * MIN],
    [DISK, 120 * MIN],
    [FULL, 15 * MIN],
  ]);
  t.equal(expected, 229, "(the model: 185 minutes at the full rate would be 629)");
  t.same(await usage(w, gid), [{ start: t0, end: t0 + 185 * MIN, amount: expected }]);
  t.same((await w.audit()).violations, []);
});

t.test("the billing cycle settles at the moment the host went away and the moment it came back, whenever it runs", async (t) => {
  const w = await startBillingWorld(t);
  const { gid, token } = await hourlyWithDisk(w, "cycled");
  await w.agentDoesAll();
  const t0 = w.clock.now().getTime();
  w.advance(40 * MIN);
  await awayFrom(w, t0 + 50 * MIN); // recorded before its grace ends, as the sweep does
  t.equal((await w.cycle()).awayBoundaries, 0, "not away yet");
  w.advance(47 * MIN); // the cycle runs late: 37 minutes after the grace ended
  t.equal((await w.cycle()).awayBoundaries, 1);
  t.same(await usage(w, gid), [{ start: t0, end: t0 + 50 * MIN, amount: cost([[FULL, 50 * MIN]]) }], "settled at the moment the host went away");
  const info = await w.call("/account/info", {}, token);
  t.equal(info.body.frozen_balance, "0.02", "what is owed meanwhile grows at the disk rate only (1.26 at the full rate)");
  await backAt(w, t0 + 170 * MIN);
  w.advance(96 * MIN); // 13 minutes after it came back
  t.equal((await w.cycle()).awayBoundaries, 1);
  const entries = await usage(w, gid);
  t.equal(entries.at(-1)!.end, t0 + 170 * MIN, "settled at the moment it came back");
  t.equal((await w.cycle()).awayBoundaries, 0, "once");
  w.advance(2 * MIN);
  t.same((await w.call("/gpu/instances/stop", { gid }, token)).body.success, [gid]);
  const all = await usage(w, gid);
  t.equal(
    all.reduce((s, e) => s + e.amount, 0),
    cost([
      [FULL, 50 * MIN],
      [DISK, 120 * MIN],
      [FULL, 15 * MIN],
    ]),
    "the same total as one settlement: to the millisecond, the fractions carried",
  );
  for (let k = 1; k < all.length; k++) t.equal(all[k]!.start, all[k - 1]!.end, "the periods follow each other");
  t.same((await w.audit()).violations, []);
});

t.test("while away, an instance that settles often is charged the disk rate; daily instances are untouched", async (t) => {
  const w = await startBillingWorld(t);
  const { gid } = await hourlyWithDisk(w, "often");
  const u = await w.newCustomer("prepaid", "1000.00");
  const daily: string = (
    await w.call("/gpu/instances/buy", { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 1, room_name: "105" }, u.token)
  ).body.success[0].gid;
  await w.agentDoesAll();
  const t0 = w.clock.now().getTime();
  await awayFrom(w, t0);
  for (let k = 0; k < 5; k++) {
    w.advance(HOUR + 7);
    await w.cycle();
  }
  const charged = (await usage(w, gid)).reduce((s, e) => s + e.amount, 0);
  t.equal(charged, cost([[DISK, 5 * (HOUR + 7)]]), "20.8 cents of disk, nothing for the GPU");
  t.same(await w.entries(daily), [["purchase", -4000]], "prepaid time is not metered");
  t.same((await w.audit()).violations, []);
});
