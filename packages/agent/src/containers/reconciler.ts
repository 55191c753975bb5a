// Reports the containers this agent owns (found by their labels): all of them in Hello after a
// restart, and any change it notices on its own (a container died, the engine restarted it)
// while the session runs. It never changes a container: the control plane decides.
import type { Logger } from "pino";
import { ContainerStatus, type pb } from "@remotegpu/protocol";
import type { DockerEngine } from "./docker.js";
import { stateOf } from "./runtime.js";
import { containerName, LABEL } from "./spec.js";

export interface ContainerReport {
  containers: pb.ContainerStateInit[];
  /** False when the engine could not be asked: nothing may be concluded from the list. */
  known: boolean;
}

/** A change worth reporting: status, generation, GPUs, exit code or container id. */
function key(s: pb.ContainerStateInit): string {
  return [s.status, s.generation, (s.gpuUuids ?? []).join(","), s.exitCode ?? "", s.containerId ?? ""].join("|");
}

export class Reconciler {
  private timer: NodeJS.Timeout | undefined;
  private last = new Map<string, string>();
  /** The poll in progress, if any (stop() waits for it). */
  private running: Promise<void> | undefined;
  /** Counts commands starting and finishing; an instance touched since a list began is skipped. */
  private epoch = 0;
  private readonly touchedAt = new Map<string, number>();

  constructor(
    private readonly engine: DockerEngine,
    private readonly log: Logger,
    private readonly isBusy: (instanceId: string) => boolean,
    private readonly report: (changed: pb.ContainerStateInit[]) => void,
  ) {}

  async list(): Promise<ContainerReport> {
    try {
      const infos = await this.engine.listOwned();
      const containers = infos
        .filter((i) => i.Name.replace(/^\//, "") === containerName(i.Config.Labels![LABEL.INSTANCE]!)) // not a parked one
        .map((i) => stateOf(i.Config.Labels![LABEL.INSTANCE]!, i));
      return { containers, known: true };
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "cannot list containers");
      return { containers: [], known: false };
    }
  }

  /** The full list for Hello; also the baseline for change detection. */
  async forHello(): Promise<ContainerReport> {
    const r = await this.list();
    if (r.known) this.last = new Map(r.containers.map((c) => [c.instanceId!, key(c)]));
    return r;
  }

  /** A command on the instance was queued or finished: a list taken before it is out of date. */
  touch(instanceId: string): void {
    this.touchedAt.set(instanceId, ++this.epoch);
  }

  /** A command reported this state already: it is the new baseline, not a change to report. */
  note(state: pb.ContainerStateInit | null | undefined): void {
    if (!state?.instanceId) return;
    this.touch(state.instanceId);
    if (state.status === ContainerStatus.CONTAINER_STATUS_REMOVED || state.status === ContainerStatus.CONTAINER_STATUS_MISSING)
      this.last.delete(state.instanceId);
    else this.last.set(state.instanceId, key(state));
  }

  start(intervalMs: number): void {
    this.timer ??= setInterval(() => void this.poll(), intervalMs);
  }

  /** Stops polling and waits for a poll in progress (one engine list call). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Compares with the last report; sends what changed (instances with a command running excluded). */
  async poll(): Promise<void> {
    this.running ??= this.pollOnce().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pollOnce(): Promise<void> {
    try {
      const started = this.epoch;
      const r = await this.list();
      if (!r.known) return;
      // A command that ran while the list was taken makes its entries stale: skip them this time.
      const trustworthy = (id: string) => !this.isBusy(id) && (this.touchedAt.get(id) ?? 0) <= started;
      const now = new Map(r.containers.map((c) => [c.instanceId!, c]));
      const changed: pb.ContainerStateInit[] = [];
      for (const [id, c] of now) {
        if (trustworthy(id) && this.last.get(id) !== key(c)) changed.push(c);
      }
      for (const id of this.last.keys()) {
        // It was there and is gone, and no command removed it.
        if (!now.has(id) && trustworthy(id)) changed.push({ instanceId: id, status: ContainerStatus.CONTAINER_STATUS_MISSING });
      }
      for (const c of changed) {
        if (c.status === ContainerStatus.CONTAINER_STATUS_MISSING) this.last.delete(c.instanceId!);
        else this.last.set(c.instanceId!, key(c));
      }
      if (changed.length > 0) this.report(changed);
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, "container poll failed");
    }
  }
}
