// Login sessions, their refresh tokens and the JWT signing keys (services/platform/sessions.ts).
import type { Db, Tx } from "../../knex.js";
import type { UserRow } from "../../rows.js";

export interface SessionRow {
  session_id: string;
  user_id: number;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_reason: string | null;
}

export interface JwtKeyRow {
  kid: string;
  secret: Buffer;
  created_at: Date;
  retired_at: Date | null;
}

export async function insertSession(trx: Tx, userId: number, expiresAt: Date, address: string): Promise<SessionRow> {
  const [row] = await trx("auth_sessions").insert({ user_id: userId, expires_at: expiresAt, address }).returning("*");
  return row as SessionRow;
}

export async function insertRefreshToken(trx: Tx, sessionId: string, tokenHash: Buffer, expiresAt: Date): Promise<void> {
  await trx("refresh_tokens").insert({ session_id: sessionId, token_hash: tokenHash, expires_at: expiresAt });
}

export async function extendSession(trx: Tx, sessionId: string, expiresAt: Date): Promise<void> {
  await trx("auth_sessions").where({ session_id: sessionId }).update({ expires_at: expiresAt });
}

/** A refresh token with its session, locked (one use at a time). */
export async function lockRefreshToken(
  trx: Tx,
  tokenHash: Buffer,
): Promise<(SessionRow & { token_expires_at: Date; used_at: Date | null; disabled_at: Date | null }) | undefined> {
  const r = await trx.raw(
    `select s.*, r.expires_at as token_expires_at, r.used_at, u.disabled_at
       from refresh_tokens r join auth_sessions s using (session_id) join users u on u.user_id = s.user_id
      where r.token_hash = ? for update of r, s`,
    [tokenHash],
  );
  return r.rows[0];
}

export async function markRefreshTokenUsed(trx: Tx, tokenHash: Buffer, at: Date): Promise<void> {
  await trx("refresh_tokens").where({ token_hash: tokenHash }).update({ used_at: at });
}

export async function revokeSession(db: Db | Tx, sessionId: string, reason: string, at: Date): Promise<void> {
  await db("auth_sessions").where({ session_id: sessionId }).whereNull("revoked_at").update({ revoked_at: at, revoked_reason: reason });
}

export async function revokeSessionsOfUser(db: Db | Tx, userId: number, reason: string, at: Date): Promise<number> {
  return db("auth_sessions").where({ user_id: userId }).whereNull("revoked_at").update({ revoked_at: at, revoked_reason: reason });
}

/** The user behind a live session (not revoked, not expired, user not disabled). One indexed lookup per request. */
export async function liveSessionUser(db: Db, sessionId: string, userId: number, at: Date): Promise<UserRow | undefined> {
  const r = await db.raw(
    `select u.* from auth_sessions s join users u on u.user_id = s.user_id
      where s.session_id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > ? and u.disabled_at is null`,
    [sessionId, userId, at],
  );
  return r.rows[0];
}

export async function jwtKeys(db: Db): Promise<JwtKeyRow[]> {
  return db<JwtKeyRow>("jwt_keys").whereNull("retired_at").orderBy("created_at", "desc");
}

/** Compare-and-set: replicas starting together re-seal a key once. */
export async function replaceJwtKeySecret(db: Db, kid: string, before: Buffer, after: Buffer): Promise<void> {
  await db("jwt_keys").where({ kid, secret: before }).update({ secret: after });
}

export async function insertJwtKey(db: Db, kid: string, secret: Buffer): Promise<void> {
  await db("jwt_keys").insert({ kid, secret });
}

/**
 * Retires every key that was replaced (a newer key exists) more than 25 hours ago: the access
 * tokens it signed (24 h) have all expired by then.
 */
export async function retireReplacedJwtKeys(db: Db): Promise<number> {
  const r = await db.raw(
    `update jwt_keys k set retired_at = now()
      where k.retired_at is null
        and exists (select 1 from jwt_keys n where n.created_at > k.created_at and n.created_at < now() - interval '25 hours')`,
  );
  return r.rowCount ?? 0;
}
