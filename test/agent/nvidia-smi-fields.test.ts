// Field selection: --help-query-gpu parsing and the choice of --query-gpu fields.
import t from "tap";
import { COMPUTE_APP_FIELDS, GPU_FIELDS, parseHelpQueryGpu, selectGpuFields } from "../../packages/agent/src/telemetry/nvidia-smi/fields.js";
import { PREFIX, readFixture, captureNames, readCsv, captureSection } from "../helpers/fixtures.js";

function helpOf(capture: string): string {
  return captureSection(readFixture(`${PREFIX}${capture}__full-capture.txt`), "nvidia-smi --help-query-gpu");
}

// The core list exactly as test/fixtures/nvidia/NOTES.md §9 recommends it, in the same order.
const NOTES_CORE = (
  "index,uuid,name,pci.bus_id,driver_version,pstate," +
  "temperature.gpu,utilization.gpu,utilization.memory,utilization.encoder,utilization.decoder," +
  "memory.total,memory.used,memory.free," +
  "power.draw,power.limit,enforced.power.limit," +
  "clocks.current.sm,clocks.current.memory,clocks.max.sm," +
  "clocks_throttle_reasons.active," +
  "fan.speed,compute_mode,persistence_mode," +
  "ecc.mode.current,ecc.errors.corrected.volatile.total,ecc.errors.uncorrected.volatile.total," +
  "ecc.errors.uncorrected.aggregate.total,retired_pages.pending"
).split(",");

t.test("the help section extracted from the H100 capture is the help text", async (t) => {
  const help = helpOf("h100-80gb-hbm3-drv590");
  t.match(help, /^List of valid properties to query for the switch "--query-gpu":/, "starts with the help banner");
  t.notMatch(help, /####/, "stops before the next section");
  t.notMatch(help, /help-query-compute-apps/, "does not run into the next section");
});

t.test("parseHelpQueryGpu finds names and their aliases in a real help text", async (t) => {
  const names = parseHelpQueryGpu(helpOf("h100-80gb-hbm3-drv590"));
  t.ok(names.has("memory.total"), "memory.total");
  t.ok(names.has("clocks_event_reasons.active"), "clocks_event_reasons.active");
  t.ok(names.has("clocks_throttle_reasons.active"), "its alias on the same line");
  t.ok(names.has("retired_pages.single_bit_ecc.count"), "retired_pages.single_bit_ecc.count");
  t.ok(names.has("retired_pages.sbe"), "and its alias retired_pages.sbe");
  t.ok(names.has("timestamp"), "the first property");
  t.ok(names.has("gpu_recovery_action"));
  t.ok(names.has("memory.reserved"));
  t.notOk(names.has("YYYY/MM/DD HH:MM:SS.msec"), "quoted text inside a description line is not a name");
  t.notOk(names.has("--query-gpu"), "the banner's quoted switch is not a name");
  t.same(
    [...names].filter((n) => !/^[a-z][A-Za-z0-9_.]*$/.test(n)),
    [],
    "every name is a plain field name",
  );
  t.equal(names.size, 253, "253 names (212 fields plus aliases) in the 590 Hopper help");
});

t.test("every field of a capture's own --query-gpu header is listed by its help", async (t) => {
  for (const capture of captureNames()) {
    const names = parseHelpQueryGpu(helpOf(capture));
    const header = readCsv(readFixture(`${PREFIX}${capture}__query-gpu-load.csv`)).header;
    const unlisted = header.filter((h) => !names.has(h));
    t.same(unlisted, [], `${capture}: ${header.length} header fields all in help (${names.size} names)`);
  }
});

t.test("parseHelpQueryGpu works with CRLF and ignores lines that do not start with a quote", async (t) => {
  const text =
    'List of valid properties to query for the switch "--query-gpu":\r\n\r\n"index"\r\nZero based index.\r\n  "indented" is prose\r\n"clocks_event_reasons.active" or "clocks_throttle_reasons.active"\r\nBitmask "not.a.name" in prose\r\n';
  t.same([...parseHelpQueryGpu(text)].sort(), ["clocks_event_reasons.active", "clocks_throttle_reasons.active", "index"]);
  t.equal(parseHelpQueryGpu("").size, 0, "empty help");
  t.equal(parseHelpQueryGpu("\u0000\u0007 segfault? 12, , ,\nnot, csv\n").size, 0, "garbage gives nothing");
});

t.test("selectGpuFields(null) asks only for the core fields, by their oldest names", async (t) => {
  const sel = selectGpuFields(null);
  t.same(sel.query, NOTES_CORE, "the core list of NOTES.md §9, in order");
  t.equal(sel.query.length, sel.canonical.length, "one canonical name per queried name");
  t.ok(sel.query.includes("clocks_throttle_reasons.active"), "the old alias name in the query");
  t.notOk(sel.query.includes("clocks_event_reasons.active"), "not the new name");
  const i = sel.query.indexOf("clocks_throttle_reasons.active");
  t.equal(sel.canonical[i], "clocks_event_reasons.active", "its canonical name at the same position");
  t.notOk(sel.query.includes("memory.reserved"), "probe-only fields are not asked for");
  t.notOk(sel.query.includes("gpu_recovery_action"));
  t.notOk(sel.query.includes("mig.mode.current"));
  sel.query.forEach((q, j) => {
    if (q !== "clocks_throttle_reasons.active") t.equal(sel.canonical[j], q, `${q} is its own canonical name`);
  });
});

t.test("selectGpuFields(help of the H100 capture) adds the probed fields by canonical name", async (t) => {
  const sel = selectGpuFields(parseHelpQueryGpu(helpOf("h100-80gb-hbm3-drv590")));
  t.ok(sel.query.includes("memory.reserved"));
  t.ok(sel.query.includes("gpu_recovery_action"));
  t.ok(sel.query.includes("mig.mode.current"));
  t.ok(sel.query.includes("temperature.memory"));
  t.ok(sel.query.includes("clocks_event_reasons.active"), "the canonical name when the driver lists it");
  t.notOk(sel.query.includes("clocks_throttle_reasons.active"), "not both names");
  t.ok(sel.query.includes("retired_pages.single_bit_ecc.count"));
  t.notOk(sel.query.includes("retired_pages.sbe"));
  t.same(sel.query, sel.canonical, "every queried name is canonical here");
  t.same(
    sel.canonical,
    GPU_FIELDS.map((s) => s.names[0]),
    "all of GPU_FIELDS, in order",
  );
});

t.test("every capture's help supports every field the agent knows", async (t) => {
  for (const capture of captureNames()) {
    const sel = selectGpuFields(parseHelpQueryGpu(helpOf(capture)));
    t.equal(sel.query.length, GPU_FIELDS.length, `${capture}: all ${GPU_FIELDS.length} fields`);
    const core = new Set(selectGpuFields(null).canonical);
    t.ok(
      [...core].every((c) => sel.canonical.includes(c)),
      `${capture}: every core field is listed`,
    );
  }
});

t.test("selectGpuFields with a small supported set", async (t) => {
  t.same(selectGpuFields(new Set(["index", "name"])), { query: ["index", "name"], canonical: ["index", "name"] });
  t.same(selectGpuFields(new Set(["name", "index"])), { query: ["index", "name"], canonical: ["index", "name"] }, "order is GPU_FIELDS order, not the set's");
  t.same(
    selectGpuFields(new Set(["clocks_throttle_reasons.active", "retired_pages.dbe"])),
    {
      query: ["clocks_throttle_reasons.active", "retired_pages.dbe"],
      canonical: ["clocks_event_reasons.active", "retired_pages.double_bit.count"],
    },
    "an old driver listing only the aliases gets them queried under their canonical keys",
  );
  t.same(selectGpuFields(new Set()), { query: [], canonical: [] }, "an empty set selects nothing");
  t.same(selectGpuFields(new Set(["not.a.field"])), { query: [], canonical: [] });
});

t.test("GPU_FIELDS and COMPUTE_APP_FIELDS are well formed", async (t) => {
  const all = GPU_FIELDS.flatMap((s) => s.names);
  t.equal(new Set(all).size, all.length, "no name twice");
  t.equal(GPU_FIELDS.filter((s) => s.core).length, NOTES_CORE.length, "29 core fields");
  t.same([...COMPUTE_APP_FIELDS], ["gpu_uuid", "gpu_bus_id", "pid", "process_name", "used_gpu_memory"]);
  const appsHelp = captureSection(readFixture(`${PREFIX}h100-80gb-hbm3-drv590__full-capture.txt`), "nvidia-smi --help-query-compute-apps");
  for (const f of COMPUTE_APP_FIELDS) t.match(appsHelp, new RegExp(`^"${f.replace(/\./g, "\\.")}"`, "m"), `${f} is listed by --help-query-compute-apps`);
});
