// What /healthz reports of the database.
import { type Db, pingDb } from "../db/knex.js";

/** True when the database answers within `timeoutMs`. */
export function databaseAnswers(db: Db, timeoutMs: number): Promise<boolean> {
  return pingDb(db, timeoutMs);
}
