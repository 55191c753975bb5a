// Hosts that do not come back (docs/decisions/0017-host-away-and-abandon.md): the times a host
// was away (offline for longer than the grace period), during which its hourly instances are
// charged for their disk only.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    -- One row per time a host went offline (offline_at: the moment it was marked offline).
    -- GPUs are not charged from starts_at (offline_at + the grace period, HOST_AWAY_GRACE_S)
    -- until ends_at (the moment it was marked online again; null while it is still away).
    -- A host back before starts_at was never away: its row is deleted.
    CREATE TABLE host_away_periods (
      host_id     text NOT NULL REFERENCES hosts (host_id),
      offline_at  timestamptz NOT NULL,
      starts_at   timestamptz NOT NULL,
      ends_at     timestamptz,
      PRIMARY KEY (host_id, offline_at),
      CHECK (starts_at >= offline_at),
      CHECK (ends_at IS NULL OR ends_at > starts_at)
    );
    CREATE INDEX host_away_periods_open ON host_away_periods (host_id) WHERE ends_at IS NULL;

    -- However a host comes back (an agent's Hello, or a late heartbeat after the database was
    -- away), its away time ends at that moment: a trigger, so that no path can forget it.
    CREATE FUNCTION host_back_from_away() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM host_away_periods WHERE host_id = NEW.host_id AND ends_at IS NULL AND starts_at >= now();
      UPDATE host_away_periods SET ends_at = now() WHERE host_id = NEW.host_id AND ends_at IS NULL;
      RETURN NULL;
    END $$;
    CREATE TRIGGER hosts_back_from_away AFTER UPDATE OF status ON hosts
      FOR EACH ROW WHEN (OLD.status = 'offline' AND NEW.status <> 'offline') EXECUTE FUNCTION host_back_from_away();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TRIGGER hosts_back_from_away ON hosts;
    DROP FUNCTION host_back_from_away();
    DROP TABLE host_away_periods;
  `);
}
