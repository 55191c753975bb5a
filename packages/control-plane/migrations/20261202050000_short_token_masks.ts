// Masked API tokens reveal at most 8 characters (issue 9 §4): the stored masks, which showed 24
// of the 32 hex digits ("edfb5419-****-****-9093-42c7f731bad1", ~96 bits of the token), keep only
// the first 8 ("edfb5419-****-****-****-************"). A CHECK keeps every future mask short.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    UPDATE api_tokens SET masked = left(masked, 8) || '-****-****-****-************';
    ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_masked_short CHECK (masked ~ '^[0-9a-f]{8}-\\*{4}-\\*{4}-\\*{4}-\\*{12}$');
  `);
}

// What was cut cannot be restored: down only lifts the constraint.
export async function down(knex: Knex): Promise<void> {
  await knex.raw("ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_masked_short");
}
