// Instances, their GPU assignments and the durable command log (the containers issue).
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE instances (
      instance_id         text PRIMARY KEY CHECK (instance_id ~ '^gpu-[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$'),
      host_id             text NOT NULL REFERENCES hosts (host_id),
      room_name           text NOT NULL,
      owner               text,
      state               text NOT NULL CHECK (state IN ('Creating', 'Running', 'Stopping', 'Stopped', 'Starting', 'Restarting',
                                                        'Rebuilding', 'Expired', 'Destroying', 'Destroyed', 'Error')),
      -- the state to go back to when an operation fails without telling what the container did
      state_before_op     text,
      card_less           boolean NOT NULL DEFAULT false,
      gpu_count           integer NOT NULL CHECK (gpu_count BETWEEN 0 AND 64),
      image_ref           text NOT NULL,
      -- cpu_millis, memory_bytes, root_password, data_disk_bytes, env, ports, pids_limit
      spec                jsonb NOT NULL,
      ssh_port            integer CHECK (ssh_port BETWEEN 1 AND 65535),
      generation          bigint NOT NULL DEFAULT 0 CHECK (generation >= 0),
      -- the command of the operation in progress; operations on one instance are serialised
      pending_command_id  uuid,
      last_error          text,
      container_id        text,
      container_status    text,
      running_since       timestamptz,
      created_at          timestamptz NOT NULL DEFAULT now(),
      updated_at          timestamptz NOT NULL DEFAULT now(),
      destroyed_at        timestamptz
    );
    -- one SSH port per host among instances that still exist
    CREATE UNIQUE INDEX instances_ssh_port ON instances (host_id, ssh_port) WHERE state <> 'Destroyed' AND ssh_port IS NOT NULL;
    CREATE INDEX instances_host_live ON instances (host_id) WHERE state <> 'Destroyed';

    -- A GPU belongs to at most one instance: the primary key makes anything else impossible.
    CREATE TABLE instance_gpus (
      host_id      text NOT NULL,
      gpu_index    integer NOT NULL,
      instance_id  text NOT NULL REFERENCES instances (instance_id),
      reserved_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (host_id, gpu_index),
      FOREIGN KEY (host_id, gpu_index) REFERENCES gpus (host_id, gpu_index)
    );
    CREATE INDEX instance_gpus_instance ON instance_gpus (instance_id);

    -- Commands are stored before they are sent and sent again until their result arrives.
    CREATE TABLE commands (
      command_id     uuid PRIMARY KEY,
      instance_id    text NOT NULL REFERENCES instances (instance_id),
      host_id        text NOT NULL REFERENCES hosts (host_id),
      generation     bigint NOT NULL CHECK (generation > 0),
      op             text NOT NULL CHECK (op IN ('create', 'start', 'cardless_start', 'stop', 'stop_cardless', 'restart', 'snapshot', 'rebuild', 'destroy')),
      -- the encoded protobuf Command, sent as is every time
      payload        bytea NOT NULL,
      status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed', 'refused_stale')),
      created_at     timestamptz NOT NULL DEFAULT now(),
      first_sent_at  timestamptz,
      last_sent_at   timestamptz,
      send_count     integer NOT NULL DEFAULT 0,
      finished_at    timestamptz,
      error_code     text,
      error_message  text,
      result         jsonb,
      UNIQUE (instance_id, generation),
      CHECK ((status = 'pending') = (finished_at IS NULL))
    );
    CREATE INDEX commands_pending ON commands (host_id, created_at) WHERE status = 'pending';
    CREATE INDEX commands_instance ON commands (instance_id, created_at);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TABLE commands;
    DROP TABLE instance_gpus;
    DROP TABLE instances;
  `);
}
