// What keeps one instance from filling the host: log rotation of its container (checked on the
// real engine with inspect), and the disk sizes where the engine can enforce them.
import t from "tap";
import { randomBytes } from "node:crypto";
import { agentv1 } from "@remotegpu/protocol";
import { DockerEngine } from "../../packages/agent/src/containers/docker.js";
import { ContainerRuntime } from "../../packages/agent/src/containers/runtime.js";
import { buildContainerOptions } from "../../packages/agent/src/containers/spec.js";
import { dockerHost, inspect, testImage } from "../helpers/docker.js";

const newId = () => `gpu-t${randomBytes(6).toString("hex")}`;
const spec = (over: Parameters<typeof agentv1.InstanceSpec.create>[0] = {}) =>
  agentv1.InstanceSpec.create({ imageRef: testImage(), cpuMillis: 200, memoryBytes: 32 * 2 ** 20, rootPassword: "pw", ...over });

t.test("instance containers get json-file logs with max-size and max-file", async (t) => {
  const engine = new DockerEngine(await dockerHost());
  const plain = new ContainerRuntime(engine, { gpuAttach: "none", network: "none" });
  const tuned = new ContainerRuntime(engine, { gpuAttach: "none", network: "none", logMaxSize: "10m", logMaxFiles: 2 });
  const a = newId();
  const b = newId();
  t.teardown(async () => {
    await plain.destroy(a).catch(() => undefined);
    await tuned.destroy(b).catch(() => undefined);
  });
  await plain.create(a, 1, spec());
  await tuned.create(b, 1, spec());
  t.same((await inspect(`rgpu-${a}`)).HostConfig.LogConfig, { Type: "json-file", Config: { "max-size": "50m", "max-file": "3" } }, "defaults: 3 × 50 MB");
  t.same((await inspect(`rgpu-${b}`)).HostConfig.LogConfig, { Type: "json-file", Config: { "max-size": "10m", "max-file": "2" } }, "as configured");
});

t.test("StorageOpt.size only where the engine enforces it", async (t) => {
  const d = { instanceId: "gpu-105abc", generation: 1, spec: spec({ systemDiskBytes: 30e9, dataDiskBytes: 100e9 }), gpuUuids: [], image: "x" };
  t.same(buildContainerOptions(d, { gpuAttach: "none", network: "none", storageQuota: true }).HostConfig.StorageOpt, { size: "30000000000" });
  t.equal(buildContainerOptions(d, { gpuAttach: "none", network: "none" }).HostConfig.StorageOpt, undefined, "no quota support: no StorageOpt");
  t.equal(
    buildContainerOptions({ ...d, spec: spec() }, { gpuAttach: "none", network: "none", storageQuota: true }).HostConfig.StorageOpt,
    undefined,
    "no size asked: none",
  );
});
