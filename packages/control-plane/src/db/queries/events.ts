// Instance events (expiry, balance, retention): one row per business key, so a job that runs
// twice records an event once.
import type { Db, Tx } from "../knex.js";
import type { InstanceEventRow } from "../rows.js";

export type NewEvent = Pick<InstanceEventRow, "instance_id" | "user_id" | "kind" | "event_key" | "at" | "details">;

export async function insertEvent(trx: Db | Tx, e: NewEvent): Promise<void> {
  await trx("instance_events")
    .insert({ ...e, details: JSON.stringify(e.details) })
    .onConflict("event_key")
    .ignore();
}

export async function eventsOfInstance(db: Db | Tx, instanceId: string, limit = 50): Promise<InstanceEventRow[]> {
  return db<InstanceEventRow>("instance_events").where({ instance_id: instanceId }).orderBy("event_id", "desc").limit(limit);
}
