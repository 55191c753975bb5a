// What the host's engine can do for instances, found out from `docker info` and the files the
// NVIDIA Container Toolkit installs: whether the configured GPU attach mode can work, and
// whether disk sizes can be enforced. Pure rules first (tested with made-up engines), then the
// probe that feeds them. Reported in every inventory; the runtime reads the last answer.
import { access, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { DockerEngine, EngineInfo } from "./docker.js";
import type { GpuAttachMode } from "./spec.js";

export interface Capabilities {
  /** Why GPUs cannot reach containers with the configured mode; "" when they can. */
  gpuAttachProblem: string;
  storageQuotaSupported: boolean;
  /** Why disk sizes are not enforced; "" when they are. */
  storageQuotaProblem: string;
}

/** A mount from /proc/self/mounts. */
export interface Mount {
  target: string;
  fstype: string;
  options: string[];
}

/** The toolkit's prestart hook: dockerd runs it for `--gpus` (DeviceRequests driver "nvidia"). */
export const NVIDIA_HOOKS = ["/usr/bin/nvidia-container-runtime-hook", "/usr/local/bin/nvidia-container-runtime-hook"];
/** Where CDI specs live (the CDI specification's defaults). */
export const CDI_SPEC_DIRS = ["/etc/cdi", "/var/run/cdi"];
const NVIDIA_CDI_KIND = "nvidia.com/gpu";

/** Parses /proc/self/mounts (octal escapes such as \040 for a space are decoded). */
export function parseMounts(text: string): Mount[] {
  const decode = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(Number.parseInt(o, 8)));
  return text
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 4)
    .map((f) => ({ target: decode(f[1]!), fstype: f[2]!, options: f[3]!.split(",") }));
}

/** The mount a path lives on: the longest mount point that contains it (the last one wins). */
export function mountOf(path: string, mounts: readonly Mount[]): Mount | undefined {
  let best: Mount | undefined;
  for (const m of mounts) {
    const inside = m.target === "/" || path === m.target || path.startsWith(`${m.target}/`);
    if (inside && (!best || m.target.length >= best.target.length)) best = m;
  }
  return best;
}

/**
 * Docker enforces StorageOpt.size on overlay2 only over xfs mounted with project quotas (pquota /
 * prjquota), and the local volume driver's `size` the same way (Docker 20.10+). Other drivers
 * (devicemapper, btrfs, zfs) limit the writable layer only, not volumes; the agent does not count
 * them, so that "supported" always means the data disk is limited too.
 */
export function storageQuotaSupport(
  info: Pick<EngineInfo, "driver" | "driverStatus" | "dockerRootDir">,
  mounts: readonly Mount[],
): { supported: boolean; problem: string } {
  const fail = (why: string) => ({ supported: false, problem: `disk sizes are not enforced: ${why}` });
  if (info.driver !== "overlay2") return fail(`the storage driver is ${info.driver || "unknown"}; quotas need overlay2 on xfs with project quotas (pquota)`);
  const backing = info.driverStatus["Backing Filesystem"] ?? "";
  if (backing !== "xfs") return fail(`overlay2 is on ${backing || "an unknown file system"}; quotas need xfs mounted with pquota`);
  const m = mountOf(info.dockerRootDir, mounts);
  if (!m) return fail(`cannot find the mount of the data root ${info.dockerRootDir}`);
  if (!m.options.some((o) => o === "prjquota" || o === "pquota" || o === "pqnoenforce")) {
    return fail(`${m.target} (xfs, holding ${info.dockerRootDir}) is not mounted with project quotas (pquota)`);
  }
  if (m.options.includes("pqnoenforce")) return fail(`${m.target} accounts project quotas but does not enforce them (pqnoenforce)`);
  return { supported: true, problem: "" };
}

/** What the GPU attach rules need to know about the host besides `docker info`. */
export interface GpuAttachFacts {
  /** The toolkit's prestart hook is installed. */
  nvidiaHook: boolean;
  /** CDI spec files found, with their text. */
  cdiSpecs: { path: string; text: string }[];
}

/** Why GPUs cannot reach containers with this mode, or "" when they can; `none` never has one. */
export function gpuAttachProblem(mode: GpuAttachMode, info: Pick<EngineInfo, "runtimes" | "cdiSpecDirs">, facts: GpuAttachFacts): string {
  if (mode === "none") return "";
  if (mode === "device-requests") {
    if (info.runtimes.includes("nvidia") || facts.nvidiaHook) return "";
    return (
      `--gpu-attach device-requests needs the NVIDIA Container Toolkit: the Docker engine has no nvidia runtime (runtimes: ${info.runtimes.join(", ") || "none"}) ` +
      "and nvidia-container-runtime-hook is not installed; install the toolkit and run `nvidia-ctk runtime configure --runtime=docker`, or use --gpu-attach cdi"
    );
  }
  // A spec declares its devices under `kind: nvidia.com/gpu` (YAML or JSON).
  if (facts.cdiSpecs.some((s) => s.text.includes(NVIDIA_CDI_KIND))) return "";
  const dirs = [...new Set([...CDI_SPEC_DIRS, ...info.cdiSpecDirs])].join(", ");
  return `--gpu-attach cdi needs a CDI spec for ${NVIDIA_CDI_KIND} in ${dirs}; generate one with \`nvidia-ctk cdi generate --output=/etc/cdi/nvidia.yaml\`, or use --gpu-attach device-requests`;
}

/** Paths the probe reads; tests point them at their own files. */
export interface ProbePaths {
  mounts: string;
  nvidiaHooks: readonly string[];
  cdiSpecDirs: readonly string[];
}

const DEFAULT_PATHS: ProbePaths = { mounts: "/proc/self/mounts", nvidiaHooks: NVIDIA_HOOKS, cdiSpecDirs: CDI_SPEC_DIRS };
/** A CDI spec of 8 GPUs is ~10 KiB; bigger files are not read whole. */
const MAX_CDI_SPEC_BYTES = 1024 * 1024;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function cdiSpecs(dirs: readonly string[]): Promise<{ path: string; text: string }[]> {
  const out: { path: string; text: string }[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue; // no such directory: no spec there
    }
    for (const n of names.filter((x) => /\.(ya?ml|json)$/.test(x)).sort()) {
      try {
        const text = await readFile(join(dir, n), "utf8");
        out.push({ path: join(dir, n), text: text.slice(0, MAX_CDI_SPEC_BYTES) });
      } catch {
        /* unreadable: not a spec we can count */
      }
    }
  }
  return out;
}

/** Finds out the capabilities; never throws (an unreachable engine is a problem for both). */
export async function probeCapabilities(engine: Pick<DockerEngine, "info">, mode: GpuAttachMode, paths: ProbePaths = DEFAULT_PATHS): Promise<Capabilities> {
  let info: EngineInfo;
  try {
    info = await engine.info();
  } catch (err) {
    const why = `cannot ask the Docker engine: ${(err as Error).message}`;
    return { gpuAttachProblem: mode === "none" ? "" : why, storageQuotaSupported: false, storageQuotaProblem: `disk sizes are not enforced: ${why}` };
  }
  let mounts: Mount[] = [];
  try {
    mounts = parseMounts(await readFile(paths.mounts, "utf8"));
  } catch {
    /* no /proc: the quota check says it cannot find the mount */
  }
  const quota = storageQuotaSupport(info, mounts);
  const facts: GpuAttachFacts = {
    nvidiaHook: mode === "device-requests" && (await Promise.all(paths.nvidiaHooks.map(exists))).some(Boolean),
    cdiSpecs: mode === "cdi" ? await cdiSpecs([...new Set([...paths.cdiSpecDirs, ...info.cdiSpecDirs])]) : [],
  };
  return { gpuAttachProblem: gpuAttachProblem(mode, info, facts), storageQuotaSupported: quota.supported, storageQuotaProblem: quota.problem };
}

/**
 * The last capabilities found, refreshed with every inventory (a toolkit installed or a CDI spec
 * generated later is seen without a restart); `changed` is called when they differ from before,
 * so each state is logged once.
 */
export class CapabilityWatch {
  private last: Capabilities | undefined;

  constructor(
    private readonly engine: Pick<DockerEngine, "info">,
    private readonly mode: GpuAttachMode,
    private readonly changed: (now: Capabilities) => void,
    private readonly paths: ProbePaths = DEFAULT_PATHS,
  ) {}

  /** Whether disk sizes are enforced, as last found (false until found out). */
  get storageQuota(): boolean {
    return this.last?.storageQuotaSupported ?? false;
  }

  get current(): Capabilities | undefined {
    return this.last;
  }

  async refresh(): Promise<Capabilities> {
    const now = await probeCapabilities(this.engine, this.mode, this.paths);
    const before = this.last;
    this.last = now;
    if (
      !before ||
      before.gpuAttachProblem !== now.gpuAttachProblem ||
      before.storageQuotaSupported !== now.storageQuotaSupported ||
      before.storageQuotaProblem !== now.storageQuotaProblem
    ) {
      this.changed(now);
    }
    return now;
  }
}
