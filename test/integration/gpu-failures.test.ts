// A missing, failing or hanging nvidia-smi gives a host with no GPUs or partial telemetry and a
// clear reason; the agent never crashes and keeps its session.
import t from "tap";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { freshDatabase } from "../helpers/database.js";
import { startAgent, startControlPlane, tempDir } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

t.test("no nvidia-smi: a host without GPUs, and the reason", async (t) => {
  const cp = await startControlPlane(t, { databaseUrl: await freshDatabase(t) });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken(), nvidiaSmi: "/nonexistent/nvidia-smi" });
  const hostId = await agent.connected();
  const host = await waitFor("host telemetry", async () => {
    const h = await cp.host(hostId);
    return h.telemetry ? h : undefined;
  });
  t.equal(host.status, "online");
  t.same(host.gpus, []);
  t.equal(host.driver_version, null);
  t.ok(
    host.inventory_errors.some((e: string) => /nvidia-smi.*not found at \/nonexistent\/nvidia-smi/.test(e)),
    JSON.stringify(host.inventory_errors),
  );
  t.ok(
    host.telemetry.errors.some((e: string) => /not found/.test(e)),
    "telemetry says why GPUs are missing",
  );
  t.ok(host.telemetry.cpu_utilization_pct !== undefined && host.telemetry.memory_total_bytes > 0, "host metrics still reported");
  t.ok(
    agent.logs.some((l) => l.msg === "GPU collection is incomplete"),
    "one clear log line",
  );
  t.ok(agent.running);
});

t.test("nvidia-smi that hangs: partial telemetry, bounded by the timeout", async (t) => {
  const cp = await startControlPlane(t, { databaseUrl: await freshDatabase(t) });
  const control = join(tempDir("smi"), "control.json");
  writeFileSync(control, JSON.stringify({ mode: "ok", gpus: 2 }));
  const agent = startAgent(t, {
    controlPlane: cp.url,
    joinToken: await cp.joinToken(),
    env: { FAKE_NVIDIA_SMI_CONTROL: control },
    // 2 s: the replayed nvidia-smi is a Node program whose start-up alone can take most of 400 ms
    // on a loaded 2-core machine, and a hang is a hang at any deadline.
    args: ["--nvidia-smi-timeout-ms", "2000"],
  });
  const hostId = await agent.connected();
  const ok = await waitFor("GPU telemetry", async () => {
    const h = await cp.host(hostId);
    return h.gpus.length === 2 && h.gpus[0].telemetry ? h : undefined;
  });
  t.equal(ok.gpus[0].telemetry.power_draw_w, 631.95);

  writeFileSync(control, JSON.stringify({ mode: "hang", gpus: 2 }));
  const hung = await waitFor(
    "timeout reported",
    async () => {
      const h = await cp.host(hostId);
      return h.telemetry?.errors.some((e: string) => /timed out after 2000 ms|still stuck/.test(e)) ? h : undefined;
    },
    20_000,
  );
  t.equal(hung.status, "online", "heartbeats continue while nvidia-smi hangs");
  t.equal(hung.gpus.length, 2, "the GPUs stay in the inventory");
  // While it hangs, host telemetry moves on and GPU telemetry stays the last real sample. The
  // cycle that first reports the timeout may still have sampled the GPUs (only a later call
  // hung), and that sample may land a moment after the error: take the frozen value once two
  // more host samples have arrived, then check it holds for two more.
  const moreSamples = (after: any) =>
    waitFor(
      "two more host samples",
      async () => {
        const h = await cp.host(hostId);
        return Date.parse(h.telemetry.at) > Date.parse(after.telemetry.at) + 500 ? h : undefined;
      },
      20_000,
    );
  const settled = await moreSamples(hung);
  const frozen = settled.gpus[0].telemetry;
  const later = await moreSamples(settled);
  t.same(later.gpus[0].telemetry, frozen, "GPU telemetry is the last real sample, not zeros");
  t.equal(later.gpus[0].telemetry.power_draw_w, 631.95);
  t.ok(later.telemetry.memory_total_bytes > 0, "host metrics still arrive");
  const lastGood = frozen.at;

  writeFileSync(control, JSON.stringify({ mode: "ok", gpus: 2 }));
  await waitFor(
    "recovery",
    async () => {
      const h = await cp.host(hostId);
      return h.telemetry?.errors.length === 0 && h.gpus[0].telemetry.at > lastGood;
    },
    20_000,
  );
  t.ok(agent.running, "the agent never crashed");
});

t.test("a failing --query-compute-apps loses only the process list", async (t) => {
  const cp = await startControlPlane(t, { databaseUrl: await freshDatabase(t) });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken(), env: { FAKE_NVIDIA_SMI_FAIL_ON: "query-compute-apps" } });
  const hostId = await agent.connected();
  const h = await waitFor("telemetry", async () => {
    const x = await cp.host(hostId);
    return x.gpus[0]?.telemetry ? x : undefined;
  });
  t.equal(h.gpus[0].telemetry.utilization_gpu_pct, 100);
  t.same(h.gpus[0].telemetry.processes, []);
  t.ok(
    h.telemetry.errors.some((e: string) => /--query-compute-apps: exited with 9/.test(e)),
    JSON.stringify(h.telemetry.errors),
  );
});

t.test("MIG: the GPU in MIG mode reports null utilization and its MIG devices", async (t) => {
  const cp = await startControlPlane(t, { databaseUrl: await freshDatabase(t) });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken(), env: { FAKE_NVIDIA_SMI_CAPTURE: "h100-mig-drv590" } });
  const hostId = await agent.connected();
  const h = await waitFor("telemetry", async () => {
    const x = await cp.host(hostId);
    return x.gpus[0]?.telemetry ? x : undefined;
  });
  const g = h.gpus[0];
  t.equal(g.mig_mode, "enabled");
  t.same(
    g.mig_devices.map((m: any) => m.profile),
    ["3g.40gb", "2g.20gb", "1g.10gb", "1g.10gb"],
  );
  t.equal(g.telemetry.utilization_gpu_pct, null, "MIG reports [N/A] utilization: null, not 0");
  t.equal(g.telemetry.memory_used_mib, 11125);
  t.equal(g.telemetry.mig_mode, "enabled");
});

t.test("GPUs unknown at Hello: known ones are kept, and they appear once nvidia-smi works", async (t) => {
  const cp = await startControlPlane(t, { databaseUrl: await freshDatabase(t) });
  const control = join(tempDir("smi"), "control.json");
  writeFileSync(control, JSON.stringify({ mode: "fail", gpus: 2 }));
  const env = { FAKE_NVIDIA_SMI_CONTROL: control };
  // 2 s: the replay program is a Node.js process, and a busy machine must not turn a working
  // nvidia-smi into a partial answer here (the hang below is cut by the same timeout).
  const timeout = ["--nvidia-smi-timeout-ms", "2000"];
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken(), env, args: timeout });
  const hostId = await agent.connected();
  t.same((await cp.host(hostId)).gpus, [], "nothing known yet");

  writeFileSync(control, JSON.stringify({ mode: "ok", gpus: 2 }));
  const found = await waitFor(
    "GPUs announced mid-session",
    async () => {
      const h = await cp.host(hostId);
      return h.gpus.length === 2 ? h : undefined;
    },
    20_000,
  );
  t.equal(found.driver_version, "590.48.01");
  t.ok(agent.logs.some((l) => l.msg === "GPU inventory changed; sending it"));
  await waitFor("GPU telemetry", async () => (await cp.host(hostId)).gpus[1].telemetry !== null, 20_000);

  // Restart while nvidia-smi hangs: the Hello cannot list GPUs, and the control plane keeps them.
  await agent.stop();
  writeFileSync(control, JSON.stringify({ mode: "hang", gpus: 2 }));
  const again = startAgent(t, { controlPlane: cp.url, dataDir: agent.dataDir, env, args: timeout });
  await again.connected();
  const during = await cp.host(hostId);
  t.equal(during.gpus.length, 2, "the GPUs are not forgotten because nvidia-smi hung once");
  t.equal(during.driver_version, "590.48.01", "nor the driver version");
  t.ok(
    during.inventory_errors.some((e: string) => /timed out|stuck/.test(e)),
    "the reason is shown",
  );
});
