// What the platform needs before it answers: the built-in roles, a personal workspace for every
// user (users made before workspaces existed), a JWT signing key. Idempotent; every replica runs
// it at start.
import type { Logger } from "pino";
import type { Db } from "../../db/knex.js";
import type { JwtKeyring } from "./access-tokens.js";
import { initRoles } from "./roles.js";
import { ensurePersonalWorkspaces } from "./workspaces.js";

export async function preparePlatform(db: Db, keys: JwtKeyring, log: Logger): Promise<void> {
  await initRoles(db);
  const made = await ensurePersonalWorkspaces(db);
  if (made > 0) log.info({ users: made }, "made personal workspaces");
  await keys.ensure();
}
