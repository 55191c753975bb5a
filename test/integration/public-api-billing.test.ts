// Money at the public API before the billing job exists: hourly usage is settled at every state
// change at the rate that held, renew and lengthen move prepaid time, every entry once. Time
// passes by moving the instance's billing timestamps back in the database.
import t from "tap";
import { pino } from "pino";
import { agentv1, CommandStatus, ContainerStatus } from "@remotegpu/protocol";
import { createDb } from "../../packages/control-plane/src/db/knex.js";
import { applyContainerStates, applyResult } from "../../packages/control-plane/src/services/command-results.js";
import { sql } from "../helpers/database.js";
import { PRODUCT, startApiWorld, type ApiWorld } from "../helpers/customers.js";

const quiet = pino({ level: "silent" });

async function entries(w: ApiWorld, gid: string): Promise<[string, number][]> {
  const rows = await sql<{ kind: string; amount: number }>(
    w.cp.dbUrl,
    "select kind, amount_minor::float8 as amount from ledger_entries where instance_id = $1 order by entry_id",
    [gid],
  );
  return rows.map((r) => [r.kind, r.amount]);
}

/** As if `ms` had passed since the last settlement. */
async function pass(w: ApiWorld, gid: string, ms: number): Promise<void> {
  await sql(
    w.cp.dbUrl,
    "update instances set settled_until = settled_until - make_interval(secs => $2::float8 / 1000), expire_at = expire_at - make_interval(secs => $2::float8 / 1000) where instance_id = $1",
    [gid, ms],
  );
}

async function balance(w: ApiWorld, username: string): Promise<string> {
  return (await w.cp.api("GET", `/admin/users/${username}`)).body.balance;
}

/**
 * The agent's side, without an agent: results of the instance's pending commands applied the
 * way the hub applies them (the same service function, on the wire-decoded message).
 */
function agentSide(t: { teardown(fn: () => unknown): void }, w: ApiWorld, gid: string) {
  const db = createDb(w.cp.dbUrl, 2);
  t.teardown(() => db.destroy());
  const pending = async (op: string) =>
    (await sql<{ command_id: string }>(w.cp.dbUrl, "select command_id from commands where instance_id = $1 and op = $2 and status = 'pending'", [gid, op]))[0]!
      .command_id;
  return {
    db,
    async report(op: string, ok: boolean, status: number, extra: Record<string, unknown> = {}) {
      const r = agentv1.CommandResult.create({
        commandId: await pending(op),
        instanceId: gid,
        status: ok ? CommandStatus.COMMAND_STATUS_SUCCEEDED : CommandStatus.COMMAND_STATUS_FAILED,
        state: { instanceId: gid, status },
        ...extra,
      });
      await applyResult(db, w.hostId, agentv1.CommandResult.decode(agentv1.CommandResult.encode(r).finish()), quiet);
    },
  };
}

const BUY = (w: ApiWorld, payUnit: number, gpuCount = 1, extra = 0) => ({
  image_id: w.imageId,
  num: 1,
  gpu_type: PRODUCT.gpu_type,
  gpu_count: gpuCount,
  pay_unit: payUnit,
  room_name: "105",
  extra_disk_cap: extra,
});

t.test("hourly: each stretch at the rate of its condition, settled at every change", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("hourly", "100.00");
  const gid: string = (await w.call("/gpu/instances/buy", BUY(w, 4, 2, 100), u.token)).body.success[0].gid;
  t.same(await entries(w, gid), [], "nothing charged before it runs");
  await w.setState(gid, "Running");
  await pass(w, gid, 3_600_000);
  // stop: the hour running with 2 GPUs at 2.00 each plus 100 GB extra at 0.01/day (1/24 of 1.00).
  t.same((await w.call("/gpu/instances/stop", { gid }, u.token)).body.success, [gid]);
  t.same(await entries(w, gid), [["usage", -(400 + 4)]], "4.00 for the GPUs, 0.04 for the disk (0.0416.. carried)");
  await w.setState(gid, "Stopped");
  await pass(w, gid, 1_800_000);
  t.same((await w.call("/gpu/instances/stop", { gid, card_less: true }, u.token)).body.fails, [
    { gid, code: "INVALID_STATE", message: "card-less stop is not possible while the instance is Stopped" },
  ]);
  // A plain stop keeps the GPUs: still billed at the GPU rate; starting settles it.
  t.same((await w.call("/gpu/instances/start", { gid }, u.token)).body.success, [gid]);
  const e = await entries(w, gid);
  t.equal(e.length, 2);
  t.equal(e[1]![1], -(200 + 2), "half an hour stopped with GPUs held: 2.00, disk 0.02");
  const [row] = await sql<{ carry: number }>(w.cp.dbUrl, "select settle_carry::float8 as carry from instances where instance_id = $1", [gid]);
  t.ok(row!.carry > 0, "the fraction of a cent is carried, not dropped");
  t.equal(await balance(w, "hourly"), (10_000 - 404 - 202) / 100 + "", "the balance follows");
});

t.test("renew and lengthen: charged in advance, expire_at moved, unused time credited", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("prepaid", "10000.00");
  // Renewed before it ever ran: the time waits for it.
  const daily: string = (await w.call("/gpu/instances/buy", BUY(w, 1), u.token)).body.success[0].gid;
  t.same((await w.call("/gpu/instances/renew", { gid: daily, pay_period: 3 }, u.token)).body.success, [daily]);
  t.match((await w.call("/gpu/instances/renew", { gid: daily, pay_period: 2 }, u.token)).body.fails, [{ code: "INVALID_ARGUMENT", message: /1, 3, 7/ }]);
  const [waiting] = await sql<{ prepaid_seconds: number; expire_at: Date | null }>(
    w.cp.dbUrl,
    "select prepaid_seconds::float8 as prepaid_seconds, expire_at from instances where instance_id = $1",
    [daily],
  );
  t.same(waiting, { prepaid_seconds: 4 * 86_400, expire_at: null });
  await w.setState(daily, "Running");
  const [started] = await sql<{ left: number }>(
    w.cp.dbUrl,
    "select extract(epoch from expire_at - now())::float8 as left from instances where instance_id = $1",
    [daily],
  );
  t.ok(Math.abs(started!.left - 4 * 86_400) < 60, "4 days from when it first ran");
  t.same(await entries(w, daily), [
    ["purchase", -4000],
    ["renewal", -12_000],
  ]);

  // daily → monthly after one day: 3 unused days credited at 40.00, one month charged.
  await pass(w, daily, 86_400_000);
  t.same((await w.call("/gpu/instances/lengthen", { gid: daily, pay_unit: 2 }, u.token)).body.success, [daily]);
  const e = await entries(w, daily);
  t.equal(e[2]![0], "credit");
  t.ok(Math.abs(e[2]![1] - 12_000) <= 1, `3 days credited pro rata (${e[2]![1]})`);
  t.same(e[3], ["lengthen", -100_000]);
  const [monthly] = await sql<{ pay_unit: number; left: number }>(
    w.cp.dbUrl,
    "select pay_unit, extract(epoch from expire_at - now())::float8 as left from instances where instance_id = $1",
    [daily],
  );
  t.equal(monthly!.pay_unit, 2);
  t.ok(Math.abs(monthly!.left - 30 * 86_400) < 60, "expire_at = now + 30 days");
  t.match(
    (await w.call("/gpu/instances/lengthen", { gid: daily, pay_unit: 1 }, u.token)).body.fails,
    [{ code: "INVALID_STATE", message: /monthly/ }],
    "monthly → anything is refused",
  );

  // hourly → daily: what it owes is settled first.
  const hourly: string = (await w.call("/gpu/instances/buy", BUY(w, 4), u.token)).body.success[0].gid;
  await w.setState(hourly, "Running");
  await pass(w, hourly, 1_800_000);
  t.same((await w.call("/gpu/instances/lengthen", { gid: hourly, pay_unit: 1 }, u.token)).body.success, [hourly]);
  t.same(
    await entries(w, hourly),
    [
      ["usage", -100],
      ["lengthen", -4000],
    ],
    "half an hour at 2.00, then a day at 40.00",
  );
  const [sum] = await sql<{ total: number; balance: number }>(
    w.cp.dbUrl,
    "select (select sum(amount_minor) from ledger_entries where user_id = u.user_id)::float8 as total, u.balance_minor::float8 as balance from users u where username = 'prepaid'",
  );
  t.equal(sum!.total, sum!.balance, "balance = sum of entries");

  // Lengthen needs the money; refused whole.
  const poor = await w.newCustomer("poor", "3.00");
  const p: string = (await w.call("/gpu/instances/buy", BUY(w, 4), poor.token)).body.success[0].gid;
  await w.setState(p, "Running");
  t.match((await w.call("/gpu/instances/lengthen", { gid: p, pay_unit: 1 }, poor.token)).body.fails, [{ code: "INSUFFICIENT_BALANCE" }]);
  t.same(await entries(w, p), [], "nothing charged, not even the settlement (the transaction rolled back)");
  const [still] = await sql<{ pay_unit: number }>(w.cp.dbUrl, "select pay_unit from instances where instance_id = $1", [p]);
  t.equal(still!.pay_unit, 4);
});

t.test("starting an hourly instance needs one hour at its rate", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("low", "2.50");
  const gid: string = (await w.call("/gpu/instances/buy", BUY(w, 4, 1), u.token)).body.success[0].gid;
  await w.setState(gid, "Stopped");
  await sql(w.cp.dbUrl, "update users set balance_minor = 150 where username = 'low'");
  t.match((await w.call("/gpu/instances/start", { gid }, u.token)).body.fails, [{ gid, code: "INSUFFICIENT_BALANCE", message: /1\.50.*2\.00/ }]);
  t.same((await w.call("/gpu/instances/cardless/start", { gid }, u.token)).body.success, [gid], "card-less (0.10/h) is affordable");
});

t.test("agent results drive the money: billing starts at the first Running, a failed snapshot marks the image failed", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("results", "100.00");
  const gid: string = (await w.call("/gpu/instances/buy", BUY(w, 1), u.token)).body.success[0].gid;
  const agent = agentSide(t, w, gid);
  await agent.report("create", true, ContainerStatus.CONTAINER_STATUS_RUNNING);
  const [i] = await sql<{ state: string; left: number; started: boolean }>(
    w.cp.dbUrl,
    "select state, extract(epoch from expire_at - now())::float8 as left, billing_started_at is not null as started from instances where instance_id = $1",
    [gid],
  );
  t.equal(i!.state, "Running");
  t.ok(i!.started && Math.abs(i!.left - 86_400) < 60, "the day starts when the container first runs");
  const snap = await w.call("/gpu/instance/snapshot", { gid, name: "will fail" }, u.token);
  const mine = async () => (await w.call("/gpu/images/mine", {}, u.token)).body.items[0];
  t.match(await mine(), { image_id: snap.body.image_id, status: "saving" });
  await agent.report("snapshot", false, ContainerStatus.CONTAINER_STATUS_RUNNING, { errorCode: "RUNTIME_ERROR", errorMessage: "disk full" });
  t.match(await mine(), { status: "failed", error: "RUNTIME_ERROR: disk full" });
  const rebuild = await w.call("/gpu/instances/rebuild", { gid, image_id: snap.body.image_id }, u.token);
  t.match(rebuild.body.fails, [{ code: "INVALID_STATE", message: /failed, not ready/ }], "a failed image cannot be used");
  t.equal((await w.cp.api("GET", "/admin/users/results")).body.balance, "60.00", "one day charged, nothing refunded: it ran");
});

t.test("a start pays what is owed first; the hour it needs must be left after that", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("owes", "21.00");
  const gid: string = (await w.call("/gpu/instances/buy", BUY(w, 4, 1), u.token)).body.success[0].gid;
  await w.setState(gid, "Stopped");
  await pass(w, gid, 10 * 3_600_000); // stopped with its GPU held: 20.00 owed
  const r = await w.call("/gpu/instances/start", { gid }, u.token);
  t.match(r.body.fails, [{ gid, code: "INSUFFICIENT_BALANCE", message: /1\.00.*2\.00/ }], "21.00 - 20.00 owed leaves less than an hour");
  t.same(await entries(w, gid), [], "refused whole: the settlement rolled back too");
  await w.cp.api("POST", "/admin/users/owes/recharge", { amount: "1.00" });
  t.same((await w.call("/gpu/instances/start", { gid }, u.token)).body.success, [gid]);
  t.same(await entries(w, gid), [["usage", -2000]]);
  t.equal(await balance(w, "owes"), "2.00");
});

t.test("a renewal after its Idempotency-Key was forgotten is a new renewal, charged again", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("renewer", "1000.00");
  const gid: string = (await w.call("/gpu/instances/buy", BUY(w, 1), u.token)).body.success[0].gid;
  await w.setState(gid, "Running");
  const key = { "idempotency-key": "renew-once" };
  t.same((await w.call("/gpu/instances/renew", { gid, pay_period: 7 }, u.token, key)).body.success, [gid]);
  t.equal((await w.call("/gpu/instances/renew", { gid, pay_period: 7 }, u.token, key)).headers.get("idempotent-replayed"), "true");
  t.equal(await balance(w, "renewer"), "680.00", "40.00 bought, 7 x 40.00 renewed once");
  await sql(w.cp.dbUrl, "delete from idempotent_requests"); // what the retention job does after a day
  t.same((await w.call("/gpu/instances/renew", { gid, pay_period: 7 }, u.token, key)).body.success, [gid]);
  t.equal(await balance(w, "renewer"), "400.00", "the time it adds is paid for");
});

t.test("a prepaid instance whose container vanished gives its GPUs back and is credited its unused time when destroyed", async (t) => {
  const w = await startApiWorld(t);
  const u = await w.newCustomer("broken", "1000.00");
  const gid: string = (await w.call("/gpu/instances/buy", BUY(w, 2), u.token)).body.success[0].gid;
  const agent = agentSide(t, w, gid);
  await agent.report("create", true, ContainerStatus.CONTAINER_STATUS_RUNNING);
  // Fifteen days pass, then the host reports the container gone.
  await sql(w.cp.dbUrl, "update instances set expire_at = now() + interval '15 days' where instance_id = $1", [gid]);
  await applyContainerStates(agent.db, w.hostId, [agentv1.ContainerState.create({ instanceId: gid, status: ContainerStatus.CONTAINER_STATUS_MISSING })]);
  const [i] = await sql<{ state: string; gpus: number }>(
    w.cp.dbUrl,
    "select state, (select count(*)::int from instance_gpus g where g.instance_id = i.instance_id) as gpus from instances i where instance_id = $1",
    [gid],
  );
  t.same(i, { state: "Error", gpus: 0 });
  t.same((await w.call("/gpu/instances/destroy", { gid }, u.token)).body.success, [gid]);
  await agent.report("destroy", true, ContainerStatus.CONTAINER_STATUS_REMOVED);
  const e = await entries(w, gid);
  t.same(e[0], ["purchase", -100_000]);
  t.equal(e[1]![0], "credit");
  t.ok(Math.abs(e[1]![1] - 50_000) <= 2, `half of the month back (${e[1]![1]})`);
  t.equal(e.length, 2, "credited once");
});
