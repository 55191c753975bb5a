// The audit log: who changed what, when, from where. Written by the HTTP edge after every
// successful mutation of /api/v1, /v1 and /admin (http/platform/audit.ts); it holds ids and the
// route, never a request body, so no password or token can land in it.
import { type AuditRow, auditPage, insertAudit, type NewAudit } from "../../db/queries/platform/audit.js";
import type { Db } from "../../db/knex.js";
import { authorize } from "./authz.js";
import type { Principal } from "./sessions.js";

export interface AuditView {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  workspace_id: string | null;
  address: string;
  status: number;
  request_id: string;
}

const view = (r: AuditRow): AuditView => ({
  id: r.audit_id,
  at: r.at.toISOString(),
  actor: r.actor,
  action: r.action,
  target: r.target,
  workspace_id: r.workspace_id,
  address: r.address,
  status: r.status,
  request_id: r.request_id,
});

export async function recordAudit(db: Db, entry: NewAudit): Promise<void> {
  await insertAudit(db, entry);
}

/** A workspace's audit log, for its owners and admins. */
export async function workspaceAudit(
  db: Db,
  p: Principal,
  workspaceId: string,
  page: { limit: number; offset: number },
): Promise<{ items: AuditView[]; total: number }> {
  await authorize(db, p, workspaceId, "audit:read");
  const r = await auditPage(db, { workspaceId }, page);
  return { items: r.rows.map(view), total: r.total };
}

/** Every entry, for operators. */
export async function operatorAudit(
  db: Db,
  filter: { workspaceId?: string | undefined; actorUserId?: number | undefined },
  page: { limit: number; offset: number },
): Promise<{ items: AuditView[]; total: number }> {
  const r = await auditPage(db, filter, page);
  return { items: r.rows.map(view), total: r.total };
}
