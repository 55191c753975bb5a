// parseListGpus (`nvidia-smi -L`) and parseComputeApps (`--query-compute-apps`) on real captures.
import t from "tap";
import { parseListGpus } from "../../packages/agent/src/telemetry/nvidia-smi/list-gpus.js";
import { parseComputeApps } from "../../packages/agent/src/telemetry/nvidia-smi/compute-apps.js";
import { COMPUTE_APP_FIELDS } from "../../packages/agent/src/telemetry/nvidia-smi/fields.js";
import { PREFIX, readFixture, fixturesEndingWith, captureName, readCsv, cell, captureSection } from "../helpers/fixtures.js";

const LIST_FILES = fixturesEndingWith("__list-L.txt");
const APPS_FILES = fixturesEndingWith("__query-compute-apps-load.csv");

t.test("the fixture set is what these tests expect", async (t) => {
  t.equal(LIST_FILES.length, 8);
  t.equal(APPS_FILES.length, 8);
});

for (const file of LIST_FILES) {
  t.test(`parseListGpus on ${file}`, async (t) => {
    const textIn = readFixture(file);
    const gpuLines = textIn.split("\n").filter((l) => l.startsWith("GPU "));
    const migLines = textIn.split("\n").filter((l) => /^\s+MIG /.test(l));
    const gpus = parseListGpus(textIn);
    t.equal(gpus.length, gpuLines.length, "one GPU per GPU line");
    t.equal(gpus.length, 1, "single-GPU capture");
    const g = gpus[0]!;
    // Independent reading of "GPU 0: <name> (UUID: <uuid>)".
    const line = gpuLines[0]!;
    t.equal(g.index, Number(line.slice(4, line.indexOf(":"))), "index");
    t.equal(g.name, line.slice(line.indexOf(": ") + 2, line.lastIndexOf(" (UUID: ")), "name");
    t.equal(g.uuid, line.slice(line.lastIndexOf("(UUID: ") + 7, -1), "uuid");
    t.equal(g.migDevices.length, migLines.length, "one MIG device per MIG line");
    // The -L name and UUID match the same capture's --query-gpu.
    const csv = readCsv(readFixture(`${PREFIX}${captureName(file)}__query-gpu-load.csv`));
    t.equal(g.name, cell(csv, "name"), "name agrees with --query-gpu");
    t.equal(g.uuid, cell(csv, "uuid"), "uuid agrees with --query-gpu");
    // And with the -L section of the full capture.
    const fromFull = parseListGpus(captureSection(readFixture(`${PREFIX}${captureName(file)}__full-capture.txt`), "nvidia-smi -L"));
    t.same(fromFull, gpus, "the full capture's -L section parses the same");
  });
}

t.test("H100: one GPU, no MIG devices", async (t) => {
  const gpus = parseListGpus(readFixture(`${PREFIX}h100-80gb-hbm3-drv590__list-L.txt`));
  t.same(gpus, [{ index: 0, name: "NVIDIA H100 80GB HBM3", uuid: "GPU-00000000-0000-0000-0000-000000000000", migDevices: [] }]);
});

t.test("H100 in MIG mode: four MIG devices with their profiles", async (t) => {
  const gpus = parseListGpus(readFixture(`${PREFIX}h100-mig-drv590__list-L.txt`));
  t.equal(gpus.length, 1);
  const g = gpus[0]!;
  t.equal(g.name, "NVIDIA H100 80GB HBM3");
  t.same(
    g.migDevices.map((m) => m.profile),
    ["3g.40gb", "2g.20gb", "1g.10gb", "1g.10gb"],
  );
  t.same(
    g.migDevices.map((m) => m.index),
    [0, 1, 2, 3],
  );
  t.same(
    g.migDevices.map((m) => m.uuid),
    [
      "MIG-00000000-0000-0000-0000-000000000000",
      "MIG-00000001-0000-0000-0000-000000000001",
      "MIG-00000002-0000-0000-0000-000000000002",
      "MIG-00000003-0000-0000-0000-000000000003",
    ],
  );
});

t.test("the older R450/R470 MIG form is accepted", async (t) => {
  const gpus = parseListGpus(
    ["GPU 0: A100-SXM4-40GB (UUID: GPU-abc)", "  MIG 3g.20gb Device 0: (UUID: MIG-GPU-abc/1/0)", "  MIG 3g.20gb Device 1: (UUID: MIG-GPU-abc/2/0)"].join("\n"),
  );
  t.equal(gpus.length, 1);
  t.equal(gpus[0]!.name, "A100-SXM4-40GB");
  t.same(gpus[0]!.migDevices, [
    { index: 0, profile: "3g.20gb", uuid: "MIG-GPU-abc/1/0" },
    { index: 1, profile: "3g.20gb", uuid: "MIG-GPU-abc/2/0" },
  ]);
});

t.test("several GPUs keep their own MIG devices; CRLF and odd lines are fine", async (t) => {
  const textIn = [
    "  MIG 1g.10gb     Device  0: (UUID: MIG-orphan)", // before any GPU: dropped
    "GPU 0: NVIDIA H200 (UUID: GPU-0)",
    "  MIG 1c.3g.71gb  Device  0: (UUID: MIG-a)",
    "No devices were found", // noise
    "GPU 1: NVIDIA H200 (UUID: GPU-1)",
    "GPU 2: NVIDIA H200 (UUID: GPU-2)",
    "  MIG 7g.141gb    Device  0: (UUID: MIG-c)",
    "",
  ].join("\r\n");
  const gpus = parseListGpus(textIn);
  t.same(
    gpus.map((g) => [g.index, g.uuid, g.migDevices.map((m) => m.uuid)]),
    [
      [0, "GPU-0", ["MIG-a"]],
      [1, "GPU-1", []],
      [2, "GPU-2", ["MIG-c"]],
    ],
  );
  t.equal(gpus[0]!.migDevices[0]!.profile, "1c.3g.71gb", "H200 compute-instance profile");
  t.equal(gpus[0]!.name, "NVIDIA H200", "no trailing \\r in the name");
  t.same(parseListGpus(""), []);
  t.same(parseListGpus("No devices were found\n"), []);
  t.same(parseListGpus("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n"), []);
});

t.test("a GPU name with parentheses keeps them", async (t) => {
  const gpus = parseListGpus("GPU 0: NVIDIA RTX A6000 (rev 2) (UUID: GPU-x)\n");
  t.same(gpus, [{ index: 0, name: "NVIDIA RTX A6000 (rev 2)", uuid: "GPU-x", migDevices: [] }]);
});

for (const file of APPS_FILES) {
  t.test(`parseComputeApps on ${file}`, async (t) => {
    const textIn = readFixture(file);
    const csv = readCsv(textIn);
    const { processes, badLines } = parseComputeApps(textIn);
    t.same(badLines, [], "no bad lines");
    t.equal(processes.length, csv.rows.length, "one process per row");
    csv.rows.forEach((_row, i) => {
      const p = processes[i]!;
      t.equal(p.pid, Number(cell(csv, "pid", i)), `row ${i} pid`);
      t.equal(p.processName, cell(csv, "process_name", i), `row ${i} process name`);
      t.equal(p.gpuUuid, cell(csv, "gpu_uuid", i), `row ${i} gpu uuid`);
      t.equal(p.pciBusId, cell(csv, "gpu_bus_id", i), `row ${i} bus id`);
      const mem = cell(csv, "used_gpu_memory", i);
      if (mem === "[N/A]") t.notOk("usedMemoryMib" in p, `row ${i} used memory [N/A] is absent`);
      else t.equal(p.usedMemoryMib, Number(mem.replace(/ MiB$/, "")), `row ${i} used memory ${mem}`);
    });
  });
}

t.test("H100 load processes", async (t) => {
  const { processes } = parseComputeApps(readFixture(`${PREFIX}h100-80gb-hbm3-drv590__query-compute-apps-load.csv`));
  t.same(processes, [
    { gpuUuid: "GPU-00000000-0000-0000-0000-000000000000", pciBusId: "00000000:00:09.0", pid: 11327, processName: "/root/tools/memhog", usedMemoryMib: 2566 },
    { gpuUuid: "GPU-00000000-0000-0000-0000-000000000000", pciBusId: "00000000:00:09.0", pid: 11328, processName: "/root/tools/memhog", usedMemoryMib: 1542 },
    { gpuUuid: "GPU-00000000-0000-0000-0000-000000000000", pciBusId: "00000000:00:09.0", pid: 11345, processName: "./gpu_burn", usedMemoryMib: 15690 },
  ]);
});

t.test("RTX 4080 SUPER: graphics processes too", async (t) => {
  const { processes } = parseComputeApps(readFixture(`${PREFIX}rtx4080super-linux-drv595__query-compute-apps-load.csv`));
  t.same(
    processes.map((p) => [p.pid, p.processName, p.usedMemoryMib]),
    [
      [2165, "/usr/bin/kwin_wayland", 25],
      [5022, "ffmpeg", 503],
      [5021, "ffmpeg", 360],
    ],
  );
});

t.test("Windows: used memory [N/A] is absent and backslash paths are kept", async (t) => {
  const { processes, badLines } = parseComputeApps(readFixture(`${PREFIX}rtx2080super-windows-drv591__query-compute-apps-load.csv`));
  t.same(badLines, []);
  t.equal(processes.length, 12);
  for (const p of processes) t.notOk("usedMemoryMib" in p, `pid ${p.pid}: no used memory under WDDM`);
  t.equal(processes[0]!.pid, 12444);
  t.equal(processes[0]!.processName, "C:\\Windows\\SystemApps\\MicrosoftWindows.Client.CBS_cw5n1h2txyewy\\TextInputHost.exe");
  t.equal(processes[2]!.processName, "C:\\Windows\\System32\\dwm.exe");
  t.equal(processes[4]!.pid, 20372);
  t.equal(processes[4]!.processName, "C:\\Program Files\\NZXT CAM\\NZXT CAM.exe", "spaces kept");
  t.equal(processes[11]!.pid, 26660);
});

t.test("a process name containing ', ' is joined back together", async (t) => {
  const header = readFixture(`${PREFIX}h100-80gb-hbm3-drv590__query-compute-apps-load.csv`).split("\n")[0]!;
  const row =
    "2026/07/14 08:12:53.500, NVIDIA H100 80GB HBM3, 00000000:00:09.0, 0000000000000, GPU-00000000-0000-0000-0000-000000000000, 4242, python train.py --tags a, b, c, 1234 MiB";
  const { processes, badLines } = parseComputeApps(`${header}\n${row}\n`);
  t.same(badLines, []);
  t.same(processes, [
    {
      gpuUuid: "GPU-00000000-0000-0000-0000-000000000000",
      pciBusId: "00000000:00:09.0",
      pid: 4242,
      processName: "python train.py --tags a, b, c",
      usedMemoryMib: 1234,
    },
  ]);

  // The same with the agent's own noheader field order.
  const own = parseComputeApps("GPU-1, 00000000:01:00.0, 77, C:\\Program Files (x86)\\Foo, Inc\\foo.exe, [N/A]\r\n", COMPUTE_APP_FIELDS);
  t.same(own.badLines, []);
  t.same(own.processes, [{ gpuUuid: "GPU-1", pciBusId: "00000000:01:00.0", pid: 77, processName: "C:\\Program Files (x86)\\Foo, Inc\\foo.exe" }]);
});

t.test("header-only output (no processes) gives zero processes", async (t) => {
  const idle = captureSection(
    readFixture(`${PREFIX}h100-80gb-hbm3-drv590__full-capture.txt`),
    "nvidia-smi --query-compute-apps=timestamp,gpu_name,gpu_bus_id,gpu_serial,gpu_uuid,pid,process_name,used_gpu_memory --format=csv",
  );
  t.match(
    idle,
    /^timestamp, gpu_name, gpu_bus_id, gpu_serial, gpu_uuid, pid, process_name, used_gpu_memory \[MiB\]\s*$/,
    "the idle section is only the header",
  );
  t.same(parseComputeApps(idle), { processes: [], badLines: [] });
  t.same(parseComputeApps(""), { processes: [], badLines: [] }, "noheader with no processes prints nothing");
  t.same(parseComputeApps("", COMPUTE_APP_FIELDS), { processes: [], badLines: [] });
});

t.test("a row without a usable pid is reported, the others kept", async (t) => {
  const textIn = ["GPU-1, 00000000:01:00.0, [N/A], ghost, 10", "GPU-1, 00000000:01:00.0, 55, real, 20", "GPU-1, 00000000:01:00.0, 56"].join("\n");
  const { processes, badLines } = parseComputeApps(textIn, COMPUTE_APP_FIELDS);
  t.same(processes, [{ gpuUuid: "GPU-1", pciBusId: "00000000:01:00.0", pid: 55, processName: "real", usedMemoryMib: 20 }]);
  t.equal(badLines.length, 2, "the [N/A] pid row and the short row");
  t.ok(badLines.includes("GPU-1, 00000000:01:00.0, 56"), "short row verbatim");
  t.ok(
    badLines.some((l) => l.includes("ghost")),
    "pid-less row reported",
  );
});

t.test("a rejoined process name keeps its own spacing", async (t) => {
  const r = parseComputeApps("GPU-a, 00000000:01:00.0, 7, my app,  two  spaces, 12\n", ["gpu_uuid", "gpu_bus_id", "pid", "process_name", "used_gpu_memory"]);
  t.equal(r.processes[0]!.processName, "my app,  two  spaces");
  t.equal(r.processes[0]!.usedMemoryMib, 12);
});
