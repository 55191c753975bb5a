// Whether anything was committed to the database while a piece of code ran (an idempotent
// request, one item of a batch), so that a failure after a commit is never answered as if
// nothing happened (docs/decisions/0018-partial-batches.md).
//
// knex reports every statement it sends with a "query" event (the transaction's BEGIN, COMMIT
// and ROLLBACK too, with the connection's id), and a failed one with "query-error"; it has no
// event for a COMMIT that succeeded. So a commit counts from the moment it is sent: a COMMIT
// whose answer is lost (the connection broke) may have committed, and for idempotency "may
// have" must count as "did". Only a COMMIT the server refused with an error of its own (a
// deferred constraint, a serialization failure: the transaction rolled back) is taken back.
// A statement outside a transaction that may write (anything but a plain SELECT) counts the
// same way; a transaction that only read commits nothing.
//
// The code being watched runs inside an AsyncLocalStorage context; knex emits its events
// synchronously from the calls the watched code made (or from their promise continuations),
// so the events see that context. Watches nest: what the inner one sees, the outer ones see.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Db } from "./knex.js";

export class CommitWatch {
  /** Commits sent (minus those the server refused) while this watch was the current one or an ancestor. */
  private count = 0;

  constructor(private readonly parent: CommitWatch | undefined) {}

  /** Something may have been committed. */
  get committed(): boolean {
    return this.count > 0;
  }

  /** @internal */
  add(n: number): void {
    for (let w: CommitWatch | undefined = this; w; w = w.parent) w.count += n;
  }
}

const current = new AsyncLocalStorage<CommitWatch>();

/** Runs `fn` under a new watch (nested in the current one, if any) and hands the watch to it. */
export function watchCommits<T>(fn: (watch: CommitWatch) => Promise<T>): Promise<T> {
  const watch = new CommitWatch(current.getStore());
  return current.run(watch, () => fn(watch));
}

interface QueryEvent {
  sql?: string;
  __knexUid?: string;
  __knexTxId?: string;
}

/** Connections (knex ids) whose open transaction wrote something, and the watch it belongs to. */
const dirty = new Map<string, CommitWatch>();
/** The last COMMIT sent on a connection, while its answer may still be an error. */
const committing = new Map<string, CommitWatch>();

/** Statements that change no row. SELECT … FOR UPDATE only locks; pg_notify is sent at commit but writes nothing. */
const READ_ONLY = /^\s*(select|begin|set transaction|savepoint|release savepoint|show)\b/i;

/** Listens to `db`'s statements (called once by createDb). */
export function trackCommits(db: Db): void {
  db.on("query", (q: QueryEvent) => {
    const sql = q.sql ?? "";
    const uid = q.__knexUid;
    // A new statement on the connection: its previous COMMIT was answered.
    if (uid) committing.delete(uid);
    // BEGIN, or the ROLLBACK of the whole transaction (not ROLLBACK TO SAVEPOINT: what the
    // transaction wrote before the savepoint may still commit).
    if (/^\s*begin\b/i.test(sql) || /^\s*rollback\s*;?\s*$/i.test(sql)) {
      if (uid) dirty.delete(uid);
      return;
    }
    if (/^\s*commit\b/i.test(sql)) {
      const owner = uid ? dirty.get(uid) : undefined;
      if (uid && owner) {
        dirty.delete(uid);
        owner.add(1);
        committing.set(uid, owner);
      }
      return;
    }
    const watch = current.getStore();
    if (!watch || READ_ONLY.test(sql)) return;
    if (q.__knexTxId === undefined)
      watch.add(1); // a statement of its own (autocommit): committed as it runs
    else if (uid && !dirty.has(uid)) dirty.set(uid, watch);
  });
  db.on("query-error", (err: { code?: unknown }, q: QueryEvent) => {
    const uid = q.__knexUid;
    if (!uid || !/^\s*commit\b/i.test(q.sql ?? "")) return;
    const owner = committing.get(uid);
    committing.delete(uid);
    // An SQLSTATE from the server: it answered, and the transaction is rolled back. Anything
    // else (the connection broke) leaves the commit possible.
    if (owner && typeof err.code === "string" && /^[0-9A-Z]{5}$/.test(err.code)) owner.add(-1);
  });
}

/**
 * Runs `fn` unwatched: for a write that a retry may repeat without harm (an order's header row,
 * which nothing charges or shows without its instances), so that it does not keep a failed
 * request's Idempotency-Key from being retried.
 */
export function unwatched<T>(fn: () => Promise<T>): Promise<T> {
  return current.exit(fn);
}
