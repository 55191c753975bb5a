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
  /** The agent's --instance-network: "none" publishes no port. */
  instance_network: "bridge" | "none";
  /** Why GPUs cannot reach containers on this host; "" = they can. */
  gpu_attach_problem: string;
  /** The engine enforces disk sizes (StorageOpt.size); when not, the reason. */
  storage_quota_supported: boolean;
  storage_quota_problem: string;
  /** Removed from the default lists by an operator (a revoked host with no live instance); kept as history. */
  removed_at: Date | null;
  /** The operator's capacity rules for this host; null = the configured default. */
  cpu_overcommit: number | null;
  memory_overcommit: number | null;
  disk_overcommit: number | null;
  reserved_cpus: number | null;
  reserved_memory_gib: number | null;
  reserved_disk_gb: number | null;
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
  /** Sealed with the server key (services/secrets.ts); opened only for the owner and the agent. */
  root_password: import("../domain/secret-box.js").Sealed;
  data_disk_bytes: number;
  /** The product's system disk; enforced by hosts whose engine supports disk sizes (absent: no limit). */
  system_disk_bytes?: number;
  env: Record<string, string>;
  ports: { container_port: number; host_port: number; protocol: string }[];
  pids_limit: number;
  /** Dataset and model versions mounted read-only (absent: none). */
  artifacts?: { target: string; version_id: string; digest: string }[];
  /** Set for a task's execution (InstanceSpec.task on the wire). */
  task?: {
    command: string[];
    output_dir: string;
    run_dir: string;
    max_log_lines: number;
    max_metric_lines: number;
    max_line_bytes: number;
  };
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
  // Customer instances (null/defaults for instances an operator made through the admin API).
  user_id: number | null;
  order_uid: string | null;
  gpu_type: string | null;
  image_id: string | null;
  app_type: string | null;
  name: string;
  pay_unit: import("../domain/pay-units.js").PayUnit | null;
  prices: import("../domain/pricing.js").Prices | null;
  extra_disk_gb: number;
  disk_gb: number;
  prepaid_seconds: number;
  expire_at: Date | null;
  billing_started_at: Date | null;
  settled_until: Date | null;
  settle_carry: number;
  /** Hourly: the moment its owner's balance ran out; nothing is charged after it. */
  suspended_at: Date | null;
  /** Hourly: where the next usage entry's period begins (its carried fractions are older than settled_until). */
  usage_period_start: Date | null;
  /** Its host was abandoned by an operator at this moment: in Error for good, only to be destroyed. */
  abandoned_at: Date | null;
  /** Set when the row is the execution of a task attempt (hidden from rental views). */
  task_id: string | null;
}

export interface CommandRow {
  command_id: string;
  /** null for a host-level command (remove_image), which has generation 0. */
  instance_id: string | null;
  host_id: string;
  generation: number;
  op: import("../domain/instance-state.js").Op | "remove_image" | "finish_task";
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
  /** image_id: the catalog image of a rebuild; reason: why the system (not the customer) issued it. */
  meta: { image_id?: string; reason?: SystemReason };
}

/** Operations the control plane issues by itself (billing). */
export type SystemReason = "expiry" | "balance" | "retention";

export type InstanceEventKind = "expired" | "balance_exhausted" | "suspension_lifted" | "destroyed_after_retention" | "renewed_after_expiry" | "abandoned";

export interface InstanceEventRow {
  event_id: number;
  instance_id: string;
  user_id: number | null;
  kind: InstanceEventKind;
  event_key: string;
  at: Date;
  details: Record<string, unknown>;
  created_at: Date;
  delivered_at: Date | null;
}

export interface UserRow {
  user_id: number;
  username: string;
  password_hash: string;
  balance_minor: number;
  email: string | null;
  platform_admin: boolean;
  /** Disabled (or deleted): no login, no token works. */
  disabled_at: Date | null;
  deleted_at: Date | null;
  /** Quotas (null: no limit): GPUs held at once, workspaces paid for, storage bytes. */
  gpu_quota: number | null;
  workspace_quota: number | null;
  storage_quota_bytes: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface ApiTokenRow {
  token_id: number;
  user_id: number;
  name: string;
  token_hash: Buffer;
  masked: string;
  scope: string;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

export interface ProductRow {
  gpu_type: string;
  name: string;
  room_name: string;
  gpu_model: string;
  cpu: number;
  memory: number;
  gpu_ram: number;
  disk_one: number;
  disk_data_one: number;
  disk_cap: number;
  price_hour_minor: number;
  price_day_minor: number;
  price_month_minor: number;
  price_cardless_hour_minor: number;
  price_disk_gb_day_minor: number;
  /** Retired by an operator: not sold any more, kept for history and its instances. */
  retired_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface ImageRow {
  image_id: string;
  name: string;
  image_ref: string;
  scene: string;
  os: string;
  description: string;
  room_name: string | null;
  owner_user_id: number | null;
  status: "saving" | "ready" | "failed";
  host_id: string | null;
  source_instance_id: string | null;
  snapshot_command_id: string | null;
  size_bytes: number | null;
  docker_image_id: string | null;
  error: string | null;
  /** Retired by an operator: not listed or usable for new buys and rebuilds, kept for its instances. */
  retired_at: Date | null;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
}

export interface ApplicationRow {
  app_type: string;
  title: string;
  image_id: string;
  gpu_type: string;
  ports: number[];
  created_at: Date;
  updated_at: Date;
}

export interface OrderRow {
  order_uid: string;
  user_id: number;
  gpu_type: string;
  app_type: string | null;
  image_id: string;
  pay_unit: import("../domain/pay-units.js").PayUnit;
  num: number;
  gpu_count: number;
  extra_disk_gb: number;
  created_at: Date;
}

export type LedgerKind = "recharge" | "purchase" | "renewal" | "lengthen" | "credit" | "refund" | "usage" | "storage";

export interface LedgerEntryRow {
  entry_id: number;
  user_id: number;
  amount_minor: number;
  balance_after_minor: number;
  kind: LedgerKind;
  idempotency_key: string;
  instance_id: string | null;
  order_uid: string | null;
  period_start: Date | null;
  period_end: Date | null;
  memo: string;
  created_at: Date;
}

export type TaskStatus = import("../domain/tasks.js").TaskStatus;

export interface TaskRow {
  task_id: string;
  workspace_id: string;
  project_id: string;
  user_id: number;
  kind: "training" | "custom";
  name: string;
  description: string;
  priority: number;
  status: TaskStatus;
  reason: string | null;
  exit_code: number | null;
  template_id: string | null;
  hyperparameters: Record<string, unknown>;
  gpu_type: string;
  room_name: string;
  gpu_model: string;
  prices: import("../domain/pricing.js").Prices;
  gpu_count: number;
  cpu_millis: number;
  memory_bytes: number;
  image_ref: string;
  command: string[];
  env: Record<string, string>;
  dataset_version_ids: string[];
  model_version_id: string | null;
  output_dir: string;
  total_steps: number | null;
  max_duration_s: number | null;
  attempt: number;
  instance_id: string | null;
  host_id: string | null;
  gpu_indexes: number[];
  gpu_uuids: string[];
  run_id: string | null;
  stop_reason: "cancel" | "timeout" | "balance" | "host_lost" | null;
  stop_requested_at: Date | null;
  output_version_id: string | null;
  output_error: string | null;
  progress: number | null;
  step: number | null;
  queued_at: Date;
  scheduled_at: Date | null;
  started_at: Date | null;
  exited_at: Date | null;
  finished_at: Date | null;
  deleted_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface TaskEventRow {
  event_id: number;
  task_id: string;
  at: Date;
  from_status: string | null;
  to_status: string;
  reason: string | null;
}

export interface HyperparameterSpec {
  type: "int" | "float" | "string" | "bool" | "enum";
  default?: unknown;
  min?: number;
  max?: number;
  choices?: (string | number)[];
  description?: string;
}

export interface TemplateRow {
  template_id: string;
  name: string;
  description: string;
  image_ref: string;
  command: string[];
  hyperparameters: Record<string, HyperparameterSpec>;
  gpu_count: number;
  cpu_per_gpu: number;
  memory_gib_per_gpu: number;
  output_dir: string;
  total_steps_param: string | null;
  max_duration_s: number | null;
  retired_at: Date | null;
  created_at: Date;
  updated_at: Date;
}
