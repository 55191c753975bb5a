// How a customer sees their instances at /gpu/instances/list (the original API's fields).
import { customerInstances, type CustomerInstanceRow } from "../../db/queries/instances.js";
import type { Db } from "../../db/knex.js";
import type { UserRow } from "../../db/rows.js";
import type { TimeFormat } from "../../domain/api-time.js";
import { INSTANCE_STATES } from "../../domain/instance-state.js";
import { API_PAY_METHOD, currentPaidHourEnd, PAY_UNIT } from "../../domain/pay-units.js";
import { ROOM_NAME_PATTERN } from "../../domain/rooms.js";
import { invalid } from "../../errors.js";
import { clock } from "../clock.js";
import { openPassword } from "../secrets.js";

/** The image an instance boots from, as the documented example shows it. */
export interface InstanceImageView {
  image_id: string;
  name: string;
  scene: string;
  os: string;
  description: string;
}

/** The instance's shape, as the documented example shows it (gpu and disk_free are strings there). */
export interface InstanceSizeView {
  gpu_type: string;
  scene: string;
  /** GB of disk the instance has: system disk + data disk + extra disk. */
  disk_free: string;
  gpu_ram: number;
  gpu_model: string;
  /** GiB of memory and CPU cores of the whole instance. */
  memory: number;
  cpu: number;
  /** How many GPUs it was bought with. */
  gpu: string;
}

export interface CustomerInstanceView {
  gid: string;
  name: string;
  status: string;
  card_less: boolean;
  gpu_reserved: boolean;
  gpu_type: string | null;
  gpu_count: number;
  size: InstanceSizeView;
  image: InstanceImageView;
  image_id: string | null;
  room_name: string;
  ip: string;
  port: number | null;
  username: string;
  password: string;
  pay_unit: number | null;
  pay_method: "Day" | "Month" | "Hour" | null;
  order_uid: string | null;
  create_at: string | null;
  expire_at: string | null;
  custom_ports: { container_port: number; host_port: number; url: string }[];
  app_metadata: { app_type: string; urls: string[] } | Record<string, never>;
  operation_in_progress: boolean;
  message: string | null;
}

/**
 * expire_at: prepaid instances expire at the end of their paid time; hourly ones show the end of
 * the current hour of billing (decision 0015), counted from when billing started (from the
 * order before the container first ran). A destroyed instance expires no more.
 */
function expireAt(r: CustomerInstanceRow, now: Date): Date | null {
  if (r.pay_unit !== PAY_UNIT.HOURLY) return r.expire_at;
  if (r.state === "Destroyed") return null;
  return currentPaidHourEnd(r.billing_started_at ?? r.created_at, now);
}

function view(r: CustomerInstanceRow, fmt: TimeFormat, now: Date): CustomerInstanceView {
  const ip = r.public_address !== "" ? r.public_address : r.session_address;
  const reachable = r.instance_network !== "none";
  const custom = (reachable ? r.published : []).map((p) => ({ ...p, url: `http://${ip.includes(":") ? `[${ip}]` : ip}:${p.host_port}` }));
  return {
    gid: r.instance_id,
    name: r.name,
    status: r.state,
    card_less: r.card_less,
    gpu_reserved: r.gpus_held > 0,
    gpu_type: r.gpu_type,
    gpu_count: r.gpu_count,
    size: {
      gpu_type: r.gpu_type ?? "",
      scene: "Gpu",
      disk_free: String(r.disk_gb),
      gpu_ram: r.product_gpu_ram ?? 0,
      gpu_model: `${r.product_name ?? r.name} * ${r.gpu_count}`,
      memory: Math.round(r.spec.memory_bytes / 2 ** 30),
      cpu: r.spec.cpu_millis / 1000,
      gpu: String(r.gpu_count),
    },
    image: {
      image_id: r.image_id ?? "",
      name: r.image_name ?? r.image_ref,
      scene: r.image_scene ?? "",
      os: r.image_os ?? "",
      description: r.image_description ?? "",
    },
    image_id: r.image_id,
    room_name: r.room_name,
    // Nothing is promised that cannot be reached: on a host whose instances have no network
    // (--instance-network none) there is no SSH, so no address, port or password is shown.
    ip: reachable ? ip : "",
    port: reachable ? r.ssh_port : null,
    username: "root",
    password: reachable ? openPassword(r.spec.root_password) : "",
    pay_unit: r.pay_unit,
    pay_method: r.pay_unit !== null ? API_PAY_METHOD[r.pay_unit] : null,
    order_uid: r.order_uid,
    create_at: fmt(r.created_at),
    expire_at: fmt(expireAt(r, now)),
    custom_ports: custom,
    // Never null: an empty object for what is not an application, as in the documented example.
    app_metadata: r.app_type ? { app_type: r.app_type, urls: custom.map((c) => c.url) } : {},
    operation_in_progress: r.pending_command_id !== null,
    message: r.last_error ?? (reachable ? null : "no SSH: this host runs instances without a network (nothing is published)"),
  };
}

export interface CustomerListQuery {
  /** Both absent: every instance, as the original API answers a list without paging parameters. */
  page?: number | undefined;
  pageSize?: number | undefined;
  gids?: string[] | undefined;
  roomName?: string | undefined;
  status?: string | undefined;
}

export async function listCustomerInstances(
  db: Db,
  user: UserRow,
  q: CustomerListQuery,
  fmt: TimeFormat,
): Promise<{ items: CustomerInstanceView[]; total: string }> {
  if (q.status !== undefined && !(INSTANCE_STATES as readonly string[]).includes(q.status))
    throw invalid(`status must be one of ${INSTANCE_STATES.join(", ")}`);
  if (q.roomName !== undefined && !ROOM_NAME_PATTERN.test(q.roomName)) throw invalid("room_name must be 1-64 letters, digits or _.-");
  const { rows, total } = await customerInstances(
    db,
    user.user_id,
    { gids: q.gids, roomName: q.roomName, state: q.status },
    q.pageSize,
    ((q.page ?? 1) - 1) * (q.pageSize ?? 0),
  );
  const now = clock.now();
  // "total" is a string in the original API's responses.
  return { items: rows.map((r) => view(r, fmt, now)), total: String(total) };
}
