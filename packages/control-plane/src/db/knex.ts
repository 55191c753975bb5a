// The one place that creates knex (and configures the pg driver under it).
import knexFactory, { type Knex } from "knex";
import pg from "pg";
import { trackCommits } from "./commits.js";

export type Db = Knex;
export type Tx = Knex.Transaction;
/** A query being built (services add conditions to one the caller pages). */
export type Query = Knex.QueryBuilder;

// int8 (bigint) columns hold byte counts, counters and, later, money in minor units: all far
// below 2^53. Decode them to numbers, and refuse loudly rather than round a larger one.
// (docs/decisions/0002-int64.md)
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${v} does not fit a JavaScript number`);
  return n;
});

export interface DbLog {
  warn(msg: string): void;
  debug(msg: string): void;
}

/** knex prints pool and connection trouble to the console itself; send it to our log instead. */
const silent: DbLog = { warn: () => undefined, debug: () => undefined };

export function createDb(connectionString: string, poolMax: number, log: DbLog = silent): Db {
  const text = (m: unknown) => (typeof m === "string" ? m : m instanceof Error ? m.message : JSON.stringify(m));
  const db = knexFactory({
    log: {
      warn: (m: unknown) => log.warn(text(m)),
      error: (m: unknown) => log.warn(text(m)),
      deprecate: (m: unknown) => log.warn(text(m)),
      debug: (m: unknown) => log.debug(text(m)),
    },
    client: "pg",
    connection: {
      connectionString,
      // A statement that runs longer than this is a bug or a lock pile-up; fail it.
      statement_timeout: 30_000,
      application_name: "remotegpu-control-plane",
    },
    pool: { min: 0, max: poolMax },
    // Connecting to a healthy local database takes milliseconds.
    acquireConnectionTimeout: 10_000,
    // An error's message shows the SQL with placeholders, never the values bound to it
    // (passwords, tokens, sealed secrets): errors end in logs (domain/log-safety.ts).
    compileSqlOnError: false,
  });
  // Idempotent requests and batches ask whether anything was committed while they ran.
  trackCommits(db);
  return db;
}

/** True when the database answers within `timeoutMs`. */
export async function pingDb(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.raw("select 1"),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
