// The audit log: append-only.
import type { Db } from "../../knex.js";

export interface AuditRow {
  audit_id: number;
  at: Date;
  actor: string;
  actor_user_id: number | null;
  action: string;
  target: string;
  workspace_id: string | null;
  address: string;
  status: number;
  request_id: string;
}

export type NewAudit = Omit<AuditRow, "audit_id" | "at">;

export async function insertAudit(db: Db, a: NewAudit): Promise<void> {
  await db("audit_log").insert(a);
}

export async function auditPage(
  db: Db,
  filter: { workspaceId?: string | undefined; actorUserId?: number | undefined },
  page: { limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  const base = db<AuditRow>("audit_log");
  if (filter.workspaceId !== undefined) base.where({ workspace_id: filter.workspaceId });
  if (filter.actorUserId !== undefined) base.where({ actor_user_id: filter.actorUserId });
  const [{ n }] = (await base.clone().count({ n: "*" })) as [{ n: string }];
  const rows = await base.clone().orderBy("audit_id", "desc").limit(page.limit).offset(page.offset);
  return { rows, total: Number(n) };
}
