// FinishTask (decision 0031): stop the task's container, let its log and metrics be shipped to
// the end, upload its output directory, remove everything, answer with a TaskOutcome. Converges
// when run again after a crash: the outcome is written to <tasksDir>/<instance_id>.outcome.json
// before anything is removed, and a run that finds it answers with it.
import { createHash } from "node:crypto";
import { constants, type Dirent } from "node:fs";
import { open, readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { Logger } from "pino";
import { AGENT_TASKS_PATH, ContainerStatus, manifestPathProblem, type pb } from "@remotegpu/protocol";
import { RuntimeError } from "../containers/docker.js";
import { type ContainerRuntime, taskDirs } from "../containers/runtime.js";
import { LABEL, parseTaskLimits } from "../containers/spec.js";
import { writeFileAtomic } from "../state/atomic-file.js";
import type { TaskShipper } from "./shipper.js";

/** Where output files go: PUT {AGENT_TASKS_PATH}/{instance_id}/output/{sha256} with the body. */
export interface OutputUploader {
  put(instanceId: string, sha256: string, size: number, body: () => Readable): Promise<void>;
}

export class UploadError extends Error {
  constructor(
    message: string,
    /** Worth another try (a network error, a 5xx). */
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** The control plane over HTTP with the host credential (as the artifact cache fetches blobs). */
export function httpOutputUploader(baseUrl: string, hostId: () => string, secret: () => string): OutputUploader {
  return {
    async put(instanceId, sha256, size, body) {
      const url = new URL(`${AGENT_TASKS_PATH}/${encodeURIComponent(instanceId)}/output/${sha256}`, baseUrl.replace(/^ws/, "http")).toString();
      let res: Response;
      try {
        res = await fetch(url, {
          method: "PUT",
          headers: {
            authorization: `Bearer ${secret()}`,
            "x-remotegpu-host-id": hostId(),
            "content-type": "application/octet-stream",
            "content-length": String(size),
          },
          body: Readable.toWeb(body()) as unknown as RequestInit["body"],
          duplex: "half",
        } as RequestInit);
      } catch (err) {
        throw new UploadError(`PUT ${sha256}: ${(err as Error).message}`, true);
      }
      const text = res.ok ? "" : (await res.text().catch(() => "")).slice(0, 300);
      if (res.status === 200 || res.status === 201) return;
      throw new UploadError(`PUT ${sha256}: HTTP ${res.status} ${text}`, res.status >= 500 || res.status === 429 || res.status === 408);
    },
  };
}

export interface FinisherOptions {
  runtime: ContainerRuntime;
  shipper: TaskShipper;
  uploader: OutputUploader;
  tasksDir: string;
  log: Logger;
  /** Upload retries: delays between attempts (defaults 1, 2, 4, 8, 16, 30 s). */
  retryDelaysMs?: number[];
}

/** When FinishTask does not say how long to wait for the last lines' acknowledgement. */
const DEFAULT_FLUSH_TIMEOUT_S = 30;

export const outcomePath = (tasksDir: string, instanceId: string): string => join(tasksDir, `${instanceId}.outcome.json`);

type OutputFileInit = NonNullable<pb.TaskOutcomeInit["files"]>[number];

interface StoredOutcome {
  version: 1;
  outcome: pb.TaskOutcomeInit;
}

export class TaskFinisher {
  constructor(private readonly opts: FinisherOptions) {}

  async finish(instanceId: string, cmd: pb.FinishTaskInit): Promise<{ state: pb.ContainerStateInit; task: pb.TaskOutcomeInit }> {
    const path = outcomePath(this.opts.tasksDir, instanceId);
    let outcome = await readOutcome(path);
    if (!outcome) {
      const rt = this.opts.runtime;
      const info = await rt.inspect(instanceId);
      if (info && info.Config.Labels?.[LABEL.TASK] !== "1") throw new RuntimeError("CONFLICT", `${instanceId} is not a task`);
      await rt.stopIfRunning(instanceId, cmd.timeoutS ?? 0);
      const after = info ? await rt.inspect(instanceId) : undefined;
      const limits = parseTaskLimits(info?.Config.Labels?.[LABEL.TASK_LIMITS]);
      const flushMs = ((cmd.flushTimeoutS ?? 0) > 0 ? cmd.flushTimeoutS! : DEFAULT_FLUSH_TIMEOUT_S) * 1000;
      const shipped = await this.opts.shipper.flush(instanceId, limits, flushMs);
      outcome = {
        files: [],
        logLines: shipped.log.lines,
        logDroppedLines: shipped.log.dropped,
        metricLines: shipped.metrics.lines,
        metricDroppedLines: shipped.metrics.dropped,
        outputError: "",
        flushed: shipped.log.done && shipped.metrics.done,
      };
      if (after && !after.State.Running) outcome.exitCode = after.State.ExitCode;
      if (cmd.upload) {
        const r = await this.upload(instanceId, cmd);
        if ("error" in r) outcome.outputError = r.error;
        else outcome.files = r.files;
      }
      // Kept before anything is removed: a run after a crash from here on answers the same.
      await writeFileAtomic(path, JSON.stringify({ version: 1, outcome } satisfies StoredOutcome));
    }
    this.opts.shipper.finished(instanceId);
    // Container, volumes, state images and the task's directories (destroy converges).
    await this.opts.runtime.destroy(instanceId);
    await rm(taskDirs(this.opts.tasksDir, instanceId).root, { recursive: true, force: true });
    return { state: { instanceId, status: ContainerStatus.CONTAINER_STATUS_REMOVED }, task: outcome };
  }

  /** The output directory's regular files, hashed and uploaded; or why not. */
  private async upload(instanceId: string, cmd: pb.FinishTaskInit): Promise<{ files: OutputFileInit[] } | { error: string }> {
    const root = taskDirs(this.opts.tasksDir, instanceId).output;
    const maxBytes = Number(cmd.maxOutputBytes ?? 0);
    const maxFiles = Number(cmd.maxOutputFiles ?? 0);
    const found = await listOutput(root, maxFiles);
    if ("error" in found) return found;
    const total = found.files.reduce((n, f) => n + f.size, 0);
    if (maxFiles > 0 && found.files.length > maxFiles) return { error: `the output has more than ${maxFiles} files` };
    if (maxBytes > 0 && total > maxBytes) return { error: `the output holds ${total} bytes, more than ${maxBytes}` };
    const files: OutputFileInit[] = [];
    for (const f of found.files) {
      const fh = await open(join(root, f.path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => undefined);
      if (!fh) continue; // gone meanwhile (the container is stopped: nothing else writes here)
      try {
        const st = await fh.stat();
        if (!st.isFile()) continue;
        const sha256 = await hashOf(fh);
        const body = () => fh.createReadStream({ start: 0, end: Math.max(0, st.size - 1), autoClose: false, emitClose: false }) as unknown as Readable;
        const empty = () => Readable.from([]);
        const problem = await this.putWithRetries(instanceId, sha256, st.size, st.size === 0 ? empty : body);
        if (problem) return { error: problem };
        files.push({ path: f.path, size: st.size, sha256 });
      } finally {
        await fh.close();
      }
    }
    return { files };
  }

  private async putWithRetries(instanceId: string, sha256: string, size: number, body: () => Readable): Promise<string | undefined> {
    const delays = this.opts.retryDelaysMs ?? [1000, 2000, 4000, 8000, 16_000, 30_000];
    for (let attempt = 0; ; attempt++) {
      try {
        await this.opts.uploader.put(instanceId, sha256, size, body);
        return undefined;
      } catch (err) {
        const retryable = !(err instanceof UploadError) || err.retryable;
        if (!retryable || attempt >= delays.length) return `uploading the output failed: ${(err as Error).message}`.slice(0, 1000);
        this.opts.log.warn({ instanceId, sha256, attempt, err: (err as Error).message }, "uploading a task output file failed; trying again");
        await new Promise((r) => setTimeout(r, delays[attempt]));
      }
    }
  }
}

async function readOutcome(path: string): Promise<pb.TaskOutcomeInit | undefined> {
  try {
    const v = JSON.parse(await readFile(path, "utf8")) as StoredOutcome;
    return v.version === 1 ? v.outcome : undefined;
  } catch {
    return undefined;
  }
}

async function hashOf(fh: Awaited<ReturnType<typeof open>>): Promise<string> {
  const h = createHash("sha256");
  for await (const c of fh.createReadStream({ start: 0, autoClose: false, emitClose: false }) as AsyncIterable<Buffer>) h.update(c);
  return h.digest("hex");
}

/**
 * Regular files under the output directory with their relative "/"-separated paths; symlinks,
 * devices, sockets and FIFOs are skipped (lstat semantics: nothing is followed). Stops early
 * beyond maxFiles (a task that wrote a million files is refused without listing them all).
 */
async function listOutput(root: string, maxFiles: number): Promise<{ files: { path: string; size: number }[] } | { error: string }> {
  const files: { path: string; size: number }[] = [];
  const walk = async (dir: string, prefix: string): Promise<string | undefined> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT" && prefix === "") return undefined;
      return `cannot read the output directory: ${(err as Error).message}`;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const rel = prefix === "" ? e.name : `${prefix}/${e.name}`;
      if (e.isDirectory()) {
        // A path too long for a manifest anyway: refused before descending any deeper.
        if (rel.length > 1024) return `the output directory ${JSON.stringify(rel.slice(0, 200))}… is nested too deep`;
        const problem = await walk(join(dir, e.name), rel);
        if (problem) return problem;
      } else if (e.isFile()) {
        const pathProblem = manifestPathProblem(rel);
        if (pathProblem) return `the output file ${JSON.stringify(rel.slice(0, 200))} has an unusable name (${pathProblem})`;
        const fh = await open(join(dir, e.name), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => undefined);
        if (!fh) continue;
        try {
          const st = await fh.stat();
          if (st.isFile()) files.push({ path: rel, size: st.size });
        } finally {
          await fh.close();
        }
        if (maxFiles > 0 && files.length > maxFiles) return `the output has more than ${maxFiles} files`;
      }
    }
    return undefined;
  };
  const problem = await walk(root, "");
  return problem ? { error: problem } : { files };
}

/** Removes outcome files older than maxAgeMs (their FinishTask was answered long ago). */
export async function pruneOutcomes(tasksDir: string, maxAgeMs: number, now = Date.now()): Promise<void> {
  for (const name of await readdir(tasksDir).catch(() => [] as string[])) {
    if (!name.endsWith(".outcome.json")) continue;
    const s = await stat(join(tasksDir, name)).catch(() => undefined);
    if (s && now - s.mtimeMs > maxAgeMs) await rm(join(tasksDir, name), { force: true });
  }
}
