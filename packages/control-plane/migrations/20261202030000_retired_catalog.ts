// Products and images can be retired by operators: no longer sold or listed for new buys and
// rebuilds, kept (with every instance, order and ledger entry that refers to them) as history
// and for the instances that use them. Unretiring clears the time.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE products ADD COLUMN retired_at timestamptz;
    ALTER TABLE images ADD COLUMN retired_at timestamptz;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("ALTER TABLE products DROP COLUMN retired_at; ALTER TABLE images DROP COLUMN retired_at");
}
