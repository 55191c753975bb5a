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

/** The account of a user's balance. */
export const walletAccount = (userId: number): string => `wallet:${userId}`;

/** Recharges come from outside (cash); everything else is a sale, or the return of one. */
export function counterAccount(kind: LedgerKind): "system:cash" | "system:revenue" {
  return kind === "recharge" ? "system:cash" : "system:revenue";
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
  // The other side of the entry (double entry): money paid in, or money for what was sold.
  await trx("ledger_postings").insert([
    { entry_id: row!.entry_id, account: walletAccount(e.userId), amount_minor: e.amountMinor },
    { entry_id: row!.entry_id, account: counterAccount(e.kind), amount_minor: -e.amountMinor },
  ]);
  await trx("users").where({ user_id: e.userId }).update({ balance_minor: balanceAfter, updated_at: trx.fn.now() });
  return row!;
}

/** The net of an instance's entries of these kinds (e.g. what its prepaid time cost). */
export async function instanceTotal(db: Db | Tx, instanceId: string, kinds: LedgerKind[]): Promise<number> {
  const r = await db.raw<{ rows: { total: string | null }[] }>(
    "select sum(amount_minor) as total from ledger_entries where instance_id = ? and kind = any(?)",
    [instanceId, kinds],
  );
  return Number(r.rows[0]?.total ?? 0);
}

/** A user's entries, newest first (optionally one instance's). */
export async function entriesOf(db: Db | Tx, userId: number, instanceId: string | undefined, limit: number, offset: number): Promise<LedgerEntryRow[]> {
  const q = db<LedgerEntryRow>("ledger_entries").where({ user_id: userId });
  if (instanceId !== undefined) q.where({ instance_id: instanceId });
  return q.orderBy("entry_id", "desc").limit(limit).offset(offset);
}

export async function countEntriesOf(db: Db | Tx, userId: number, instanceId: string | undefined): Promise<number> {
  const q = db("ledger_entries").where({ user_id: userId });
  if (instanceId !== undefined) q.where({ instance_id: instanceId });
  const r = await q.count<{ n: string }[]>({ n: "*" });
  return Number(r[0]?.n ?? 0);
}
