// The audit of the books (GET /admin/ledger/audit): every invariant of the ledger checked over
// the whole database, read-only (the checks themselves are in db/queries/ledger-audit.ts).
import type { Db } from "../../db/knex.js";
import { type AuditReport, runLedgerAudit } from "../../db/queries/ledger-audit.js";

export type { AuditReport, Violation } from "../../db/queries/ledger-audit.js";

/** At most this many violations of each check are listed: enough to see the pattern. */
const LIMIT = 50;

export async function auditLedger(db: Db): Promise<AuditReport> {
  return runLedgerAudit(db, LIMIT);
}
