// The host's cache of dataset and model versions (issue 12: delivery to GPU hosts).
//   <dir>/blobs/<sha256>             content, verified on arrival and again on every use
//   <dir>/blobs/<sha256>.partial     a download in progress (continued with Range after a break)
//   <dir>/versions/<digest>/<path>   a version materialised as hard links into blobs/, mounted
//                                    read-only into containers; ".complete" marks it whole
// Bounded by `maxBytes`: after each materialisation, least recently used content that no
// version in use needs is removed (versions not in use go first, then their blobs).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { link, mkdir, open, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { type ManifestFile, manifestDigest, manifestPathProblem, SHA256_PATTERN } from "@remotegpu/protocol";

/** Where the bytes come from (the control plane, over HTTP with the host credential). */
export interface ArtifactSource {
  manifest(versionId: string): Promise<ManifestFile[]>;
  /** The blob's bytes from `offset` on. */
  blob(sha256: string, offset: number): Promise<AsyncIterable<Uint8Array>>;
}

export class ArtifactError extends Error {}

const COMPLETE = ".complete";

async function sha256File(path: string): Promise<string> {
  const h = createHash("sha256");
  await pipeline(createReadStream(path), async (chunks: AsyncIterable<Buffer>) => {
    for await (const c of chunks) h.update(c);
  });
  return h.digest("hex");
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}

export class ArtifactCache {
  private readonly blobs: string;
  private readonly versions: string;
  /** One materialisation per version at a time (two instances of one version share the work). */
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    readonly dir: string,
    private readonly source: ArtifactSource,
    private readonly maxBytes: number,
    private readonly log: (msg: string, extra?: Record<string, unknown>) => void = () => undefined,
  ) {
    this.blobs = join(dir, "blobs");
    this.versions = join(dir, "versions");
  }

  /** The host directory holding the version's files (to bind read-only). */
  async materialize(versionId: string, digest: string, inUse: ReadonlySet<string> = new Set()): Promise<string> {
    if (!SHA256_PATTERN.test(digest)) throw new ArtifactError(`not a version digest: ${digest.slice(0, 80)}`);
    const running = this.inFlight.get(digest);
    if (running !== undefined) return running;
    const p = this.build(versionId, digest).finally(() => this.inFlight.delete(digest));
    this.inFlight.set(digest, p);
    const dir = await p;
    await this.evict(new Set([...inUse, digest])).catch((err: unknown) => this.log("cache eviction failed", { err: String(err) }));
    return dir;
  }

  private async build(versionId: string, digest: string): Promise<string> {
    const files = await this.source.manifest(versionId);
    if (manifestDigest(files) !== digest) throw new ArtifactError(`the manifest of version ${versionId} does not match its digest ${digest}`);
    for (const f of files) {
      const problem = manifestPathProblem(f.path);
      if (problem || !SHA256_PATTERN.test(f.sha256) || !Number.isSafeInteger(f.size) || f.size < 0)
        throw new ArtifactError(`the manifest of version ${versionId} has an unsafe entry (${problem ?? "bad size or digest"})`);
    }
    const target = join(this.versions, digest);
    const complete = await sizeOf(join(target, COMPLETE));
    // Every use checks the content: a corrupted cache entry is fetched again.
    let intact = complete !== undefined;
    for (const f of files) {
      // Content fetched again means the tree's links may hold the old (corrupt) bytes: rebuild it.
      if (await this.ensureBlob(f)) intact = false;
      if (intact && (await sizeOf(join(target, f.path))) !== f.size) intact = false;
    }
    if (intact) {
      await this.touch(target);
      return target;
    }
    // (Re)build the tree: hard links share the verified bytes; the tree becomes visible at once.
    const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
    await rm(tmp, { recursive: true, force: true });
    for (const f of files) {
      const dest = join(tmp, f.path);
      await mkdir(dirname(dest), { recursive: true });
      await link(join(this.blobs, f.sha256), dest);
    }
    await writeFile(join(tmp, COMPLETE), `${versionId}\n`);
    await rm(target, { recursive: true, force: true });
    await mkdir(this.versions, { recursive: true });
    await rename(tmp, target);
    return target;
  }

  /** The blob, whole and verified: kept if intact, continued if partial, fetched again if corrupt (true: fetched). */
  private async ensureBlob(f: ManifestFile): Promise<boolean> {
    await mkdir(this.blobs, { recursive: true });
    const path = join(this.blobs, f.sha256);
    if ((await sizeOf(path)) === f.size) {
      if ((await sha256File(path)) === f.sha256) {
        await this.touch(path);
        return false;
      }
      this.log("a cached file is corrupt: fetching it again", { sha256: f.sha256 });
    }
    await rm(path, { force: true });
    const partial = `${path}.partial`;
    for (let attempt = 0; ; attempt++) {
      let have = (await sizeOf(partial)) ?? 0;
      if (have > f.size) {
        await rm(partial, { force: true });
        have = 0;
      }
      try {
        if (have < f.size) {
          const body = await this.source.blob(f.sha256, have);
          // Written chunk by chunk: what arrived before a break is on disk for the next attempt.
          const fh = await open(partial, have > 0 ? "a" : "w");
          try {
            for await (const chunk of body) await fh.write(chunk);
          } finally {
            await fh.close();
          }
        }
      } catch (err) {
        // A broken download keeps what arrived; the next attempt continues from there.
        if (attempt >= 2) throw new ArtifactError(`fetching ${f.sha256} failed: ${(err as Error).message}`);
        continue;
      }
      const got = await sha256File(partial);
      if (got === f.sha256) break;
      await rm(partial, { force: true });
      if (attempt >= 2) throw new ArtifactError(`the content of ${f.sha256} arrived as ${got}`);
    }
    await rename(partial, path);
    return true;
  }

  private async touch(path: string): Promise<void> {
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
  }

  /** Removes least recently used versions not in use, then blobs no remaining version links, until under the bound. */
  async evict(inUse: ReadonlySet<string>): Promise<void> {
    const versions = await this.entries(this.versions);
    const blobs = await this.entries(this.blobs);
    let total = blobs.reduce((n, b) => n + b.size, 0);
    if (total <= this.maxBytes) return;
    for (const v of versions.sort((a, b) => a.mtimeMs - b.mtimeMs)) {
      if (inUse.has(v.name) || v.name.endsWith(".tmp")) continue;
      await rm(join(this.versions, v.name), { recursive: true, force: true });
      this.log("evicted a cached version", { digest: v.name });
    }
    // A blob with one link is referenced by no version tree left.
    for (const b of blobs.sort((a, b) => a.mtimeMs - b.mtimeMs)) {
      if (total <= this.maxBytes) break;
      const s = await stat(join(this.blobs, b.name)).catch(() => undefined);
      if (!s || s.nlink > 1 || b.name.endsWith(".partial")) continue;
      await rm(join(this.blobs, b.name), { force: true });
      total -= b.size;
    }
  }

  private async entries(dir: string): Promise<{ name: string; size: number; mtimeMs: number }[]> {
    const names = await readdir(dir).catch(() => [] as string[]);
    const out: { name: string; size: number; mtimeMs: number }[] = [];
    for (const name of names) {
      const s = await stat(join(dir, name)).catch(() => undefined);
      if (s) out.push({ name, size: s.size, mtimeMs: s.mtimeMs });
    }
    return out;
  }
}

/** The control plane as the source: HTTP with the host's credential. */
export function httpArtifactSource(baseUrl: string, hostId: () => string, secret: () => string): ArtifactSource {
  const headers = () => ({ authorization: `Bearer ${secret()}`, "x-remotegpu-host-id": hostId() });
  const url = (path: string) => new URL(path, baseUrl.replace(/^ws/, "http")).toString();
  return {
    async manifest(versionId) {
      const res = await fetch(url(`/agent/v1/artifacts/${encodeURIComponent(versionId)}/manifest`), { headers: headers() });
      if (!res.ok) throw new ArtifactError(`the manifest of ${versionId}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
      const body = (await res.json()) as { files?: ManifestFile[] };
      if (!Array.isArray(body.files)) throw new ArtifactError(`the manifest of ${versionId} has no files`);
      return body.files;
    },
    async blob(sha256, offset) {
      const res = await fetch(url(`/agent/v1/blobs/${sha256}`), { headers: { ...headers(), ...(offset > 0 ? { range: `bytes=${offset}-` } : {}) } });
      if (res.status !== (offset > 0 ? 206 : 200) || !res.body) throw new ArtifactError(`blob ${sha256}: HTTP ${res.status}`);
      return res.body as unknown as AsyncIterable<Uint8Array>;
    },
  };
}
