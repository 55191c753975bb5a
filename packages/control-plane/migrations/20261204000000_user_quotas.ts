// Per-user quotas (issue 10: PUT /api/v1/users/{id} sets them): GPUs the user's instances hold at
// once, workspaces the user may create, storage bytes the user's data may take (enforced by the
// storage feature). NULL means no limit.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE users
      ADD COLUMN gpu_quota integer CHECK (gpu_quota >= 0),
      ADD COLUMN workspace_quota integer CHECK (workspace_quota >= 0),
      ADD COLUMN storage_quota_bytes bigint CHECK (storage_quota_bytes >= 0);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("ALTER TABLE users DROP COLUMN gpu_quota, DROP COLUMN workspace_quota, DROP COLUMN storage_quota_bytes");
}
