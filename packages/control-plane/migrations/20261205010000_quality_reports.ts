// Quality reports of dataset versions (issue 12): a version is immutable, so its full report is
// computed once (in the background) and kept; re-running gives the same report.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE quality_reports (
      version_id   uuid PRIMARY KEY REFERENCES artifact_versions (version_id),
      state        text NOT NULL CHECK (state IN ('running', 'done', 'failed')),
      report       jsonb,
      error        text,
      requested_by bigint NOT NULL REFERENCES users (user_id),
      started_at   timestamptz NOT NULL DEFAULT now(),
      finished_at  timestamptz
    );
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("DROP TABLE quality_reports");
}
