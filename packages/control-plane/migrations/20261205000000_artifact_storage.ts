// Datasets, models and their versions on one content-addressed blob store (issue 12;
// docs/decisions/0029-artifact-storage.md).
//   blobs           one row per distinct content in the store (SHA-256), with its state: a blob is
//                   'stored' (usable) or 'deleting' (garbage collection decided it is unreferenced;
//                   nothing may reference it again until it is gone)
//   artifacts       a dataset or a model of a workspace
//   artifact_versions  an immutable set of files, numbered per artifact
//   artifact_files  a version's files: normalised path, size, digest
//   uploads         resumable (tus) uploads: bytes staged on disk until verified and stored
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE blobs (
      digest      text PRIMARY KEY CHECK (digest ~ '^[0-9a-f]{64}$'),
      size        bigint NOT NULL CHECK (size >= 0),
      state       text NOT NULL DEFAULT 'stored' CHECK (state IN ('stored', 'deleting')),
      created_at  timestamptz NOT NULL DEFAULT now(),
      -- last stored or found again by an upload: collection waits a grace period after it
      touched_at  timestamptz NOT NULL DEFAULT now(),
      marked_at   timestamptz
    );
    CREATE INDEX blobs_deleting ON blobs (marked_at) WHERE state = 'deleting';

    CREATE TABLE artifacts (
      artifact_id   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id  uuid NOT NULL REFERENCES workspaces (workspace_id),
      kind          text NOT NULL CHECK (kind IN ('dataset', 'model')),
      name          text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 128),
      description   text NOT NULL DEFAULT '' CHECK (char_length(description) <= 4096),
      -- models: what they are
      framework     text NOT NULL DEFAULT '' CHECK (char_length(framework) <= 64),
      task          text NOT NULL DEFAULT '' CHECK (char_length(task) <= 64),
      created_by    bigint NOT NULL REFERENCES users (user_id),
      created_at    timestamptz NOT NULL DEFAULT now(),
      updated_at    timestamptz NOT NULL DEFAULT now(),
      deleted_at    timestamptz
    );
    CREATE INDEX artifacts_workspace ON artifacts (workspace_id, kind) WHERE deleted_at IS NULL;
    CREATE UNIQUE INDEX artifacts_name ON artifacts (workspace_id, kind, lower(name)) WHERE deleted_at IS NULL;

    CREATE TABLE artifact_versions (
      version_id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      artifact_id        uuid NOT NULL REFERENCES artifacts (artifact_id),
      number             integer NOT NULL CHECK (number >= 1),
      message            text NOT NULL DEFAULT '' CHECK (char_length(message) <= 4096),
      parent_version_id  uuid REFERENCES artifact_versions (version_id),
      -- SHA-256 over the sorted "path\\0size\\0sha256\\n" lines: equal sets, equal digests
      digest             text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
      total_bytes        bigint NOT NULL CHECK (total_bytes >= 0),
      file_count         integer NOT NULL CHECK (file_count >= 0),
      -- where it came from: uploaded, or produced by a run (lineage)
      source             text NOT NULL DEFAULT 'upload' CHECK (source IN ('upload', 'run')),
      source_run_id      text,
      metrics            jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_by         bigint NOT NULL REFERENCES users (user_id),
      created_at         timestamptz NOT NULL DEFAULT now(),
      deleted_at         timestamptz,
      UNIQUE (artifact_id, number)
    );

    CREATE TABLE artifact_files (
      version_id  uuid NOT NULL REFERENCES artifact_versions (version_id),
      path        text NOT NULL CHECK (char_length(path) BETWEEN 1 AND 1024),
      size        bigint NOT NULL CHECK (size >= 0),
      -- no foreign key: a deleted version keeps its list of files after its blobs are collected
      digest      text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
      PRIMARY KEY (version_id, path)
    );
    CREATE INDEX artifact_files_digest ON artifact_files (digest);

    CREATE TABLE uploads (
      upload_id     text PRIMARY KEY CHECK (upload_id ~ '^[0-9a-f]{32}$'),
      workspace_id  uuid NOT NULL REFERENCES workspaces (workspace_id),
      user_id       bigint NOT NULL REFERENCES users (user_id),
      size          bigint NOT NULL CHECK (size >= 0),
      declared_sha256 text NOT NULL CHECK (declared_sha256 ~ '^[0-9a-f]{64}$'),
      state         text NOT NULL DEFAULT 'receiving' CHECK (state IN ('receiving', 'stored', 'failed')),
      -- once stored: the blob it became (held against garbage collection until used or expired)
      digest        text CHECK (digest ~ '^[0-9a-f]{64}$'),
      error         text,
      created_at    timestamptz NOT NULL DEFAULT now(),
      expires_at    timestamptz NOT NULL
    );
    CREATE INDEX uploads_workspace ON uploads (workspace_id) WHERE state <> 'failed';
    CREATE INDEX uploads_digest ON uploads (digest) WHERE digest IS NOT NULL;

    -- Stored bytes are billed daily (STORAGE_PRICE_PER_GB_DAY_CENTS) through the ledger.
    ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check;
    ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check
      CHECK (kind IN ('recharge', 'purchase', 'renewal', 'lengthen', 'credit', 'refund', 'usage', 'storage'));
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TABLE uploads, artifact_files, artifact_versions, artifacts, blobs;
    ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_kind_check;
    ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_kind_check
      CHECK (kind IN ('recharge', 'purchase', 'renewal', 'lengthen', 'credit', 'refund', 'usage'));
  `);
}
