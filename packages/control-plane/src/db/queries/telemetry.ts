// Batched writes of liveness and telemetry: one statement per kind per flush, whatever the
// number of hosts, so that 10,000 sessions cost a handful of queries a second.
import type { GpuHistoryRow, HostHistoryRow } from "../../domain/history.js";
import type { Knex } from "knex";
import type { Db } from "../knex.js";

/** Marks hosts seen now (and online again if the sweep had marked them suspect or offline). */
export async function touchHosts(db: Db, hostIds: string[]): Promise<void> {
  if (hostIds.length === 0) return;
  await db.raw(
    `update hosts set
       last_seen_at = now(),
       status = 'online',
       status_changed_at = case when status = 'online' then status_changed_at else now() end
     where host_id = any(?::text[]) and revoked_at is null`,
    [hostIds],
  );
}

export interface HostTelemetryWrite {
  hostId: string;
  json: string;
  at: Date;
}

export async function writeHostTelemetry(db: Db, rows: HostTelemetryWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await db.raw(
    `update hosts h set telemetry = v.t::jsonb, telemetry_at = v.at
     from unnest(?::text[], ?::text[], ?::timestamptz[]) as v(host_id, t, at)
     where h.host_id = v.host_id and (h.telemetry_at is null or h.telemetry_at <= v.at)`,
    [rows.map((r) => r.hostId), rows.map((r) => r.json), rows.map((r) => r.at)],
  );
}

export interface GpuTelemetryWrite {
  hostId: string;
  index: number;
  json: string;
  at: Date;
}

export async function writeGpuTelemetry(db: Db, rows: GpuTelemetryWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await db.raw(
    `update gpus g set telemetry = v.t::jsonb, telemetry_at = v.at
     from unnest(?::text[], ?::int[], ?::text[], ?::timestamptz[]) as v(host_id, gpu_index, t, at)
     where g.host_id = v.host_id and g.gpu_index = v.gpu_index and g.present
       and (g.telemetry_at is null or g.telemetry_at <= v.at)`,
    [rows.map((r) => r.hostId), rows.map((r) => r.index), rows.map((r) => r.json), rows.map((r) => r.at)],
  );
}

// One column of the rows as a PostgreSQL array parameter (nulls included).
const col = <T, K extends keyof T>(rows: T[], k: K): Knex.Value => rows.map((r) => r[k]) as unknown as Knex.Value;

export async function insertGpuHistory(db: Db, rows: GpuHistoryRow[]): Promise<void> {
  if (rows.length === 0) return;
  // A host that moved to another replica mid-bucket may produce a second partial row for the
  // same bucket: the first one stays.
  await db.raw(
    `insert into gpu_telemetry_history (host_id, gpu_index, bucket_start, samples, utilization_gpu_avg, utilization_gpu_max,
       utilization_memory_avg, memory_used_mib_avg, memory_used_mib_max, temperature_gpu_max, power_draw_w_avg, power_draw_w_max)
     select v.* from unnest(?::text[], ?::int[], ?::timestamptz[], ?::int[], ?::real[], ?::real[], ?::real[], ?::real[], ?::real[], ?::real[], ?::real[], ?::real[])
       as v(host_id, gpu_index, bucket_start, samples, a, b, c, d, e, f, g, h)
     join hosts using (host_id)
     on conflict do nothing`,
    [
      col(rows, "host_id"), col(rows, "gpu_index"), col(rows, "bucket_start"), col(rows, "samples"),
      col(rows, "utilization_gpu_avg"), col(rows, "utilization_gpu_max"), col(rows, "utilization_memory_avg"),
      col(rows, "memory_used_mib_avg"), col(rows, "memory_used_mib_max"), col(rows, "temperature_gpu_max"),
      col(rows, "power_draw_w_avg"), col(rows, "power_draw_w_max"),
    ],
  );
}

export async function insertHostHistory(db: Db, rows: HostHistoryRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.raw(
    `insert into host_telemetry_history (host_id, bucket_start, samples, cpu_utilization_avg, cpu_utilization_max,
       load_1m_avg, memory_used_bytes_avg, memory_used_bytes_max)
     select v.* from unnest(?::text[], ?::timestamptz[], ?::int[], ?::real[], ?::real[], ?::real[], ?::float8[], ?::float8[])
       as v(host_id, bucket_start, samples, a, b, c, d, e)
     join hosts using (host_id)
     on conflict do nothing`,
    [
      col(rows, "host_id"), col(rows, "bucket_start"), col(rows, "samples"), col(rows, "cpu_utilization_avg"),
      col(rows, "cpu_utilization_max"), col(rows, "load_1m_avg"), col(rows, "memory_used_bytes_avg"), col(rows, "memory_used_bytes_max"),
    ],
  );
}

/** Deletes up to `batch` history rows older than the cutoff from one table; returns how many. */
export async function deleteHistoryBefore(db: Db, table: "gpu_telemetry_history" | "host_telemetry_history", cutoff: Date, batch: number): Promise<number> {
  const r = await db.raw<{ rowCount: number }>(
    `delete from ?? where ctid = any(array(select ctid from ?? where bucket_start < ? limit ?))`,
    [table, table, cutoff, batch],
  );
  return r.rowCount;
}

export async function gpuHistory(db: Db, hostId: string, since: Date, until: Date): Promise<GpuHistoryRow[]> {
  return db("gpu_telemetry_history").where({ host_id: hostId }).andWhere("bucket_start", ">=", since).andWhere("bucket_start", "<", until).orderBy([{ column: "gpu_index" }, { column: "bucket_start" }]);
}

export async function hostHistory(db: Db, hostId: string, since: Date, until: Date): Promise<HostHistoryRow[]> {
  return db("host_telemetry_history").where({ host_id: hostId }).andWhere("bucket_start", ">=", since).andWhere("bucket_start", "<", until).orderBy("bucket_start");
}
