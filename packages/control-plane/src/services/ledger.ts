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
  /** The key was already used (only with `replayable`): nothing was charged again. */
  replayed: boolean;
}

/**
 * Posts an entry. With `requireFunds`, a charge that would take the balance below zero is
 * refused with INSUFFICIENT_BALANCE (and the transaction rolls back with it). A key used before
 * is a bug for a caller whose key is new by construction (its effect would happen without the
 * charge): refused, unless the caller says that a replay is expected (`replayable`: the
 * earlier entry is returned and nothing changes). Keys never come from clients: a client's
 * Idempotency-Key is forgotten after a day, and must not make a later charge a "replay".
 */
export async function post(trx: Tx, e: NewEntry, opts: { requireFunds?: boolean; replayable?: boolean } = {}): Promise<Posted> {
  const user = await lockUser(trx, e.userId);
  if (!user) throw notFound(`no user ${e.userId}`);
  // Checked under the lock: two transactions with the same key cannot both get past here.
  const earlier = await findEntryByKey(trx, e.idempotencyKey);
  if (earlier) {
    if (!opts.replayable || earlier.user_id !== e.userId || earlier.amount_minor !== e.amountMinor)
      throw new AppError("INTERNAL", `ledger key ${e.idempotencyKey} used twice`);
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
