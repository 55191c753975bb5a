// The container runtime against a real Docker engine, checked with the docker CLI: every
// operation, what survives it and what does not, and the hardening of the container.
import t from "tap";
import { randomBytes } from "node:crypto";
import { agentv1, ContainerStatus } from "@remotegpu/protocol";
import { DockerEngine } from "../../packages/agent/src/containers/docker.js";
import { ContainerRuntime } from "../../packages/agent/src/containers/runtime.js";
import { docker, dockerHost, exec, inspect, instanceObjects, testImage } from "../helpers/docker.js";

const newId = () => `gpu-t${randomBytes(6).toString("hex")}`;

async function runtime() {
  return new ContainerRuntime(new DockerEngine(await dockerHost()), { gpuAttach: "none", network: "none" });
}

function spec(over: Partial<Parameters<typeof agentv1.InstanceSpec.create>[0]> = {}) {
  return agentv1.InstanceSpec.create({
    imageRef: testImage(),
    gpuUuids: ["GPU-11111111-1111-1111-1111-111111111111", "GPU-22222222-2222-2222-2222-222222222222"],
    cpuMillis: 500,
    memoryBytes: 64 * 2 ** 20,
    rootPassword: "pw-123",
    pidsLimit: 256,
    ...over,
  });
}

t.test("the whole life of an instance", async (t) => {
  const rt = await runtime();
  const id = newId();
  const name = `rgpu-${id}`;
  t.teardown(() => rt.destroy(id).catch(() => undefined));
  const s = spec();

  const created = await rt.create(id, 1, s);
  t.equal(created.status, ContainerStatus.CONTAINER_STATUS_RUNNING);
  const c = await inspect(name);
  t.equal(c.Config.Labels["io.remotegpu.owner"], "remotegpu");
  t.equal(c.Config.Labels["io.remotegpu.instance"], id);
  t.equal(c.Config.Labels["io.remotegpu.generation"], "1");
  t.ok(c.Config.Env.includes("NVIDIA_VISIBLE_DEVICES=GPU-11111111-1111-1111-1111-111111111111,GPU-22222222-2222-2222-2222-222222222222"), "exactly the assigned GPUs");
  t.ok(c.Config.Env.includes("ROOT_PASSWORD=pw-123"));
  t.equal(c.HostConfig.Privileged, false, "never privileged");
  t.same(c.HostConfig.SecurityOpt, ["no-new-privileges"]);
  t.equal(c.HostConfig.PidsLimit, 256);
  t.equal(c.HostConfig.Memory, 64 * 2 ** 20);
  t.equal(c.HostConfig.NanoCpus, 500_000_000);
  t.equal(c.HostConfig.RestartPolicy.Name, "unless-stopped", "comes back after a host reboot");
  t.same(c.Mounts.map((m: any) => [m.Type, m.Name, m.Destination]), [["volume", `rgpu-${id}-data`, "/root/data"]], "no host paths, no Docker socket");
  t.same(c.HostConfig.Binds ?? [], []);
  t.equal(c.HostConfig.NetworkMode, "none");

  await exec(name, "echo system > /root/system.txt && echo data > /root/data/data.txt");
  const stopped = await rt.stop(id, 2);
  t.equal(stopped.status, ContainerStatus.CONTAINER_STATUS_STOPPED);
  t.equal((await inspect(name)).State.Running, false);

  await rt.start(id, 2, s, s.gpuUuids);
  t.equal((await inspect(name)).Id, c.Id, "same GPUs: the same container, started again");
  t.equal(await exec(name, "cat /root/system.txt"), "system", "the system disk survives stop/start");

  // Card-less stop and card-less start: the container is recreated without GPUs.
  await rt.stop(id, 2);
  const cardless = await rt.start(id, 3, s, []);
  t.same(cardless.gpuUuids, []);
  const c2 = await inspect(name);
  t.not(c2.Id, c.Id, "a new container without devices");
  t.ok(c2.Config.Env.includes("NVIDIA_VISIBLE_DEVICES=void"), "no GPU visible");
  t.equal(await exec(name, "cat /root/system.txt"), "system", "the system disk survives a card-less start");
  t.equal(await exec(name, "cat /root/data/data.txt"), "data");
  t.equal(c2.HostConfig.Privileged, false, "the recreated container is hardened the same way");

  // Back to GPUs (other ones: after a card-less stop the free GPUs may differ).
  await rt.stop(id, 2);
  await rt.start(id, 4, s, ["GPU-33333333-3333-3333-3333-333333333333"]);
  const c3 = await inspect(name);
  t.ok(c3.Config.Env.includes("NVIDIA_VISIBLE_DEVICES=GPU-33333333-3333-3333-3333-333333333333"));
  t.equal(await exec(name, "cat /root/system.txt"), "system");
  const leftovers = await instanceObjects(id);
  t.same(leftovers.containers, [name], "no parked container left behind");
  t.same(leftovers.stateImages, [`remotegpu-state/${id}:g4`], "only the state image in use");

  const restarted = await rt.restart(id, 2);
  t.equal(restarted.status, ContainerStatus.CONTAINER_STATUS_RUNNING);
  t.not((await inspect(name)).State.StartedAt, c3.State.StartedAt, "restarted");

  const snap = await rt.snapshot(id, `remotegpu-snapshot/${id}:v1`);
  t.match(snap.snapshot.imageId, /^sha256:/);
  t.ok(Number(snap.snapshot.sizeBytes) > 0);
  t.equal(JSON.parse(await docker("image", "inspect", `remotegpu-snapshot/${id}:v1`))[0].Id, snap.snapshot.imageId);
  t.equal(await docker("run", "--rm", "--network", "none", `remotegpu-snapshot/${id}:v1`, "cat", "/root/system.txt"), "system", "the snapshot holds the system disk");

  // Rebuild from the snapshot's base image: system disk reset, data kept, GPUs kept.
  const rebuilt = await rt.rebuild(id, 5, agentv1.InstanceSpec.create({ ...s, gpuUuids: ["GPU-33333333-3333-3333-3333-333333333333"] }));
  t.equal(rebuilt.status, ContainerStatus.CONTAINER_STATUS_RUNNING);
  t.equal(await exec(name, "test -e /root/system.txt && echo kept || echo reset"), "reset", "rebuild resets the system disk");
  t.equal(await exec(name, "cat /root/data/data.txt"), "data", "and keeps the data disk");
  t.ok((await inspect(name)).Config.Env.includes("ROOT_PASSWORD=pw-123"), "and the password");
  t.same((await instanceObjects(id)).stateImages, [], "rebuild drops state images");

  const gone = await rt.destroy(id);
  t.equal(gone.status, ContainerStatus.CONTAINER_STATUS_REMOVED);
  t.same(await instanceObjects(id), { containers: [], volumes: [], stateImages: [] }, "container, volume and state images are gone");
  await docker("rmi", `remotegpu-snapshot/${id}:v1`);
});

t.test("operations converge when run again (as after a crash)", async (t) => {
  const rt = await runtime();
  const id = newId();
  t.teardown(() => rt.destroy(id).catch(() => undefined));
  const s = spec();
  const first = await rt.create(id, 1, s);
  const again = await rt.create(id, 1, s);
  t.equal(again.containerId, first.containerId, "create twice: one container");
  await rt.stop(id, 1);
  await rt.stop(id, 1);
  await rt.start(id, 2, s, []);
  await rt.start(id, 2, s, []);
  t.same((await instanceObjects(id)).containers, [`rgpu-${id}`]);
  await rt.snapshot(id, `remotegpu-snapshot/${id}:once`);
  await rt.snapshot(id, `remotegpu-snapshot/${id}:once`);
  t.equal((await docker("images", `remotegpu-snapshot/${id}`, "--format", "{{.Tag}}")).split("\n").length, 1, "one tagged snapshot image");
  await rt.destroy(id);
  await rt.destroy(id);
  t.same(await instanceObjects(id), { containers: [], volumes: [], stateImages: [] });
  await docker("rmi", `remotegpu-snapshot/${id}:once`);
});

t.test("a missing image is pulled; a failed pull is IMAGE_PULL_FAILED with the engine's reason", async (t) => {
  const rt = await runtime();
  const id = newId();
  // A loopback registry nobody listens on: the pull fails at once.
  await t.rejects(rt.create(id, 1, spec({ imageRef: "127.0.0.1:9/nope/cuda:1" })), { name: "RuntimeError", code: "IMAGE_PULL_FAILED", message: /127\.0\.0\.1:9.*(refused|connect)/ });
  t.same((await instanceObjects(id)).containers, [], "nothing was created");
});

t.test("operations on a missing container say so", async (t) => {
  const rt = await runtime();
  await t.rejects(rt.stop(newId(), 1), { code: "NOT_FOUND" });
  await t.rejects(rt.start(newId(), 1, spec(), []), { code: "NOT_FOUND" });
  await t.rejects(rt.snapshot(newId(), "x/y:1"), { code: "NOT_FOUND" });
  await t.rejects(rt.snapshot(newId(), "Bad Ref"), { code: "RUNTIME_ERROR", message: /invalid snapshot image reference/ });
});

t.test("a container with our name but not our labels is never touched", async (t) => {
  const rt = await runtime();
  const id = newId();
  await docker("run", "-d", "--network", "none", "--name", `rgpu-${id}`, testImage());
  t.teardown(() => docker("rm", "-f", `rgpu-${id}`));
  await t.rejects(rt.destroy(id), { code: "CONFLICT" });
  t.equal((await inspect(`rgpu-${id}`)).State.Running, true, "still running");
});

t.test("no engine: RUNTIME_UNAVAILABLE", async (t) => {
  const rt = new ContainerRuntime(new DockerEngine("unix:///nonexistent/docker.sock"), { gpuAttach: "none", network: "none" });
  await t.rejects(rt.create(newId(), 1, spec()), { name: "RuntimeError", code: "RUNTIME_UNAVAILABLE", message: /cannot be reached/ });
});
