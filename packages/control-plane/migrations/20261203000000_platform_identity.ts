// The platform's ground (issue 10): users gain an e-mail, a platform-admin flag and a disabled
// state; workspaces (a personal one per user) with members and roles; projects; login sessions
// with rotating refresh tokens; the JWT signing keys every replica shares; typed settings; and
// the audit log of every mutation.
import type { Knex } from "knex";

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE users
      ADD COLUMN email          text CHECK (email IS NULL OR (char_length(email) <= 254 AND email ~ '^[^@\\s]+@[^@\\s]+$')),
      ADD COLUMN platform_admin boolean NOT NULL DEFAULT false,
      -- Disabled (or deleted, which disables for good and keeps the history): no login, every
      -- token refused at once.
      ADD COLUMN disabled_at    timestamptz,
      ADD COLUMN deleted_at     timestamptz,
      ADD CONSTRAINT users_deleted_is_disabled CHECK (deleted_at IS NULL OR disabled_at IS NOT NULL);

    -- Permissions are strings like 'projects:write' (domain/permissions.ts); built-in roles are
    -- made by POST /permissions/roles/init and at every start.
    CREATE TABLE roles (
      role_id      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name         text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_-]{1,31}$'),
      description  text NOT NULL DEFAULT '' CHECK (char_length(description) <= 1024),
      permissions  text[] NOT NULL,
      builtin      boolean NOT NULL DEFAULT false,
      created_at   timestamptz NOT NULL DEFAULT now(),
      updated_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX roles_name ON roles (name);

    CREATE TABLE workspaces (
      workspace_id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name                text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 128),
      description         text NOT NULL DEFAULT '' CHECK (char_length(description) <= 1024),
      -- every user has exactly one personal workspace, made with the user
      personal_of         bigint UNIQUE REFERENCES users (user_id),
      -- whose balance pays for the workspace's work (its first owner's by default)
      wallet_user_id      bigint NOT NULL REFERENCES users (user_id),
      gpu_quota           integer CHECK (gpu_quota >= 0),
      storage_quota_bytes bigint CHECK (storage_quota_bytes >= 0),
      created_at          timestamptz NOT NULL DEFAULT now(),
      updated_at          timestamptz NOT NULL DEFAULT now(),
      deleted_at          timestamptz
    );

    CREATE TABLE workspace_members (
      workspace_id  uuid NOT NULL REFERENCES workspaces (workspace_id),
      user_id       bigint NOT NULL REFERENCES users (user_id),
      role_id       uuid NOT NULL REFERENCES roles (role_id),
      created_at    timestamptz NOT NULL DEFAULT now(),
      updated_at    timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workspace_id, user_id)
    );
    CREATE INDEX workspace_members_user ON workspace_members (user_id);

    CREATE TABLE projects (
      project_id    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workspace_id  uuid NOT NULL REFERENCES workspaces (workspace_id),
      name          text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 128),
      description   text NOT NULL DEFAULT '' CHECK (char_length(description) <= 4096),
      status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
      created_by    bigint NOT NULL REFERENCES users (user_id),
      created_at    timestamptz NOT NULL DEFAULT now(),
      updated_at    timestamptz NOT NULL DEFAULT now(),
      deleted_at    timestamptz
    );
    CREATE INDEX projects_workspace ON projects (workspace_id) WHERE deleted_at IS NULL;
    CREATE UNIQUE INDEX projects_name ON projects (workspace_id, lower(name)) WHERE deleted_at IS NULL;

    -- A login: one family of refresh tokens. Access tokens carry its id (sid); revoking it (logout,
    -- refresh reuse, user disabled) ends the access and refresh tokens at once.
    CREATE TABLE auth_sessions (
      session_id      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id         bigint NOT NULL REFERENCES users (user_id),
      created_at      timestamptz NOT NULL DEFAULT now(),
      expires_at      timestamptz NOT NULL,
      revoked_at      timestamptz,
      revoked_reason  text CHECK (revoked_reason IN ('logout', 'refresh_reuse', 'user_disabled', 'password_changed')),
      address         text NOT NULL DEFAULT ''
    );
    CREATE INDEX auth_sessions_user ON auth_sessions (user_id) WHERE revoked_at IS NULL;

    -- Refresh tokens are random and stored only as SHA-256 hashes; each is used once.
    CREATE TABLE refresh_tokens (
      token_hash   bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
      session_id   uuid NOT NULL REFERENCES auth_sessions (session_id),
      created_at   timestamptz NOT NULL DEFAULT now(),
      expires_at   timestamptz NOT NULL,
      used_at      timestamptz
    );
    CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

    -- HMAC keys of access tokens, shared by every replica. The newest is used to sign; older
    -- ones verify until retired (after the longest access-token lifetime).
    CREATE TABLE jwt_keys (
      kid         text PRIMARY KEY CHECK (kid ~ '^[A-Za-z0-9_-]{8,64}$'),
      secret      bytea NOT NULL CHECK (octet_length(secret) >= 32),
      created_at  timestamptz NOT NULL DEFAULT now(),
      retired_at  timestamptz
    );

    -- Typed settings documents (services/platform/settings.ts), versioned.
    CREATE TABLE settings (
      name        text PRIMARY KEY CHECK (name IN ('system')),
      value       jsonb NOT NULL,
      version     integer NOT NULL CHECK (version >= 1),
      updated_at  timestamptz NOT NULL DEFAULT now(),
      updated_by  text NOT NULL
    );

    -- Who changed what, when and from where: every successful mutation of /api/v1, /v1 and /admin.
    CREATE TABLE audit_log (
      audit_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at            timestamptz NOT NULL DEFAULT now(),
      actor         text NOT NULL,
      actor_user_id bigint REFERENCES users (user_id),
      action        text NOT NULL,
      target        text NOT NULL DEFAULT '',
      workspace_id  uuid REFERENCES workspaces (workspace_id),
      address       text NOT NULL DEFAULT '',
      status        integer NOT NULL,
      request_id    text NOT NULL DEFAULT ''
    );
    CREATE INDEX audit_log_workspace ON audit_log (workspace_id, audit_id) WHERE workspace_id IS NOT NULL;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TABLE audit_log, settings, jwt_keys, refresh_tokens, auth_sessions, projects, workspace_members, workspaces, roles;
    ALTER TABLE users DROP CONSTRAINT users_deleted_is_disabled, DROP COLUMN email, DROP COLUMN platform_admin, DROP COLUMN disabled_at, DROP COLUMN deleted_at;
  `);
}
