// The times a host is away (offline beyond the grace period), as the database keeps them: the
// liveness sweep records when each offline host's grace ends, and the host's return (a Hello or
// a heartbeat) ends that time at the moment it is marked online, or drops it when it came back
// within the grace.
import t from "tap";
import { createDb } from "../../packages/control-plane/src/db/knex.js";
import { migrateLatest } from "../../packages/control-plane/src/db/migrate.js";
import { recordAwayPeriods } from "../../packages/control-plane/src/db/queries/host-away.js";
import { revokeHost } from "../../packages/control-plane/src/db/queries/hosts.js";
import { sweepLiveness } from "../../packages/control-plane/src/db/queries/liveness.js";
import { touchHosts } from "../../packages/control-plane/src/db/queries/telemetry.js";
import { freshDatabase, sql } from "../helpers/database.js";

interface Period {
  host_id: string;
  grace_s: number;
  offline_s_ago: number;
  ended: boolean;
  ended_s_after_start: number | null;
}

t.test("offline hosts get their away time recorded once; coming back ends or drops it", async (t) => {
  const url = await freshDatabase(t);
  const db = createDb(url, 3);
  t.teardown(() => db.destroy());
  await migrateLatest(db);
  const ids = ["host-00000000000000a1", "host-00000000000000a2", "host-00000000000000a3"];
  for (const id of ids) {
    await sql(
      url,
      "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms, last_seen_at) values ($1, '105', $2, 1000, now() - interval '1 hour')",
      [id, Buffer.alloc(32)],
    );
  }
  const periods = () =>
    sql<Period>(
      url,
      `select host_id, extract(epoch from starts_at - offline_at)::float8 as grace_s, extract(epoch from now() - offline_at)::float8 as offline_s_ago,
              ends_at is not null as ended, extract(epoch from ends_at - starts_at)::float8 as ended_s_after_start
         from host_away_periods order by host_id, offline_at`,
    );
  t.same(await recordAwayPeriods(db, 600), [], "nobody is offline yet");
  const r = await sweepLiveness(db, 3, 10, 0);
  t.same(r.offline.sort(), ids);
  t.same((await recordAwayPeriods(db, 600)).sort(), ids);
  t.same(await recordAwayPeriods(db, 600), [], "once per time offline (every replica runs it)");
  const p = await periods();
  t.equal(p.length, 3);
  for (const x of p) {
    t.equal(x.grace_s, 600, "the away time starts when the grace ends");
    t.ok(x.offline_s_ago < 60, "from the moment the host was marked offline");
    t.equal(x.ended, false);
  }

  // Back within the grace: it was never away.
  await touchHosts(db, [ids[0]!]);
  t.same(
    (await periods()).map((x) => x.host_id),
    [ids[1], ids[2]],
    "dropped",
  );

  // Back after the grace (its away time began long ago): ended at the moment it came back.
  await sql(url, "update host_away_periods set offline_at = offline_at - interval '2 hours', starts_at = starts_at - interval '2 hours' where host_id = $1", [
    ids[1],
  ]);
  await sql(url, "update hosts set status = 'online', status_changed_at = now(), last_seen_at = now() where host_id = $1", [ids[1]]); // a Hello
  const [ended] = (await periods()).filter((x) => x.host_id === ids[1]);
  t.equal(ended!.ended, true);
  t.ok(Math.abs(ended!.ended_s_after_start! - (7200 - 600)) < 60, "it was away from the end of the grace until now");

  // Offline again later: a new away time, the old one kept.
  await sql(url, "update hosts set last_seen_at = now() - interval '1 hour' where host_id = $1", [ids[1]]);
  await sweepLiveness(db, 3, 10, 0);
  t.same(await recordAwayPeriods(db, 30), [ids[1]]);
  t.same(
    (await periods()).filter((x) => x.host_id === ids[1]).map((x) => [x.grace_s, x.ended]),
    [
      [600, true],
      [30, false],
    ],
  );

  // A revoked host is offline too.
  await sql(url, "update hosts set status = 'online', status_changed_at = now() - interval '1 minute' where host_id = $1", [ids[0]]);
  await revokeHost(db, ids[0]!);
  t.same(await recordAwayPeriods(db, 600), [ids[0]]);
});
