import type { Db } from "../knex.js";

/**
 * Runs `fn` while this replica holds the named advisory lock (a transaction holds it, on its
 * own connection, until `fn` ends); undefined, without running it, when another replica holds it.
 */
export async function withAdvisoryLock<T>(db: Db, name: string, fn: () => Promise<T>): Promise<T | undefined> {
  return db.transaction(async (trx) => {
    const r = await trx.raw<{ rows: { ok: boolean }[] }>("select pg_try_advisory_xact_lock(hashtext(?)) as ok", [name]);
    if (!r.rows[0]?.ok) return undefined;
    return fn();
  });
}
