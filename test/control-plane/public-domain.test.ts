// Pure rules behind the public API: money, prices and metering, placement, tokens, times,
// pay units, the rate limiter and password hashing.
import t from "tap";
import { maskToken, newApiToken, tokenFromHeader } from "../../packages/control-plane/src/domain/api-tokens.js";
import { parseUtcOffset, timeFormat } from "../../packages/control-plane/src/domain/api-time.js";
import { formatMoney, parseMoney } from "../../packages/control-plane/src/domain/money.js";
import { canLengthen, PAY_UNIT } from "../../packages/control-plane/src/domain/pay-units.js";
import { gpuRemain, rankHosts } from "../../packages/control-plane/src/domain/placement.js";
import { hourlyRatePerDay, meter, oneHourAt, prepaidAmount, unusedCredit, type Prices } from "../../packages/control-plane/src/domain/pricing.js";
import { RateLimiter } from "../../packages/control-plane/src/http/middleware/rate-limit.js";
import { hashPassword, verifyPassword } from "../../packages/control-plane/src/services/passwords.js";

const P: Prices = { hour: 200, day: 4000, month: 100_000, cardless_hour: 10, disk_gb_day: 1 };

t.test("money: decimal strings in, minor units inside, two places out", async (t) => {
  t.equal(parseMoney("100.00", "amount"), 10_000);
  t.equal(parseMoney("100.5", "amount"), 10_050);
  t.equal(parseMoney("0.01", "amount"), 1);
  t.equal(parseMoney(" 7 ", "amount"), 700);
  for (const bad of [100, "1e3", "-1.00", "1.001", "abc", "", "1,00", "1000000000000000.00", null]) {
    t.throws(() => parseMoney(bad, "amount"), { name: "MoneyError" }, `refuses ${JSON.stringify(bad)}`);
  }
  t.equal(formatMoney(10_050), "100.50");
  t.equal(formatMoney(-5), "-0.05");
  t.equal(formatMoney(0), "0.00");
  t.throws(() => formatMoney(1.5));
});

t.test("prices: prepaid periods and the hourly rate per condition", async (t) => {
  t.equal(prepaidAmount(P, PAY_UNIT.DAILY, 2, 0, 3), 2 * 4000 * 3);
  t.equal(prepaidAmount(P, PAY_UNIT.MONTHLY, 1, 10, 1), 100_000 + 10 * 30, "extra disk for 30 days");
  const base = { started: true, billable: true, gpusHeld: 2, runningCardLess: false, extraDiskGb: 5 };
  t.equal(hourlyRatePerDay(P, base), 2 * 200 * 24 + 5, "GPUs held (running or stopped) and disk");
  t.equal(hourlyRatePerDay(P, { ...base, gpusHeld: 0, runningCardLess: true }), 10 * 24 + 5, "card-less running");
  t.equal(hourlyRatePerDay(P, { ...base, gpusHeld: 0 }), 5, "card-less stopped: the disk only");
  t.equal(hourlyRatePerDay(P, { ...base, started: false }), 0, "never ran: free");
  t.equal(hourlyRatePerDay(P, { ...base, billable: false }), 0, "destroyed or in error: free");
  t.equal(oneHourAt(2 * 200 * 24 + 5), 401, "rounded up");
});

t.test("metering: to the millisecond, with the remainder carried, never lost or doubled", async (t) => {
  const rate = 200 * 24; // 2.00 an hour
  t.same(meter(rate, 0, 3_600_000, 0), { amount: 200, carry: 0 });
  t.same(meter(rate, 0, 1000, 0), { amount: 0, carry: 4800 * 1000 }, "a second is 0.0555 minor units: carried");
  // Settling every 7 seconds for 3 h 20 m charges exactly what one settlement would.
  let carry = 0;
  let total = 0;
  const end = (3 * 3600 + 20 * 60) * 1000;
  for (let at = 0; at < end; at += 7000) {
    const m = meter(rate, at, Math.min(at + 7000, end), carry);
    total += m.amount;
    carry = m.carry;
  }
  t.equal(total, meter(rate, 0, end, 0).amount);
  t.equal(total, 666, "3 h 20 m at 2.00/h = 6.66 (6.666... rounded down, the rest carried)");
  t.same(meter(rate, 10, 5, 42), { amount: 0, carry: 42 }, "no time, no charge");
  t.equal(meter(1_000_000_000, 0, 30 * 86_400_000, 0).amount, 30_000_000_000, "large amounts stay exact");
  t.equal(unusedCredit(4000, 86_400, 43_200_000), 2000, "half a day of a 40.00 day");
  t.equal(unusedCredit(4000, 86_400, 3 * 86_400_000), 12_000, "renewed days ahead count in full");
  t.equal(unusedCredit(4000, 86_400, -5), 0);
});

t.test("lengthen directions", async (t) => {
  t.ok(canLengthen(PAY_UNIT.HOURLY, PAY_UNIT.DAILY));
  t.ok(canLengthen(PAY_UNIT.HOURLY, PAY_UNIT.MONTHLY));
  t.ok(canLengthen(PAY_UNIT.DAILY, PAY_UNIT.MONTHLY));
  t.notOk(canLengthen(PAY_UNIT.MONTHLY, PAY_UNIT.DAILY));
  t.notOk(canLengthen(PAY_UNIT.DAILY, PAY_UNIT.HOURLY));
  t.notOk(canLengthen(PAY_UNIT.DAILY, PAY_UNIT.DAILY));
});

t.test("placement: best fit, storage, ties by id", async (t) => {
  const host = (hostId: string, gpus: number, diskGb: number | null) => ({
    hostId,
    room: { gpus, cpuMillis: null, memoryBytes: null, diskGb },
    quotaSupported: true,
    placeable: true,
  });
  const hosts = [host("host-b", 4, 1000), host("host-a", 2, 1000), host("host-c", 2, 20), host("host-d", 2, null)];
  const d = (gpus: number, diskGb: number) => ({ gpus, cpuMillis: 0, memoryBytes: 0, diskGb });
  t.same(rankHosts(hosts, d(2, 100)), ["host-d", "host-a", "host-b"], "fewest free GPUs first; unknown storage does not exclude; too little disk does");
  t.same(rankHosts(hosts, d(3, 10)), ["host-b"]);
  t.same(rankHosts(hosts, d(5, 0)), []);
  t.equal(gpuRemain(hosts, { cpuMillis: 0, memoryBytes: 0 }, 10), 4);
  t.equal(gpuRemain([], { cpuMillis: 0, memoryBytes: 0 }, 10), 0);
});

t.test("tokens: masked like the original, read from either header form", async (t) => {
  const tok = newApiToken();
  t.match(tok, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  t.equal(maskToken("edfb5419-1234-5678-9093-42c7f731bad1"), "edfb5419-****-****-****-************");
  t.equal(tokenFromHeader("EDFB5419-1234-5678-9093-42C7F731BAD1"), "edfb5419-1234-5678-9093-42c7f731bad1");
  t.equal(tokenFromHeader("Bearer  abc"), "abc");
  t.equal(tokenFromHeader("bearer abc "), "abc");
  t.equal(tokenFromHeader(""), undefined);
  t.equal(tokenFromHeader("Basic a b"), undefined);
});

t.test("times: seconds and a fixed offset", async (t) => {
  const d = new Date("2024-06-21T03:22:44.987Z");
  t.equal(timeFormat(480)(d), "2024-06-21T11:22:44+08:00");
  t.equal(timeFormat(0)(d), "2024-06-21T03:22:44+00:00");
  t.equal(timeFormat(-330)(d), "2024-06-20T21:52:44-05:30");
  t.equal(timeFormat(480)(null), null);
  t.equal(parseUtcOffset("-05:30"), -330);
  t.throws(() => parseUtcOffset("8"));
});

t.test("rate limiter: burst, refill, Retry-After", async (t) => {
  let now = 0;
  const rl = new RateLimiter(2, 3, () => now);
  const headers: Record<string, string> = {};
  const ctx = { set: (k: string, v: string) => (headers[k] = v) } as any;
  for (let n = 0; n < 3; n++) rl.take(ctx, "a");
  t.throws(() => rl.take(ctx, "a"), { code: "RATE_LIMITED" });
  t.equal(headers["Retry-After"], "1");
  rl.take(ctx, "b");
  now += 500;
  rl.take(ctx, "a");
  t.throws(() => rl.take(ctx, "a"), { code: "RATE_LIMITED" }, "one token refilled in half a second at 2/s");
});

t.test("passwords: scrypt at the production cost, salted, constant format", async (t) => {
  const h = await hashPassword("correct horse battery");
  t.match(h, /^scrypt\$17\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, "N = 2^17, r = 8, p = 1");
  t.ok(await verifyPassword("correct horse battery", h));
  t.notOk(await verifyPassword("correct horse batterx", h));
  t.not(await hashPassword("correct horse battery", 14), await hashPassword("correct horse battery", 14), "salted");
  t.notOk(await verifyPassword("x", "plain-text"), "a malformed hash never matches");
  t.notOk(await verifyPassword("x", "scrypt$40$8$1$AAAA$AAAA"), "absurd costs are refused, not run");
});
