// Hosts as the admin API shows them (HTTP JSON; gRPC carries the same document).
import type { GpuRow, HostRow } from "../../db/rows.js";

export interface HostView {
  host_id: string;
  hostname: string;
  room_name: string;
  status: HostRow["status"];
  status_changed_at: string;
  agent_version: string;
  protocol_version: number | null;
  last_seen_at: string;
  enrolled_at: string;
  revoked_at: string | null;
  /** Removed from the default lists (a revoked host kept as history); null when listed. */
  removed_at: string | null;
  os: string;
  kernel: string;
  arch: string;
  cpu_model: string;
  cpu_count: number | null;
  memory_total_bytes: number | null;
  disks: unknown[];
  docker_version: string | null;
  driver_version: string | null;
  cuda_version: string | null;
  inventory_errors: string[];
  /** The agent's --public-address; null when not configured. */
  public_address: string | null;
  /** Where the agent's session came from at its last Hello; null before the first. */
  session_address: string | null;
  /** Size of the file system of the host's Docker data root; null = not known. */
  instance_storage_bytes: number | null;
  /** No new placements on this host. */
  cordoned: boolean;
  cordoned_at: string | null;
  /** "bridge": instances' SSH and application ports are published; "none": nothing is. */
  instance_network: HostRow["instance_network"];
  /** Why GPUs cannot reach containers with the agent's --gpu-attach mode (no GPU instances are placed here); null when they can. */
  gpu_attach_problem: string | null;
  /** Whether the engine enforces disk sizes; the reason when it does not (extra data disk is not sold here then). */
  storage_quota: { supported: boolean; problem: string | null };
  telemetry: Record<string, unknown> | null;
  gpus: GpuView[];
}

export interface GpuView {
  index: number;
  uuid: string;
  name: string;
  memory_total_mib: number | null;
  pci_bus_id: string;
  mig_mode: GpuRow["mig_mode"];
  mig_devices: unknown[];
  serial: string | null;
  vbios_version: string | null;
  compute_cap: string | null;
  power_limit_max_w: number | null;
  telemetry: Record<string, unknown> | null;
}

const orNull = (s: string): string | null => (s === "" ? null : s);

export function gpuView(g: GpuRow): GpuView {
  return {
    index: g.gpu_index,
    uuid: g.uuid,
    name: g.name,
    memory_total_mib: g.memory_total_mib,
    pci_bus_id: g.pci_bus_id,
    mig_mode: g.mig_mode,
    mig_devices: g.mig_devices,
    serial: orNull(g.serial),
    vbios_version: orNull(g.vbios_version),
    compute_cap: orNull(g.compute_cap),
    power_limit_max_w: g.power_limit_max_w,
    telemetry: g.telemetry,
  };
}

export function hostView(h: HostRow, gpus: GpuRow[]): HostView {
  return {
    host_id: h.host_id,
    hostname: h.hostname,
    room_name: h.room_name,
    status: h.status,
    status_changed_at: h.status_changed_at.toISOString(),
    agent_version: h.agent_version,
    protocol_version: h.protocol_version,
    last_seen_at: h.last_seen_at.toISOString(),
    enrolled_at: h.enrolled_at.toISOString(),
    revoked_at: h.revoked_at?.toISOString() ?? null,
    removed_at: h.removed_at?.toISOString() ?? null,
    os: h.os,
    kernel: h.kernel,
    arch: h.arch,
    cpu_model: h.cpu_model,
    cpu_count: h.cpu_count,
    memory_total_bytes: h.memory_total_bytes,
    disks: h.disks,
    docker_version: orNull(h.docker_version),
    driver_version: orNull(h.driver_version),
    cuda_version: orNull(h.cuda_version),
    inventory_errors: h.inventory_errors,
    public_address: orNull(h.public_address),
    session_address: orNull(h.session_address),
    instance_storage_bytes: h.instance_storage_bytes,
    cordoned: h.cordoned_at !== null,
    cordoned_at: h.cordoned_at?.toISOString() ?? null,
    instance_network: h.instance_network,
    gpu_attach_problem: orNull(h.gpu_attach_problem),
    storage_quota: { supported: h.storage_quota_supported, problem: orNull(h.storage_quota_problem) },
    telemetry: h.telemetry,
    gpus: gpus.map(gpuView),
  };
}
