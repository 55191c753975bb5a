// Step metrics by metric, for charts (docs/decisions/0032-tracking.md): run_metric_rows keeps each
// metrics.jsonl line (what metrics_step reads); run_metric_series keeps each metric's points as
// packed little-endian float64 arrays in chunks, so that a chart of a million points reads a few
// megabytes of bytea instead of parsing a million jsonb values (12 s → well under a second).
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE run_metric_series (
      run_id    text NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
      name      text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 128),
      chunk_no  integer NOT NULL CHECK (chunk_no >= 0),
      -- points in this chunk; steps and vals hold n float64 each (8 n bytes)
      n         integer NOT NULL CHECK (n >= 0),
      steps     bytea NOT NULL CHECK (octet_length(steps) = 8 * n),
      vals      bytea NOT NULL CHECK (octet_length(vals) = 8 * n),
      PRIMARY KEY (run_id, name, chunk_no)
    );
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("DROP TABLE run_metric_series");
}
