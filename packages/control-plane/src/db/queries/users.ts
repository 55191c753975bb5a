import type { Db, Tx } from "../knex.js";
import type { UserRow } from "../rows.js";

export async function insertUser(
  db: Db | Tx,
  username: string,
  passwordHash: string,
  extra: { email?: string | null; platformAdmin?: boolean } = {},
): Promise<UserRow | undefined> {
  const r = await db.raw<{ rows: UserRow[] }>(
    "insert into users (username, password_hash, email, platform_admin) values (?, ?, ?, ?) on conflict ((lower(username))) do nothing returning *",
    [username, passwordHash, extra.email ?? null, extra.platformAdmin ?? false],
  );
  return r.rows[0];
}

export async function findUserByName(db: Db | Tx, username: string): Promise<UserRow | undefined> {
  return db<UserRow>("users").whereRaw("lower(username) = lower(?)", [username]).first();
}

export async function findUser(db: Db | Tx, userId: number): Promise<UserRow | undefined> {
  return db<UserRow>("users").where({ user_id: userId }).first();
}

/** The user row, locked: balance changes of one user are serialised here (always the last lock). */
export async function lockUser(trx: Tx, userId: number): Promise<UserRow | undefined> {
  return trx<UserRow>("users").where({ user_id: userId }).forUpdate().first();
}
