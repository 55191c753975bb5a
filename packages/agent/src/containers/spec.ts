// Pure: an instance spec in, Docker container options out. Every security rule of an instance
// container is decided here, where a unit test can see it (docs/decisions/0009-containers.md).
import { createHash } from "node:crypto";
import { envNameProblem, INSTANCE_ID_PATTERN, type pb } from "@remotegpu/protocol";

export type GpuAttachMode = "device-requests" | "cdi" | "none";
export type InstanceNetwork = "bridge" | "none";

export interface SpecOptions {
  gpuAttach: GpuAttachMode;
  network: InstanceNetwork;
  /** json-file log rotation of instance containers (defaults DEFAULT_LOG_MAX_SIZE / _FILES). */
  logMaxSize?: string;
  logMaxFiles?: number;
  /**
   * The engine enforces disk sizes (overlay2 on xfs with project quotas): the writable layer
   * gets StorageOpt.size and the data volume a size (see docs/decisions/0022-disk-quotas-and-logs.md).
   */
  storageQuota?: boolean;
}

/**
 * A customer's program printing in a loop must not fill the host's disk with its container log
 * (json-file keeps everything by default): 3 files of 50 MB, 150 MB per container at most, is
 * enough for `docker logs` to show what went wrong.
 */
export const DEFAULT_LOG_MAX_SIZE = "50m";
export const DEFAULT_LOG_MAX_FILES = 3;
/** json-file max-size of a task container (see buildContainerOptions). */
export const TASK_LOG_MAX_SIZE = "1g";
/** json-file's max-size syntax: a number and a unit (k, m or g). */
export const LOG_MAX_SIZE_PATTERN = /^[1-9][0-9]{0,6}[kmg]$/;

/** Labels that prove a container is ours; the reconciler touches nothing without them. */
export const LABEL = {
  OWNER: "io.remotegpu.owner",
  INSTANCE: "io.remotegpu.instance",
  GENERATION: "io.remotegpu.generation",
  GPUS: "io.remotegpu.gpus",
  IMAGE: "io.remotegpu.image",
  /** On the volumes made for an image's VOLUME: the path it is mounted at. */
  VOLUME_TARGET: "io.remotegpu.volume-target",
  /** "1" on a task's container (decision 0031): run once, its log and metrics shipped. */
  TASK: "io.remotegpu.task",
  /** The task's shipping limits as JSON (TaskLimits), so that an agent restarted later knows them. */
  TASK_LIMITS: "io.remotegpu.task-limits",
} as const;
export const OWNER = "remotegpu";

export const containerName = (instanceId: string): string => `rgpu-${instanceId}`;
export const dataVolumeName = (instanceId: string): string => `rgpu-${instanceId}-data`;
/**
 * The volume for a path the image declares (VOLUME): named and labelled instead of anonymous, so
 * that it is found again for a GPU change and removed with the instance even after a crash.
 */
export const declaredVolumeName = (instanceId: string, target: string): string =>
  `rgpu-${instanceId}-vol-${createHash("sha256").update(target).digest("hex").slice(0, 12)}`;
/** Where a container's file system is kept while its GPUs change (see the runtime). */
export const stateImageRepo = (instanceId: string): string => `remotegpu-state/${instanceId.toLowerCase()}`;

export const DATA_MOUNT = "/root/data";
/** The bridge network of instances: created with inter-container traffic off. */
export const INSTANCE_NETWORK = "remotegpu-instances";
export const SSH_PORT = 22;
/** A fork bomb inside a customer container must not take the host down; 4096 processes is far
 * above what sshd, a notebook server and a training job's dataloader workers need. */
export const DEFAULT_PIDS_LIMIT = 4096;

/** What the container must look like (all the runtime decides from). */
export interface DesiredContainer {
  instanceId: string;
  generation: number;
  spec: pb.InstanceSpec;
  /** GPUs to attach now; empty = card-less. */
  gpuUuids: readonly string[];
  /** The image to create from: the spec's, or a state image that keeps the system disk. */
  image: string;
  /** The instance's volumes for paths the image declares (VOLUME). */
  extraVolumes?: { name: string; target: string }[];
  /** Dataset and model versions from the agent's artifact cache, bound read-only. */
  artifactBinds?: { source: string; target: string }[];
  /** A task's host directories (spec.task set): bound read-write at task.run_dir and task.output_dir. */
  taskDirs?: { run: string; output: string };
}

/** What a task's shipper needs to know of its spec; kept in a label of the container. */
export interface TaskLimits {
  maxLogLines: number;
  maxMetricLines: number;
  maxLineBytes: number;
}

/** Where a task's run and output directories may be mounted: absolute, plain, not a system path. */
const TASK_DIR_PATTERN = /^(\/[A-Za-z0-9._-]+)+$/;
const SYSTEM_DIRS = new Set(["/", "/bin", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/root", "/sbin", "/sys", "/usr", "/var", "/tmp", "/run"]);

/** Why a task's run_dir or output_dir cannot be a mount target (null: it can). */
export function taskDirProblem(dir: string): string | null {
  if (!TASK_DIR_PATTERN.test(dir) || dir.length > 256) return "is not an absolute path of plain names";
  if (dir.split("/").some((s) => s === "." || s === "..")) return "has a . or .. part";
  if (SYSTEM_DIRS.has(dir) || /^\/(proc|sys|dev)\//.test(dir)) return "is a system directory";
  if (dir === DATA_MOUNT || dir.startsWith(`${DATA_MOUNT}/`) || /^\/(data|models)(\/|$)/.test(dir))
    return "is where the data disk or datasets and models are mounted";
  return null;
}

export function taskLimitsOf(task: pb.TaskSpecInit): TaskLimits {
  return { maxLogLines: Number(task.maxLogLines ?? 0), maxMetricLines: Number(task.maxMetricLines ?? 0), maxLineBytes: Number(task.maxLineBytes ?? 0) };
}

/** The limits a task container's label holds (zeros for a label that is not ours to read). */
export function parseTaskLimits(label: string | undefined): TaskLimits {
  try {
    const v = JSON.parse(label ?? "{}") as Partial<TaskLimits>;
    const n = (x: unknown) => (typeof x === "number" && Number.isSafeInteger(x) && x >= 0 ? x : 0);
    return { maxLogLines: n(v.maxLogLines), maxMetricLines: n(v.maxMetricLines), maxLineBytes: n(v.maxLineBytes) };
  } catch {
    return { maxLogLines: 0, maxMetricLines: 0, maxLineBytes: 0 };
  }
}

/** Where dataset and model versions may be mounted: /data/<name> or /models/<name>. */
export const ARTIFACT_TARGET_PATTERN = /^\/(data|models)\/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export interface ContainerOptions {
  name: string;
  Image: string;
  Env: string[];
  /** A task's argv (Entrypoint = argv[0], Cmd = the rest); absent: the image's own. */
  Entrypoint?: string[];
  Cmd?: string[];
  Labels: Record<string, string>;
  ExposedPorts?: Record<string, object>;
  HostConfig: {
    NanoCpus?: number;
    Memory?: number;
    MemorySwap?: number;
    PidsLimit: number;
    Privileged: false;
    SecurityOpt: string[];
    CapDrop: string[];
    RestartPolicy: { Name: string };
    NetworkMode: string;
    PortBindings?: Record<string, { HostIp: string; HostPort: string }[]>;
    Mounts: ({ Type: "volume"; Source: string; Target: string } | { Type: "bind"; Source: string; Target: string; ReadOnly: boolean })[];
    LogConfig: { Type: "json-file"; Config: { "max-size": string; "max-file": string } };
    StorageOpt?: { size: string };
    DeviceRequests?: { Driver: string; DeviceIDs: string[]; Capabilities?: string[][] }[];
    Init: boolean;
  };
}

export function nvidiaVisibleDevices(gpuUuids: readonly string[]): string {
  // NVIDIA Container Toolkit: a comma list of UUIDs; "void" exposes no GPU and no driver.
  return gpuUuids.length > 0 ? gpuUuids.join(",") : "void";
}

/** Container options for the desired container; throws on a spec that cannot be honoured. */
export function buildContainerOptions(d: DesiredContainer, opts: SpecOptions): ContainerOptions {
  const { spec } = d;
  const task = spec.task ?? undefined;
  if (!INSTANCE_ID_PATTERN.test(d.instanceId)) throw new Error(`invalid instance id ${JSON.stringify(d.instanceId)}`);
  if (!task && opts.network === "bridge" && !(spec.sshHostPort > 0 && spec.sshHostPort < 65536))
    throw new Error("an SSH host port is required on a bridge network");
  if (task) {
    if (!d.taskDirs) throw new Error("a task needs its host directories");
    for (const [what, dir] of [
      ["run_dir", task.runDir],
      ["output_dir", task.outputDir],
    ] as const) {
      const problem = taskDirProblem(dir);
      if (problem) throw new Error(`the task's ${what} ${JSON.stringify(dir.slice(0, 80))} ${problem}`);
    }
    if (task.runDir === task.outputDir || task.runDir.startsWith(`${task.outputDir}/`) || task.outputDir.startsWith(`${task.runDir}/`))
      throw new Error("the task's run_dir and output_dir must be apart");
    if (task.command.some((a) => a.includes("\u0000"))) throw new Error("the task's command holds a NUL character");
  }
  for (const key of Object.keys(spec.env ?? {})) {
    const problem = envNameProblem(key);
    if (problem) throw new Error(`environment variable ${JSON.stringify(key)} is not allowed: it ${problem}`);
  }
  const env = [
    ...Object.entries(spec.env ?? {}).map(([k, v]) => `${k}=${v}`),
    // The image's entrypoint sets the root password from this (and then it is the customer's).
    // A task has no SSH and so no password.
    ...(task ? [] : [`ROOT_PASSWORD=${spec.rootPassword}`]),
    `NVIDIA_VISIBLE_DEVICES=${nvidiaVisibleDevices(d.gpuUuids)}`,
    "NVIDIA_DRIVER_CAPABILITIES=compute,utility,video",
    `REMOTEGPU_INSTANCE=${d.instanceId}`,
  ];

  const hostConfig: ContainerOptions["HostConfig"] = {
    PidsLimit: spec.pidsLimit > 0 ? spec.pidsLimit : DEFAULT_PIDS_LIMIT,
    Privileged: false,
    SecurityOpt: ["no-new-privileges"],
    // Docker's default capabilities minus raw sockets (packet spoofing towards other tenants)
    // and device nodes. AUDIT_WRITE stays: sshd's PAM session needs it.
    CapDrop: ["NET_RAW", "MKNOD"],
    // Back after a host reboot or an engine restart; not after an explicit stop. A task runs
    // once: its exit is its result.
    RestartPolicy: { Name: task ? "no" : "unless-stopped" },
    NetworkMode: opts.network === "none" ? "none" : INSTANCE_NETWORK,
    // Only the instance's own volumes, and read-only the dataset and model versions of the
    // agent's own cache: never the Docker socket, never another host path.
    Mounts: [
      // A task without a data disk gets none (its output goes to output_dir).
      ...(task && Number(spec.dataDiskBytes) === 0 ? [] : [{ Type: "volume" as const, Source: dataVolumeName(d.instanceId), Target: DATA_MOUNT }]),
      ...(d.extraVolumes ?? []).filter((v) => v.target !== DATA_MOUNT).map((v) => ({ Type: "volume" as const, Source: v.name, Target: v.target })),
      ...(d.artifactBinds ?? []).map((b) => {
        if (!ARTIFACT_TARGET_PATTERN.test(b.target))
          throw new Error(`artifacts mount at /data/<name> or /models/<name>, not ${JSON.stringify(b.target.slice(0, 80))}`);
        return { Type: "bind" as const, Source: b.source, Target: b.target, ReadOnly: true as const };
      }),
      // The task's own two directories on the host (under the agent's data dir), read-write.
      ...(task && d.taskDirs
        ? [
            { Type: "bind" as const, Source: d.taskDirs.run, Target: task.runDir, ReadOnly: false },
            { Type: "bind" as const, Source: d.taskDirs.output, Target: task.outputDir, ReadOnly: false },
          ]
        : []),
    ],
    // A tiny init reaps zombies (sshd sessions, notebooks) as PID 1 should.
    Init: true,
    // A task's log is read to its end (its lines counted beyond the cap) while the reader may be
    // far behind the writer: rotation would lose lines under it, so a task's log rotates only
    // after 1 GiB (the container and its log go with the task's finish). Instances keep the
    // operator's rotation.
    LogConfig: task
      ? { Type: "json-file", Config: { "max-size": TASK_LOG_MAX_SIZE, "max-file": "2" } }
      : {
          Type: "json-file",
          Config: { "max-size": opts.logMaxSize ?? DEFAULT_LOG_MAX_SIZE, "max-file": String(opts.logMaxFiles ?? DEFAULT_LOG_MAX_FILES) },
        },
  };
  // The system disk (the writable layer) where the engine can enforce it; otherwise the size is
  // only recorded, and the host says so in its inventory.
  if (opts.storageQuota && spec.systemDiskBytes > 0) hostConfig.StorageOpt = { size: String(spec.systemDiskBytes) };
  if (spec.cpuMillis > 0) hostConfig.NanoCpus = spec.cpuMillis * 1_000_000;
  if (spec.memoryBytes > 0) {
    hostConfig.Memory = spec.memoryBytes;
    hostConfig.MemorySwap = spec.memoryBytes; // no swap beyond the memory limit
  }
  if (d.gpuUuids.length > 0 && opts.gpuAttach === "device-requests") {
    hostConfig.DeviceRequests = [{ Driver: "nvidia", DeviceIDs: [...d.gpuUuids], Capabilities: [["gpu"]] }];
  } else if (d.gpuUuids.length > 0 && opts.gpuAttach === "cdi") {
    hostConfig.DeviceRequests = [{ Driver: "cdi", DeviceIDs: d.gpuUuids.map((u) => `nvidia.com/gpu=${u}`) }];
  }
  const options: ContainerOptions = {
    name: containerName(d.instanceId),
    Image: d.image,
    Env: env,
    Labels: {
      [LABEL.OWNER]: OWNER,
      [LABEL.INSTANCE]: d.instanceId,
      [LABEL.GENERATION]: String(d.generation),
      [LABEL.GPUS]: d.gpuUuids.join(","),
      [LABEL.IMAGE]: spec.imageRef,
      ...(task ? { [LABEL.TASK]: "1", [LABEL.TASK_LIMITS]: JSON.stringify(taskLimitsOf(task)) } : {}),
    },
    HostConfig: hostConfig,
  };
  if (task && task.command.length > 0) {
    // argv exactly as given, past any entrypoint of the image (no shell unless argv[0] is one).
    options.Entrypoint = [task.command[0]!];
    options.Cmd = task.command.slice(1);
  }
  // A task publishes no port: it talks to nobody but its tracking URL.
  if (opts.network === "bridge" && !task) {
    const ports = [
      { containerPort: SSH_PORT, hostPort: spec.sshHostPort, protocol: "tcp" },
      ...spec.ports.map((p) => ({ containerPort: p.containerPort, hostPort: p.hostPort, protocol: p.protocol || "tcp" })),
    ];
    options.ExposedPorts = {};
    hostConfig.PortBindings = {};
    for (const [n, p] of ports.entries()) {
      if (n > 0 && p.containerPort === SSH_PORT) throw new Error("port 22 is the SSH port and cannot be mapped again");
      if (!(p.containerPort > 0 && p.containerPort < 65536 && p.hostPort > 0 && p.hostPort < 65536) || !["tcp", "udp"].includes(p.protocol)) {
        throw new Error(`invalid port mapping ${p.containerPort}->${p.hostPort}/${p.protocol}`);
      }
      const key = `${p.containerPort}/${p.protocol}`;
      options.ExposedPorts[key] = {};
      hostConfig.PortBindings[key] = [{ HostIp: "", HostPort: String(p.hostPort) }];
    }
  }
  return options;
}
