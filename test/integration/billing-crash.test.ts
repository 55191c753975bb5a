// The billing job survives kill -9 and runs safely on two replicas at once (SPEC §3, issue
// "billing"): the job runs in a child process (test/support/billing-cycle-child.ts) over
// thousands of instances of hundreds of users, some of whom run out of money midway.
//   - Crash: on database A it is killed with SIGKILL at random moments many times, then run to
//     the end, then run twice more.
//   - Control: on database B, arranged identically, it runs once, never interrupted.
//   - Replicas: on database C, arranged identically, two processes run it at the same moment.
// Afterwards each ledger passes the audit, and A, B and C hold the same books: every balance,
// every ledger entry (key, amount, period), every instance's state, suspension, settlement,
// GPUs and commands (one pending command where one is needed, never two), every event. The
// two runs after A's completion change nothing at all.
// The kill moments come from a seeded RNG: BILLING_CRASH_SEED=<seed> repeats a run.
import t, { type Test } from "tap";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { BillingCycleOutcome } from "../../packages/control-plane/src/services/billing-cycle.js";
import { createDb } from "../../packages/control-plane/src/db/knex.js";
import { migrateLatest } from "../../packages/control-plane/src/db/migrate.js";
import { parseSecretKeys, SecretBox } from "../../packages/control-plane/src/domain/secret-box.js";
import { PURPOSES } from "../../packages/control-plane/src/services/secrets.js";
import { auditLedger } from "../../packages/control-plane/src/services/views/ledger-audit.js";
import { freshDatabase, sql } from "../helpers/database.js";
import { ROOT, SECRET_KEYS } from "../helpers/processes.js";

type TestLike = { teardown(fn: () => unknown): void };

const CHILD = join(ROOT, "test", "support", "billing-cycle-child.ts");
const TSX = ["--conditions=remotegpu-source", "--import", "tsx"];

/** The billing clock of every run: fixed, so that the three databases can be compared. */
const NOW = new Date("2031-03-01T12:00:00.000Z");
const USERS = 200;
const HOURLY = 3000;
const DAILY = 200;
const HOSTS = 16;
const GPUS_PER_HOST = 200; // HOSTS x GPUS_PER_HOST >= HOURLY + DAILY: instance g has GPU g-1
/** Kills: at least MIN_KILLS, each after a random delay of up to MAX_DELAY_MS (longer while kills find no progress). */
const MIN_KILLS = 8;
const MAX_KILLS = 40;
const MAX_DELAY_MS = 1500;

// ---------------------------------------------------------------------------------------------
// Arranging: the same rows in every database, derived from the row numbers only.

// Sealed as the control plane stores it (the billing child opens it when it issues a stop).
const ROOT_PASSWORD = new SecretBox(parseSecretKeys(SECRET_KEYS)).sealText("pw-crash-test", PURPOSES.password);
const SPEC = JSON.stringify({ cpu_millis: 1000, memory_bytes: 1 << 30, root_password: ROOT_PASSWORD, data_disk_bytes: 0, env: {}, ports: [], pids_limit: 0 });
const PRICES = JSON.stringify({ hour: 200, day: 4000, month: 100000, cardless_hour: 10, disk_gb_day: 1 });

/**
 * Users n = 1..200: n % 20 = 0 have no money at all; n % 20 in 1..3 have a little (500 to 4,499
 * minor units: less than their instances owe, so they run out midway); the others plenty.
 * Hourly instances g = 1..3000 belong to user g % 200 + 1 (so g % 20 = 19 are the penniless
 * users' and g % 20 in 0..2 the poor ones'), one in each round r = (g - 1) / 200 = 0..14 per
 * user, with 0-5 hours unsettled and a carry:
 *   r = 0, g % 20 = 19    Stopped, suspended 8+ days ago (beyond the retention): destroyed
 *   r = 1, g % 20 = 19    Stopped, suspended 2 days ago: left alone
 *   r = 1, g % 10 = 5     Stopped, suspended 3 days ago, the owner has money: lifted
 *   r = 1, g % 10 in 0, 7 Running, suspended 30-50 minutes ago, no stop issued yet: lifted
 *                         when the owner still has money after settling (stopped when not)
 *   r = 3 or 8            Stopped with its GPU (charged the GPU rate)
 *   r = 5                 Stopped without GPU, 100 GB extra disk (charged the disk only)
 *   r = 11                Running card-less (charged the card-less rate)
 *   otherwise             Running with its GPU, every 5th with 50 GB extra disk
 * Daily instances g = 3001..3200:
 *   g % 5 = 0     Running, expired 1-48 hours ago: a stop command
 *   g % 5 = 1     Stopped with its GPU, expired 1-72 hours ago: Expired, GPU released
 *   g % 5 = 2     Stopped with its GPU, expired 8-10 days ago: Expired, then destroyed
 *   g % 5 = 3     Expired 9 days ago: destroyed
 *   g % 5 = 4     Running, expires in 1-48 hours: left alone
 */
const ARRANGE = `
BEGIN;
INSERT INTO hosts (host_id, room_name, credential_hash, heartbeat_interval_ms)
  SELECT 'host-' || lpad(to_hex(h), 16, '0'), '105', sha256(h::text::bytea), 3600000 FROM generate_series(1, ${HOSTS}) h;
INSERT INTO gpus (host_id, gpu_index, uuid, name)
  SELECT 'host-' || lpad(to_hex(h), 16, '0'), i, 'GPU-' || h || '-' || i, 'NVIDIA H100 80GB HBM3'
    FROM generate_series(1, ${HOSTS}) h, generate_series(0, ${GPUS_PER_HOST - 1}) i;
INSERT INTO users (username, password_hash)
  SELECT 'user' || lpad(n::text, 4, '0'), 'not-a-password' FROM generate_series(1, ${USERS}) n ORDER BY n;

-- Balances come from the ledger: a recharge entry and its two postings per user with money.
INSERT INTO ledger_entries (user_id, amount_minor, balance_after_minor, kind, idempotency_key)
  SELECT user_id, b, b, 'recharge', 'recharge:crash-test:' || username
    FROM (SELECT user_id, username,
                 CASE WHEN n % 20 = 0 THEN 0 WHEN n % 20 BETWEEN 1 AND 3 THEN 500 + (n * 131) % 4000 ELSE 1000000 END AS b
            FROM (SELECT user_id, username, substr(username, 5)::int AS n FROM users) u) s
   WHERE b > 0 ORDER BY user_id;
INSERT INTO ledger_postings (entry_id, account, amount_minor)
  SELECT entry_id, 'wallet:' || user_id, amount_minor FROM ledger_entries
  UNION ALL SELECT entry_id, 'system:cash', -amount_minor FROM ledger_entries;
UPDATE users u SET balance_minor = e.amount_minor FROM ledger_entries e WHERE e.user_id = u.user_id;

CREATE TEMP TABLE arranged ON COMMIT DROP AS
  SELECT g, 'gpu-105' || lpad(g::text, 5, '0') AS instance_id,
         'host-' || lpad(to_hex((g - 1) / ${GPUS_PER_HOST} + 1), 16, '0') AS host_id,
         (g - 1) % ${GPUS_PER_HOST} AS gpu_index,
         'user' || lpad((g % ${USERS} + 1)::text, 4, '0') AS username,
         CASE WHEN g > ${HOURLY} THEN
                CASE g % 5 WHEN 0 THEN 'daily-running-expired' WHEN 1 THEN 'daily-stopped-expired' WHEN 2 THEN 'daily-stopped-long-expired'
                           WHEN 3 THEN 'daily-expired' ELSE 'daily-running' END
              WHEN (g - 1) / ${USERS} = 0 AND g % 20 = 19 THEN 'suspended-long-ago'
              WHEN (g - 1) / ${USERS} = 1 AND g % 20 = 19 THEN 'suspended-recently'
              WHEN (g - 1) / ${USERS} = 1 AND g % 10 = 5 THEN 'suspended-paid'
              WHEN (g - 1) / ${USERS} = 1 AND g % 10 IN (0, 7) THEN 'suspended-running'
              WHEN (g - 1) / ${USERS} IN (3, 8) THEN 'stopped-gpu'
              WHEN (g - 1) / ${USERS} = 5 THEN 'stopped-disk'
              WHEN (g - 1) / ${USERS} = 11 THEN 'cardless'
              ELSE 'running' END AS kind,
         $1::timestamptz - make_interval(secs => (g * 7919) % 18000) AS unsettled_from
    FROM generate_series(1, ${HOURLY + DAILY}) g;

INSERT INTO instances (instance_id, host_id, room_name, state, card_less, gpu_count, image_ref, spec, user_id, pay_unit, prices,
                       extra_disk_gb, billing_started_at, settled_until, settle_carry, suspended_at, expire_at, running_since, usage_period_start)
  SELECT a.instance_id, a.host_id, '105',
         CASE WHEN a.kind IN ('running', 'cardless', 'suspended-running', 'daily-running-expired', 'daily-running') THEN 'Running'
              WHEN a.kind = 'daily-expired' THEN 'Expired' ELSE 'Stopped' END,
         a.kind IN ('cardless', 'stopped-disk', 'suspended-long-ago', 'suspended-recently', 'suspended-paid', 'daily-expired'),
         1, 'registry.example.com/ubuntu-cuda:12', $2::jsonb, u.user_id,
         CASE WHEN a.g > ${HOURLY} THEN 1 ELSE 4 END, $3::jsonb,
         CASE WHEN a.kind = 'stopped-disk' THEN 100 WHEN a.kind = 'running' AND a.g % 5 = 0 THEN 50 ELSE 0 END,
         CASE WHEN a.g > ${HOURLY} THEN x.expire_at - interval '1 day'
              WHEN x.suspended_at IS NOT NULL THEN x.suspended_at - interval '1 day'
              ELSE a.unsettled_from - make_interval(secs => (a.g * 31) % 7200) END,
         CASE WHEN a.g > ${HOURLY} THEN NULL ELSE coalesce(x.suspended_at, a.unsettled_from) END,
         CASE WHEN a.g > ${HOURLY} OR x.suspended_at IS NOT NULL THEN 0 ELSE (a.g::bigint * 104729) % 86400000 END,
         x.suspended_at, x.expire_at,
         CASE WHEN a.kind IN ('running', 'cardless', 'suspended-running', 'daily-running-expired', 'daily-running') THEN $1::timestamptz - interval '2 days' END,
         -- Nothing was ever posted for them: the next usage entry covers the time since billing began.
         CASE WHEN a.g <= ${HOURLY} AND x.suspended_at IS NULL THEN a.unsettled_from - make_interval(secs => (a.g * 31) % 7200) END
    FROM arranged a
    JOIN users u USING (username)
    CROSS JOIN LATERAL (SELECT
         CASE a.kind WHEN 'suspended-long-ago' THEN $1::timestamptz - interval '8 days' - make_interval(hours => a.g % 24)
                     WHEN 'suspended-recently' THEN $1::timestamptz - interval '2 days' - make_interval(hours => a.g % 24)
                     WHEN 'suspended-paid' THEN $1::timestamptz - interval '3 days' - make_interval(hours => a.g % 24)
                     WHEN 'suspended-running' THEN $1::timestamptz - interval '30 minutes' - make_interval(mins => a.g % 20) END AS suspended_at,
         CASE a.kind WHEN 'daily-running-expired' THEN $1::timestamptz - make_interval(hours => 1 + a.g % 48)
                     WHEN 'daily-stopped-expired' THEN $1::timestamptz - make_interval(hours => 1 + a.g % 72)
                     WHEN 'daily-stopped-long-expired' THEN $1::timestamptz - interval '8 days' - make_interval(hours => a.g % 48)
                     WHEN 'daily-expired' THEN $1::timestamptz - interval '9 days'
                     WHEN 'daily-running' THEN $1::timestamptz + make_interval(hours => 1 + a.g % 48) END AS expire_at) x
   ORDER BY a.g;

INSERT INTO instance_gpus (host_id, gpu_index, instance_id, reserved_at)
  SELECT host_id, gpu_index, instance_id, $1::timestamptz - interval '10 days' FROM arranged
   WHERE kind IN ('running', 'stopped-gpu', 'suspended-running', 'daily-running-expired', 'daily-stopped-expired', 'daily-stopped-long-expired', 'daily-running');
COMMIT;
`;

async function arrange(t: TestLike): Promise<string> {
  const url = await freshDatabase(t);
  const db = createDb(url, 2);
  try {
    await migrateLatest(db);
    // One multi-statement query (simple protocol cannot take parameters): the values inline.
    await db.raw(
      ARRANGE.replaceAll("$1::timestamptz", `'${NOW.toISOString()}'::timestamptz`)
        .replaceAll("$2::jsonb", `'${SPEC}'::jsonb`)
        .replaceAll("$3::jsonb", `'${PRICES}'::jsonb`),
    );
  } finally {
    await db.destroy();
  }
  return url;
}

// ---------------------------------------------------------------------------------------------
// The job in a child process.

type Outcome = BillingCycleOutcome;

class JobProcess {
  readonly child: ChildProcess;
  readonly lines: string[] = [];
  readonly ready: Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  startedAt = 0;

  constructor(url: string) {
    this.child = spawn(process.execPath, [...TSX, CHILD], {
      cwd: ROOT,
      env: { ...process.env, BILLING_DB_URL: url, BILLING_NOW: NOW.toISOString() },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const seen = new Promise<void>((resolve) => {
      for (const stream of [this.child.stdout!, this.child.stderr!]) {
        createInterface({ input: stream }).on("line", (line) => {
          this.lines.push(line);
          if (line === "ready") resolve();
        });
      }
    });
    // "close": the process has exited and its output has been read to the end.
    this.exited = new Promise((resolve) => this.child.on("close", (code, signal) => resolve({ code, signal })));
    this.ready = Promise.race([seen, this.exited.then(() => Promise.reject(new Error(`the job exited before it was ready:\n${this.lines.join("\n")}`)))]);
    this.ready.catch(() => undefined); // a process killed before anyone waits for it is no error
  }

  /** Lets the cycle begin (the process is connected to the database by then). */
  go(): void {
    this.startedAt = Date.now();
    this.child.stdin!.end("go\n");
  }

  /** Waits for the cycle to finish (exit 0); its outcome. */
  async finished(timeoutMs = 240_000): Promise<Outcome> {
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs);
    const { code, signal } = await this.exited;
    clearTimeout(timer);
    if (code !== 0) throw new Error(`the billing job failed (exit ${code}, signal ${signal}):\n${this.lines.slice(-40).join("\n")}`);
    return JSON.parse(this.lines.findLast((l) => l.startsWith("{"))!) as Outcome;
  }
}

function startJob(t: TestLike, url: string): JobProcess {
  const p = new JobProcess(url);
  t.teardown(() => void p.child.kill("SIGKILL"));
  return p;
}

async function runToCompletion(t: TestLike, url: string): Promise<{ outcome: Outcome; ms: number }> {
  const p = startJob(t, url);
  await p.ready;
  p.go();
  const outcome = await p.finished();
  return { outcome, ms: Date.now() - p.startedAt };
}

/** mulberry32: a small seeded RNG, so that a failing run can be repeated. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// What a database holds, in a form that compares across databases (no generated ids, bigints
// as text, times as epoch milliseconds).

const ms = (col: string) => `(extract(epoch from ${col}) * 1000)::bigint::text`;

interface Books {
  balances: Record<string, unknown>[];
  instances: Record<string, unknown>[];
  entries: Record<string, unknown>[];
  commands: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

async function books(url: string): Promise<Books> {
  const [balances, instances, entries, commands, events] = await Promise.all([
    sql(url, "select username, balance_minor::text as balance from users order by username"),
    sql(
      url,
      `select i.instance_id, i.state, i.card_less, i.generation::text as generation, i.pending_command_id is not null as pending,
              ${ms("i.suspended_at")} as suspended_at, ${ms("i.settled_until")} as settled_until, i.settle_carry::text as carry,
              ${ms("i.expire_at")} as expire_at, ${ms("i.running_since")} as running_since,
              (select count(*) from instance_gpus g where g.instance_id = i.instance_id)::int as gpus,
              (select coalesce(sum(amount_minor), 0)::text from ledger_entries e where e.instance_id = i.instance_id and e.kind = 'usage') as usage,
              (select count(*) from ledger_entries e where e.instance_id = i.instance_id and e.kind = 'usage')::int as usage_entries
         from instances i order by i.instance_id`,
    ),
    sql(
      url,
      `select e.idempotency_key, e.kind, u.username, e.instance_id, e.amount_minor::text as amount, ${ms("e.period_start")} as period_start, ${ms("e.period_end")} as period_end
         from ledger_entries e join users u using (user_id) order by e.idempotency_key`,
    ),
    sql(
      url,
      `select c.instance_id, c.generation::text as generation, c.op, c.status, c.meta::text as meta,
              i.pending_command_id = c.command_id as is_pending_one
         from commands c join instances i using (instance_id) order by c.instance_id, c.generation`,
    ),
    sql(
      url,
      "select event_key, kind, user_id is not null as has_user, details::text as details, " + ms("at") + " as at from instance_events order by event_key",
    ),
  ]);
  return { balances, instances, entries, commands, events };
}

/** Rows that differ between two lists (by position), at most `limit` of them. */
function differences(a: Record<string, unknown>[], b: Record<string, unknown>[], limit = 8): string[] {
  const out: string[] = [];
  if (a.length !== b.length) out.push(`${a.length} rows against ${b.length}`);
  for (let k = 0; k < Math.max(a.length, b.length) && out.length < limit; k++) {
    const x = JSON.stringify(a[k]);
    const y = JSON.stringify(b[k]);
    if (x !== y) out.push(`${x} <> ${y}`);
  }
  return out;
}

function sameBooks(t: Test, what: string, a: Books, b: Books): void {
  for (const k of Object.keys(a) as (keyof Books)[]) t.same(differences(a[k], b[k]), [], `${what}: the same ${k}`);
}

/** The ledger audit, and what must hold of any database after the job, whatever happened to it. */
async function invariants(t: Test, name: string, url: string): Promise<void> {
  const db = createDb(url, 2);
  try {
    const audit = await auditLedger(db);
    t.same(audit.violations, [], `${name}: the audit finds no violation`);
    t.ok(audit.ok, `${name}: the audit is clean`);
    t.equal(audit.totals.cash_minor + audit.totals.revenue_minor + audit.totals.wallets_minor, 0, `${name}: the books sum to zero`);
  } finally {
    await db.destroy();
  }
  const [r] = await sql<Record<string, number>>(
    url,
    `select (select count(*) from users where balance_minor < 0)::int as negative_balances,
            (select count(*) from (select instance_id from commands where status = 'pending' group by instance_id having count(*) > 1) x)::int as two_pending,
            (select count(*) from instances i where i.pending_command_id is not null
               and not exists (select 1 from commands c where c.command_id = i.pending_command_id and c.status = 'pending'))::int as pending_without_command,
            (select count(*) from commands c where c.status = 'pending'
               and not exists (select 1 from instances i where i.pending_command_id = c.command_id))::int as command_not_pending,
            (select count(*) from instances i where i.generation <> (select count(*) from commands c where c.instance_id = i.instance_id))::int as generation_off,
            (select count(*) from instances i where i.pay_unit = 4 and i.billing_started_at is not null and i.state <> 'Destroyed'
               and (i.settled_until is null or i.settled_until > '${NOW.toISOString()}'::timestamptz))::int as settled_in_future,
            (select count(*) from instances i where (i.state = 'Expired' or (i.state = 'Stopped' and i.suspended_at is not null))
               and exists (select 1 from instance_gpus g where g.instance_id = i.instance_id))::int as idle_with_gpus`,
  );
  t.same(
    r,
    { negative_balances: 0, two_pending: 0, pending_without_command: 0, command_not_pending: 0, generation_off: 0, settled_in_future: 0, idle_with_gpus: 0 },
    `${name}: no negative balance, one pending command at most per instance, no idle instance holding GPUs`,
  );
}

/** How far a run got (to see where the kills landed). */
async function progress(url: string): Promise<string> {
  const [p] = await sql<{ usage: number; suspended: number; commands: number; expired: number; events: number }>(
    url,
    `select (select count(*) from ledger_entries where kind = 'usage')::int as usage,
            (select count(*) from instances where suspended_at is not null)::int as suspended,
            (select count(*) from commands)::int as commands,
            (select count(*) from instances where state = 'Expired')::int as expired,
            (select count(*) from instance_events)::int as events`,
  );
  return `${p!.usage} usage entries, ${p!.suspended} suspended, ${p!.expired} Expired, ${p!.commands} commands, ${p!.events} events`;
}

/**
 * Runs the job on `url` and kills it with SIGKILL after a random delay, again and again, until
 * it has been killed MIN_KILLS times and a run got to the end before its kill, or MAX_KILLS
 * kills. Every run goes on from what the killed ones committed, so the kills land all along
 * the job. A run first goes over what earlier runs did (users to settle, suspensions to lift):
 * when a kill finds no progress, the next delay may be longer (up to twice as long each time).
 * The next process starts while one runs, so that each kill is followed at once by a re-run.
 * Returns that next process (connected, not yet released) for the last run.
 */
async function killRepeatedly(
  t: TestLike,
  url: string,
  random: () => number,
  halt: AbortSignal,
): Promise<{ log: string[]; kills: number; midway: number; next: JobProcess }> {
  const log: string[] = [];
  const seen = new Set<string>([await progress(url)]);
  let kills = 0;
  let midway = 0;
  let span = MAX_DELAY_MS;
  let next = startJob(t, url);
  for (;;) {
    const p = next;
    await p.ready;
    if (halt.aborted) throw new Error("halted: another part of the test failed");
    next = startJob(t, url);
    const delay = Math.round(5 + random() * span);
    p.go();
    const timer = setTimeout(() => p.child.kill("SIGKILL"), delay);
    const { code, signal } = await p.exited;
    clearTimeout(timer);
    const where = await progress(url);
    if (signal === "SIGKILL") {
      kills += 1;
      const moved = !seen.has(where);
      if (moved) midway += 1;
      seen.add(where);
      span = moved ? MAX_DELAY_MS : Math.min(span * 2, 30_000);
      log.push(`kill ${kills} after ${delay} ms: ${where}`);
    } else if (code === 0) {
      log.push(`a run finished before its kill (${delay} ms): ${where}`);
      if (kills >= MIN_KILLS) break;
    } else {
      throw new Error(`the billing job failed (exit ${code}, signal ${signal}):\n${p.lines.slice(-40).join("\n")}`);
    }
    if (kills >= MAX_KILLS) break;
  }
  return { log, kills, midway, next };
}

/** Two processes of the job released at the same moment, both to the end. */
async function runReplicas(t: TestLike, url: string): Promise<[Outcome, Outcome]> {
  const r1 = startJob(t, url);
  const r2 = startJob(t, url);
  await Promise.all([r1.ready, r2.ready]);
  r1.go();
  r2.go();
  return Promise.all([r1.finished(), r2.finished()]);
}

// ---------------------------------------------------------------------------------------------

t.test("billing job: kill -9 at random moments, re-runs and two replicas give the books of an uninterrupted run", async (t) => {
  const seed = Number(process.env["BILLING_CRASH_SEED"] ?? Date.now() % 1_000_000);
  t.comment(`kill seed ${seed} (BILLING_CRASH_SEED=${seed} repeats it)`);
  const random = rng(seed);

  const started = Date.now();
  const [a, b, c] = await Promise.all([arrange(t), arrange(t), arrange(t)]);
  const before = await books(a);
  sameBooks(t, "arranged A and B", before, await books(b));
  sameBooks(t, "arranged A and C", before, await books(c));
  t.comment(`arranged three databases in ${Date.now() - started} ms`);

  // The three at once (separate databases): B never interrupted, A killed again and again, C
  // run by two replicas released at the same moment.
  const halt = new AbortController();
  const [control, crash, replicas] = await Promise.all([runToCompletion(t, b), killRepeatedly(t, a, random, halt.signal), runReplicas(t, c)]).catch(
    (err: unknown) => {
      halt.abort();
      throw err;
    },
  );
  t.comment(`B, uninterrupted: ${control.ms} ms, ${JSON.stringify(control.outcome)}`);
  for (const line of crash.log) t.comment(`A: ${line}`);
  t.comment(`C, replicas: ${JSON.stringify(replicas[0])} ${JSON.stringify(replicas[1])}`);

  // B: the books every other run must end with.
  await invariants(t, "B (uninterrupted)", b);
  const expected = await books(b);
  // The arrangement gives every step of the cycle work, so that a wrong job fails this test.
  const o = control.outcome;
  t.ok(
    o.settledUsers >= 100 && o.suspended >= 100 && o.lifted >= 20 && o.stopped >= 50 && o.expired >= 20 && o.destroyed >= 50,
    "every step of the cycle had work",
  );
  const [facts] = await sql<Record<string, number>>(
    b,
    `select (select count(*) from ledger_entries where kind = 'usage')::int as usage_entries,
            (select count(*) from users where balance_minor < 200)::int as out_of_money,
            (select count(*) from commands where op = 'stop_cardless')::int as stop_cardless,
            (select count(*) from commands where op = 'stop')::int as stop,
            (select count(*) from commands where op = 'destroy')::int as destroy,
            (select count(*) from instances where state = 'Expired')::int as expired,
            (select count(*) from instance_events where kind = 'suspension_lifted')::int as lifted`,
  );
  t.comment(`B: ${JSON.stringify(facts)}`);
  t.ok(facts!["usage_entries"]! > 1000, "usage was charged");
  t.ok(facts!["out_of_money"]! >= 20 && facts!["stop_cardless"]! >= 50, "owners ran out of money midway and their instances were stopped card-less");
  t.ok(
    facts!["stop"]! > 0 && facts!["destroy"]! > 0 && facts!["expired"]! > 0 && facts!["lifted"]! > 0,
    "expiry, retention and lifted suspensions did their part",
  );
  t.notSame(differences(before.balances, expected.balances), [], "balances moved");

  // A: the kills landed midway many times; one more run finishes the job; then the books are B's.
  t.ok(crash.kills >= MIN_KILLS && crash.midway >= 3, `the job was killed ${crash.kills} times, ${crash.midway} of them after progress`);
  const rest = crash.next;
  await rest.ready;
  rest.go();
  t.comment(`A, run after the kills: ${JSON.stringify(await rest.finished())}`);
  await invariants(t, "A (killed, then run to the end)", a);
  const crashed = await books(a);
  sameBooks(t, "A (killed, then run to the end) vs B (uninterrupted)", crashed, expected);

  // A again, twice: nothing left to do, nothing changes.
  for (const n of [1, 2]) {
    const again = await runToCompletion(t, a);
    t.same(
      again.outcome,
      { awayBoundaries: 0, settledUsers: 0, suspended: 0, lifted: 0, stopped: 0, expired: 0, destroyed: 0, skipped: 0, unfinished: false },
      `re-run ${n} does nothing`,
    );
  }
  sameBooks(t, "A after two more runs", await books(a), crashed);

  // C: two replicas at once end with B's books too.
  await invariants(t, "C (two replicas)", c);
  sameBooks(t, "C (two replicas) vs B (uninterrupted)", await books(c), expected);
  t.comment(`took ${Date.now() - started} ms in all`);
});
