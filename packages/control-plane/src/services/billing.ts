// Metering and prepaid time, applied inside the transactions that change an instance (which hold
// its row lock). Hourly instances are settled before every change of what they cost (state,
// GPUs held, card-less), so each interval is charged at the rate that held during it; daily and
// monthly time starts when the container first runs. The periodic side (settlement at least
// hourly, the zero balance, expiry, retention) is services/billing-cycle.ts
// (docs/decisions/0014-billing.md).
import { awayPeriodsOf } from "../db/queries/host-away.js";
import { gpusOfInstance } from "../db/queries/instance-gpus.js";
import { instanceTotal } from "../db/queries/ledger.js";
import { updateInstance, type InstancePatch } from "../db/queries/instances.js";
import type { Db, Tx } from "../db/knex.js";
import type { InstanceEventKind, InstanceRow } from "../db/rows.js";
import { PAY_UNIT, PERIOD_S } from "../domain/pay-units.js";
import { formatMoney } from "../domain/money.js";
import {
  hourlyRatePerDay,
  meterStretches,
  oneHourAt,
  prepaidAmount,
  stretchesAround,
  unusedCredit,
  type Accrual,
  type HourlyFacts,
} from "../domain/pricing.js";
import { countEventsOf, insertEvent } from "../db/queries/events.js";
import { lockUser } from "../db/queries/users.js";
import { post } from "./ledger.js";

/** States in which the container runs (or is being worked on while it runs). */
const RUNNING_STATES: readonly InstanceRow["state"][] = ["Running", "Restarting", "Stopping", "Rebuilding"];
/** States that cost nothing. */
const FREE_STATES: readonly InstanceRow["state"][] = ["Destroyed", "Error", "Expired"];

/** What an hourly instance's rate depends on, from its row and the GPUs it holds. */
export function factsOf(i: Pick<InstanceRow, "billing_started_at" | "state" | "extra_disk_gb">, gpusHeld: number, hostAway = false): HourlyFacts {
  return {
    started: i.billing_started_at !== null,
    billable: !FREE_STATES.includes(i.state),
    gpusHeld,
    // Running without GPUs (card-less, or its GPUs were released when its container went
    // missing and it came back): the card-less rate, never only the disk.
    runningCardLess: RUNNING_STATES.includes(i.state),
    extraDiskGb: i.extra_disk_gb,
    hostAway,
  };
}

/** Where an hourly instance's unsettled time begins. */
function unsettledFrom(i: InstanceRow): number {
  return (i.settled_until ?? i.billing_started_at ?? new Date(0)).getTime();
}

/**
 * Where an hourly instance's unsettled time begins, and at what rate it runs from there (its
 * host away then or not: the billing cycle settles every instance at the moments its host went
 * away and came back, so that one rate holds from there on).
 */
export async function accrualOf(trx: Db | Tx, i: InstanceRow): Promise<Accrual> {
  const gpus = (await gpusOfInstance(trx, i.instance_id)).length;
  const here = accrualWith(i, gpus, false);
  const away = accrualWith(i, gpus, true);
  if (here.ratePerDay === away.ratePerDay) return here;
  return (await awayPeriodsOf(trx, i.host_id, here.fromMs, here.fromMs + 1)).length > 0 ? away : here;
}

/** accrualOf for a row read together with its GPU count and whether its host is away. */
export function accrualWith(i: InstanceRow, gpusHeld: number, hostAway = false): Accrual {
  return { ratePerDay: i.prices ? hourlyRatePerDay(i.prices, factsOf(i, gpusHeld, hostAway)) : 0, fromMs: unsettledFrom(i), carry: Number(i.settle_carry) };
}

/**
 * Charges an hourly instance up to `now` at the rate of its current condition and moves
 * settled_until. Call with the instance row locked, before changing state, GPUs or card-less.
 * The time its host was away (offline beyond the grace period) is charged at the away rate
 * (disk only), to the millisecond, whenever this runs.
 * Nothing is charged after the moment its owner's balance ran out (suspended_at): when the
 * balance does not pay for the whole interval, the part it pays for is charged and the instance
 * is suspended from there (SPEC §3); a balance never goes below zero by usage.
 * Returns the instance as settled.
 */
export async function settle(trx: Tx, i: InstanceRow, now: Date): Promise<InstanceRow> {
  if (i.pay_unit !== PAY_UNIT.HOURLY || i.user_id === null || !i.prices || !i.billing_started_at) return i;
  const fromMs = unsettledFrom(i);
  if (now.getTime() <= fromMs) return i;
  const until = i.suspended_at ? Math.max(fromMs, Math.min(now.getTime(), i.suspended_at.getTime())) : now.getTime();
  const facts = factsOf(i, (await gpusOfInstance(trx, i.instance_id)).length);
  const rate = hourlyRatePerDay(i.prices, facts);
  const awayRate = hourlyRatePerDay(i.prices, { ...facts, hostAway: true });
  // The host's away times matter only when they change the rate.
  const periods = rate !== awayRate && until > fromMs ? await awayPeriodsOf(trx, i.host_id, fromMs, until) : [];
  const stretches = stretchesAround(fromMs, until, rate, awayRate, periods);
  let { amount, carry } = meterStretches(stretches, Number(i.settle_carry), null);
  let end = until;
  const patch: InstancePatch = {};
  if (amount > 0) {
    const user = await lockUser(trx, i.user_id);
    if (user && amount > user.balance_minor) {
      // The money ran out inside this interval: charged up to that moment, nothing after it.
      const paid = meterStretches(stretches, Number(i.settle_carry), user.balance_minor);
      ({ amount, carry } = paid);
      end = paid.endMs ?? until;
      patch.suspended_at = new Date(end);
      await recordEvent(trx, i, "balance_exhausted", new Date(end), { balance: formatMoney(user.balance_minor) });
    }
  }
  // The entry's period covers everything it charges: settlements since the last entry that cost
  // less than a minor unit posted nothing, and their fractions are in this amount.
  const periodStart = i.usage_period_start ?? new Date(fromMs);
  if (amount > 0) {
    await post(trx, {
      userId: i.user_id,
      amountMinor: -amount,
      kind: "usage",
      idempotencyKey: `usage:${i.instance_id}:${fromMs}`,
      instanceId: i.instance_id,
      periodStart,
      periodEnd: new Date(end),
      // A task's attempt runs as an instance row: its entries name the task.
      ...(i.task_id ? { memo: `task ${i.task_id}` } : {}),
    });
    patch.usage_period_start = new Date(end);
  } else if (i.usage_period_start === null) {
    patch.usage_period_start = periodStart;
  }
  Object.assign(patch, { settled_until: now, settle_carry: carry });
  await updateInstance(trx, i.instance_id, patch);
  return { ...i, ...patch } as InstanceRow;
}

/**
 * An instance's suspension ends (its owner can pay again): time from `now` on is charged again;
 * the suspended time never is.
 */
export async function liftSuspension(trx: Tx, i: InstanceRow, now: Date): Promise<InstanceRow> {
  if (!i.suspended_at) return i;
  const settled = await settle(trx, i, now);
  // Never backwards: a settlement after this run's `now` already closed the books further on.
  const from = Math.max(now.getTime(), settled.settled_until?.getTime() ?? 0);
  // The fraction of a cent carried at the suspension is given up with the suspended time.
  const patch: InstancePatch = { suspended_at: null, settled_until: new Date(from), settle_carry: 0, usage_period_start: new Date(from) };
  await updateInstance(trx, i.instance_id, patch);
  await recordEvent(trx, i, "suspension_lifted", now, { suspended_at: i.suspended_at.toISOString() });
  return { ...settled, ...patch } as InstanceRow;
}

/** What starting an hourly instance needs on the balance: one hour at the rate it will run at. */
export function startMinimum(i: InstanceRow, cardLess: boolean): number {
  if (!i.prices) return 0;
  return oneHourAt(
    hourlyRatePerDay(i.prices, {
      started: true,
      billable: true,
      gpusHeld: cardLess ? 0 : i.gpu_count,
      runningCardLess: cardLess,
      extraDiskGb: i.extra_disk_gb,
    }),
  );
}

/**
 * An event on the instance (once per business key): expiry, balance, retention. Call with the
 * instance row locked.
 * A suspension may end and begin again at one moment (a recharge lifts it, the billing cycle at
 * that moment suspends it again because the user's other instances owe the balance, a rounding
 * remainder lets the same run lift it again): its events are keyed by the round as well, the
 * number of lifts before it plus one, so each suspension and each lift is recorded once, and
 * only a repeat of the same one (settle() and settleUser() both record a suspension they make
 * together) is dropped.
 */
export async function recordEvent(trx: Tx, i: InstanceRow, kind: InstanceEventKind, at: Date, details: Record<string, unknown> = {}): Promise<void> {
  let key = `${kind}:${i.instance_id}:${at.getTime()}`;
  if (kind === "balance_exhausted" || kind === "suspension_lifted") key += `:${(await countEventsOf(trx, i.instance_id, "suspension_lifted")) + 1}`;
  await insertEvent(trx, { instance_id: i.instance_id, user_id: i.user_id, kind, event_key: key, at, details });
}

/** The first time the agent reports the container running: the billing clock starts (SPEC §3). */
export function billingStart(i: InstanceRow, now: Date): InstancePatch {
  if (i.user_id === null || i.billing_started_at) return {};
  if (i.pay_unit === PAY_UNIT.HOURLY) return { billing_started_at: now, settled_until: now, settle_carry: 0, usage_period_start: now };
  return { billing_started_at: now, expire_at: new Date(now.getTime() + i.prepaid_seconds * 1000), prepaid_seconds: 0 };
}

/**
 * A prepaid instance that never ran gets back everything it paid (SPEC §3), once: when its
 * creation failed, or when it is destroyed before it ever ran.
 */
export async function refundIfNeverRan(trx: Tx, i: InstanceRow): Promise<void> {
  if (i.user_id === null || i.billing_started_at || i.pay_unit === PAY_UNIT.HOURLY) return;
  const paid = await paidFor(trx, i.instance_id);
  // The paid time goes with the money: a refunded instance has none left to run on.
  await updateInstance(trx, i.instance_id, { prepaid_seconds: 0 });
  if (paid > 0)
    await post(trx, {
      userId: i.user_id,
      amountMinor: paid,
      kind: "refund",
      idempotencyKey: `refund:${i.instance_id}:never-ran`,
      instanceId: i.instance_id,
      memo: "the instance never ran",
    });
}

/** What an instance's prepaid time cost in all, net of credits and refunds. */
export async function paidFor(db: Db | Tx, instanceId: string): Promise<number> {
  return -(await instanceTotal(db, instanceId, ["purchase", "renewal", "lengthen", "credit", "refund"]));
}

/**
 * A daily or monthly instance destroyed before its time ran out (it broke and went to Error, or
 * an operator removed it) is credited the unused time, pro rata at the rate it paid.
 */
export async function creditUnusedTime(trx: Tx, i: InstanceRow, now: Date): Promise<void> {
  if (i.user_id === null || !i.expire_at) return;
  const credit = unusedPrepaidValue(i, now);
  if (credit === null) return;
  await updateInstance(trx, i.instance_id, { expire_at: now });
  if (credit > 0)
    await post(trx, {
      userId: i.user_id,
      amountMinor: credit,
      kind: "credit",
      idempotencyKey: `destroy-credit:${i.instance_id}`,
      instanceId: i.instance_id,
      memo: "unused prepaid time of a destroyed instance",
    });
}

/**
 * What the running prepaid time of a daily or monthly instance not used yet is worth, pro rata
 * at the rate it paid (null for hourly ones and ones whose time has not started).
 */
export function unusedPrepaidValue(i: InstanceRow, now: Date): number | null {
  if (!i.prices || i.pay_unit === null || i.pay_unit === PAY_UNIT.HOURLY || !i.expire_at) return null;
  return unusedCredit(prepaidAmount(i.prices, i.pay_unit, i.gpu_count, i.extra_disk_gb, 1), PERIOD_S[i.pay_unit], i.expire_at.getTime() - now.getTime());
}

/** A daily or monthly instance has paid time left to run on (not yet started, or not expired). */
export function hasPaidTime(i: InstanceRow, now: Date): boolean {
  return i.expire_at ? i.expire_at.getTime() > now.getTime() : i.prepaid_seconds > 0;
}
