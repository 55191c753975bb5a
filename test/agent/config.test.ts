import t from "tap";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig, OPTIONS, sessionUrl, usage, wantsHelp } from "../../packages/agent/src/config.js";

t.test("defaults, then file, then environment, then flags", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "agent-config-"));
  const file = join(dir, "agent.json");
  writeFileSync(file, JSON.stringify({ controlPlane: "https://file:8080", dataDir: "/from/file", nvidiaSmi: "/file/nvidia-smi", telemetryBuffer: 5 }));
  const c = loadConfig(["--config", file, "--nvidia-smi", "/flag/nvidia-smi"], { REMOTEGPU_DATA_DIR: "/from/env", DOCKER_HOST: "tcp://127.0.0.1:2375" });
  t.equal(c.controlPlane, "https://file:8080", "from the file");
  t.equal(c.dataDir, "/from/env", "env beats the file");
  t.equal(c.nvidiaSmi, "/flag/nvidia-smi", "a flag beats everything");
  t.equal(c.telemetryBuffer, 5, "numbers from the file");
  t.equal(c.dockerHost, "tcp://127.0.0.1:2375", "DOCKER_HOST is honoured");
  t.equal(c.nvidiaSmiTimeoutMs, 10_000, "defaults fill the rest");
  t.equal(c.joinToken, undefined);
});

t.test("a leading -- from `pnpm agent -- ...` is ignored", async (t) => {
  const c = loadConfig(["--", "--control-plane", "http://127.0.0.1:8080", "--join-token", "rgjt_x"], {});
  t.equal(c.controlPlane, "http://127.0.0.1:8080");
  t.equal(c.joinToken, "rgjt_x");
});

t.test("every problem is reported at once, naming the setting", async (t) => {
  try {
    loadConfig(["--nvidia-smi-timeout-ms", "abc", "--log-level", "loud", "--bogus", "1"], { REMOTEGPU_TELEMETRY_BUFFER: "0" });
    t.fail("should throw");
  } catch (err) {
    t.ok(err instanceof ConfigError);
    const p = (err as ConfigError).problems.join("\n");
    t.match(p, /unknown option --bogus/);
    t.match(p, /nvidia-smi-timeout-ms/);
    t.match(p, /log-level/);
    t.match(p, /telemetry-buffer \(from REMOTEGPU_TELEMETRY_BUFFER\)/);
    t.match(p, /control-plane is required/);
  }
  t.throws(() => loadConfig(["--control-plane"], {}), { message: /--control-plane needs a value/ });
  t.throws(() => loadConfig(["--control-plane", "https://x", "--docker-host", "garbage"], {}), { message: /docker-host.*unix:\/\/\/path/ });
  t.equal(loadConfig(["--control-plane", "https://x", "--docker-host", "/run/docker.sock"], {}).dockerHost, "/run/docker.sock");
  t.throws(() => loadConfig(["--control-plane", "https://x", "stray"], {}), { message: /unexpected argument "stray"/ });
  t.throws(() => loadConfig(["--control-plane", "ftp://x"], {}), { name: "ConfigError", message: /http\(s\):\/\/ or ws\(s\):\/\// });
  t.throws(() => loadConfig(["--control-plane", "https://x", "--reconnect-base-ms", "5000", "--reconnect-max-ms", "100"], {}), { message: /must not exceed/ });
  const dir = mkdtempSync(join(tmpdir(), "agent-config-"));
  writeFileSync(join(dir, "bad.json"), "[1,2]");
  t.throws(() => loadConfig(["--config", join(dir, "bad.json"), "--control-plane", "https://x"], {}), { message: /JSON object/ });
  writeFileSync(join(dir, "unknown.json"), '{"controlPlane":"https://x","gpuCount":4}');
  t.throws(() => loadConfig(["--config", join(dir, "unknown.json")], {}), { message: /unknown key "gpuCount"/ });
});

t.test("session URL", async (t) => {
  t.equal(sessionUrl("http://127.0.0.1:8080", "/agent/v1"), "ws://127.0.0.1:8080/agent/v1");
  t.equal(sessionUrl("https://cp.example.com/base/", "/agent/v1"), "wss://cp.example.com/base/agent/v1");
  t.equal(sessionUrl("wss://cp.example.com", "/agent/v1"), "wss://cp.example.com/agent/v1");
});

t.test("public address: flag, environment or file; validated at start, naming the setting", async (t) => {
  const base = ["--control-plane", "https://x"];
  t.equal(loadConfig(base, {}).publicAddress, "", "not configured by default");
  t.equal(loadConfig([...base, "--public-address", "203.0.113.7"], {}).publicAddress, "203.0.113.7");
  t.equal(loadConfig(base, { REMOTEGPU_PUBLIC_ADDRESS: "2001:db8::7" }).publicAddress, "2001:db8::7", "from the environment");
  t.equal(
    loadConfig([...base, "--public-address", "gpu-7.example.com"], { REMOTEGPU_PUBLIC_ADDRESS: "203.0.113.7" }).publicAddress,
    "gpu-7.example.com",
    "a flag beats the environment",
  );
  const dir = mkdtempSync(join(tmpdir(), "agent-config-"));
  writeFileSync(join(dir, "agent.json"), JSON.stringify({ controlPlane: "https://x", publicAddress: "gpu-7.example.com" }));
  t.equal(loadConfig(["--config", join(dir, "agent.json")], {}).publicAddress, "gpu-7.example.com", "from the JSON file (camelCase key)");

  t.throws(() => loadConfig([...base, "--public-address", "203.0.113.256"], {}), {
    name: "ConfigError",
    message: /public-address \(from --public-address\): must be an IPv4 or IPv6 address or a DNS hostname/,
  });
  t.throws(() => loadConfig(base, { REMOTEGPU_PUBLIC_ADDRESS: "gpu_7.example.com" }), { message: /public-address \(from REMOTEGPU_PUBLIC_ADDRESS\)/ });
  t.throws(() => loadConfig([...base, "--public-address", "a".repeat(254)], {}), { message: /public-address.*at most 253 characters/ });
  t.throws(() => loadConfig([...base, "--public-address", "http://203.0.113.7"], {}), { message: /public-address/ });
  t.throws(() => loadConfig([...base, "--public-address"], {}), { message: /--public-address needs a value/ });
  writeFileSync(join(dir, "bad.json"), JSON.stringify({ controlPlane: "https://x", publicAddress: 12345 }));
  t.throws(
    () => loadConfig(["--config", join(dir, "bad.json")], {}),
    { message: new RegExp(`public-address \\(from ${join(dir, "bad.json").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\)`) },
    "a number in the file is not an address",
  );
  // Reported together with the other problems.
  try {
    loadConfig(["--public-address", "not an address", "--log-level", "loud"], {});
    t.fail("should throw");
  } catch (err) {
    const p = (err as ConfigError).problems.join("\n");
    t.match(p, /public-address/);
    t.match(p, /log-level/);
    t.match(p, /control-plane is required/);
  }
});

t.test("an unencrypted control plane off loopback is refused unless --insecure-transport", async (t) => {
  for (const url of ["http://cp.example.com:8080", "ws://203.0.113.7/", "http://[2001:db8::1]:8080", "http://127.evil.example.com"]) {
    t.throws(() => loadConfig(["--control-plane", url], {}), { name: "ConfigError", message: /not encrypted.*--insecure-transport/s }, `${url} refused`);
  }
  for (const url of [
    "https://cp.example.com",
    "wss://cp.example.com",
    "http://127.0.0.1:8080",
    "ws://localhost:8080",
    "http://[::1]:8080",
    "http://127.9.9.9",
  ]) {
    t.equal(loadConfig(["--control-plane", url], {}).controlPlane, url, `${url} accepted`);
  }
  t.equal(loadConfig(["--control-plane", "http://cp.example.com", "--insecure-transport"], {}).insecureTransport, true, "the flag allows it");
  t.equal(
    loadConfig(["--control-plane", "http://cp.example.com"], { REMOTEGPU_INSECURE_TRANSPORT: "true" }).insecureTransport,
    true,
    "so does the environment",
  );
  t.equal(loadConfig(["--control-plane", "https://cp.example.com"], {}).insecureTransport, false, "off by default");
  const dir = mkdtempSync(join(tmpdir(), "agent-config-"));
  writeFileSync(join(dir, "agent.json"), JSON.stringify({ controlPlane: "http://cp.example.com", insecureTransport: true }));
  t.equal(loadConfig(["--config", join(dir, "agent.json")], {}).controlPlane, "http://cp.example.com", "and a JSON true in the file");
  t.throws(() => loadConfig(["--control-plane", "http://cp.example.com"], { REMOTEGPU_INSECURE_TRANSPORT: "no" }), { message: /not encrypted/ });
  t.throws(() => loadConfig(["--control-plane", "https://x"], { REMOTEGPU_INSECURE_TRANSPORT: "maybe" }), { message: /insecure-transport.*true or false/ });
  t.throws(() => loadConfig(["--control-plane", "https://x", "--insecure-transport=yes"], {}), { message: /--insecure-transport takes no value/ });
});

t.test("the usage text lists every option of the parser", async (t) => {
  const text = usage();
  for (const o of OPTIONS) {
    t.match(text, `--${o.flag}`, `--${o.flag}`);
    for (const e of o.env) t.match(text, e, e);
  }
  t.match(text, "--config FILE");
  t.ok(wantsHelp(["--control-plane", "x", "--help"]));
  t.ok(wantsHelp(["-h"]));
  t.notOk(wantsHelp(["--control-plane", "https://x"]));
});

t.test("container log rotation settings", async (t) => {
  const c = loadConfig(["--control-plane", "https://x"], {});
  t.equal(c.containerLogMaxSize, "50m");
  t.equal(c.containerLogMaxFiles, 3);
  const d = loadConfig(["--control-plane", "https://x", "--container-log-max-size", "200k"], { REMOTEGPU_CONTAINER_LOG_MAX_FILES: "5" });
  t.equal(d.containerLogMaxSize, "200k");
  t.equal(d.containerLogMaxFiles, 5);
  t.throws(() => loadConfig(["--control-plane", "https://x", "--container-log-max-size", "50MB"], {}), { message: /container-log-max-size.*k, m or g/ });
  t.throws(() => loadConfig(["--control-plane", "https://x", "--container-log-max-files", "0"], {}), { message: /container-log-max-files/ });
});
