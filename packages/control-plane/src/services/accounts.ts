// Customer accounts: users (made by operators), passwords, API tokens, recharges.
import { randomUUID } from "node:crypto";
import { deleteTokens as deleteTokenRows, insertApiToken, liveTokensOf, userOfToken } from "../db/queries/api-tokens.js";
import { findUserByName, insertUser, lockUser } from "../db/queries/users.js";
import type { Db } from "../db/knex.js";
import type { ApiTokenRow, UserRow } from "../db/rows.js";
import { API_TOKEN_PATTERN, MASKED_TOKEN_PATTERN, maskToken, newApiToken } from "../domain/api-tokens.js";
import type { TimeFormat } from "../domain/api-time.js";
import { formatMoney } from "../domain/money.js";
import { sha256 } from "../domain/secrets.js";
import { AppError, invalid, notFound } from "../errors.js";
import { liftUserSuspensions } from "./billing-cycle.js";
import { clock } from "./clock.js";
import { post } from "./ledger.js";
import { ensurePersonalWorkspace } from "./platform/workspaces.js";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./passwords.js";

export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}$/;
/** 8 characters is NIST's minimum for user-chosen secrets; 128 bounds the hashing input. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** Live tokens per user: far more than any automation needs, and a bound on abuse. */
export const MAX_TOKENS_PER_USER = 100;

export interface PasswordPolicy {
  scryptLogN: number;
}

export const EMAIL_PATTERN = /^[^@\s]{1,64}@[^@\s]{1,189}$/;

/**
 * A new user with their personal workspace (one transaction): through the rental admin endpoint,
 * the platform's users endpoint or self-service registration alike.
 */
export async function createUser(
  db: Db,
  policy: PasswordPolicy,
  username: string,
  password: string,
  extra: { email?: string | null; platformAdmin?: boolean } = {},
): Promise<UserRow> {
  if (!USERNAME_PATTERN.test(username)) throw invalid("username must be 3-64 letters, digits or _.@- and start with a letter or digit");
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) throw invalid(`password must be ${PASSWORD_MIN}-${PASSWORD_MAX} characters`);
  if (extra.email != null && !EMAIL_PATTERN.test(extra.email)) throw invalid("email must look like name@example.com");
  const hash = await hashPassword(password, policy.scryptLogN);
  const user = await db.transaction(async (trx) => {
    const u = await insertUser(trx, username, hash, extra);
    if (u) await ensurePersonalWorkspace(trx, u);
    return u;
  });
  if (!user) throw new AppError("CONFLICT", `the username ${username} is taken`);
  return user;
}

/** The user, if the password is right; UNAUTHORIZED the same way for a wrong name or password. */
export async function authenticate(db: Db, policy: PasswordPolicy, username: string, password: string): Promise<UserRow> {
  const user = username.length <= 64 && password.length <= PASSWORD_MAX ? await findUserByName(db, username) : undefined;
  if (!user) {
    await burnPasswordCheck(password.slice(0, PASSWORD_MAX), policy.scryptLogN);
    throw new AppError("UNAUTHORIZED", "wrong username or password");
  }
  if (!(await verifyPassword(password, user.password_hash))) throw new AppError("UNAUTHORIZED", "wrong username or password");
  // A disabled user is told nothing more than a wrong password would tell.
  if (user.disabled_at) throw new AppError("UNAUTHORIZED", "wrong username or password");
  return user;
}

/** The user behind an API token, or UNAUTHORIZED. */
export async function userForToken(db: Db, token: string | undefined): Promise<UserRow & { token_id: number }> {
  if (!token || !API_TOKEN_PATTERN.test(token)) throw new AppError("UNAUTHORIZED", "missing or invalid token (Authorization: <token>)");
  const user = await userOfToken(db, sha256(token));
  if (!user) throw new AppError("UNAUTHORIZED", "missing or invalid token (Authorization: <token>)");
  return user;
}

export interface TokenView {
  name: string;
  scope: string;
  status: string;
  token: string;
  update_at: string | null;
  create_at: string | null;
}

function tokenView(t: ApiTokenRow, token: string, fmt: TimeFormat): TokenView {
  return { name: t.name, scope: t.scope, status: t.deleted_at ? "deleted" : "active", token, update_at: fmt(t.updated_at), create_at: fmt(t.created_at) };
}

/** A new token; the only time its full value is shown. */
export async function generateToken(db: Db, user: UserRow, name: string, fmt: TimeFormat): Promise<{ token: TokenView }> {
  if (name.trim() === "" || name.length > 64) throw invalid("name must be 1-64 characters");
  const token = newApiToken();
  const row = await db.transaction(async (trx) => {
    // Under the user's lock: concurrent requests cannot go past the limit together.
    await lockUser(trx, user.user_id);
    if ((await liveTokensOf(trx, user.user_id)).length >= MAX_TOKENS_PER_USER)
      throw new AppError("CONFLICT", `a user can have at most ${MAX_TOKENS_PER_USER} tokens; delete some first`);
    return insertApiToken(trx, { userId: user.user_id, name, tokenHash: sha256(token), masked: maskToken(token) });
  });
  return { token: tokenView(row, token, fmt) };
}

export async function listTokens(db: Db, user: UserRow, fmt: TimeFormat): Promise<{ tokens: TokenView[] }> {
  return { tokens: (await liveTokensOf(db, user.user_id)).map((t) => tokenView(t, t.masked, fmt)) };
}

/**
 * Deletes tokens given as a comma-separated list, full or masked as /all/tokens shows them.
 * All or nothing: one that is not the user's fails the call and deletes none.
 */
export async function deleteTokens(db: Db, user: UserRow, list: string): Promise<{ success: true }> {
  const wanted = [
    ...new Set(
      list
        .split(",")
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (wanted.length === 0) throw invalid("token is required");
  if (wanted.length > MAX_TOKENS_PER_USER) throw invalid(`token lists at most ${MAX_TOKENS_PER_USER} tokens`);
  await db.transaction(async (trx) => {
    const live = await liveTokensOf(trx, user.user_id);
    const ids: number[] = [];
    for (const w of wanted) {
      const masked = MASKED_TOKEN_PATTERN.test(w) ? live.filter((x) => x.masked === w) : [];
      // Two tokens of one user sharing their first 8 hex digits (one in ~4 billion): never guess.
      if (masked.length > 1) throw new AppError("CONFLICT", `${masked.length} tokens of this user are masked as ${w}: give the full token`);
      const t = API_TOKEN_PATTERN.test(w) ? live.find((x) => x.token_hash.equals(sha256(w))) : masked[0];
      if (!t) throw notFound(`no token ${JSON.stringify(maskIfFull(w).slice(0, 40))} of this user`);
      ids.push(t.token_id);
    }
    await deleteTokenRows(trx, user.user_id, ids);
  });
  return { success: true };
}

/** Error messages never repeat a full token. */
const maskIfFull = (w: string) => (API_TOKEN_PATTERN.test(w) ? maskToken(w) : w);

export interface UserView {
  username: string;
  balance: string;
  created_at: string;
  user_id: number;
  email: string | null;
  platform_admin: boolean;
  disabled: boolean;
}

export function userView(u: UserRow): UserView {
  return {
    username: u.username,
    balance: formatMoney(u.balance_minor),
    created_at: u.created_at.toISOString(),
    user_id: u.user_id,
    email: u.email,
    platform_admin: u.platform_admin,
    disabled: u.disabled_at !== null,
  };
}

export async function getUser(db: Db, username: string): Promise<UserView> {
  const u = username.length <= 64 ? await findUserByName(db, username) : undefined;
  if (!u) throw notFound(`no user ${JSON.stringify(username.slice(0, 64))}`);
  return userView(u);
}

/**
 * A recharge by an operator: one ledger entry. A retry with the same Idempotency-Key is answered
 * by the idempotency store and recharges nothing (services/idempotency.ts). Answers once the
 * entry is committed, whatever happens after it.
 */
export async function recharge(db: Db, username: string, amountMinor: number): Promise<UserView & { entry_id: number }> {
  if (amountMinor <= 0) throw invalid("amount must be more than 0.00");
  const result = await db.transaction(async (trx) => {
    const u = username.length <= 64 ? await findUserByName(trx, username) : undefined;
    if (!u) throw notFound(`no user ${JSON.stringify(username.slice(0, 64))}`);
    const { entry } = await post(trx, {
      userId: u.user_id,
      amountMinor,
      kind: "recharge",
      idempotencyKey: `recharge:${u.user_id}:${randomUUID()}`,
      memo: "recharge by an operator",
    });
    return { user: u, view: { ...userView({ ...u, balance_minor: entry.balance_after_minor }), entry_id: entry.entry_id } };
  });
  // Instances suspended for a balance that ran out are paid for again. Best effort: the money
  // is in, and that is the answer (a failure here must not make the operator recharge again);
  // the billing cycle lifts what is left within a minute.
  await liftUserSuspensions(db, result.user.user_id, clock.now()).catch(() => undefined);
  return result.view;
}
