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
  if (["ECONNREFUSED", "ENOENT", "EACCES", "ECONNRESET", "EPIPE", "ETIMEDOUT"].includes(e.code ?? "") || /socket hang up|timeout/i.test(message)) {
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

  /** Pulls an image; the engine's reason becomes IMAGE_PULL_FAILED. */
  async pull(ref: string): Promise<void> {
    try {
      const stream = await this.slow.pull(ref);
      await new Promise<void>((resolve, reject) => {
        this.slow.modem.followProgress(stream, (err: Error | null, output: { error?: string }[]) => {
          const failed = output?.find((o) => o.error);
          if (err || failed) reject(new Error(err?.message ?? failed?.error));
          else resolve();
        });
      });
    } catch (err) {
      const e = asRuntimeError(err);
      throw e.code === "RUNTIME_UNAVAILABLE" ? e : new RuntimeError("IMAGE_PULL_FAILED", `pulling ${ref} failed: ${e.message}`);
    }
  }

  async ensureVolume(name: string, labels: Record<string, string>): Promise<void> {
    await engine(() => this.docker.createVolume({ Name: name, Labels: labels }));
  }

  async removeVolume(name: string): Promise<void> {
    try {
      await engine(() => this.docker.getVolume(name).remove());
    } catch (err) {
      if (!(err instanceof RuntimeError && err.code === "NOT_FOUND")) throw err;
    }
  }

  async create(options: ContainerOptions): Promise<string> {
    const c = await engine(() => this.docker.createContainer(options as unknown as Docker.ContainerCreateOptions));
    return c.id;
  }

  async start(id: string): Promise<void> {
    await engine(() => notModifiedIsFine(this.docker.getContainer(id).start())); // 304: already running
  }

  async stop(id: string, timeoutS: number): Promise<void> {
    await engine(() => notModifiedIsFine(this.slow.getContainer(id).stop({ t: timeoutS }))); // 304: already stopped
  }

  async restart(id: string, timeoutS: number): Promise<void> {
    await engine(() => this.slow.getContainer(id).restart({ t: timeoutS }));
  }

  async rename(id: string, name: string): Promise<void> {
    await engine(() => this.docker.getContainer(id).rename({ name }));
  }

  async remove(id: string): Promise<void> {
    try {
      await engine(() => this.docker.getContainer(id).remove({ force: true }));
    } catch (err) {
      if (!(err instanceof RuntimeError && err.code === "NOT_FOUND")) throw err;
    }
  }

  /** Commits a container's file system to repo:tag; returns the image id. */
  async commit(id: string, repo: string, tag: string, pause: boolean): Promise<string> {
    const r = await engine(() => this.slow.getContainer(id).commit({ repo, tag, pause }));
    return (r as { Id: string }).Id;
  }

  async removeImage(ref: string): Promise<void> {
    try {
      await engine(() => this.docker.getImage(ref).remove());
    } catch (err) {
      // Not there, or still in use by a container (it goes with the container): fine.
      if (!(err instanceof RuntimeError && (err.code === "NOT_FOUND" || err.code === "CONFLICT"))) throw err;
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
      if (info && info.Config.Labels?.[LABEL.INSTANCE]) out.push(info); // removed meanwhile: skip
    }
    return out;
  }
}
