// How a customer sees their instances at /gpu/instances/list (the original API's fields).
import { customerInstances, type CustomerInstanceRow } from "../../db/queries/instances.js";
import type { Db } from "../../db/knex.js";
import type { UserRow } from "../../db/rows.js";
import type { TimeFormat } from "../../domain/api-time.js";
import { INSTANCE_STATES } from "../../domain/instance-state.js";
import { PAY_METHOD_NAME } from "../../domain/pay-units.js";
import { ROOM_NAME_PATTERN } from "../../domain/rooms.js";
import { invalid } from "../../errors.js";
import { openPassword } from "../secrets.js";

export interface CustomerInstanceView {
  gid: string;
  name: string;
  status: string;
  card_less: boolean;
  gpu_reserved: boolean;
  gpu_type: string | null;
  gpu_count: number;
  size: number;
  image: string | null;
  image_id: string | null;
  room_name: string;
  ip: string;
  port: number | null;
  username: string;
  password: string;
  pay_unit: number | null;
  pay_method: string | null;
  order_uid: string | null;
  create_at: string | null;
  expire_at: string | null;
  custom_ports: { container_port: number; host_port: number; url: string }[];
  app_metadata: { app_type: string; urls: string[] } | null;
  operation_in_progress: boolean;
  message: string | null;
}

function view(r: CustomerInstanceRow, fmt: TimeFormat): CustomerInstanceView {
  const ip = r.public_address !== "" ? r.public_address : r.session_address;
  const custom = r.published.map((p) => ({ ...p, url: `http://${ip.includes(":") ? `[${ip}]` : ip}:${p.host_port}` }));
  return {
    gid: r.instance_id,
    name: r.name,
    status: r.state,
    card_less: r.card_less,
    gpu_reserved: r.gpus_held > 0,
    gpu_type: r.gpu_type,
    gpu_count: r.gpu_count,
    // The instance's size in the original's sense: how many GPUs it was bought with.
    size: r.gpu_count,
    image: r.image_name,
    image_id: r.image_id,
    room_name: r.room_name,
    ip,
    port: r.ssh_port,
    username: "root",
    password: openPassword(r.spec.root_password),
    pay_unit: r.pay_unit,
    pay_method: r.pay_unit !== null ? PAY_METHOD_NAME[r.pay_unit] : null,
    order_uid: r.order_uid,
    create_at: fmt(r.created_at),
    // Hourly instances do not expire; prepaid ones from when they first run.
    expire_at: fmt(r.expire_at),
    custom_ports: custom,
    app_metadata: r.app_type ? { app_type: r.app_type, urls: custom.map((c) => c.url) } : null,
    operation_in_progress: r.pending_command_id !== null,
    message: r.last_error,
  };
}

export interface CustomerListQuery {
  page: number;
  pageSize: number;
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
    (q.page - 1) * q.pageSize,
  );
  // "total" is a string in the original API's responses.
  return { items: rows.map((r) => view(r, fmt)), total: String(total) };
}
