import type { Db } from "../knex.js";

export interface IdempotentRow {
  scope_key_hash: Buffer;
  request_hash: Buffer;
  state: "processing" | "done";
  response_status: number | null;
  response_sealed: Buffer | null;
  created_at: Date;
}

/** Claims the key for a first request; false when it was claimed before. */
export async function claimKey(db: Db, scopeKeyHash: Buffer, requestHash: Buffer): Promise<boolean> {
  const r = await db.raw<{ rowCount: number }>(
    "insert into idempotent_requests (scope_key_hash, request_hash, state) values (?, ?, 'processing') on conflict do nothing",
    [scopeKeyHash, requestHash],
  );
  return r.rowCount === 1;
}

export async function findKey(db: Db, scopeKeyHash: Buffer): Promise<IdempotentRow | undefined> {
  return db<IdempotentRow>("idempotent_requests").where({ scope_key_hash: scopeKeyHash }).first();
}

export async function finishKey(db: Db, scopeKeyHash: Buffer, status: number, sealed: Buffer): Promise<void> {
  await db("idempotent_requests")
    .where({ scope_key_hash: scopeKeyHash })
    .update({ state: "done", response_status: status, response_sealed: sealed, finished_at: db.fn.now() });
}

/** A first request that failed on our side (5xx): the key may be used again. */
export async function releaseKey(db: Db, scopeKeyHash: Buffer): Promise<void> {
  await db("idempotent_requests").where({ scope_key_hash: scopeKeyHash, state: "processing" }).delete();
}

export async function pruneKeys(db: Db, olderThanHours: number, batch: number): Promise<number> {
  const r = await db.raw<{ rowCount: number }>(
    `delete from idempotent_requests where scope_key_hash = any(array(
       select scope_key_hash from idempotent_requests where created_at < now() - make_interval(hours => ?) limit ?))`,
    [olderThanHours, batch],
  );
  return r.rowCount;
}
