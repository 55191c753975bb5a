// What things cost (SPEC §2-§3), in minor units. Prices are per GPU; the extra data disk
// (beyond what the product includes) costs price_disk_gb_day per GB and day, whatever the state.
import { DAY_S, PAY_UNIT, type PayUnit } from "./pay-units.js";

/** A product's prices, copied onto each instance when it is bought. */
export interface Prices {
  hour: number;
  day: number;
  month: number;
  cardless_hour: number;
  disk_gb_day: number;
}

const DAY_MS = BigInt(DAY_S * 1000);

/** Prepaid price of `periods` days or months, extra disk included (30 days of it per month). */
export function prepaidAmount(p: Prices, unit: PayUnit, gpuCount: number, extraDiskGb: number, periods: number): number {
  const perPeriod =
    unit === PAY_UNIT.DAILY
      ? p.day * gpuCount + p.disk_gb_day * extraDiskGb
      : unit === PAY_UNIT.MONTHLY
        ? p.month * gpuCount + p.disk_gb_day * extraDiskGb * 30
        : 0;
  return perPeriod * periods;
}

/** What an hourly instance costs per day in a given condition (the metering rate). */
export interface HourlyFacts {
  /** The agent has reported it running at least once (the billing clock started). */
  started: boolean;
  /** Destroyed, Error or Expired instances cost nothing. */
  billable: boolean;
  /** GPUs held now (running or stopped with GPUs). */
  gpusHeld: number;
  /** Running without GPUs (card-less start). */
  runningCardLess: boolean;
  extraDiskGb: number;
  /**
   * Its host has been offline for longer than the grace period: nothing of the GPUs or the
   * card-less rate is charged, only the disk (docs/decisions/0017-host-away-and-abandon.md).
   */
  hostAway?: boolean;
}

export function hourlyRatePerDay(p: Prices, f: HourlyFacts): number {
  if (!f.started || !f.billable) return 0;
  if (f.hostAway) return p.disk_gb_day * f.extraDiskGb;
  const gpu = f.gpusHeld > 0 ? p.hour * f.gpusHeld * 24 : 0;
  const cardless = f.gpusHeld === 0 && f.runningCardLess ? p.cardless_hour * 24 : 0;
  return gpu + cardless + p.disk_gb_day * f.extraDiskGb;
}

/**
 * The balance an hourly instance needs to buy or start: one hour at the rate it will run at
 * (SPEC §3), rounded up to a whole minor unit.
 */
export function oneHourAt(ratePerDay: number): number {
  return Math.ceil(ratePerDay / 24);
}

/**
 * Metering of [fromMs, toMs) at ratePerDay, to the millisecond. What is below one minor unit
 * is carried (in minor units x ms / day) to the next settlement, so no fraction of a cent is
 * ever lost or charged twice, however often an instance is settled.
 */
export function meter(ratePerDay: number, fromMs: number, toMs: number, carry: number): { amount: number; carry: number } {
  if (toMs <= fromMs || ratePerDay === 0) return { amount: 0, carry };
  const total = BigInt(ratePerDay) * BigInt(toMs - fromMs) + BigInt(carry);
  return { amount: Number(total / DAY_MS), carry: Number(total % DAY_MS) };
}

/**
 * The value of prepaid time not used yet: `unusedMs` at the price of `periodAmount` per
 * `periodS`, pro rata to the millisecond, rounded down (the customer never gets back more
 * than they paid).
 */
export function unusedCredit(periodAmount: number, periodS: number, unusedMs: number): number {
  if (unusedMs <= 0) return 0;
  return Number((BigInt(periodAmount) * BigInt(Math.round(unusedMs))) / BigInt(periodS * 1000));
}

/** An hourly instance's unsettled time: metered at `ratePerDay` from `fromMs`, with its carry. */
export interface Accrual {
  ratePerDay: number;
  fromMs: number;
  carry: number;
}

/**
 * The last moment up to which `a` can be charged without costing more than `balance`: what the
 * balance pays for when it does not pay for everything (never before `fromMs`).
 */
export function affordableUntil(a: Accrual, balance: number): number {
  if (a.ratePerDay <= 0) return Number.MAX_SAFE_INTEGER;
  const room = BigInt(Math.max(0, balance)) * DAY_MS - BigInt(a.carry);
  if (room <= 0n) return a.fromMs;
  return a.fromMs + Number(room / BigInt(a.ratePerDay));
}

/**
 * When the balance runs out for several instances metered at once: the moment `t` (at most
 * `nowMs`) such that charging every instance up to `t` costs no more than `balance`, or null
 * when the balance pays for all of them up to `nowMs`. Fractions of a minor unit round in the
 * customer's favour: the sum of what is charged up to `t` never exceeds the balance.
 */
export function exhaustionTime(accruals: readonly Accrual[], balance: number, nowMs: number): number | null {
  const owed = accruals.reduce((sum, a) => sum + meter(a.ratePerDay, a.fromMs, nowMs, a.carry).amount, 0);
  if (owed <= balance) return null;
  // Solve sum(rate_i * (t - from_i) + carry_i) <= balance * DAY over the instances whose time
  // has begun by t; an instance whose time starts after t costs nothing by then.
  let active = accruals.filter((a) => a.ratePerDay > 0 && a.fromMs < nowMs).sort((x, y) => x.fromMs - y.fromMs);
  for (;;) {
    const rate = active.reduce((s, a) => s + BigInt(a.ratePerDay), 0n);
    if (rate === 0n) return nowMs;
    const fixed = active.reduce((s, a) => s + BigInt(a.ratePerDay) * BigInt(a.fromMs) - BigInt(a.carry), 0n);
    const room = BigInt(Math.max(0, balance)) * DAY_MS + fixed;
    const t = room <= 0n ? active[0]!.fromMs : Number(room / rate);
    const last = active[active.length - 1]!;
    if (t >= last.fromMs || active.length === 1) return Math.min(nowMs, Math.max(t, active[0]!.fromMs));
    active = active.slice(0, -1);
  }
}

/** A stretch of time metered at one rate. */
export interface MeteredStretch {
  fromMs: number;
  toMs: number;
  ratePerDay: number;
}

/**
 * [fromMs, toMs) cut where its host was away: the away parts at `awayRate`, the rest at `rate`
 * (periods in order; endsMs null = still away).
 */
export function stretchesAround(
  fromMs: number,
  toMs: number,
  rate: number,
  awayRate: number,
  periods: readonly { startsMs: number; endsMs: number | null }[],
): MeteredStretch[] {
  const out: MeteredStretch[] = [];
  let at = fromMs;
  for (const p of periods) {
    const start = Math.max(at, p.startsMs);
    const end = Math.min(toMs, p.endsMs ?? Number.MAX_SAFE_INTEGER);
    if (end <= start) continue;
    if (start > at) out.push({ fromMs: at, toMs: start, ratePerDay: rate });
    out.push({ fromMs: start, toMs: end, ratePerDay: awayRate });
    at = end;
  }
  if (toMs > at) out.push({ fromMs: at, toMs, ratePerDay: rate });
  return out;
}

/**
 * Metering of consecutive stretches, each at its rate, with the carry going from one to the
 * next (the same as meter() when there is one stretch). With `balance`, stops at the moment the
 * charge would exceed it: `endMs` is then that moment (charged up to it, nothing after).
 */
export function meterStretches(
  stretches: readonly MeteredStretch[],
  carry: number,
  balance: number | null,
): { amount: number; carry: number; endMs: number | null } {
  let amount = 0;
  let c = carry;
  for (const s of stretches) {
    const m = meter(s.ratePerDay, s.fromMs, s.toMs, c);
    if (balance !== null && amount + m.amount > balance) {
      const end = Math.min(s.toMs, affordableUntil({ ratePerDay: s.ratePerDay, fromMs: s.fromMs, carry: c }, balance - amount));
      const part = meter(s.ratePerDay, s.fromMs, end, c);
      return { amount: amount + part.amount, carry: part.carry, endMs: end };
    }
    amount += m.amount;
    c = m.carry;
  }
  return { amount, carry: c, endMs: null };
}
