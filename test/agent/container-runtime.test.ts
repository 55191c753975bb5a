// The container runtime against a real Docker engine, checked with the docker CLI: every
// operation, what survives it and what does not, and the hardening of the container.
import t from "tap";
import { randomBytes } from "node:crypto";
import { agentv1, ContainerStatus } from "@remotegpu/protocol";
import { DockerEngine } from "../../packages/agent/src/containers/docker.js";
import { ContainerRuntime } from "../../packages/agent/src/containers/runtime.js";
import { buildContainerOptions, INSTANCE_NETWORK } from "../../packages/agent/src/containers/spec.js";
import { containerEvents, docker, dockerHost, exec, extraImage, imageTagsOf, inspect, instanceObjects, testImage } from "../helpers/docker.js";

const newId = () => `gpu-t${randomBytes(6).toString("hex")}`;

async function runtime(flattenAtLayers?: number) {
  return new ContainerRuntime(new DockerEngine(await dockerHost()), { gpuAttach: "none", network: "none", ...(flattenAtLayers ? { flattenAtLayers } : {}) });
}

const GPU_A = "GPU-aaaaaaaa-1111-1111-1111-111111111111";
const GPU_B = "GPU-bbbbbbbb-2222-2222-2222-222222222222";

async function imageInspect(ref: string): Promise<any> {
  return JSON.parse(await docker("image", "inspect", ref))[0];
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
  t.ok(
    c.Config.Env.includes("NVIDIA_VISIBLE_DEVICES=GPU-11111111-1111-1111-1111-111111111111,GPU-22222222-2222-2222-2222-222222222222"),
    "exactly the assigned GPUs",
  );
  t.ok(c.Config.Env.includes("ROOT_PASSWORD=pw-123"));
  t.equal(c.HostConfig.Privileged, false, "never privileged");
  t.same(c.HostConfig.SecurityOpt, ["no-new-privileges"]);
  t.equal(c.HostConfig.PidsLimit, 256);
  t.equal(c.HostConfig.Memory, 64 * 2 ** 20);
  t.equal(c.HostConfig.NanoCpus, 500_000_000);
  t.equal(c.HostConfig.RestartPolicy.Name, "unless-stopped", "comes back after a host reboot");
  t.same(
    c.Mounts.map((m: any) => [m.Type, m.Name, m.Destination]),
    [["volume", `rgpu-${id}-data`, "/root/data"]],
    "no host paths, no Docker socket",
  );
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
  t.equal(
    await docker("run", "--rm", "--network", "none", `remotegpu-snapshot/${id}:v1`, "cat", "/root/system.txt"),
    "system",
    "the snapshot holds the system disk",
  );

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
  t.same(await imageTagsOf(`remotegpu-snapshot/${id}`), ["once"], "one tagged snapshot image");
  await rt.destroy(id);
  await rt.destroy(id);
  t.same(await instanceObjects(id), { containers: [], volumes: [], stateImages: [] });
  await docker("rmi", `remotegpu-snapshot/${id}:once`);
});

t.test("a missing image is pulled; a failed pull is IMAGE_PULL_FAILED with the engine's reason", async (t) => {
  const rt = await runtime();
  const id = newId();
  // A loopback registry nobody listens on: the pull fails at once.
  await t.rejects(rt.create(id, 1, spec({ imageRef: "127.0.0.1:9/nope/cuda:1" })), {
    name: "RuntimeError",
    code: "IMAGE_PULL_FAILED",
    message: /127\.0\.0\.1:9.*(refused|connect)/,
  });
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

t.test("restart run again after a crash does not restart a second time", async (t) => {
  const rt = await runtime();
  const id = newId();
  const name = `rgpu-${id}`;
  t.teardown(() => rt.destroy(id).catch(() => undefined));
  await rt.create(id, 1, spec());
  await new Promise((r) => setTimeout(r, 1100)); // the create's start event lies before
  const accepted = Date.now();
  await rt.restart(id, 1, accepted);
  const first = (await inspect(name)).State.StartedAt;
  t.ok(Date.parse(first) >= accepted, "restarted after the command was accepted");
  await rt.restart(id, 1, accepted); // the re-run after a crash
  t.equal((await inspect(name)).State.StartedAt, first, "not restarted again");
  t.equal((await containerEvents(name, accepted, "start")).length, 1, "one start since the command was accepted");
  await rt.restart(id, 1, Date.now() + 1000); // a new restart command
  t.not((await inspect(name)).State.StartedAt, first, "a later command restarts");
});

t.test("a snapshot run again after a crash is the same image, with the instance's secrets scrubbed", async (t) => {
  const rt = await runtime();
  const id = newId();
  const name = `rgpu-${id}`;
  const ref = `remotegpu-snapshot/${id}:v1`;
  t.teardown(async () => {
    await rt.destroy(id).catch(() => undefined);
    await docker("rmi", ref).catch(() => undefined);
  });
  await rt.create(id, 1, spec());
  const since = Date.now() - 1000;
  const first = await rt.snapshot(id, ref, "c0ffee00-0000-4000-8000-000000000001");
  const again = await rt.snapshot(id, ref, "c0ffee00-0000-4000-8000-000000000001");
  t.equal(again.snapshot.imageId, first.snapshot.imageId, "the same image");
  t.equal((await containerEvents(name, since, "commit")).length, 1, "committed once");
  const img = await imageInspect(ref);
  t.notOk(
    img.Config.Env.some((e: string) => e.startsWith("ROOT_PASSWORD=") && e !== "ROOT_PASSWORD="),
    "no root password in the image",
  );
  t.notOk(
    img.Config.Env.some((e: string) => e.startsWith("REMOTEGPU_INSTANCE=") && e !== "REMOTEGPU_INSTANCE="),
    "no instance id in the image",
  );
  t.equal(img.Config.Labels["io.remotegpu.owner"], "", "a container from it does not look like ours");
  t.equal(img.Config.Labels["io.remotegpu.instance"], "");
  t.equal(img.Config.Labels["io.remotegpu.snapshot-command"], "c0ffee00-0000-4000-8000-000000000001");
  const other = await rt.snapshot(id, ref, "c0ffee00-0000-4000-8000-000000000002");
  t.not(other.snapshot.imageId, first.snapshot.imageId, "another command with the same name commits anew");
  await t.rejects(
    rt.snapshot(id, `remotegpu-state/${id}:g9`, "c0ffee00-0000-4000-8000-000000000003"),
    { code: "RUNTIME_ERROR" },
    "our own state images cannot be overwritten",
  );
});

t.test("deep images are flattened on a GPU change: one layer, files, command and labels kept", async (t) => {
  const image = await extraImage("busybox-labelled", { changes: ["LABEL vendor=acme", "ENV APP_MODE=prod", "WORKDIR /root"] });
  // Every image is deeper than 1 layer minus nothing: flatten at once.
  const rt = await runtime(1);
  const id = newId();
  const name = `rgpu-${id}`;
  t.teardown(() => rt.destroy(id).catch(() => undefined));
  const s = spec({ imageRef: image, gpuUuids: [GPU_A] });
  await rt.create(id, 1, s);
  await exec(name, "echo system > /root/system.txt");
  await rt.stop(id, 1);
  await rt.start(id, 2, s, [GPU_B]);
  const state = await imageInspect(`remotegpu-state/${id}:g2`);
  t.equal(state.RootFS.Layers.length, 1, "a single layer");
  t.same(state.Config.Cmd, (await imageInspect(image)).Config.Cmd, "the command is kept");
  t.equal(state.Config.Labels.vendor, "acme", "the image's labels are kept");
  t.ok(state.Config.Env.includes("APP_MODE=prod"), "its environment too");
  t.notOk(state.Config.Env.includes("ROOT_PASSWORD=pw-123"), "but not the password");
  t.equal(state.Config.WorkingDir, "/root");
  t.equal(await exec(name, "cat /root/system.txt"), "system", "the system disk survived flattening");
  t.equal((await inspect(name)).State.Running, true);

  // Without flattening the state image is the base plus one layer.
  const plain = await runtime();
  const id2 = newId();
  t.teardown(() => plain.destroy(id2).catch(() => undefined));
  await plain.create(id2, 1, s);
  await plain.stop(id2, 1);
  await plain.start(id2, 2, s, [GPU_B]);
  t.equal((await imageInspect(`remotegpu-state/${id2}:g2`)).RootFS.Layers.length, (await imageInspect(image)).RootFS.Layers.length + 1);
});

t.test("volumes the image declares are the instance's: kept over a GPU change, reset by rebuild, removed on destroy", async (t) => {
  const image = await extraImage("busybox-volume", { changes: ["VOLUME /var/lib/app"] });
  const rt = await runtime();
  const id = newId();
  const name = `rgpu-${id}`;
  t.teardown(() => rt.destroy(id).catch(() => undefined));
  const s = spec({ imageRef: image, gpuUuids: [GPU_A] });
  await rt.create(id, 1, s);
  const vol = (await inspect(name)).Mounts.find((m: any) => m.Destination === "/var/lib/app");
  t.match(vol?.Name, new RegExp(`^rgpu-${id}-vol-[0-9a-f]{12}$`), "a named volume, not an anonymous one");
  const labels = JSON.parse(await docker("volume", "inspect", vol.Name))[0].Labels;
  t.same(
    labels,
    { "io.remotegpu.owner": "remotegpu", "io.remotegpu.instance": id, "io.remotegpu.volume-target": "/var/lib/app" },
    "labelled with the instance",
  );
  await exec(name, "echo state > /var/lib/app/db && echo data > /root/data/d");
  await rt.stop(id, 1);
  await rt.start(id, 2, s, [GPU_B]);
  const after = (await inspect(name)).Mounts.find((m: any) => m.Destination === "/var/lib/app");
  t.equal(after?.Name, vol.Name, "the same volume in the new container");
  t.equal(await exec(name, "cat /var/lib/app/db"), "state", "with its data");

  await rt.rebuild(id, 3, agentv1.InstanceSpec.create({ ...s, gpuUuids: [GPU_B] }));
  t.equal(await exec(name, "test -e /var/lib/app/db && echo kept || echo reset"), "reset", "rebuild resets it with the system disk");
  t.equal(await exec(name, "cat /root/data/d"), "data", "the data disk stays");

  await rt.stop(id, 1);
  // A crash right after the containers went: the volumes are still found by their labels.
  await docker("rm", "-f", name);
  await rt.destroy(id);
  t.same(await docker("volume", "ls", "-q", "--filter", `label=io.remotegpu.instance=${id}`), "", "every volume of the instance is gone");
});

t.test("a volume with our name but not our labels is never mounted", async (t) => {
  const rt = await runtime();
  const id = newId();
  await docker("volume", "create", `rgpu-${id}-data`);
  t.teardown(() => docker("volume", "rm", `rgpu-${id}-data`));
  await t.rejects(rt.create(id, 1, spec()), { code: "CONFLICT", message: /volume named/ });
  t.same((await instanceObjects(id)).containers, [], "no container");
  await rt.destroy(id);
  t.ok(JSON.parse(await docker("volume", "inspect", `rgpu-${id}-data`))[0], "destroy leaves it alone too");
});

t.test("a parked container that is not ours stops a GPU change and is left alone", async (t) => {
  const rt = await runtime();
  const id = newId();
  t.teardown(async () => {
    await docker("rm", "-f", `rgpu-${id}-old`).catch(() => undefined);
    await rt.destroy(id).catch(() => undefined);
  });
  const s = spec({ gpuUuids: [GPU_A] });
  await rt.create(id, 1, s);
  await rt.stop(id, 1);
  const foreign = await docker("run", "-d", "--network", "none", "--name", `rgpu-${id}-old`, testImage());
  await t.rejects(rt.start(id, 2, s, [GPU_B]), { code: "CONFLICT", message: /not this instance's/ });
  t.equal((await inspect(`rgpu-${id}-old`)).Id, foreign, "the foreign container is untouched");
  t.equal((await inspect(`rgpu-${id}-old`)).State.Running, true);
  t.ok((await inspect(`rgpu-${id}`)).Config.Labels["io.remotegpu.gpus"] === GPU_A, "ours is unchanged");
  await t.rejects(rt.destroy(id), { code: "CONFLICT" }, "destroy refuses too");
  t.ok(await inspect(`rgpu-${id}`), "and removed nothing");
});

t.test("bridge network and device modes are accepted by the real engine (created, never started)", async (t) => {
  // Never started: a started container on a bridge would have traffic leave loopback.
  const engine = new DockerEngine(await dockerHost());
  await engine.ensureIsolatedNetwork(INSTANCE_NETWORK);
  await engine.ensureIsolatedNetwork(INSTANCE_NETWORK); // found, not created twice
  t.teardown(() => docker("network", "rm", INSTANCE_NETWORK).catch(() => undefined));
  const net = JSON.parse(await docker("network", "inspect", INSTANCE_NETWORK))[0];
  t.equal(net.Driver, "bridge");
  t.equal(net.Options["com.docker.network.bridge.enable_icc"], "false", "instances cannot reach each other");
  t.equal(net.Labels["io.remotegpu.owner"], "remotegpu");

  for (const gpuAttach of ["device-requests", "cdi"] as const) {
    const id = newId();
    t.teardown(() => docker("rm", "-f", `rgpu-${id}`).catch(() => undefined));
    const s = spec({ gpuUuids: [GPU_A], sshHostPort: 24022, ports: [{ containerPort: 8888, hostPort: 24888, protocol: "tcp" }] });
    await engine.create(
      buildContainerOptions({ instanceId: id, generation: 1, spec: s, gpuUuids: s.gpuUuids, image: testImage() }, { gpuAttach, network: "bridge" }),
    );
    const c = await inspect(`rgpu-${id}`);
    t.equal(c.HostConfig.NetworkMode, INSTANCE_NETWORK, `${gpuAttach}: on the instance network`);
    t.same(c.HostConfig.PortBindings["22/tcp"], [{ HostIp: "", HostPort: "24022" }], "SSH on the chosen host port");
    t.same(c.HostConfig.PortBindings["8888/tcp"], [{ HostIp: "", HostPort: "24888" }], "an application port");
    t.same(c.HostConfig.DeviceRequests[0].DeviceIDs, gpuAttach === "cdi" ? [`nvidia.com/gpu=${GPU_A}`] : [GPU_A], "exactly the assigned GPU requested");
    t.equal(c.HostConfig.DeviceRequests[0].Driver, gpuAttach === "cdi" ? "cdi" : "nvidia");
  }
});
