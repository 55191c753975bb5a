// What placement needs to know about a host: the address customers reach it at, the storage
// its instances share, and whether an operator took it out of placement (cordon).
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE hosts
      -- The agent's --public-address (an IP literal or a DNS name); '' = not configured.
      ADD COLUMN public_address         text NOT NULL DEFAULT '',
      -- The remote address of the agent's WebSocket as the hub saw it at the last Hello: what
      -- customers are given when no public address is configured.
      ADD COLUMN session_address        text NOT NULL DEFAULT '',
      -- Size of the file system of the host's Docker data root; NULL = never measured.
      ADD COLUMN instance_storage_bytes bigint CHECK (instance_storage_bytes >= 0),
      -- Set by an operator: no new placements on this host (what runs there keeps running).
      ADD COLUMN cordoned_at            timestamptz;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE hosts
      DROP COLUMN cordoned_at,
      DROP COLUMN instance_storage_bytes,
      DROP COLUMN session_address,
      DROP COLUMN public_address;
  `);
}
