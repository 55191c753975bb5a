import type { Db, Tx } from "../knex.js";
import type { JoinTokenRow } from "../rows.js";

export async function insertJoinToken(db: Db, tokenHash: Buffer, roomName: string, ttlSeconds: number): Promise<{ token_id: string; expires_at: Date }> {
  const rows = await db<JoinTokenRow>("join_tokens")
    .insert({ token_hash: tokenHash, room_name: roomName, expires_at: db.raw("now() + make_interval(secs => ?)", [ttlSeconds]) as unknown as Date })
    .returning(["token_id", "expires_at"]);
  return rows[0]!;
}

/** The token row, locked until the transaction ends (two agents racing for one token). */
export async function lockJoinToken(trx: Tx, tokenHash: Buffer): Promise<(JoinTokenRow & { expired: boolean }) | undefined> {
  const r = await trx.raw<{ rows: (JoinTokenRow & { expired: boolean })[] }>(
    "select *, expires_at <= now() as expired from join_tokens where token_hash = ? for update",
    [tokenHash],
  );
  return r.rows[0];
}

export async function markJoinTokenUsed(trx: Tx, tokenId: string, hostId: string): Promise<void> {
  await trx("join_tokens").where({ token_id: tokenId }).whereNull("used_at").update({ used_at: trx.fn.now(), used_by_host_id: hostId });
}
