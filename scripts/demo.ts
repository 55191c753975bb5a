// pnpm demo: the whole product on one machine without a GPU, in one command.
//
// Starts the control plane (embedded PostgreSQL), a private Docker engine with a small busybox
// image (where one can run: root and Debian's docker.io + busybox-static), and an agent whose
// nvidia-smi replays a real H100 capture (4 GPUs) and that attaches no real GPUs
// (--gpu-attach none) and gives containers no network (--instance-network none: nothing leaves
// this machine). Then it does what an operator does before selling (a customer, money, a
// product, an image) and prints what a customer types next. Ctrl-C stops everything; the data
// lives in a temporary directory and goes with it (DEMO_KEEP=1 keeps it).
//
//   DEMO_PORT    HTTP port of the control plane (default 8080)
//   DEMO_GPUS    GPUs the replayed host has (default 4)
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { type DockerEngine, startDockerEngine } from "./lib/docker-engine.js";

const ROOT = new URL("..", import.meta.url).pathname;
const TSX = ["--conditions=remotegpu-source", "--import", "tsx"];
const PORT = Number(process.env["DEMO_PORT"] ?? "8080");
const GPUS = process.env["DEMO_GPUS"] ?? "4";
const API = `http://127.0.0.1:${PORT}`;
const ADMIN = `rgadm_demo_${Math.random().toString(36).slice(2, 14)}`;
const CUSTOMER = { username: "alice", password: "alice-demo-password" };

function say(line = ""): void {
  process.stdout.write(`${line}\n`);
}

/** Every process the demo started, stopped last first at the end (also when start-up fails). */
const children: ChildProcess[] = [];

function start(name: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...TSX, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 90 s:\n${lines.slice(-20).join("\n")}`)), 90_000);
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => {
        lines.push(line);
        if (process.env["DEMO_VERBOSE"]) process.stderr.write(`[${name}] ${line}\n`);
        if (ready.test(line)) {
          clearTimeout(timer);
          resolve(child);
        }
      });
    }
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}):\n${lines.slice(-20).join("\n")}`));
    });
  });
}

async function call(method: string, path: string, body?: unknown, auth: string | null = `Bearer ${ADMIN}`): Promise<any> {
  const r = await fetch(`${API}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await r.json().catch(() => null);
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
  return json;
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "remotegpu-demo-"));
  chmodSync(dir, 0o711); // the embedded PostgreSQL runs as "postgres" when we are root
  let docker: DockerEngine | undefined;
  const stop = async () => {
    for (const c of children.reverse()) {
      if (c.exitCode !== null) continue;
      c.kill("SIGTERM");
      await new Promise((r) => c.once("exit", r));
    }
    await docker?.stop();
    if (!process.env["DEMO_KEEP"]) rmSync(dir, { recursive: true, force: true });
  };
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    say("\nstopping…");
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    say(`remotegpu demo in ${dir}`);
    let dockerHost = "unix:///nonexistent/docker.sock";
    try {
      docker = await startDockerEngine();
      dockerHost = docker.host;
      say(`- a private Docker engine runs (${docker.host}) with the image ${docker.image}`);
    } catch (err) {
      say(`- no Docker engine could be started (${(err as Error).message.split("\n")[0]}):`);
      say("  instances will fail with RUNTIME_UNAVAILABLE; run as root with docker.io and busybox-static installed");
    }
    await start(
      "control-plane",
      ["packages/control-plane/src/main.ts"],
      {
        DATA_DIR: join(dir, "control-plane"),
        DATABASE_URL: "",
        PORT: String(PORT),
        GRPC_PORT: "off",
        ADMIN_TOKEN: ADMIN,
        LOG_LEVEL: "info",
        // Placement sells only what the host has (README, "Host capacity"). The demo's instances
        // are busybox shells that use next to nothing, on a laptop that has far fewer cores and
        // less memory than four H100s would come with: overcommit so that every replayed GPU can
        // be sold, and keep only 1 GB of disk for the host (its data root is a temporary directory).
        PLACEMENT_CPU_OVERCOMMIT: "8",
        PLACEMENT_MEMORY_OVERCOMMIT: "8",
        HOST_RESERVED_DISK_GB: "1",
      },
      /"msg":"remotegpu-control-plane listening"/,
    );
    say(`- the control plane listens on ${API}`);
    const join_ = await call("POST", "/admin/join-tokens", { room_name: "demo" });
    await start(
      "agent",
      [
        "packages/agent/src/main.ts",
        "--control-plane",
        API,
        "--join-token",
        join_.token,
        "--data-dir",
        join(dir, "agent"),
        "--nvidia-smi",
        join(ROOT, "test/support/fake-nvidia-smi.mjs"),
        "--docker-host",
        dockerHost,
        "--gpu-attach",
        "none",
        "--instance-network",
        "none",
      ],
      { FAKE_NVIDIA_SMI_CAPTURE: "h100-80gb-hbm3-drv590", FAKE_NVIDIA_SMI_GPUS: GPUS, REMOTEGPU_LOG_LEVEL: "info" },
      /connected to the control plane/,
    );
    const host = await until("the host's GPUs", async () => {
      const hosts = await call("GET", "/admin/hosts");
      const h = hosts.items[0];
      return h && h.gpus.length > 0 ? h : undefined;
    });
    say(`- an agent enrolled host ${host.host_id} with ${host.gpus.length} × ${host.gpus[0].name} (replayed nvidia-smi)`);

    // What an operator does before selling (README: "From an empty control plane to a rented GPU").
    await call("POST", "/admin/users", CUSTOMER);
    await call("POST", `/admin/users/${CUSTOMER.username}/recharge`, { amount: "100.00" });
    const cpuPerGpu = Math.max(1, Math.floor((host.cpu_count ?? 2) / Number(GPUS) / 2));
    await call("POST", "/admin/products", {
      gpu_type: "h100_demo",
      name: "NVIDIA H100 (demo)",
      room_name: "demo",
      gpu_model: host.gpus[0].name,
      cpu: cpuPerGpu,
      memory: 1,
      gpu_ram: 80,
      disk_one: 1,
      disk_data_one: 1,
      disk_cap: 0,
      price_hour: "2.00",
      price_day: "40.00",
      price_month: "1000.00",
      price_cardless_hour: "0.10",
      price_disk_gb_day: "0.01",
    });
    const image = await call("POST", "/admin/images", {
      name: "busybox (demo)",
      image_ref: docker?.image ?? "remotegpu-test/busybox:1",
      scene: "Gpu",
      os: "linux",
      description: "busybox: sh and coreutils, no SSH server",
      room_name: null,
    });
    say(`- seeded: customer ${CUSTOMER.username} (balance 100.00), product h100_demo in room demo, image ${image.image_id}`);
    say();
    say("The customer's next commands (another terminal):");
    say();
    say(`  API=${API}`);
    say(
      `  T=$(curl -s $API/generate/token -d '{"username":"${CUSTOMER.username}","password":"${CUSTOMER.password}","name":"demo"}' | sed 's/.*"token":"\\([^"]*\\)".*/\\1/')`,
    );
    say(`  curl -s $API/gpu/product/list -H "Authorization: $T" -d '{}'`);
    say(
      `  curl -s $API/gpu/instances/buy -H "Authorization: $T" -d '{"image_id":"${image.image_id}","num":"1","gpu_type":"h100_demo","gpu_count":"1","pay_unit":"4","room_name":"demo"}'`,
    );
    say(`  curl -s $API/gpu/instances/list -H "Authorization: $T" -d '{}'`);
    say(`  curl -s $API/gpu/instances/stop -H "Authorization: $T" -d '{"gid":"gpu-…","card_less":false}'`);
    say(`  curl -s $API/account/info -H "Authorization: $T" -d '{}'`);
    say();
    say(`Operators: curl -s $API/admin/hosts -H "Authorization: Bearer ${ADMIN}"`);
    say("The demo's containers have no network (nothing is published), so there is no SSH here;");
    say("on a real host with a bridge network the instance list shows ip, port and password.");
    say();
    say("Ctrl-C stops the demo.");
  } catch (err) {
    process.stderr.write(`demo failed: ${(err as Error).message}\n`);
    await stop();
    process.exit(1);
  }
}

void main();
