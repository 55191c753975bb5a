// Instance operations on the Docker engine. Each one converges on a target state instead of
// replaying steps, so running it again after a crash in the middle finishes the job and never
// does it twice (docs/decisions/0008-commands.md).
import { chmod, mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { ArtifactCache } from "../artifacts/cache.js";
import { ContainerStatus, type pb, removableImageRefProblem, snapshotRefProblem } from "@remotegpu/protocol";
import type Docker from "dockerode";
import { RuntimeError, type DockerEngine } from "./docker.js";
import {
  ARTIFACT_TARGET_PATTERN,
  buildContainerOptions,
  containerName,
  DATA_MOUNT,
  dataVolumeName,
  declaredVolumeName,
  INSTANCE_NETWORK,
  LABEL,
  OWNER,
  stateImageRepo,
  type DesiredContainer,
  type SpecOptions,
} from "./spec.js";

export interface RuntimeOptions extends SpecOptions {
  /** Crash-test hook: called at named points; kills the process when the point is armed. */
  failpoint?: (name: string) => void;
  /**
   * A GPU change commits the container, which adds an image layer each time; Docker refuses
   * images deeper than 125 layers. From this depth the state image is flattened to one layer
   * instead (CUDA images start with ~20; 90 leaves room and makes flattening rare).
   */
  flattenAtLayers?: number;
  /** Whether the engine enforces disk sizes now (overrides SpecOptions.storageQuota). */
  enforceQuota?: () => boolean;
  /** Dataset and model versions: fetched into this cache and bound read-only (none: refused). */
  artifacts?: ArtifactCache;
  /**
   * Where tasks' host directories live: <tasksDir>/<instance_id>/{run,output} (decision 0031).
   * None: tasks are refused.
   */
  tasksDir?: string;
  /** Told about a task container made or found, and about one destroyed (the log shipper). */
  onTask?: (instanceId: string, event: "created" | "destroyed") => void;
}

/** A task's host directories. */
export function taskDirs(tasksDir: string, instanceId: string): { root: string; run: string; output: string } {
  const root = join(tasksDir, instanceId);
  return { root, run: join(root, "run"), output: join(root, "output") };
}

const DEFAULT_FLATTEN_AT_LAYERS = 90;

/**
 * Commit changes that keep instance secrets and our ownership labels out of images: a snapshot is
 * the customer's image, and a container started from it by hand must not look like ours.
 */
function scrubbed(extraLabels: Record<string, string> = {}): string[] {
  const labels = { ...Object.fromEntries(Object.values(LABEL).map((l) => [l, ""])), ...extraLabels };
  return [
    "ENV ROOT_PASSWORD= REMOTEGPU_INSTANCE=",
    `LABEL ${Object.entries(labels)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(" ")}`,
  ];
}

/** The label a snapshot image carries: the command that made it. */
const SNAPSHOT_LABEL = "io.remotegpu.snapshot-command";
/** Containers being replaced during a GPU change are parked under this name. */
const parkedName = (instanceId: string) => `${containerName(instanceId)}-old`;
/** Seconds between SIGTERM and SIGKILL when the control plane does not say. */
const DEFAULT_STOP_TIMEOUT_S = 10;

const STATUS: Record<string, pb.ContainerStatus> = {
  created: ContainerStatus.CONTAINER_STATUS_CREATED,
  running: ContainerStatus.CONTAINER_STATUS_RUNNING,
  exited: ContainerStatus.CONTAINER_STATUS_STOPPED,
  paused: ContainerStatus.CONTAINER_STATUS_PAUSED,
  restarting: ContainerStatus.CONTAINER_STATUS_RESTARTING,
  removing: ContainerStatus.CONTAINER_STATUS_STOPPED,
  dead: ContainerStatus.CONTAINER_STATUS_DEAD,
};

export function stateOf(instanceId: string, info: Docker.ContainerInspectInfo | undefined): pb.ContainerStateInit {
  if (!info) return { instanceId, status: ContainerStatus.CONTAINER_STATUS_MISSING };
  const labels = info.Config.Labels ?? {};
  const s: pb.ContainerStateInit = {
    instanceId,
    generation: Number(labels[LABEL.GENERATION] ?? 0) || 0,
    containerId: info.Id,
    status: STATUS[info.State.Status] ?? ContainerStatus.CONTAINER_STATUS_UNSPECIFIED,
    gpuUuids: (labels[LABEL.GPUS] ?? "").split(",").filter(Boolean),
    startedAtMs: Date.parse(info.State.StartedAt) || 0,
    imageRef: labels[LABEL.IMAGE] ?? info.Config.Image,
  };
  if (!info.State.Running) s.exitCode = info.State.ExitCode;
  if (info.State.Error) s.error = info.State.Error;
  return s;
}

export class ContainerRuntime {
  constructor(
    private readonly engine: DockerEngine,
    private readonly opts: RuntimeOptions,
  ) {}

  private failpoint(name: string): void {
    this.opts.failpoint?.(name);
  }

  /** Our container of the instance, if it exists and its labels say it is that instance's. */
  private async current(instanceId: string): Promise<Docker.ContainerInspectInfo | undefined> {
    return this.owned(containerName(instanceId), instanceId);
  }

  /** The parked container of a GPU change, with the same proof of ownership. */
  private async parked(instanceId: string): Promise<Docker.ContainerInspectInfo | undefined> {
    return this.owned(parkedName(instanceId), instanceId);
  }

  private async owned(name: string, instanceId: string): Promise<Docker.ContainerInspectInfo | undefined> {
    const info = await this.engine.inspect(name);
    if (!info) return undefined;
    const labels = info.Config.Labels ?? {};
    if (labels[LABEL.OWNER] !== OWNER || labels[LABEL.INSTANCE] !== instanceId) {
      throw new RuntimeError("CONFLICT", `a container named ${name} exists and is not this instance's`);
    }
    return info;
  }

  async state(instanceId: string): Promise<pb.ContainerStateInit> {
    return stateOf(instanceId, await this.current(instanceId));
  }

  private async ensureImage(ref: string): Promise<void> {
    if (!(await this.engine.imageExists(ref))) await this.engine.pull(ref);
  }

  private async createFrom(d: DesiredContainer): Promise<string> {
    const labels = { [LABEL.OWNER]: OWNER, [LABEL.INSTANCE]: d.instanceId };
    const quota = this.opts.enforceQuota?.() ?? this.opts.storageQuota ?? false;
    // The data disk (the volume) gets its size where the engine enforces it (the local driver's
    // `size`, xfs project quotas); an existing volume keeps the size it was made with. A task
    // without a data disk gets no volume.
    const dataSize = quota && d.spec.dataDiskBytes > 0 ? { size: String(d.spec.dataDiskBytes) } : undefined;
    if (!d.spec.task || Number(d.spec.dataDiskBytes) > 0) await this.engine.ensureVolume(dataVolumeName(d.instanceId), labels, dataSize);
    let taskHostDirs: { run: string; output: string } | undefined;
    if (d.spec.task) {
      if (!this.opts.tasksDir) throw new RuntimeError("RUNTIME_ERROR", "this agent runs no tasks (no task directory)");
      const dirs = taskDirs(this.opts.tasksDir, d.instanceId);
      for (const dir of [dirs.run, dirs.output]) {
        await mkdir(dir, { recursive: true });
        // The image may run as any user: both directories are writable by every uid (only
        // this container mounts them; the agent's data dir above is closed to others).
        await chmod(dir, 0o1777);
      }
      await chmod(dirs.root, 0o755);
      taskHostDirs = dirs;
    }
    // Paths the image declares (VOLUME) get volumes of the instance, named by path: a container
    // recreated from a state image for a GPU change mounts the same ones again.
    const extraVolumes: { name: string; target: string }[] = [];
    for (const target of await this.engine.imageVolumes(d.image)) {
      if (target === DATA_MOUNT) continue;
      const name = declaredVolumeName(d.instanceId, target);
      await this.engine.ensureVolume(name, { ...labels, [LABEL.VOLUME_TARGET]: target });
      extraVolumes.push({ name, target });
    }
    const artifactBinds = await this.artifactBinds(d.spec);
    if (this.opts.network === "bridge") await this.engine.ensureIsolatedNetwork(INSTANCE_NETWORK);
    return this.engine.create(
      buildContainerOptions({ ...d, extraVolumes, artifactBinds, ...(taskHostDirs ? { taskDirs: taskHostDirs } : {}) }, { ...this.opts, storageQuota: quota }),
    );
  }

  /** The spec's dataset and model versions, materialised in the cache (fetched as needed). */
  private async artifactBinds(spec: pb.InstanceSpec): Promise<{ source: string; target: string }[]> {
    const mounts = spec.artifacts ?? [];
    if (mounts.length === 0) return [];
    const cache = this.opts.artifacts;
    if (!cache) throw new RuntimeError("RUNTIME_ERROR", "this agent has no artifact cache (--artifact-cache-dir) for the instance's datasets and models");
    const targets = new Set<string>();
    const binds: { source: string; target: string }[] = [];
    for (const m of mounts) {
      if (!ARTIFACT_TARGET_PATTERN.test(m.target) || targets.has(m.target))
        throw new RuntimeError("RUNTIME_ERROR", `bad artifact mount target ${JSON.stringify(m.target.slice(0, 80))}`);
      targets.add(m.target);
      try {
        binds.push({ source: await cache.materialize(m.versionId, m.digest, new Set(mounts.map((x) => x.digest))), target: m.target });
      } catch (err) {
        throw new RuntimeError("RUNTIME_ERROR", `dataset/model version ${m.versionId} could not be fetched: ${(err as Error).message}`);
      }
    }
    return binds;
  }

  /**
   * Removes the instance's volumes, found by their labels (a volume of the same name made by
   * someone else is left alone): those made for image VOLUMEs, and with `withData` the data disk.
   */
  private async removeVolumes(instanceId: string, withData: boolean): Promise<void> {
    for (const v of await this.engine.listVolumes({ [LABEL.OWNER]: OWNER, [LABEL.INSTANCE]: instanceId })) {
      if (v.labels[LABEL.VOLUME_TARGET] !== undefined || (withData && v.name === dataVolumeName(instanceId))) await this.engine.removeVolume(v.name);
    }
  }

  /** Creates and starts the container; after a crash, finishes what was begun. */
  async create(instanceId: string, generation: number, spec: pb.InstanceSpec): Promise<pb.ContainerStateInit> {
    await this.ensureImage(spec.imageRef);
    let info = await this.current(instanceId);
    if (!info) {
      await this.createFrom({ instanceId, generation, spec, gpuUuids: spec.gpuUuids, image: spec.imageRef });
      this.failpoint("create.after-create");
      info = await this.current(instanceId);
    }
    await this.engine.start(info!.Id);
    this.failpoint("create.after-start");
    if (spec.task) this.opts.onTask?.(instanceId, "created");
    return this.state(instanceId);
  }

  /** Starts with exactly these GPUs (none = card-less), recreating the container if its GPUs differ. */
  async start(instanceId: string, generation: number, spec: pb.InstanceSpec, gpuUuids: readonly string[]): Promise<pb.ContainerStateInit> {
    let info = await this.current(instanceId);
    const parked = await this.parked(instanceId);
    if (!info && !parked) throw new RuntimeError("NOT_FOUND", `the container of ${instanceId} is missing`);
    const want = gpuUuids.join(",");
    if (!info || (info.Config.Labels?.[LABEL.GPUS] ?? "") !== want) {
      info = await this.replaceWithGpus(instanceId, generation, spec, gpuUuids, info, parked);
    } else if (parked) {
      await this.engine.remove(parked.Id); // left over from an interrupted GPU change
    }
    await this.engine.start(info.Id);
    this.failpoint("start.after-start");
    return this.state(instanceId);
  }

  /**
   * Docker cannot change a container's devices, so a new GPU set means a new container: the file
   * system (the instance's system disk) is committed to a state image and the new container is
   * created from it, with the same data volume, ports and password. Each step checks what a
   * crash may have left behind.
   */
  private async replaceWithGpus(
    instanceId: string,
    generation: number,
    spec: pb.InstanceSpec,
    gpuUuids: readonly string[],
    info: Docker.ContainerInspectInfo | undefined,
    parked: Docker.ContainerInspectInfo | undefined,
  ): Promise<Docker.ContainerInspectInfo> {
    const repo = stateImageRepo(instanceId);
    const tag = `g${generation}`;
    const stateImage = `${repo}:${tag}`;
    const source = info ?? parked;
    if (!source) throw new RuntimeError("NOT_FOUND", `the container of ${instanceId} is missing`);
    if (!(await this.engine.imageExists(stateImage))) {
      if (source.State.Running) await this.engine.stop(source.Id, DEFAULT_STOP_TIMEOUT_S);
      if ((await this.engine.layerCount(source.Image)) >= (this.opts.flattenAtLayers ?? DEFAULT_FLATTEN_AT_LAYERS)) {
        await this.engine.flatten(source.Id, repo, tag, scrubbed());
      } else {
        await this.engine.commit(source.Id, repo, tag, false, scrubbed());
      }
      this.failpoint("start.after-commit");
    }
    if (info) {
      if (parked) await this.engine.remove(parked.Id);
      await this.engine.rename(info.Id, parkedName(instanceId));
      this.failpoint("start.after-rename");
      parked = info;
    }
    const id = await this.createFrom({ instanceId, generation, spec, gpuUuids, image: stateImage });
    this.failpoint("start.after-recreate");
    if (parked) await this.engine.remove(parked.Id);
    await this.removeStateImages(instanceId, stateImage);
    return (await this.engine.inspect(id))!;
  }

  async stop(instanceId: string, timeoutS: number): Promise<pb.ContainerStateInit> {
    const info = await this.current(instanceId);
    if (!info) throw new RuntimeError("NOT_FOUND", `the container of ${instanceId} is missing`);
    await this.engine.stop(info.Id, timeoutS > 0 ? timeoutS : DEFAULT_STOP_TIMEOUT_S);
    this.failpoint("stop.after-stop");
    return this.state(instanceId);
  }

  /**
   * Restarts the container. Run again after a crash (`sinceMs` = when the command was first
   * accepted), it sees the container already started since then and does not restart it twice.
   */
  async restart(instanceId: string, timeoutS: number, sinceMs = 0): Promise<pb.ContainerStateInit> {
    const info = await this.current(instanceId);
    if (!info) throw new RuntimeError("NOT_FOUND", `the container of ${instanceId} is missing`);
    if (!(info.State.Running && Date.parse(info.State.StartedAt) >= sinceMs && sinceMs > 0)) {
      await this.engine.restart(info.Id, timeoutS > 0 ? timeoutS : DEFAULT_STOP_TIMEOUT_S);
      this.failpoint("restart.after-restart");
    }
    return this.state(instanceId);
  }

  /**
   * Commits the container to imageRef, labelled with the command. Run again after a crash, it
   * finds that image and does not commit a second one.
   */
  async snapshot(instanceId: string, imageRef: string, commandId = ""): Promise<{ state: pb.ContainerStateInit; snapshot: pb.SnapshotResultInit }> {
    if (snapshotRefProblem(imageRef) !== undefined) throw new RuntimeError("RUNTIME_ERROR", `invalid snapshot image reference ${JSON.stringify(imageRef)}`);
    const info = await this.current(instanceId);
    if (!info) throw new RuntimeError("NOT_FOUND", `the container of ${instanceId} is missing`);
    const at = imageRef.lastIndexOf(":");
    const done = commandId !== "" && (await this.engine.imageExists(imageRef)) && (await this.engine.imageLabel(imageRef, SNAPSHOT_LABEL)) === commandId;
    if (!done) {
      // Pause while committing a running container: a consistent file system.
      await this.engine.commit(info.Id, imageRef.slice(0, at), imageRef.slice(at + 1), true, scrubbed({ [SNAPSHOT_LABEL]: commandId }));
      this.failpoint("snapshot.after-commit");
    }
    const image = await this.engine.imageInfo(imageRef);
    return { state: await this.state(instanceId), snapshot: { imageId: image.id, sizeBytes: image.sizeBytes, imageRef } };
  }

  /** A new container from another image: the system disk is reset, the data volume kept. */
  async rebuild(instanceId: string, generation: number, spec: pb.InstanceSpec): Promise<pb.ContainerStateInit> {
    await this.ensureImage(spec.imageRef);
    const info = await this.current(instanceId);
    if (info && (info.Config.Labels?.[LABEL.GENERATION] ?? "") !== String(generation)) {
      await this.engine.remove(info.Id);
      this.failpoint("rebuild.after-remove");
    }
    const parked = await this.parked(instanceId);
    if (parked) await this.engine.remove(parked.Id);
    let now = await this.current(instanceId);
    if (!now) {
      // The image's VOLUME paths belong to the system, not the data disk: reset with it.
      await this.removeVolumes(instanceId, false);
      await this.createFrom({ instanceId, generation, spec, gpuUuids: spec.gpuUuids, image: spec.imageRef });
      now = await this.current(instanceId);
    }
    await this.removeStateImages(instanceId);
    await this.engine.start(now!.Id);
    return this.state(instanceId);
  }

  /** Container, data volume and state images: everything of the instance. */
  async destroy(instanceId: string): Promise<pb.ContainerStateInit> {
    // Both checked before anything goes: a foreign container under our names stops it all.
    const info = await this.current(instanceId);
    const parked = await this.parked(instanceId);
    if (info) await this.engine.remove(info.Id, true);
    if (parked) await this.engine.remove(parked.Id, true);
    this.failpoint("destroy.after-remove");
    // Found by label, so a run after a crash finds them too.
    await this.removeVolumes(instanceId, true);
    await this.removeStateImages(instanceId);
    // A task's host directories go with it (a task that is destroyed instead of finished).
    if (this.opts.tasksDir) {
      this.opts.onTask?.(instanceId, "destroyed");
      await rm(taskDirs(this.opts.tasksDir, instanceId).root, { recursive: true, force: true });
    }
    return { instanceId, status: ContainerStatus.CONTAINER_STATUS_REMOVED };
  }

  /** The container of the instance as the engine sees it (undefined: none). */
  async inspect(instanceId: string): Promise<Docker.ContainerInspectInfo | undefined> {
    return this.current(instanceId);
  }

  /** Stops the container if it runs (SIGTERM, SIGKILL after timeoutS). */
  async stopIfRunning(instanceId: string, timeoutS: number): Promise<void> {
    const info = await this.current(instanceId);
    if (info?.State.Running || info?.State.Restarting) await this.engine.stop(info.Id, timeoutS > 0 ? timeoutS : DEFAULT_STOP_TIMEOUT_S);
  }

  /**
   * A customer's custom image, deleted through the API (the host-level command remove_image).
   * Only our own repository; an image that is not there is done. One still used by a container
   * is refused (the control plane never deletes an image a live instance uses).
   */
  async removeImage(imageRef: string): Promise<void> {
    const problem = removableImageRefProblem(imageRef);
    if (problem !== undefined) throw new RuntimeError("RUNTIME_ERROR", `cannot remove ${JSON.stringify(imageRef.slice(0, 300))}: ${problem}`);
    await this.engine.removeImage(imageRef, false);
  }

  private async removeStateImages(instanceId: string, keep?: string): Promise<void> {
    for (const ref of await this.engine.imageTags(stateImageRepo(instanceId))) {
      if (ref !== keep) await this.engine.removeImage(ref);
    }
  }
}
