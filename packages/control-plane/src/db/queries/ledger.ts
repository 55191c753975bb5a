import type { Db, Tx } from "../knex.js";
import type { LedgerEntryRow, LedgerKind } from "../rows.js";

export interface NewEntry {
  userId: number;
  amountMinor: number;
  kind: LedgerKind;
  idempotencyKey: string;
  instanceId?: string | null;
  orderUid?: string | null;
  periodStart?: Date | null;
  periodEnd?: Date | null;
  memo?: string;
}

export async function findEntryByKey(db: Db | Tx, key: string): Promise<LedgerEntryRow | undefined> {
  return db<LedgerEntryRow>("ledger_entries").where({ idempotency_key: key }).first();
}

/** Inserts the entry and moves the balance; the caller holds the user's row lock. */
export async function insertEntry(trx: Tx, e: NewEntry, balanceAfter: number): Promise<LedgerEntryRow> {
  const [row] = await trx<LedgerEntryRow>("ledger_entries")
    .insert({
      user_id: e.userId,
      amount_minor: e.amountMinor,
      balance_after_minor: balanceAfter,
      kind: e.kind,
      idempotency_key: e.idempotencyKey,
      instance_id: e.instanceId ?? null,
      order_uid: e.orderUid ?? null,
      period_start: e.periodStart ?? null,
      period_end: e.periodEnd ?? null,
      memo: e.memo ?? "",
    })
    .returning("*");
  await trx("users").where({ user_id: e.userId }).update({ balance_minor: balanceAfter, updated_at: trx.fn.now() });
  return row!;
}

/** The net of an instance's entries of these kinds (e.g. what its prepaid time cost). */
export async function instanceTotal(db: Db | Tx, instanceId: string, kinds: LedgerKind[]): Promise<number> {
  const r = await db.raw<{ rows: { total: string | null }[] }>("select sum(amount_minor) as total from ledger_entries where instance_id = ? and kind = any(?)", [instanceId, kinds]);
  return Number(r.rows[0]?.total ?? 0);
}
