// Logins of the platform API: a session per login, an access token (JWT, 24 h) and a refresh
// token (random, 30 days, used once: each refresh gives a new pair). A refresh token presented a
// second time means it was copied: the whole session is revoked. Logout, a disabled user and a
// deleted one end every token at once: each request checks its session.
// (docs/decisions/0025-platform-tokens.md)
import {
  extendSession,
  insertRefreshToken,
  insertSession,
  liveSessionUser,
  lockRefreshToken,
  markRefreshTokenUsed,
  revokeSession,
  revokeSessionsOfUser,
} from "../../db/queries/platform/auth.js";
import type { PlatformUserRow } from "../../db/queries/platform/users.js";
import type { Db } from "../../db/knex.js";
import { newToken, sha256 } from "../../domain/secrets.js";
import { AppError } from "../../errors.js";
import { clock } from "../clock.js";
import { ACCESS_TOKEN_TTL_S, type JwtKeyring } from "./access-tokens.js";

/** 30 days: a laptop used once a month stays logged in; one not used for longer logs in again. */
export const REFRESH_TOKEN_TTL_S = 30 * 86400;
export const REFRESH_TOKEN_PATTERN = /^rgrt_[A-Za-z0-9_-]{43}$/;

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  token_type: "bearer";
  expires_in: number;
  refresh_expires_in: number;
}

export interface Principal {
  user: PlatformUserRow;
  sessionId: string;
}

const unauthorized = (why: string) => new AppError("UNAUTHORIZED", why);

/** A new session for a user whose password was checked. */
export async function startSession(db: Db, keys: JwtKeyring, userId: number, address: string): Promise<TokenPair> {
  const now = clock.now();
  const refresh = newToken("rgrt_");
  const refreshExpires = new Date(now.getTime() + REFRESH_TOKEN_TTL_S * 1000);
  const session = await db.transaction(async (trx) => {
    const s = await insertSession(trx, userId, refreshExpires, address.slice(0, 64));
    await insertRefreshToken(trx, s.session_id, sha256(refresh), refreshExpires);
    return s;
  });
  return pair(await keys.sign({ userId, sessionId: session.session_id }), refresh);
}

/** A new pair for a refresh token used for the first time; reuse revokes the session. */
export async function refreshSession(db: Db, keys: JwtKeyring, refreshToken: string): Promise<TokenPair> {
  if (!REFRESH_TOKEN_PATTERN.test(refreshToken)) throw unauthorized("invalid refresh token");
  const now = clock.now();
  const hash = sha256(refreshToken);
  const next = newToken("rgrt_");
  const nextExpires = new Date(now.getTime() + REFRESH_TOKEN_TTL_S * 1000);
  const outcome = await db.transaction(async (trx) => {
    const t = await lockRefreshToken(trx, hash);
    if (!t || t.revoked_at) return "invalid" as const;
    if (t.used_at) {
      // Used before: someone holds a copy. End the session for the thief and the owner alike.
      await revokeSession(trx, t.session_id, "refresh_reuse", now);
      return "reused" as const;
    }
    if (t.token_expires_at <= now || t.disabled_at) return "invalid" as const;
    await markRefreshTokenUsed(trx, hash, now);
    await insertRefreshToken(trx, t.session_id, sha256(next), nextExpires);
    await extendSession(trx, t.session_id, nextExpires);
    return { userId: t.user_id, sessionId: t.session_id };
  });
  if (outcome === "reused") throw unauthorized("refresh token already used: the session is revoked; log in again");
  if (outcome === "invalid") throw unauthorized("invalid or expired refresh token");
  return pair(await keys.sign(outcome), next);
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await revokeSession(db, sessionId, "logout", clock.now());
}

/** Logout everywhere: every session of the user ends (other browsers, other devices). */
export async function endAllSessions(db: Db, userId: number): Promise<number> {
  // The same reason as a single logout (the column allows a fixed set of reasons).
  return revokeSessionsOfUser(db, userId, "logout", clock.now());
}

/** The caller of a request with `Authorization: Bearer <access token>`. */
export async function principalOf(db: Db, keys: JwtKeyring, authorization: string): Promise<Principal> {
  const m = /^Bearer\s+([A-Za-z0-9_.-]{1,4096})$/i.exec(authorization.trim());
  if (!m) throw unauthorized("missing access token (Authorization: Bearer <token>)");
  const claims = await keys.verify(m[1]!);
  const user = (await liveSessionUser(db, claims.sessionId, claims.userId, clock.now())) as PlatformUserRow | undefined;
  if (!user) throw unauthorized("the session has ended (logged out, revoked or the user is disabled); log in again");
  return { user, sessionId: claims.sessionId };
}

function pair(access: string, refresh: string): TokenPair {
  return { access_token: access, refresh_token: refresh, token_type: "bearer", expires_in: ACCESS_TOKEN_TTL_S, refresh_expires_in: REFRESH_TOKEN_TTL_S };
}
