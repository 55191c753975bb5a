// Host-level commands (remove_image, docs/protocol.md): they change no instance, so they carry
// no instance_id and generation 0, and are delivered and acknowledged like the others.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE commands
      ALTER COLUMN instance_id DROP NOT NULL,
      DROP CONSTRAINT commands_generation_check,
      DROP CONSTRAINT commands_op_check,
      ADD CONSTRAINT commands_op_check CHECK (op IN ('create', 'start', 'cardless_start', 'stop', 'stop_cardless', 'restart', 'snapshot', 'rebuild', 'destroy', 'remove_image')),
      -- An instance's commands count its generations from 1; a host's own have neither.
      ADD CONSTRAINT commands_generation_check CHECK (
        CASE WHEN op = 'remove_image' THEN instance_id IS NULL AND generation = 0 ELSE instance_id IS NOT NULL AND generation > 0 END
      );
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DELETE FROM commands WHERE op = 'remove_image';
    ALTER TABLE commands
      DROP CONSTRAINT commands_generation_check,
      DROP CONSTRAINT commands_op_check,
      ADD CONSTRAINT commands_op_check CHECK (op IN ('create', 'start', 'cardless_start', 'stop', 'stop_cardless', 'restart', 'snapshot', 'rebuild', 'destroy')),
      ADD CONSTRAINT commands_generation_check CHECK (generation > 0),
      ALTER COLUMN instance_id SET NOT NULL;
  `);
}
