// Hosts that do not come back can be abandoned by an operator (POST /admin/hosts/{id}/abandon,
// docs/decisions/0017-host-away-and-abandon.md): their instances end in Error for good.
import type { Knex } from "knex";

const KINDS_BEFORE = "'expired', 'balance_exhausted', 'suspension_lifted', 'destroyed_after_retention', 'renewed_after_expiry'";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE instances
      -- Its host was abandoned at this moment: the instance is in Error for good (it can only be
      -- destroyed, at once, without a command), its prepaid time was credited, and the
      -- retention destroys it INSTANCE_RETENTION_DAYS later.
      ADD COLUMN abandoned_at timestamptz;
    CREATE INDEX instances_abandoned ON instances (abandoned_at) WHERE abandoned_at IS NOT NULL AND state <> 'Destroyed';
    ALTER TABLE instance_events DROP CONSTRAINT instance_events_kind_check;
    ALTER TABLE instance_events ADD CONSTRAINT instance_events_kind_check CHECK (kind IN (${KINDS_BEFORE}, 'abandoned'));
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DELETE FROM instance_events WHERE kind = 'abandoned';
    ALTER TABLE instance_events DROP CONSTRAINT instance_events_kind_check;
    ALTER TABLE instance_events ADD CONSTRAINT instance_events_kind_check CHECK (kind IN (${KINDS_BEFORE}));
    DROP INDEX instances_abandoned;
    ALTER TABLE instances DROP COLUMN abandoned_at;
  `);
}
