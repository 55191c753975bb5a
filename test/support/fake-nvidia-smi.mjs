#!/usr/bin/env node
// A stand-in for `nvidia-smi` that replays a real capture from test/fixtures/nvidia, so the
// real agent process can run against real output on machines without a GPU.
//
// Environment:
//   FAKE_NVIDIA_SMI_CAPTURE  capture name, e.g. "h100-80gb-hbm3-drv590", "l40s-drv595",
//                            "h100-mig-drv590" (the utkuozdemir__nvidia_gpu_exporter__* files)
//   FAKE_NVIDIA_SMI_STATE    "load" (default) or "idle": which half of the capture to replay
//   FAKE_NVIDIA_SMI_GPUS     N > 1 repeats the captured GPU N times as GPUs 0..N-1, each with
//                            its own index, UUID and PCI bus id (the captures are single-GPU);
//                            every measured value stays the captured one
//   FAKE_NVIDIA_SMI_MODE     "ok" (default), "fail" (driver not loaded: the real message, exit
//                            9), "hang" (never answers), "garbage" (prints noise, exit 0)
//   FAKE_NVIDIA_SMI_FAIL_ON  comma list of commands that fail while the others work:
//                            query-gpu, query-compute-apps, list, help-query-gpu
//   FAKE_NVIDIA_SMI_CONTROL  path of a JSON file read on every call whose keys (capture, state,
//                            gpus, mode, failOn) override the variables above, so a test can
//                            change the behaviour of a running agent
//
// Supported calls: --query-gpu=<fields> --format=csv[,noheader][,nounits]; -L / --list-gpus;
// --query-compute-apps=<fields> --format=...; --help-query-gpu; --version; no arguments (table).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "nvidia");
const PREFIX = "utkuozdemir__nvidia_gpu_exporter__";

function settings() {
  const s = {
    capture: process.env.FAKE_NVIDIA_SMI_CAPTURE ?? "h100-80gb-hbm3-drv590",
    state: process.env.FAKE_NVIDIA_SMI_STATE ?? "load",
    gpus: Number(process.env.FAKE_NVIDIA_SMI_GPUS ?? "1"),
    mode: process.env.FAKE_NVIDIA_SMI_MODE ?? "ok",
    failOn: (process.env.FAKE_NVIDIA_SMI_FAIL_ON ?? "").split(",").filter(Boolean),
  };
  const control = process.env.FAKE_NVIDIA_SMI_CONTROL;
  if (control && existsSync(control)) Object.assign(s, JSON.parse(readFileSync(control, "utf8")));
  return s;
}

function readCapture(name, suffix) {
  const file = join(FIXTURES, `${PREFIX}${name}__${suffix}`);
  if (!existsSync(file)) {
    process.stderr.write(`fake-nvidia-smi: no capture file ${file}\n`);
    process.exit(70);
  }
  return readFileSync(file, "utf8");
}

/** Sections of a full capture, keyed "group :: name" (e.g. "capabilities :: help-query-gpu"). */
function sections(full) {
  const out = new Map();
  const lines = full.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^# (\S+ :: .+?)\s*$/.exec(lines[i]);
    if (!m || !lines[i - 1]?.startsWith("####")) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j].startsWith("####")) j++; // "# $ cmd" lines, then ####
    let k = j + 1;
    while (k < lines.length && !lines[k].startsWith("####")) k++;
    out.set(
      m[1],
      lines
        .slice(j + 1, k)
        .join("\n")
        .replace(/\n+$/, "\n"),
    );
    i = k - 1;
  }
  return out;
}

function section(s, key) {
  const v = sections(readCapture(s.capture, "full-capture.txt")).get(key);
  if (v === undefined) {
    process.stderr.write(`fake-nvidia-smi: capture ${s.capture} has no section "${key}"\n`);
    process.exit(70);
  }
  return v;
}

// GPU i of a replicated capture: distinct index, UUID (last group) and PCI bus number.
function uuidFor(uuid, i) {
  if (i === 0) return uuid;
  const hex = i.toString(16).padStart(12, "0");
  return uuid.replace(/[0-9a-fA-F]{12}(?=\)?$)/, hex);
}
function busIdFor(busId, i) {
  if (i === 0) return busId;
  return busId.replace(
    /^([0-9A-Fa-f]+):([0-9A-Fa-f]{2}):/,
    (_m, dom, bus) => `${dom}:${((parseInt(bus, 16) + i * 16) % 256).toString(16).toUpperCase().padStart(2, "0")}:`,
  );
}

function helpAliases(s) {
  // "name" or "gpu_name"  → both names map to the same column
  const alias = new Map();
  for (const line of section(s, "capabilities :: help-query-gpu").split("\n")) {
    if (!line.startsWith('"')) continue;
    const names = [...line.matchAll(/"([A-Za-z0-9_.]+)"/g)].map((m) => m[1]);
    for (const n of names) alias.set(n, names);
  }
  return alias;
}

function parseFormat(args) {
  const f = args.find((a) => a.startsWith("--format="));
  const opts = (f ? f.slice("--format=".length) : "csv").split(",");
  return { header: !opts.includes("noheader"), units: !opts.includes("nounits") };
}

function stripUnit(value, unit) {
  if (!unit) return value;
  return value.endsWith(` ${unit}`) ? value.slice(0, -unit.length - 1) : value;
}

function queryGpu(s, fieldsArg, args) {
  const fmt = parseFormat(args);
  const [headerLine, ...rows] = readCapture(s.capture, `query-gpu-${s.state}.csv`).split("\n").filter(Boolean);
  const header = headerLine.split(", ").map((h) => {
    const m = /^(.*?)(?: \[(.+)\])?$/.exec(h);
    return { name: m[1], unit: m[2] };
  });
  const values = rows[0].split(", ");
  const alias = helpAliases(s);
  const requested = fieldsArg.split(",").filter(Boolean);
  const columns = requested.map((name) => {
    const names = alias.get(name);
    if (!names) {
      process.stdout.write(`Field "${name}" is not a valid field to query.\n\n`);
      process.exit(2);
    }
    const col = header.findIndex((h) => names.includes(h.name));
    return { name, col, unit: col >= 0 ? header[col].unit : undefined };
  });
  const out = [];
  if (fmt.header) out.push(columns.map((c) => (c.unit ? `${c.name} [${c.unit}]` : c.name)).join(", "));
  for (let i = 0; i < s.gpus; i++) {
    out.push(
      columns
        .map((c) => {
          let v = c.col >= 0 ? values[c.col] : "[N/A]";
          const n = header[c.col]?.name;
          if (n === "index") v = String(i);
          if (n === "uuid") v = uuidFor(v, i);
          if (n === "pci.bus_id") v = busIdFor(v, i);
          if (n === "count") v = String(s.gpus);
          return fmt.units ? v : stripUnit(v, c.unit);
        })
        .join(", "),
    );
  }
  return out.join("\n") + "\n";
}

function listGpus(s) {
  const text = readCapture(s.capture, "list-L.txt");
  const out = [];
  for (let i = 0; i < s.gpus; i++) {
    let mig = 0;
    for (const line of text.split("\n").filter(Boolean)) {
      out.push(
        line.startsWith("GPU ")
          ? line.replace(/^GPU \d+:/, `GPU ${i}:`).replace(/\(UUID: ([^)]+)\)/, (_m, u) => `(UUID: ${uuidFor(u, i)})`)
          : line.replace(/\(UUID: ([^)]+)\)/, (_m, u) => `(UUID: ${i === 0 ? u : uuidFor(u, i * 256 + mig++)})`),
      );
    }
  }
  return out.join("\n") + "\n";
}

function queryComputeApps(s, fieldsArg, args) {
  const fmt = parseFormat(args);
  const captured = s.state === "load" ? readCapture(s.capture, "query-compute-apps-load.csv") : section(s, "idle :: query-compute-apps (per-process)");
  const [headerLine, ...rows] = captured.split("\n").filter(Boolean);
  const header = headerLine.split(", ").map((h) => {
    const m = /^(.*?)(?: \[(.+)\])?$/.exec(h);
    return { name: m[1], unit: m[2] };
  });
  const nameCol = header.findIndex((h) => h.name === "process_name");
  const requested = fieldsArg.split(",").filter(Boolean);
  const known = new Set(header.map((h) => h.name));
  for (const r of requested) {
    if (!known.has(r)) {
      process.stdout.write(`Field "${r}" is not a valid field to query.\n\n`);
      process.exit(2);
    }
  }
  const out = [];
  if (fmt.header)
    out.push(
      requested
        .map((r) => {
          const h = header.find((x) => x.name === r);
          return h.unit ? `${r} [${h.unit}]` : r;
        })
        .join(", "),
    );
  for (const row of rows) {
    let cells = row.split(", ");
    if (cells.length > header.length) {
      // a process name containing ", "
      const after = header.length - nameCol - 1;
      cells = [...cells.slice(0, nameCol), cells.slice(nameCol, cells.length - after).join(", "), ...cells.slice(cells.length - after)];
    }
    out.push(
      requested
        .map((r) => {
          const i = header.findIndex((h) => h.name === r);
          return fmt.units ? cells[i] : stripUnit(cells[i], header[i].unit);
        })
        .join(", "),
    );
  }
  return out.length ? out.join("\n") + "\n" : "";
}

function fail(message, code) {
  process.stdout.write(message + "\n");
  process.exit(code);
}

const s = settings();
const args = process.argv.slice(2);
const command = args.find((a) => a.startsWith("--query-gpu="))
  ? "query-gpu"
  : args.find((a) => a.startsWith("--query-compute-apps="))
    ? "query-compute-apps"
    : args.includes("-L") || args.includes("--list-gpus")
      ? "list"
      : args.includes("--help-query-gpu")
        ? "help-query-gpu"
        : args.includes("--version")
          ? "version"
          : args.length === 0
            ? "table"
            : "unknown";

if (s.mode === "hang") setInterval(() => {}, 1 << 30);
else if (s.mode === "fail" || s.failOn.includes(command)) {
  fail("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.", 9);
} else if (s.mode === "garbage") {
  process.stdout.write("\u0000\u0007 segfault? 12, , ,\nnot, csv\n");
} else {
  const arg = (p) => args.find((a) => a.startsWith(p)).slice(p.length);
  switch (command) {
    case "query-gpu":
      process.stdout.write(queryGpu(s, arg("--query-gpu="), args));
      break;
    case "query-compute-apps":
      process.stdout.write(queryComputeApps(s, arg("--query-compute-apps="), args));
      break;
    case "list":
      process.stdout.write(listGpus(s));
      break;
    case "help-query-gpu":
      process.stdout.write(section(s, "capabilities :: help-query-gpu"));
      break;
    case "version":
      process.stdout.write(section(s, "capabilities :: version"));
      break;
    case "table":
      process.stdout.write(section(s, `${s.state} :: nvidia-smi (default table)`));
      break;
    default:
      fail(`Invalid combination of input arguments. Please run 'nvidia-smi -h' for help.`, 2);
  }
}
