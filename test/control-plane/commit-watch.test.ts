// Whether anything was committed while a piece of code ran (db/commits.ts), seen from knex's
// own events on a real PostgreSQL; and the Idempotency-Key store that relies on it: a request
// that committed something before failing keeps its key (the retry gets the failure, and
// nothing runs twice), one that committed nothing frees it.
import t from "tap";
import { randomUUID } from "node:crypto";
import { unwatched, watchCommits } from "../../packages/control-plane/src/db/commits.js";
import { createDb, type Db } from "../../packages/control-plane/src/db/knex.js";
import { migrateLatest } from "../../packages/control-plane/src/db/migrate.js";
import { AppError } from "../../packages/control-plane/src/errors.js";
import { idempotent } from "../../packages/control-plane/src/services/idempotency.js";
import { parseSecretKeys, SecretBox } from "../../packages/control-plane/src/domain/secret-box.js";
import { useSecretBox } from "../../packages/control-plane/src/services/secrets.js";
import { freshDatabase, sql } from "../helpers/database.js";
import { SECRET_KEYS } from "../helpers/processes.js";

/** Runs `fn` watched; returns whether it committed and what it threw. */
async function watched(fn: () => Promise<unknown>): Promise<{ committed: boolean; error?: unknown }> {
  let committed = false;
  let error: unknown;
  await watchCommits(async (w) => {
    try {
      await fn();
    } catch (err) {
      error = err;
    } finally {
      committed = w.committed;
    }
  });
  return { committed, error };
}

let db: Db;
// idempotent() seals stored answers with the server's keys, as startControlPlane sets them up.
useSecretBox(new SecretBox(parseSecretKeys(SECRET_KEYS)));
let url: string;

t.before(async () => {
  url = await freshDatabase(t);
  db = createDb(url, 4);
  await migrateLatest(db);
  await db.raw("create table notes (id serial primary key, body text not null)");
  // Refused at commit: a deferred check, as the ledger's balance trigger is.
  await db.raw(`
    create function notes_no_bad() returns trigger language plpgsql as $$
    begin
      if new.body = 'bad' then raise exception 'bad note' using errcode = 'check_violation'; end if;
      return null;
    end $$;
    create constraint trigger notes_checked after insert on notes deferrable initially deferred for each row execute function notes_no_bad();
  `);
});
t.teardown(() => db.destroy());

t.test("a transaction that wrote has committed; one that only read, or rolled back, has not", async (t) => {
  t.same(await watched(() => db.transaction((trx) => trx("notes").insert({ body: "a" }))), { committed: true, error: undefined }, "insert in a transaction");
  t.same(
    await watched(() =>
      db.transaction(async (trx) => {
        await trx("notes").select("*");
        await trx("notes").where({ id: 1 }).forUpdate().first();
        await trx.raw("select pg_notify('x', 'y')");
      }),
    ),
    { committed: false, error: undefined },
    "reads, a row lock and a notification only",
  );
  const rolledBack = await watched(() =>
    db.transaction(async (trx) => {
      await trx("notes").insert({ body: "b" });
      throw new Error("changed my mind");
    }),
  );
  t.equal(rolledBack.committed, false, "rolled back");
  t.same(await sql(url, "select count(*)::int as n from notes where body = 'b'"), [{ n: 0 }]);
  const savepoint = await watched(() =>
    db.transaction(async (trx) => {
      await trx("notes").insert({ body: "kept" });
      await trx
        .transaction(async (inner) => {
          await inner("notes").insert({ body: "undone" });
          throw new Error("only the savepoint");
        })
        .catch(() => undefined);
    }),
  );
  t.equal(savepoint.committed, true, "a rolled back savepoint does not hide what the transaction committed");
  t.same(await sql(url, "select body from notes where body in ('kept', 'undone')"), [{ body: "kept" }]);
  const refused = await watched(() => db.transaction((trx) => trx("notes").insert({ body: "bad" })));
  t.match(refused.error, { message: /bad note/ }, "the deferred check refused the COMMIT");
  t.equal(refused.committed, false, "a COMMIT the server refused committed nothing");
});

t.test("statements of their own commit as they run; reads do not", async (t) => {
  t.same(await watched(() => db("notes").insert({ body: "c" })), { committed: true, error: undefined });
  t.same(await watched(() => db.raw("update notes set body = body where false")), { committed: true, error: undefined }, "any write counts, even of no row");
  t.same(await watched(() => db("notes").select("*")), { committed: false, error: undefined });
  t.same(
    await watched(() =>
      unwatched(async () => {
        await db("notes").insert({ body: "d" });
      }),
    ),
    { committed: false, error: undefined },
    "unwatched writes are not counted",
  );
});

t.test("watches nest, and concurrent ones stay apart", async (t) => {
  let inner = false;
  let outer = false;
  await watchCommits(async (o) => {
    await watchCommits(async (i) => {
      await db.transaction((trx) => trx("notes").insert({ body: "e" }));
      inner = i.committed;
    });
    outer = o.committed;
  });
  t.ok(inner && outer, "the outer watch sees the inner one's commit");

  // Two at once on the same pool: one writes while the other only reads.
  const [w, r] = await Promise.all([
    watched(async () => {
      for (let k = 0; k < 5; k++) await db.transaction((trx) => trx("notes").insert({ body: `w${k}` }));
    }),
    watched(async () => {
      for (let k = 0; k < 5; k++) await db.transaction((trx) => trx("notes").select("*"));
    }),
  ]);
  t.equal(w.committed, true);
  t.equal(r.committed, false, "a reader is not blamed for a writer's commits");
});

t.test("Idempotency-Key: a failure after a commit keeps the key; one before any frees it", async (t) => {
  const request = { path: "/x", body: {} };
  let runs = 0;
  const committedThenFailed = async () => {
    runs += 1;
    await db.transaction((trx) => trx("notes").insert({ body: "charged" }));
    throw new AppError("INTERNAL", "internal error");
  };
  const key = randomUUID();
  await t.rejects(idempotent(db, "user:1", key, request, committedThenFailed), { code: "INTERNAL" });
  const again = await idempotent(db, "user:1", key, request, committedThenFailed);
  t.same(again, { status: 500, body: { code: "INTERNAL", message: "internal error" }, replayed: true }, "the retry gets the failure");
  t.equal(runs, 1, "and the handler did not run again");
  t.same(await sql(url, "select count(*)::int as n from notes where body = 'charged'"), [{ n: 1 }]);

  let readRuns = 0;
  const readThenFailed = async () => {
    readRuns += 1;
    await db.transaction((trx) => trx("notes").select("*"));
    if (readRuns === 1) throw new AppError("DATABASE_UNAVAILABLE", "the database is unavailable; retry later");
    return { status: 200, body: { ok: true } };
  };
  const key2 = randomUUID();
  await t.rejects(idempotent(db, "user:1", key2, request, readThenFailed), { code: "DATABASE_UNAVAILABLE" });
  t.same(await idempotent(db, "user:1", key2, request, readThenFailed), { status: 200, body: { ok: true } }, "nothing committed: the retry runs");
  t.equal(readRuns, 2);
});
