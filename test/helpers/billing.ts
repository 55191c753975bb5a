// Billing scenarios on a movable clock: the in-process control plane (HTTP API, real
// PostgreSQL), arranged hosts, and the agent's side played by applying command results through
// the same service function the hub uses. Hours, days and months pass in a call.
import { pino } from "pino";
import { agentv1, CommandStatus, ContainerStatus } from "@remotegpu/protocol";
import { createDb, type Db } from "../../packages/control-plane/src/db/knex.js";
import { runBillingCycle, type BillingCycleOutcome } from "../../packages/control-plane/src/services/billing-cycle.js";
import { setClock } from "../../packages/control-plane/src/services/clock.js";
import { MovableClock } from "./clock.js";
import { applyResult } from "../../packages/control-plane/src/services/command-results.js";
import { sql } from "./database.js";
import { startApiWorld, type ApiWorld } from "./customers.js";

const quiet = pino({ level: "silent" });

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const RETENTION_DAYS = 7;

/** What the agent's container is after a successful operation. */
const AFTER: Record<string, number> = {
  create: ContainerStatus.CONTAINER_STATUS_RUNNING,
  start: ContainerStatus.CONTAINER_STATUS_RUNNING,
  cardless_start: ContainerStatus.CONTAINER_STATUS_RUNNING,
  restart: ContainerStatus.CONTAINER_STATUS_RUNNING,
  rebuild: ContainerStatus.CONTAINER_STATUS_RUNNING,
  stop: ContainerStatus.CONTAINER_STATUS_STOPPED,
  stop_cardless: ContainerStatus.CONTAINER_STATUS_STOPPED,
  destroy: ContainerStatus.CONTAINER_STATUS_REMOVED,
  snapshot: ContainerStatus.CONTAINER_STATUS_RUNNING,
};

export interface BillingWorld extends ApiWorld {
  clock: MovableClock;
  db: Db;
  /** Moves the clock forward. */
  advance(ms: number): void;
  /** Runs the billing cycle at the clock's time (what the job does each minute). */
  cycle(): Promise<BillingCycleOutcome>;
  /** The agent carries out every pending command successfully (ops, in order). */
  agentDoesAll(): Promise<string[]>;
  balanceMinor(username: string): Promise<number>;
  /** The instance's ledger entries: [kind, amount in minor units]. */
  entries(gid: string): Promise<[string, number][]>;
  row(gid: string): Promise<{ state: string; card_less: boolean; gpus: number; suspended_at: Date | null; expire_at: Date | null }>;
  events(gid: string): Promise<string[]>;
  audit(): Promise<{ ok: boolean; violations: unknown[] }>;
}

export async function startBillingWorld(t: { teardown(fn: () => unknown): void }, opts: { gpus?: number } = {}): Promise<BillingWorld> {
  const clock = new MovableClock(new Date());
  const previous = setClock(clock);
  t.teardown(() => void setClock(previous));
  // The scheduled job stays out of the way (once a year): the test runs the cycle itself.
  const w = await startApiWorld(t, { gpus: opts.gpus ?? 4, env: { BILLING_SCHEDULE: "0 0 1 1 *", INSTANCE_RETENTION_DAYS: String(RETENTION_DAYS) } });
  const db = createDb(w.cp.dbUrl, 2);
  t.teardown(() => db.destroy());
  const policy = { retentionDays: RETENTION_DAYS, settleEveryMs: HOUR };
  return {
    ...w,
    clock,
    db,
    advance: (ms) => void clock.advance(ms),
    cycle: () => runBillingCycle(db, clock.now(), policy),
    async agentDoesAll() {
      const done: string[] = [];
      for (;;) {
        const pending = await sql<{ command_id: string; instance_id: string; op: string }>(
          w.cp.dbUrl,
          "select command_id, instance_id, op from commands where status = 'pending' order by created_at, command_id",
        );
        if (pending.length === 0) return done;
        for (const c of pending) {
          const r = agentv1.CommandResult.create({
            commandId: c.command_id,
            instanceId: c.instance_id,
            status: CommandStatus.COMMAND_STATUS_SUCCEEDED,
            state: { instanceId: c.instance_id, containerId: `ctr-${c.instance_id}`, status: AFTER[c.op] ?? ContainerStatus.CONTAINER_STATUS_RUNNING },
            ...(c.op === "snapshot" ? { snapshot: { imageId: "sha256:abc", sizeBytes: 1, imageRef: "x:y" } } : {}),
          });
          await applyResult(db, w.hostId, agentv1.CommandResult.decode(agentv1.CommandResult.encode(r).finish()), quiet);
          done.push(`${c.op}:${c.instance_id}`);
        }
      }
    },
    async balanceMinor(username) {
      return (await sql<{ b: number }>(w.cp.dbUrl, "select balance_minor::float8 as b from users where username = $1", [username]))[0]!.b;
    },
    async entries(gid) {
      const rows = await sql<{ kind: string; amount: number }>(
        w.cp.dbUrl,
        "select kind, amount_minor::float8 as amount from ledger_entries where instance_id = $1 order by entry_id",
        [gid],
      );
      return rows.map((r) => [r.kind, r.amount]);
    },
    async row(gid) {
      const [r] = await sql<{ state: string; card_less: boolean; gpus: number; suspended_at: Date | null; expire_at: Date | null }>(
        w.cp.dbUrl,
        "select state, card_less, (select count(*)::int from instance_gpus g where g.instance_id = i.instance_id) as gpus, suspended_at, expire_at from instances i where instance_id = $1",
        [gid],
      );
      return r!;
    },
    async events(gid) {
      return (await sql<{ kind: string }>(w.cp.dbUrl, "select kind from instance_events where instance_id = $1 order by event_id", [gid])).map((r) => r.kind);
    },
    async audit() {
      return (await w.cp.api("GET", "/admin/ledger/audit")).body;
    },
  };
}
