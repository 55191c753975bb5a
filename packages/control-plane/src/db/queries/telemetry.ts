// Batched writes of liveness and telemetry: one statement per kind per flush, whatever the
// number of hosts, so that 10,000 sessions cost a handful of queries a second.
import type { GpuHistoryRow, HostHistoryRow } from "../../domain/history.js";
import type { Db } from "../knex.js";

// Batches travel as one JSON document unpacked by jsonb_to_recordset: the pg driver escapes
// array parameters element by element in JavaScript (~110 ms of blocked event loop for 4,000
// GPU samples), whereas JSON.stringify of the whole batch takes ~3 ms.
const batch = (rows: unknown[]): string => JSON.stringify(rows);

/** For this transaction only: commit without waiting for the WAL to reach the disk. */
export async function relaxDurability(trx: Db): Promise<void> {
  await trx.raw("set local synchronous_commit = off");
}

/** Marks hosts seen now (and online again if the sweep had marked them suspect or offline). */
export async function touchHosts(db: Db, hostIds: string[]): Promise<void> {
  if (hostIds.length === 0) return;
  await db.raw(
    `update hosts set
       last_seen_at = now(),
       status = 'online',
       status_changed_at = case when status = 'online' then status_changed_at else now() end
     where host_id in (select jsonb_array_elements_text(?::jsonb)) and revoked_at is null`,
    [batch(hostIds)],
  );
}

export interface HostTelemetryWrite {
  hostId: string;
  telemetry: object;
  at: Date;
}

export async function writeHostTelemetry(db: Db, rows: HostTelemetryWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await db.raw(
    `update hosts h set telemetry = v.t, telemetry_at = v.at
     from jsonb_to_recordset(?::jsonb) as v(host_id text, t jsonb, at timestamptz)
     where h.host_id = v.host_id and (h.telemetry_at is null or h.telemetry_at <= v.at)`,
    [batch(rows.map((r) => ({ host_id: r.hostId, t: r.telemetry, at: r.at })))],
  );
}

export interface GpuTelemetryWrite {
  hostId: string;
  index: number;
  telemetry: object;
  at: Date;
}

export async function writeGpuTelemetry(db: Db, rows: GpuTelemetryWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await db.raw(
    `update gpus g set telemetry = v.t, telemetry_at = v.at
     from jsonb_to_recordset(?::jsonb) as v(host_id text, gpu_index int, t jsonb, at timestamptz)
     where g.host_id = v.host_id and g.gpu_index = v.gpu_index and g.present
       and (g.telemetry_at is null or g.telemetry_at <= v.at)`,
    [batch(rows.map((r) => ({ host_id: r.hostId, gpu_index: r.index, t: r.telemetry, at: r.at })))],
  );
}

export async function insertGpuHistory(db: Db, rows: GpuHistoryRow[]): Promise<void> {
  if (rows.length === 0) return;
  // A host that moved to another replica mid-bucket may produce a second partial row for the
  // same bucket: the first one stays.
  await db.raw(
    `insert into gpu_telemetry_history (host_id, gpu_index, bucket_start, samples, utilization_gpu_avg, utilization_gpu_max,
       utilization_memory_avg, memory_used_mib_avg, memory_used_mib_max, temperature_gpu_max, power_draw_w_avg, power_draw_w_max)
     select v.host_id, v.gpu_index, v.bucket_start, v.samples, v.utilization_gpu_avg, v.utilization_gpu_max,
       v.utilization_memory_avg, v.memory_used_mib_avg, v.memory_used_mib_max, v.temperature_gpu_max, v.power_draw_w_avg, v.power_draw_w_max
     from jsonb_to_recordset(?::jsonb) as v(host_id text, gpu_index int, bucket_start timestamptz, samples int,
       utilization_gpu_avg real, utilization_gpu_max real, utilization_memory_avg real, memory_used_mib_avg real,
       memory_used_mib_max real, temperature_gpu_max real, power_draw_w_avg real, power_draw_w_max real)
     join hosts using (host_id)
     on conflict do nothing`,
    [batch(rows)],
  );
}

export async function insertHostHistory(db: Db, rows: HostHistoryRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.raw(
    `insert into host_telemetry_history (host_id, bucket_start, samples, cpu_utilization_avg, cpu_utilization_max,
       load_1m_avg, memory_used_bytes_avg, memory_used_bytes_max)
     select v.host_id, v.bucket_start, v.samples, v.cpu_utilization_avg, v.cpu_utilization_max,
       v.load_1m_avg, v.memory_used_bytes_avg, v.memory_used_bytes_max
     from jsonb_to_recordset(?::jsonb) as v(host_id text, bucket_start timestamptz, samples int, cpu_utilization_avg real,
       cpu_utilization_max real, load_1m_avg real, memory_used_bytes_avg float8, memory_used_bytes_max float8)
     join hosts using (host_id)
     on conflict do nothing`,
    [batch(rows)],
  );
}

/** Deletes up to `batch` history rows older than the cutoff from one table; returns how many. */
export async function deleteHistoryBefore(db: Db, table: "gpu_telemetry_history" | "host_telemetry_history", cutoff: Date, batch: number): Promise<number> {
  const r = await db.raw<{ rowCount: number }>(`delete from ?? where ctid = any(array(select ctid from ?? where bucket_start < ? limit ?))`, [
    table,
    table,
    cutoff,
    batch,
  ]);
  return r.rowCount;
}

export async function gpuHistory(db: Db, hostId: string, since: Date, until: Date): Promise<GpuHistoryRow[]> {
  return db("gpu_telemetry_history")
    .where({ host_id: hostId })
    .andWhere("bucket_start", ">=", since)
    .andWhere("bucket_start", "<", until)
    .orderBy([{ column: "gpu_index" }, { column: "bucket_start" }]);
}

export async function hostHistory(db: Db, hostId: string, since: Date, until: Date): Promise<HostHistoryRow[]> {
  return db("host_telemetry_history")
    .where({ host_id: hostId })
    .andWhere("bucket_start", ">=", since)
    .andWhere("bucket_start", "<", until)
    .orderBy("bucket_start");
}
