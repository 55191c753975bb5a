// Projects, inside workspaces (the AI Platform document's /projects).
import {
  insertProject,
  markProjectDeleted,
  projectById,
  projectCounts,
  projectsIn,
  type ProjectRow,
  updateProjectRow,
} from "../../db/queries/platform/projects.js";
import { personalWorkspaceOf, workspacesOf } from "../../db/queries/platform/workspaces.js";
import type { Db } from "../../db/knex.js";
import { AppError, notFound } from "../../errors.js";
import { clock } from "../clock.js";
import { authorize, UUID_PATTERN } from "./authz.js";
import type { ReadCache } from "../components/read-cache.js";
import type { Principal } from "./sessions.js";

export interface ProjectView {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  status: string;
  created_by: number;
  created_at: string;
  updated_at: string;
}

const view = (r: ProjectRow): ProjectView => ({
  id: r.project_id,
  workspace_id: r.workspace_id,
  name: r.name,
  description: r.description,
  status: r.status,
  created_by: r.created_by,
  created_at: r.created_at.toISOString(),
  updated_at: r.updated_at.toISOString(),
});

/** Cached lists are tagged with the workspace they show; any write to a workspace's projects drops them. */
const tag = (workspaceId: string) => `projects:${workspaceId}`;

export interface Page {
  page: number;
  limit: number;
}

export async function listProjects(
  db: Db,
  cache: ReadCache,
  p: Principal,
  workspaceId: string | undefined,
  page: Page,
): Promise<{ items: ProjectView[]; total: number }> {
  const ids =
    workspaceId !== undefined
      ? [(await authorize(db, p, workspaceId, "projects:read")).workspace_id]
      : (await workspacesOf(db, p.user.user_id)).map((w) => w.workspace_id);
  // projects:list:{user_id}, as the AI Platform document keys it (with the filter and page).
  // The workspaces are part of the key: a membership change never serves a list it no longer allows.
  const key = `projects:list:${p.user.user_id}:${ids.join(",")}:${page.page}:${page.limit}`;
  return cache.get(key, "projects", ids.map(tag), async () => {
    const r = await projectsIn(db, ids, { limit: page.limit, offset: (page.page - 1) * page.limit });
    return { items: r.rows.map(view), total: r.total };
  });
}

async function projectFor(db: Db, p: Principal, id: string, permission: "projects:read" | "projects:write" | "projects:delete"): Promise<ProjectRow> {
  const row = UUID_PATTERN.test(id) ? await projectById(db, id) : undefined;
  if (!row) throw notFound("project not found");
  await authorize(db, p, row.workspace_id, permission, "project");
  return row;
}

export async function getProject(db: Db, p: Principal, id: string): Promise<ProjectView> {
  return view(await projectFor(db, p, id, "projects:read"));
}

export async function createProject(
  db: Db,
  cache: ReadCache,
  p: Principal,
  input: { name: string; description: string; workspaceId?: string | undefined },
): Promise<ProjectView> {
  const workspaceId = input.workspaceId ?? (await personalWorkspaceOf(db, p.user.user_id))?.workspace_id;
  if (!workspaceId) throw notFound("workspace not found");
  await authorize(db, p, workspaceId, "projects:write");
  const row = await insertProject(db, { workspaceId, name: input.name, description: input.description, createdBy: p.user.user_id });
  if (!row) throw new AppError("CONFLICT", `a project named ${JSON.stringify(input.name)} exists in this workspace`);
  await cache.invalidate([tag(workspaceId)]);
  return view(row);
}

export async function updateProject(
  db: Db,
  cache: ReadCache,
  p: Principal,
  id: string,
  patch: { name?: string | undefined; description?: string | undefined; status?: "active" | "archived" | undefined },
): Promise<ProjectView> {
  const current = await projectFor(db, p, id, "projects:write");
  const row = await updateProjectRow(db, id, {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(patch.status !== undefined ? { status: patch.status } : {}),
  });
  if (row === "name_taken") throw new AppError("CONFLICT", `a project named ${JSON.stringify(patch.name)} exists in this workspace`);
  if (!row) throw notFound("project not found");
  await cache.invalidate([tag(current.workspace_id)]);
  return view(row);
}

/** Deletes the project (kept as history); answers the workspace it was in. */
export async function deleteProject(db: Db, cache: ReadCache, p: Principal, id: string): Promise<{ workspaceId: string }> {
  const current = await projectFor(db, p, id, "projects:delete");
  if (!(await markProjectDeleted(db, id, clock.now()))) throw notFound("project not found");
  await cache.invalidate([tag(current.workspace_id)]);
  return { workspaceId: current.workspace_id };
}

/** Counts per status, in total and per workspace the caller can read. */
export async function projectStats(
  db: Db,
  p: Principal,
): Promise<{
  total: number;
  by_status: Record<string, number>;
  workspaces: { workspace_id: string; name: string; total: number; by_status: Record<string, number> }[];
}> {
  const ws = (await workspacesOf(db, p.user.user_id)).filter((w) => w.permissions.includes("projects:read"));
  const rows = await projectCounts(
    db,
    ws.map((w) => w.workspace_id),
  );
  const byStatus: Record<string, number> = { active: 0, archived: 0 };
  const per = ws.map((w) => ({ workspace_id: w.workspace_id, name: w.name, total: 0, by_status: { active: 0, archived: 0 } as Record<string, number> }));
  for (const r of rows) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n;
    const w = per.find((x) => x.workspace_id === r.workspace_id)!;
    w.by_status[r.status] = r.n;
    w.total += r.n;
  }
  return { total: rows.reduce((a, r) => a + r.n, 0), by_status: byStatus, workspaces: per };
}
