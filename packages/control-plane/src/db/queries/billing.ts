// What the billing cycle looks for (services/billing-cycle.ts): candidates found without locks,
// in pages by instance id, each then handled (locked and checked again) on its own.
import { PAY_UNIT } from "../../domain/pay-units.js";
import type { Db, Query, Tx } from "../knex.js";
import type { InstanceRow } from "../rows.js";
import { HOST_AWAY } from "./host-away.js";
import { GPUS_HELD } from "./instance-gpus.js";

/** The cycle's steps that work through instances one by one. */
export type BillingStep = "away_boundary" | "lift" | "stop_suspended" | "expire" | "retention";

export interface StepTimes {
  now: Date;
  /** The end of the retention: what expired or ran out of money before it goes. */
  cutoff: Date;
}

const PREPAID = [PAY_UNIT.DAILY, PAY_UNIT.MONTHLY];

const STEPS: Record<BillingStep, (q: Query, t: StepTimes) => void> = {
  // Metered hourly instances whose host went away or came back since they were settled.
  away_boundary: (q, t) =>
    q
      .where("pay_unit", PAY_UNIT.HOURLY)
      .whereNotNull("billing_started_at")
      .whereNot("state", "Destroyed")
      .whereNull("suspended_at")
      .whereExists((e) =>
        e
          .select("p.host_id")
          .from("host_away_periods as p")
          .whereRaw("p.host_id = instances.host_id")
          .where((b) =>
            b
              .whereRaw("p.starts_at > instances.settled_until and p.starts_at <= ?", [t.now])
              .orWhereRaw("p.ends_at > instances.settled_until and p.ends_at <= ?", [t.now]),
          ),
      ),
  // Suspensions end when the owner's balance is positive again (a recharge, a refund).
  lift: (q) =>
    q.join("users", "users.user_id", "instances.user_id").whereNotNull("suspended_at").whereNot("state", "Destroyed").where("users.balance_minor", ">", 0),
  // Suspended instances that still run or hold GPUs.
  stop_suspended: (q) =>
    q
      .whereNotNull("suspended_at")
      .whereNull("pending_command_id")
      .where((r) => r.where("state", "Running").orWhere((s) => s.where("state", "Stopped").whereRaw(`${GPUS_HELD("instances")} > 0`))),
  // Daily and monthly instances whose paid time is over.
  expire: (q, t) => q.whereIn("pay_unit", PREPAID).where("expire_at", "<=", t.now).whereIn("state", ["Running", "Stopped"]).whereNull("pending_command_id"),
  // Expired (or broken) daily/monthly instances past the retention, suspended ones their owner
  // did not pay for, and ones abandoned with their host.
  retention: (q, t) =>
    q.whereNull("pending_command_id").where((r) =>
      r
        .where((e) => e.whereIn("state", ["Expired", "Error"]).whereIn("pay_unit", PREPAID).where("expire_at", "<=", t.cutoff))
        .orWhere((s) => s.whereIn("state", ["Stopped", "Error"]).where("suspended_at", "<=", t.cutoff))
        // Abandoned with their host.
        .orWhere((a) => a.where("state", "Error").where("abandoned_at", "<=", t.cutoff)),
    ),
};

/** The next `limit` candidates of a step with ids after `after`. */
export async function stepCandidates(db: Db, step: BillingStep, t: StepTimes, after: string, limit: number): Promise<string[]> {
  const q = db("instances").select("instances.instance_id");
  STEPS[step](q, t);
  const rows: { instance_id: string }[] = await q.where("instances.instance_id", ">", after).orderBy("instances.instance_id").limit(limit);
  return rows.map((r) => r.instance_id);
}

/** An hourly instance being metered, with what its rate and its owner's balance depend on. */
export type MeteredRow = InstanceRow & { gpus_held: number; balance_minor: number; host_away: boolean };

/** Every hourly instance being metered (started, not destroyed, not suspended), with its owner's balance. */
export async function meteredHourlyInstances(db: Db): Promise<MeteredRow[]> {
  const r = await db.raw<{ rows: MeteredRow[] }>(
    `select i.*, u.balance_minor, ${GPUS_HELD("i")} as gpus_held, ${HOST_AWAY("i")} as host_away
       from instances i join users u on u.user_id = i.user_id
      where i.pay_unit = ? and i.billing_started_at is not null and i.state <> 'Destroyed' and i.suspended_at is null`,
    [PAY_UNIT.HOURLY],
  );
  return r.rows;
}

/** A user's metered hourly instances, locked, in id order (instances are locked before the user). */
export async function lockMeteredHourlyOf(trx: Tx, userId: number): Promise<InstanceRow[]> {
  return trx<InstanceRow>("instances")
    .where({ user_id: userId, pay_unit: PAY_UNIT.HOURLY })
    .whereNotNull("billing_started_at")
    .whereNot("state", "Destroyed")
    .whereNull("suspended_at")
    .orderBy("instance_id")
    .forUpdate();
}

/** A user's suspended instances that still exist, in id order. */
export async function suspendedInstancesOf(db: Db, userId: number): Promise<string[]> {
  return db<InstanceRow>("instances")
    .where({ user_id: userId })
    .whereNotNull("suspended_at")
    .whereNot("state", "Destroyed")
    .orderBy("instance_id")
    .pluck("instance_id");
}

/** The moments in (after, upTo] when an instance's host went away or came back, in order. */
export async function awayBoundariesOf(db: Db | Tx, hostId: string, after: Date, upTo: Date): Promise<Date[]> {
  const r = await db.raw<{ rows: { at: Date }[] }>(
    `select at from (select starts_at as at from host_away_periods where host_id = ? union select ends_at from host_away_periods where host_id = ?) b
      where at > ? and at <= ? order by at`,
    [hostId, hostId, after, upTo],
  );
  return r.rows.map((x) => x.at);
}
