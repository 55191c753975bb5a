// Billing made provable (docs/decisions/0014-billing.md): the ledger becomes double entry and
// append-only, with the balance chain checked by the schema; instances can be suspended when
// their owner's balance runs out; what happens to an instance by itself is recorded as events.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    -- Every entry moves its amount between the user's wallet ('wallet:<user_id>') and one
    -- system account ('system:cash' for money paid in, 'system:revenue' for what is sold):
    -- two postings that sum to zero, checked at commit.
    CREATE TABLE ledger_postings (
      entry_id      bigint NOT NULL REFERENCES ledger_entries (entry_id),
      account       text NOT NULL CHECK (account ~ '^(wallet:[0-9]+|system:(cash|revenue))$'),
      amount_minor  bigint NOT NULL CHECK (amount_minor <> 0),
      PRIMARY KEY (entry_id, account)
    );
    CREATE INDEX ledger_postings_account ON ledger_postings (account);

    INSERT INTO ledger_postings (entry_id, account, amount_minor)
      SELECT entry_id, 'wallet:' || user_id, amount_minor FROM ledger_entries
      UNION ALL
      SELECT entry_id, CASE WHEN kind = 'recharge' THEN 'system:cash' ELSE 'system:revenue' END, -amount_minor FROM ledger_entries;

    -- The ledger is append-only: a mistake is corrected by a new entry, never by an edit.
    CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the ledger is append-only (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
    END $$;
    CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
    CREATE TRIGGER ledger_postings_append_only BEFORE UPDATE OR DELETE ON ledger_postings
      FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

    -- balance_after of an entry is the user's previous balance_after plus its amount: the chain
    -- of a user's entries is their balance history, with no gap.
    CREATE FUNCTION ledger_chain() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE previous bigint;
    BEGIN
      SELECT balance_after_minor INTO previous FROM ledger_entries
        WHERE user_id = NEW.user_id ORDER BY entry_id DESC LIMIT 1;
      IF NEW.balance_after_minor <> coalesce(previous, 0) + NEW.amount_minor THEN
        RAISE EXCEPTION 'ledger entry % breaks the balance chain of user % (% + % <> %)',
          NEW.idempotency_key, NEW.user_id, coalesce(previous, 0), NEW.amount_minor, NEW.balance_after_minor
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER ledger_entries_chain BEFORE INSERT ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION ledger_chain();

    -- At commit: the entry has exactly its two postings, they sum to zero, the wallet one is the
    -- entry's amount; and the user's balance is the balance_after of their last entry.
    CREATE FUNCTION ledger_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE n int; total bigint; wallet bigint; last_entry bigint; balance bigint;
    BEGIN
      SELECT count(*), coalesce(sum(amount_minor), 0),
             coalesce(sum(amount_minor) FILTER (WHERE account = 'wallet:' || NEW.user_id), 0)
        INTO n, total, wallet FROM ledger_postings WHERE entry_id = NEW.entry_id;
      IF n <> 2 OR total <> 0 OR wallet <> NEW.amount_minor THEN
        RAISE EXCEPTION 'ledger entry % is not balanced (% postings, sum %, wallet %)', NEW.idempotency_key, n, total, wallet
          USING ERRCODE = 'check_violation';
      END IF;
      SELECT max(entry_id) INTO last_entry FROM ledger_entries WHERE user_id = NEW.user_id;
      IF last_entry = NEW.entry_id THEN
        SELECT balance_minor INTO balance FROM users WHERE user_id = NEW.user_id;
        IF balance <> NEW.balance_after_minor THEN
          RAISE EXCEPTION 'the balance of user % is % but the ledger says %', NEW.user_id, balance, NEW.balance_after_minor
            USING ERRCODE = 'check_violation';
        END IF;
      END IF;
      RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_balanced();

    ALTER TABLE instances
      -- Hourly: the owner's balance ran out at this moment; nothing is charged after it, the
      -- instance is stopped card-less, and destroyed when this is older than the retention.
      ADD COLUMN suspended_at timestamptz;
    CREATE INDEX instances_suspended ON instances (suspended_at) WHERE suspended_at IS NOT NULL;
    CREATE INDEX instances_hourly_billing ON instances (user_id, instance_id)
      WHERE pay_unit = 4 AND billing_started_at IS NOT NULL AND state <> 'Destroyed';
    CREATE INDEX instances_expiry ON instances (expire_at)
      WHERE expire_at IS NOT NULL AND state NOT IN ('Destroyed', 'Destroying');

    -- What happened to an instance without its owner asking (expiry, balance, retention): kept
    -- for the customer and for the webhooks of a later issue. One event per business key.
    CREATE TABLE instance_events (
      event_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      instance_id   text NOT NULL REFERENCES instances (instance_id),
      user_id       bigint REFERENCES users (user_id),
      kind          text NOT NULL CHECK (kind IN ('expired', 'balance_exhausted', 'suspension_lifted', 'destroyed_after_retention', 'renewed_after_expiry')),
      event_key     text NOT NULL UNIQUE,
      at            timestamptz NOT NULL,
      details       jsonb NOT NULL DEFAULT '{}',
      created_at    timestamptz NOT NULL DEFAULT now(),
      delivered_at  timestamptz
    );
    CREATE INDEX instance_events_instance ON instance_events (instance_id, event_id);
    CREATE INDEX instance_events_undelivered ON instance_events (event_id) WHERE delivered_at IS NULL;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TABLE instance_events;
    DROP INDEX instances_expiry;
    DROP INDEX instances_hourly_billing;
    DROP INDEX instances_suspended;
    ALTER TABLE instances DROP COLUMN suspended_at;
    DROP TRIGGER ledger_entries_balanced ON ledger_entries;
    DROP FUNCTION ledger_balanced();
    DROP TRIGGER ledger_entries_chain ON ledger_entries;
    DROP FUNCTION ledger_chain();
    DROP TRIGGER ledger_postings_append_only ON ledger_postings;
    DROP TRIGGER ledger_entries_append_only ON ledger_entries;
    DROP FUNCTION ledger_append_only();
    DROP TABLE ledger_postings;
  `);
}
