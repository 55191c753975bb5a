// The liveness sweep in SQL: online → suspect → offline by missed heartbeats, per host interval.
import t from "tap";
import { createDb } from "../../packages/control-plane/src/db/knex.js";
import { migrateLatest } from "../../packages/control-plane/src/db/migrate.js";
import { sweepLiveness } from "../../packages/control-plane/src/db/queries/liveness.js";
import { touchHosts } from "../../packages/control-plane/src/db/queries/telemetry.js";
import { freshDatabase, sql } from "../helpers/database.js";

t.test("statuses follow missed heartbeats", async (t) => {
  const url = await freshDatabase(t);
  const db = createDb(url, 3);
  t.teardown(() => db.destroy());
  await migrateLatest(db);
  // interval 1 s; suspect after 3 missed (+0.5 s slack), offline after 10.
  const hosts: [string, number, number][] = [
    ["host-0000000000000001", 1000, 1], // seen 1 s ago: online
    ["host-0000000000000002", 1000, 5], // 5 s: suspect
    ["host-0000000000000003", 1000, 20], // 20 s: offline
    ["host-0000000000000004", 30_000, 20], // 20 s but a 30 s interval: online
  ];
  for (const [id, interval, ago] of hosts) {
    await sql(
      url,
      "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms, last_seen_at) values ($1, '105', $2, $3, now() - make_interval(secs => $4))",
      [id, Buffer.alloc(32), interval, ago],
    );
  }
  const r = await sweepLiveness(db, 3, 10, 500);
  t.same(r.suspect, ["host-0000000000000002"]);
  t.same(r.offline, ["host-0000000000000003"]);
  const statuses = await sql<{ host_id: string; status: string }>(url, "select host_id, status from hosts order by host_id");
  t.same(
    statuses.map((s) => s.status),
    ["online", "suspect", "offline", "online"],
  );
  const again = await sweepLiveness(db, 3, 10, 500);
  t.same(again, { suspect: [], offline: [] }, "idempotent: a second sweep (another replica) changes nothing");

  await touchHosts(db, ["host-0000000000000003"]);
  t.same(await sql(url, "select status from hosts where host_id = 'host-0000000000000003'"), [{ status: "online" }], "a heartbeat brings a host back");
  await sql(url, "update hosts set revoked_at = now(), status = 'offline' where host_id = 'host-0000000000000002'");
  await touchHosts(db, ["host-0000000000000002"]);
  t.same(await sql(url, "select status from hosts where host_id = 'host-0000000000000002'"), [{ status: "offline" }], "but never a revoked one");
});
