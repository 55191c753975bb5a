// The agent's artifact cache: versions fetched by SHA-256 and verified, continued after a broken
// download, fetched again when a cached file is corrupt, evicted least-recently-used beyond the
// bound; and mounted read-only into a container on the real Docker engine.
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { agentv1, ContainerStatus, type ManifestFile, manifestDigest } from "@remotegpu/protocol";
import t from "tap";
import { ArtifactCache, type ArtifactSource } from "../../packages/agent/src/artifacts/cache.js";
import { DockerEngine } from "../../packages/agent/src/containers/docker.js";
import { ContainerRuntime } from "../../packages/agent/src/containers/runtime.js";
import { dockerHost, exec, inspect, testImage } from "../helpers/docker.js";
import { tempDir } from "../helpers/processes.js";

const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

/** An in-memory control plane: versions of files; counts what was fetched; can break a download once. */
class FakeSource implements ArtifactSource {
  readonly versions = new Map<string, ManifestFile[]>();
  readonly blobs = new Map<string, Buffer>();
  fetches: { sha256: string; offset: number }[] = [];
  /** Breaks the next download of this blob after `at` bytes. */
  breakNext: { sha256: string; at: number } | undefined;

  add(versionId: string, files: Record<string, string | Buffer>): string {
    const list = Object.entries(files).map(([path, c]) => {
      const b = Buffer.from(c);
      this.blobs.set(sha(b), b);
      return { path, size: b.length, sha256: sha(b) };
    });
    this.versions.set(versionId, list);
    return manifestDigest(list);
  }

  async manifest(versionId: string): Promise<ManifestFile[]> {
    const m = this.versions.get(versionId);
    if (!m) throw new Error("404");
    return m;
  }

  async blob(sha256: string, offset: number): Promise<AsyncIterable<Uint8Array>> {
    this.fetches.push({ sha256, offset });
    const data = this.blobs.get(sha256)!.subarray(offset);
    const breakAt = this.breakNext?.sha256 === sha256 ? this.breakNext.at : undefined;
    if (breakAt !== undefined) this.breakNext = undefined;
    return (async function* () {
      if (breakAt === undefined) {
        yield data;
        return;
      }
      yield data.subarray(0, breakAt);
      throw new Error("connection reset");
    })();
  }
}

t.test("the cache: verified, resumed, re-fetched when corrupt, evicted by LRU", async (t) => {
  const src = new FakeSource();
  const dir = tempDir("artifacts");
  const cache = new ArtifactCache(dir, src, 10_000);
  const big = randomBytes(6000);
  const d1 = src.add("v1", { "train/a.csv": "a,b\n1,2\n", "big.bin": big });

  // A download that breaks halfway continues from where it stopped.
  src.breakNext = { sha256: sha(big), at: 2500 };
  const path = await cache.materialize("v1", d1);
  t.equal(readFileSync(join(path, "train/a.csv"), "utf8"), "a,b\n1,2\n");
  t.equal(sha(readFileSync(join(path, "big.bin"))), sha(big));
  const bigFetches = src.fetches.filter((f) => f.sha256 === sha(big));
  t.ok(bigFetches.length >= 2, "fetched again after the break");
  t.ok(
    bigFetches.some((f) => f.offset === 2500),
    "…from byte 2500, not from the start",
  );

  // Used again: nothing fetched.
  src.fetches = [];
  t.equal(await cache.materialize("v1", d1), path);
  t.same(src.fetches, [], "cached");

  // A corrupted cache entry is detected and fetched again.
  writeFileSync(join(dir, "blobs", sha(big)), Buffer.alloc(big.length, 0));
  await cache.materialize("v1", d1);
  t.same(
    src.fetches.map((f) => f.sha256),
    [sha(big)],
    "only the corrupt file came again",
  );
  t.equal(sha(readFileSync(join(path, "big.bin"))), sha(big), "the mounted tree has the right bytes again");

  // A manifest that does not match the digest the control plane gave, or with unsafe paths.
  await t.rejects(cache.materialize("v1", "0".repeat(64)), /does not match/);
  const bad = [{ path: "../escape", size: 1, sha256: sha("x") }];
  src.versions.set("evil", bad);
  await t.rejects(cache.materialize("evil", manifestDigest(bad)), /unsafe/);

  // Beyond the bound (10 kB) the least recently used version not in use goes.
  const other = randomBytes(5000);
  const d2 = src.add("v2", { "m.bin": other });
  await cache.materialize("v2", d2, new Set([d2]));
  const { readdirSync } = await import("node:fs");
  t.same(readdirSync(join(dir, "versions")).sort(), [d2], "v1 evicted, v2 (in use) kept");
  t.notOk(readdirSync(join(dir, "blobs")).includes(sha(big)), "its content too");
});

t.test("a container sees a version read-only at /data/<name>", async (t) => {
  const src = new FakeSource();
  const digest = src.add("11111111-1111-1111-1111-111111111111", { "train/x.txt": "hello from the dataset\n" });
  const cache = new ArtifactCache(tempDir("artifacts"), src, 1e9);
  const rt = new ContainerRuntime(new DockerEngine(await dockerHost()), { gpuAttach: "none", network: "none", artifacts: cache });
  const id = `gpu-t${randomBytes(6).toString("hex")}`;
  t.teardown(() => rt.destroy(id).catch(() => undefined));
  const spec = agentv1.InstanceSpec.create({
    imageRef: testImage(),
    cpuMillis: 500,
    memoryBytes: 64 * 2 ** 20,
    rootPassword: "pw",
    pidsLimit: 128,
    artifacts: [{ target: "/data/mnist", versionId: "11111111-1111-1111-1111-111111111111", digest }],
  });
  const created = await rt.create(id, 1, spec);
  t.equal(created.status, ContainerStatus.CONTAINER_STATUS_RUNNING);
  const name = `rgpu-${id}`;
  t.equal(await exec(name, "cat /data/mnist/train/x.txt"), "hello from the dataset");
  t.match(await exec(name, "touch /data/mnist/new 2>&1; echo rc=$?"), /Read-only file system[\s\S]*rc=1/, "read-only");
  const m = (await inspect(name)).Mounts.find((x: any) => x.Destination === "/data/mnist");
  t.match(m, { Type: "bind", RW: false });

  // A target outside /data and /models is refused before anything is made.
  const id2 = `gpu-t${randomBytes(6).toString("hex")}`;
  t.teardown(() => rt.destroy(id2).catch(() => undefined));
  await t.rejects(
    rt.create(id2, 1, agentv1.InstanceSpec.create({ ...spec, artifacts: [{ ...spec.artifacts[0]!, target: "/etc" }] })),
    /bad artifact mount target/,
  );
  // Without a cache, an instance with artifacts is refused (not made without its data).
  const bare = new ContainerRuntime(new DockerEngine(await dockerHost()), { gpuAttach: "none", network: "none" });
  await t.rejects(bare.create(id2, 1, spec), /no artifact cache/);
});
