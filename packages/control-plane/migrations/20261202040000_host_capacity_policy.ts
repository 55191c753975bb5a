// An operator's capacity rules for one host (issue 9 §2): overcommit ratios and the room kept
// for the host itself. NULL = the control plane's defaults (PLACEMENT_*_OVERCOMMIT,
// HOST_RESERVED_*), so that changing a default reaches every host that was not set by hand.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE hosts
      ADD COLUMN cpu_overcommit      double precision CHECK (cpu_overcommit BETWEEN 0.1 AND 100),
      ADD COLUMN memory_overcommit   double precision CHECK (memory_overcommit BETWEEN 0.1 AND 100),
      ADD COLUMN disk_overcommit     double precision CHECK (disk_overcommit BETWEEN 0.1 AND 100),
      ADD COLUMN reserved_cpus       integer CHECK (reserved_cpus BETWEEN 0 AND 4096),
      ADD COLUMN reserved_memory_gib integer CHECK (reserved_memory_gib BETWEEN 0 AND 1048576),
      ADD COLUMN reserved_disk_gb    integer CHECK (reserved_disk_gb BETWEEN 0 AND 10000000);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE hosts
      DROP COLUMN reserved_disk_gb,
      DROP COLUMN reserved_memory_gib,
      DROP COLUMN reserved_cpus,
      DROP COLUMN disk_overcommit,
      DROP COLUMN memory_overcommit,
      DROP COLUMN cpu_overcommit;
  `);
}
