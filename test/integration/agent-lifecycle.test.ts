// Control plane + agent as real processes on real PostgreSQL, the agent reading a replayed
// H100 capture: enrollment, GPUs and telemetry, liveness, restart, join-token rules.
import t from "tap";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CloseCode } from "@remotegpu/protocol";
import { freshDatabase, sql } from "../helpers/database.js";
import { startAgent, startControlPlane } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

const EX_CONFIG = 78;

t.test("an enrolled agent shows its host, GPUs and telemetry; liveness follows the process", async (t) => {
  const cp = await startControlPlane(t, { databaseUrl: await freshDatabase(t) });
  const token = await cp.joinToken("105");
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: token, env: { FAKE_NVIDIA_SMI_GPUS: "4" } });
  const hostId = await agent.connected();
  t.match(hostId, /^host-[0-9a-f]{16}$/);

  // The credential is stored 0600 and reused later.
  const credFile = join(agent.dataDir, "credential.json");
  t.equal(statSync(credFile).mode & 0o777, 0o600, "credential file is private");
  t.equal(JSON.parse(readFileSync(credFile, "utf8")).hostId, hostId);

  const host = await waitFor("GPU telemetry", async () => {
    const h = await cp.host(hostId);
    return h.status === "online" && h.gpus.length === 4 && h.gpus.every((g: any) => g.telemetry) && h.telemetry ? h : undefined;
  });
  t.equal(host.room_name, "105");
  t.equal(host.driver_version, "590.48.01");
  t.equal(host.cuda_version, "13.1");
  t.ok(host.cpu_count > 0 && host.memory_total_bytes > 0, "host inventory from systeminformation");
  t.same(
    host.gpus.map((g: any) => g.index),
    [0, 1, 2, 3],
  );
  t.equal(new Set(host.gpus.map((g: any) => g.uuid)).size, 4, "distinct GPU UUIDs");
  const g0 = host.gpus[0];
  t.equal(g0.name, "NVIDIA H100 80GB HBM3");
  t.equal(g0.memory_total_mib, 81559);
  t.equal(g0.mig_mode, "disabled");
  t.equal(g0.pci_bus_id, "00000000:00:09.0");
  // Values of the captured load state (test/fixtures/nvidia/...h100-80gb-hbm3-drv590__query-gpu-load.csv)
  t.equal(g0.telemetry.utilization_gpu_pct, 100);
  t.equal(g0.telemetry.utilization_memory_pct, 11);
  t.equal(g0.telemetry.memory_used_mib, 19818);
  t.equal(g0.telemetry.memory_free_mib, 61263);
  t.equal(g0.telemetry.temperature_gpu_c, 59);
  t.equal(g0.telemetry.power_draw_w, 631.95);
  t.equal(g0.telemetry.power_limit_w, 700);
  t.equal(g0.telemetry.sm_clock_mhz, 1980);
  t.equal(g0.telemetry.pstate, "P0");
  t.equal(g0.telemetry.fan_speed_pct, null, "[N/A] fan on a datacenter GPU is null, not 0");
  t.equal(g0.telemetry.retired_pages_pending, null, "[N/A] retired pages on Hopper is null");
  t.ok("fan_speed_pct" in g0.telemetry, "the key is present even when null");
  t.same(
    g0.telemetry.processes.map((p: any) => p.pid),
    [11327, 11328, 11345],
    "per-process GPU memory",
  );
  t.equal(g0.telemetry.processes[2].used_memory_mib, 15690);
  t.equal(host.gpus[1].telemetry.processes.length, 0, "processes belong to the GPU they run on");

  // Kill the agent: suspect, then offline.
  await agent.kill("SIGKILL");
  await waitFor("suspect", async () => (await cp.host(hostId)).status === "suspect", 15_000);
  await waitFor("offline", async () => (await cp.host(hostId)).status === "offline", 15_000);

  // Restart with the same data dir and no join token: same host, online again.
  const again = startAgent(t, { controlPlane: cp.url, dataDir: agent.dataDir, env: { FAKE_NVIDIA_SMI_GPUS: "4" } });
  t.equal(await again.connected(), hostId, "same host_id after restart");
  await waitFor("online again", async () => (await cp.host(hostId)).status === "online", 15_000);
  const list = await cp.api("GET", "/admin/hosts");
  t.equal(list.body.total_items, 1, "no duplicate host");
});

t.test("join tokens are single use, expire, and unknown ones are refused", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const token = await cp.joinToken("A1");
  const first = startAgent(t, { controlPlane: cp.url, joinToken: token });
  await first.connected();

  const second = startAgent(t, { controlPlane: cp.url, joinToken: token });
  t.equal(await second.exited, EX_CONFIG, "a reused token stops the second agent");
  const refused = await second.waitForLog("the control plane refused this agent");
  t.equal(refused["code"], CloseCode.JOIN_TOKEN_USED);
  t.match(String(refused["reason"]), /already used/);
  t.notOk(JSON.parse(readFileSync(join(second.dataDir, "credential.json"), "utf8")).hostId, "no host id stored");

  const unknown = startAgent(t, { controlPlane: cp.url, joinToken: "rgjt_not-a-real-token-at-all" });
  t.equal(await unknown.exited, EX_CONFIG);
  t.equal((await unknown.waitForLog("the control plane refused this agent"))["code"], CloseCode.JOIN_TOKEN_UNKNOWN);

  // An expired token: issue one and move its lifetime into the past.
  const old = await cp.joinToken("A1");
  await sql(dbUrl, "update join_tokens set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' where used_at is null");
  const late = startAgent(t, { controlPlane: cp.url, joinToken: old });
  t.equal(await late.exited, EX_CONFIG);
  t.equal((await late.waitForLog("the control plane refused this agent"))["code"], CloseCode.JOIN_TOKEN_EXPIRED);

  const hosts = await cp.api("GET", "/admin/hosts");
  t.equal(hosts.body.total_items, 1, "refused agents created no hosts");
  const used = await sql<{ n: string }>(dbUrl, "select count(*) as n from join_tokens where used_at is not null");
  t.equal(Number(used[0]!.n), 1, "only the first token was consumed");
});

t.test("a retried enrollment with the same secret gets the same host", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const token = await cp.joinToken("105");
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: token });
  const hostId = await agent.connected();
  await agent.kill("SIGKILL");
  // Simulate a crash after the control plane consumed the token but before the agent stored
  // the host id: the credential file still has only the secret.
  const file = join(agent.dataDir, "credential.json");
  const cred = JSON.parse(readFileSync(file, "utf8"));
  writeFileSync(file, JSON.stringify({ ...cred, hostId: null, enrolledAt: null }), { mode: 0o600 });
  const retry = startAgent(t, { controlPlane: cp.url, joinToken: token, dataDir: agent.dataDir });
  t.equal(await retry.connected(), hostId, "the same host, not a refusal and not a second host");
  t.equal(JSON.parse(readFileSync(file, "utf8")).hostId, hostId, "host id stored this time");
  t.equal((await cp.api("GET", "/admin/hosts")).body.total_items, 1);
});

t.test("an agent without credential or token refuses to start", async (t) => {
  const agent = startAgent(t, { controlPlane: "http://127.0.0.1:9" });
  t.equal(await agent.exited, EX_CONFIG);
  t.ok(
    agent.text.some((l) => /no host credential/.test(l)),
    "says what is missing",
  );
  t.notOk(existsSync(join(agent.dataDir, "credential.json")));
});
