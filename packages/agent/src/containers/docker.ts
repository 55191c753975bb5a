// The one module that talks to the Docker engine (through dockerode). Thin: each method is one
// engine call or a small fixed sequence, with engine errors turned into RuntimeError codes.
import Docker from "dockerode";
import { LABEL, OWNER, type ContainerOptions } from "./spec.js";

/** Reads answer in milliseconds; 10 s means the engine is stuck. Long operations (pull,
 * commit, stop) set their own deadline. */
const ENGINE_TIMEOUT_MS = 10_000;

export type RuntimeErrorCode = "RUNTIME_UNAVAILABLE" | "IMAGE_PULL_FAILED" | "NOT_FOUND" | "CONFLICT" | "RUNTIME_ERROR";

export class RuntimeError extends Error {
  constructor(
    readonly code: RuntimeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RuntimeError";
  }
}

/** Engine failure → RuntimeError, keeping the engine's own words. */
export function asRuntimeError(err: unknown): RuntimeError {
  if (err instanceof RuntimeError) return err;
  const e = err as { statusCode?: number; code?: string; message?: string; json?: { message?: string } };
  const message = e.json?.message ?? e.message ?? String(err);
  // Only failures to talk to the engine itself (never what the engine reports about a registry).
  if (["ECONNREFUSED", "ENOENT", "EACCES", "ECONNRESET", "EPIPE", "ETIMEDOUT"].includes(e.code ?? "") || /socket hang up/i.test(message)) {
    return new RuntimeError("RUNTIME_UNAVAILABLE", `the Docker engine cannot be reached: ${message}`);
  }
  if (e.statusCode === 404) return new RuntimeError("NOT_FOUND", message);
  if (e.statusCode === 409) return new RuntimeError("CONFLICT", message);
  return new RuntimeError("RUNTIME_ERROR", message);
}

async function engine<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw asRuntimeError(err);
  }
}

/** The engine answers 304 when a container already is in the asked state: that is success. */
async function notModifiedIsFine(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode !== 304) throw err;
  }
}

/** "unix:///var/run/docker.sock", "/path/docker.sock", "tcp://127.0.0.1:2375" → dockerode options. */
export function dockerOptions(dockerHost: string): Docker.DockerOptions {
  if (dockerHost.startsWith("unix://")) return { socketPath: dockerHost.slice("unix://".length), timeout: ENGINE_TIMEOUT_MS };
  if (dockerHost.startsWith("/")) return { socketPath: dockerHost, timeout: ENGINE_TIMEOUT_MS };
  const url = new URL(dockerHost.replace(/^tcp:/, "http:"));
  return { host: url.hostname, port: Number(url.port || 2375), protocol: "http", timeout: ENGINE_TIMEOUT_MS };
}

export interface EngineInfo {
  /** Storage driver, e.g. "overlay2". */
  driver: string;
  /** DriverStatus as a map, e.g. {"Backing Filesystem": "xfs"}. */
  driverStatus: Record<string, string>;
  dockerRootDir: string;
  /** Names of the OCI runtimes the engine knows, e.g. ["io.containerd.runc.v2", "nvidia", "runc"]. */
  runtimes: string[];
  /** Where the engine looks for CDI specs (Docker 25+ reports it). */
  cdiSpecDirs: string[];
}

export class DockerEngine {
  private readonly docker: Docker;
  /** Slow operations: a pull of a 20 GB CUDA image, a commit of a big system disk. */
  private readonly slow: Docker;

  constructor(dockerHost: string) {
    this.docker = new Docker(dockerOptions(dockerHost));
    this.slow = new Docker({ ...dockerOptions(dockerHost), timeout: undefined });
  }

  /** The engine version, or an error message when the engine cannot be reached. */
  async version(): Promise<{ version: string } | { error: string }> {
    try {
      const v = await this.docker.version();
      return { version: v.Version };
    } catch (err) {
      return { error: asRuntimeError(err).message };
    }
  }

  /**
   * The engine's data root (`docker info` → DockerRootDir, e.g. /var/lib/docker): the file
   * system under it holds the containers' writable layers and the volumes.
   */
  async dataRoot(): Promise<string> {
    const info = (await engine(() => this.docker.info())) as { DockerRootDir?: unknown };
    if (typeof info.DockerRootDir !== "string" || !info.DockerRootDir.startsWith("/")) {
      throw new RuntimeError("RUNTIME_ERROR", `the engine reported no absolute DockerRootDir (got ${JSON.stringify(info.DockerRootDir ?? null)})`);
    }
    return info.DockerRootDir;
  }

  /** What the engine says about itself (`docker info`): storage driver, runtimes, data root. */
  async info(): Promise<EngineInfo> {
    const i = (await engine(() => this.docker.info())) as Record<string, unknown>;
    const status = Array.isArray(i["DriverStatus"])
      ? (i["DriverStatus"] as unknown[]).filter((p): p is [string, string] => Array.isArray(p) && p.length === 2)
      : [];
    return {
      driver: typeof i["Driver"] === "string" ? i["Driver"] : "",
      driverStatus: Object.fromEntries(status.map(([k, v]) => [String(k), String(v)])),
      dockerRootDir: typeof i["DockerRootDir"] === "string" ? i["DockerRootDir"] : "",
      runtimes: i["Runtimes"] && typeof i["Runtimes"] === "object" ? Object.keys(i["Runtimes"] as object) : [],
      cdiSpecDirs: Array.isArray(i["CDISpecDirs"]) ? (i["CDISpecDirs"] as unknown[]).filter((d): d is string => typeof d === "string") : [],
    };
  }

  async imageExists(ref: string): Promise<boolean> {
    try {
      await engine(() => this.docker.getImage(ref).inspect());
      return true;
    } catch (err) {
      if (err instanceof RuntimeError && err.code === "NOT_FOUND") return false;
      throw err;
    }
  }

  async imageInfo(ref: string): Promise<{ id: string; sizeBytes: number }> {
    const i = await engine(() => this.docker.getImage(ref).inspect());
    return { id: i.Id, sizeBytes: i.Size };
  }

  /**
   * Pulls an image. Not reaching the engine is RUNTIME_UNAVAILABLE; anything the engine says
   * about the pull (registry unreachable, a TLS or i/o timeout, no such image) is
   * IMAGE_PULL_FAILED with its words.
   */
  async pull(ref: string): Promise<void> {
    let stream: NodeJS.ReadableStream;
    try {
      stream = await this.slow.pull(ref);
    } catch (err) {
      const e = asRuntimeError(err);
      throw e.code === "RUNTIME_UNAVAILABLE" ? e : new RuntimeError("IMAGE_PULL_FAILED", `pulling ${ref} failed: ${e.message}`);
    }
    try {
      await new Promise<void>((resolve, reject) => {
        this.slow.modem.followProgress(stream, (err: Error | null, output: { error?: string }[]) => {
          const failed = output?.find((o) => o.error);
          if (err || failed) reject(new Error(err?.message ?? failed?.error));
          else resolve();
        });
      });
    } catch (err) {
      throw new RuntimeError("IMAGE_PULL_FAILED", `pulling ${ref} failed: ${(err as Error).message}`);
    }
  }

  /**
   * Creates the volume, or finds it there. A volume of that name with other labels is not ours
   * (someone made it by hand): CONFLICT, never mounted into an instance.
   */
  async ensureVolume(name: string, labels: Record<string, string>, driverOpts?: Record<string, string>): Promise<void> {
    const existing = await this.volumeExists(name);
    if (!existing) await engine(() => this.docker.createVolume({ Name: name, Labels: labels, ...(driverOpts ? { DriverOpts: driverOpts } : {}) }));
    const found = (await engine(() => this.docker.getVolume(name).inspect())) as { Labels?: Record<string, string> | null };
    for (const [k, v] of Object.entries(labels)) {
      if (found.Labels?.[k] !== v) throw new RuntimeError("CONFLICT", `a volume named ${name} exists and is not this instance's`);
    }
  }

  private async volumeExists(name: string): Promise<boolean> {
    try {
      await engine(() => this.docker.getVolume(name).inspect());
      return true;
    } catch (err) {
      if (err instanceof RuntimeError && err.code === "NOT_FOUND") return false;
      throw err;
    }
  }

  /** Volumes carrying all these labels. */
  async listVolumes(labels: Record<string, string>): Promise<{ name: string; labels: Record<string, string> }[]> {
    const r = await engine(() => this.docker.listVolumes({ filters: { label: Object.entries(labels).map(([k, v]) => `${k}=${v}`) } }));
    return (r.Volumes ?? []).map((v) => ({ name: v.Name, labels: v.Labels ?? {} }));
  }

  /** The paths an image declares with VOLUME. */
  async imageVolumes(ref: string): Promise<string[]> {
    const i = await engine(() => this.docker.getImage(ref).inspect());
    return Object.keys(i.Config.Volumes ?? {}).sort();
  }

  async removeVolume(name: string): Promise<void> {
    try {
      // Removing a volume of a few hundred GB takes its time: no client timeout.
      await engine(() => this.slow.getVolume(name).remove());
    } catch (err) {
      if (!(err instanceof RuntimeError && err.code === "NOT_FOUND")) throw err;
    }
  }

  async create(options: ContainerOptions): Promise<string> {
    const c = await engine(() => this.docker.createContainer(options as unknown as Docker.ContainerCreateOptions));
    return c.id;
  }

  // Starting can take long (the NVIDIA hook sets up 8 GPUs; a big volume mounts), and a client
  // timeout would report a failure while the engine goes on: no timeout for changes.
  async start(id: string): Promise<void> {
    await engine(() => notModifiedIsFine(this.slow.getContainer(id).start())); // 304: already running
  }

  async stop(id: string, timeoutS: number): Promise<void> {
    await engine(() => notModifiedIsFine(this.slow.getContainer(id).stop({ t: timeoutS }))); // 304: already stopped
  }

  /**
   * The container's log as Docker keeps it, from the start, following until the container stops:
   * multiplexed frames (8-byte header: stream, 0, 0, 0, length) with an RFC 3339 timestamp at the
   * start of each message. No client timeout: a task may print nothing for hours.
   */
  async logs(id: string): Promise<NodeJS.ReadableStream> {
    return engine(() => this.slow.getContainer(id).logs({ follow: true, stdout: true, stderr: true, timestamps: true }));
  }

  async restart(id: string, timeoutS: number): Promise<void> {
    await engine(() => this.slow.getContainer(id).restart({ t: timeoutS }));
  }

  /** A bridge network without traffic between its containers (tenants reach only published ports). */
  async ensureIsolatedNetwork(name: string): Promise<void> {
    const existing = await engine(() => this.docker.listNetworks({ filters: { name: [name] } }));
    if (existing.some((n) => n.Name === name)) return;
    try {
      await engine(() =>
        this.docker.createNetwork({
          Name: name,
          Driver: "bridge",
          CheckDuplicate: true,
          Options: { "com.docker.network.bridge.enable_icc": "false" },
          Labels: { [LABEL.OWNER]: OWNER },
        }),
      );
    } catch (err) {
      if (!(err instanceof RuntimeError && err.code === "CONFLICT")) throw err; // created meanwhile
    }
  }

  async rename(id: string, name: string): Promise<void> {
    await engine(() => this.slow.getContainer(id).rename({ name }));
  }

  /** @param volumes also remove the container's anonymous volumes */
  async remove(id: string, volumes = false): Promise<void> {
    try {
      await engine(() => this.slow.getContainer(id).remove({ force: true, v: volumes }));
    } catch (err) {
      if (!(err instanceof RuntimeError && err.code === "NOT_FOUND")) throw err;
    }
  }

  /** Commits a container's file system to repo:tag with Dockerfile-style changes; returns the image id. */
  async commit(id: string, repo: string, tag: string, pause: boolean, changes: string[] = []): Promise<string> {
    const r = await engine(() => this.slow.getContainer(id).commit({ repo, tag, pause, changes }));
    return (r as { Id: string }).Id;
  }

  /**
   * Commits a container as a single-layer image: export its file system and import it again,
   * keeping the source image's configuration (which import alone would drop).
   */
  async flatten(id: string, repo: string, tag: string, changes: string[] = []): Promise<void> {
    const info = await engine(() => this.docker.getContainer(id).inspect());
    const image = await engine(() => this.docker.getImage(info.Image).inspect());
    const c = image.Config;
    const keep: string[] = [];
    if (c.Entrypoint) keep.push(`ENTRYPOINT ${JSON.stringify(c.Entrypoint)}`);
    if (c.Cmd) keep.push(`CMD ${JSON.stringify(c.Cmd)}`);
    for (const e of c.Env ?? []) keep.push(`ENV ${e.slice(0, e.indexOf("="))}=${JSON.stringify(e.slice(e.indexOf("=") + 1))}`);
    if (c.WorkingDir) keep.push(`WORKDIR ${c.WorkingDir}`);
    if (c.User) keep.push(`USER ${c.User}`);
    for (const p of Object.keys(c.ExposedPorts ?? {})) keep.push(`EXPOSE ${p}`);
    for (const [k, v] of Object.entries(c.Labels ?? {})) keep.push(`LABEL ${JSON.stringify(k)}=${JSON.stringify(v)}`);
    if (c.Volumes && Object.keys(c.Volumes).length > 0) keep.push(`VOLUME ${JSON.stringify(Object.keys(c.Volumes))}`);
    const tar = await engine(() => this.slow.getContainer(id).export());
    const out = await engine(() => this.slow.importImage(tar as unknown as string, { repo, tag, changes: [...keep, ...changes] }));
    await new Promise<void>((resolve, reject) => {
      this.slow.modem.followProgress(out, (err: Error | null, output: { error?: string }[]) => {
        const failed = output?.find((o) => o.error);
        if (err || failed) reject(new RuntimeError("RUNTIME_ERROR", `flattening failed: ${err?.message ?? failed?.error}`));
        else resolve();
      });
    });
  }

  /** How many layers an image has (commits add one each). */
  async layerCount(ref: string): Promise<number> {
    const i = await engine(() => this.docker.getImage(ref).inspect());
    return i.RootFS?.Layers?.length ?? 0;
  }

  async imageLabel(ref: string, label: string): Promise<string | undefined> {
    const i = await engine(() => this.docker.getImage(ref).inspect());
    return i.Config.Labels?.[label];
  }

  /**
   * Removes an image; one that is not there is fine. `inUseIsFine`: one still used by a container
   * is left (it goes with the container); otherwise that is a CONFLICT error.
   */
  async removeImage(ref: string, inUseIsFine = true): Promise<void> {
    try {
      await engine(() => this.docker.getImage(ref).remove());
    } catch (err) {
      if (!(err instanceof RuntimeError && (err.code === "NOT_FOUND" || (inUseIsFine && err.code === "CONFLICT")))) throw err;
    }
  }

  /** Every tag of a repository present on the host ("repo:tag"). */
  async imageTags(repo: string): Promise<string[]> {
    const images = await engine(() => this.docker.listImages({ filters: { reference: [repo] } }));
    return images.flatMap((i) => (i.RepoTags ?? []).filter((t) => t.startsWith(`${repo}:`)));
  }

  async inspect(id: string): Promise<Docker.ContainerInspectInfo | undefined> {
    try {
      return await engine(() => this.docker.getContainer(id).inspect());
    } catch (err) {
      if (err instanceof RuntimeError && err.code === "NOT_FOUND") return undefined;
      throw err;
    }
  }

  /** Every container whose labels say it is ours (the rest of the host is none of our business). */
  async listOwned(): Promise<Docker.ContainerInspectInfo[]> {
    const list = await engine(() => this.docker.listContainers({ all: true, filters: { label: [`${LABEL.OWNER}=${OWNER}`] } }));
    const out: Docker.ContainerInspectInfo[] = [];
    for (const c of list) {
      const info = await this.inspect(c.Id);
      if (info?.Config.Labels?.[LABEL.INSTANCE]) out.push(info); // removed meanwhile: skip
    }
    return out;
  }
}
