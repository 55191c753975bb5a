// What a host can offer instances, as its agent reports it: whether it publishes their ports,
// whether GPUs can reach containers with its attach mode, and whether its engine enforces disk
// sizes (placement uses all three).
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE hosts
      -- The agent's --instance-network: 'bridge' publishes SSH and application ports, 'none'
      -- publishes nothing (customers get no address to connect to).
      ADD COLUMN instance_network        text NOT NULL DEFAULT 'bridge' CHECK (instance_network IN ('bridge', 'none')),
      -- Why GPUs cannot reach containers with the agent's --gpu-attach mode; '' = they can.
      ADD COLUMN gpu_attach_problem      text NOT NULL DEFAULT '',
      -- The engine enforces disk sizes (StorageOpt.size); when not, the reason.
      ADD COLUMN storage_quota_supported boolean NOT NULL DEFAULT false,
      ADD COLUMN storage_quota_problem   text NOT NULL DEFAULT '';
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE hosts
      DROP COLUMN storage_quota_problem,
      DROP COLUMN storage_quota_supported,
      DROP COLUMN gpu_attach_problem,
      DROP COLUMN instance_network;
  `);
}
