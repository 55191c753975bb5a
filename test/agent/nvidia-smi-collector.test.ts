// The NvidiaSmi collector against the nvidia-smi replay program: it never throws, and every
// failure ends up in snapshot.errors with fewer GPUs or fewer values.
import t from "tap";
import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MigMode } from "@remotegpu/protocol";
import { NvidiaSmi, parseCudaVersion, type NvidiaSmiOptions } from "../../packages/agent/src/telemetry/nvidia-smi/collector.js";
import { runCommand, type CommandRunner } from "../../packages/agent/src/telemetry/exec.js";
import { PREFIX, readFixture, readCsv, cell } from "../helpers/fixtures.js";

const FAKE_NVIDIA_SMI = fileURLToPath(new URL("../support/fake-nvidia-smi.mjs", import.meta.url));

const H100 = "h100-80gb-hbm3-drv590";
const H100_MIG = "h100-mig-drv590";

// The replay program reads FAKE_NVIDIA_SMI_CONTROL on every call; this process's environment is
// what the collector's children inherit. Other FAKE_NVIDIA_SMI_* variables are cleared.
const dir = mkdtempSync(join(tmpdir(), "nvidia-smi-collector-"));
const controlFile = join(dir, "control.json");
const savedEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith("FAKE_NVIDIA_SMI_")));
for (const k of Object.keys(savedEnv)) delete process.env[k];
process.env.FAKE_NVIDIA_SMI_CONTROL = controlFile;
t.teardown(() => {
  delete process.env.FAKE_NVIDIA_SMI_CONTROL;
  Object.assign(process.env, savedEnv);
  rmSync(dir, { recursive: true, force: true });
});

interface Control {
  capture?: string;
  state?: "idle" | "load";
  gpus?: number;
  mode?: "ok" | "fail" | "hang" | "garbage";
  failOn?: string[];
}

function control(c: Control): void {
  writeFileSync(controlFile, JSON.stringify({ capture: H100, state: "load", gpus: 1, mode: "ok", failOn: [], ...c }));
}

interface LogCall {
  level: string;
  args: unknown[];
}

function recordingLog(): { log: NvidiaSmiOptions["log"]; calls: LogCall[] } {
  const calls: LogCall[] = [];
  const make = (): Record<string, unknown> => {
    const l: Record<string, unknown> = {};
    for (const level of ["fatal", "error", "warn", "info", "debug", "trace"]) l[level] = (...args: unknown[]) => calls.push({ level, args });
    l["child"] = () => make();
    l["level"] = "info";
    return l;
  };
  return { log: make() as unknown as NvidiaSmiOptions["log"], calls };
}

function collector(opts: Partial<NvidiaSmiOptions> = {}) {
  const { log, calls } = recordingLog();
  return { smi: new NvidiaSmi({ path: FAKE_NVIDIA_SMI, timeoutMs: 15_000, log, ...opts }), calls };
}

/** A runner that records every call and hands it to the real runner. */
function recordingRunner(): { run: CommandRunner; calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    run: (path, args, opts) => {
      calls.push([...args]);
      return runCommand(path, args, opts);
    },
  };
}

const h100Apps = readCsv(readFixture(`${PREFIX}${H100}__query-compute-apps-load.csv`));
const h100Load = readCsv(readFixture(`${PREFIX}${H100}__query-gpu-load.csv`));

t.test("ok with 2 GPUs: telemetry has both GPUs and the captured processes", async (t) => {
  control({ gpus: 2 });
  const { smi, calls } = collector();
  const snap = await smi.collect("telemetry");
  t.same(snap.errors, [], "no errors");
  t.equal(snap.infos.length, 2);
  t.equal(snap.samples.length, 2);
  t.same(
    snap.infos.map((i) => i.index),
    [0, 1],
  );
  t.not(snap.infos[0]!.uuid, snap.infos[1]!.uuid, "distinct uuids");
  t.not(snap.infos[0]!.pciBusId, snap.infos[1]!.pciBusId, "distinct bus ids");
  t.equal(snap.infos[0]!.uuid, cell(h100Load, "uuid"));
  t.equal(snap.infos[0]!.name, "NVIDIA H100 80GB HBM3");
  t.equal(snap.infos[0]!.memoryTotalMib, 81559);
  t.equal(snap.infos[0]!.migMode, MigMode.MIG_MODE_DISABLED);
  t.equal(snap.driverVersion, "590.48.01");
  t.notOk("cudaVersion" in snap, "telemetry does not ask for the CUDA version");
  for (const s of snap.samples) {
    t.equal(s.powerDrawW, 631.95);
    t.equal(s.utilizationGpuPct, 100);
    t.equal(s.memoryUsedMib, 19818);
    t.equal(s.memoryReservedMib, 479, "a probed field (listed by --help-query-gpu)");
    t.equal(s.recoveryAction, "None", "another probed field");
    t.equal(s.temperatureMemoryC, 54);
    t.notOk("fanSpeedPct" in s, "[N/A] fan");
  }
  t.same(
    snap.processes.map((p) => [p.pid, p.processName, p.usedMemoryMib, p.gpuUuid]),
    h100Apps.rows.map((_r, i) => [
      Number(cell(h100Apps, "pid", i)),
      cell(h100Apps, "process_name", i),
      Number(cell(h100Apps, "used_gpu_memory", i).replace(" MiB", "")),
      cell(h100Apps, "gpu_uuid", i),
    ]),
    "processes from the load capture",
  );
  t.same(
    snap.processes.map((p) => p.pid),
    [11327, 11328, 11345],
  );
  t.same(calls, [], "nothing logged when all is well");
});

t.test("inventory adds the CUDA version; no MIG devices on a non-MIG H100", async (t) => {
  control({ gpus: 2 });
  const { smi } = collector();
  const snap = await smi.collect("inventory");
  t.same(snap.errors, []);
  t.equal(snap.infos.length, 2);
  t.equal(snap.cudaVersion, "13.1", "from nvidia-smi --version");
  t.equal(snap.driverVersion, "590.48.01");
  t.same(snap.processes, [], "inventory does not list processes");
  for (const i of snap.infos) t.notOk("migDevices" in i, "no MIG devices");
});

t.test("inventory of an H100 in MIG mode lists each GPU's MIG devices", async (t) => {
  control({ capture: H100_MIG, gpus: 2 });
  const { smi } = collector();
  const snap = await smi.collect("inventory");
  t.same(snap.errors, []);
  t.equal(snap.cudaVersion, "13.1");
  t.equal(snap.infos.length, 2);
  for (const info of snap.infos) {
    t.equal(info.migMode, MigMode.MIG_MODE_ENABLED);
    t.same(
      info.migDevices?.map((m) => m.profile),
      ["3g.40gb", "2g.20gb", "1g.10gb", "1g.10gb"],
      `GPU ${info.index} MIG profiles`,
    );
    t.same(
      info.migDevices?.map((m) => m.index),
      [0, 1, 2, 3],
    );
  }
  t.equal(snap.infos[0]!.migDevices![0]!.uuid, "MIG-00000000-0000-0000-0000-000000000000", "GPU 0 keeps the captured MIG uuids");
  t.not(snap.infos[1]!.migDevices![0]!.uuid, snap.infos[0]!.migDevices![0]!.uuid, "GPU 1 has its own");

  const tele = await smi.collect("telemetry");
  t.same(tele.errors, []);
  t.notOk("utilizationGpuPct" in tele.samples[0]!, "MIG mode: utilization [N/A]");
  t.equal(tele.samples[0]!.memoryUsedMib, 11125);
  t.same(
    tele.processes.map((p) => p.pid),
    [21180, 21181, 21198],
  );
});

t.test("a path that does not exist: no GPUs, an error that says not found", async (t) => {
  control({});
  const missing = join(dir, "no-such-nvidia-smi");
  const { smi, calls } = collector({ path: missing });
  const snap = await smi.collect("inventory");
  t.same(snap.infos, []);
  t.same(snap.samples, []);
  t.same(snap.processes, []);
  t.equal(snap.errors.length, 1);
  t.match(snap.errors[0], /not found/);
  t.match(snap.errors[0], missing);
  t.match(snap.errors[0], /^nvidia-smi --query-gpu: /);
  t.equal(calls.filter((c) => c.level === "warn").length, 1, "warned once");
});

t.test("a file that is not executable: no GPUs, an error that says so", async (t) => {
  control({});
  const notExec = join(dir, "nvidia-smi-not-executable");
  writeFileSync(notExec, "#!/bin/sh\necho hi\n");
  chmodSync(notExec, 0o644);
  const { smi } = collector({ path: notExec });
  const snap = await smi.collect("telemetry");
  t.same(snap.infos, []);
  t.match(snap.errors.join("; "), /not executable/);
});

t.test("mode fail: no GPUs, the exit code and the driver message", async (t) => {
  control({ mode: "fail" });
  const { smi, calls } = collector();
  const snap = await smi.collect("telemetry");
  t.same(snap.infos, []);
  t.same(snap.samples, []);
  t.equal(snap.errors.length, 1);
  t.match(snap.errors[0], /exited with 9/);
  t.match(snap.errors[0], /couldn't communicate with the NVIDIA driver/);
  t.notOk("driverVersion" in snap);
  const warns = calls.filter((c) => c.level === "warn");
  t.equal(warns.length, 1);
  t.match(warns[0]!.args[0], { errors: snap.errors }, "the warning carries the errors");
});

t.test("the log says it once per change: fail, fail, recover", async (t) => {
  control({ mode: "fail" });
  const { smi, calls } = collector();
  await smi.collect("telemetry");
  await smi.collect("telemetry");
  t.equal(calls.filter((c) => c.level === "warn").length, 1, "the same problem twice is logged once");
  control({});
  const ok = await smi.collect("telemetry");
  t.same(ok.errors, []);
  t.equal(ok.infos.length, 1, "recovered without a restart");
  t.equal(ok.samples[0]!.memoryReservedMib, 479, "the probe ran again after the failure");
  const infos = calls.filter((c) => c.level === "info");
  t.equal(infos.length, 1);
  t.match(infos[0]!.args[0], /recovered/);
  await smi.collect("telemetry");
  t.equal(calls.length, 2, "nothing more while healthy");
});

t.test("mode hang with timeoutMs 500: returns quickly with a timed out error", async (t) => {
  control({ mode: "hang" });
  // A path of its own: a child that outlived its deadline would block later calls of its path.
  const link = join(dir, "nvidia-smi-hang");
  symlinkSync(FAKE_NVIDIA_SMI, link);
  const { smi } = collector({ path: link, timeoutMs: 500 });
  const started = Date.now();
  const snap = await smi.collect("telemetry");
  const took = Date.now() - started;
  t.ok(took < 3000, `returned in ${took} ms`);
  t.same(snap.infos, []);
  t.equal(snap.errors.length, 1);
  t.match(snap.errors[0], /timed out after 500 ms/);
  t.match(snap.errors[0], /^nvidia-smi --query-gpu: /);
});

t.test("failOn query-compute-apps: GPUs present, no processes, the error names the command", async (t) => {
  control({ failOn: ["query-compute-apps"] });
  const { smi } = collector();
  const snap = await smi.collect("telemetry");
  t.equal(snap.infos.length, 1);
  t.equal(snap.samples.length, 1);
  t.equal(snap.samples[0]!.powerDrawW, 631.95);
  t.same(snap.processes, []);
  t.equal(snap.errors.length, 1);
  t.match(snap.errors[0], /--query-compute-apps/);
  t.match(snap.errors[0], /exited with 9/);
});

t.test("failOn list: inventory keeps the GPUs and the CUDA version, the error names -L", async (t) => {
  control({ capture: H100_MIG, failOn: ["list"] });
  const { smi } = collector();
  const snap = await smi.collect("inventory");
  t.equal(snap.infos.length, 1);
  t.notOk("migDevices" in snap.infos[0]!, "no MIG devices without -L");
  t.equal(snap.cudaVersion, "13.1");
  t.equal(snap.errors.length, 1);
  t.match(snap.errors[0], /^nvidia-smi -L: exited with 9/);
});

t.test("failOn help-query-gpu: the core fields only, no error, and a new probe next time", async (t) => {
  control({ failOn: ["help-query-gpu"] });
  const { run, calls } = recordingRunner();
  const { smi } = collector({ run });
  const snap = await smi.collect("telemetry");
  t.same(snap.errors, [], "a failed probe is not an error");
  t.equal(snap.infos.length, 1);
  t.equal(snap.samples[0]!.powerDrawW, 631.95, "core field");
  t.equal(snap.samples[0]!.throttleReasonsActive, 0, "core field asked for by its old alias");
  t.notOk("memoryReservedMib" in snap.samples[0]!, "probe-only field not asked for");
  t.equal(snap.infos[0]!.migMode, MigMode.MIG_MODE_UNSPECIFIED, "mig.mode.current is probe-only");
  const query = calls.find((c) => c[0]!.startsWith("--query-gpu="))![0]!;
  t.match(query, /clocks_throttle_reasons\.active/);
  t.notMatch(query, /memory\.reserved/);

  control({});
  calls.length = 0;
  const again = await smi.collect("telemetry");
  t.same(calls[0], ["--help-query-gpu"], "probed again");
  t.equal(again.samples[0]!.memoryReservedMib, 479);
  calls.length = 0;
  await smi.collect("telemetry");
  t.notOk(
    calls.some((c) => c[0] === "--help-query-gpu"),
    "a successful probe is kept",
  );
});

t.test("garbage: no crash, no GPUs, unparsable lines reported", async (t) => {
  control({ mode: "garbage" });
  const { smi } = collector();
  for (const kind of ["telemetry", "inventory"] as const) {
    const snap = await smi.collect(kind);
    t.same(snap.infos, [], `${kind}: no GPUs from noise`);
    t.same(snap.samples, []);
    t.same(snap.processes, []);
    t.equal(snap.errors.length, 1);
    t.match(snap.errors[0], /^nvidia-smi --query-gpu: 2 unparsable line\(s\)$/);
  }
});

t.test("a probed field the driver rejects: falls back to the core list", async (t) => {
  control({});
  const calls: string[][] = [];
  let rejected = 0;
  const run: CommandRunner = async (path, args, opts) => {
    calls.push([...args]);
    if (args[0]?.startsWith("--query-gpu=") && args[0].includes("memory.reserved")) {
      rejected++;
      return { ok: false, reason: "exited with 2", stdout: 'Field "memory.reserved" is not a valid field to query.\n\n' };
    }
    return runCommand(path, args, opts);
  };
  const { smi } = collector({ run });
  const snap = await smi.collect("telemetry");
  t.equal(rejected, 1, "the probed query was tried once");
  t.same(snap.errors, []);
  t.equal(snap.infos.length, 1);
  t.equal(snap.samples[0]!.powerDrawW, 631.95);
  t.notOk("memoryReservedMib" in snap.samples[0]!);
  t.equal(snap.processes.length, 3);
  calls.length = 0;
  await smi.collect("telemetry");
  t.equal(rejected, 1, "the core list is kept afterwards");
  t.equal(calls.length, 2, "query-gpu and query-compute-apps only");
});

t.test("collections never overlap", async (t) => {
  control({});
  let inFlight = 0;
  let maxInFlight = 0;
  const run: CommandRunner = async (path, args, opts) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await runCommand(path, args, opts);
    } finally {
      inFlight--;
    }
  };
  const { smi } = collector({ run });
  const [a, b, c] = await Promise.all([smi.collect("telemetry"), smi.collect("inventory"), smi.collect("telemetry")]);
  t.equal(maxInFlight, 1, "one nvidia-smi at a time");
  t.equal(a.infos.length, 1);
  t.equal(b.cudaVersion, "13.1");
  t.equal(c.processes.length, 3);
});

t.test("a runner that throws still gives a snapshot, and the next call works", async (t) => {
  control({});
  let explode = true;
  const run: CommandRunner = (path, args, opts) => {
    if (explode) throw new Error("boom");
    return runCommand(path, args, opts);
  };
  const { smi } = collector({ run });
  const bad = await smi.collect("telemetry");
  t.same(bad.infos, []);
  t.same(bad.errors, ["nvidia-smi: boom"]);
  explode = false;
  const good = await smi.collect("telemetry");
  t.same(good.errors, []);
  t.equal(good.infos.length, 1);
});

t.test("every capture collects cleanly", async (t) => {
  for (const capture of [
    "h200-drv590",
    "l40s-drv595",
    "rtx2080super-linux-drv595",
    "rtx2080super-linux-drv610",
    "rtx2080super-windows-drv591",
    "rtx4080super-linux-drv595",
  ]) {
    control({ capture });
    const { smi } = collector();
    const snap = await smi.collect("telemetry");
    const csv = readCsv(readFixture(`${PREFIX}${capture}__query-gpu-load.csv`));
    const apps = readCsv(readFixture(`${PREFIX}${capture}__query-compute-apps-load.csv`));
    t.same(snap.errors, [], `${capture}: no errors`);
    t.equal(snap.infos[0]?.name, cell(csv, "name"), `${capture}: name`);
    t.equal(snap.driverVersion, cell(csv, "driver_version"), `${capture}: driver version`);
    t.equal(snap.processes.length, apps.rows.length, `${capture}: processes`);
  }
});

t.test("the CUDA version of every capture, including driver 610's UMD line", async (t) => {
  const expected: Record<string, string> = { "h100-80gb-hbm3-drv590": "13.1", "rtx2080super-linux-drv610": "13.3" };
  for (const [capture, cuda] of Object.entries(expected)) {
    control({ capture });
    const { smi } = collector();
    const snap = await smi.collect("inventory");
    t.equal(snap.cudaVersion, cuda, `${capture}: CUDA ${cuda}`);
  }
  t.equal(parseCudaVersion('CUDA version        : Deprecated, see "CUDA UMD version" instead\nCUDA UMD version    : 13.3\n'), "13.3");
  t.equal(parseCudaVersion("CUDA Version        : 12.4\n"), "12.4");
  t.equal(parseCudaVersion('CUDA version : Deprecated, see "CUDA UMD version" instead\n'), undefined, "never the word Deprecated");
});
