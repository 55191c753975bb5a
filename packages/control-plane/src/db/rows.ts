// Row shapes of the tables, as the pg driver returns them.
export interface HostRow {
  host_id: string;
  room_name: string;
  credential_hash: Buffer;
  status: "online" | "suspect" | "offline";
  status_changed_at: Date;
  enrolled_at: Date;
  revoked_at: Date | null;
  last_seen_at: Date;
  heartbeat_interval_ms: number;
  connected_replica: string | null;
  hostname: string;
  os: string;
  kernel: string;
  arch: string;
  cpu_count: number | null;
  cpu_model: string;
  memory_total_bytes: number | null;
  disks: unknown[];
  docker_version: string;
  driver_version: string;
  cuda_version: string;
  agent_version: string;
  protocol_version: number | null;
  inventory_errors: string[];
  inventory_at: Date | null;
  telemetry: Record<string, unknown> | null;
  telemetry_at: Date | null;
  /** The agent's --public-address; "" = not configured. */
  public_address: string;
  /** Remote address of the agent's session at its last Hello; "" before the first. */
  session_address: string;
  /** Size of the file system of the Docker data root; null = never measured. */
  instance_storage_bytes: number | null;
  /** Set: no new placements on this host. */
  cordoned_at: Date | null;
}

export interface GpuRow {
  host_id: string;
  gpu_index: number;
  uuid: string;
  name: string;
  memory_total_mib: number | null;
  pci_bus_id: string;
  mig_mode: "enabled" | "disabled" | null;
  mig_devices: unknown[];
  serial: string;
  vbios_version: string;
  compute_cap: string;
  driver_version: string;
  power_limit_max_w: number | null;
  present: boolean;
  first_seen_at: Date;
  updated_at: Date;
  telemetry: Record<string, unknown> | null;
  telemetry_at: Date | null;
}

export interface JoinTokenRow {
  token_id: string;
  token_hash: Buffer;
  room_name: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  used_by_host_id: string | null;
}

export interface InstanceSpecJson {
  cpu_millis: number;
  memory_bytes: number;
  root_password: string;
  data_disk_bytes: number;
  env: Record<string, string>;
  ports: { container_port: number; host_port: number; protocol: string }[];
  pids_limit: number;
}

export interface InstanceRow {
  instance_id: string;
  host_id: string;
  room_name: string;
  owner: string | null;
  state: import("../domain/instance-state.js").InstanceState;
  state_before_op: import("../domain/instance-state.js").InstanceState | null;
  card_less: boolean;
  gpu_count: number;
  image_ref: string;
  spec: InstanceSpecJson;
  ssh_port: number | null;
  generation: number;
  pending_command_id: string | null;
  last_error: string | null;
  container_id: string | null;
  container_status: string | null;
  running_since: Date | null;
  created_at: Date;
  updated_at: Date;
  destroyed_at: Date | null;
}

export interface CommandRow {
  command_id: string;
  instance_id: string;
  host_id: string;
  generation: number;
  op: import("../domain/instance-state.js").Op;
  payload: Buffer;
  status: "pending" | "succeeded" | "failed" | "refused_stale";
  created_at: Date;
  first_sent_at: Date | null;
  last_sent_at: Date | null;
  send_count: number;
  finished_at: Date | null;
  error_code: string | null;
  error_message: string | null;
  result: Record<string, unknown> | null;
}
