// Instance storage in the agent's inventory: the size of the file system holding the Docker
// engine's data root, measured against a real engine, and absent (never 0) when it cannot be.
import t from "tap";
import { statfsSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { DockerEngine } from "../../packages/agent/src/containers/docker.js";
import { Collector } from "../../packages/agent/src/telemetry/collector.js";
import { NvidiaSmi } from "../../packages/agent/src/telemetry/nvidia-smi/collector.js";
import { fileSystemBytes, instanceStorage } from "../../packages/agent/src/telemetry/storage.js";
import { docker, dockerHost } from "../helpers/docker.js";
import { FAKE_NVIDIA_SMI, tempDir } from "../helpers/processes.js";

const log = pino({ level: "silent" });
const sizeOf = (path: string) => {
  const s = statfsSync(path, { bigint: true });
  return Number(s.bsize * s.blocks);
};

function collector(engine: DockerEngine, publicAddress?: string): Collector {
  return new Collector(new NvidiaSmi({ path: FAKE_NVIDIA_SMI, timeoutMs: 15_000, log }), engine, publicAddress);
}

t.test("a file system's size", async (t) => {
  const bytes = await fileSystemBytes("/");
  t.ok(bytes > 0, `${bytes} bytes`);
  t.equal(bytes, sizeOf("/"));
  await t.rejects(fileSystemBytes("/nonexistent/remotegpu-data-root"), { code: "ENOENT" });
});

t.test("the engine's data root, measured; failures are reasons, not exceptions", async (t) => {
  const engine = new DockerEngine(await dockerHost());
  const root = await engine.dataRoot();
  t.equal(root, await docker("info", "--format", "{{.DockerRootDir}}"), "DockerRootDir, as `docker info` says");
  t.same(await instanceStorage(engine), { bytes: sizeOf(root) });

  const gone = await instanceStorage({ dataRoot: async () => "/nonexistent/remotegpu-data-root" });
  t.notOk("bytes" in gone);
  t.match("error" in gone ? gone.error : "", /cannot measure the engine's data root \/nonexistent\/remotegpu-data-root: .*ENOENT/);

  const unreachable = new DockerEngine(`unix://${join(tempDir("no-engine"), "docker.sock")}`);
  await t.rejects(unreachable.dataRoot(), { code: "RUNTIME_UNAVAILABLE" });
  const r = await instanceStorage(unreachable);
  t.match("error" in r ? r.error : "", /cannot ask the engine for its data root: the Docker engine cannot be reached/);
});

t.test("every inventory carries the public address, and the storage size when it can be measured", async (t) => {
  const engine = new DockerEngine(await dockerHost());
  const inv = await collector(engine, "203.0.113.7").inventory();
  t.equal(inv.publicAddress, "203.0.113.7");
  t.equal(inv.instanceStorageBytes, sizeOf(await engine.dataRoot()));
  t.notOk(
    inv.gpuErrors!.some((e) => /instance storage/.test(e)),
    "no storage complaint with a working engine",
  );
  t.equal((await collector(engine).inventory()).publicAddress, "", "not configured: empty");

  // Without an engine the inventory still goes out: no size (not 0), one line about the engine.
  const without = await collector(new DockerEngine(`unix://${join(tempDir("no-engine"), "docker.sock")}`), "gpu-7.example.com").inventory();
  t.equal(without.publicAddress, "gpu-7.example.com");
  t.notOk("instanceStorageBytes" in without, "instance_storage_bytes is absent");
  t.equal(without.dockerVersion, "");
  t.equal(without.gpus!.length > 0, true, "the rest of the inventory is there");
  t.equal(without.gpuErrors!.filter((e) => /docker|instance storage/.test(e)).length, 1, JSON.stringify(without.gpuErrors));
});
