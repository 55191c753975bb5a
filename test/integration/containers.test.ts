// Instances through the control plane, on a real Docker engine, checked with the docker CLI.
import t from "tap";
import { freshDatabase, sql } from "../helpers/database.js";
import { dockerHost, exec, extraImage, inspect, instanceObjects, testImage } from "../helpers/docker.js";
import { startAgent, startControlPlane } from "../helpers/processes.js";
import { finished, op, settled } from "../helpers/instances.js";
import { waitFor } from "../helpers/wait.js";

async function setup(t: { teardown(fn: () => unknown): void }, gpus = 4) {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = startAgent(t, {
    controlPlane: cp.url,
    joinToken: await cp.joinToken(),
    docker: await dockerHost(),
    env: { FAKE_NVIDIA_SMI_GPUS: String(gpus) },
  });
  const hostId = await agent.connected();
  await waitFor("GPUs", async () => (await cp.host(hostId)).gpus.length === gpus);
  return { dbUrl, cp, agent, hostId };
}

t.test("every operation through the control plane", async (t) => {
  const { cp, hostId, dbUrl } = await setup(t);
  const created = await cp.api("POST", "/admin/instances", {
    host_id: hostId,
    image_ref: testImage(),
    gpu_count: 2,
    cpu_millis: 500,
    memory_bytes: 64 * 2 ** 20,
  });
  t.equal(created.status, 202);
  const id: string = created.body.instance_id;
  const password: string = created.body.root_password;
  t.match(password, /^\w{16}$/, "the root password, shown to the operator who created it");
  t.match(id, /^gpu-105[0-9a-f]{15}$/, "gid as SPEC §1: gpu-<room><hex>");
  t.equal(created.body.state, "Creating");
  t.same(
    created.body.gpus.map((g: any) => g.index),
    [0, 1],
  );
  const name = `rgpu-${id}`;

  let i = await settled(cp, id, "Running");
  const uuids = i.gpus.map((g: any) => g.uuid);
  let c = await inspect(name);
  t.ok(c.Config.Env.includes(`NVIDIA_VISIBLE_DEVICES=${uuids.join(",")}`), "exactly the instance's GPUs, by UUID");
  t.ok(c.Config.Env.includes(`ROOT_PASSWORD=${password}`), "the generated root password is passed in");
  t.equal(i.password, undefined, "and never shown again in the admin views");
  t.equal(c.Config.Labels["io.remotegpu.instance"], id);
  t.equal(c.HostConfig.Privileged, false);
  t.same(c.HostConfig.SecurityOpt, ["no-new-privileges"]);
  t.ok(c.HostConfig.PidsLimit > 0, "a pids limit");
  t.equal(c.HostConfig.Memory, 64 * 2 ** 20);
  t.same(
    c.Mounts.map((m: any) => m.Destination),
    ["/root/data"],
  );
  t.equal(i.container_status, "running");
  await exec(name, "echo sys > /root/sys.txt && echo data > /root/data/d.txt");

  await op(cp, id, "stop");
  i = await settled(cp, id, "Stopped");
  t.equal(i.gpu_reserved, true, "a plain stop keeps the GPUs");
  t.equal((await inspect(name)).State.Running, false);
  await op(cp, id, "start");
  await settled(cp, id, "Running");
  t.equal(await exec(name, "cat /root/sys.txt"), "sys", "files on the system disk survive stop/start");

  await op(cp, id, "stop", { card_less: true });
  i = await settled(cp, id, "Stopped");
  t.equal(i.card_less, true);
  t.equal(i.gpu_reserved, false, "a card-less stop releases the GPUs");
  t.same(i.gpus, []);
  await op(cp, id, "cardless-start");
  i = await settled(cp, id, "Running");
  t.equal(i.card_less, true);
  c = await inspect(name);
  t.ok(c.Config.Env.includes("NVIDIA_VISIBLE_DEVICES=void"), "running without GPUs");
  t.equal(await exec(name, "cat /root/sys.txt"), "sys", "files survive a card-less stop/start");

  await op(cp, id, "stop");
  await settled(cp, id, "Stopped");
  await op(cp, id, "start");
  i = await settled(cp, id, "Running");
  t.equal(i.card_less, false);
  t.equal(i.gpus.length, 2, "GPUs back");
  t.ok((await inspect(name)).Config.Env.includes(`NVIDIA_VISIBLE_DEVICES=${i.gpus.map((g: any) => g.uuid).join(",")}`));
  t.equal(await exec(name, "cat /root/sys.txt"), "sys");

  const before = (await inspect(name)).State.StartedAt;
  await op(cp, id, "restart");
  await settled(cp, id, "Running");
  t.not((await inspect(name)).State.StartedAt, before, "restarted");

  await op(cp, id, "snapshot", { image_ref: `remotegpu-snapshot/${id}:t1` });
  i = await finished(cp, id, "snapshot");
  t.equal(i.state, "Running", "a snapshot leaves the state as it was");
  const snap = i.commands.find((x: any) => x.op === "snapshot");
  t.equal(snap.status, "succeeded");
  t.match(snap.result.snapshot.image_id, /^sha256:/);
  t.ok(Number(snap.result.snapshot.size_bytes) > 0, "image id and size reported");

  await op(cp, id, "rebuild", { image_ref: testImage() });
  i = await settled(cp, id, "Running");
  t.equal(await exec(name, "test -e /root/sys.txt && echo kept || echo reset"), "reset", "rebuild resets the system disk");
  t.equal(await exec(name, "cat /root/data/d.txt"), "data", "and keeps /root/data");
  t.ok((await inspect(name)).Config.Env.includes(`ROOT_PASSWORD=${password}`), "and the password");
  t.equal(i.gpus.length, 2, "and the GPUs");

  await op(cp, id, "stop");
  await settled(cp, id, "Stopped");
  await op(cp, id, "destroy");
  i = await settled(cp, id, "Destroyed");
  t.same(await instanceObjects(id), { containers: [], volumes: [], stateImages: [] }, "container and data are gone");
  t.same(i.gpus, [], "GPUs released");
  const log = await sql<{ op: string; status: string; generation: number; send_count: number }>(
    dbUrl,
    "select op, status, generation, send_count from commands where instance_id = $1 order by generation",
    [id],
  );
  t.same(
    log.map((x) => x.op),
    ["create", "stop", "start", "stop_cardless", "cardless_start", "stop", "start", "restart", "snapshot", "rebuild", "stop", "destroy"],
    "one command per operation, in order",
  );
  t.ok(
    log.every((x) => x.status === "succeeded"),
    "all succeeded",
  );
  t.same(
    log.map((x) => x.generation),
    log.map((_, n) => n + 1),
    "generations 1, 2, 3, ...",
  );
  t.ok(log.every((x) => x.send_count >= 1));
});

t.test("wrong states, unknown ids and bad input are refused and change nothing", async (t) => {
  const { cp, hostId, dbUrl } = await setup(t, 2);
  const id: string = (await cp.api("POST", "/admin/instances", { host_id: hostId, image_ref: testImage(), gpu_count: 1 })).body.instance_id;
  await settled(cp, id, "Running");
  const snapshot = async () => sql(dbUrl, "select state, generation, pending_command_id, card_less from instances where instance_id = $1", [id]);
  const before = await snapshot();
  const cases: [string, unknown, number, string][] = [
    ["start", {}, 409, "INVALID_STATE"],
    ["cardless-start", {}, 409, "INVALID_STATE"],
    ["destroy", {}, 409, "INVALID_STATE"],
    ["explode", {}, 400, "INVALID_ARGUMENT"],
    ["stop", { card_less: "yes" }, 400, "INVALID_ARGUMENT"],
    ["rebuild", {}, 400, "INVALID_ARGUMENT"],
    ["rebuild", { image_ref: "bad image" }, 400, "INVALID_ARGUMENT"],
    ["snapshot", { image_ref: "Upper/Case:x" }, 400, "INVALID_ARGUMENT"],
    ["stop", "{not json", 400, "INVALID_JSON"],
  ];
  for (const [name, body, status, code] of cases) {
    const r = await cp.api("POST", `/admin/instances/${id}/${name}`, body);
    t.equal(r.status, status, `${name} ${JSON.stringify(body)} → ${status}`);
    t.equal(r.body.code, code);
  }
  t.match((await cp.api("POST", `/admin/instances/${id}/start`)).body.message, /not possible while the instance is Running/);
  t.equal((await cp.api("POST", "/admin/instances/gpu-105ffffffffffffff/stop")).status, 404);
  t.equal((await cp.api("GET", "/admin/instances/nope")).status, 404);
  t.equal((await cp.api("POST", `/admin/instances/${id}/stop`, undefined, null)).status, 401);
  t.same(await snapshot(), before, "nothing changed");

  // An operation while another is in progress.
  await op(cp, id, "stop");
  const second = await cp.api("POST", `/admin/instances/${id}/restart`);
  t.equal(second.status, 409);
  t.match(second.body.message, /another operation is in progress|not possible/);
  await settled(cp, id, "Stopped");

  const createCases: [unknown, number, string][] = [
    [{ host_id: "host-ffffffffffffffff", image_ref: testImage() }, 404, "NOT_FOUND"],
    [{ host_id: hostId, image_ref: testImage(), gpu_count: 5 }, 409, "NO_STOCK"],
    [{ host_id: hostId, image_ref: testImage(), gpu_count: -1 }, 400, "INVALID_ARGUMENT"],
    [{ host_id: hostId, image_ref: testImage(), gpu_count: "two" }, 400, "INVALID_ARGUMENT"],
    [{ host_id: hostId, image_ref: "" }, 400, "INVALID_ARGUMENT"],
    [{ host_id: hostId, image_ref: "a b" }, 400, "INVALID_ARGUMENT"],
    [{ host_id: hostId, image_ref: testImage(), memory_bytes: 1e30 }, 400, "INVALID_ARGUMENT"],
    [{ host_id: hostId, image_ref: testImage(), env: { NVIDIA_VISIBLE_DEVICES: "all" } }, 400, "INVALID_ARGUMENT"],
    [{ host_id: hostId, image_ref: testImage(), env: { A: 1 } }, 400, "INVALID_ARGUMENT"],
    [{ image_ref: testImage() }, 400, "INVALID_ARGUMENT"],
  ];
  const count = async () => Number((await sql<{ n: string }>(dbUrl, "select count(*) as n from instances"))[0]!.n);
  const n = await count();
  for (const [body, status, code] of createCases) {
    const r = await cp.api("POST", "/admin/instances", body);
    t.equal(r.status, status, `create ${JSON.stringify(body).slice(0, 80)} → ${status}`);
    t.equal(r.body.code, code);
  }
  t.equal(await count(), n, "no instance was created");
  t.equal(Number((await sql<{ n: string }>(dbUrl, "select count(*) as n from instance_gpus"))[0]!.n), 1, "no GPU was reserved");

  // Card-less stopped, its GPU taken by another instance: start says how many are free.
  await op(cp, id, "start");
  await settled(cp, id, "Running");
  await op(cp, id, "stop", { card_less: true });
  await settled(cp, id, "Stopped");
  const other = (await cp.api("POST", "/admin/instances", { host_id: hostId, image_ref: testImage(), gpu_count: 2 })).body.instance_id;
  await settled(cp, other, "Running");
  const refused = await cp.api("POST", `/admin/instances/${id}/start`);
  t.equal(refused.status, 409);
  t.equal(refused.body.code, "GPU_UNAVAILABLE_ON_HOST");
  t.match(refused.body.message, /0 free GPU\(s\); the instance needs 1/);
});

t.test("a failed pull is a failed operation with the engine's reason", async (t) => {
  const { cp, hostId } = await setup(t, 1);
  const id = (await cp.api("POST", "/admin/instances", { host_id: hostId, image_ref: "127.0.0.1:9/nope/cuda:1", gpu_count: 1 })).body.instance_id;
  const i = await settled(cp, id, "Error");
  t.match(i.last_error, /create failed: IMAGE_PULL_FAILED: pulling 127\.0\.0\.1:9\/nope\/cuda:1 failed/);
  t.match(i.last_error, /connect|refused/, "the engine's own words");
  t.equal(i.commands[0].error_code, "IMAGE_PULL_FAILED");
});

t.test("no Docker engine: RUNTIME_UNAVAILABLE, and the agent stays connected", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken() }); // no engine
  const hostId = await agent.connected();
  await waitFor("GPUs", async () => (await cp.host(hostId)).gpus.length === 1);
  const id = (await cp.api("POST", "/admin/instances", { host_id: hostId, image_ref: testImage(), gpu_count: 1 })).body.instance_id;
  const i = await settled(cp, id, "Error");
  t.match(i.last_error, /RUNTIME_UNAVAILABLE: the Docker engine cannot be reached/);
  t.ok(agent.running, "the agent did not crash");
  t.equal((await cp.host(hostId)).status, "online", "and is still connected");
  t.ok(
    (await cp.host(hostId)).inventory_errors.some((e: string) => /docker/.test(e)),
    "the host shows the engine problem",
  );
});

t.test("concurrent creates on one host: each GPU and SSH port once, the rest NO_STOCK, never a 500", async (t) => {
  const { cp, hostId, dbUrl } = await setup(t, 4);
  const replies = await Promise.all(
    Array.from({ length: 12 }, () => cp.api("POST", "/admin/instances", { host_id: hostId, image_ref: testImage(), gpu_count: 1 })),
  );
  const ok = replies.filter((r) => r.status === 202);
  t.equal(ok.length, 4, "as many as there are GPUs");
  t.same(
    replies.filter((r) => r.status !== 202).map((r) => [r.status, r.body.code]),
    Array.from({ length: 8 }, () => [409, "NO_STOCK"]),
    "the others: NO_STOCK",
  );
  t.equal(new Set(ok.map((r) => r.body.ssh_port)).size, 4, "distinct SSH ports");
  t.equal(new Set(ok.map((r) => r.body.gpus[0].index)).size, 4, "distinct GPUs");
  const rows = await sql<{ n: string }>(dbUrl, "select count(*) as n from instance_gpus where host_id = $1", [hostId]);
  t.equal(Number(rows[0]!.n), 4);
  for (const r of ok) await settled(cp, r.body.instance_id, "Running");
});

t.test("rebuild from another image: the image changes on success and stays on failure", async (t) => {
  const other = await extraImage("busybox-rebuild", { changes: ["LABEL flavour=other"] });
  const { cp, hostId } = await setup(t, 1);
  const id: string = (await cp.api("POST", "/admin/instances", { host_id: hostId, image_ref: testImage(), gpu_count: 1 })).body.instance_id;
  await settled(cp, id, "Running");
  await op(cp, id, "rebuild", { image_ref: other });
  let i = await settled(cp, id, "Running");
  t.equal(i.image_ref, other, "the new image");
  t.equal((await inspect(`rgpu-${id}`)).Config.Labels.flavour, "other", "the container runs it");

  await op(cp, id, "rebuild", { image_ref: "127.0.0.1:9/nope/cuda:1" });
  i = await finished(cp, id, "rebuild");
  t.equal(i.state, "Running", "the old container is untouched and runs");
  t.equal(i.image_ref, other, "the image stays what it was");
  t.match(i.last_error, /rebuild failed: IMAGE_PULL_FAILED/);
  t.equal((await inspect(`rgpu-${id}`)).Config.Labels.flavour, "other");
});
