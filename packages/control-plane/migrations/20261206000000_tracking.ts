// Experiment tracking (issue 13; docs/decisions/0032-tracking.md).
//   runs             one run of the tracker: a task attempt, or a run created from a laptop
//   run_log_lines    its log, numbered from 0 (stdout and stderr interleaved)
//   run_metric_rows  its step metrics, one row per metrics.jsonl line, numbered from 0
//   lineage_edges    which artifact versions a run read (input) and wrote (output)
//   run_tokens       bearer tokens that reach one run's tracking routes (code inside a task)
//   workspace_preferences  per-workspace tracker preferences (the storage root of /api/config)
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE runs (
      run_id        text PRIMARY KEY CHECK (run_id ~ '^[0-9]{8}_[0-9]{6}_[a-z0-9]{6}$'),
      workspace_id  uuid NOT NULL REFERENCES workspaces (workspace_id),
      project_id    uuid REFERENCES projects (project_id),
      user_id       bigint NOT NULL REFERENCES users (user_id),
      name          text NOT NULL CHECK (char_length(name) <= 256),
      status        text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'failed', 'interrupted')),
      -- no foreign key: the tasks table comes in a later migration, and a run outlives its task's row
      task_id       text,
      config        jsonb NOT NULL DEFAULT '{}'::jsonb,
      summary       jsonb NOT NULL DEFAULT '{}'::jsonb,
      -- the metric names seen so far, in first-seen order (metrics_step lists them without
      -- reading a million rows)
      metric_names  jsonb NOT NULL DEFAULT '[]'::jsonb,
      best_metric_name   text,
      best_metric_value  double precision,
      best_metric_mode   text CHECK (best_metric_mode IN ('min', 'max')),
      best_metric_step   bigint,
      -- the next line number expected from the shipper, and what it counted but never sent
      next_log_line         bigint NOT NULL DEFAULT 0 CHECK (next_log_line >= 0),
      log_dropped_lines     bigint NOT NULL DEFAULT 0 CHECK (log_dropped_lines >= 0),
      next_metric_line      bigint NOT NULL DEFAULT 0 CHECK (next_metric_line >= 0),
      metric_dropped_lines  bigint NOT NULL DEFAULT 0 CHECK (metric_dropped_lines >= 0),
      metric_invalid_lines  bigint NOT NULL DEFAULT 0 CHECK (metric_invalid_lines >= 0),
      last_step     bigint,
      created_at    timestamptz NOT NULL DEFAULT now(),
      finished_at   timestamptz,
      -- soft delete: in the recycle bin until restored or purged
      deleted_at    timestamptz
    );
    CREATE INDEX runs_workspace ON runs (workspace_id, created_at DESC);
    CREATE INDEX runs_task ON runs (task_id) WHERE task_id IS NOT NULL;

    CREATE TABLE run_log_lines (
      run_id   text NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
      line_no  bigint NOT NULL CHECK (line_no >= 0),
      stream   text NOT NULL CHECK (stream IN ('stdout', 'stderr')),
      text     text NOT NULL,
      at       timestamptz NOT NULL,
      PRIMARY KEY (run_id, line_no)
    );

    CREATE TABLE run_metric_rows (
      run_id   text NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
      line_no  bigint NOT NULL CHECK (line_no >= 0),
      step     bigint NOT NULL,
      -- metric name -> finite number; {} for a line that was not a JSON object
      "values" jsonb NOT NULL,
      at       timestamptz NOT NULL,
      PRIMARY KEY (run_id, line_no)
    );
    CREATE INDEX run_metric_rows_step ON run_metric_rows (run_id, step);

    CREATE TABLE lineage_edges (
      run_id      text NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
      version_id  uuid NOT NULL REFERENCES artifact_versions (version_id),
      role        text NOT NULL CHECK (role IN ('input', 'output')),
      created_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (run_id, version_id, role)
    );
    CREATE INDEX lineage_edges_version ON lineage_edges (version_id);

    -- Random tokens, stored only as SHA-256 hashes.
    CREATE TABLE run_tokens (
      token_hash  bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
      run_id      text NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
      created_at  timestamptz NOT NULL DEFAULT now(),
      expires_at  timestamptz NOT NULL
    );
    CREATE INDEX run_tokens_run ON run_tokens (run_id);

    CREATE TABLE workspace_preferences (
      workspace_id   uuid PRIMARY KEY REFERENCES workspaces (workspace_id),
      user_root_dir  text CHECK (char_length(user_root_dir) BETWEEN 1 AND 1024),
      updated_by     bigint REFERENCES users (user_id),
      updated_at     timestamptz NOT NULL DEFAULT now()
    );
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`DROP TABLE workspace_preferences, run_tokens, lineage_edges, run_metric_rows, run_log_lines, runs;`);
}
