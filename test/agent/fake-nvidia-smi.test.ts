// The nvidia-smi replay program (test/support/fake-nvidia-smi.mjs) behaves like nvidia-smi for a
// real capture, and what it prints goes through the agent's parsers.
import t from "tap";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MigMode } from "@remotegpu/protocol";
import { parseQueryGpu } from "../../packages/agent/src/telemetry/nvidia-smi/query-gpu.js";
import { parseListGpus } from "../../packages/agent/src/telemetry/nvidia-smi/list-gpus.js";
import { parseComputeApps } from "../../packages/agent/src/telemetry/nvidia-smi/compute-apps.js";
import { COMPUTE_APP_FIELDS, parseHelpQueryGpu, selectGpuFields } from "../../packages/agent/src/telemetry/nvidia-smi/fields.js";
import { PREFIX, readFixture, captureNames, readCsv, cell, captureSection } from "../helpers/fixtures.js";

const PROGRAM = fileURLToPath(new URL("../support/fake-nvidia-smi.mjs", import.meta.url));

interface Ran {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** Runs the replay program with only the FAKE_NVIDIA_SMI_* variables given here. */
function fake(args: string[], env: Record<string, string> = {}, timeoutMs = 20_000): Promise<Ran> {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("FAKE_NVIDIA_SMI_")) clean[k] = v;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [PROGRAM, ...args],
      { env: { ...clean, ...env }, timeout: timeoutMs, killSignal: "SIGKILL", encoding: "utf8" },
      (err, stdout, stderr) => {
        const e = err as (Error & { code?: number | string; signal?: string }) | null;
        resolve({ code: e ? (typeof e.code === "number" ? e.code : null) : 0, signal: e?.signal ?? null, stdout, stderr });
      },
    );
  });
}

const H100 = "h100-80gb-hbm3-drv590";
const h100Load = readCsv(readFixture(`${PREFIX}${H100}__query-gpu-load.csv`));

t.test("--query-gpu with a field subset, noheader,nounits: the capture's values", async (t) => {
  const fields = ["memory.total", "name", "index", "power.draw", "fan.speed", "uuid", "pci.bus_id", "utilization.gpu"];
  const r = await fake([`--query-gpu=${fields.join(",")}`, "--format=csv,noheader,nounits"], { FAKE_NVIDIA_SMI_CAPTURE: H100 });
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stdout, "81559, NVIDIA H100 80GB HBM3, 0, 631.95, [N/A], GPU-00000000-0000-0000-0000-000000000000, 00000000:00:09.0, 100\n");
  const parsed = parseQueryGpu(r.stdout, fields);
  t.same(parsed.badLines, []);
  t.equal(parsed.infos.length, 1);
  t.equal(parsed.infos[0]!.memoryTotalMib, 81559);
  t.equal(parsed.infos[0]!.name, cell(h100Load, "name"));
  t.equal(parsed.infos[0]!.uuid, cell(h100Load, "uuid"));
  t.equal(parsed.samples[0]!.powerDrawW, 631.95);
  t.equal(parsed.samples[0]!.utilizationGpuPct, 100);
  t.notOk("fanSpeedPct" in parsed.samples[0]!, "[N/A] replayed as in the capture");
});

t.test("--format=csv has a header with units and values with units", async (t) => {
  const r = await fake(["--query-gpu=index,memory.total,power.draw,temperature.gpu,name", "--format=csv"], { FAKE_NVIDIA_SMI_CAPTURE: H100 });
  t.equal(r.code, 0);
  const [header, row] = r.stdout.trimEnd().split("\n");
  t.equal(header, "index, memory.total [MiB], power.draw [W], temperature.gpu, name");
  t.equal(row, "0, 81559 MiB, 631.95 W, 59, NVIDIA H100 80GB HBM3");
  const parsed = parseQueryGpu(r.stdout);
  t.equal(parsed.infos[0]!.memoryTotalMib, 81559, "units in header and values are handled");
  t.equal(parsed.samples[0]!.powerDrawW, 631.95);
  t.equal(parsed.samples[0]!.temperatureGpuC, 59);
});

t.test("csv,nounits keeps the header units but strips them from values", async (t) => {
  const r = await fake(["--query-gpu=memory.total,power.draw", "--format=csv,nounits"], { FAKE_NVIDIA_SMI_CAPTURE: H100 });
  t.equal(r.stdout, "memory.total [MiB], power.draw [W]\n81559, 631.95\n");
});

t.test("idle state replays the idle half of the capture", async (t) => {
  const r = await fake(["--query-gpu=utilization.gpu,memory.used,power.draw,clocks_event_reasons.active", "--format=csv,noheader"], {
    FAKE_NVIDIA_SMI_CAPTURE: H100,
    FAKE_NVIDIA_SMI_STATE: "idle",
  });
  t.equal(r.stdout, "0 %, 0 MiB, 69.85 W, 0x0000000000000001\n");
});

t.test("every capture replays its own values for the agent's full field selection", async (t) => {
  for (const capture of captureNames()) {
    const help = await fake(["--help-query-gpu"], { FAKE_NVIDIA_SMI_CAPTURE: capture });
    t.equal(help.code, 0, `${capture}: help`);
    t.equal(
      help.stdout.trim(),
      captureSection(readFixture(`${PREFIX}${capture}__full-capture.txt`), "nvidia-smi --help-query-gpu").trim(),
      `${capture}: help is the capture's`,
    );
    const sel = selectGpuFields(parseHelpQueryGpu(help.stdout));
    const r = await fake([`--query-gpu=${sel.query.join(",")}`, "--format=csv,noheader,nounits"], { FAKE_NVIDIA_SMI_CAPTURE: capture });
    t.equal(r.code, 0, `${capture}: query`);
    const fromFake = parseQueryGpu(r.stdout, sel.canonical);
    const fromFile = parseQueryGpu(readFixture(`${PREFIX}${capture}__query-gpu-load.csv`));
    t.same(fromFake.badLines, [], `${capture}: no bad lines`);
    t.same(fromFake.infos, fromFile.infos, `${capture}: same inventory as parsing the capture file`);
    t.same(fromFake.samples, fromFile.samples, `${capture}: same samples as parsing the capture file`);
  }
});

t.test("the old alias clocks_throttle_reasons.active is accepted and keeps its name in the header", async (t) => {
  const r = await fake(["--query-gpu=clocks_throttle_reasons.active,index", "--format=csv"], { FAKE_NVIDIA_SMI_CAPTURE: "rtx2080super-windows-drv591" });
  t.equal(r.code, 0);
  t.equal(r.stdout, "clocks_throttle_reasons.active, index\n0x0000000000000001, 0\n");
  t.equal(parseQueryGpu(r.stdout).samples[0]!.throttleReasonsActive, 1);
});

t.test("FAKE_NVIDIA_SMI_GPUS=3 gives 3 rows with distinct index, uuid and pci.bus_id", async (t) => {
  const fields = ["index", "uuid", "pci.bus_id", "name", "memory.total"];
  const r = await fake([`--query-gpu=${fields.join(",")}`, "--format=csv,noheader,nounits"], { FAKE_NVIDIA_SMI_CAPTURE: H100, FAKE_NVIDIA_SMI_GPUS: "3" });
  t.equal(r.code, 0);
  const p = parseQueryGpu(r.stdout, fields);
  t.same(p.badLines, []);
  t.equal(p.infos.length, 3);
  t.same(
    p.infos.map((i) => i.index),
    [0, 1, 2],
  );
  t.equal(new Set(p.infos.map((i) => i.uuid)).size, 3, "distinct uuids");
  t.equal(new Set(p.infos.map((i) => i.pciBusId)).size, 3, "distinct bus ids");
  t.equal(p.infos[0]!.uuid, cell(h100Load, "uuid"), "GPU 0 keeps the captured uuid");
  t.equal(p.infos[0]!.pciBusId, cell(h100Load, "pci.bus_id"), "GPU 0 keeps the captured bus id");
  for (const i of p.infos) {
    t.equal(i.name, "NVIDIA H100 80GB HBM3", "measured values stay the captured ones");
    t.equal(i.memoryTotalMib, 81559);
    t.match(i.uuid, /^GPU-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "a well-formed uuid");
    t.match(i.pciBusId, /^[0-9A-F]{8}:[0-9A-F]{2}:[0-9A-F]{2}\.[0-7]$/, "a well-formed bus id");
  }
});

t.test("an unknown field exits 2 with nvidia-smi's message", async (t) => {
  const r = await fake(["--query-gpu=index,not.a.field", "--format=csv"], { FAKE_NVIDIA_SMI_CAPTURE: H100 });
  t.equal(r.code, 2);
  t.match(r.stdout, /is not a valid field/);
  t.match(r.stdout, /"not\.a\.field"/);
  const apps = await fake(["--query-compute-apps=pid,bogus", "--format=csv"], { FAKE_NVIDIA_SMI_CAPTURE: H100 });
  t.equal(apps.code, 2, "the same for --query-compute-apps");
  t.match(apps.stdout, /"bogus" is not a valid field/);
});

t.test("mode fail exits 9 with the driver message", async (t) => {
  for (const args of [["--query-gpu=index", "--format=csv"], ["-L"], ["--help-query-gpu"]]) {
    const r = await fake(args, { FAKE_NVIDIA_SMI_CAPTURE: H100, FAKE_NVIDIA_SMI_MODE: "fail" });
    t.equal(r.code, 9, `${args[0]} exits 9`);
    t.match(r.stdout, /NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver/);
  }
});

t.test("FAIL_ON fails only the named command", async (t) => {
  const env = { FAKE_NVIDIA_SMI_CAPTURE: H100, FAKE_NVIDIA_SMI_FAIL_ON: "query-compute-apps,list" };
  const apps = await fake([`--query-compute-apps=${COMPUTE_APP_FIELDS.join(",")}`, "--format=csv,noheader,nounits"], env);
  t.equal(apps.code, 9);
  const list = await fake(["-L"], env);
  t.equal(list.code, 9);
  const q = await fake(["--query-gpu=index", "--format=csv,noheader"], env);
  t.equal(q.code, 0);
  t.equal(q.stdout, "0\n");
});

t.test("mode garbage prints noise and exits 0", async (t) => {
  const core = selectGpuFields(null);
  const r = await fake([`--query-gpu=${core.query.join(",")}`, "--format=csv,noheader,nounits"], { FAKE_NVIDIA_SMI_MODE: "garbage" });
  t.equal(r.code, 0);
  t.equal(r.stdout, "\u0000\u0007 segfault? 12, , ,\nnot, csv\n");
  const p = parseQueryGpu(r.stdout, core.canonical);
  t.equal(p.infos.length, 0, "no GPU made up from noise");
  t.equal(p.badLines.length, 2, "both noise lines are bad");
});

t.test("mode hang never answers (killed by our timeout)", async (t) => {
  const started = Date.now();
  const r = await fake(["--query-gpu=index", "--format=csv"], { FAKE_NVIDIA_SMI_MODE: "hang" }, 700);
  t.equal(r.signal, "SIGKILL", "it had to be killed");
  t.equal(r.stdout, "");
  t.ok(Date.now() - started < 10_000, "the kill ended it");
});

t.test("-L output parses with parseListGpus", async (t) => {
  const r = await fake(["-L"], { FAKE_NVIDIA_SMI_CAPTURE: "h100-mig-drv590" });
  t.equal(r.code, 0);
  t.equal(r.stdout, readFixture(`${PREFIX}h100-mig-drv590__list-L.txt`), "the captured -L verbatim");
  const gpus = parseListGpus(r.stdout);
  t.equal(gpus.length, 1);
  t.same(
    gpus[0]!.migDevices.map((m) => m.profile),
    ["3g.40gb", "2g.20gb", "1g.10gb", "1g.10gb"],
  );

  const two = parseListGpus((await fake(["--list-gpus"], { FAKE_NVIDIA_SMI_CAPTURE: "h100-mig-drv590", FAKE_NVIDIA_SMI_GPUS: "2" })).stdout);
  t.same(
    two.map((g) => g.index),
    [0, 1],
  );
  t.equal(two[1]!.migDevices.length, 4, "each GPU has its MIG devices");
  t.not(two[0]!.uuid, two[1]!.uuid);
  const migUuids = two.flatMap((g) => g.migDevices.map((m) => m.uuid));
  t.equal(new Set(migUuids).size, 8, "MIG uuids distinct across GPUs");
});

t.test("compute apps: load replays the capture, idle is only the header", async (t) => {
  const load = await fake([`--query-compute-apps=${COMPUTE_APP_FIELDS.join(",")}`, "--format=csv,noheader,nounits"], { FAKE_NVIDIA_SMI_CAPTURE: H100 });
  t.equal(load.code, 0);
  const p = parseComputeApps(load.stdout, COMPUTE_APP_FIELDS);
  t.same(p.badLines, []);
  t.same(
    p.processes.map((x) => [x.pid, x.processName, x.usedMemoryMib]),
    [
      [11327, "/root/tools/memhog", 2566],
      [11328, "/root/tools/memhog", 1542],
      [11345, "./gpu_burn", 15690],
    ],
  );

  const idle = await fake(["--query-compute-apps=pid,process_name,used_gpu_memory", "--format=csv"], {
    FAKE_NVIDIA_SMI_CAPTURE: H100,
    FAKE_NVIDIA_SMI_STATE: "idle",
  });
  t.equal(idle.code, 0);
  t.equal(idle.stdout, "pid, process_name, used_gpu_memory [MiB]\n", "only the header");
  t.same(parseComputeApps(idle.stdout).processes, []);
  const idleNoHeader = await fake([`--query-compute-apps=${COMPUTE_APP_FIELDS.join(",")}`, "--format=csv,noheader,nounits"], {
    FAKE_NVIDIA_SMI_CAPTURE: H100,
    FAKE_NVIDIA_SMI_STATE: "idle",
  });
  t.equal(idleNoHeader.stdout, "", "noheader with no processes prints nothing");
});

t.test("--version has the CUDA version; the default table is the capture's", async (t) => {
  const v = await fake(["--version"], { FAKE_NVIDIA_SMI_CAPTURE: H100 });
  t.equal(v.code, 0);
  t.match(v.stdout, /^CUDA Version\s*: 13\.1$/m);
  t.match(v.stdout, /^DRIVER version\s*: 590\.48\.01$/m);
  const table = await fake([], { FAKE_NVIDIA_SMI_CAPTURE: H100 });
  t.equal(table.code, 0);
  t.match(table.stdout, /NVIDIA H100 80GB HBM3/);
  t.match(table.stdout, /CUDA Version: 13\.1/);
});

t.test("bad arguments and unknown captures fail like a program would", async (t) => {
  const bad = await fake(["--no-such-option"], { FAKE_NVIDIA_SMI_CAPTURE: H100 });
  t.equal(bad.code, 2);
  t.match(bad.stdout, /Invalid combination of input arguments/);
  const missing = await fake(["-L"], { FAKE_NVIDIA_SMI_CAPTURE: "no-such-gpu" });
  t.equal(missing.code, 70);
  t.match(missing.stderr, /no capture file/);
});

t.test("FAKE_NVIDIA_SMI_CONTROL overrides the environment on every call", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "fake-nvidia-smi-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const control = join(dir, "control.json");
  const env = { FAKE_NVIDIA_SMI_CAPTURE: H100, FAKE_NVIDIA_SMI_CONTROL: control };
  const args = ["--query-gpu=index,name,mig.mode.current", "--format=csv,noheader,nounits"];

  t.equal((await fake(args, env)).stdout, "0, NVIDIA H100 80GB HBM3, Disabled\n", "no file yet: the environment applies");
  writeFileSync(control, JSON.stringify({ capture: "h100-mig-drv590", gpus: 2 }));
  const mig = await fake(args, env);
  t.equal(mig.stdout, "0, NVIDIA H100 80GB HBM3, Enabled\n1, NVIDIA H100 80GB HBM3, Enabled\n", "capture and gpus from the file");
  t.equal(parseQueryGpu(mig.stdout, ["index", "name", "mig.mode.current"]).infos[1]!.migMode, MigMode.MIG_MODE_ENABLED);
  writeFileSync(control, JSON.stringify({ mode: "fail" }));
  t.equal((await fake(args, env)).code, 9, "mode from the file");
  writeFileSync(control, JSON.stringify({ failOn: ["list"] }));
  t.equal((await fake(["-L"], env)).code, 9, "failOn from the file");
  t.equal((await fake(args, env)).code, 0, "other commands still work");
});
