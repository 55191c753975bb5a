// Collects GPU inventory and samples by running nvidia-smi. Never throws: a missing, failing or
// hanging nvidia-smi yields fewer GPUs or fewer values plus the reason in `errors`.
import type { Logger } from "pino";
import type { pb } from "@remotegpu/protocol";
import { runCommand, type CommandRunner } from "../exec.js";
import { parseComputeApps } from "./compute-apps.js";
import { COMPUTE_APP_FIELDS, parseHelpQueryGpu, selectGpuFields, type FieldSelection } from "./fields.js";
import { parseListGpus } from "./list-gpus.js";
import { parseQueryGpu } from "./query-gpu.js";

export interface GpuSnapshot {
  /** False when --query-gpu itself failed: the GPU list is unknown, not empty. */
  listed: boolean;
  infos: pb.GpuInfoInit[];
  samples: pb.GpuSampleInit[];
  processes: pb.GpuProcessInit[];
  driverVersion?: string;
  cudaVersion?: string;
  errors: string[];
}

export interface NvidiaSmiOptions {
  path: string;
  /** A healthy nvidia-smi answers in well under a second; 10 s covers a busy 8-GPU host. */
  timeoutMs: number;
  log: Logger;
  run?: CommandRunner;
}

export class NvidiaSmi {
  private selection: FieldSelection | undefined;
  private queue: Promise<void> = Promise.resolve();
  private lastProblem = "";
  private readonly run: CommandRunner;

  constructor(private readonly opts: NvidiaSmiOptions) {
    this.run = opts.run ?? runCommand;
  }

  /** Inventory adds `-L` (MIG devices) and `--version` (CUDA) to what telemetry collects. */
  collect(kind: "inventory" | "telemetry"): Promise<GpuSnapshot> {
    // One collection at a time: a second caller waits for the first, never runs beside it.
    const run = this.queue
      .then(() => this.collectOnce(kind))
      .catch((err: unknown): GpuSnapshot => ({ listed: false, infos: [], samples: [], processes: [], errors: [`nvidia-smi: ${(err as Error).message}`] }));
    this.queue = run.then((snap) => this.report(snap.errors));
    return run;
  }

  private async collectOnce(kind: "inventory" | "telemetry"): Promise<GpuSnapshot> {
    const errors: string[] = [];
    const selection = await this.fields();
    let q = await this.exec(["--query-gpu=" + selection.query.join(","), "--format=csv,noheader,nounits"]);
    if (!q.ok && /not a valid field/i.test(q.reason + q.stdout) && this.selection !== undefined) {
      // The driver rejected a probed field: fall back to the core list, which every driver takes.
      this.selection = selectGpuFields(null);
      q = await this.exec(["--query-gpu=" + this.selection.query.join(","), "--format=csv,noheader,nounits"]);
    }
    const snap: GpuSnapshot = { listed: false, infos: [], samples: [], processes: [], errors };
    if (!q.ok) {
      errors.push(`nvidia-smi --query-gpu: ${q.reason}`);
      this.selection = undefined; // probe again next time (the driver may have been upgraded)
      return snap;
    }
    const parsed = parseQueryGpu(q.stdout, (this.selection ?? selection).canonical);
    snap.listed = true;
    if (parsed.badLines.length > 0) errors.push(`nvidia-smi --query-gpu: ${parsed.badLines.length} unparsable line(s)`);
    snap.infos = parsed.infos;
    snap.samples = parsed.samples;
    const driver = parsed.infos.find((g) => g.driverVersion)?.driverVersion;
    if (driver) snap.driverVersion = driver;

    if (kind === "telemetry" && parsed.samples.length > 0) {
      const apps = await this.exec(["--query-compute-apps=" + COMPUTE_APP_FIELDS.join(","), "--format=csv,noheader,nounits"]);
      if (apps.ok) {
        const p = parseComputeApps(apps.stdout, COMPUTE_APP_FIELDS);
        snap.processes = p.processes;
        if (p.badLines.length > 0) errors.push(`nvidia-smi --query-compute-apps: ${p.badLines.length} unparsable line(s)`);
      } else {
        errors.push(`nvidia-smi --query-compute-apps: ${apps.reason}`);
      }
    }

    if (kind === "inventory" && parsed.infos.length > 0) {
      const list = await this.exec(["-L"]);
      if (list.ok) {
        const listed = parseListGpus(list.stdout);
        for (const info of snap.infos) {
          const l = listed.find((x) => x.index === info.index);
          if (l && l.migDevices.length > 0) info.migDevices = l.migDevices;
        }
      } else {
        errors.push(`nvidia-smi -L: ${list.reason}`);
      }
      const version = await this.exec(["--version"]);
      const cuda = version.ok ? parseCudaVersion(version.stdout) : undefined;
      if (cuda) snap.cudaVersion = cuda; // older drivers have no --version: not an error
    }
    return snap;
  }

  private async fields(): Promise<FieldSelection> {
    if (this.selection) return this.selection;
    const help = await this.exec(["--help-query-gpu"]);
    const supported = help.ok ? parseHelpQueryGpu(help.stdout) : null;
    const selection = selectGpuFields(supported !== null && supported.size > 0 ? supported : null);
    if (help.ok) this.selection = selection; // keep it only when the probe itself worked
    return selection;
  }

  private exec(args: string[]) {
    return this.run(this.opts.path, args, { timeoutMs: this.opts.timeoutMs });
  }

  /** One clear line when the situation changes, not one per collection. */
  private report(errors: string[]): void {
    const problem = errors.join("; ");
    if (problem === this.lastProblem) return;
    if (problem) this.opts.log.warn({ errors }, "GPU collection is incomplete");
    else if (this.lastProblem) this.opts.log.info("GPU collection recovered");
    this.lastProblem = problem;
  }
}

/**
 * The CUDA version from `nvidia-smi --version`: "CUDA Version : 13.1" up to driver 595; from 610
 * that line says "Deprecated, see \"CUDA UMD version\" instead" and "CUDA UMD version : 13.3"
 * carries the number.
 */
export function parseCudaVersion(text: string): string | undefined {
  return /CUDA UMD version\s*:\s*(\d+(?:\.\d+)+)/i.exec(text)?.[1] ?? /CUDA Version\s*:\s*(\d+(?:\.\d+)+)/i.exec(text)?.[1];
}
