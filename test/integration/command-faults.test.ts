// Faults: the agent killed in the middle of operations, the control plane restarted with
// commands pending, two replicas, reconciliation after restarts. Each time: exactly one
// container per instance, each command's effect once, its result recorded once.
import t from "tap";
import { freshDatabase, sql } from "../helpers/database.js";
import { containerEvents, docker, dockerHost, exec, imageTagsOf, inspect, instanceObjects, testImage } from "../helpers/docker.js";
import { startAgent, startControlPlane, type Agent, type ControlPlane } from "../helpers/processes.js";
import { finished, op, settled } from "../helpers/instances.js";
import { waitFor } from "../helpers/wait.js";

type TestLike = { teardown(fn: () => unknown): void };

async function agentFor(t: TestLike, cp: ControlPlane, opts: { dataDir?: string; joinToken?: string; failpoints?: string } = {}): Promise<Agent> {
  return startAgent(t, {
    controlPlane: cp.url,
    docker: await dockerHost(),
    env: { FAKE_NVIDIA_SMI_GPUS: "2" },
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.joinToken ? { joinToken: opts.joinToken } : {}),
    ...(opts.failpoints ? { args: ["--failpoints", opts.failpoints] } : {}),
  });
}

async function setup(t: TestLike) {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = await agentFor(t, cp, { joinToken: await cp.joinToken() });
  const hostId = await agent.connected();
  await waitFor("GPUs", async () => (await cp.host(hostId)).gpus.length === 2);
  return { dbUrl, cp, agent, hostId };
}

async function create(cp: ControlPlane, hostId: string): Promise<string> {
  const r = await cp.api("POST", "/admin/instances", { host_id: hostId, image_ref: testImage(), gpu_count: 1 });
  if (r.status !== 202) throw new Error(JSON.stringify(r.body));
  return r.body.instance_id;
}

/** The command log of an instance: each operation once, all finished. */
async function log(dbUrl: string, id: string) {
  return sql<{ op: string; status: string }>(dbUrl, "select op, status from commands where instance_id = $1 order by generation", [id]);
}

t.test("kill -9 in the middle of create, start, stop and snapshot: each finishes once after restart", async (t) => {
  const { dbUrl, cp, agent, hostId } = await setup(t);
  const dataDir = agent.dataDir;
  let current: Agent = agent;

  // Restart the agent with a failpoint armed, issue the operation, wait for the crash, restart.
  const crashDuring = async (failpoint: string, issue: () => Promise<void>) => {
    await current.stop();
    current = await agentFor(t, cp, { dataDir, failpoints: failpoint });
    await current.connected();
    await issue();
    const died = await Promise.race([current.exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 30_000))]);
    t.ok(died && current.logs.some((l) => l.failpoint === failpoint), `the agent died at ${failpoint}`);
    if (!died) await current.kill();
    current = await agentFor(t, cp, { dataDir });
    await current.connected();
  };

  let id = "";
  await crashDuring("create.after-create", async () => {
    id = await create(cp, hostId);
  });
  await settled(cp, id, "Running");
  t.same((await instanceObjects(id)).containers, [`rgpu-${id}`], "create: exactly one container");
  await exec(`rgpu-${id}`, "echo keep > /root/keep.txt");

  // Run card-less once, so that starting with GPUs again must recreate the container.
  const cardlessThenStopped = async () => {
    await op(cp, id, "stop", { card_less: true });
    await settled(cp, id, "Stopped");
    await op(cp, id, "cardless-start");
    await settled(cp, id, "Running");
    await op(cp, id, "stop");
    await settled(cp, id, "Stopped");
  };
  await cardlessThenStopped();
  await crashDuring("start.after-commit", () => op(cp, id, "start"));
  let i = await settled(cp, id, "Running");
  t.equal(i.gpus.length, 1, "start with GPUs finished");
  let objs = await instanceObjects(id);
  t.same(objs.containers, [`rgpu-${id}`], "start: one container, no parked one left");
  t.equal(objs.stateImages.length, 1, "one state image");
  t.equal(await exec(`rgpu-${id}`, "cat /root/keep.txt"), "keep", "the system disk survived");

  await cardlessThenStopped();
  await crashDuring("start.after-recreate", () => op(cp, id, "start"));
  await settled(cp, id, "Running");
  objs = await instanceObjects(id);
  t.same(objs.containers, [`rgpu-${id}`], "crash after recreating: the parked container is gone");
  t.equal(await exec(`rgpu-${id}`, "cat /root/keep.txt"), "keep");

  const restartSince = Date.now();
  await crashDuring("restart.after-restart", () => op(cp, id, "restart"));
  await settled(cp, id, "Running");
  t.equal((await containerEvents(`rgpu-${id}`, restartSince, "start")).length, 1, "restart: restarted once, not again after the crash");

  await crashDuring("stop.after-stop", () => op(cp, id, "stop"));
  await settled(cp, id, "Stopped");
  t.equal((await inspect(`rgpu-${id}`)).State.Running, false);

  const snapshotSince = Date.now();
  await crashDuring("snapshot.after-commit", () => op(cp, id, "snapshot", { image_ref: `remotegpu-snapshot/${id}:crash` }));
  i = await finished(cp, id, "snapshot");
  t.equal(i.state, "Stopped");
  t.same(await imageTagsOf(`remotegpu-snapshot/${id}`), ["crash"], "the snapshot image");
  t.equal((await containerEvents(`rgpu-${id}`, snapshotSince, "commit")).length, 1, "committed once, not again after the crash");
  const snap = i.commands.find((x: any) => x.op === "snapshot");
  t.equal(snap.result.snapshot.image_id, JSON.parse(await docker("image", "inspect", `remotegpu-snapshot/${id}:crash`))[0].Id, "the result names that image");

  const l = await log(dbUrl, id);
  const cycle = ["stop_cardless", "cardless_start", "stop", "start"];
  t.same(
    l.map((x) => x.op),
    ["create", ...cycle, ...cycle, "restart", "stop", "snapshot"],
    "each command once",
  );
  t.ok(
    l.every((x) => x.status === "succeeded"),
    "every result recorded, once",
  );
  t.same((await instanceObjects(id)).containers, [`rgpu-${id}`]);
  await op(cp, id, "destroy");
  await settled(cp, id, "Destroyed");
  await docker("rmi", `remotegpu-snapshot/${id}:crash`);
});

t.test("commands pending when the control plane restarts are delivered after it", async (t) => {
  const { dbUrl, cp, agent, hostId } = await setup(t);
  const id = await create(cp, hostId);
  await settled(cp, id, "Running");
  await agent.stop();
  await op(cp, id, "stop");
  const [pending] = await sql<{ status: string; send_count: number }>(dbUrl, "select status, send_count from commands where instance_id = $1 and op = 'stop'", [
    id,
  ]);
  t.same(pending, { status: "pending", send_count: 0 }, "stored, not sent: the agent is away");
  await cp.kill("SIGKILL");
  const cp2 = await startControlPlane(t, { databaseUrl: dbUrl });
  await agentFor(t, cp2, { dataDir: agent.dataDir });
  await settled(cp2, id, "Stopped");
  t.equal((await inspect(`rgpu-${id}`)).State.Running, false, "the stop happened");
});

t.test("a command issued on one replica reaches the agent held by another", async (t) => {
  const dbUrl = await freshDatabase(t);
  const a = await startControlPlane(t, { databaseUrl: dbUrl });
  const b = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = await agentFor(t, b, { joinToken: await a.joinToken() });
  const hostId = await agent.connected();
  await waitFor("GPUs", async () => (await a.host(hostId)).gpus.length === 2);
  const id = await create(a, hostId);
  await settled(a, id, "Running");
  const started = Date.now();
  await op(a, id, "stop");
  await settled(a, id, "Stopped");
  t.ok(Date.now() - started < 10_000, `delivered through the other replica in ${Date.now() - started} ms`);
});

t.test("after an agent restart the control plane reconciles what it finds", async (t) => {
  const { dbUrl, cp, agent, hostId } = await setup(t);
  const gone = await create(cp, hostId);
  const zombie = await create(cp, hostId);
  await settled(cp, gone, "Running");
  await settled(cp, zombie, "Running");
  await agent.stop();
  // While the agent is away: one container disappears behind its back, and one instance is
  // destroyed in the database (its container must not come back to life).
  await docker("rm", "-f", `rgpu-${gone}`);
  await sql(dbUrl, "update instances set state = 'Destroyed', destroyed_at = now() where instance_id = $1", [zombie]);
  await sql(dbUrl, "delete from instance_gpus where instance_id = $1", [zombie]);
  const again = await agentFor(t, cp, { dataDir: agent.dataDir });
  await again.connected();
  const lost = await settled(cp, gone, "Error");
  t.match(lost.last_error, /missing/);
  await waitFor("the destroyed instance's container removed", async () => (await instanceObjects(zombie)).containers.length === 0, 20_000);
  t.equal((await cp.api("GET", `/admin/instances/${zombie}`)).body.state, "Destroyed", "it stays Destroyed");
});

t.test("containers outlive the control plane, and a container that dies is reported", async (t) => {
  const { dbUrl, cp, agent, hostId } = await setup(t);
  const id = await create(cp, hostId);
  await settled(cp, id, "Running");
  await cp.kill("SIGKILL");
  // The agent notices and keeps trying; the container is not touched.
  await agent.waitForLog("disconnected from the control plane", 10_000);
  await new Promise((r) => setTimeout(r, 2000));
  t.equal((await inspect(`rgpu-${id}`)).State.Running, true, "still running with the control plane gone");
  // The same address, as a restarted service has.
  const cp2 = await startControlPlane(t, { databaseUrl: dbUrl, env: { PORT: String(cp.port) } });
  await waitFor("reconnected", () => agent.logs.some((l) => l.msg === "reconnected to the control plane"), 20_000);
  t.equal((await settled(cp2, id, "Running")).state, "Running", "nothing changed");

  await docker("kill", `rgpu-${id}`);
  const stopped = await settled(cp2, id, "Stopped", 15_000);
  t.match(stopped.last_error, /stopped on its own/);
  t.equal(stopped.container_status, "exited");
});
