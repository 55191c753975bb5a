// Stored secrets to seal (again) at start-up: root passwords in instance specs, command payloads.
// Walked in primary-key order, in batches; each update is a compare-and-set on the old value, so
// that a value changed meanwhile (by another replica re-sealing it) is left as it is.
import type { Db } from "../knex.js";

export async function passwordsNotSealedWith(db: Db, prefix: string, after: string, limit: number): Promise<{ instance_id: string; root_password: string }[]> {
  const r = await db.raw<{ rows: { instance_id: string; root_password: string }[] }>(
    `select instance_id, spec->>'root_password' as root_password from instances
     where instance_id > ? and spec->>'root_password' is not null and not starts_with(spec->>'root_password', ?)
     order by instance_id limit ?`,
    [after, prefix, limit],
  );
  return r.rows;
}

export async function replacePassword(db: Db, instanceId: string, old: string, sealed: string): Promise<void> {
  await db.raw(
    `update instances set spec = jsonb_set(spec, '{root_password}', to_jsonb(?::text))
     where instance_id = ? and spec->>'root_password' = ?`,
    [sealed, instanceId, old],
  );
}

export async function payloadsNotSealedWith(db: Db, prefix: Buffer, after: string, limit: number): Promise<{ command_id: string; payload: Buffer }[]> {
  const r = await db.raw<{ rows: { command_id: string; payload: Buffer }[] }>(
    `select command_id, payload from commands
     where command_id > ?::uuid and substring(payload from 1 for ?) <> ?
     order by command_id limit ?`,
    [after, prefix.length, prefix, limit],
  );
  return r.rows;
}

export async function replacePayload(db: Db, commandId: string, old: Buffer, sealed: Buffer): Promise<void> {
  await db.raw("update commands set payload = ? where command_id = ? and payload = ?", [sealed, commandId, old]);
}
