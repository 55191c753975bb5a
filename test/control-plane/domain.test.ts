import t from "tap";
import { agentv1, MigMode } from "@remotegpu/protocol";
import { HistoryAccumulator } from "../../packages/control-plane/src/domain/history.js";
import { intervalsFor, offlineAfterMs, worthPushing } from "../../packages/control-plane/src/domain/intervals.js";
import { validateInventory } from "../../packages/control-plane/src/domain/inventory.js";
import { gpuTelemetry, hostTelemetry, processesByGpu, processesOf, throttleReasons } from "../../packages/control-plane/src/domain/telemetry-view.js";
import { loadConfig } from "../../packages/control-plane/src/config.js";

const liveness = loadConfig({}).liveness;
// Messages as the hub gets them: encoded by an agent, decoded from the wire.
const wire = (init: Parameters<typeof agentv1.Inventory.create>[0]) =>
  agentv1.Inventory.decode(agentv1.Inventory.encode(agentv1.Inventory.create(init)).finish());

t.test("intervals stretch with the fleet, within bounds", async (t) => {
  t.same(intervalsFor(1, liveness), { heartbeatIntervalMs: 5000, telemetryIntervalMs: 10_000 });
  t.same(intervalsFor(10_000, liveness), { heartbeatIntervalMs: 10_000, telemetryIntervalMs: 20_000 }, "10,000 agents: 1,000 heartbeats/s, 500 telemetry/s");
  t.same(intervalsFor(10_000_000, liveness), { heartbeatIntervalMs: 60_000, telemetryIntervalMs: 120_000 }, "capped");
  t.notOk(
    worthPushing({ heartbeatIntervalMs: 10_000, telemetryIntervalMs: 20_000 }, { heartbeatIntervalMs: 11_000, telemetryIntervalMs: 22_000 }),
    "small moves are not pushed",
  );
  t.ok(worthPushing({ heartbeatIntervalMs: 5000, telemetryIntervalMs: 10_000 }, { heartbeatIntervalMs: 10_000, telemetryIntervalMs: 20_000 }));
  t.equal(offlineAfterMs(5000, liveness), 50_000);
});

t.test("inventory validation", async (t) => {
  const inv = wire({
    hostname: "h",
    cpuCount: 8,
    memoryTotalBytes: 2 ** 40,
    gpus: [
      { index: 0, name: "NVIDIA H100", migMode: MigMode.MIG_MODE_ENABLED, memoryTotalMib: 81559 },
      { index: 1, name: "NVIDIA H100" },
    ],
  });
  const v = validateInventory(inv);
  t.equal(v.gpus[0]!.migMode, "enabled");
  t.equal(v.gpus[1]!.migMode, null, "unreported MIG mode is null");
  t.equal(v.gpus[1]!.memoryTotalMib, null, "unreported memory is null, not 0");
  t.throws(() => validateInventory(wire({ gpus: [{ index: 0 }, { index: 0 }] })), { message: /appears twice/ });
  t.throws(() => validateInventory(wire({ hostname: "x".repeat(300) })), { message: /hostname is longer/ });
  t.throws(() => validateInventory(null), { message: /no inventory/ });
  t.throws(() => validateInventory(wire({ gpus: [{ index: 300 }] })), { message: /out of range/ });
  const errs = validateInventory(wire({ gpuErrors: Array.from({ length: 100 }, () => "e".repeat(5000)) })).errors;
  t.equal(errs.length, 32, "error lists are trimmed, not refused");
  t.equal(errs[0]!.length, 1024);
});

t.test("telemetry view: null for missing, decoded reasons, non-finite values dropped", async (t) => {
  t.same(throttleReasons(0x0000000000000005), ["gpu_idle", "sw_power_cap"]);
  t.same(throttleReasons(0), []);
  t.equal(throttleReasons(null), null);
  const s = agentv1.GpuSample.create({ index: 0, utilizationGpuPct: 0, powerDrawW: Number.NaN, temperatureGpuC: 59 });
  const v = gpuTelemetry(s, [], "1970-01-01T00:00:00.000Z");
  t.equal(v.utilization_gpu_pct, 0, "a real zero stays");
  t.equal(v.power_draw_w, null, "NaN from a buggy agent is not a value");
  t.equal(v.fan_speed_pct, null);
  t.equal(v.throttle_reasons, null);
  t.equal(v.at, "1970-01-01T00:00:00.000Z");
  const h = hostTelemetry(null, ["x"], "1970-01-01T00:00:00.000Z");
  t.equal(h.cpu_utilization_pct, null);
  t.same(h.errors, ["x"]);
});

t.test("processes are grouped by the GPU they run on: bus id first, UUID when there is none", async (t) => {
  const procs = [
    agentv1.GpuProcess.create({ pciBusId: "00000000:01:00.0", gpuUuid: "GPU-same", pid: 1 }),
    agentv1.GpuProcess.create({ pciBusId: "00000000:02:00.0", gpuUuid: "GPU-same", pid: 2 }),
    agentv1.GpuProcess.create({ pciBusId: "", gpuUuid: "GPU-c", pid: 3 }),
  ];
  const byGpu = processesByGpu(procs);
  const pids = (s: Parameters<typeof agentv1.GpuSample.create>[0]) => processesOf(agentv1.GpuSample.create(s), byGpu).map((p) => p.pid);
  t.same(pids({ pciBusId: "00000000:01:00.0", uuid: "GPU-same" }), [1], "duplicate (anonymised) UUIDs do not mix GPUs up");
  t.same(pids({ pciBusId: "00000000:02:00.0", uuid: "GPU-same" }), [2]);
  t.same(pids({ pciBusId: "", uuid: "GPU-c" }), [3]);
  t.same(pids({ pciBusId: "00000000:09:00.0", uuid: "GPU-c" }), [], "a GPU with a bus id is not matched by UUID");
});

t.test("history: buckets close in order; late samples for closed buckets are dropped", async (t) => {
  const acc = new HistoryAccumulator(60_000);
  const g = (util: number | null) =>
    ({ utilization_gpu_pct: util, utilization_memory_pct: null, memory_used_mib: 10, temperature_gpu_c: 50, power_draw_w: 100 }) as never;
  acc.addGpu("h", 0, g(10), 60_000);
  acc.addGpu("h", 0, g(30), 70_000);
  acc.addGpu("h", 0, g(50), 125_000); // next bucket: the first closes
  acc.addGpu("h", 0, g(99), 65_000); // late: its bucket is closed
  const first = acc.drain(125_000);
  t.equal(first.gpu.length, 1);
  t.match(first.gpu[0], { samples: 2, utilization_gpu_avg: 20, utilization_gpu_max: 30 });
  t.same(acc.drain(125_000).gpu, [], "the open bucket stays open");
  const later = acc.drain(185_000);
  t.match(later.gpu[0], { samples: 1, utilization_gpu_avg: 50 }, "a quiet host's bucket closes by time");
});

t.test("times: UTC at the public API unless the operator sets an offset (decision 0023)", async (t) => {
  t.equal(loadConfig({}).apiTimeOffsetMinutes, 0, "UTC by default");
  t.equal(loadConfig({ API_TIME_OFFSET: "+08:00" }).apiTimeOffsetMinutes, 480);
  t.equal(loadConfig({ API_TIME_OFFSET: "-05:30" }).apiTimeOffsetMinutes, -330);
  t.throws(() => loadConfig({ API_TIME_OFFSET: "Asia/Shanghai" }), { message: /API_TIME_OFFSET must be a UTC offset/ });
});
