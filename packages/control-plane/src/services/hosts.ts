// Operator use cases on hosts: list, show, revoke, cordon, remove from the lists, telemetry history.
import { gpusOfHosts } from "../db/queries/gpus.js";
import {
  findHost,
  listHosts as listHostRows,
  markHostRemoved,
  revokeHost as revokeHostRow,
  setCordoned,
  setHeartbeatIntervals,
  type HostStatus,
} from "../db/queries/hosts.js";
import { gpuHistory, hostHistory } from "../db/queries/telemetry.js";
import type { Db } from "../db/knex.js";
import { Channel, notify } from "../db/notifications.js";
import type { GpuRow } from "../db/rows.js";
import type { GpuHistoryRow, HostHistoryRow } from "../domain/history.js";
import { HOST_ID_PATTERN } from "../domain/secrets.js";
import { AppError, invalid, notFound } from "../errors.js";
import { hostView, type HostView } from "./views/hosts.js";

export const HOST_STATUSES: readonly HostStatus[] = ["online", "suspect", "offline"];
// 50 hosts with 8 GPUs each is a ~200 KiB page; 500 is the most one call returns.
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
/** A million pages of 500 is more hosts than any fleet; beyond it a page number is a typo. */
export const MAX_PAGE = 1_000_000;

export interface ListHostsQuery {
  page: number;
  pageSize: number;
  roomName?: string | undefined;
  status?: string | undefined;
  /** true: revoked hosts only; false: hosts that are not revoked; absent: both. */
  revoked?: boolean | undefined;
  /** true: the hosts removed from the lists (POST /admin/hosts/{id}/remove), and only them. */
  removed?: boolean | undefined;
}

export async function listHosts(db: Db, q: ListHostsQuery): Promise<{ items: HostView[]; total_items: number }> {
  if (!Number.isInteger(q.page) || q.page < 1 || q.page > MAX_PAGE) throw invalid(`page must be an integer from 1 to ${MAX_PAGE}`);
  if (!Number.isInteger(q.pageSize) || q.pageSize < 1 || q.pageSize > MAX_PAGE_SIZE) throw invalid(`page_size must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  if (q.status !== undefined && !HOST_STATUSES.includes(q.status as HostStatus)) throw invalid(`status must be one of ${HOST_STATUSES.join(", ")}`);
  const { rows, total } = await listHostRows(
    db,
    { roomName: q.roomName, status: q.status as HostStatus | undefined, revoked: q.revoked, removed: q.removed },
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  const byHost = new Map<string, GpuRow[]>();
  for (const g of await gpusOfHosts(
    db,
    rows.map((r) => r.host_id),
  )) {
    const list = byHost.get(g.host_id);
    if (list) list.push(g);
    else byHost.set(g.host_id, [g]);
  }
  return { items: rows.map((h) => hostView(h, byHost.get(h.host_id) ?? [])), total_items: total };
}

function checkHostId(hostId: string): void {
  if (!HOST_ID_PATTERN.test(hostId)) throw notFound(`no host ${JSON.stringify(hostId.slice(0, 64))}`);
}

export async function getHost(db: Db, hostId: string): Promise<HostView> {
  checkHostId(hostId);
  const h = await findHost(db, hostId);
  if (!h) throw notFound(`no host ${hostId}`);
  return hostView(h, await gpusOfHosts(db, [hostId]));
}

/**
 * Revokes a host's credential. Idempotent. Every replica is told through NOTIFY and also polls
 * revoked_at, so the agent's session is closed within seconds wherever it is connected.
 */
export async function revokeHost(db: Db, hostId: string): Promise<{ host_id: string; revoked_at: string }> {
  checkHostId(hostId);
  const r = await revokeHostRow(db, hostId);
  if (!r) throw notFound(`no host ${hostId}`);
  await notify(db, Channel.HOST_REVOKED, hostId);
  return { host_id: hostId, revoked_at: r.revoked_at.toISOString() };
}

/**
 * Cordons a host (no new placements; its instances keep running and can still be operated) or
 * lifts it. Idempotent: a second cordon keeps the first time. A revoked host can be cordoned too.
 */
export async function cordonHost(db: Db, hostId: string, cordoned: boolean): Promise<HostView> {
  checkHostId(hostId);
  const h = await setCordoned(db, hostId, cordoned);
  if (!h) throw notFound(`no host ${hostId}`);
  return hostView(h, await gpusOfHosts(db, [hostId]));
}

/**
 * Removes a revoked host with no live instance (everything but Destroyed) from the default host
 * lists; it stays, with its history, under GET /admin/hosts?removed=true and by its id.
 * Idempotent (the first time is kept).
 */
export async function removeHost(db: Db, hostId: string): Promise<HostView> {
  checkHostId(hostId);
  const r = await db.transaction((trx) => markHostRemoved(trx, hostId));
  if ("refused" in r && r.refused === "unknown") throw notFound(`no host ${hostId}`);
  if ("refused" in r) throw new AppError("CONFLICT", `host ${hostId} is not revoked: revoke it first`);
  if ("liveInstances" in r)
    throw new AppError("CONFLICT", `host ${hostId} still has ${r.liveInstances} instance(s) that are not destroyed: destroy them (or abandon the host) first`);
  return hostView(r.host, await gpusOfHosts(db, [hostId]));
}

export async function telemetryHistory(db: Db, hostId: string, since: Date, until: Date): Promise<{ host: HostHistoryRow[]; gpus: GpuHistoryRow[] }> {
  checkHostId(hostId);
  if (!(await findHost(db, hostId))) throw notFound(`no host ${hostId}`);
  if (since >= until) throw invalid("since must be before until");
  const [host, gpus] = await Promise.all([hostHistory(db, hostId, since, until), gpuHistory(db, hostId, since, until)]);
  return { host, gpus };
}

/** New heartbeat intervals of the hosts whose sessions this replica holds (their liveness thresholds follow). */
export async function storeHeartbeatIntervals(db: Db, hostIds: string[], heartbeatIntervalMs: number, replica: string): Promise<void> {
  await setHeartbeatIntervals(db, hostIds, heartbeatIntervalMs, replica);
}
