// Projects: inside one workspace, soft-deleted.
import type { Db, Tx } from "../../knex.js";

export interface ProjectRow {
  project_id: string;
  workspace_id: string;
  name: string;
  description: string;
  status: "active" | "archived";
  created_by: number;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

export async function insertProject(
  db: Db | Tx,
  p: { workspaceId: string; name: string; description: string; createdBy: number },
): Promise<ProjectRow | undefined> {
  const r = await db.raw<{ rows: ProjectRow[] }>(
    `insert into projects (workspace_id, name, description, created_by) values (?, ?, ?, ?)
     on conflict (workspace_id, lower(name)) where deleted_at is null do nothing returning *`,
    [p.workspaceId, p.name, p.description, p.createdBy],
  );
  return r.rows[0];
}

export async function projectById(db: Db | Tx, projectId: string): Promise<ProjectRow | undefined> {
  return db<ProjectRow>("projects").where({ project_id: projectId }).whereNull("deleted_at").first();
}

/** Live projects of the given workspaces, newest first. */
export async function projectsIn(db: Db, workspaceIds: string[], page: { limit: number; offset: number }): Promise<{ rows: ProjectRow[]; total: number }> {
  if (workspaceIds.length === 0) return { rows: [], total: 0 };
  const base = db<ProjectRow>("projects").whereIn("workspace_id", workspaceIds).whereNull("deleted_at");
  const [{ n }] = (await base.clone().count({ n: "*" })) as [{ n: string }];
  const rows = await base.clone().orderBy("created_at", "desc").orderBy("project_id").limit(page.limit).offset(page.offset);
  return { rows, total: Number(n) };
}

export async function updateProjectRow(
  db: Db | Tx,
  projectId: string,
  patch: Partial<Pick<ProjectRow, "name" | "description" | "status">>,
): Promise<ProjectRow | "name_taken" | undefined> {
  try {
    const [row] = await db<ProjectRow>("projects")
      .where({ project_id: projectId })
      .whereNull("deleted_at")
      .update({ ...patch, updated_at: db.fn.now() } as never)
      .returning("*");
    return row;
  } catch (err) {
    if ((err as { code?: string }).code === "23505") return "name_taken";
    throw err;
  }
}

export async function markProjectDeleted(db: Db | Tx, projectId: string, at: Date): Promise<boolean> {
  return (await db("projects").where({ project_id: projectId }).whereNull("deleted_at").update({ deleted_at: at, updated_at: at })) > 0;
}

export async function projectCounts(db: Db, workspaceIds: string[]): Promise<{ workspace_id: string; status: string; n: number }[]> {
  if (workspaceIds.length === 0) return [];
  const r = await db.raw(
    `select workspace_id, status, count(*)::int as n from projects where workspace_id = any(?::uuid[]) and deleted_at is null group by 1, 2 order by 1, 2`,
    [workspaceIds],
  );
  return r.rows;
}
