// The task queue (docs/decisions/0031-tasks.md): every few seconds, and at once when woken
// (a submit, GPUs given back), one replica at a time looks at the queued tasks in fair order and
// places those that fit. Besides placing, each pass ends tasks past max_duration_s, fails tasks
// whose host is gone, and finishes tasks whose finish could not be issued when they ended.
import type { Logger } from "pino";
import { lockHostRow } from "../../db/queries/instance-gpus.js";
import { listen, type Listener } from "../../db/notifications.js";
import { Channel } from "../../db/notifications.js";
import { withAdvisoryLock } from "../../db/queries/job-lock.js";
import {
  lockTask,
  lockWorkspaceRow,
  gpusHeldByWorkspaceTasks,
  overdueTasks,
  runningTaskEnds,
  tasksOnLostHosts,
  tasksToFinish,
} from "../../db/queries/tasks.js";
import { findUser } from "../../db/queries/users.js";
import type { Db } from "../../db/knex.js";
import type { TaskRow } from "../../db/rows.js";
import { rankHosts } from "../../domain/placement.js";
import { AppError } from "../../errors.js";
import { clock } from "../clock.js";
import type { Component } from "../components/lifecycle.js";
import { wake } from "../instances.js";
import { placementCandidatesWithTotals, type PlacementConfig } from "../placement.js";
import { failLost, finishIfIdle, placeAttempt, requestStop, type TaskLimits } from "./lifecycle.js";
import { fairQueue } from "./tasks.js";
import { lockWorkspace } from "../../db/queries/platform/workspaces.js";
import { hourlyRatePerDay, oneHourAt } from "../../domain/pricing.js";

export interface QueueConfig {
  placement: PlacementConfig;
  intervalMs: number;
  hostLostS: number;
  limits: TaskLimits;
}

export interface PassResult {
  placed: string[];
  waiting: number;
  stopped: string[];
  lost: string[];
}

type Candidates = Awaited<ReturnType<typeof placementCandidatesWithTotals>>;

/** When `gpus` GPUs should be free on the host from its running tasks' limits (Infinity: cannot tell). */
async function freeAt(db: Db, t: TaskRow, hostId: string, freeNow: number, nowMs: number): Promise<number> {
  const ends = (await runningTaskEnds(db, t.room_name, t.gpu_model)).filter((e) => e.host_id === hostId);
  let free = freeNow;
  if (free >= t.gpu_count) return nowMs;
  for (const e of ends.sort((a, b) => (a.ends_at?.getTime() ?? Number.POSITIVE_INFINITY) - (b.ends_at?.getTime() ?? Number.POSITIVE_INFINITY))) {
    if (!e.ends_at) return Number.POSITIVE_INFINITY;
    free += e.gpus;
    if (free >= t.gpu_count) return e.ends_at.getTime();
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * One pass over the queue. The first task (in fair order) that fits nowhere reserves the host
 * that will fit it soonest: later tasks may use that host only when they are sure to end
 * before it would be free for the reserved task (backfill on max_duration_s), so a large task
 * is never starved by a stream of small ones.
 */
export async function queuePass(db: Db, cfg: QueueConfig, log: Logger): Promise<PassResult> {
  const out: PassResult = { placed: [], waiting: 0, stopped: [], lost: [] };
  const now = clock.now();
  for (const t of await overdueTasks(db, now, 100)) {
    if (await requestStop(db, t.task_id, "timeout")) out.stopped.push(t.task_id);
  }
  for (const t of await tasksOnLostHosts(db, new Date(now.getTime() - cfg.hostLostS * 1000), 100)) {
    await failLost(db, t.task_id, log);
    out.lost.push(t.task_id);
  }
  for (const t of await tasksToFinish(db, 100)) await finishIfIdle(db, t.task_id);

  const { queued, shares, order } = await fairQueue(db);
  if (queued.length === 0) return out;
  const byId = new Map(queued.map((t) => [t.task_id, t]));
  const candidates = new Map<string, Candidates>();
  const candidatesOf = async (t: TaskRow): Promise<Candidates> => {
    const key = JSON.stringify([t.room_name, t.gpu_model]);
    let c = candidates.get(key);
    if (!c) {
      c = await placementCandidatesWithTotals(db, cfg.placement, { roomName: t.room_name, gpuModel: t.gpu_model });
      candidates.set(key, c);
    }
    return c;
  };
  /** Hosts reserved for a blocked task, and from when it expects them (ms). */
  const reserved = new Map<string, number>();
  const held = new Map([...shares].map(([ws, s]) => [ws, s.held]));
  const hosts = new Set<string>();
  for (const q of order) {
    const t = byId.get(q.taskId)!;
    const ws = shares.get(t.workspace_id);
    if (ws?.gpuQuota !== null && ws?.gpuQuota !== undefined && (held.get(t.workspace_id) ?? 0) + t.gpu_count > ws.gpuQuota) {
      out.waiting++;
      continue; // over the workspace's GPU quota until its running tasks end
    }
    const demand = { gpus: t.gpu_count, cpuMillis: t.cpu_millis, memoryBytes: t.memory_bytes, diskGb: 0 };
    const all = await candidatesOf(t);
    const ranked = [];
    for (const hostId of rankHosts(all, demand, 0)) {
      const until = reserved.get(hostId);
      // Backfill: only a task that will surely be done before the reserved one can start.
      if (until !== undefined && (t.max_duration_s === null || now.getTime() + t.max_duration_s * 1000 > until)) continue;
      ranked.push(hostId);
    }
    const hostId = ranked[0];
    if (!hostId) {
      out.waiting++;
      // Reserve the host that can hold it and should be free soonest (most free GPUs first).
      const able = all.filter((c) => c.placeable && c.totalGpus >= t.gpu_count && !reserved.has(c.hostId)).sort((a, b) => b.room.gpus - a.room.gpus);
      let best: { hostId: string; at: number } | undefined;
      for (const c of able) {
        const at = await freeAt(db, t, c.hostId, c.room.gpus, now.getTime());
        if (!best || at < best.at) best = { hostId: c.hostId, at };
      }
      if (best) reserved.set(best.hostId, best.at);
      continue;
    }
    const placed = await placeOne(db, cfg, t, hostId, log);
    candidates.clear(); // the host's free room changed
    if (placed) {
      out.placed.push(t.task_id);
      hosts.add(hostId);
      held.set(t.workspace_id, (held.get(t.workspace_id) ?? 0) + t.gpu_count);
    } else out.waiting++;
  }
  for (const h of hosts) await wake(db, h);
  return out;
}

/** Places one task on the host in one transaction; false when it lost a race or cannot be paid for now. */
async function placeOne(db: Db, cfg: QueueConfig, queued: TaskRow, hostId: string, log: Logger): Promise<boolean> {
  try {
    return await db.transaction(async (trx) => {
      const t = await lockTask(trx, queued.task_id);
      if (t?.status !== "queued") return false;
      const ws = await lockWorkspace(trx, t.workspace_id);
      if (!ws || ws.deleted_at) return false;
      const quota = await lockWorkspaceRow(trx, t.workspace_id);
      if (quota?.gpu_quota !== null && quota?.gpu_quota !== undefined && (await gpusHeldByWorkspaceTasks(trx, t.workspace_id)) + t.gpu_count > quota.gpu_quota)
        return false;
      // One hour of its GPUs on the wallet at placement too (it may have been spent since submit).
      const wallet = await findUser(trx, ws.wallet_user_id);
      const hour = oneHourAt(hourlyRatePerDay(t.prices, { started: true, billable: true, gpusHeld: t.gpu_count, runningCardLess: false, extraDiskGb: 0 }));
      if (!wallet || wallet.balance_minor < hour) return false;
      await lockHostRow(trx, hostId);
      const fresh = await placementCandidatesWithTotals(trx, cfg.placement, { roomName: t.room_name, gpuModel: t.gpu_model });
      const demand = { gpus: t.gpu_count, cpuMillis: t.cpu_millis, memoryBytes: t.memory_bytes, diskGb: 0 };
      if (!rankHosts(fresh, demand, 0).includes(hostId)) return false;
      await placeAttempt(trx, t, hostId, ws.wallet_user_id, cfg.limits);
      return true;
    });
  } catch (err) {
    if (err instanceof AppError && (err.code === "NO_STOCK" || err.code === "QUOTA_EXCEEDED" || err.code === "NOT_FOUND")) {
      log.info({ taskId: queued.task_id, code: err.code, err: err.message }, "task not placed");
      return false;
    }
    throw err;
  }
}

/**
 * The queue as a component: a pass every intervalMs and whenever Channel.TASKS is notified,
 * one pass at a time in this process and one replica at a time (an advisory lock), so that two
 * replicas never interleave their fair orders.
 */
export class TaskQueue implements Component {
  readonly name = "task-queue";
  private timer: NodeJS.Timeout | undefined;
  private listener: Listener | undefined;
  private running: Promise<unknown> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly databaseUrl: string,
    private readonly cfg: QueueConfig,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.listener = listen(
      this.databaseUrl,
      [Channel.TASKS],
      () => this.kick(),
      (err) => this.log.debug({ err: err.message }, "LISTEN connection error"),
      () => this.kick(),
    );
    this.timer = setInterval(() => this.kick(), this.cfg.intervalMs);
    this.kick();
  }

  /** Runs a pass now, or right after the one in progress. */
  kick(): void {
    if (this.stopped) return;
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** One pass (tests call it to step the queue). */
  async pass(): Promise<PassResult | undefined> {
    try {
      return await withAdvisoryLock(this.db, "task-queue", () => queuePass(this.db, this.cfg, this.log));
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "task queue pass failed");
      return undefined;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.stop();
    await this.running;
  }
}
