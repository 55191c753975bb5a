// Validation of what an agent says about itself in Hello. The agent is trusted to be honest
// but not to be bug-free or unmodified: bounded sizes, sane numbers, no duplicate GPU indexes.
import { MigMode, publicAddressProblem, type pb } from "@remotegpu/protocol";
import { MAX_DISKS, MAX_ERROR_TEXT, MAX_ERRORS, MAX_GPU_INDEX, MAX_GPUS, MAX_INT4, MAX_MIG_DEVICES, MAX_PATH, MAX_TEXT } from "./limits.js";
import { cleanText, isStorableText } from "./text.js";

export interface GpuInventory {
  index: number;
  uuid: string;
  name: string;
  memoryTotalMib: number | null;
  pciBusId: string;
  migMode: "enabled" | "disabled" | null;
  migDevices: { index: number; profile: string; uuid: string }[];
  serial: string;
  vbiosVersion: string;
  computeCap: string;
  driverVersion: string;
  powerLimitMaxW: number | null;
}

export interface HostInventory {
  hostname: string;
  os: string;
  kernel: string;
  arch: string;
  cpuCount: number;
  cpuModel: string;
  memoryTotalBytes: number;
  disks: { mount: string; fs_type: string; size_bytes: number; device: string }[];
  dockerVersion: string;
  driverVersion: string;
  cudaVersion: string;
  errors: string[];
  gpus: GpuInventory[];
  /** The agent could not list its GPUs this time: keep the ones known before. */
  gpusUnknown: boolean;
  /** --public-address of the agent (IP literal or DNS name); "" = not configured. */
  publicAddress: string;
  /** Size of the file system of the engine's data root; null = not measured this time. */
  instanceStorageBytes: number | null;
  /** How instances are connected: "bridge" publishes their ports, "none" publishes nothing. */
  instanceNetwork: "bridge" | "none";
  /** Why GPUs cannot reach containers with the agent's attach mode; "" = they can. */
  gpuAttachProblem: string;
  /** The engine enforces disk sizes; when not, storageQuotaProblem says why. */
  storageQuotaSupported: boolean;
  storageQuotaProblem: string;
}

export class InventoryError extends Error {}

function textField(value: string, field: string, max = MAX_TEXT): string {
  if (value.length > max) throw new InventoryError(`${field} is longer than ${max} characters`);
  // PostgreSQL text and jsonb cannot hold NUL or lone surrogates: refuse them here, cleanly.
  if (!isStorableText(value)) throw new InventoryError(`${field} is not valid text`);
  return value;
}

function count(value: number, field: string, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) throw new InventoryError(`${field} must be an integer from 0 to ${max}`);
  return value;
}

function instanceNetwork(value: string): "bridge" | "none" {
  // Agents from before the field send nothing: they published ports on a bridge.
  if (value === "" || value === "bridge") return "bridge";
  if (value === "none") return "none";
  throw new InventoryError("instance_network must be bridge or none");
}

function publicAddress(value: string): string {
  const problem = publicAddressProblem(value);
  if (problem) throw new InventoryError(`public_address ${problem}`);
  return value;
}

export function migModeName(m: pb.MigMode | null | undefined): "enabled" | "disabled" | null {
  if (m === MigMode.MIG_MODE_ENABLED) return "enabled";
  if (m === MigMode.MIG_MODE_DISABLED) return "disabled";
  return null;
}

export function validateInventory(inv: pb.Inventory | null | undefined): HostInventory {
  if (!inv) throw new InventoryError("Hello has no inventory");
  if (inv.gpus.length > MAX_GPUS) throw new InventoryError(`more than ${MAX_GPUS} GPUs`);
  if (inv.disks.length > MAX_DISKS) throw new InventoryError(`more than ${MAX_DISKS} disks`);
  const seen = new Set<number>();
  const gpus = inv.gpus.map((g, i): GpuInventory => {
    if (g.index > MAX_GPU_INDEX) throw new InventoryError(`gpus[${i}].index ${g.index} is out of range`);
    if (seen.has(g.index)) throw new InventoryError(`gpus[${i}].index ${g.index} appears twice`);
    seen.add(g.index);
    if (g.migDevices.length > MAX_MIG_DEVICES) throw new InventoryError(`gpus[${i}] has more than ${MAX_MIG_DEVICES} MIG devices`);
    return {
      index: g.index,
      uuid: textField(g.uuid, `gpus[${i}].uuid`),
      name: textField(g.name, `gpus[${i}].name`),
      memoryTotalMib: g.memoryTotalMib === null || g.memoryTotalMib === undefined ? null : count(g.memoryTotalMib, `gpus[${i}].memory_total_mib`, MAX_INT4),
      pciBusId: textField(g.pciBusId, `gpus[${i}].pci_bus_id`),
      migMode: migModeName(g.migMode),
      migDevices: g.migDevices.map((m, j) => ({
        index: m.index,
        profile: textField(m.profile, `gpus[${i}].mig_devices[${j}].profile`),
        uuid: textField(m.uuid, `gpus[${i}].mig_devices[${j}].uuid`),
      })),
      serial: textField(g.serial, `gpus[${i}].serial`),
      vbiosVersion: textField(g.vbiosVersion, `gpus[${i}].vbios_version`),
      computeCap: textField(g.computeCap, `gpus[${i}].compute_cap`),
      driverVersion: textField(g.driverVersion, `gpus[${i}].driver_version`),
      // A board limit above 100 kW is garbage, not a GPU (the largest draw ~1.2 kW).
      powerLimitMaxW:
        typeof g.powerLimitMaxW === "number" && Number.isFinite(g.powerLimitMaxW) && g.powerLimitMaxW >= 0 && g.powerLimitMaxW < 100_000
          ? g.powerLimitMaxW
          : null,
    };
  });
  return {
    hostname: textField(inv.hostname, "hostname"),
    os: textField(inv.os, "os"),
    kernel: textField(inv.kernel, "kernel"),
    arch: textField(inv.arch, "arch"),
    cpuCount: count(inv.cpuCount, "cpu_count", MAX_INT4),
    cpuModel: textField(inv.cpuModel, "cpu_model"),
    memoryTotalBytes: count(inv.memoryTotalBytes, "memory_total_bytes"),
    disks: inv.disks.map((d, i) => ({
      mount: textField(d.mount, `disks[${i}].mount`, MAX_PATH),
      fs_type: textField(d.fsType, `disks[${i}].fs_type`),
      size_bytes: count(d.sizeBytes, `disks[${i}].size_bytes`),
      device: textField(d.device, `disks[${i}].device`, MAX_PATH),
    })),
    dockerVersion: textField(inv.dockerVersion, "docker_version"),
    driverVersion: textField(inv.driverVersion, "driver_version"),
    cudaVersion: textField(inv.cudaVersion, "cuda_version"),
    // Error texts are for operators: keep what fits rather than refusing the host.
    errors: inv.gpuErrors.slice(0, MAX_ERRORS).map((e) => cleanText(e, MAX_ERROR_TEXT)),
    gpus: inv.gpusUnknown ? [] : gpus,
    gpusUnknown: inv.gpusUnknown,
    // The agent checks this too, with the same rules; a modified or buggy agent is refused
    // rather than giving customers an address that cannot be reached.
    publicAddress: publicAddress(inv.publicAddress),
    instanceStorageBytes:
      inv.instanceStorageBytes === null || inv.instanceStorageBytes === undefined ? null : count(inv.instanceStorageBytes, "instance_storage_bytes"),
    instanceNetwork: instanceNetwork(inv.instanceNetwork),
    // Explanations for operators, like the error lines: kept as far as they fit.
    gpuAttachProblem: cleanText(inv.gpuAttachProblem, MAX_ERROR_TEXT),
    storageQuotaSupported: inv.storageQuotaSupported,
    storageQuotaProblem: inv.storageQuotaSupported ? "" : cleanText(inv.storageQuotaProblem || "the agent did not report disk quota support", MAX_ERROR_TEXT),
  };
}
