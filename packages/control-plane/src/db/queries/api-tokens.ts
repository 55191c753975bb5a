import type { Db, Tx } from "../knex.js";
import type { ApiTokenRow, UserRow } from "../rows.js";

export async function insertApiToken(db: Db | Tx, t: { userId: number; name: string; tokenHash: Buffer; masked: string }): Promise<ApiTokenRow> {
  const [row] = await db<ApiTokenRow>("api_tokens").insert({ user_id: t.userId, name: t.name, token_hash: t.tokenHash, masked: t.masked }).returning("*");
  return row!;
}

/** The user a live token belongs to. One indexed lookup per request, so a deletion counts at once. */
export async function userOfToken(db: Db, tokenHash: Buffer): Promise<(UserRow & { token_id: number }) | undefined> {
  return (
    db("api_tokens as t")
      .join("users as u", "u.user_id", "t.user_id")
      .where("t.token_hash", tokenHash)
      .whereNull("t.deleted_at")
      // A disabled (or deleted) user's tokens stop working at once.
      .whereNull("u.disabled_at")
      .first<UserRow & { token_id: number }>("u.*", "t.token_id")
  );
}

export async function liveTokensOf(db: Db | Tx, userId: number): Promise<ApiTokenRow[]> {
  return db<ApiTokenRow>("api_tokens").where({ user_id: userId }).whereNull("deleted_at").orderBy("token_id");
}

export async function deleteTokens(trx: Tx, userId: number, tokenIds: number[]): Promise<void> {
  await trx("api_tokens")
    .where({ user_id: userId })
    .whereIn("token_id", tokenIds)
    .whereNull("deleted_at")
    .update({ deleted_at: trx.fn.now(), updated_at: trx.fn.now() });
}
