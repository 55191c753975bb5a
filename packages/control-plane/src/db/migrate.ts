// Runs the knex migrations in ../../migrations at start-up. Several replicas may start at once:
// a PostgreSQL advisory lock, held by a transaction for the whole run, lets exactly one migrate
// while the others wait, then find nothing left to do.
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Knex } from "knex";
import type { Db } from "./knex.js";

// Any fixed 64-bit number; it only has to differ from other advisory locks on this database.
const MIGRATION_LOCK_KEY = 7_314_159_265;

const dir = new URL("../../migrations/", import.meta.url);

interface MigrationFile {
  name: string; // without extension: the same in source (.ts) and built (.js) form
  url: URL;
}

const source: Knex.MigrationSource<MigrationFile> = {
  async getMigrations() {
    const files = (await readdir(fileURLToPath(dir))).filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith(".d.ts")).sort();
    return files.map((f) => ({ name: f.replace(/\.(ts|js)$/, ""), url: new URL(f, dir) }));
  },
  getMigrationName: (m) => m.name,
  getMigration: async (m) => (await import(m.url.href)) as Knex.Migration,
};

export async function migrateLatest(db: Db): Promise<string[]> {
  return db.transaction(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(?)", [MIGRATION_LOCK_KEY]);
    // knex keeps its own lock row; a run killed midway leaves it set. We hold the advisory
    // lock, so nobody else is migrating and it is safe to clear.
    await db.migrate.forceFreeMigrationsLock({ migrationSource: source });
    const [, applied] = (await db.migrate.latest({ migrationSource: source })) as [number, string[]];
    return applied;
  });
}

export async function migrateDownAll(db: Db): Promise<void> {
  await db.migrate.rollback({ migrationSource: source }, true);
}
