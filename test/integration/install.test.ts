// The operator's path: scripts/install.sh lays out both daemons; the installed copies (not the
// sources) run, the agent enrolls with the join token from its env file, and the systemd units
// are valid and point at what was installed.
import t from "tap";
import { spawn, execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { freshDatabase } from "../helpers/database.js";
import { ADMIN_TOKEN, Agent, ControlPlane, FAKE_NVIDIA_SMI, FAST_LIVENESS, operatorCommand, ROOT, tempDir } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

const run = promisify(execFile);

function envFile(path: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

function execStart(unit: string): string[] {
  const line = readFileSync(unit, "utf8")
    .split("\n")
    .find((l) => l.startsWith("ExecStart="))!;
  return line.slice("ExecStart=".length).split(" ");
}

t.test("install both daemons and run the installed copies", async (t) => {
  const root = tempDir("install");
  const dbUrl = await freshDatabase(t);
  await run(...operatorCommand(join(ROOT, "scripts/install.sh"), ["control-plane", "--root", root, "--database-url", dbUrl]), { cwd: ROOT, timeout: 180_000 });

  const cpEnv = join(root, "etc/remotegpu/control-plane.env");
  t.equal(statSync(cpEnv).mode & 0o777, 0o600, "the control-plane env file is private");
  const cpSettings = envFile(cpEnv);
  t.equal(cpSettings["DATABASE_URL"], dbUrl);
  t.match(cpSettings["ADMIN_TOKEN"], /^rgadm_[A-Za-z0-9_-]{43}$/, "a strong admin token was generated");

  // Start the installed control plane the way its unit does (ExecStart), with its env file.
  const [node, cpMain] = execStart(join(root, "etc/systemd/system/remotegpu-control-plane.service"));
  t.equal(node, "/usr/bin/node");
  const installedCp = join(root, cpMain!);
  t.ok(existsSync(installedCp), `ExecStart points at the installed ${cpMain}`);
  const cp = new ControlPlane(
    spawn(...operatorCommand(process.execPath, [installedCp]), {
      cwd: root,
      env: {
        PATH: process.env["PATH"],
        ...cpSettings,
        HOST: "127.0.0.1",
        PORT: "0",
        GRPC_PORT: "off",
        DATA_DIR: join(root, "var/lib/remotegpu"),
        ...FAST_LIVENESS,
      },
      stdio: ["ignore", "pipe", "pipe"],
    }),
    cpSettings["ADMIN_TOKEN"]!,
    join(root, "var/lib/remotegpu"),
  );
  t.teardown(() => cp.stop());
  cp.port = (await cp.waitForLog("remotegpu-control-plane listening", 60_000))["port"] as number;
  t.not(cp.adminToken, ADMIN_TOKEN);

  const token = await cp.joinToken("105");
  await run(
    ...operatorCommand(join(ROOT, "scripts/install.sh"), [
      "agent",
      "--root",
      root,
      "--control-plane",
      cp.url,
      "--join-token",
      token,
      "--nvidia-smi",
      FAKE_NVIDIA_SMI,
    ]),
    { cwd: ROOT, timeout: 180_000 },
  );
  const agentEnv = join(root, "etc/remotegpu/agent.env");
  t.equal(statSync(agentEnv).mode & 0o777, 0o600, "the agent env file is private (it holds the join token)");
  const [, agentMain] = execStart(join(root, "etc/systemd/system/remotegpu-agent.service"));
  const installedAgent = join(root, agentMain!);
  t.ok(existsSync(installedAgent));
  const dataDir = tempDir("installed-agent");
  const agent = new Agent(
    spawn(...operatorCommand(process.execPath, [installedAgent]), {
      cwd: root,
      env: {
        PATH: process.env["PATH"],
        ...envFile(agentEnv),
        REMOTEGPU_DATA_DIR: dataDir,
        REMOTEGPU_DOCKER_HOST: `unix://${join(dataDir, "none.sock")}`,
        FAKE_NVIDIA_SMI_GPUS: "2",
      },
      stdio: ["ignore", "pipe", "pipe"],
    }),
    dataDir,
  );
  t.teardown(() => agent.stop());
  const hostId = await agent.connected();
  const host = await waitFor("GPUs with telemetry", async () => {
    const h = await cp.host(hostId);
    return h.gpus.length === 2 && h.gpus.every((g: any) => g.telemetry) ? h : undefined;
  });
  t.equal(host.gpus[0].name, "NVIDIA H100 80GB HBM3");
  t.equal(host.status, "online");

  // Re-running the install with a new join token updates the env file (to enroll again).
  await run(...operatorCommand(join(ROOT, "scripts/install.sh"), ["agent", "--root", root, "--join-token", "rgjt_second"]), { cwd: ROOT, timeout: 180_000 });
  const updated = envFile(agentEnv);
  t.equal(updated["REMOTEGPU_JOIN_TOKEN"], "rgjt_second", "the new token replaces the old one");
  t.equal(updated["REMOTEGPU_CONTROL_PLANE"], cp.url, "other settings are kept");
  t.equal(statSync(agentEnv).mode & 0o777, 0o600, "still private");

  // The units are valid systemd units (systemd-analyze must exist: it is part of systemd).
  for (const unit of ["remotegpu-agent.service", "remotegpu-control-plane.service"]) {
    const r = await run("systemd-analyze", ["verify", "--man=no", join(ROOT, "systemd", unit)], { env: { ...process.env, SYSTEMD_LOG_LEVEL: "notice" } });
    t.equal(r.stderr.trim(), "", `${unit} verifies cleanly`);
  }
});
