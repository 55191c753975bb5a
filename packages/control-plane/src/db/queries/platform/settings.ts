// Settings documents, versioned.
import type { Db, Tx } from "../../knex.js";

export interface SettingsRow {
  name: string;
  value: unknown;
  version: number;
  updated_at: Date;
  updated_by: string;
}

export async function settingsRow(db: Db | Tx, name: string): Promise<SettingsRow | undefined> {
  return db<SettingsRow>("settings").where({ name }).first();
}

/**
 * Writes a new version when the stored one is `expectedVersion` (0: none yet); undefined when
 * another writer got there first.
 */
export async function writeSettings(db: Db | Tx, name: string, value: unknown, expectedVersion: number, by: string): Promise<SettingsRow | undefined> {
  const r = await db.raw<{ rows: SettingsRow[] }>(
    `insert into settings (name, value, version, updated_by) values (?, ?::jsonb, 1, ?)
     on conflict (name) do update set value = excluded.value, version = settings.version + 1, updated_at = now(), updated_by = excluded.updated_by
       where settings.version = ?
     returning *`,
    [name, JSON.stringify(value), by, expectedVersion],
  );
  if (expectedVersion === 0 && r.rows[0]?.version !== 1) return undefined;
  return r.rows[0];
}
