// The pure arithmetic of running out of money: how far a balance pays for one instance, and the
// moment it runs out for several metered at once (never more charged than the balance).
import t from "tap";
import { affordableUntil, exhaustionTime, meter, type Accrual } from "../../packages/control-plane/src/domain/pricing.js";

const HOUR = 3_600_000;
const charged = (as: Accrual[], until: number) => as.reduce((s, a) => s + meter(a.ratePerDay, a.fromMs, Math.max(a.fromMs, until), a.carry).amount, 0);

t.test("affordableUntil: the balance pays up to this moment and not a millisecond more", async (t) => {
  const a: Accrual = { ratePerDay: 4800, fromMs: 0, carry: 0 }; // 2.00 an hour
  t.equal(affordableUntil(a, 100), HOUR / 2, "1.00 pays for half an hour");
  t.equal(meter(a.ratePerDay, 0, affordableUntil(a, 100), 0).amount, 100);
  t.equal(affordableUntil(a, 0), 0, "nothing left: not a moment");
  t.equal(affordableUntil(a, -50), 0, "a negative balance pays for nothing");
  t.equal(affordableUntil({ ratePerDay: 0, fromMs: 5, carry: 0 }, 0), Number.MAX_SAFE_INTEGER, "what costs nothing never runs out");
  const carried: Accrual = { ratePerDay: 4800, fromMs: 1000, carry: 86_400_000 - 1 };
  const until = affordableUntil(carried, 100);
  t.ok(meter(4800, 1000, until, carried.carry).amount <= 100, "a carried fraction counts against the balance");
});

t.test("exhaustionTime: shared by instances that started at different moments", async (t) => {
  const now = 10 * HOUR;
  const two: Accrual[] = [
    { ratePerDay: 4800, fromMs: 0, carry: 0 },
    { ratePerDay: 4800, fromMs: 0, carry: 0 },
  ];
  t.equal(exhaustionTime(two, 10_000, now), null, "100.00 pays for 10 hours of 4.00");
  t.equal(exhaustionTime(two, 500, now), 1.25 * HOUR, "5.00 lasts 1 h 15 m at 4.00 an hour");
  const staggered: Accrual[] = [
    { ratePerDay: 4800, fromMs: 0, carry: 0 },
    { ratePerDay: 4800, fromMs: 2 * HOUR, carry: 0 },
  ];
  // 3.00: the first alone uses it in 1 h 30 m, before the second's unsettled time begins.
  t.equal(exhaustionTime(staggered, 300, now), 1.5 * HOUR);
  // 5.00: 2 h alone (4.00), then 1.00 more at 4.00 an hour together: 15 minutes.
  t.equal(exhaustionTime(staggered, 500, now), 2.25 * HOUR);
  t.equal(exhaustionTime([], 0, now), null, "nothing metered, nothing owed");
});

t.test("exhaustionTime never lets the charges exceed the balance (random cases)", async (t) => {
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  let covered = 0;
  for (let k = 0; k < 2000; k++) {
    const now = 100 * HOUR;
    const as: Accrual[] = Array.from({ length: 1 + rnd(5) }, () => ({
      ratePerDay: rnd(3) === 0 ? 0 : 1 + rnd(100_000),
      fromMs: rnd(100) * HOUR + rnd(HOUR),
      carry: rnd(86_400_000),
    }));
    const balance = rnd(50_000);
    const at = exhaustionTime(as, balance, now);
    if (at === null) {
      if (charged(as, now) > balance) return void t.fail(`case ${k}: said covered but charges ${charged(as, now)} > ${balance}`);
      covered += 1;
      continue;
    }
    if (at > now || charged(as, at) > balance) {
      t.fail(`case ${k}: ${JSON.stringify({ as, balance, at })} charges ${charged(as, at)}`);
      return;
    }
  }
  t.ok(covered > 0 && covered < 2000, `2000 random cases (${covered} covered by the balance): never charged past the balance, never past now`);
});

t.test("billing configuration: defaults, and every bad value named", async (t) => {
  const { loadConfig, ConfigError } = await import("../../packages/control-plane/src/config.js");
  t.match(loadConfig({}), { instanceRetentionDays: 7, billingSchedule: "* * * * *", billingSettleMinutes: 60 });
  t.match(loadConfig({ BILLING_SCHEDULE: "*/5 * * * *", INSTANCE_RETENTION_DAYS: "30", BILLING_SETTLE_MINUTES: "15" }), {
    instanceRetentionDays: 30,
    billingSchedule: "*/5 * * * *",
    billingSettleMinutes: 15,
  });
  try {
    loadConfig({ BILLING_SCHEDULE: "every minute", INSTANCE_RETENTION_DAYS: "0", BILLING_SETTLE_MINUTES: "61" });
    t.fail("accepted");
  } catch (err) {
    t.ok(err instanceof ConfigError);
    const text = (err as Error).message;
    for (const name of ["BILLING_SCHEDULE", "INSTANCE_RETENTION_DAYS", "BILLING_SETTLE_MINUTES"]) t.match(text, name, `${name} is named`);
  }
});
