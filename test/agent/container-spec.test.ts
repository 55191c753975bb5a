// The pure builder of container options, for every GPU attach mode and network mode.
import t from "tap";
import { agentv1 } from "@remotegpu/protocol";
import { buildContainerOptions, DATA_MOUNT, type DesiredContainer } from "../../packages/agent/src/containers/spec.js";

const spec = agentv1.InstanceSpec.create({
  imageRef: "registry.example.com/cuda:12.4",
  gpuUuids: ["GPU-a", "GPU-b"],
  cpuMillis: 8000,
  memoryBytes: 64 * 2 ** 30,
  sshHostPort: 20022,
  rootPassword: "s3cret",
  env: { JUPYTER_TOKEN: "x" },
  ports: [{ containerPort: 8888, hostPort: 30888, protocol: "tcp" }],
});
const desired = (over: Partial<DesiredContainer> = {}): DesiredContainer => ({
  instanceId: "gpu-105abc",
  generation: 3,
  spec,
  gpuUuids: spec.gpuUuids,
  image: spec.imageRef,
  ...over,
});

t.test("device-requests: exactly the assigned GPUs through the NVIDIA runtime", async (t) => {
  const o = buildContainerOptions(desired(), { gpuAttach: "device-requests", network: "bridge" });
  t.same(o.HostConfig.DeviceRequests, [{ Driver: "nvidia", DeviceIDs: ["GPU-a", "GPU-b"], Capabilities: [["gpu"]] }]);
  t.ok(o.Env.includes("NVIDIA_VISIBLE_DEVICES=GPU-a,GPU-b"));
});

t.test("cdi: the same GPUs as CDI device names", async (t) => {
  const o = buildContainerOptions(desired(), { gpuAttach: "cdi", network: "bridge" });
  t.same(o.HostConfig.DeviceRequests, [{ Driver: "cdi", DeviceIDs: ["nvidia.com/gpu=GPU-a", "nvidia.com/gpu=GPU-b"] }]);
});

t.test("none: no device binding, only the environment variable", async (t) => {
  const o = buildContainerOptions(desired(), { gpuAttach: "none", network: "none" });
  t.equal(o.HostConfig.DeviceRequests, undefined);
  t.ok(o.Env.includes("NVIDIA_VISIBLE_DEVICES=GPU-a,GPU-b"));
  t.equal(o.HostConfig.NetworkMode, "none");
  t.equal(o.HostConfig.PortBindings, undefined, "no published ports without a bridge");
});

t.test("card-less: no devices in any mode, and NVIDIA_VISIBLE_DEVICES=void", async (t) => {
  for (const gpuAttach of ["device-requests", "cdi", "none"] as const) {
    const o = buildContainerOptions(desired({ gpuUuids: [] }), { gpuAttach, network: "none" });
    t.equal(o.HostConfig.DeviceRequests, undefined, gpuAttach);
    t.ok(o.Env.includes("NVIDIA_VISIBLE_DEVICES=void"), gpuAttach);
    t.equal(o.Labels["io.remotegpu.gpus"], "");
  }
});

t.test("hardening, limits, labels, ports, volume", async (t) => {
  const o = buildContainerOptions(desired(), { gpuAttach: "device-requests", network: "bridge" });
  const h = o.HostConfig;
  t.equal(h.Privileged, false);
  t.same(h.SecurityOpt, ["no-new-privileges"]);
  t.equal(h.PidsLimit, 4096);
  t.equal(h.NanoCpus, 8_000_000_000);
  t.equal(h.Memory, 64 * 2 ** 30);
  t.equal(h.MemorySwap, 64 * 2 ** 30, "no swap beyond the limit");
  t.same(h.RestartPolicy, { Name: "unless-stopped" });
  t.same(h.Mounts, [{ Type: "volume", Source: "rgpu-gpu-105abc-data", Target: DATA_MOUNT }], "only the instance's own volume");
  t.notOk(JSON.stringify(o).includes("docker.sock"));
  t.same(h.PortBindings, { "22/tcp": [{ HostIp: "", HostPort: "20022" }], "8888/tcp": [{ HostIp: "", HostPort: "30888" }] });
  t.same(o.Labels, {
    "io.remotegpu.owner": "remotegpu",
    "io.remotegpu.instance": "gpu-105abc",
    "io.remotegpu.generation": "3",
    "io.remotegpu.gpus": "GPU-a,GPU-b",
    "io.remotegpu.image": "registry.example.com/cuda:12.4",
  });
  t.equal(o.name, "rgpu-gpu-105abc");
  t.ok(o.Env.includes("ROOT_PASSWORD=s3cret"));
  t.ok(o.Env.includes("JUPYTER_TOKEN=x"));
});

t.test("specs that cannot be honoured are refused", async (t) => {
  t.throws(() => buildContainerOptions(desired({ instanceId: "../etc" }), { gpuAttach: "none", network: "none" }), { message: /invalid instance id/ });
  t.throws(() => buildContainerOptions(desired({ spec: agentv1.InstanceSpec.create({ ...spec, sshHostPort: 0 }) }), { gpuAttach: "none", network: "bridge" }), {
    message: /SSH host port/,
  });
  t.throws(
    () =>
      buildContainerOptions(desired({ spec: agentv1.InstanceSpec.create({ ...spec, env: { NVIDIA_VISIBLE_DEVICES: "all" } }) }), {
        gpuAttach: "none",
        network: "none",
      }),
    { message: /not allowed/ },
    "a tenant cannot ask for all GPUs",
  );
  t.throws(
    () => buildContainerOptions(desired({ spec: agentv1.InstanceSpec.create({ ...spec, env: { "A=B": "x" } }) }), { gpuAttach: "none", network: "none" }),
    { message: /not allowed/ },
  );
  t.throws(
    () =>
      buildContainerOptions(desired({ spec: agentv1.InstanceSpec.create({ ...spec, ports: [{ containerPort: 8888, hostPort: 70000, protocol: "tcp" }] }) }), {
        gpuAttach: "none",
        network: "bridge",
      }),
    { message: /invalid port/ },
  );
});
