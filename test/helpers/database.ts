// A fresh PostgreSQL database per test file, in the cluster `pnpm test` started (TEST_PG_URL).
// Run a file alone (npx tap test/x.test.ts) and this starts a private cluster for it instead.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import root from "tap";
import { startEmbeddedPostgres } from "../../packages/control-plane/src/db/embedded.js";

interface Teardown {
  teardown(fn: () => unknown): void;
}

let own: Promise<string> | undefined;

async function clusterUrl(): Promise<string> {
  if (process.env["TEST_PG_URL"]) return process.env["TEST_PG_URL"];
  own ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "remotegpu-pg-"));
    chmodSync(dir, 0o711);
    const db = await startEmbeddedPostgres(dir, 0, () => undefined);
    // Stop it when this file's tests are done, or its process would keep the file alive.
    root.teardown(() => db.stop());
    return db.url;
  })();
  return own;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates an empty database and drops it when the test ends; returns its URL. */
export async function freshDatabase(t: Teardown): Promise<string> {
  const admin = await clusterUrl();
  const name = `t_${randomBytes(6).toString("hex")}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  try {
    await c.query(`create database ${name}`);
  } finally {
    await c.end();
  }
  t.teardown(async () => {
    const d = new pg.Client({ connectionString: admin });
    await d.connect();
    try {
      await d.query(`drop database if exists ${name} with (force)`);
    } finally {
      await d.end();
    }
  });
  return withDatabase(admin, name);
}

/** Runs one SQL statement against a database (for arranging states the API cannot reach). */
export async function sql<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}
