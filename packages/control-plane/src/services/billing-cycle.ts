// The periodic side of billing (SPEC §3): hourly instances settled at least every hour and as
// soon as their owner's balance runs out; suspended instances stopped card-less and destroyed
// after the retention; daily and monthly instances expired at expire_at and destroyed after the
// retention. Every step works on one instance (or one user) in its own transaction, re-checks
// what it found with the rows locked, and is keyed by business facts (settled_until, expire_at,
// suspended_at), so a second replica or a re-run after a crash finds nothing left to do twice.
import { gpusOfInstance, releaseGpus } from "../db/queries/instance-gpus.js";
import { lockInstance, updateInstance } from "../db/queries/instances.js";
import { lockUser } from "../db/queries/users.js";
import {
  awayBoundariesOf,
  type BillingStep,
  lockMeteredHourlyOf,
  meteredHourlyInstances,
  stepCandidates,
  suspendedInstancesOf,
} from "../db/queries/billing.js";
import type { Db, Tx } from "../db/knex.js";
import type { InstanceRow, SystemReason } from "../db/rows.js";
import { PAY_UNIT } from "../domain/pay-units.js";
import { formatMoney } from "../domain/money.js";
import { exhaustionTime, meter, type Accrual } from "../domain/pricing.js";
import { DAY_S } from "../domain/pay-units.js";
import { AppError, toAppError } from "../errors.js";
import { accrualOf, accrualWith, liftSuspension, recordEvent, settle } from "./billing.js";
import { operate } from "./instances.js";
import { requestStop } from "./tasks/lifecycle.js";

export interface BillingPolicy {
  /** How long Expired and suspended instances are kept (and can be renewed or paid for). */
  retentionDays: number;
  /** Hourly instances are settled at least this often. */
  settleEveryMs: number;
}

export const DEFAULT_SETTLE_EVERY_MS = 3_600_000;

export interface BillingCycleOutcome {
  /** Hourly instances settled at the moment their host went away or came back. */
  awayBoundaries: number;
  settledUsers: number;
  suspended: number;
  lifted: number;
  stopped: number;
  expired: number;
  destroyed: number;
  /** Items that failed (e.g. an operation in progress): retried by the next run. */
  skipped: number;
  /** The deadline came before everything was done: the next run goes on. */
  unfinished: boolean;
}

export interface CycleLimits {
  deadline?: Date;
  signal?: AbortSignal;
  /** Rows per candidate query. */
  batch?: number;
}

/** One run of the billing cycle at `now` (the billing clock, movable in tests). */
export async function runBillingCycle(db: Db, now: Date, policy: BillingPolicy, limits: CycleLimits = {}): Promise<BillingCycleOutcome> {
  const out: BillingCycleOutcome = {
    awayBoundaries: 0,
    settledUsers: 0,
    suspended: 0,
    lifted: 0,
    stopped: 0,
    expired: 0,
    destroyed: 0,
    skipped: 0,
    unfinished: false,
  };
  // A page of candidates is a few hundred KiB at most; each is then handled on its own.
  const batch = limits.batch ?? 1000;
  const late = () => (limits.deadline !== undefined && Date.now() >= limits.deadline.getTime()) || limits.signal?.aborted === true;
  const retentionMs = policy.retentionDays * DAY_S * 1000;

  const times = { now, cutoff: new Date(now.getTime() - retentionMs) };

  // Each step: its candidates, found without locks in pages by id, then handled one by one
  // (each handler locks and re-checks).
  const step = async (which: BillingStep, handle: (instanceId: string) => Promise<void>) => {
    let after = "";
    for (;;) {
      if (late()) {
        out.unfinished = true;
        return;
      }
      const page = await stepCandidates(db, which, times, after, batch);
      for (const id of page) {
        if (late()) {
          out.unfinished = true;
          return;
        }
        try {
          await handle(id);
        } catch (err) {
          const e = toAppError(err);
          if (e.code === "INTERNAL" || e.code === "DATABASE_UNAVAILABLE") throw err;
          out.skipped += 1; // e.g. INVALID_STATE: an operation began meanwhile; the next run sees it
        }
      }
      if (page.length < batch) return;
      after = page[page.length - 1]!;
    }
  };

  // 0. Hosts that went away or came back: their hourly instances are settled at those moments,
  //    so that each entry has one rate and what follows is metered at the rate that holds now.
  await step("away_boundary", async (id) => {
    if (await settleAwayBoundaries(db, id, now)) out.awayBoundaries += 1;
  });

  // 1. Hourly settlement: users whose balance no longer covers what their instances owe, and
  //    instances not settled for settleEveryMs. One transaction per user.
  const users = await usersToSettle(db, now, policy.settleEveryMs);
  for (const userId of users) {
    if (late()) {
      out.unfinished = true;
      break;
    }
    const r = await settleUser(db, userId, now);
    out.settledUsers += 1;
    out.suspended += r.suspended;
  }

  // 2. Suspensions end when the owner's balance is positive again (a recharge, a refund).
  await step("lift", async (id) => {
    if (await liftIfFunded(db, id, now)) out.lifted += 1;
  });

  // 3. Suspended instances that still run or hold GPUs: stopped card-less.
  await step("stop_suspended", async (id) => {
    if (await stopSuspended(db, id, now)) out.stopped += 1;
  });

  // 4. Daily and monthly instances whose paid time is over: Expired, GPUs released.
  await step("expire", async (id) => {
    if (await expire(db, id, now)) out.expired += 1;
  });

  // 5. Retention over: Expired (or broken) daily/monthly instances, suspended ones their owner
  //    did not pay for, and ones abandoned with their host (destroyed at once: no command).
  await step("retention", async (id) => {
    if (await destroyAfterRetention(db, id, now, times.cutoff)) out.destroyed += 1;
  });
  return out;
}

/** Users with an hourly instance that is due for settlement, or whose balance it has used up. */
export async function usersToSettle(db: Db, now: Date, settleEveryMs: number): Promise<number[]> {
  const rows = await meteredHourlyInstances(db);
  const due = new Set<number>();
  const owed = new Map<number, number>();
  const balance = new Map<number, number>();
  for (const r of rows) {
    const userId = Number(r.user_id);
    balance.set(userId, Number(r.balance_minor));
    const a = accrualWith(r, r.gpus_held, r.host_away);
    if (a.fromMs <= now.getTime() - settleEveryMs) due.add(userId);
    owed.set(userId, (owed.get(userId) ?? 0) + meter(a.ratePerDay, a.fromMs, now.getTime(), a.carry).amount);
  }
  for (const [userId, amount] of owed) if (amount > balance.get(userId)!) due.add(userId);
  return [...due].sort((a, b) => a - b);
}

/**
 * Settles every hourly instance of a user up to `now` in one transaction. When the balance does
 * not pay for all of it, the moment it ran out is found for all of them together (each is
 * charged up to it, none after it) and they are suspended from that moment.
 */
export async function settleUser(db: Db, userId: number, now: Date): Promise<{ suspended: number }> {
  return db.transaction(async (trx) => {
    // Instances first, in id order (every path locks instances before the user).
    const rows = await lockMeteredHourlyOf(trx, userId);
    // One query at a time: a transaction is one connection.
    const accruals: Accrual[] = [];
    for (const i of rows) accruals.push(await accrualOf(trx, i));
    const user = await lockUser(trx, userId);
    if (!user) return { suspended: 0 };
    const t = exhaustionTime(accruals, user.balance_minor, now.getTime());
    let suspended = 0;
    for (const [k, i] of rows.entries()) {
      const a = accruals[k]!;
      if (t !== null && a.ratePerDay > 0) {
        // settle() may find an earlier moment still (rounding): the earliest counts.
        const settled = await settle(trx, { ...i, suspended_at: new Date(Math.max(a.fromMs, t)) }, now);
        await updateInstance(trx, i.instance_id, { suspended_at: settled.suspended_at });
        await recordEvent(trx, i, "balance_exhausted", settled.suspended_at!, { balance: formatMoney(user.balance_minor) });
        suspended += 1;
      } else {
        await settle(trx, i, now);
      }
    }
    return { suspended };
  });
}

/**
 * Settles a metered hourly instance at each moment since its last settlement when its host went
 * away (GPUs no longer charged) or came back, up to `now`. Returns whether there was any.
 */
export async function settleAwayBoundaries(db: Db, instanceId: string, now: Date): Promise<boolean> {
  return db.transaction(async (trx) => {
    let i = await lockInstance(trx, instanceId);
    if (!i?.settled_until || i.pay_unit !== PAY_UNIT.HOURLY || i.suspended_at || i.state === "Destroyed") return false;
    const moments = await awayBoundariesOf(trx, i.host_id, i.settled_until, now);
    for (const at of moments) i = await settle(trx, i, at);
    return moments.length > 0;
  });
}

/** Lifts a suspension when the owner's balance is positive again (SPEC §3); a start still needs an hour. */
export async function liftIfFunded(db: Db, instanceId: string, now: Date): Promise<boolean> {
  return db.transaction(async (trx) => {
    const i = await lockInstance(trx, instanceId);
    if (!i?.suspended_at || i.user_id === null || i.state === "Destroyed") return false;
    const user = await lockUser(trx, i.user_id);
    if (!user || user.balance_minor <= 0) return false;
    await liftSuspension(trx, i, now);
    return true;
  });
}

/** Lifts what can be lifted for one user now (after a recharge). */
export async function liftUserSuspensions(db: Db, userId: number, now: Date): Promise<number> {
  const ids = await suspendedInstancesOf(db, userId);
  let lifted = 0;
  for (const id of ids) if (await liftIfFunded(db, id, now)) lifted += 1;
  return lifted;
}

/** A suspended instance stops card-less: running ones by a command, stopped ones by giving back their GPUs. */
async function stopSuspended(db: Db, instanceId: string, now: Date): Promise<boolean> {
  const running = await db.transaction(async (trx) => {
    const i = await lockInstance(trx, instanceId);
    if (!i?.suspended_at || i.pending_command_id) return false;
    // A task's attempt is ended by its task (failed, reason balance_exhausted), not stopped.
    if (i.task_id) return i.state === "Running" ? i.task_id : false;
    if (i.state === "Stopped") {
      if ((await gpusOfInstance(trx, instanceId)).length === 0) return false;
      await settle(trx, i, now); // nothing is owed after suspended_at: this only closes the books
      await releaseGpus(trx, instanceId);
      await updateInstance(trx, instanceId, { card_less: true });
      return false;
    }
    return i.state === "Running";
  });
  if (!running) return false;
  if (typeof running === "string") return (await requestStop(db, running, "balance")) !== undefined;
  await operate(db, instanceId, "stop_cardless", { meta: { reason: "balance" }, check: stillSuspended });
  return true;
}

const stillSuspended = async (_trx: Tx, i: InstanceRow) => {
  if (!i.suspended_at) throw new AppError("INVALID_STATE", "the suspension was lifted meanwhile");
};

/** A daily or monthly instance whose time is over: Expired (a running one after its stop lands). */
async function expire(db: Db, instanceId: string, now: Date): Promise<boolean> {
  const running = await db.transaction(async (trx) => {
    const i = await lockInstance(trx, instanceId);
    if (!i || !isExpiring(i, now) || i.pending_command_id) return false;
    if (i.state === "Stopped") {
      await markExpired(trx, i);
      return false;
    }
    return i.state === "Running";
  });
  if (!running) return false;
  await operate(db, instanceId, "stop", {
    meta: { reason: "expiry" },
    check: async (_trx, i) => {
      if (!isExpiring(i, now)) throw new AppError("INVALID_STATE", "renewed meanwhile");
    },
  });
  return true;
}

function isExpiring(i: InstanceRow, now: Date): boolean {
  return i.pay_unit !== null && i.pay_unit !== PAY_UNIT.HOURLY && i.expire_at !== null && i.expire_at.getTime() <= now.getTime();
}

/** Expired: stopped, GPUs released, an event (the caller holds the row lock; the container is stopped). */
export async function markExpired(trx: Tx, i: InstanceRow): Promise<void> {
  await releaseGpus(trx, i.instance_id);
  await updateInstance(trx, i.instance_id, { state: "Expired", card_less: true, running_since: null });
  await recordEvent(trx, i, "expired", i.expire_at!, { pay_unit: i.pay_unit });
}

/** Retention over: the instance and its data are destroyed (a destroy command). */
async function destroyAfterRetention(db: Db, instanceId: string, now: Date, cutoff: Date): Promise<boolean> {
  const reason: SystemReason = "retention";
  await operate(db, instanceId, "destroy", {
    meta: { reason },
    check: async (trx, i) => {
      const prepaidOver = i.pay_unit === PAY_UNIT.DAILY || i.pay_unit === PAY_UNIT.MONTHLY;
      const expiredLongAgo = (i.state === "Expired" || (i.state === "Error" && prepaidOver)) && i.expire_at !== null && i.expire_at <= cutoff;
      const unpaidLongAgo = i.suspended_at !== null && i.suspended_at <= cutoff;
      const abandonedLongAgo = i.state === "Error" && i.abandoned_at !== null && i.abandoned_at <= cutoff;
      if (!expiredLongAgo && !unpaidLongAgo && !abandonedLongAgo) throw new AppError("INVALID_STATE", "renewed or paid for meanwhile");
      const since = abandonedLongAgo ? i.abandoned_at! : expiredLongAgo ? i.expire_at! : i.suspended_at!;
      await recordEvent(trx, i, "destroyed_after_retention", now, { since: since.toISOString() });
    },
  });
  return true;
}
