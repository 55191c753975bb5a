// Migrations: idempotent, safe when several replicas start at once, reversible, and the
// schema's own constraints refuse what code must never write.
import t from "tap";
import { readdirSync } from "node:fs";
import { createDb } from "../../packages/control-plane/src/db/knex.js";
import { migrateDownAll, migrateLatest } from "../../packages/control-plane/src/db/migrate.js";
import { freshDatabase, sql } from "../helpers/database.js";

/** Every migration file, in the order they run. */
const MIGRATIONS = readdirSync(new URL("../../packages/control-plane/migrations/", import.meta.url))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();

t.test("concurrent start-ups migrate once", async (t) => {
  const url = await freshDatabase(t);
  const dbs = [createDb(url, 3), createDb(url, 3), createDb(url, 3)];
  t.teardown(() => Promise.all(dbs.map((d) => d.destroy())));
  const applied = await Promise.all(dbs.map((d) => migrateLatest(d)));
  t.same(MIGRATIONS.slice(0, 3), ["20261121000000_foundation", "20261121100000_instances_and_commands", "20261122000000_host_placement"]);
  t.equal(applied.flat().length, MIGRATIONS.length, "exactly one replica applied the migrations");
  t.same(
    applied.find((a) => a.length > 0),
    MIGRATIONS,
  );
  t.same(await migrateLatest(dbs[0]!), [], "a second run has nothing to do");
  const tables = await sql<{ tablename: string }>(url, "select tablename from pg_tables where schemaname = 'public' order by 1");
  t.same(
    tables.map((r) => r.tablename),
    [
      "api_tokens",
      "applications",
      "artifact_files",
      "artifact_versions",
      "artifacts",
      "audit_log",
      "auth_sessions",
      "blobs",
      "commands",
      "gpu_telemetry_history",
      "gpus",
      "host_away_periods",
      "host_telemetry_history",
      "hosts",
      "idempotent_requests",
      "images",
      "instance_events",
      "instance_gpus",
      "instance_ports",
      "instances",
      "job_runs",
      "join_tokens",
      "jwt_keys",
      "knex_migrations",
      "knex_migrations_lock",
      "ledger_entries",
      "ledger_postings",
      "lineage_edges",
      "orders",
      "products",
      "projects",
      "quality_reports",
      "refresh_tokens",
      "roles",
      "run_log_lines",
      "run_metric_rows",
      "run_metric_series",
      "run_tokens",
      "runs",
      "settings",
      "task_events",
      "tasks",
      "training_templates",
      "uploads",
      "users",
      "workspace_members",
      "workspace_preferences",
      "workspaces",
    ],
  );
});

t.test("down and up again", async (t) => {
  const url = await freshDatabase(t);
  const db = createDb(url, 3);
  t.teardown(() => db.destroy());
  await migrateLatest(db);
  await migrateDownAll(db);
  const left = await sql<{ tablename: string }>(url, "select tablename from pg_tables where schemaname = 'public' and tablename not like 'knex%'");
  t.same(left, [], "down removes every table");
  t.equal((await migrateLatest(db)).length, MIGRATIONS.length, "and up builds them again");
});

t.test("a migration left locked by a killed run does not block the next start", async (t) => {
  const url = await freshDatabase(t);
  const db = createDb(url, 3);
  t.teardown(() => db.destroy());
  await migrateLatest(db);
  await sql(url, "update knex_migrations_lock set is_locked = 1");
  t.same(await migrateLatest(db), []);
});

t.test("schema constraints", async (t) => {
  const url = await freshDatabase(t);
  const db = createDb(url, 3);
  t.teardown(() => db.destroy());
  await migrateLatest(db);
  const bad: [string, string, unknown[]][] = [
    ["malformed host id", "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms) values ('h1', '105', $1, 1000)", [Buffer.alloc(32)]],
    [
      "bad room",
      "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms) values ('host-0000000000000001', 'a b', $1, 1000)",
      [Buffer.alloc(32)],
    ],
    [
      "short credential hash",
      "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms) values ('host-0000000000000001', '105', $1, 1000)",
      [Buffer.alloc(8)],
    ],
    [
      "unknown status",
      "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms, status) values ('host-0000000000000001', '105', $1, 1000, 'gone')",
      [Buffer.alloc(32)],
    ],
    [
      "token used without a host",
      "insert into join_tokens (token_hash, room_name, expires_at, used_at) values ($1, '105', now() + interval '1 hour', now())",
      [Buffer.alloc(32)],
    ],
    [
      "token expiring before creation",
      "insert into join_tokens (token_hash, room_name, expires_at) values ($1, '105', now() - interval '1 hour')",
      [Buffer.alloc(32)],
    ],
  ];
  for (const [name, text, values] of bad) {
    await t.rejects(sql(url, text, values), { code: /^23/ }, `${name} is refused by the schema`);
  }
  await sql(url, "insert into join_tokens (token_hash, room_name, expires_at) values ($1, '105', now() + interval '1 hour')", [Buffer.alloc(32, 1)]);
  await t.rejects(
    sql(url, "insert into join_tokens (token_hash, room_name, expires_at) values ($1, '105', now() + interval '1 hour')", [Buffer.alloc(32, 1)]),
    { code: "23505" },
    "token hashes are unique",
  );
});

t.test("host placement columns: defaults, checks, and their down migration", async (t) => {
  const url = await freshDatabase(t);
  const db = createDb(url, 3);
  t.teardown(() => db.destroy());
  await migrateLatest(db);
  await sql(url, "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms) values ('host-0000000000000001', '105', $1, 1000)", [
    Buffer.alloc(32),
  ]);
  t.same(
    await sql(url, "select public_address, session_address, instance_storage_bytes, cordoned_at from hosts"),
    [{ public_address: "", session_address: "", instance_storage_bytes: null, cordoned_at: null }],
    "not configured, not seen, not measured, not cordoned",
  );
  await t.rejects(sql(url, "update hosts set instance_storage_bytes = -1"), { code: "23514" }, "a negative size is refused by the schema");
  await t.rejects(sql(url, "update hosts set public_address = null"), { code: "23502" }, "public_address is never NULL");
  await t.rejects(sql(url, "update hosts set session_address = null"), { code: "23502" }, "session_address is never NULL");
  await sql(url, "update hosts set instance_storage_bytes = 0");

  // Down one step (the placement columns go, if it is the newest migration), then up again.
  const columns = async () =>
    (
      await sql<{ column_name: string }>(
        url,
        "select column_name from information_schema.columns where table_name = 'hosts' and column_name in ('public_address', 'session_address', 'instance_storage_bytes', 'cordoned_at') order by 1",
      )
    ).map((r) => r.column_name);
  t.same(await columns(), ["cordoned_at", "instance_storage_bytes", "public_address", "session_address"]);
  await migrateDownAll(db);
  await migrateLatest(db);
  t.same(await columns(), ["cordoned_at", "instance_storage_bytes", "public_address", "session_address"], "down and up again leaves the same columns");
});
