// Real control-plane and agent processes for integration tests, started from the TypeScript
// sources through tsx (no build needed) and stopped when the test ends.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { apiCall, type ApiResponse } from "./http.js";
import { waitFor } from "./wait.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const FAKE_NVIDIA_SMI = join(ROOT, "test", "support", "fake-nvidia-smi.mjs");
const TSX = ["--conditions=remotegpu-source", "--import", "tsx"];

interface TestLike {
  teardown(fn: () => unknown): void;
}

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

export class Proc {
  readonly logs: LogLine[] = [];
  readonly text: string[] = [];
  readonly exited: Promise<number | null>;
  exitCode: number | null | undefined;

  constructor(readonly child: ChildProcess) {
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => {
        this.text.push(line);
        if (process.env["TEST_VERBOSE"]) process.stderr.write(`[${child.pid}] ${line}\n`);
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          /* not a JSON log line */
        }
      });
    }
    this.exited = new Promise((resolve) =>
      child.on("exit", (code, signal) => {
        this.exitCode = code ?? (signal ? -1 : null);
        resolve(code);
      }),
    );
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** Waits for a JSON log line whose msg matches (and that satisfies `where`). */
  waitForLog(msg: string | RegExp, timeoutMs = 15_000, where: (l: LogLine) => boolean = () => true): Promise<LogLine> {
    return waitFor(
      `log "${String(msg)}"`,
      () => this.logs.find((l) => (typeof msg === "string" ? l.msg === msg : msg.test(String(l.msg))) && where(l)),
      timeoutMs,
      50,
    );
  }

  kill(signal: NodeJS.Signals = "SIGKILL"): Promise<number | null> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }

  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill("SIGTERM");
    const t = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await this.exited;
    clearTimeout(t);
  }

  dump(): string {
    return this.text.slice(-40).join("\n");
  }
}

/**
 * Runs a command as an operator's shell would: without what tap injects into child processes
 * (its @tapjs/processinfo loader in NODE_OPTIONS, re-added on every spawn, which breaks tsc).
 * `env -u` removes it after tap's spawn hook has run.
 */
export function operatorCommand(command: string, args: string[]): [string, string[]] {
  return ["env", ["-u", "NODE_OPTIONS", "-u", "NODE_PATH", command, ...args]];
}

export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), `remotegpu-${prefix}-`));
  chmodSync(d, 0o711);
  return d;
}

export const ADMIN_TOKEN = "test-admin-token-0123456789";
/** A fixed key for the secrets sealed at rest, so that every test run seals alike. */
export const SECRET_KEYS = Buffer.alloc(32, 7).toString("base64");

// Fast liveness for tests: heartbeats every 200 ms; suspect after 3 missed, offline after 8.
export const FAST_LIVENESS = {
  HEARTBEAT_MIN_INTERVAL_MS: "200",
  HOST_SUSPECT_AFTER_MISSED: "3",
  HOST_OFFLINE_AFTER_MISSED: "8",
  TELEMETRY_MIN_INTERVAL_MS: "300",
};

/**
 * Placement for tests: the agents run on the test machine (two cores, whatever memory and disk it
 * has) and report 4-8 replayed H100s, far more GPUs than its CPUs could back at one core per GPU.
 * Tests that are not about capacity get a roomy policy; the capacity tests set their own (per
 * host, through PATCH /admin/hosts/{id}/capacity, or with these variables).
 */
export const ROOMY_PLACEMENT = {
  PLACEMENT_CPU_OVERCOMMIT: "100",
  PLACEMENT_MEMORY_OVERCOMMIT: "100",
  PLACEMENT_DISK_OVERCOMMIT: "100",
  HOST_RESERVED_CPUS: "0",
  HOST_RESERVED_MEMORY_GIB: "0",
  HOST_RESERVED_DISK_GB: "0",
  // The test engine's storage has no project quotas; the tests that buy extra disk are about billing.
  PLACEMENT_REQUIRE_DISK_QUOTA: "false",
};

export class ControlPlane extends Proc {
  port = 0;
  grpcPort = 0;
  constructor(
    child: ChildProcess,
    readonly adminToken: string,
    readonly dataDir: string,
  ) {
    super(child);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  api(method: string, path: string, body?: unknown, token: string | null = this.adminToken): Promise<ApiResponse> {
    return apiCall(this.url, method, path, { body, token });
  }

  async joinToken(room = "105", ttlSeconds?: number): Promise<string> {
    const r = await this.api("POST", "/admin/join-tokens", { room_name: room, ...(ttlSeconds ? { ttl_seconds: ttlSeconds } : {}) });
    if (r.status !== 201) throw new Error(`join token: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.token as string;
  }

  async host(hostId: string): Promise<any> {
    const r = await this.api("GET", `/admin/hosts/${hostId}`);
    if (r.status !== 200) throw new Error(`host ${hostId}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }
}

/**
 * A control-plane process. Without `databaseUrl` it runs its embedded PostgreSQL under the data
 * dir (the `pnpm start` default); an `env` value of "" unsets that variable.
 */
export async function startControlPlane(t: TestLike, opts: { databaseUrl?: string; env?: Record<string, string>; dataDir?: string }): Promise<ControlPlane> {
  const dataDir = opts.dataDir ?? tempDir("cp");
  const child = spawn(process.execPath, [...TSX, join(ROOT, "packages/control-plane/src/main.ts")], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      GRPC_PORT: "0",
      DATA_DIR: dataDir,
      ADMIN_TOKEN,
      SECRET_KEYS,
      LOG_LEVEL: "debug",
      ...FAST_LIVENESS,
      ...ROOMY_PLACEMENT,
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const cp = new ControlPlane(child, opts.env?.["ADMIN_TOKEN"] ?? ADMIN_TOKEN, dataDir);
  t.teardown(() => cp.stop());
  try {
    const l = await cp.waitForLog("remotegpu-control-plane listening", 60_000);
    cp.port = l["port"] as number;
    cp.grpcPort = l["grpcPort"] as number;
  } catch (err) {
    throw new Error(`control plane did not start: ${(err as Error).message}\n${cp.dump()}`);
  }
  return cp;
}

export class Agent extends Proc {
  constructor(
    child: ChildProcess,
    readonly dataDir: string,
  ) {
    super(child);
  }

  /** The host id once the agent is connected. */
  async connected(timeoutMs = 30_000): Promise<string> {
    const l = await this.waitForLog(/connected to the control plane/, timeoutMs);
    return l["hostId"] as string;
  }
}

export interface AgentOptions {
  controlPlane: string;
  /** A Docker engine (unix://…); without it the agent points at a socket nobody listens on. */
  docker?: string;
  joinToken?: string;
  dataDir?: string;
  nvidiaSmi?: string;
  /** FAKE_NVIDIA_SMI_* settings for the replay program and any other variables. */
  env?: Record<string, string>;
  args?: string[];
  /** Keep the agent's own reconnect backoff (tests otherwise shorten it to 100 ms-1 s). */
  defaultBackoff?: boolean;
}

export function startAgent(t: TestLike, opts: AgentOptions): Agent {
  const dataDir = opts.dataDir ?? tempDir("agent");
  const args = [
    "--control-plane",
    opts.controlPlane,
    "--data-dir",
    dataDir,
    "--nvidia-smi",
    opts.nvidiaSmi ?? FAKE_NVIDIA_SMI,
    "--docker-host",
    opts.docker ?? `unix://${join(dataDir, "no-docker.sock")}`,
    // Test hosts have no NVIDIA Container Toolkit and no bridge network.
    "--gpu-attach",
    "none",
    "--instance-network",
    "none",
    "--container-poll-ms",
    "300",
    ...(opts.defaultBackoff ? [] : ["--reconnect-base-ms", "100", "--reconnect-max-ms", "1000"]),
    "--log-level",
    "debug",
    ...(opts.joinToken ? ["--join-token", opts.joinToken] : []),
    ...(opts.args ?? []),
  ];
  const child = spawn(process.execPath, [...TSX, join(ROOT, "packages/agent/src/main.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, FAKE_NVIDIA_SMI_CAPTURE: "h100-80gb-hbm3-drv590", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const agent = new Agent(child, dataDir);
  t.teardown(() => agent.stop());
  return agent;
}
