// Customers and what they buy: users and API tokens, the ledger, the catalog (products, images,
// applications), orders, idempotent requests, and the instance columns the public API needs.
// Money is bigint minor units (0.01 of the currency) everywhere (SPEC §2).
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE users (
      user_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      username       text NOT NULL CHECK (username ~ '^[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}$'),
      -- scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64> (domain/passwords.ts)
      password_hash  text NOT NULL,
      -- the sum of the user's ledger entries, kept in the same transaction as each entry
      balance_minor  bigint NOT NULL DEFAULT 0,
      created_at     timestamptz NOT NULL DEFAULT now(),
      updated_at     timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_username ON users (lower(username));

    -- API tokens are stored only as SHA-256 hashes (they are 122 random bits: no slow hash needed).
    CREATE TABLE api_tokens (
      token_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_id     bigint NOT NULL REFERENCES users (user_id),
      name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 64),
      token_hash  bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
      -- edfb5419-****-****-9093-42c7f731bad1: what listings show
      masked      text NOT NULL,
      scope       text NOT NULL DEFAULT 'global',
      created_at  timestamptz NOT NULL DEFAULT now(),
      updated_at  timestamptz NOT NULL DEFAULT now(),
      deleted_at  timestamptz
    );
    CREATE INDEX api_tokens_user ON api_tokens (user_id) WHERE deleted_at IS NULL;

    CREATE TABLE products (
      gpu_type                  text PRIMARY KEY CHECK (gpu_type ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'),
      name                      text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 128),
      room_name                 text NOT NULL CHECK (room_name ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
      -- the GPU name nvidia-smi reports, e.g. NVIDIA GeForce RTX 4090
      gpu_model                 text NOT NULL CHECK (char_length(gpu_model) BETWEEN 1 AND 128),
      cpu                       integer NOT NULL CHECK (cpu BETWEEN 1 AND 1024),          -- cores per GPU
      memory                    integer NOT NULL CHECK (memory BETWEEN 1 AND 16384),      -- GiB per GPU
      gpu_ram                   integer NOT NULL CHECK (gpu_ram BETWEEN 0 AND 16384),     -- GiB per GPU
      disk_one                  integer NOT NULL CHECK (disk_one BETWEEN 0 AND 1048576),  -- GB system disk per instance
      disk_data_one             integer NOT NULL CHECK (disk_data_one BETWEEN 0 AND 1048576), -- GB data disk included per instance
      disk_cap                  integer NOT NULL CHECK (disk_cap BETWEEN 0 AND 1048576),  -- GB of extra data disk one may buy
      price_hour_minor          bigint NOT NULL CHECK (price_hour_minor >= 0),
      price_day_minor           bigint NOT NULL CHECK (price_day_minor >= 0),
      price_month_minor         bigint NOT NULL CHECK (price_month_minor >= 0),
      price_cardless_hour_minor bigint NOT NULL CHECK (price_cardless_hour_minor >= 0),
      price_disk_gb_day_minor   bigint NOT NULL CHECK (price_disk_gb_day_minor >= 0),
      created_at                timestamptz NOT NULL DEFAULT now(),
      updated_at                timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX products_room ON products (room_name);

    -- Public images (owner NULL; room NULL = every room) and custom images made by snapshot.
    CREATE TABLE images (
      image_id             text PRIMARY KEY CHECK (image_id ~ '^img-[0-9a-f]{16}$'),
      name                 text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 128),
      image_ref            text NOT NULL,
      scene                text NOT NULL DEFAULT '',
      os                   text NOT NULL DEFAULT '',
      description          text NOT NULL DEFAULT '',
      room_name            text,
      owner_user_id        bigint REFERENCES users (user_id),
      status               text NOT NULL CHECK (status IN ('saving', 'ready', 'failed')),
      -- custom images live in the Docker engine of the host where they were made
      host_id              text REFERENCES hosts (host_id),
      source_instance_id   text,
      snapshot_command_id  uuid UNIQUE,
      size_bytes           bigint CHECK (size_bytes >= 0),
      docker_image_id      text,
      error                text,
      created_at           timestamptz NOT NULL DEFAULT now(),
      updated_at           timestamptz NOT NULL DEFAULT now(),
      deleted_at           timestamptz,
      CHECK ((owner_user_id IS NULL) = (host_id IS NULL))
    );
    CREATE INDEX images_owner ON images (owner_user_id, created_at) WHERE deleted_at IS NULL;

    CREATE TABLE applications (
      app_type    text PRIMARY KEY CHECK (app_type ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'),
      title       text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 128),
      image_id    text NOT NULL REFERENCES images (image_id),
      gpu_type    text NOT NULL REFERENCES products (gpu_type),
      -- container ports published for the application's web UI, e.g. [8188]
      ports       jsonb NOT NULL DEFAULT '[]',
      created_at  timestamptz NOT NULL DEFAULT now(),
      updated_at  timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE orders (
      order_uid        text PRIMARY KEY CHECK (order_uid ~ '^[0-9a-f]{32}$'),
      user_id          bigint NOT NULL REFERENCES users (user_id),
      gpu_type         text NOT NULL REFERENCES products (gpu_type),
      app_type         text REFERENCES applications (app_type),
      image_id         text NOT NULL REFERENCES images (image_id),
      pay_unit         smallint NOT NULL CHECK (pay_unit IN (1, 2, 4)),
      num              integer NOT NULL CHECK (num BETWEEN 1 AND 100),
      gpu_count        integer NOT NULL CHECK (gpu_count BETWEEN 1 AND 64),
      extra_disk_gb    integer NOT NULL DEFAULT 0 CHECK (extra_disk_gb >= 0),
      created_at       timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX orders_user ON orders (user_id, created_at);

    -- Every balance change (SPEC §2). The unique key makes a replayed charge impossible.
    CREATE TABLE ledger_entries (
      entry_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      user_id              bigint NOT NULL REFERENCES users (user_id),
      amount_minor         bigint NOT NULL CHECK (amount_minor <> 0),
      balance_after_minor  bigint NOT NULL,
      kind                 text NOT NULL CHECK (kind IN ('recharge', 'purchase', 'renewal', 'lengthen', 'credit', 'refund', 'usage')),
      idempotency_key      text NOT NULL UNIQUE,
      instance_id          text REFERENCES instances (instance_id),
      order_uid            text REFERENCES orders (order_uid),
      period_start         timestamptz,
      period_end           timestamptz,
      memo                 text NOT NULL DEFAULT '',
      created_at           timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX ledger_entries_user ON ledger_entries (user_id, entry_id);
    CREATE INDEX ledger_entries_instance ON ledger_entries (instance_id) WHERE instance_id IS NOT NULL;

    -- Responses of requests sent with an Idempotency-Key, encrypted with a key derived from the
    -- Idempotency-Key itself (which only the client knows): replayable by the client, unreadable
    -- from a copy of the database even when they hold a new API token.
    CREATE TABLE idempotent_requests (
      scope_key_hash    bytea PRIMARY KEY CHECK (octet_length(scope_key_hash) = 32),
      request_hash      bytea NOT NULL CHECK (octet_length(request_hash) = 32),
      state             text NOT NULL CHECK (state IN ('processing', 'done')),
      response_status   integer,
      response_sealed   bytea,
      created_at        timestamptz NOT NULL DEFAULT now(),
      finished_at       timestamptz
    );
    CREATE INDEX idempotent_requests_created ON idempotent_requests (created_at);

    -- Ports published for applications, besides SSH: one host port, one instance.
    CREATE TABLE instance_ports (
      host_id         text NOT NULL REFERENCES hosts (host_id),
      host_port       integer NOT NULL CHECK (host_port BETWEEN 1 AND 65535),
      instance_id     text NOT NULL REFERENCES instances (instance_id),
      container_port  integer NOT NULL CHECK (container_port BETWEEN 1 AND 65535),
      PRIMARY KEY (host_id, host_port)
    );
    CREATE INDEX instance_ports_instance ON instance_ports (instance_id);

    ALTER TABLE instances
      ADD COLUMN user_id             bigint REFERENCES users (user_id),
      ADD COLUMN order_uid           text REFERENCES orders (order_uid),
      ADD COLUMN gpu_type            text REFERENCES products (gpu_type),
      ADD COLUMN image_id            text REFERENCES images (image_id),
      ADD COLUMN app_type            text REFERENCES applications (app_type),
      ADD COLUMN name                text NOT NULL DEFAULT '',
      ADD COLUMN pay_unit            smallint CHECK (pay_unit IN (1, 2, 4)),
      -- the product's prices when bought: later price changes apply to new purchases
      ADD COLUMN prices              jsonb,
      ADD COLUMN extra_disk_gb       integer NOT NULL DEFAULT 0 CHECK (extra_disk_gb >= 0),
      -- disk the instance holds on its host (system + data), for placement
      ADD COLUMN disk_gb             integer NOT NULL DEFAULT 0 CHECK (disk_gb >= 0),
      -- prepaid time not yet started (daily/monthly bought before the container first ran)
      ADD COLUMN prepaid_seconds     bigint NOT NULL DEFAULT 0 CHECK (prepaid_seconds >= 0),
      ADD COLUMN expire_at           timestamptz,
      -- when the agent first reported the container running: the billing clock starts here
      ADD COLUMN billing_started_at  timestamptz,
      -- hourly: charged up to here; what is below one minor unit is carried to the next
      -- settlement (in minor units x milliseconds / day, so < 86,400,000)
      ADD COLUMN settled_until       timestamptz,
      ADD COLUMN settle_carry        bigint NOT NULL DEFAULT 0 CHECK (settle_carry BETWEEN 0 AND 86399999),
      ADD CONSTRAINT instances_customer CHECK ((user_id IS NULL) = (pay_unit IS NULL));
    CREATE INDEX instances_user ON instances (user_id, created_at) WHERE user_id IS NOT NULL;

    -- What the control plane needs to know about a command besides what the agent is sent
    -- (e.g. the catalog image a rebuild switches to).
    ALTER TABLE commands ADD COLUMN meta jsonb NOT NULL DEFAULT '{}';
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE commands DROP COLUMN meta;
    ALTER TABLE instances
      DROP CONSTRAINT instances_customer,
      DROP COLUMN user_id, DROP COLUMN order_uid, DROP COLUMN gpu_type, DROP COLUMN image_id,
      DROP COLUMN app_type, DROP COLUMN name, DROP COLUMN pay_unit, DROP COLUMN prices,
      DROP COLUMN extra_disk_gb, DROP COLUMN disk_gb, DROP COLUMN prepaid_seconds, DROP COLUMN expire_at,
      DROP COLUMN billing_started_at, DROP COLUMN settled_until, DROP COLUMN settle_carry;
    DROP TABLE instance_ports;
    DROP TABLE idempotent_requests;
    DROP TABLE ledger_entries;
    DROP TABLE orders;
    DROP TABLE applications;
    DROP TABLE images;
    DROP TABLE products;
    DROP TABLE api_tokens;
    DROP TABLE users;
  `);
}
