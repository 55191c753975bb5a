// The fleet on the platform API (/api/v1/hosts…): what operators see in the web console, for
// platform admins only (everyone else 403). The same services as /admin/hosts, checked here.
import type { Config } from "../../config.js";
import type { Db } from "../../db/knex.js";
import { cordonHost, getHost, listHosts, revokeHost, telemetryHistory } from "../hosts.js";
import type { HostView } from "../views/hosts.js";
import { createJoinToken } from "../join-tokens.js";
import { listInstances } from "../views/instances.js";
import { invalid } from "../../errors.js";
import { requirePlatformAdmin } from "./authz.js";
import type { Principal } from "./sessions.js";

export async function fleetHosts(
  db: Db,
  p: Principal,
  q: { page: number; limit: number; roomName?: string | undefined; status?: string | undefined },
): Promise<{ items: HostView[]; total: number }> {
  requirePlatformAdmin(p);
  const r = await listHosts(db, { page: q.page, pageSize: q.limit, roomName: q.roomName, status: q.status, removed: false });
  return { items: r.items, total: r.total_items };
}

/** Longest history window one call returns: a week. */
const MAX_WINDOW_MS = 7 * 86400_000;

/** Instances on one host that are not destroyed, at most this many (newest placements first as listed). */
const HOST_INSTANCES_SHOWN = 200;

/**
 * A host, its GPUs, its telemetry history per GPU over the window (the last hour by default), and
 * the instances on it that are not destroyed.
 */
export async function fleetHost(
  db: Db,
  config: Pick<Config, "historyResolutionS">,
  p: Principal,
  hostId: string,
  window: { since?: Date | undefined; until?: Date | undefined },
) {
  requirePlatformAdmin(p);
  const host = await getHost(db, hostId);
  const until = window.until ?? new Date();
  const since = window.since ?? new Date(until.getTime() - 3600_000);
  if (since >= until) throw invalid("since must be before until");
  if (until.getTime() - since.getTime() > MAX_WINDOW_MS) throw invalid("the window (since to until) is at most 7 days");
  const h = await telemetryHistory(db, hostId, since, until);
  const instances = (await listInstances(db, { page: 1, pageSize: HOST_INSTANCES_SHOWN, hostId })).items.filter((i) => i.state !== "Destroyed");
  return {
    ...host,
    instances,
    history: { since: since.toISOString(), until: until.toISOString(), resolution_s: config.historyResolutionS, host: h.host, gpus: h.gpus },
  };
}

export async function fleetCordon(db: Db, p: Principal, hostId: string, cordoned: boolean): Promise<HostView> {
  requirePlatformAdmin(p);
  return cordonHost(db, hostId, cordoned);
}

export async function fleetRevoke(db: Db, p: Principal, hostId: string) {
  requirePlatformAdmin(p);
  return revokeHost(db, hostId);
}

export async function fleetJoinToken(
  db: Db,
  config: Pick<Config, "joinTokenDefaultTtlS" | "joinTokenMaxTtlS">,
  p: Principal,
  input: { roomName: string; ttlSeconds?: number | undefined },
) {
  requirePlatformAdmin(p);
  const t = await createJoinToken(db, config, input);
  return { token: t.token, expires_at: t.expiresAt.toISOString(), room_name: t.roomName };
}
