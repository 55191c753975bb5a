// The times hosts were away (offline longer than the grace period): recorded by the liveness
// sweep, ended by the hosts_back_from_away trigger when a host is marked online again, and
// read by billing (docs/decisions/0017-host-away-and-abandon.md).
import type { Db, Tx } from "../knex.js";

/**
 * Records the away time of every offline host that has none for its current time offline:
 * from when it was marked offline plus the grace. Run with each liveness sweep (every replica;
 * a second insert of the same time offline does nothing). Returns the hosts recorded now.
 */
export async function recordAwayPeriods(db: Db, graceS: number): Promise<string[]> {
  const r = await db.raw<{ rows: { host_id: string }[] }>(
    `insert into host_away_periods (host_id, offline_at, starts_at)
     select h.host_id, h.status_changed_at, h.status_changed_at + make_interval(secs => ?)
       from hosts h
      where h.status = 'offline' and h.removed_at is null
        and not exists (select 1 from host_away_periods p where p.host_id = h.host_id and p.offline_at = h.status_changed_at)
     on conflict do nothing
     returning host_id`,
    [graceS],
  );
  return r.rows.map((x) => x.host_id);
}

export interface AwayPeriod {
  startsMs: number;
  /** null: still away. */
  endsMs: number | null;
}

/** A host's away times that overlap [fromMs, toMs), in order. */
export async function awayPeriodsOf(db: Db | Tx, hostId: string, fromMs: number, toMs: number): Promise<AwayPeriod[]> {
  const rows = await db("host_away_periods")
    .select("starts_at", "ends_at")
    .where("host_id", hostId)
    .where("starts_at", "<", new Date(toMs))
    .where((q) => q.whereNull("ends_at").orWhere("ends_at", ">", new Date(fromMs)))
    .orderBy("starts_at");
  return (rows as { starts_at: Date; ends_at: Date | null }[]).map((p) => ({ startsMs: p.starts_at.getTime(), endsMs: p.ends_at?.getTime() ?? null }));
}

/**
 * SQL: whether the instance (alias) is away now and has been since its unsettled time began (so
 * all of that time is charged at the away rate). Time that began before its host went away is
 * not, and is settled at the boundary by the billing cycle.
 */
export const HOST_AWAY = (alias: string): string =>
  `exists (select 1 from host_away_periods away where away.host_id = ${alias}.host_id and away.ends_at is null
             and away.starts_at <= coalesce(${alias}.settled_until, ${alias}.billing_started_at))`;
