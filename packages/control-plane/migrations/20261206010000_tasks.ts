// Tasks (issue 13, docs/decisions/0031-tasks.md): containers run to completion on GPUs, queued
// fairly between workspaces; training templates; each attempt executes as an instance row with
// task_id set (one allocator and one command ledger for instances and tasks).
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE training_templates (
      template_id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name               text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 128),
      description        text NOT NULL DEFAULT '' CHECK (char_length(description) <= 4096),
      image_ref          text NOT NULL,
      -- argv; hyper-parameters are given to it as {{name}} substitutions and as HP_<NAME> variables
      command            jsonb NOT NULL,
      -- name -> {type: int|float|string|bool|enum, default, min?, max?, choices?, description?}
      hyperparameters    jsonb NOT NULL DEFAULT '{}',
      gpu_count          integer NOT NULL CHECK (gpu_count BETWEEN 1 AND 64),
      cpu_per_gpu        numeric NOT NULL CHECK (cpu_per_gpu > 0),
      memory_gib_per_gpu numeric NOT NULL CHECK (memory_gib_per_gpu > 0),
      output_dir         text NOT NULL,
      -- the hyper-parameter that says how many steps the run takes (progress = step / it)
      total_steps_param  text,
      max_duration_s     integer CHECK (max_duration_s > 0),
      retired_at         timestamptz,
      created_at         timestamptz NOT NULL DEFAULT now(),
      updated_at         timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX training_templates_name ON training_templates (lower(name)) WHERE retired_at IS NULL;

    CREATE TABLE tasks (
      task_id            text PRIMARY KEY CHECK (task_id ~ '^task-[0-9a-f]{16}$'),
      workspace_id       uuid NOT NULL REFERENCES workspaces (workspace_id),
      project_id         uuid NOT NULL REFERENCES projects (project_id),
      user_id            bigint NOT NULL REFERENCES users (user_id),
      kind               text NOT NULL CHECK (kind IN ('training', 'custom')),
      name               text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 128),
      description        text NOT NULL DEFAULT '' CHECK (char_length(description) <= 4096),
      priority           integer NOT NULL DEFAULT 0 CHECK (priority BETWEEN -100 AND 100),
      status             text NOT NULL CHECK (status IN ('queued', 'scheduled', 'pulling', 'running', 'succeeded', 'failed', 'cancelled', 'timed_out')),
      reason             text,
      exit_code          integer,
      template_id        uuid REFERENCES training_templates (template_id),
      hyperparameters    jsonb NOT NULL DEFAULT '{}',
      -- the product it runs on (its room, GPU model and prices at submit)
      gpu_type           text NOT NULL,
      room_name          text NOT NULL,
      gpu_model          text NOT NULL,
      prices             jsonb NOT NULL,
      gpu_count          integer NOT NULL CHECK (gpu_count BETWEEN 1 AND 64),
      cpu_millis         bigint NOT NULL CHECK (cpu_millis > 0),
      memory_bytes       bigint NOT NULL CHECK (memory_bytes > 0),
      image_ref          text NOT NULL,
      command            jsonb NOT NULL,
      env                jsonb NOT NULL DEFAULT '{}',
      dataset_version_ids uuid[] NOT NULL DEFAULT '{}',
      model_version_id   uuid REFERENCES artifact_versions (version_id),
      output_dir         text NOT NULL,
      total_steps        bigint,
      max_duration_s     integer CHECK (max_duration_s > 0),
      -- the current (last) attempt
      attempt            integer NOT NULL DEFAULT 0,
      instance_id        text,
      host_id            text REFERENCES hosts (host_id),
      -- the GPUs of the current attempt (kept after they are given back: its telemetry)
      gpu_indexes        integer[] NOT NULL DEFAULT '{}',
      gpu_uuids          text[] NOT NULL DEFAULT '{}',
      run_id             text,
      -- why it is being stopped (cancel, timeout, balance, host_lost), set once
      stop_reason        text CHECK (stop_reason IN ('cancel', 'timeout', 'balance', 'host_lost')),
      stop_requested_at  timestamptz,
      output_version_id  uuid REFERENCES artifact_versions (version_id),
      output_error       text,
      progress           double precision,
      step               bigint,
      queued_at          timestamptz NOT NULL DEFAULT now(),
      scheduled_at       timestamptz,
      started_at         timestamptz,
      exited_at          timestamptz,
      finished_at        timestamptz,
      deleted_at         timestamptz,
      created_at         timestamptz NOT NULL DEFAULT now(),
      updated_at         timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX tasks_queue ON tasks (workspace_id, priority DESC, queued_at) WHERE status = 'queued';
    CREATE INDEX tasks_live ON tasks (status) WHERE status IN ('scheduled', 'pulling', 'running');
    CREATE INDEX tasks_workspace ON tasks (workspace_id, created_at DESC) WHERE deleted_at IS NULL;
    CREATE UNIQUE INDEX tasks_instance ON tasks (instance_id) WHERE instance_id IS NOT NULL;

    CREATE TABLE task_events (
      event_id     bigserial PRIMARY KEY,
      task_id      text NOT NULL REFERENCES tasks (task_id),
      at           timestamptz NOT NULL DEFAULT now(),
      from_status  text,
      to_status    text NOT NULL,
      reason       text
    );
    CREATE INDEX task_events_task ON task_events (task_id, event_id);

    -- The attempt's execution: an instance row (hidden from rental views).
    ALTER TABLE instances ADD COLUMN task_id text REFERENCES tasks (task_id);
    CREATE INDEX instances_task ON instances (task_id) WHERE task_id IS NOT NULL;

    -- The fair queue's weight of a workspace (its share of the GPUs when several wait).
    ALTER TABLE workspaces ADD COLUMN queue_share double precision NOT NULL DEFAULT 1 CHECK (queue_share > 0 AND queue_share <= 1000);

    ALTER TABLE commands DROP CONSTRAINT commands_op_check,
      ADD CONSTRAINT commands_op_check CHECK (op IN ('create', 'start', 'cardless_start', 'stop', 'stop_cardless', 'restart', 'snapshot', 'rebuild', 'destroy', 'remove_image', 'finish_task'));
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DELETE FROM commands WHERE op = 'finish_task';
    ALTER TABLE commands DROP CONSTRAINT commands_op_check,
      ADD CONSTRAINT commands_op_check CHECK (op IN ('create', 'start', 'cardless_start', 'stop', 'stop_cardless', 'restart', 'snapshot', 'rebuild', 'destroy', 'remove_image'));
    ALTER TABLE workspaces DROP COLUMN queue_share;
    ALTER TABLE instances DROP COLUMN task_id;
    DROP TABLE task_events;
    DROP TABLE tasks;
    DROP TABLE training_templates;
  `);
}
