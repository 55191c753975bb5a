// Builds the Inventory (for Hello, and again when the GPUs change) and Telemetry messages from
// nvidia-smi, the host and Docker, plus the configured public address.
import type { pb } from "@remotegpu/protocol";
import type { Capabilities } from "../containers/capabilities.js";
import type { DockerEngine } from "../containers/docker.js";
import type { InstanceNetwork } from "../containers/spec.js";
import { collectHostInventory, collectHostMetrics } from "./host.js";
import type { NvidiaSmi } from "./nvidia-smi/collector.js";
import { instanceStorage } from "./storage.js";

export interface TelemetrySource {
  inventory(): Promise<pb.InventoryInit>;
  telemetry(): Promise<pb.TelemetryInit>;
  /**
   * A fresh inventory when the GPUs seen by the last telemetry differ from the ones the last
   * inventory announced (or that inventory could not list them); otherwise undefined.
   */
  inventoryIfChanged?(): Promise<pb.InventoryInit | undefined>;
}

/** Identity of a GPU set: index, UUID and bus id of each GPU. */
function gpuKey(gpus: readonly { index?: number | null; uuid?: string | null; pciBusId?: string | null }[]): string {
  return gpus
    .map((g) => `${g.index}/${g.uuid}/${g.pciBusId}`)
    .sort()
    .join(",");
}

export class Collector implements TelemetrySource {
  /** Key of the GPUs in the last inventory produced; undefined when it could not list them. */
  private announced: string | undefined;
  /** Key of the GPUs in the last telemetry whose GPU query worked. */
  private observed: string | undefined;

  /**
   * @param publicAddress the validated --public-address ("" when not configured), sent in every inventory
   * @param host what the engine can do for instances (refreshed per inventory) and the network mode
   */
  constructor(
    private readonly nvidia: NvidiaSmi,
    private readonly docker: DockerEngine,
    private readonly publicAddress = "",
    private readonly host: { capabilities?: { refresh(): Promise<Capabilities> }; instanceNetwork?: InstanceNetwork } = {},
  ) {}

  async inventory(): Promise<pb.InventoryInit> {
    const [host, gpus, docker, storage, caps] = await Promise.all([
      collectHostInventory(),
      this.nvidia.collect("inventory"),
      this.docker.version(),
      instanceStorage(this.docker),
      this.host.capabilities?.refresh(),
    ]);
    this.announced = gpus.listed ? gpuKey(gpus.infos) : undefined;
    const errors = [...gpus.errors, ...host.errors];
    if ("error" in docker) errors.push(`docker: ${docker.error}`);
    // With the engine unreachable the storage error only repeats the line above.
    else if ("error" in storage) errors.push(storage.error);
    // A mode that cannot work is said where operators look (inventory_errors), not only in its field.
    if (caps?.gpuAttachProblem && !("error" in docker)) errors.push(caps.gpuAttachProblem);
    return {
      ...host.inventory,
      dockerVersion: "version" in docker ? docker.version : "",
      driverVersion: gpus.driverVersion ?? "",
      cudaVersion: gpus.cudaVersion ?? "",
      gpus: gpus.infos,
      gpusUnknown: !gpus.listed,
      gpuErrors: errors,
      publicAddress: this.publicAddress,
      ...(this.host.instanceNetwork ? { instanceNetwork: this.host.instanceNetwork } : {}),
      ...(caps
        ? { gpuAttachProblem: caps.gpuAttachProblem, storageQuotaSupported: caps.storageQuotaSupported, storageQuotaProblem: caps.storageQuotaProblem }
        : {}),
      // Absent (not 0) when it could not be measured: the control plane keeps the last size.
      ...("bytes" in storage ? { instanceStorageBytes: storage.bytes } : {}),
    };
  }

  async telemetry(): Promise<pb.TelemetryInit> {
    const [host, gpus] = await Promise.all([collectHostMetrics(), this.nvidia.collect("telemetry")]);
    if (gpus.listed) this.observed = gpuKey(gpus.samples);
    return {
      collectedAtMs: Date.now(),
      host: host.metrics,
      gpus: gpus.samples,
      processes: gpus.processes,
      errors: [...gpus.errors, ...host.errors],
    };
  }

  async inventoryIfChanged(): Promise<pb.InventoryInit | undefined> {
    if (this.observed === undefined || this.observed === this.announced) return undefined;
    const inv = await this.inventory();
    return inv.gpusUnknown ? undefined : inv;
  }
}
