// A control plane with an agent, a product of its GPUs, a public image and a customer with a
// token: what the public API tests start from.
import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { sql } from "./database.js";
import { dockerHost, testImage } from "./docker.js";
import { startInProcess, type InProcess } from "./in-process.js";
import { apiCall, type ApiResponse } from "./http.js";
import { startAgent, startControlPlane, type Agent, type ControlPlane } from "./processes.js";
import { waitFor } from "./wait.js";

interface TestLike {
  teardown(fn: () => unknown): void;
}

/** The GPU the replayed capture reports (h100-80gb-hbm3-drv590). */
export const GPU_MODEL = "NVIDIA H100 80GB HBM3";

/** Prices chosen so that sums are easy to check by hand. One core per GPU: the test machine has two. */
export const PRODUCT = {
  gpu_type: "h100_80g_105",
  name: "H100 80GB",
  room_name: "105",
  gpu_model: GPU_MODEL,
  cpu: 1,
  memory: 1,
  gpu_ram: 80,
  disk_one: 10,
  disk_data_one: 20,
  disk_cap: 500,
  price_hour: "2.00",
  price_day: "40.00",
  price_month: "1000.00",
  price_cardless_hour: "0.10",
  price_disk_gb_day: "0.01",
};

/**
 * Fast password hashing for tests (the production cost is checked in a unit test), and rate
 * limits out of the way (one test checks them with its own).
 */
export const TEST_CP_ENV = {
  PASSWORD_SCRYPT_LOG_N: "14",
  API_RATE_PER_S: "100000",
  API_RATE_BURST: "100000",
  AUTH_RATE_PER_MIN: "100000",
  AUTH_RATE_PER_USER_PER_MIN: "100000",
  AUTH_FAILURES_PER_MIN: "100000",
};

export interface Customer {
  username: string;
  password: string;
  token: string;
}

export interface World {
  cp: ControlPlane;
  agent: Agent;
  hostId: string;
  imageId: string;
  dbUrl: string | undefined;
  /** A customer call as the original API's examples make it: POST, JSON, "Authorization: <token>". */
  call(path: string, body: unknown, token: string | null, headers?: Record<string, string>): Promise<ApiResponse>;
  newCustomer(username: string, balance?: string): Promise<Customer>;
}

export async function startWorld(t: TestLike, opts: { gpus?: number; env?: Record<string, string>; databaseUrl?: string } = {}): Promise<World> {
  const cp = await startControlPlane(t, { env: { ...TEST_CP_ENV, ...opts.env }, ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}) });
  const gpus = opts.gpus ?? 4;
  const agent = startAgent(t, {
    controlPlane: cp.url,
    joinToken: await cp.joinToken("105"),
    docker: await dockerHost(),
    env: { FAKE_NVIDIA_SMI_GPUS: String(gpus) },
  });
  const hostId = await agent.connected();
  await waitFor("GPUs", async () => (await cp.host(hostId)).gpus.length === gpus);
  const product = await cp.api("POST", "/admin/products", PRODUCT);
  if (product.status !== 201) throw new Error(`product: ${product.status} ${JSON.stringify(product.body)}`);
  const image = await cp.api("POST", "/admin/images", {
    name: "Ubuntu 22.04 CUDA 12",
    image_ref: testImage(),
    scene: "base",
    os: "ubuntu",
    description: "test image",
    room_name: "105",
  });
  if (image.status !== 201) throw new Error(`image: ${image.status} ${JSON.stringify(image.body)}`);
  const call = (path: string, body: unknown, token: string | null, headers: Record<string, string> = {}) =>
    apiCall(cp.url, "POST", path, { body, token: null, headers: { ...(token ? { authorization: token } : {}), ...headers } });
  return {
    cp,
    agent,
    hostId,
    imageId: image.body.image_id,
    dbUrl: opts.databaseUrl,
    call,
    async newCustomer(username, balance) {
      const password = `pw-${username}-secret`;
      const u = await cp.api("POST", "/admin/users", { username, password });
      if (u.status !== 201) throw new Error(`user: ${u.status} ${JSON.stringify(u.body)}`);
      if (balance) {
        const r = await cp.api("POST", `/admin/users/${username}/recharge`, { amount: balance });
        if (r.status !== 200) throw new Error(`recharge: ${r.status} ${JSON.stringify(r.body)}`);
      }
      const tok = await call("/generate/token", { username, password, name: "tests" }, null);
      if (tok.status !== 200) throw new Error(`token: ${tok.status} ${JSON.stringify(tok.body)}`);
      return { username, password, token: tok.body.token.token };
    },
  };
}

/** Waits until the customer's instance has `status` and no operation in progress. */
export async function instanceIs(w: World, token: string, gid: string, status: string, timeoutMs = 30_000): Promise<any> {
  return waitFor(
    `${gid} ${status}`,
    async () => {
      const r = await w.call("/gpu/instances/list", { gid }, token);
      const i = r.body.items?.[0];
      return i && i.status === status && !i.operation_in_progress ? i : undefined;
    },
    timeoutMs,
    150,
  );
}

/**
 * The API alone: a control plane in the test process and a host arranged in the database (no
 * agent, so commands stay pending and instances stay where the test puts them). Fast enough
 * for the many bad-input and access cases.
 */
export interface ApiWorld {
  cp: InProcess;
  hostId: string;
  imageId: string;
  call(path: string, body: unknown, token: string | null, headers?: Record<string, string>): Promise<ApiResponse>;
  newCustomer(username: string, balance?: string): Promise<Customer>;
  /** Puts an instance in a state as if the agent had reported it (and starts its billing). */
  setState(gid: string, state: string): Promise<void>;
}

export async function startApiWorld(t: TestLike, opts: { gpus?: number; env?: Record<string, string>; hosts?: number; log?: Logger } = {}): Promise<ApiWorld> {
  // Heartbeats are not expected from the arranged hosts: liveness must not mark them offline.
  const cp = await startInProcess(
    t,
    { ...TEST_CP_ENV, HEARTBEAT_MIN_INTERVAL_MS: "600000", HEARTBEAT_MAX_INTERVAL_MS: "600000", ...opts.env },
    undefined,
    opts.log,
  );
  const hostIds: string[] = [];
  for (let h = 0; h < (opts.hosts ?? 1); h++) {
    const hostId = `host-${randomBytes(8).toString("hex")}`;
    hostIds.push(hostId);
    await sql(
      cp.dbUrl,
      "insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms, instance_storage_bytes) values ($1, '105', $2, 3600000, $3)",
      [hostId, randomBytes(32), 10_000 * 1e9],
    );
    for (let i = 0; i < (opts.gpus ?? 4); i++) {
      await sql(cp.dbUrl, "insert into gpus (host_id, gpu_index, uuid, name) values ($1, $2, $3, $4)", [hostId, i, `GPU-${hostId.slice(5)}-${i}`, GPU_MODEL]);
    }
  }
  const product = await cp.api("POST", "/admin/products", PRODUCT);
  if (product.status !== 201) throw new Error(`product: ${product.status} ${JSON.stringify(product.body)}`);
  const image = await cp.api("POST", "/admin/images", {
    name: "Ubuntu 22.04 CUDA 12",
    image_ref: "registry.example.com/ubuntu-cuda:12",
    scene: "base",
    os: "ubuntu",
    description: "",
    room_name: "105",
  });
  const call = (path: string, body: unknown, token: string | null, headers: Record<string, string> = {}) =>
    apiCall(cp.url, "POST", path, { body, token: null, headers: { ...(token ? { authorization: token } : {}), ...headers } });
  return {
    cp,
    hostId: hostIds[0]!,
    imageId: image.body.image_id,
    call,
    async newCustomer(username, balance) {
      const password = `pw-${username}-secret`;
      const u = await cp.api("POST", "/admin/users", { username, password });
      if (u.status !== 201) throw new Error(`user: ${u.status} ${JSON.stringify(u.body)}`);
      if (balance) await cp.api("POST", `/admin/users/${username}/recharge`, { amount: balance });
      const tok = await call("/generate/token", { username, password, name: "tests" }, null);
      if (tok.status !== 200) throw new Error(`token: ${tok.status} ${JSON.stringify(tok.body)}`);
      return { username, password, token: tok.body.token.token };
    },
    async setState(gid, state) {
      await sql(
        cp.dbUrl,
        `update instances set state = $2, pending_command_id = null, state_before_op = null,
           billing_started_at = coalesce(billing_started_at, now()), settled_until = coalesce(settled_until, now()),
           expire_at = case when pay_unit <> 4 and expire_at is null then now() + make_interval(secs => prepaid_seconds) else expire_at end
         where instance_id = $1`,
        [gid, state],
      );
      await sql(cp.dbUrl, "update commands set status = 'succeeded', finished_at = now() where instance_id = $1 and status = 'pending'", [gid]);
    },
  };
}
