// parseQueryGpu / toGpuInfo / toGpuSample against every real --query-gpu capture.
import t from "tap";
import { MigMode } from "@remotegpu/protocol";
import { parseQueryGpu } from "../../packages/agent/src/telemetry/nvidia-smi/query-gpu.js";
import { migMode, toGpuInfo, toGpuSample } from "../../packages/agent/src/telemetry/nvidia-smi/gpu-record.js";
import { PREFIX, readFixture, fixturesEndingWith, readCsv, cell } from "../helpers/fixtures.js";

const QUERY_GPU_FILES = fixturesEndingWith(".csv").filter((f) => f.startsWith(PREFIX) && /__query-gpu-(idle|load)\.csv$/.test(f));

function load(capture: string, state: "idle" | "load"): string {
  return readFixture(`${PREFIX}${capture}__query-gpu-${state}.csv`);
}

/** The first GPU of a parse that must have exactly one. */
function only(output: string, fields?: readonly string[]) {
  const parsed = parseQueryGpu(output, fields);
  if (parsed.infos.length !== 1 || parsed.samples.length !== 1) throw new Error(`expected one GPU, got ${parsed.infos.length}`);
  return { info: parsed.infos[0]!, sample: parsed.samples[0]!, badLines: parsed.badLines };
}

// Independent reading of a raw cell: any "[...]", "N/A" or "" is missing; else the leading number.
function expectNumber(raw: string): number | undefined {
  const v = raw.trim();
  if (v === "" || v === "N/A" || /^\[.*\]$/.test(v)) return undefined;
  const n = parseFloat(v);
  if (Number.isNaN(n)) throw new Error(`test bug: ${raw} is not a number`);
  return n;
}

function expectFlag(raw: string): boolean | undefined {
  return ({ Enabled: true, Yes: true, Active: true, Disabled: false, No: false, "Not Active": false } as Record<string, boolean>)[raw.trim()];
}

function expectText(raw: string): string | undefined {
  const v = raw.trim();
  return v === "" || v === "N/A" || /^\[.*\]$/.test(v) ? undefined : v;
}

const NUMERIC_SAMPLE_FIELDS: [string, string][] = [
  ["utilizationGpuPct", "utilization.gpu"],
  ["utilizationMemoryPct", "utilization.memory"],
  ["utilizationEncoderPct", "utilization.encoder"],
  ["utilizationDecoderPct", "utilization.decoder"],
  ["memoryTotalMib", "memory.total"],
  ["memoryUsedMib", "memory.used"],
  ["memoryFreeMib", "memory.free"],
  ["memoryReservedMib", "memory.reserved"],
  ["temperatureGpuC", "temperature.gpu"],
  ["temperatureMemoryC", "temperature.memory"],
  ["powerDrawW", "power.draw"],
  ["powerLimitW", "power.limit"],
  ["enforcedPowerLimitW", "enforced.power.limit"],
  ["smClockMhz", "clocks.current.sm"],
  ["memClockMhz", "clocks.current.memory"],
  ["graphicsClockMhz", "clocks.current.graphics"],
  ["maxSmClockMhz", "clocks.max.sm"],
  ["fanSpeedPct", "fan.speed"],
  ["eccCorrectedVolatile", "ecc.errors.corrected.volatile.total"],
  ["eccUncorrectedVolatile", "ecc.errors.uncorrected.volatile.total"],
  ["eccCorrectedAggregate", "ecc.errors.corrected.aggregate.total"],
  ["eccUncorrectedAggregate", "ecc.errors.uncorrected.aggregate.total"],
  ["retiredPagesSbe", "retired_pages.single_bit_ecc.count"],
  ["retiredPagesDbe", "retired_pages.double_bit.count"],
  ["remappedRowsCorrectable", "remapped_rows.correctable"],
  ["remappedRowsUncorrectable", "remapped_rows.uncorrectable"],
];
const FLAG_SAMPLE_FIELDS: [string, string][] = [
  ["eccEnabled", "ecc.mode.current"],
  ["persistenceMode", "persistence_mode"],
  ["retiredPagesPending", "retired_pages.pending"],
  ["remappedRowsPending", "remapped_rows.pending"],
  ["remappedRowsFailure", "remapped_rows.failure"],
];
const TEXT_SAMPLE_FIELDS: [string, string][] = [
  ["pstate", "pstate"],
  ["computeMode", "compute_mode"],
  ["recoveryAction", "gpu_recovery_action"],
];

t.test("the fixture set is what these tests expect", async (t) => {
  t.equal(QUERY_GPU_FILES.length, 16, "8 captures x idle/load");
  t.equal(QUERY_GPU_FILES.filter((f) => f.endsWith("-idle.csv")).length, 8);
});

for (const file of QUERY_GPU_FILES) {
  t.test(`every value of ${file} is read as the file says`, async (t) => {
    const textIn = readFixture(file);
    const csv = readCsv(textIn);
    t.equal(csv.rows.length, 1, "the capture has one GPU row");
    t.equal(csv.rows[0]!.length, csv.header.length, "and one cell per header cell");

    const { info, sample, badLines } = only(textIn);
    t.same(badLines, [], "no bad lines");

    // Identity, from the capture's own columns.
    t.equal(info.name, cell(csv, "name"), "name");
    t.equal(info.uuid, cell(csv, "uuid"), "uuid");
    t.equal(sample.uuid, cell(csv, "uuid"), "sample uuid");
    t.equal(info.pciBusId, cell(csv, "pci.bus_id"), "pci bus id");
    t.equal(sample.pciBusId, cell(csv, "pci.bus_id"), "sample pci bus id");
    t.equal(info.driverVersion, cell(csv, "driver_version"), "driver version");
    t.equal(info.index, Number(cell(csv, "index")), "index");
    t.equal(info.memoryTotalMib, Number(cell(csv, "memory.total").replace(/ MiB$/, "")), "memory.total");
    t.ok(info.memoryTotalMib! > 0, "memory.total is a real size");
    t.equal(info.computeCap, cell(csv, "compute_cap"), "compute_cap");
    t.equal(info.vbiosVersion, cell(csv, "vbios_version"), "vbios_version");
    t.equal(info.serial, expectText(cell(csv, "serial")) ?? "", "serial ([N/A] on GeForce becomes empty)");
    t.equal(info.powerLimitMaxW, expectNumber(cell(csv, "power.max_limit")), "power.max_limit");

    const mig = cell(csv, "mig.mode.current");
    const wantMig = mig === "Enabled" ? MigMode.MIG_MODE_ENABLED : mig === "Disabled" ? MigMode.MIG_MODE_DISABLED : MigMode.MIG_MODE_UNSPECIFIED;
    t.equal(info.migMode, wantMig, `info migMode from ${mig}`);
    t.equal(sample.migMode, wantMig, `sample migMode from ${mig}`);

    const s = sample as Record<string, unknown>;
    for (const [key, field] of NUMERIC_SAMPLE_FIELDS) {
      const want = expectNumber(cell(csv, field));
      if (want === undefined) t.notOk(key in s, `${key} absent (${field} = ${cell(csv, field)})`);
      else t.equal(s[key], want, `${key} = ${field} (${cell(csv, field)})`);
    }
    for (const [key, field] of FLAG_SAMPLE_FIELDS) {
      const want = expectFlag(cell(csv, field));
      if (want === undefined) t.notOk(key in s, `${key} absent (${field} = ${cell(csv, field)})`);
      else t.equal(s[key], want, `${key} = ${field} (${cell(csv, field)})`);
    }
    for (const [key, field] of TEXT_SAMPLE_FIELDS) {
      const want = expectText(cell(csv, field));
      if (want === undefined) t.notOk(key in s, `${key} absent`);
      else t.equal(s[key], want, `${key} = ${field}`);
    }
    t.equal(sample.throttleReasonsActive, parseInt(cell(csv, "clocks_event_reasons.active"), 16), "throttle bitmask");
    for (const [k, v] of Object.entries(s)) t.not(v, undefined, `no key is present with an undefined value (${k})`);
  });
}

t.test("H100 under load", async (t) => {
  const { info, sample } = only(load("h100-80gb-hbm3-drv590", "load"));
  t.equal(info.name, "NVIDIA H100 80GB HBM3");
  t.equal(info.memoryTotalMib, 81559);
  t.equal(info.driverVersion, "590.48.01");
  t.equal(info.pciBusId, "00000000:00:09.0");
  t.equal(info.computeCap, "9.0");
  t.equal(info.powerLimitMaxW, 700);
  t.equal(info.migMode, MigMode.MIG_MODE_DISABLED);
  t.equal(sample.utilizationGpuPct, 100);
  t.equal(sample.powerDrawW, 631.95);
  t.equal(sample.memoryUsedMib, 19818);
  t.equal(sample.memoryReservedMib, 479);
  t.equal(sample.temperatureGpuC, 59);
  t.equal(sample.temperatureMemoryC, 54, "HBM reports a memory temperature");
  t.equal(sample.migMode, MigMode.MIG_MODE_DISABLED);
  t.notOk("fanSpeedPct" in sample, "fan.speed [N/A] on a datacenter part is absent, not 0");
  t.equal(sample.fanSpeedPct, undefined);
  t.notOk("retiredPagesSbe" in sample, "retired_pages.* is [N/A] on Hopper");
  t.equal(sample.eccEnabled, true);
  t.equal(sample.persistenceMode, true);
  t.equal(sample.throttleReasonsActive, 0);
  t.equal(sample.recoveryAction, "None");
  t.equal(sample.pstate, "P0");
});

t.test("H100 idle: real zeros stay zero and the idle bit is set", async (t) => {
  const { sample } = only(load("h100-80gb-hbm3-drv590", "idle"));
  t.equal(sample.utilizationGpuPct, 0, "0 % is a value");
  t.equal(sample.memoryUsedMib, 0, "0 MiB is a value");
  t.equal(sample.throttleReasonsActive, 1, "0x...01 = GPU idle");
  t.equal(sample.remappedRowsPending, false, "remapped_rows.pending No");
  t.equal(sample.powerDrawW, 69.85);
});

t.test("H100 in MIG mode", async (t) => {
  const { info, sample } = only(load("h100-mig-drv590", "load"));
  t.equal(info.migMode, MigMode.MIG_MODE_ENABLED);
  t.equal(sample.migMode, MigMode.MIG_MODE_ENABLED);
  t.notOk("utilizationGpuPct" in sample, "utilization.gpu [N/A] in MIG mode is absent");
  t.notOk("utilizationMemoryPct" in sample, "utilization.memory [N/A] in MIG mode is absent");
  t.equal(sample.memoryUsedMib, 11125, "memory is whole-GPU");
  t.equal(sample.memoryTotalMib, 81559);
  t.notOk("remappedRowsCorrectable" in sample, "remap counts are [N/A] in MIG mode");
  t.equal(sample.powerDrawW, 433.78);
});

t.test("H200 under load", async (t) => {
  const { info, sample } = only(load("h200-drv590", "load"));
  t.equal(info.name, "NVIDIA H200");
  t.equal(info.memoryTotalMib, 143771);
  t.equal(info.pciBusId, "00000000:83:00.0");
  t.equal(sample.memoryUsedMib, 32362);
  t.equal(sample.powerDrawW, 627.4);
  t.equal(sample.memoryReservedMib, 614);
});

t.test("L40S: GDDR has no memory temperature and no MIG", async (t) => {
  const { info, sample } = only(load("l40s-drv595", "load"));
  t.equal(info.name, "NVIDIA L40S");
  t.equal(info.driverVersion, "595.80");
  t.equal(info.memoryTotalMib, 46068);
  t.equal(info.migMode, MigMode.MIG_MODE_UNSPECIFIED, "mig.mode.current [N/A]");
  t.notOk("temperatureMemoryC" in sample, "bare N/A is absent");
  t.equal(sample.eccEnabled, true);
  t.equal(sample.persistenceMode, false, "Disabled is false, not absent");
  t.equal(sample.utilizationGpuPct, 9);
});

t.test("RTX 4080 SUPER: a 0 % fan is kept, GeForce ECC is absent", async (t) => {
  const { info, sample } = only(load("rtx4080super-linux-drv595", "load"));
  t.equal(info.name, "NVIDIA GeForce RTX 4080 SUPER");
  t.equal(info.memoryTotalMib, 16376);
  t.equal(info.serial, "", "serial [N/A] on GeForce");
  t.ok("fanSpeedPct" in sample, "fan speed present");
  t.equal(sample.fanSpeedPct, 0, "a real 0 % stays 0");
  t.notOk("eccEnabled" in sample, "ecc.mode.current [N/A] on GeForce");
  t.notOk("eccCorrectedVolatile" in sample, "ECC counters [N/A] on GeForce");
  t.equal(sample.powerDrawW, 84.24);
});

t.test("RTX 2080 SUPER idle on 595: SW power cap bit", async (t) => {
  const { sample } = only(load("rtx2080super-linux-drv595", "idle"));
  t.equal(sample.throttleReasonsActive, 4, "0x0000000000000004");
  t.equal(sample.pstate, "P8");
  t.equal(sample.fanSpeedPct, 38);
});

t.test("Windows RTX 2080 SUPER: persistence mode [N/A] is absent", async (t) => {
  for (const state of ["idle", "load"] as const) {
    const { info, sample } = only(load("rtx2080super-windows-drv591", state));
    t.equal(info.driverVersion, "591.86", `${state} driver`);
    t.notOk("persistenceMode" in sample, `${state}: persistence_mode [N/A] absent`);
    t.equal(sample.throttleReasonsActive, 1, `${state}: 0x...01`);
  }
  const { info, sample } = only(load("rtx2080super-windows-drv591", "load"));
  t.equal(info.vbiosVersion, "90.04.7a.40.73");
  t.equal(sample.memoryUsedMib, 1296);
  t.equal(sample.fanSpeedPct, 38);
});

const TELEGRAF_FIELDS = [
  "fan.speed",
  "memory.total",
  "memory.used",
  "memory.free",
  "pstate",
  "temperature.gpu",
  "name",
  "uuid",
  "compute_mode",
  "utilization.gpu",
  "utilization.memory",
  "index",
];

t.test("telegraf GTX 1070 Ti one-liner (noheader, nounits) with its own field order", async (t) => {
  const { info, sample, badLines } = only(readFixture("influxdata__telegraf__gtx1070ti-query-gpu-noheader-nounits-1line.csv"), TELEGRAF_FIELDS);
  t.same(badLines, []);
  t.equal(info.name, "GeForce GTX 1070 Ti");
  t.equal(info.uuid, "GPU-d1911b8a-f5c8-5e66-057c-486561269de8");
  t.equal(info.index, 1);
  t.equal(info.memoryTotalMib, 8114);
  t.equal(info.migMode, MigMode.MIG_MODE_UNSPECIFIED, "not queried");
  t.equal(info.driverVersion, "", "not queried");
  t.equal(sample.index, 1);
  t.equal(sample.fanSpeedPct, 85);
  t.equal(sample.memoryTotalMib, 8114);
  t.equal(sample.memoryUsedMib, 553);
  t.equal(sample.memoryFreeMib, 7561);
  t.equal(sample.pstate, "P2");
  t.equal(sample.temperatureGpuC, 61);
  t.equal(sample.computeMode, "Default");
  t.equal(sample.utilizationGpuPct, 100);
  t.equal(sample.utilizationMemoryPct, 93);
  t.notOk("powerDrawW" in sample, "unqueried fields are absent");
});

t.test("telegraf Tesla P4 one-liner: [Not Supported] fan is absent", async (t) => {
  const { info, sample } = only(readFixture("influxdata__telegraf__tesla-p4-query-gpu-noheader-nounits-not-supported-1line.csv"), TELEGRAF_FIELDS);
  t.equal(info.name, "Tesla P4");
  t.equal(info.uuid, "GPU-xxx");
  t.equal(info.memoryTotalMib, 7606);
  t.notOk("fanSpeedPct" in sample, "[Not Supported] is missing");
  t.equal(sample.memoryUsedMib, 0, "0 MiB used is a value");
  t.equal(sample.utilizationGpuPct, 0);
  t.equal(sample.index, 0);
  t.equal(sample.temperatureGpuC, 38);
});

t.test("a line with the wrong cell count goes to badLines; the others still parse", async (t) => {
  const good = readFixture(`${PREFIX}h100-80gb-hbm3-drv590__query-gpu-load.csv`).trimEnd();
  const [header, row] = good.split("\n") as [string, string];
  const cells = row.split(", ");
  const indexCol = readCsv(good).header.indexOf("index");
  t.equal(cells[indexCol], "0", "test setup: the index column");
  cells[indexCol] = "1";
  const second = cells.join(", ");
  const truncated = row.split(", ").slice(0, 10).join(", ");
  const parsed = parseQueryGpu([header, row, truncated, second, "garbage"].join("\n") + "\n");
  t.equal(parsed.infos.length, 2, "two good rows");
  t.equal(parsed.samples.length, 2);
  t.same(parsed.badLines, [truncated, "garbage"], "bad lines are reported verbatim");
  t.same(
    parsed.infos.map((i) => i.index),
    [0, 1],
  );
  t.equal(parsed.samples[1]!.powerDrawW, 631.95);
});

t.test("noheader with the wrong field count: every line is bad, nothing is invented", async (t) => {
  const parsed = parseQueryGpu(readFixture("influxdata__telegraf__gtx1070ti-query-gpu-noheader-nounits-1line.csv"), TELEGRAF_FIELDS.slice(1));
  t.equal(parsed.infos.length, 0);
  t.equal(parsed.badLines.length, 1);
});

t.test("CRLF line endings parse the same as LF", async (t) => {
  for (const file of QUERY_GPU_FILES) {
    const lf = readFixture(file);
    const crlf = lf.replace(/\n/g, "\r\n");
    t.not(crlf, lf);
    t.same(parseQueryGpu(crlf), parseQueryGpu(lf), file);
  }
  const oneLine = readFixture("influxdata__telegraf__gtx1070ti-query-gpu-noheader-nounits-1line.csv");
  const p = parseQueryGpu(oneLine.replace(/\n/g, "\r\n"), TELEGRAF_FIELDS);
  t.equal(p.samples[0]!.index, 1, "last cell has no trailing \\r");
});

t.test("header alias clocks_throttle_reasons.active maps to throttleReasonsActive", async (t) => {
  const win = readFixture(`${PREFIX}rtx2080super-windows-drv591__query-gpu-load.csv`);
  t.match(win, /, clocks_event_reasons\.active, /);
  const renamed = win.replace(", clocks_event_reasons.active, ", ", clocks_throttle_reasons.active, ");
  t.not(renamed, win);
  const { sample } = only(renamed);
  t.equal(sample.throttleReasonsActive, 1, "0x0000000000000001 under the old header name");

  const small = parseQueryGpu("index, clocks_throttle_reasons.active, retired_pages.sbe, retired_pages.dbe\n0, 0x0000000000000044, 3, 2\n");
  t.equal(small.samples[0]!.throttleReasonsActive, 0x44);
  t.equal(small.samples[0]!.retiredPagesSbe, 3, "retired_pages.sbe alias");
  t.equal(small.samples[0]!.retiredPagesDbe, 2, "retired_pages.dbe alias");
});

t.test("several GPUs keep their own rows in order", async (t) => {
  const text = [
    "index, name, uuid, pci.bus_id, memory.total [MiB], utilization.gpu [%]",
    "0, NVIDIA H100 80GB HBM3, GPU-a, 00000000:18:00.0, 81559 MiB, 0 %",
    "1, NVIDIA H100 80GB HBM3, GPU-b, 00000000:2A:00.0, 81559 MiB, [N/A]",
  ].join("\n");
  const p = parseQueryGpu(text);
  t.same(
    p.infos.map((i) => [i.index, i.uuid, i.pciBusId]),
    [
      [0, "GPU-a", "00000000:18:00.0"],
      [1, "GPU-b", "00000000:2A:00.0"],
    ],
  );
  t.equal(p.samples[0]!.utilizationGpuPct, 0);
  t.notOk("utilizationGpuPct" in p.samples[1]!);
});

t.test("empty and header-only output give no GPUs and no bad lines", async (t) => {
  t.same(parseQueryGpu(""), { infos: [], samples: [], badLines: [] });
  t.same(parseQueryGpu("\n\n"), { infos: [], samples: [], badLines: [] });
  const header = readFixture(`${PREFIX}l40s-drv595__query-gpu-idle.csv`).split("\n")[0]!;
  t.same(parseQueryGpu(header + "\n"), { infos: [], samples: [], badLines: [] });
  t.same(parseQueryGpu("", ["index", "name"]), { infos: [], samples: [], badLines: [] });
});

t.test("migMode and the record builders on their own", async (t) => {
  t.equal(migMode("Enabled"), MigMode.MIG_MODE_ENABLED);
  t.equal(migMode("enabled"), MigMode.MIG_MODE_ENABLED);
  t.equal(migMode(" Disabled "), MigMode.MIG_MODE_DISABLED);
  t.equal(migMode("[N/A]"), MigMode.MIG_MODE_UNSPECIFIED);
  t.equal(migMode(undefined), MigMode.MIG_MODE_UNSPECIFIED);
  t.equal(migMode("Pending"), MigMode.MIG_MODE_UNSPECIFIED);

  const info = toGpuInfo({});
  t.same(
    info,
    { index: 0, uuid: "", name: "", pciBusId: "", migMode: MigMode.MIG_MODE_UNSPECIFIED, driverVersion: "", serial: "", vbiosVersion: "", computeCap: "" },
    "an empty row gives defaults and no optional keys",
  );
  const sample = toGpuSample({});
  t.same(sample, { index: 0, uuid: "", pciBusId: "", migMode: MigMode.MIG_MODE_UNSPECIFIED });
  t.notOk("memoryTotalMib" in info);

  const s = toGpuSample({
    "remapped_rows.pending": "Yes",
    "remapped_rows.failure": "No",
    "retired_pages.pending": "[N/A]",
    "ecc.errors.uncorrected.volatile.total": "-1",
  });
  t.equal(s.remappedRowsPending, true);
  t.equal(s.remappedRowsFailure, false);
  t.notOk("retiredPagesPending" in s);
  t.notOk("eccUncorrectedVolatile" in s, "a negative count is not a count");
});

t.test("a row whose index is not a number is a bad line, not GPU 0", async (t) => {
  const r = parseQueryGpu("abc, def\n1, NVIDIA L40S\n", ["index", "name"]);
  t.same(r.badLines, ["abc, def"]);
  t.equal(r.infos.length, 1);
  t.equal(r.infos[0]!.index, 1);
  t.equal(r.infos[0]!.name, "NVIDIA L40S");
});
