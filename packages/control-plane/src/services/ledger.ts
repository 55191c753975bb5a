// The one way a balance changes: an entry in the ledger, with a unique idempotency key, in the
// same transaction as the balance (SPEC §2). The user's row lock is always taken last in a
// transaction (after instance and host locks), so these never deadlock with placement.
import { findEntryByKey, insertEntry, type NewEntry } from "../db/queries/ledger.js";
import { findUser, lockUser } from "../db/queries/users.js";
import type { Tx } from "../db/knex.js";
import type { LedgerEntryRow } from "../db/rows.js";
import { formatMoney, MAX_MONEY_MINOR } from "../domain/money.js";
import { AppError, notFound } from "../errors.js";

export interface Posted {
  entry: LedgerEntryRow;
  /** The key was already used: nothing was charged again. */
  replayed: boolean;
}

/**
 * Posts an entry. A key that was used before returns the earlier entry and changes nothing.
 * With `requireFunds`, a charge that would take the balance below zero is refused with
 * INSUFFICIENT_BALANCE (and the transaction should roll back with it).
 */
export async function post(trx: Tx, e: NewEntry, opts: { requireFunds?: boolean } = {}): Promise<Posted> {
  const user = await lockUser(trx, e.userId);
  if (!user) throw notFound(`no user ${e.userId}`);
  // Checked under the lock: two transactions with the same key cannot both get past here.
  const earlier = await findEntryByKey(trx, e.idempotencyKey);
  if (earlier) {
    if (earlier.user_id !== e.userId || earlier.amount_minor !== e.amountMinor) throw new AppError("IDEMPOTENCY_CONFLICT", "this request key was already used for a different amount");
    return { entry: earlier, replayed: true };
  }
  const after = user.balance_minor + e.amountMinor;
  if (opts.requireFunds && e.amountMinor < 0 && after < 0) {
    throw new AppError("INSUFFICIENT_BALANCE", `the balance is ${formatMoney(user.balance_minor)}, the charge is ${formatMoney(-e.amountMinor)}`);
  }
  if (Math.abs(after) > MAX_MONEY_MINOR) throw new AppError("INVALID_ARGUMENT", "the balance would exceed the largest amount the system keeps");
  return { entry: await insertEntry(trx, e, after), replayed: false };
}

/**
 * Refuses (INSUFFICIENT_BALANCE) unless the balance is at least `minimum`. With `lock`, under
 * the user's row lock (take it only as the last lock of a transaction); without, a plain read,
 * enough for a gate that the charge itself checks again.
 */
export async function requireBalance(trx: Tx, userId: number, minimum: number, what: string, lock = true): Promise<void> {
  const user = lock ? await lockUser(trx, userId) : await findUser(trx, userId);
  if (!user) throw notFound(`no user ${userId}`);
  if (user.balance_minor < minimum) {
    throw new AppError("INSUFFICIENT_BALANCE", `the balance is ${formatMoney(user.balance_minor)}; ${what} needs at least ${formatMoney(minimum)}`);
  }
}
