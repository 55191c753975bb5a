// Instance events (expiry, balance, retention): one row per business key, so a job that runs
// twice records an event once (keys: services/billing.ts recordEvent).
import type { Db, Tx } from "../knex.js";
import type { InstanceEventKind, InstanceEventRow } from "../rows.js";

export type NewEvent = Pick<InstanceEventRow, "instance_id" | "user_id" | "kind" | "event_key" | "at" | "details">;

export async function insertEvent(trx: Db | Tx, e: NewEvent): Promise<void> {
  await trx("instance_events")
    .insert({ ...e, details: JSON.stringify(e.details) })
    .onConflict("event_key")
    .ignore();
}

/** How many events of a kind an instance has had (read with its row locked: events are written under it). */
export async function countEventsOf(trx: Db | Tx, instanceId: string, kind: InstanceEventKind): Promise<number> {
  const [r] = await trx("instance_events").where({ instance_id: instanceId, kind }).count<{ n: string }[]>({ n: "*" });
  return Number(r?.n ?? 0);
}

export async function eventsOfInstance(db: Db | Tx, instanceId: string, limit = 50): Promise<InstanceEventRow[]> {
  return db<InstanceEventRow>("instance_events").where({ instance_id: instanceId }).orderBy("event_id", "desc").limit(limit);
}
