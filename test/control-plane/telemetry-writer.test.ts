// Batched telemetry writes, history at reduced resolution, and the retention job with its claim.
import t from "tap";
import { pino } from "pino";
import { agentv1 } from "@remotegpu/protocol";
import { createDb } from "../../packages/control-plane/src/db/knex.js";
import { migrateLatest } from "../../packages/control-plane/src/db/migrate.js";
import { JobScheduler } from "../../packages/control-plane/src/jobs/scheduler.js";
import { telemetryRetentionJob } from "../../packages/control-plane/src/jobs/retention.js";
import { commandRetentionJob } from "../../packages/control-plane/src/jobs/command-retention.js";
import { idempotencyRetentionJob } from "../../packages/control-plane/src/jobs/idempotency-retention.js";
import { TelemetryWriter } from "../../packages/control-plane/src/services/components/telemetry-writer.js";
import { freshDatabase, sql, withDatabase } from "../helpers/database.js";

const HOST = "host-00000000000000aa";
const quiet = pino({ level: "silent" });

function sample(atMs: number, util: number | null, power: number) {
  // Through encode/decode, exactly as a frame from an agent arrives.
  const bytes = agentv1.Telemetry.encode(
    agentv1.Telemetry.create({
      collectedAtMs: atMs,
      host: { cpuUtilizationPct: util ?? 0, memoryUsedBytes: 1000, load_1m: 0.5 },
      gpus: [
        { index: 0, uuid: "GPU-a", pciBusId: "00000000:01:00.0", powerDrawW: power, memoryUsedMib: 100, ...(util === null ? {} : { utilizationGpuPct: util }) },
        { index: 1, uuid: "GPU-b", pciBusId: "00000000:02:00.0", powerDrawW: power * 2 },
      ],
      processes: [{ gpuUuid: "GPU-a", pciBusId: "00000000:01:00.0", pid: 42, processName: "train.py", usedMemoryMib: 77 }],
    }),
  ).finish();
  return agentv1.Telemetry.decode(bytes);
}

async function setup(t: { teardown(fn: () => unknown): void }) {
  const url = await freshDatabase(t);
  const db = createDb(url, 3);
  t.teardown(() => db.destroy());
  await migrateLatest(db);
  // Offline and long unseen, so that writes visibly change it.
  await sql(
    url,
    "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms, status, last_seen_at) values ($1, '105', $2, 1000, 'offline', now() - interval '1 hour')",
    [HOST, Buffer.alloc(32)],
  );
  for (const i of [0, 1])
    await sql(url, "insert into gpus (host_id, gpu_index, uuid, name) values ($1, $2, $3, 'NVIDIA H100 80GB HBM3')", [HOST, i, `GPU-${i}`]);
  return { url, db };
}

t.test("latest values, nulls and history buckets", async (t) => {
  const { url, db } = await setup(t);
  const writer = new TelemetryWriter(db, quiet, 60_000);
  const base = Date.now() - 10 * 60_000;
  const bucket = base - (base % 60_000);
  // Three samples in one minute bucket, one in the next.
  writer.record(HOST, sample(bucket + 1000, 10, 100));
  writer.record(HOST, sample(bucket + 2000, null, 200));
  writer.record(HOST, sample(bucket + 3000, 40, 300));
  writer.record(HOST, sample(bucket + 61_000, 90, 500));
  await writer.stop(); // final flush writes open buckets too

  const gpus = await sql<{ gpu_index: number; telemetry: any }>(url, "select gpu_index, telemetry from gpus order by gpu_index");
  t.equal(gpus[0]!.telemetry.utilization_gpu_pct, 90, "the latest sample wins");
  t.equal(gpus[0]!.telemetry.power_draw_w, 500);
  t.same(gpus[0]!.telemetry.processes, [{ pid: 42, process_name: "train.py", used_memory_mib: 77 }]);
  t.equal(gpus[1]!.telemetry.utilization_gpu_pct, null, "never reported: null");
  t.equal(gpus[1]!.telemetry.memory_used_mib, null);
  t.same(gpus[1]!.telemetry.processes, [], "processes belong to their own GPU");

  const hist = await sql<any>(
    url,
    "select gpu_index, bucket_start, samples, utilization_gpu_avg, utilization_gpu_max, power_draw_w_avg, power_draw_w_max from gpu_telemetry_history order by gpu_index, bucket_start",
  );
  t.equal(hist.length, 4, "two GPUs × two buckets");
  t.same(
    { ...hist[0], bucket_start: hist[0].bucket_start.getTime() },
    { gpu_index: 0, bucket_start: bucket, samples: 3, utilization_gpu_avg: 25, utilization_gpu_max: 40, power_draw_w_avg: 200, power_draw_w_max: 300 },
    "averages skip the sample that had no utilization (null is not 0)",
  );
  t.equal(hist[2].utilization_gpu_avg, null, "a GPU that never reported utilization has null history");
  const hostHist = await sql<{ samples: number }>(url, "select samples from host_telemetry_history order by bucket_start");
  t.same(
    hostHist.map((h) => h.samples),
    [3, 1],
  );
  const host = await sql<{ telemetry: any; status: string; seen_ago: number }>(
    url,
    "select telemetry, status, extract(epoch from now() - last_seen_at)::float8 as seen_ago from hosts",
  );
  t.equal(host[0]!.telemetry.load_1m, 0.5);
  t.equal(host[0]!.status, "online", "telemetry is a sign of life: the offline host is online again");
  t.ok(host[0]!.seen_ago < 60, "and last_seen_at moved to now");
});

t.test("an older sample never overwrites a newer one", async (t) => {
  const { url, db } = await setup(t);
  const writer = new TelemetryWriter(db, quiet, 60_000);
  writer.record(HOST, sample(Date.now(), 70, 100));
  await writer.flush();
  writer.record(HOST, sample(Date.now() - 120_000, 5, 100)); // a buffered sample sent late
  await writer.stop();
  const g = await sql<{ telemetry: any }>(url, "select telemetry from gpus where gpu_index = 0");
  t.equal(g[0]!.telemetry.utilization_gpu_pct, 70);
});

t.test("when the database is down, values wait in memory and are written later", async (t) => {
  const { url, db } = await setup(t);
  const writer = new TelemetryWriter(db, quiet, 60_000);
  const name = new URL(url).pathname.slice(1);
  const admin = withDatabase(url, "postgres");
  // A real outage for this database: no new connections, existing ones cut.
  await sql(admin, `alter database ${name} with allow_connections false`);
  await sql(admin, "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1", [name]);
  writer.record(HOST, sample(Date.now(), 33, 100));
  await writer.flush();
  t.equal((await sql<{ telemetry: unknown }>(admin, "select 1 as telemetry")).length, 1, "(the cluster itself is up)");
  await sql(admin, `alter database ${name} with allow_connections true`);
  await writer.stop(); // the next flush writes what waited
  const g = await sql<{ telemetry: any }>(url, "select telemetry from gpus where gpu_index = 0");
  t.equal(g[0]!.telemetry?.utilization_gpu_pct, 33, "nothing was lost while the database was away");
});

t.test("retention deletes old history; a slot runs once across replicas", async (t) => {
  const { url, db } = await setup(t);
  for (const hoursAgo of [1, 100, 200, 300]) {
    await sql(url, "insert into gpu_telemetry_history (host_id, gpu_index, bucket_start, samples) values ($1, 0, now() - make_interval(hours => $2), 1)", [
      HOST,
      hoursAgo,
    ]);
    await sql(url, "insert into host_telemetry_history (host_id, bucket_start, samples) values ($1, now() - make_interval(hours => $2), 1)", [HOST, hoursAgo]);
  }
  const job = telemetryRetentionJob(db, 168);
  const a = new JobScheduler(db, "replica-a", quiet, [job]);
  const b = new JobScheduler(db, "replica-b", quiet, [job]);
  const now = new Date();
  await Promise.all([a.trigger(job, now), b.trigger(job, now)]);
  const runs = await sql<{ claimed_by: string; outcome: string }>(url, "select claimed_by, outcome from job_runs");
  t.equal(runs.length, 1, "one claim for the slot");
  t.match(runs[0]!.outcome, /^deleted 4 history rows/);
  const left = await sql<{ n: string }>(url, "select count(*) as n from gpu_telemetry_history");
  t.equal(Number(left[0]!.n), 2, "rows within 168 h stay");
  await a.trigger(job, now);
  t.equal((await sql(url, "select * from job_runs")).length, 1, "the same slot never runs twice");
});

t.test("poisonous values are stored cleaned, never block the batch", async (t) => {
  const { url, db } = await setup(t);
  const writer = new TelemetryWriter(db, quiet, 60_000);
  // NUL is valid UTF-8 and arrives through the wire; a lone surrogate cannot (decoding refuses
  // invalid UTF-8, see test/protocol/frame.test.ts), so it is handed over in memory: the writer
  // must cope with whatever it is given.
  const decoded = agentv1.Telemetry.decode(
    agentv1.Telemetry.encode(
      agentv1.Telemetry.create({
        collectedAtMs: Date.now(),
        errors: ["nul\u0000inside"],
        host: { cpuUtilizationPct: 1e300, load_1m: Number.POSITIVE_INFINITY, disks: [{ mount: "/data\u0000", sizeBytes: 10 }] },
        gpus: [{ index: 0, pstate: "P\u00000", powerDrawW: -1e300, temperatureGpuC: 59 }],
        processes: [{ gpuUuid: "", pciBusId: "", pid: 1, processName: "x\u0000y" }],
      }),
    ).finish(),
  );
  decoded.errors.push("lone \uD800 surrogate");
  writer.record(HOST, decoded);
  await writer.stop();
  const [h] = await sql<{ telemetry: any }>(url, "select telemetry from hosts");
  t.same(h!.telemetry.errors, ["nulinside", "lone \uFFFD surrogate"]);
  t.equal(h!.telemetry.cpu_utilization_pct, null, "1e300 is not a measurement");
  t.equal(h!.telemetry.load_1m, null);
  t.equal(h!.telemetry.disks[0].mount, "/data");
  const [g] = await sql<{ telemetry: any }>(url, "select telemetry from gpus where gpu_index = 0");
  t.equal(g!.telemetry.pstate, "P0");
  t.equal(g!.telemetry.power_draw_w, null);
  t.equal(g!.telemetry.temperature_gpu_c, 59);
  const hist = await sql<{ power_draw_w_max: number | null }>(url, "select power_draw_w_max from gpu_telemetry_history");
  t.same(hist, [{ power_draw_w_max: null }], "history got the row too");
});

t.test("a batch the database refuses is dropped; heartbeats and later samples still land", async (t) => {
  const { url, db } = await setup(t);
  const OTHER = "host-00000000000000bb";
  await sql(
    url,
    "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms, last_seen_at, status) values ($1, '105', $2, 1000, now() - interval '1 hour', 'offline')",
    [OTHER, Buffer.alloc(32)],
  );
  // Make PostgreSQL refuse one host's telemetry with a data exception, as bad data would.
  await sql(
    url,
    `create function poison() returns trigger language plpgsql as $$
    begin
      if new.telemetry->>'load_1m' = '0.5' and new.host_id = '${HOST}' then raise exception 'poison' using errcode = '22023'; end if;
      return new;
    end $$`,
  );
  await sql(url, "create trigger poison before update of telemetry on hosts for each row execute function poison()");
  const writer = new TelemetryWriter(db, quiet, 60_000);
  writer.record(HOST, sample(Date.now(), 10, 100)); // load_1m 0.5: refused
  writer.markSeen(OTHER);
  await writer.flush();
  const other = await sql<{ status: string }>(url, "select status from hosts where host_id = $1", [OTHER]);
  t.equal(other[0]!.status, "online", "the other host's heartbeat was written");
  const refused = await sql<{ telemetry: unknown }>(url, "select telemetry from gpus where host_id = $1 and gpu_index = 0", [HOST]);
  t.equal(refused[0]!.telemetry, null, "the refused batch was not written");
  await sql(url, "drop trigger poison on hosts");
  const later = agentv1.Telemetry.decode(
    agentv1.Telemetry.encode(
      agentv1.Telemetry.create({ collectedAtMs: Date.now(), host: { load_1m: 0.7 }, gpus: [{ index: 0, utilizationGpuPct: 77 }] }),
    ).finish(),
  );
  writer.record(HOST, later);
  await writer.stop();
  const g = await sql<{ telemetry: any }>(url, "select telemetry from gpus where host_id = $1 and gpu_index = 0", [HOST]);
  t.equal(g[0]!.telemetry.utilization_gpu_pct, 77, "the next sample is not held back by the dropped one");
  t.ok(writer.healthySince !== undefined, "the writer does not consider itself failing");
});

t.test("finished commands older than 90 days are deleted; pending ones never", async (t) => {
  const { url, db } = await setup(t);
  await sql(
    url,
    "insert into instances (instance_id, host_id, room_name, state, gpu_count, image_ref, spec) values ('gpu-105x', $1, '105', 'Stopped', 0, 'img', '{}')",
    [HOST],
  );
  const add = (gen: number, status: string, daysAgo: number) =>
    sql(
      url,
      `insert into commands (command_id, instance_id, host_id, generation, op, payload, status, created_at, finished_at)
              values (gen_random_uuid(), 'gpu-105x', $1, $2, 'stop', '\\x00', $3, now() - make_interval(days => $4), case when $3 = 'pending' then null else now() - make_interval(days => $4) end)`,
      [HOST, gen, status, daysAgo],
    );
  await add(1, "succeeded", 200);
  await add(2, "failed", 91);
  await add(3, "succeeded", 10);
  await add(4, "pending", 300);
  const job = commandRetentionJob(db);
  const scheduler = new JobScheduler(db, "replica-a", quiet, [job]);
  await scheduler.trigger(job);
  const left = await sql<{ generation: number }>(url, "select generation from commands order by generation");
  t.same(
    left.map((r) => r.generation),
    [3, 4],
    "old finished commands gone; recent and pending kept",
  );
});

t.test("Idempotency-Key records are deleted after a day", async (t) => {
  const { url, db } = await setup(t);
  const add = (hoursAgo: number) =>
    sql(
      url,
      "insert into idempotent_requests (scope_key_hash, request_hash, state, created_at) values (sha256(gen_random_uuid()::text::bytea), sha256(gen_random_uuid()::text::bytea), 'done', now() - make_interval(hours => $1))",
      [hoursAgo],
    );
  await add(30);
  await add(25);
  await add(2);
  const job = idempotencyRetentionJob(db);
  await new JobScheduler(db, "replica-a", quiet, [job]).trigger(job);
  const left = await sql<{ n: number }>(url, "select count(*)::int as n from idempotent_requests");
  t.equal(left[0]!.n, 1, "only the recent one is kept");
});
