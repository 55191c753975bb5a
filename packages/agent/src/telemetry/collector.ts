// Builds the Inventory (for Hello) and Telemetry messages from nvidia-smi, the host and Docker.
import type { pb } from "@remotegpu/protocol";
import type { DockerEngine } from "../containers/docker.js";
import { collectHostInventory, collectHostMetrics } from "./host.js";
import type { NvidiaSmi } from "./nvidia-smi/collector.js";

export interface TelemetrySource {
  inventory(): Promise<pb.InventoryInit>;
  telemetry(): Promise<pb.TelemetryInit>;
}

export class Collector implements TelemetrySource {
  constructor(
    private readonly nvidia: NvidiaSmi,
    private readonly docker: DockerEngine,
  ) {}

  async inventory(): Promise<pb.InventoryInit> {
    const [host, gpus, docker] = await Promise.all([collectHostInventory(), this.nvidia.collect("inventory"), this.docker.version()]);
    return {
      ...host.inventory,
      dockerVersion: "version" in docker ? docker.version : "",
      driverVersion: gpus.driverVersion ?? "",
      cudaVersion: gpus.cudaVersion ?? "",
      gpus: gpus.infos,
      gpuErrors: [...gpus.errors, ...host.errors, ...("error" in docker ? [`docker: ${docker.error}`] : [])],
    };
  }

  async telemetry(): Promise<pb.TelemetryInit> {
    const [host, gpus] = await Promise.all([collectHostMetrics(), this.nvidia.collect("telemetry")]);
    return {
      collectedAtMs: Date.now(),
      host: host.metrics,
      gpus: gpus.samples,
      processes: gpus.processes,
      errors: [...gpus.errors, ...host.errors],
    };
  }
}
