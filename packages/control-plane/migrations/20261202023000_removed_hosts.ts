// Revoked hosts can be removed from the default host lists (POST /admin/hosts/{id}/remove); the
// row and everything that refers to it (instances, commands, away times) stay as history.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE hosts
      -- Removed by an operator at this moment (only a revoked host with no live instance):
      -- left out of GET /admin/hosts unless asked for with ?removed=true.
      ADD COLUMN removed_at timestamptz,
      ADD CONSTRAINT hosts_removed_only_revoked CHECK (removed_at IS NULL OR revoked_at IS NOT NULL);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("ALTER TABLE hosts DROP CONSTRAINT hosts_removed_only_revoked, DROP COLUMN removed_at");
}
