// The billing issue's scenarios, to the cent, on a movable clock: the public API over HTTP, the
// billing cycle run as the job runs it, and the agent's results applied as the hub applies
// them. Prices (test/helpers/customers.ts): 2.00 per GPU-hour, 40.00 a day, 1000.00 a month,
// 0.10 card-less hour, 0.01 per extra GB and day.
import t from "tap";
import { pino } from "pino";
import { billingJob } from "../../packages/control-plane/src/jobs/billing.js";
import { JobScheduler } from "../../packages/control-plane/src/jobs/scheduler.js";
import { sql } from "../helpers/database.js";
import { PRODUCT } from "../helpers/customers.js";
import { DAY, HOUR, RETENTION_DAYS, startBillingWorld, type BillingWorld } from "../helpers/billing.js";

const MIN = 60_000;
const DAY_MS = 86_400_000;

const BUY = (w: BillingWorld, payUnit: number, extra = 0) => ({
  image_id: w.imageId,
  num: 1,
  gpu_type: PRODUCT.gpu_type,
  gpu_count: 1,
  pay_unit: payUnit,
  room_name: "105",
  extra_disk_cap: extra,
});

async function buy(w: BillingWorld, token: string, payUnit: number, extra = 0): Promise<string> {
  const r = await w.call("/gpu/instances/buy", BUY(w, payUnit, extra), token);
  if (r.body.success?.length !== 1) throw new Error(`buy: ${r.status} ${JSON.stringify(r.body)}`);
  await w.agentDoesAll(); // created and running: the billing clock starts now
  return r.body.success[0].gid;
}

async function ok(w: BillingWorld, path: string, body: Record<string, unknown>, token: string): Promise<void> {
  const r = await w.call(path, body, token);
  if (r.status !== 200 || (Array.isArray(r.body.fails) && r.body.fails.length > 0)) throw new Error(`${path}: ${r.status} ${JSON.stringify(r.body)}`);
  await w.agentDoesAll();
}

const usage = (e: [string, number][]) => e.filter(([k]) => k === "usage").reduce((s, [, a]) => s + a, 0);
const gpuRemain = async (w: BillingWorld, token: string) => (await w.call("/gpu/product/list", {}, token)).body.items[0].gpu_remain;

t.test("hourly: 3 h 20 m running, 1 h stopped with GPUs, 2 h card-less stopped, 30 m card-less running, destroyed: 9.00", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("hourly", "100.00");
  const gid = await buy(w, u.token, 4, 100); // 100 GB extra: 1.00 a day
  // Running 3 h 20 m, with the job settling every hour on the way.
  for (const step of [HOUR, HOUR, HOUR, 20 * MIN]) {
    w.advance(step);
    await w.cycle();
  }
  t.equal(usage(await w.entries(gid)), -612, "the job settled each full hour (3 x 2.0416..): 6.12, the half cent carried; the 20 minutes wait");
  await ok(w, "/gpu/instances/stop", { gid }, u.token);
  w.advance(HOUR);
  await w.cycle();
  // From stopped-with-GPUs to card-less stopped: a start and a card-less stop at the same moment.
  await ok(w, "/gpu/instances/start", { gid }, u.token);
  await ok(w, "/gpu/instances/stop", { gid, card_less: true }, u.token);
  t.equal((await w.row(gid)).gpus, 0, "the card-less stop released the GPU");
  w.advance(2 * HOUR);
  await w.cycle();
  await ok(w, "/gpu/instances/cardless/start", { gid }, u.token);
  w.advance(30 * MIN);
  await ok(w, "/gpu/instances/stop", { gid }, u.token);
  await ok(w, "/gpu/instances/destroy", { gid }, u.token);
  t.equal((await w.row(gid)).state, "Destroyed");
  // Per day: GPU-held 4800 + disk 100; card-less stopped: disk 100; card-less running 240 + 100.
  const exact = (4900 * (200 * MIN) + 4900 * HOUR + 100 * 2 * HOUR + 340 * 30 * MIN) / DAY_MS;
  t.equal(Math.floor(exact), 900, "the hand calculation: 900.13.. minor units");
  t.equal(usage(await w.entries(gid)), -900, "exactly 9.00 charged in all");
  t.equal(await w.balanceMinor("hourly"), 10_000 - 900, "and taken from the balance");
  w.advance(5 * HOUR);
  await w.cycle();
  t.equal(usage(await w.entries(gid)), -900, "nothing after destroy");
  t.same((await w.audit()).violations, [], "the audit is clean");
});

t.test("daily: bought, renewed 3 days, expired, renewed inside retention, expired, destroyed after retention", async (t) => {
  const w = await startBillingWorld(t, { gpus: 1 });
  const u = await w.newCustomer("daily", "1000.00");
  const gid = await buy(w, u.token, 1);
  await ok(w, "/gpu/instances/renew", { gid, pay_period: 3 }, u.token);
  const started = (await w.row(gid)).expire_at!.getTime();
  t.equal(started, w.clock.now().getTime() + 4 * DAY, "1 day bought + 3 renewed from now");
  w.advance(4 * DAY - MIN);
  await w.cycle();
  t.equal((await w.row(gid)).state, "Running", "a minute before expire_at it still runs");
  w.advance(MIN);
  const run = await w.cycle();
  t.equal(run.expired, 1, "the cycle expires it");
  await w.agentDoesAll();
  t.match(await w.row(gid), { state: "Expired", gpus: 0, card_less: true }, "stopped, GPU released");
  t.equal(await gpuRemain(w, u.token), 1, "its GPU is for sale again");
  t.same(await w.events(gid), ["expired"]);
  t.match((await w.call("/gpu/instances/start", { gid }, u.token)).body.fails, [{ code: "INVALID_STATE" }], "an Expired instance does not start");
  t.equal((await w.call("/gpu/instance/snapshot", { gid, name: "late" }, u.token)).body.code, "INVALID_STATE", "nor is it snapshotted");

  w.advance(2 * DAY);
  await w.cycle();
  t.equal((await w.row(gid)).state, "Expired", "kept during the retention");
  await ok(w, "/gpu/instances/renew", { gid, pay_period: 1 }, u.token);
  t.match(await w.row(gid), { state: "Stopped", gpus: 1, card_less: false }, "renewed: its GPU back, stopped, for its owner to start");
  t.equal((await w.row(gid)).expire_at!.getTime(), w.clock.now().getTime() + DAY, "paid from now (it had expired)");
  await ok(w, "/gpu/instances/start", { gid }, u.token);
  t.equal((await w.row(gid)).state, "Running");
  w.advance(DAY);
  await w.cycle();
  await w.agentDoesAll();
  t.equal((await w.row(gid)).state, "Expired", "expired again");

  w.advance(RETENTION_DAYS * DAY - MIN);
  await w.cycle();
  t.equal((await w.row(gid)).state, "Expired", "a minute before the retention ends it is still there");
  w.advance(MIN);
  const last = await w.cycle();
  t.equal(last.destroyed, 1, "retention over: destroyed");
  await w.agentDoesAll();
  t.equal((await w.row(gid)).state, "Destroyed");
  t.same(await w.events(gid), ["expired", "renewed_after_expiry", "expired", "destroyed_after_retention"]);
  const e = await w.entries(gid);
  t.same(
    e.map(([k]) => k),
    ["purchase", "renewal", "renewal"],
    "bought, renewed 3 days, renewed after expiry; no refund or credit for time that ran out",
  );
  t.equal(
    e.reduce((s, [, a]) => s + a, 0),
    -4000 * 5,
    "5 days at 40.00",
  );
  t.match((await w.call("/gpu/instances/renew", { gid, pay_period: 1 }, u.token)).body.fails, [{ code: "INVALID_STATE" }], "destroyed: no renewal");
  t.same((await w.audit()).violations, []);
});

t.test("daily: renewal after the retention is refused, and nothing is charged", async (t) => {
  const w = await startBillingWorld(t, { gpus: 1 });
  const u = await w.newCustomer("late", "1000.00");
  const gid = await buy(w, u.token, 1);
  w.advance(DAY);
  await w.cycle();
  await w.agentDoesAll();
  w.advance(RETENTION_DAYS * DAY);
  // The cycle has not run yet: the instance is still there, but past its retention.
  const before = await w.balanceMinor("late");
  t.match((await w.call("/gpu/instances/renew", { gid, pay_period: 1 }, u.token)).body.fails, [{ code: "INVALID_STATE", message: /more than 7 day/ }]);
  t.equal(await w.balanceMinor("late"), before);
});

t.test("an Expired instance whose GPU was sold meanwhile cannot be renewed until one is free", async (t) => {
  const w = await startBillingWorld(t, { gpus: 1 });
  const u = await w.newCustomer("owner", "1000.00");
  const other = await w.newCustomer("other", "1000.00");
  const gid = await buy(w, u.token, 1);
  w.advance(DAY);
  await w.cycle();
  await w.agentDoesAll();
  const taken = await buy(w, other.token, 4);
  const before = await w.balanceMinor("owner");
  t.match((await w.call("/gpu/instances/renew", { gid, pay_period: 1 }, u.token)).body.fails, [{ code: "GPU_UNAVAILABLE_ON_HOST" }]);
  t.equal(await w.balanceMinor("owner"), before, "nothing charged");
  t.equal((await w.row(gid)).state, "Expired");
  await ok(w, "/gpu/instances/stop", { gid: taken, card_less: true }, other.token);
  await ok(w, "/gpu/instances/renew", { gid, pay_period: 1 }, u.token);
  t.match(await w.row(gid), { state: "Stopped", gpus: 1 });
});

t.test("monthly, lengthened from hourly in the middle of an hour", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("lengthen", "2000.00");
  const gid = await buy(w, u.token, 4);
  w.advance(HOUR);
  await w.cycle();
  w.advance(30 * MIN);
  await ok(w, "/gpu/instances/lengthen", { gid, pay_unit: 2 }, u.token);
  t.same(
    await w.entries(gid),
    [
      ["usage", -200],
      ["usage", -100],
      ["lengthen", -100_000],
    ],
    "1 h 30 m of hourly use settled, then one month",
  );
  t.equal((await w.row(gid)).expire_at!.getTime(), w.clock.now().getTime() + 30 * DAY);
  w.advance(10 * DAY);
  await w.cycle();
  t.equal((await w.entries(gid)).length, 3, "monthly: nothing metered any more");
  w.advance(20 * DAY);
  await w.cycle();
  await w.agentDoesAll();
  t.equal((await w.row(gid)).state, "Expired", "expired after its month");
  t.equal(await w.balanceMinor("lengthen"), 200_000 - 300 - 100_000);
  t.same((await w.audit()).violations, []);
});

t.test("the balance runs out mid-hour: charged up to that moment, stopped card-less, paid again after a recharge", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("poor", "3.00");
  const gid = await buy(w, u.token, 4); // 2.00 an hour
  w.advance(HOUR);
  await w.cycle();
  t.equal(await w.balanceMinor("poor"), 100, "first hour: 2.00");
  w.advance(HOUR);
  const run = await w.cycle();
  t.equal(run.suspended, 1, "the balance paid for 30 more minutes only");
  t.equal(await w.balanceMinor("poor"), 0, "charged up to the moment it ran out, never below zero");
  const row = await w.row(gid);
  t.equal(row.suspended_at!.getTime(), w.clock.now().getTime() - 30 * MIN, "suspended from the moment the money ran out");
  t.equal(run.stopped, 1, "and the stop is issued in the same run");
  await w.agentDoesAll();
  t.match(await w.row(gid), { state: "Stopped", card_less: true, gpus: 0 }, "stopped card-less, GPU released");
  t.same(await w.events(gid), ["balance_exhausted"]);
  t.match((await w.call("/gpu/instances/start", { gid }, u.token)).body.fails, [{ code: "INSUFFICIENT_BALANCE" }], "no start without money");
  t.match((await w.call("/gpu/instances/lengthen", { gid, pay_unit: 1 }, u.token)).body.fails, [{ code: "INSUFFICIENT_BALANCE" }], "nor a lengthen");
  for (const [path, body] of [
    ["/gpu/instances/rebuild", { gid, image_id: w.imageId }],
    ["/gpu/instance/snapshot", { gid, name: "keep" }],
  ] as const) {
    const r = await w.call(path, body, u.token);
    t.equal(r.body.code ?? r.body.fails?.[0]?.code, "INSUFFICIENT_BALANCE", `${path}: nothing keeps a suspended container busy`);
  }
  w.advance(3 * DAY);
  await w.cycle();
  t.equal(await w.balanceMinor("poor"), 0, "nothing charged while suspended");
  t.same(await w.entries(gid), [
    ["usage", -200],
    ["usage", -100],
  ]);

  await w.cp.api("POST", "/admin/users/poor/recharge", { amount: "10.00" });
  t.equal((await w.row(gid)).suspended_at, null, "a recharge lifts the suspension");
  t.same(await w.events(gid), ["balance_exhausted", "suspension_lifted"]);
  await ok(w, "/gpu/instances/start", { gid }, u.token);
  w.advance(HOUR);
  await w.cycle();
  t.same(
    await w.entries(gid),
    [
      ["usage", -200],
      ["usage", -100],
      ["usage", -200],
    ],
    "paid again from the start on",
  );
  t.same((await w.audit()).violations, []);
});

t.test("two hourly instances of one user run out together; unpaid, they are destroyed after the retention", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("pair", "5.00");
  const a = await buy(w, u.token, 4);
  const b = await buy(w, u.token, 4);
  w.advance(2 * HOUR); // 4.00 an hour together: 5.00 lasts 1 h 15 m
  const run = await w.cycle();
  t.equal(run.suspended, 2);
  const [ra, rb] = [await w.row(a), await w.row(b)];
  t.equal(ra.suspended_at!.getTime(), rb.suspended_at!.getTime(), "the same moment for both");
  t.equal(ra.suspended_at!.getTime(), w.clock.now().getTime() - 45 * MIN, "when 5.00 was used up");
  t.equal(usage(await w.entries(a)) + usage(await w.entries(b)), -500, "exactly the balance, shared by the time each ran");
  await w.agentDoesAll();
  w.advance(RETENTION_DAYS * DAY - HOUR);
  t.equal((await w.cycle()).destroyed, 0, "inside the retention");
  w.advance(HOUR);
  t.equal((await w.cycle()).destroyed, 2, "retention over: destroyed with their data");
  await w.agentDoesAll();
  t.equal((await w.row(a)).state, "Destroyed");
  t.same(await w.events(b), ["balance_exhausted", "destroyed_after_retention"]);
  t.equal(await w.balanceMinor("pair"), 0);
  t.same((await w.audit()).violations, []);
});

t.test("a second run at the same moment, or two at once, change nothing more", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("twice", "100.00");
  const gid = await buy(w, u.token, 4);
  w.advance(2 * HOUR);
  const [one, two] = await Promise.all([w.cycle(), w.cycle()]);
  t.equal(one.settledUsers + two.settledUsers >= 1, true);
  await w.cycle();
  t.same(await w.entries(gid), [["usage", -400]], "two hours charged once");
  t.same((await w.audit()).violations, []);
});

t.test("the billing job: two replicas trigger the same minute, one claims and runs it", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("job", "100.00");
  const gid = await buy(w, u.token, 4);
  w.advance(2 * HOUR);
  const job = billingJob(w.db, { retentionDays: RETENTION_DAYS, settleEveryMs: HOUR }, "* * * * *");
  const quiet = pino({ level: "silent" });
  const a = new JobScheduler(w.db, "replica-a", quiet, [job]);
  const b = new JobScheduler(w.db, "replica-b", quiet, [job]);
  const minute = new Date("2031-01-01T10:00:30Z");
  await Promise.all([a.trigger(job, minute), b.trigger(job, minute)]);
  const runs = await sql<{ claimed_by: string; outcome: string }>(w.cp.dbUrl, "select claimed_by, outcome from job_runs where job = 'billing'");
  t.equal(runs.length, 1, "one claim for the minute");
  t.match(runs[0]!.outcome, /^settled 1 user\(s\)/);
  t.same(await w.entries(gid), [["usage", -400]]);
  w.advance(HOUR);
  await a.trigger(job, new Date("2031-01-01T10:01:30Z"));
  t.same(
    await w.entries(gid),
    [
      ["usage", -400],
      ["usage", -200],
    ],
    "the next minute is another run",
  );
  t.equal((await sql(w.cp.dbUrl, "select 1 from job_runs where job = 'billing'")).length, 2);
});

t.test("a daily instance past its time cannot be kept busy: restart and snapshot refused while the expiry is due", async (t) => {
  const w = await startBillingWorld(t, { gpus: 1 });
  const u = await w.newCustomer("busy", "1000.00");
  const gid = await buy(w, u.token, 1);
  w.advance(DAY + MIN); // past expire_at, before the cycle ran
  t.match((await w.call("/gpu/instances/restart", { gid }, u.token)).body.fails, [{ code: "INVALID_STATE", message: /renew/ }]);
  t.equal((await w.call("/gpu/instance/snapshot", { gid, name: "x" }, u.token)).body.code, "INVALID_STATE");
  t.equal((await w.cycle()).expired, 1, "so the cycle always finds it free to expire");
});

t.test("a container back from missing, running with no GPU held, pays the card-less rate", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("ghost", "100.00");
  const gid = await buy(w, u.token, 4);
  // Its GPU was released (the container was reported missing) and it is running again.
  await sql(w.cp.dbUrl, "delete from instance_gpus where instance_id = $1", [gid]);
  w.advance(HOUR);
  await w.cycle();
  t.same(await w.entries(gid), [["usage", -10]], "0.10 for the hour, not nothing");
});
