// Property test of billing (fast-check): random sequences of customer operations, agent
// results, recharges, billing-cycle runs and clock moves, on one user's hourly instances. After
// each sequence: the audit is clean (balance = sum of entries, the chain, double entry, no
// negative balance, no usage period charged twice), and every instance was charged exactly what
// an independent model says its seconds cost: to the minor unit when its balance never ran out;
// otherwise never more (at most the fraction of a cent per suspension is given up).
import t from "tap";
import fc from "fast-check";
import { settleUser } from "../../packages/control-plane/src/services/billing-cycle.js";
import { sql } from "../helpers/database.js";
import { PRODUCT } from "../helpers/customers.js";
import { HOUR, startBillingWorld } from "../helpers/billing.js";

const DAY_MS = 86_400_000;
const RUNNING = ["Running", "Restarting", "Stopping", "Rebuilding"];

/** The model's price of one day in a condition (minor units): written from SPEC §3-§4, not from the code. */
function modelRate(r: { state: string; started: boolean; gpus: number; card_less: boolean; extra: number }): number {
  if (!r.started || ["Destroyed", "Error", "Expired", "Creating"].includes(r.state)) return 0;
  const disk = 1 * r.extra; // 0.01 per GB and day
  if (r.gpus > 0) return 200 * 24 * r.gpus + disk;
  if (RUNNING.includes(r.state)) return 10 * 24 + disk; // running without a GPU
  return disk;
}

type Action =
  | { kind: "advance"; ms: number }
  | { kind: "cycle" }
  | { kind: "agent" }
  | { kind: "recharge"; minor: number }
  | { kind: "op"; which: number; path: string; body: Record<string, unknown> };

const OPS: [string, Record<string, unknown>][] = [
  ["/gpu/instances/stop", {}],
  ["/gpu/instances/stop", { card_less: true }],
  ["/gpu/instances/start", {}],
  ["/gpu/instances/cardless/start", {}],
  ["/gpu/instances/restart", {}],
];

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1_000, max: 3 * HOUR }).map((ms) => ({ kind: "advance" as const, ms })) },
  { weight: 3, arbitrary: fc.constant({ kind: "cycle" as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: "agent" as const }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1500 }).map((minor) => ({ kind: "recharge" as const, minor })) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: OPS.length - 1 }))
      .map(([which, k]) => ({ kind: "op" as const, which, path: OPS[k]![0], body: OPS[k]![1] })),
  },
);

interface Segment {
  from: number;
  to: number;
  rate: number;
}

t.test("random operations and clock moves: the books balance and every second is charged once", async (t) => {
  const w = await startBillingWorld(t, { gpus: 4 });
  let run = 0;
  let withSuspension = 0;
  const seed = Number(process.env["PROPERTY_SEED"] ?? Date.now() % 1_000_000);
  t.comment(`fast-check seed ${seed} (PROPERTY_SEED=${seed} repeats it)`);

  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 300, max: 3000 }), fc.array(action, { minLength: 4, maxLength: 24 }), async (startMinor, actions) => {
      run += 1;
      const username = `prop${run}`;
      const u = await w.newCustomer(username, (startMinor / 100).toFixed(2));
      const gids: string[] = [];
      for (const extra of [0, 50]) {
        const r = await w.call(
          "/gpu/instances/buy",
          { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105", extra_disk_cap: extra },
          u.token,
        );
        if (r.body.success?.length === 1) gids.push(r.body.success[0].gid);
      }
      await w.agentDoesAll();
      const segments = new Map<string, Segment[]>(gids.map((g) => [g, []]));
      const rates = async () => {
        const rows = await sql<{ instance_id: string; state: string; started: boolean; gpus: number; card_less: boolean; extra: number }>(
          w.cp.dbUrl,
          "select instance_id, state, billing_started_at is not null as started, (select count(*)::int from instance_gpus g where g.instance_id = i.instance_id) as gpus, card_less, extra_disk_gb as extra from instances i where instance_id = any($1)",
          [gids],
        );
        return new Map(rows.map((r) => [r.instance_id, modelRate(r)]));
      };
      let current = await rates();
      let last = w.clock.now().getTime();
      for (const a of actions) {
        if (a.kind === "advance") {
          // Time passes at the rates of the conditions the last step left.
          w.advance(a.ms);
          const now = w.clock.now().getTime();
          for (const g of gids) segments.get(g)!.push({ from: last, to: now, rate: current.get(g) ?? 0 });
          last = now;
        } else if (a.kind === "cycle") await w.cycle();
        else if (a.kind === "agent") await w.agentDoesAll();
        else if (a.kind === "recharge") await w.cp.api("POST", `/admin/users/${username}/recharge`, { amount: (a.minor / 100).toFixed(2) });
        else if (gids[a.which]) await w.call(a.path, { gid: gids[a.which], ...a.body }, u.token);
        current = await rates();
      }
      // Everything owed up to now is settled, as the next job run would.
      const [user] = await sql<{ user_id: number }>(w.cp.dbUrl, "select user_id::float8 as user_id from users where username = $1", [username]);
      await settleUser(w.db, user!.user_id, w.clock.now());

      const audit = await w.audit();
      if (!audit.ok) throw new Error(`audit: ${JSON.stringify(audit.violations)}`);
      for (const g of gids) {
        const events = await sql<{ kind: string; at: Date }>(
          w.cp.dbUrl,
          "select kind, at from instance_events where instance_id = $1 and kind in ('balance_exhausted', 'suspension_lifted') order by event_id",
          [g],
        );
        // Windows in which nothing may be charged: from a suspension to its lifting.
        const windows: [number, number][] = [];
        for (const e of events) {
          const open = windows.length > 0 && windows[windows.length - 1]![1] === Number.MAX_SAFE_INTEGER;
          // The history must alternate: overlapping windows would take suspended time off twice.
          if (e.kind === "balance_exhausted" && open)
            throw new Error(`${g}: suspended again at ${e.at.toISOString()} with no lift recorded since the last suspension`);
          if (e.kind === "suspension_lifted" && !open) throw new Error(`${g}: a lift at ${e.at.toISOString()} with no suspension recorded before it`);
          if (e.kind === "balance_exhausted") windows.push([e.at.getTime(), Number.MAX_SAFE_INTEGER]);
          else windows[windows.length - 1]![1] = e.at.getTime();
        }
        let exact = 0n;
        for (const s of segments.get(g)!) {
          let ms = s.to - s.from;
          for (const [a, b] of windows) ms -= Math.max(0, Math.min(s.to, b) - Math.max(s.from, a));
          exact += BigInt(s.rate) * BigInt(ms);
        }
        const expected = Number(exact / BigInt(DAY_MS));
        const [row] = await sql<{ charged: number }>(
          w.cp.dbUrl,
          "select coalesce(-sum(amount_minor), 0)::float8 as charged from ledger_entries where instance_id = $1 and kind = 'usage'",
          [g],
        );
        const charged = row!.charged;
        const suspensions = windows.length;
        if (suspensions > 0) withSuspension += 1;
        if (charged > expected || charged < expected - suspensions) {
          throw new Error(
            `${g}: charged ${charged}, the model says ${expected} (${suspensions} suspension(s)); segments ${JSON.stringify(segments.get(g))}, windows ${JSON.stringify(windows)}`,
          );
        }
      }
      const [b] = await sql<{ balance: number }>(w.cp.dbUrl, "select balance_minor::float8 as balance from users where username = $1", [username]);
      if (b!.balance < 0) throw new Error(`negative balance ${b!.balance}`);
      // Out of the way of the next run: its GPUs back, its commands done.
      await sql(w.cp.dbUrl, "update commands set status = 'succeeded', finished_at = now() where instance_id = any($1) and status = 'pending'", [gids]);
      await sql(w.cp.dbUrl, "delete from instance_gpus where instance_id = any($1)", [gids]);
      await sql(w.cp.dbUrl, "update instances set state = 'Destroyed', pending_command_id = null, suspended_at = null where instance_id = any($1)", [gids]);
    }),
    { numRuns: Number(process.env["PROPERTY_RUNS"] ?? 40), seed, endOnFailure: true },
  );
  t.ok(run >= 10, `${run} random sequences held every property`);
  t.ok(withSuspension > 0, `${withSuspension} instance(s) ran out of balance on the way (the capped case was exercised)`);
});
