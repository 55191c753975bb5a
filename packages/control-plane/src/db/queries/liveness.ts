// The liveness sweep, in SQL and on the database's clock so replicas never disagree: a host is
// suspect after missing `suspectAfter` heartbeats, offline after `offlineAfter`. `slackMs`
// covers the delay of the batched last_seen_at writes. Idempotent: every replica may run it.
import type { Db } from "../knex.js";

export async function sweepLiveness(db: Db, suspectAfter: number, offlineAfter: number, slackMs: number): Promise<{ suspect: string[]; offline: string[] }> {
  const offline = await db.raw<{ rows: { host_id: string }[] }>(
    `update hosts set status = 'offline', status_changed_at = now()
     where status <> 'offline'
       and last_seen_at < now() - make_interval(secs => (heartbeat_interval_ms * ?::float8 + ?) / 1000.0)
     returning host_id`,
    [offlineAfter, slackMs],
  );
  const suspect = await db.raw<{ rows: { host_id: string }[] }>(
    `update hosts set status = 'suspect', status_changed_at = now()
     where status = 'online'
       and last_seen_at < now() - make_interval(secs => (heartbeat_interval_ms * ?::float8 + ?) / 1000.0)
     returning host_id`,
    [suspectAfter, slackMs],
  );
  return { suspect: suspect.rows.map((r) => r.host_id), offline: offline.rows.map((r) => r.host_id) };
}
