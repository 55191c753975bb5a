// The caller as the platform sees them (GET /auth/me), and whether anyone may sign up.
import { workspacesOf } from "../../db/queries/platform/workspaces.js";
import type { Db } from "../../db/knex.js";
import type { ReadCache } from "../components/read-cache.js";
import type { Principal } from "./sessions.js";
import { systemSettings } from "./settings.js";

export interface MeView {
  id: number;
  username: string;
  email: string | null;
  platform_admin: boolean;
  workspaces: { id: string; name: string; role: string; personal: boolean }[];
}

export async function me(db: Db, p: Principal): Promise<MeView> {
  const ws = await workspacesOf(db, p.user.user_id);
  return {
    id: p.user.user_id,
    username: p.user.username,
    email: p.user.email,
    platform_admin: p.user.platform_admin,
    workspaces: ws.map((w) => ({ id: w.workspace_id, name: w.name, role: w.role, personal: w.personal_of !== null })),
  };
}

/** The system setting when a platform admin set one, else the REGISTRATION variable. */
export async function registrationOpen(db: Db, cache: ReadCache, configured: "open" | "closed"): Promise<boolean> {
  const s = await systemSettings(db, cache);
  return (s.settings.registration ?? configured) === "open";
}
