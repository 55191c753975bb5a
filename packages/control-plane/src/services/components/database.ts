// The database as a component: an embedded PostgreSQL under DATA_DIR (unless DATABASE_URL names
// one), the connection pool, and the migrations, done before anything else starts; stopped last.
import type { Logger } from "pino";
import type { Config } from "../../config.js";
import { startEmbeddedPostgres, type EmbeddedDb } from "../../db/embedded.js";
import { createDb, type Db } from "../../db/knex.js";
import { migrateLatest } from "../../db/migrate.js";
import type { Component } from "./lifecycle.js";

export class Database implements Component {
  readonly name = "database";
  private embedded: EmbeddedDb | undefined;
  private pool: Db | undefined;
  private url: string | undefined;

  constructor(
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  /** The pool (after start). */
  get db(): Db {
    if (!this.pool) throw new Error("the database is not started");
    return this.pool;
  }

  /** The connection URL (after start), for the LISTEN connections. */
  get databaseUrl(): string {
    if (!this.url) throw new Error("the database is not started");
    return this.url;
  }

  async start(): Promise<void> {
    let url = this.config.databaseUrl;
    if (!url) {
      const pgLog = this.log.child({ component: "postgres" });
      this.embedded = await startEmbeddedPostgres(this.config.dataDir, this.config.embeddedPgPort, (line) => pgLog.debug(line));
      url = this.embedded.url;
      this.log.info({ dataDir: this.config.dataDir }, "embedded PostgreSQL started");
    }
    const dbLog = this.log.child({ component: "db" });
    const db = createDb(url, this.config.dbPoolMax, { warn: (m) => dbLog.warn(m), debug: (m) => dbLog.debug(m) });
    try {
      const applied = await migrateLatest(db);
      if (applied.length > 0) this.log.info({ migrations: applied }, "database migrated");
    } catch (err) {
      await db.destroy();
      await this.embedded?.stop();
      this.embedded = undefined;
      throw new Error(`database migration failed: ${(err as Error).message}`, { cause: err });
    }
    this.pool = db;
    this.url = url;
  }

  async stop(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
    const embedded = this.embedded;
    this.embedded = undefined;
    await embedded?.stop();
  }
}
