// The control plane as `pnpm start` runs it: no DATABASE_URL (embedded PostgreSQL under
// DATA_DIR), a generated admin token, restarts that keep everything.
import t from "tap";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { type ControlPlane, ROOT, startAgent, startControlPlane, tempDir } from "../helpers/processes.js";

const EX_CONFIG = 78;

t.test("embedded database, generated admin token, data kept across restarts", async (t) => {
  const dataDir = tempDir("cp-default");
  const first = await startControlPlane(t, { dataDir, env: { ADMIN_TOKEN: "" } });
  const tokenFile = join(dataDir, "admin-token");
  t.equal(statSync(tokenFile).mode & 0o777, 0o600, "admin-token is private");
  const token = readFileSync(tokenFile, "utf8").trim();
  t.match(token, /^rgadm_[A-Za-z0-9_-]{43}$/);
  t.ok(
    first.text.some((l) => l.includes(token)),
    "the generated token is printed on first start",
  );
  t.ok(first.logs.some((l) => l.msg === "embedded PostgreSQL started"));
  const listening = first.logs.find((l) => l.msg === "remotegpu-control-plane listening")!;
  t.equal(listening["host"], "127.0.0.1", "listens on loopback by default");

  const cp1 = new ControlPlaneAs(first, token);
  const joinToken = await cp1.joinToken();
  const agent = startAgent(t, { controlPlane: first.url, joinToken });
  const hostId = await agent.connected();
  await agent.stop();
  await first.stop();
  t.equal(first.exitCode, 0, "a clean stop exits 0");

  const second = await startControlPlane(t, { dataDir, env: { ADMIN_TOKEN: "" } });
  t.notOk(
    second.text.some((l) => l.includes(token)),
    "the token is not printed again",
  );
  const cp2 = new ControlPlaneAs(second, token);
  const hosts = await cp2.api("GET", "/admin/hosts");
  t.equal(hosts.status, 200, "the same token works after a restart");
  t.same(
    hosts.body.items.map((h: { host_id: string }) => h.host_id),
    [hostId],
    "and the data is still there",
  );
  const again = startAgent(t, { controlPlane: second.url, dataDir: agent.dataDir });
  t.equal(await again.connected(), hostId, "the agent's credential still works");
});

t.test("after kill -9 the next start takes over the orphaned embedded PostgreSQL", async (t) => {
  const dataDir = tempDir("cp-kill9");
  const first = await startControlPlane(t, { dataDir });
  const joinToken = await first.joinToken();
  await first.kill("SIGKILL");
  const pid = Number(readFileSync(join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  t.doesNotThrow(() => process.kill(pid, 0), "the old PostgreSQL outlived its control plane");
  const second = await startControlPlane(t, { dataDir });
  const agent = startAgent(t, { controlPlane: second.url, joinToken });
  t.match(await agent.connected(), /^host-/, "the join token issued before the crash works: nothing was lost");
  t.throws(() => process.kill(pid, 0), "the orphan was stopped, not left running beside the new one");
});

t.test("a damaged admin-token file stops start-up with a clear message", async (t) => {
  const dataDir = tempDir("cp-badtoken");
  writeFileSync(join(dataDir, "admin-token"), "abc\n", { mode: 0o600 });
  const child = spawn(process.execPath, ["--conditions=remotegpu-source", "--import", "tsx", join(ROOT, "packages/control-plane/src/main.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_TOKEN: "", PORT: "0", GRPC_PORT: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (d) => (err += String(d)));
  const code = await new Promise<number | null>((r) => child.on("exit", r));
  t.equal(code, EX_CONFIG);
  t.match(err, /admin-token does not hold a valid admin token/);
  t.equal(readFileSync(join(dataDir, "admin-token"), "utf8"), "abc\n", "the file is left alone");
});

t.test("bad configuration is reported all at once, exit 78", async (t) => {
  const child = spawn(process.execPath, ["--conditions=remotegpu-source", "--import", "tsx", join(ROOT, "packages/control-plane/src/main.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: "99999", HOST: "not a host!", DATABASE_URL: "mysql://x", ADMIN_TOKEN: "short", HEARTBEAT_MIN_INTERVAL_MS: "abc" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (d) => (err += String(d)));
  t.equal(await new Promise((r) => child.on("exit", r)), EX_CONFIG);
  for (const name of ["PORT", "HOST", "DATABASE_URL", "ADMIN_TOKEN", "HEARTBEAT_MIN_INTERVAL_MS"]) t.match(err, new RegExp(`- ${name}`), `names ${name}`);
});

/** Runs main.ts to its end with these arguments and environment; its exit code and output. */
async function runMain(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ["--conditions=remotegpu-source", "--import", "tsx", join(ROOT, "packages/control-plane/src/main.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += String(d)));
  child.stderr.on("data", (d) => (err += String(d)));
  const code = await new Promise<number | null>((r) => child.on("exit", r));
  return { code, out, err };
}

t.test("--help prints the variables and touches nothing; other arguments are refused", async (t) => {
  const dataDir = tempDir("cp-help");
  const help = await runMain(["--help"], { DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_TOKEN: "" });
  t.equal(help.code, 0, "exit 0");
  t.match(help.out, /usage: remotegpu-control-plane/);
  for (const v of ["DATABASE_URL", "DATA_DIR", "ADMIN_TOKEN", "BILLING_SCHEDULE"]) t.match(help.out, new RegExp(`\\b${v}\\b`), `lists ${v}`);
  t.same(readdirSync(dataDir), [], "no database, no token: DATA_DIR untouched");
  const bad = await runMain(["--port", "9"], { DATA_DIR: dataDir });
  t.equal(bad.code, EX_CONFIG);
  t.match(bad.err, /unexpected argument "--port"/);
});

t.test("a second start on the same DATA_DIR is refused and leaves the running one alone", async (t) => {
  const dataDir = tempDir("cp-twice");
  const first = await startControlPlane(t, { dataDir });
  const joinToken = await first.joinToken();
  for (const args of [[], ["--help"]]) {
    const second = await runMain(args, { DATA_DIR: dataDir, DATABASE_URL: "", PORT: "0", GRPC_PORT: "off", ADMIN_TOKEN: "test-admin-token-0123456789" });
    if (args.length === 0) {
      t.equal(second.code, EX_CONFIG, "the second start exits 78");
      t.match(second.err, /is in use by a running control plane \(pid \d+\)/, "and says why");
    } else t.equal(second.code, 0, "--help is harmless");
  }
  t.ok(first.running, "the first is still running");
  const agent = startAgent(t, { controlPlane: first.url, joinToken });
  t.match(await agent.connected(), /^host-/, "and its database still works");
  const health = await first.api("GET", "/healthz");
  t.equal(health.body.database, "ok");
});

t.test("an owner that is gone does not block: its PostgreSQL still serving a live client does", async (t) => {
  const dataDir = tempDir("cp-owner");
  const first = await startControlPlane(t, { dataDir });
  // An older control plane left no owner file: the database's own clients tell that it lives.
  rmSync(join(dataDir, "control-plane.owner"));
  const second = await runMain([], { DATA_DIR: dataDir, DATABASE_URL: "", PORT: "0", GRPC_PORT: "off" });
  t.equal(second.code, EX_CONFIG);
  t.match(second.err, /serves \d+ control-plane connection\(s\)/);
  t.ok(first.running);
  t.equal((await first.api("GET", "/healthz")).body.database, "ok", "still served");
});

t.test("the admin token is shown only after a start-up that worked", async (t) => {
  const dataDir = tempDir("cp-token-fail");
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
  t.teardown(() => blocker.close());
  const port = String((blocker.address() as AddressInfo).port);
  const failed = await runMain([], { DATA_DIR: dataDir, DATABASE_URL: "", ADMIN_TOKEN: "", PORT: port, GRPC_PORT: "off" });
  t.equal(failed.code, 1, "the port is taken: start-up fails");
  t.notMatch(failed.err, /generated an admin token/, "no token printed");
  t.notOk(existsSync(join(dataDir, "admin-token")), "and none kept that nobody saw");
  const ok = await startControlPlane(t, { dataDir, env: { ADMIN_TOKEN: "" } });
  const token = readFileSync(join(dataDir, "admin-token"), "utf8").trim();
  t.ok(
    ok.text.some((l) => l.includes(token)),
    "the next start that works shows it",
  );
});

t.test("a clean shutdown is quiet: nothing above info, exit 0", async (t) => {
  const dataDir = tempDir("cp-quiet");
  const cp = await startControlPlane(t, { dataDir, env: { LOG_LEVEL: "info" } });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken() });
  await agent.connected();
  await cp.stop();
  t.equal(cp.exitCode, 0);
  const loud = cp.logs.filter((l) => (l.level ?? 0) >= 40);
  t.same(
    loud.map((l) => l.msg),
    [],
    "no warnings or errors",
  );
  t.ok(
    cp.logs.some((l) => l.msg === "stopped"),
    "says it stopped",
  );
  t.notOk(existsSync(join(dataDir, "control-plane.owner")), "the owner file is removed");
});

/** The same process, used with another admin token than the helper's default. */
class ControlPlaneAs {
  constructor(
    private readonly cp: ControlPlane,
    private readonly token: string,
  ) {}
  api(method: string, path: string, body?: unknown) {
    return this.cp.api(method, path, body, this.token);
  }
  async joinToken(): Promise<string> {
    const r = await this.api("POST", "/admin/join-tokens", { room_name: "105" });
    return r.body.token as string;
  }
}
