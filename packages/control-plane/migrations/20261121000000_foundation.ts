// Foundation schema: join tokens, hosts, GPUs, telemetry history, job claims.
// Migrations are never edited after they land; later changes add a new file.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE hosts (
      host_id               text PRIMARY KEY CHECK (host_id ~ '^host-[0-9a-f]{16}$'),
      room_name             text NOT NULL CHECK (room_name ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
      credential_hash       bytea NOT NULL CHECK (octet_length(credential_hash) = 32),
      status                text NOT NULL DEFAULT 'online' CHECK (status IN ('online', 'suspect', 'offline')),
      status_changed_at     timestamptz NOT NULL DEFAULT now(),
      enrolled_at           timestamptz NOT NULL DEFAULT now(),
      revoked_at            timestamptz,
      last_seen_at          timestamptz NOT NULL DEFAULT now(),
      heartbeat_interval_ms integer NOT NULL CHECK (heartbeat_interval_ms > 0),
      connected_replica     text,
      hostname              text NOT NULL DEFAULT '',
      os                    text NOT NULL DEFAULT '',
      kernel                text NOT NULL DEFAULT '',
      arch                  text NOT NULL DEFAULT '',
      cpu_count             integer CHECK (cpu_count >= 0),
      cpu_model             text NOT NULL DEFAULT '',
      memory_total_bytes    bigint CHECK (memory_total_bytes >= 0),
      disks                 jsonb NOT NULL DEFAULT '[]',
      docker_version        text NOT NULL DEFAULT '',
      driver_version        text NOT NULL DEFAULT '',
      cuda_version          text NOT NULL DEFAULT '',
      agent_version         text NOT NULL DEFAULT '',
      protocol_version      integer,
      inventory_errors      jsonb NOT NULL DEFAULT '[]',
      inventory_at          timestamptz,
      telemetry             jsonb,
      telemetry_at          timestamptz
    ) WITH (fillfactor = 70);
    -- last_seen_at and telemetry are rewritten every few seconds per host: they are not indexed
    -- and pages keep free space (fillfactor), so those updates stay HOT (no index writes).
    -- The liveness sweep compares last_seen_at with a per-row threshold, which no index serves.
    CREATE INDEX hosts_room_status ON hosts (room_name, status);
    CREATE INDEX hosts_revoked ON hosts (revoked_at) WHERE revoked_at IS NOT NULL;

    CREATE TABLE join_tokens (
      token_id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash       bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
      room_name        text NOT NULL CHECK (room_name ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
      created_at       timestamptz NOT NULL DEFAULT now(),
      expires_at       timestamptz NOT NULL,
      used_at          timestamptz,
      used_by_host_id  text REFERENCES hosts (host_id),
      CHECK (expires_at > created_at),
      -- single use: a token is either unused, or used by exactly one host
      CHECK ((used_at IS NULL) = (used_by_host_id IS NULL))
    );
    CREATE UNIQUE INDEX join_tokens_one_host ON join_tokens (used_by_host_id) WHERE used_by_host_id IS NOT NULL;

    CREATE TABLE gpus (
      host_id          text NOT NULL REFERENCES hosts (host_id) ON DELETE CASCADE,
      gpu_index        integer NOT NULL CHECK (gpu_index >= 0 AND gpu_index < 256),
      uuid             text NOT NULL,
      name             text NOT NULL,
      memory_total_mib integer CHECK (memory_total_mib >= 0),
      pci_bus_id       text NOT NULL DEFAULT '',
      mig_mode         text CHECK (mig_mode IN ('enabled', 'disabled')),
      mig_devices      jsonb NOT NULL DEFAULT '[]',
      serial           text NOT NULL DEFAULT '',
      vbios_version    text NOT NULL DEFAULT '',
      compute_cap      text NOT NULL DEFAULT '',
      driver_version   text NOT NULL DEFAULT '',
      power_limit_max_w real,
      -- false when the last inventory no longer listed this GPU (kept: later rows refer to it)
      present          boolean NOT NULL DEFAULT true,
      first_seen_at    timestamptz NOT NULL DEFAULT now(),
      updated_at       timestamptz NOT NULL DEFAULT now(),
      telemetry        jsonb,
      telemetry_at     timestamptz,
      PRIMARY KEY (host_id, gpu_index)
    ) WITH (fillfactor = 70);

    -- Telemetry history at reduced resolution (TELEMETRY_HISTORY_RESOLUTION_S buckets), kept
    -- for TELEMETRY_HISTORY_RETENTION_HOURS by the retention job.
    CREATE TABLE gpu_telemetry_history (
      host_id                text NOT NULL REFERENCES hosts (host_id) ON DELETE CASCADE,
      gpu_index              integer NOT NULL,
      bucket_start           timestamptz NOT NULL,
      samples                integer NOT NULL CHECK (samples > 0),
      utilization_gpu_avg    real,
      utilization_gpu_max    real,
      utilization_memory_avg real,
      memory_used_mib_avg    real,
      memory_used_mib_max    real,
      temperature_gpu_max    real,
      power_draw_w_avg       real,
      power_draw_w_max       real,
      PRIMARY KEY (host_id, gpu_index, bucket_start)
    );
    CREATE INDEX gpu_telemetry_history_bucket ON gpu_telemetry_history (bucket_start);

    CREATE TABLE host_telemetry_history (
      host_id               text NOT NULL REFERENCES hosts (host_id) ON DELETE CASCADE,
      bucket_start          timestamptz NOT NULL,
      samples               integer NOT NULL CHECK (samples > 0),
      cpu_utilization_avg   real,
      cpu_utilization_max   real,
      load_1m_avg           real,
      memory_used_bytes_avg double precision,
      memory_used_bytes_max double precision,
      PRIMARY KEY (host_id, bucket_start)
    );
    CREATE INDEX host_telemetry_history_bucket ON host_telemetry_history (bucket_start);

    -- One row per run of a periodic job and business slot: the replica that inserts it runs it.
    CREATE TABLE job_runs (
      job         text NOT NULL,
      slot        text NOT NULL,
      claimed_by  text NOT NULL,
      claimed_at  timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      outcome     text,
      PRIMARY KEY (job, slot)
    );
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TABLE job_runs;
    DROP TABLE host_telemetry_history;
    DROP TABLE gpu_telemetry_history;
    DROP TABLE gpus;
    DROP TABLE join_tokens;
    DROP TABLE hosts;
  `);
}
