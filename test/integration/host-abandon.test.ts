// POST /admin/hosts/{id}/abandon: a host that does not come back is given up. Its pending
// commands fail (ABANDONED), its instances end in Error for good (GPUs released, hourly time
// settled with the away time at the disk rate, prepaid time credited or refunded) and are never
// charged again; they cannot be started, are destroyed at once without a command (by their
// owner or by the retention), and if the host comes back after all their containers are removed
// rather than revived. The agent's side is played by applying results as the hub does.
import t from "tap";
import { pino } from "pino";
import { ContainerStatus, agentv1 } from "@remotegpu/protocol";
import { applyContainerStates, reconcileHost } from "../../packages/control-plane/src/services/command-results.js";
import { PRODUCT } from "../helpers/customers.js";
import { sql } from "../helpers/database.js";
import { DAY, HOUR, RETENTION_DAYS, startBillingWorld, type BillingWorld } from "../helpers/billing.js";

const MIN = 60_000;
const quiet = pino({ level: "silent" });

const buy = async (w: BillingWorld, token: string, payUnit: number, extra = 0): Promise<string> => {
  const r = await w.call(
    "/gpu/instances/buy",
    { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: payUnit, room_name: "105", extra_disk_cap: extra },
    token,
  );
  if (r.status !== 200) throw new Error(`buy: ${JSON.stringify(r.body)}`);
  return r.body.success[0].gid;
};

/** The host went offline at `offlineAt` and its grace ended 10 minutes later (as the sweep records it). */
async function hostGone(w: BillingWorld, offlineAt: number): Promise<void> {
  await sql(w.cp.dbUrl, "update hosts set status = 'offline', status_changed_at = $2 where host_id = $1", [w.hostId, new Date(offlineAt)]);
  await sql(w.cp.dbUrl, "insert into host_away_periods (host_id, offline_at, starts_at) values ($1, $2, $3)", [
    w.hostId,
    new Date(offlineAt),
    new Date(offlineAt + 10 * MIN),
  ]);
}

const commandCount = async (w: BillingWorld, gid: string) =>
  (await sql<{ n: number }>(w.cp.dbUrl, "select count(*)::int as n from commands where instance_id = $1", [gid]))[0]!.n;

t.test("abandoning a host: commands fail, instances end in Error with their money settled, and stay final", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("stranded", "1000.00");
  const hourly = await buy(w, u.token, 4, 100);
  const daily = await buy(w, u.token, 1);
  const stopping = await buy(w, u.token, 4);
  await w.agentDoesAll();
  const t0 = w.clock.now().getTime();
  const never = await buy(w, u.token, 1); // its create never reaches the host
  t.same((await w.call("/gpu/instances/stop", { gid: stopping }, u.token)).body.success, [stopping]);
  const snap = await w.call("/gpu/instance/snapshot", { gid: daily, name: "before" }, u.token);
  t.equal(snap.body.success, true);

  // Bad input changes nothing.
  const abandon = (id: string, body: unknown = {}) => w.cp.api("POST", `/admin/hosts/${id}/abandon`, body);
  t.match(await abandon(w.hostId), { status: 409, body: { code: "CONFLICT", message: /online/ } }, "not while it is online");
  t.match(await abandon("host-0000000000000000"), { status: 404, body: { code: "NOT_FOUND" } });
  t.match(await abandon("no-such-host'--"), { status: 404, body: { code: "NOT_FOUND" } });
  t.match(await abandon(w.hostId, "not json"), { status: 400 });
  t.equal((await w.cp.api("POST", `/admin/hosts/${w.hostId}/abandon`, {}, "wrong-token-wrong-token")).status, 401);
  t.equal((await w.row(hourly)).state, "Running", "nothing changed");

  await hostGone(w, t0 + 30 * MIN);
  w.advance(2 * HOUR);
  const r = await abandon(w.hostId);
  t.equal(r.status, 200);
  t.same(r.body, { host_id: w.hostId, abandoned_instances: [daily, hourly, never, stopping].sort(), failed_commands: 3 });

  const commands = await sql<{ instance_id: string; op: string; status: string; error_code: string | null }>(
    w.cp.dbUrl,
    "select instance_id, op, status, error_code from commands where error_code = 'ABANDONED' order by op",
  );
  t.same(
    commands.map((c) => [c.op, c.status]),
    [
      ["create", "failed"],
      ["snapshot", "failed"],
      ["stop", "failed"],
    ],
    "the commands that will never be delivered end failed: ABANDONED",
  );
  t.match(await w.call("/gpu/images/mine", {}, u.token), { body: { items: [{ status: "failed" }] } }, "the snapshot's image failed with it");
  for (const gid of [hourly, daily, never, stopping]) {
    t.match(await w.row(gid), { state: "Error", gpus: 0 }, `${gid} in Error, its GPU released`);
    t.same(await w.events(gid), ["abandoned"]);
  }
  const listed = await w.call("/gpu/instances/list", { gid: hourly }, u.token);
  t.match(listed.body.items[0], { status: "Error", message: /abandoned/ });

  // Money: the hourly one up to now, its host's away time (from 40 minutes) at the disk rate;
  // the daily one credited 22 of its 24 hours; the one that never ran refunded in full.
  const fullDay = 200 * 24 + 100;
  t.same(await w.entries(hourly), [["usage", -Math.floor(((fullDay * 40 + 100 * 80) * MIN) / DAY)]]);
  t.same(await w.entries(daily), [
    ["purchase", -4000],
    ["credit", Math.floor((4000 * 22) / 24)],
  ]);
  t.same(await w.entries(never), [
    ["purchase", -4000],
    ["refund", 4000],
  ]);
  const balance = await w.balanceMinor("stranded");

  // Never charged again, never started again.
  w.advance(3 * HOUR);
  await w.cycle();
  t.equal(await w.balanceMinor("stranded"), balance, "nothing charged after");
  t.match((await w.call("/gpu/instances/start", { gid: hourly }, u.token)).body.fails, [{ gid: hourly, code: "INVALID_STATE", message: /abandoned/ }]);
  t.match((await w.call("/gpu/instances/renew", { gid: daily, pay_period: 1 }, u.token)).body.fails, [{ gid: daily, code: "INVALID_STATE" }]);
  t.match((await w.cp.api("POST", `/admin/instances/${stopping}/start`, {})).body, { code: "INVALID_STATE" });

  // Destroyed at once when its owner asks: nothing is sent to the dead host.
  const before = await commandCount(w, hourly);
  t.same((await w.call("/gpu/instances/destroy", { gid: `${hourly},${daily}` }, u.token)).body, { success: [hourly, daily], fails: [] });
  t.equal((await w.row(hourly)).state, "Destroyed");
  t.equal((await w.row(daily)).state, "Destroyed");
  t.equal(await commandCount(w, hourly), before, "no command");

  // The rest by the retention.
  t.same((await abandon(w.hostId)).body, { host_id: w.hostId, abandoned_instances: [], failed_commands: 0 }, "idempotent");
  w.advance(RETENTION_DAYS * DAY);
  const out = await w.cycle();
  t.equal(out.destroyed, 2);
  for (const gid of [never, stopping]) {
    t.equal((await w.row(gid)).state, "Destroyed");
    t.same(await w.events(gid), ["abandoned", "destroyed_after_retention"]);
  }
  t.equal(await sql(w.cp.dbUrl, "select 1 from commands where status = 'pending'").then((x) => x.length), 0, "nothing waits for the host");
  t.equal(await w.balanceMinor("stranded"), balance);
  t.same((await w.audit()).violations, []);
});

t.test("a host that comes back after it was abandoned: the containers of its abandoned instances are removed, not revived", async (t) => {
  const w = await startBillingWorld(t);
  const u = await w.newCustomer("returns", "100.00");
  const gid = await buy(w, u.token, 4);
  await w.agentDoesAll();
  await hostGone(w, w.clock.now().getTime());
  w.advance(HOUR);
  t.equal((await w.cp.api("POST", `/admin/hosts/${w.hostId}/abandon`, {})).status, 200);
  const charged = await w.balanceMinor("returns");

  // Back: the agent reports the container running, as it does after its Hello.
  await sql(w.cp.dbUrl, "update hosts set status = 'online', status_changed_at = now() where host_id = $1", [w.hostId]);
  const running = agentv1.ContainerState.create({ instanceId: gid, containerId: `ctr-${gid}`, status: ContainerStatus.CONTAINER_STATUS_RUNNING });
  await applyContainerStates(w.db, w.hostId, [running]);
  t.equal((await w.row(gid)).state, "Error", "a report does not revive it");
  await reconcileHost(w.db, w.hostId, [running], true, quiet);
  const [removal] = await sql<{ op: string; status: string }>(w.cp.dbUrl, "select op, status from commands where instance_id = $1 and status = 'pending'", [
    gid,
  ]);
  t.same(removal, { op: "destroy", status: "pending" }, "a destroy command removes its container");
  t.equal((await w.row(gid)).state, "Error");
  t.same(await w.agentDoesAll(), [`destroy:${gid}`]);
  t.equal((await w.row(gid)).state, "Destroyed");
  w.advance(HOUR);
  await w.cycle();
  t.equal(await w.balanceMinor("returns"), charged, "never charged again");
  t.same((await w.audit()).violations, []);
});
