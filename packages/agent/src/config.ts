// Agent configuration: defaults → JSON file (--config) → environment → command-line flags,
// validated all at once so that every bad setting is reported in one error.
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { parseArgs } from "node:util";
import { publicAddressProblem } from "@remotegpu/protocol";
import { type GpuAttachMode, type InstanceNetwork, LOG_MAX_SIZE_PATTERN } from "./containers/spec.js";

export interface AgentConfig {
  controlPlane: string; // http(s):// or ws(s):// base URL of the control plane
  joinToken: string | undefined;
  dataDir: string;
  nvidiaSmi: string;
  nvidiaSmiTimeoutMs: number;
  dockerHost: string;
  logLevel: string;
  telemetryBuffer: number;
  reconnectBaseMs: number;
  reconnectMaxMs: number;
  gpuAttach: GpuAttachMode;
  instanceNetwork: InstanceNetwork;
  containerPollMs: number;
  containerLogMaxSize: string;
  containerLogMaxFiles: number;
  /** Dataset and model versions fetched for instances ("" = DATA_DIR/artifacts), and its bound. */
  artifactCacheDir: string;
  artifactCacheGb: number;
  /** Where customers reach this host's published ports; "" = not configured. */
  publicAddress: string;
  /** Allow ws:// / http:// to a control plane that is not on loopback. */
  insecureTransport: boolean;
  failpoints: string[];
}

interface Option {
  key: keyof AgentConfig;
  flag: string;
  env: string[];
  help: string;
  /** A switch: `--flag` alone means true; env and file take true/false, 1/0, yes/no. */
  boolean?: true;
  parse: (raw: string) => AgentConfig[keyof AgentConfig];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

const int = (min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
};
const str = (raw: string) => raw;
const bool = (raw: string) => {
  const v = raw.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(v)) return true;
  if (["0", "false", "no", "off", ""].includes(v)) return false;
  throw new Error(`must be true or false, got "${raw}"`);
};
const oneOf = (values: readonly string[]) => (raw: string) => {
  if (!values.includes(raw)) throw new Error(`must be one of ${values.join(", ")}, got "${raw}"`);
  return raw;
};

export const OPTIONS: readonly Option[] = [
  {
    key: "controlPlane",
    flag: "control-plane",
    env: ["REMOTEGPU_CONTROL_PLANE"],
    help: "control plane URL, e.g. https://cp.example.com (http:// and ws:// only on loopback or with --insecure-transport)",
    parse: (raw) => {
      const u = new URL(raw); // throws on garbage
      if (!["http:", "https:", "ws:", "wss:"].includes(u.protocol)) throw new Error(`must be an http(s):// or ws(s):// URL, got "${raw}"`);
      return raw;
    },
  },
  {
    key: "joinToken",
    flag: "join-token",
    env: ["REMOTEGPU_JOIN_TOKEN"],
    help: "single-use join token from POST /admin/join-tokens (first start only)",
    parse: str,
  },
  {
    key: "dataDir",
    flag: "data-dir",
    env: ["REMOTEGPU_DATA_DIR"],
    help: "where the host credential and journals live (default /var/lib/remotegpu-agent)",
    parse: str,
  },
  { key: "nvidiaSmi", flag: "nvidia-smi", env: ["REMOTEGPU_NVIDIA_SMI"], help: "path of nvidia-smi (default /usr/bin/nvidia-smi)", parse: str },
  // A healthy nvidia-smi answers well under a second; 10 s covers a loaded 8-GPU host.
  {
    key: "nvidiaSmiTimeoutMs",
    flag: "nvidia-smi-timeout-ms",
    env: ["REMOTEGPU_NVIDIA_SMI_TIMEOUT_MS"],
    help: "deadline of one nvidia-smi call (default 10000)",
    parse: int(100, 120_000),
  },
  {
    key: "dockerHost",
    flag: "docker-host",
    env: ["REMOTEGPU_DOCKER_HOST", "DOCKER_HOST"],
    help: "Docker engine address (default unix:///var/run/docker.sock)",
    parse: (raw) => {
      if (/^unix:\/\/\/./.test(raw) || raw.startsWith("/")) return raw;
      if (/^(tcp|http):\/\//.test(raw)) {
        const u = new URL(raw.replace(/^tcp:/, "http:"));
        if (u.hostname) return raw;
      }
      throw new Error(`must be unix:///path, /path or tcp://host:port, got "${raw}"`);
    },
  },
  {
    key: "logLevel",
    flag: "log-level",
    env: ["REMOTEGPU_LOG_LEVEL"],
    help: `one of ${LOG_LEVELS.join(", ")} (default info)`,
    parse: (raw) => {
      if (!LOG_LEVELS.includes(raw)) throw new Error(`must be one of ${LOG_LEVELS.join(", ")}, got "${raw}"`);
      return raw;
    },
  },
  // 60 samples = 10 minutes at the default 10 s interval: enough to bridge a control-plane
  // restart, small enough (~60 × 5 KiB) to never matter for memory.
  {
    key: "telemetryBuffer",
    flag: "telemetry-buffer",
    env: ["REMOTEGPU_TELEMETRY_BUFFER"],
    help: "telemetry samples kept while disconnected; oldest dropped first (default 60)",
    parse: int(1, 10_000),
  },
  {
    key: "reconnectBaseMs",
    flag: "reconnect-base-ms",
    env: ["REMOTEGPU_RECONNECT_BASE_MS"],
    help: "first reconnect backoff ceiling (default 1000)",
    parse: int(10, 600_000),
  },
  {
    key: "reconnectMaxMs",
    flag: "reconnect-max-ms",
    env: ["REMOTEGPU_RECONNECT_MAX_MS"],
    help: "reconnect backoff cap (default 60000)",
    parse: int(10, 3_600_000),
  },
  {
    key: "gpuAttach",
    flag: "gpu-attach",
    env: ["REMOTEGPU_GPU_ATTACH"],
    help: "how GPUs reach containers: device-requests (NVIDIA Container Toolkit, default), cdi, or none (only NVIDIA_VISIBLE_DEVICES)",
    parse: oneOf(["device-requests", "cdi", "none"]),
  },
  {
    key: "instanceNetwork",
    flag: "instance-network",
    env: ["REMOTEGPU_INSTANCE_NETWORK"],
    help: "bridge (default; SSH and app ports published) or none (no network, no ports)",
    parse: oneOf(["bridge", "none"]),
  },
  {
    key: "containerPollMs",
    flag: "container-poll-ms",
    env: ["REMOTEGPU_CONTAINER_POLL_MS"],
    help: "how often containers are checked for changes to report (default 5000)",
    parse: int(100, 600_000),
  },
  {
    key: "containerLogMaxSize",
    flag: "container-log-max-size",
    env: ["REMOTEGPU_CONTAINER_LOG_MAX_SIZE"],
    help: "size of one instance container log file before it rotates (json-file max-size: a number and k, m or g; default 50m)",
    parse: (raw) => {
      if (!LOG_MAX_SIZE_PATTERN.test(raw)) throw new Error(`must be a number and k, m or g (e.g. 50m), got "${raw}"`);
      return raw;
    },
  },
  {
    key: "containerLogMaxFiles",
    flag: "container-log-max-files",
    env: ["REMOTEGPU_CONTAINER_LOG_MAX_FILES"],
    help: "log files kept per instance container (json-file max-file; default 3)",
    parse: int(1, 100),
  },
  {
    key: "artifactCacheDir",
    flag: "artifact-cache-dir",
    env: ["REMOTEGPU_ARTIFACT_CACHE_DIR"],
    help: "where dataset and model versions are cached for instances (default DATA_DIR/artifacts)",
    parse: str,
  },
  {
    key: "artifactCacheGb",
    flag: "artifact-cache-gb",
    env: ["REMOTEGPU_ARTIFACT_CACHE_GB"],
    help: "the artifact cache's size bound; least recently used versions not in use are removed beyond it (default 200)",
    parse: int(1, 1_000_000),
  },
  {
    key: "publicAddress",
    flag: "public-address",
    env: ["REMOTEGPU_PUBLIC_ADDRESS"],
    help: "IP address or DNS name customers use to reach this host's published ports (default: the address the control plane sees; set it behind NAT)",
    parse: (raw) => {
      const problem = publicAddressProblem(raw);
      if (problem) throw new Error(problem);
      return raw;
    },
  },
  {
    key: "insecureTransport",
    flag: "insecure-transport",
    env: ["REMOTEGPU_INSECURE_TRANSPORT"],
    help: "allow an unencrypted http:// or ws:// control plane that is not on loopback (the host secret and commands travel in clear)",
    boolean: true,
    parse: bool,
  },
  {
    key: "failpoints",
    flag: "failpoints",
    env: ["REMOTEGPU_FAILPOINTS"],
    help: "crash tests only: comma list of points where the agent kills itself",
    parse: (raw) =>
      raw
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
  },
];

const DEFAULTS: Partial<Record<keyof AgentConfig, string>> = {
  dataDir: "/var/lib/remotegpu-agent",
  nvidiaSmi: "/usr/bin/nvidia-smi",
  nvidiaSmiTimeoutMs: "10000",
  dockerHost: "unix:///var/run/docker.sock",
  logLevel: "info",
  telemetryBuffer: "60",
  reconnectBaseMs: "1000",
  // Hosts must be back within 15 s of a restarted control plane answering, so the wait between
  // attempts never exceeds 10 s; full jitter spreads 10,000 agents over those 10 s (~1,000
  // handshakes a second, within the hub's pending-handshake limit, which answers 503 beyond it).
  // While the control plane is down each attempt is a refused TCP connect, which the kernel
  // answers without the control plane: ~2,000 a second for 10,000 hosts is nothing.
  reconnectMaxMs: "10000",
  gpuAttach: "device-requests",
  instanceNetwork: "bridge",
  // A container that dies on its own is reported within 5 s; a poll costs one engine list call.
  containerPollMs: "5000",
  containerLogMaxSize: "50m",
  containerLogMaxFiles: "3",
  artifactCacheDir: "",
  artifactCacheGb: "200",
  publicAddress: "",
  insecureTransport: "false",
  failpoints: "",
};

/** The --help text, generated from OPTIONS (the same list the parser uses). */
export function usage(): string {
  const row = (flag: string, help: string, more: string) => `  ${flag.padEnd(28)} ${help}\n  ${"".padEnd(28)} ${more}`;
  const lines = OPTIONS.map((o) => {
    const d = DEFAULTS[o.key];
    return row(`--${o.flag}${o.boolean ? "" : " VALUE"}`, o.help, `env: ${o.env.join(", ")}${d ? `; default: ${d}` : ""}`);
  });
  lines.push(row("--config FILE", "JSON file with any of the settings above (keys in camelCase)", "env: REMOTEGPU_CONFIG"));
  lines.push(row("--help, -h", "print this text and exit", ""));
  return `usage: remotegpu-agent [options]\n\nPrecedence: defaults, then --config file, then environment, then flags.\nExit status 78: bad configuration, or the control plane refused this host for good.\n\n${lines.join("\n")}\n`;
}

/** True when the arguments ask for --help (or -h): print usage() and exit 0, touching nothing. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((a) => a === "--help" || a === "-h");
}

/** Loopback addresses: traffic to them never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  if (isIP(h) === 6) return h === "::1" || /^::ffff:127\./.test(h) || /^::ffff:7f[0-9a-f]{2}:/.test(h);
  return false;
}

/** Loads the configuration from argv (without node and script) and an environment. */
export function loadConfig(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): AgentConfig {
  // `pnpm agent -- --flag` passes the "--" through; parseArgs would take everything after it as
  // positionals, so drop a leading one.
  const args = argv[0] === "--" ? argv.slice(1) : [...argv];
  const problems: string[] = [];
  const flagSpec = Object.fromEntries([
    ...OPTIONS.map((o) => [o.flag, { type: o.boolean ? ("boolean" as const) : ("string" as const) }]),
    ["config", { type: "string" as const }],
    ["help", { type: "boolean" as const, short: "h" }],
  ]);
  // Not strict, so that one unknown flag does not hide the other problems: checked below.
  const parsed = parseArgs({ args, options: flagSpec, strict: false, allowPositionals: true });
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  for (const p of parsed.positionals) problems.push(`unexpected argument "${p}"`);
  for (const [k, v] of Object.entries(flags)) {
    const spec = flagSpec[k];
    if (!spec) problems.push(`unknown option --${k}`);
    else if (spec.type === "string" && typeof v !== "string") problems.push(`--${k} needs a value`);
    else if (spec.type === "boolean" && typeof v !== "boolean") problems.push(`--${k} takes no value`);
  }

  const raw: Partial<Record<keyof AgentConfig, { value: string; from: string }>> = {};
  for (const [k, v] of Object.entries(DEFAULTS)) raw[k as keyof AgentConfig] = { value: v, from: "default" };

  const file = (flags["config"] as string | undefined) ?? env["REMOTEGPU_CONFIG"];
  if (file) {
    try {
      const json = JSON.parse(readFileSync(file, "utf8")) as unknown;
      if (typeof json !== "object" || json === null || Array.isArray(json)) throw new Error("must hold a JSON object");
      for (const [k, v] of Object.entries(json)) {
        const opt = OPTIONS.find((o) => o.key === k);
        if (!opt) problems.push(`${file}: unknown key "${k}"`);
        else if (typeof v === "boolean" && opt.boolean) raw[opt.key] = { value: String(v), from: file };
        else if (typeof v !== "string" && typeof v !== "number") problems.push(`${file}: "${k}" must be a string or number`);
        else raw[opt.key] = { value: String(v), from: file };
      }
    } catch (err) {
      problems.push(`config file ${file}: ${(err as Error).message}`);
    }
  }
  for (const o of OPTIONS) {
    const e = o.env.find((name) => env[name] !== undefined && env[name] !== "");
    if (e) raw[o.key] = { value: env[e]!, from: e };
    const f = flags[o.flag];
    if (typeof f === "string") raw[o.key] = { value: f, from: `--${o.flag}` };
    else if (f === true && o.boolean) raw[o.key] = { value: "true", from: `--${o.flag}` };
  }

  const out: Partial<Record<keyof AgentConfig, unknown>> = {};
  for (const o of OPTIONS) {
    const r = raw[o.key];
    if (r === undefined) continue;
    try {
      out[o.key] = o.parse(r.value);
    } catch (err) {
      problems.push(`${o.flag} (from ${r.from}): ${(err as Error).message}`);
    }
  }
  if (out.controlPlane === undefined && raw.controlPlane === undefined) problems.push("control-plane is required (--control-plane or REMOTEGPU_CONTROL_PLANE)");
  if (typeof out.reconnectBaseMs === "number" && typeof out.reconnectMaxMs === "number" && out.reconnectBaseMs > out.reconnectMaxMs) {
    problems.push("reconnect-base-ms must not exceed reconnect-max-ms");
  }
  if (typeof out.controlPlane === "string" && out.insecureTransport !== true) {
    const u = new URL(out.controlPlane);
    if ((u.protocol === "http:" || u.protocol === "ws:") && !isLoopbackHost(u.hostname)) {
      problems.push(
        `control-plane ${out.controlPlane} is not encrypted (${u.protocol}//) and not on loopback: the host secret and every command (root passwords included) ` +
          `would cross the network in clear. Use https:// (or wss://), or pass --insecure-transport (REMOTEGPU_INSECURE_TRANSPORT=true) on a network you trust`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out as unknown as AgentConfig;
}

/** ws(s)://host/agent/v1 from the configured base URL. */
export function sessionUrl(controlPlane: string, path: string): string {
  const u = new URL(controlPlane);
  u.protocol = u.protocol === "https:" || u.protocol === "wss:" ? "wss:" : "ws:";
  u.pathname = u.pathname.replace(/\/+$/, "") + path;
  return u.toString();
}
