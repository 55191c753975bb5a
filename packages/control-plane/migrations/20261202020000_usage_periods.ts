// A usage entry's period covers all the time it charges for (docs/decisions/0014-billing.md):
// a settlement too short to cost a whole minor unit posts nothing and carries the fraction, so
// the next entry's period must begin where the last posted one ended, not at that settlement.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE instances
      -- Hourly: where the period of the next usage entry begins (the end of the last one, the
      -- start of billing, or the end of a suspension); settled_until may be later than this
      -- when settlements since then cost less than a minor unit (carried in settle_carry).
      ADD COLUMN usage_period_start timestamptz;
    -- Instances billed before this column existed go on from where they are settled.
    UPDATE instances SET usage_period_start = settled_until WHERE settled_until IS NOT NULL;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE instances DROP COLUMN usage_period_start;
  `);
}
