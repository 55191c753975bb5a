// pnpm bench:sessions [-- --agents 10000 --gpus 8 --seconds 60]
//
// Measures one control-plane replica holding many agent sessions: a real control-plane process
// (built code) on a real PostgreSQL, and N simulated agents in this process that speak the real
// protocol (Hello with a host credential and an 8-GPU inventory, then heartbeats and telemetry at
// the intervals the control plane hands out). Prints numbers; asserts nothing.
//
// Each agent is one socket on both sides: raise the open-file limit first (ulimit -n 65536).
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import pg from "pg";
import WebSocket from "ws";
import { decodeEnvelope, encodeEnvelope, PROTOCOL_VERSION, type pb } from "@remotegpu/protocol";
import { startEmbeddedPostgres } from "../packages/control-plane/src/db/embedded.js";

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    agents: { type: "string", default: "10000" },
    gpus: { type: "string", default: "8" },
    seconds: { type: "string", default: "60" },
    // Handshakes in flight at once while connecting (a fleet reconnecting after a restart).
    concurrency: { type: "string", default: "200" },
  },
});
const AGENTS = Number(opts.agents);
const GPUS = Number(opts.gpus);
const SECONDS = Number(opts.seconds);
const CONCURRENCY = Number(opts.concurrency);

const root = new URL("..", import.meta.url).pathname;
const SECRET = randomBytes(32).toString("base64url");

// One real load sample of an H100 (test/fixtures/nvidia/...h100-80gb-hbm3-drv590__query-gpu-load.csv)
function gpuSample(index: number): pb.GpuSampleInit {
  return {
    index,
    uuid: `GPU-${index}`,
    pciBusId: `00000000:${index.toString(16).padStart(2, "0")}:00.0`,
    utilizationGpuPct: 100,
    utilizationMemoryPct: 11,
    utilizationEncoderPct: 0,
    utilizationDecoderPct: 0,
    memoryTotalMib: 81559,
    memoryUsedMib: 19818,
    memoryFreeMib: 61263,
    memoryReservedMib: 479,
    temperatureGpuC: 59,
    temperatureMemoryC: 54,
    powerDrawW: 631.95,
    powerLimitW: 700,
    enforcedPowerLimitW: 700,
    smClockMhz: 1980,
    memClockMhz: 2619,
    graphicsClockMhz: 1980,
    maxSmClockMhz: 1980,
    pstate: "P0",
    throttleReasonsActive: 0,
    eccEnabled: true,
    eccCorrectedVolatile: 0,
    eccUncorrectedVolatile: 0,
    remappedRowsCorrectable: 0,
    remappedRowsUncorrectable: 0,
    remappedRowsPending: false,
    remappedRowsFailure: false,
    recoveryAction: "None",
    computeMode: "Default",
    persistenceMode: true,
  };
}
const inventory: pb.InventoryInit = {
  hostname: "bench",
  os: "Ubuntu 22.04",
  kernel: "5.15",
  arch: "x64",
  cpuCount: 128,
  cpuModel: "AMD EPYC",
  memoryTotalBytes: 2 ** 41,
  driverVersion: "590.48.01",
  cudaVersion: "13.1",
  gpus: Array.from({ length: GPUS }, (_, i) => ({
    index: i,
    uuid: `GPU-${i}`,
    name: "NVIDIA H100 80GB HBM3",
    memoryTotalMib: 81559,
    pciBusId: `00000000:${i.toString(16).padStart(2, "0")}:00.0`,
    migMode: 1,
  })),
};
const telemetryBody = (now: number): pb.TelemetryInit => ({
  collectedAtMs: now,
  host: { cpuUtilizationPct: 40, load_1m: 12, memoryTotalBytes: 2 ** 41, memoryUsedBytes: 2 ** 40 },
  gpus: Array.from({ length: GPUS }, (_, i) => gpuSample(i)),
  processes: [{ gpuUuid: "GPU-0", pciBusId: "00000000:00:00.0", pid: 4242, processName: "python", usedMemoryMib: 19000 }],
});

interface SimAgent {
  ws: WebSocket;
  seq: number;
  hb: number;
  tm: number;
  nextHb: number;
  nextTm: number;
  ready: boolean;
}

function procStats(pid: number): { rssMiB: number; cpuTicks: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return { rssMiB: rss, cpuTicks: Number(stat[11]) + Number(stat[12]) };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "remotegpu-bench-"));
  chmodSync(work, 0o711);
  const pgInst = await startEmbeddedPostgres(join(work, "pg"), 0, () => undefined);
  const db = new pg.Client({ connectionString: pgInst.url });
  await db.connect();
  await db.query("create database bench");
  await db.end();
  const dbUrl = pgInst.url.replace(/\/postgres$/, "/bench");

  // BENCH_NODE_ARGS, e.g. "--trace-gc", is passed to the control-plane process.
  const nodeArgs = (process.env["BENCH_NODE_ARGS"] ?? "").split(" ").filter(Boolean);
  const cp = spawn(process.execPath, [...nodeArgs, join(root, "packages/control-plane/dist/src/main.js")], {
    env: {
      PATH: process.env["PATH"],
      DATABASE_URL: dbUrl,
      PORT: "0",
      GRPC_PORT: "off",
      DATA_DIR: join(work, "cp"),
      ADMIN_TOKEN: "bench-admin-token-0123456789",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (nodeArgs.includes("--trace-gc"))
    createInterface({ input: cp.stdout! }).on(
      "line",
      (l) => /Mark-Compact|Scavenge/.test(l) && /\d{3,}\.\d ms|[2-9]\d\.\d ms/.test(l) && console.log(`gc: ${l.trim()}`),
    );
  const port = await new Promise<number>((resolve, reject) => {
    cp.once("exit", (c) => reject(new Error(`control plane exited ${c}`)));
    createInterface({ input: cp.stdout! }).on("line", (l) => {
      try {
        const j = JSON.parse(l) as { msg?: string; port?: number };
        if (j.msg === "remotegpu-control-plane listening") resolve(j.port!);
        else if (j.msg === "agent intervals changed") console.log(`control plane: ${l}`);
      } catch {
        /* ignore */
      }
    });
  });

  // Hosts enrolled directly in the database (enrollment is not what is measured).
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const hash = createHash("sha256").update(SECRET).digest();
  const ids = Array.from({ length: AGENTS }, (_, i) => `host-${i.toString(16).padStart(16, "0")}`);
  await c.query("insert into hosts (host_id, room_name, credential_hash, heartbeat_interval_ms) select unnest($1::text[]), 'bench', $2, 5000", [ids, hash]);

  const agents: SimAgent[] = [];
  let frames = 0;
  let bytes = 0;
  let closedEarly = 0;
  const send = (a: SimAgent, body: Omit<pb.EnvelopeInit, "seq" | "ack">) => {
    const buf = encodeEnvelope({ ...body, seq: ++a.seq });
    a.ws.send(buf);
    frames++;
    bytes += buf.length;
  };
  const connectOne = (hostId: string) =>
    new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/agent/v1`, { perMessageDeflate: false });
      const a: SimAgent = { ws, seq: 0, hb: 5000, tm: 10000, nextHb: 0, nextTm: 0, ready: false };
      ws.on("open", () => send(a, { hello: { protocolVersion: PROTOCOL_VERSION, agentVersion: "bench", credential: { hostId, secret: SECRET }, inventory } }));
      ws.on("message", (data) => {
        const env = decodeEnvelope(data as Buffer);
        const s = env.welcome?.settings ?? env.settings;
        if (s) {
          a.hb = s.heartbeatIntervalMs;
          a.tm = s.telemetryIntervalMs;
          const now = Date.now();
          // Spread the fleet over the interval, as real agents started at different times are.
          a.nextHb = now + Math.random() * a.hb;
          a.nextTm = now + Math.random() * a.tm;
        }
        if (env.body === "welcome") {
          a.ready = true;
          agents.push(a);
          resolve();
        }
      });
      ws.on("close", (code) => {
        if (a.ready) closedEarly++;
        else reject(new Error(`closed ${code} before Welcome`));
      });
      ws.on("error", () => undefined);
    });

  const cpStart = procStats(cp.pid!);
  const t0 = Date.now();
  let next = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        await connectOne(id).catch(() => failures++);
      }
    }),
  );
  const connectMs = Date.now() - t0;
  const afterConnect = procStats(cp.pid!);
  console.log(
    `connected ${agents.length}/${AGENTS} agents in ${(connectMs / 1000).toFixed(1)} s (${Math.round((agents.length / connectMs) * 1000)}/s), ${failures} failed; control plane RSS ${afterConnect.rssMiB.toFixed(0)} MiB, CPU ${((afterConnect.cpuTicks - cpStart.cpuTicks) / 100).toFixed(1)} s`,
  );

  // Steady state: heartbeats and telemetry at the handed-out intervals, from one shared ticker.
  const ticker = setInterval(() => {
    const now = Date.now();
    for (const a of agents) {
      if (a.ws.readyState !== a.ws.OPEN) continue;
      if (now >= a.nextHb) {
        send(a, { heartbeat: { agentTimeMs: now } });
        a.nextHb += a.hb;
      }
      if (now >= a.nextTm) {
        send(a, { telemetry: telemetryBody(now) });
        a.nextTm += a.tm;
      }
    }
  }, 50);
  const lat: number[] = [];
  const loopDelay: number[] = [];
  let unhealthy = 0;
  const steady0 = procStats(cp.pid!);
  const f0 = frames;
  const b0 = bytes;
  const s0 = Date.now();
  while (Date.now() - s0 < SECONDS * 1000) {
    const t = Date.now();
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    const health = (await res.json()) as { event_loop_delay_p99_ms: number };
    lat.push(Date.now() - t);
    if (res.status !== 200) unhealthy++;
    loopDelay.push(health.event_loop_delay_p99_ms);
    await new Promise((r) => setTimeout(r, 250));
  }
  const steadySec = (Date.now() - s0) / 1000;
  const steady1 = procStats(cp.pid!);
  clearInterval(ticker);
  lat.sort((x, y) => x - y);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))];
  const online = await c.query<{ n: string }>("select count(*) as n from hosts where status = 'online'");
  const fresh = await c.query<{ n: string }>("select count(*) as n from gpus where telemetry_at > now() - interval '60 seconds'");
  const stale = await c.query<{ s: number }>("select extract(epoch from max(now() - last_seen_at))::float8 as s from hosts");
  console.log(
    `steady state ${steadySec.toFixed(0)} s: ${Math.round((frames - f0) / steadySec)} frames/s, ${((bytes - b0) / steadySec / 1024 / 1024).toFixed(2)} MiB/s into the control plane`,
  );
  console.log(
    `control plane: CPU ${(((steady1.cpuTicks - steady0.cpuTicks) / 100 / steadySec) * 100).toFixed(0)} % of one core, RSS ${steady1.rssMiB.toFixed(0)} MiB (${((steady1.rssMiB * 1024) / Math.max(1, agents.length)).toFixed(0)} KiB per session)`,
  );
  console.log(
    `GET /healthz during the load: p50 ${pct(50)} ms, p99 ${pct(99)} ms, max ${lat[lat.length - 1]} ms, ${unhealthy} of ${lat.length} not 200; control-plane event-loop delay p99 per window: median ${[...loopDelay].sort((x, y) => x - y)[Math.floor(loopDelay.length / 2)]} ms, worst ${Math.max(...loopDelay)} ms`,
  );
  console.log(
    `database: ${online.rows[0]!.n}/${AGENTS} hosts online, ${fresh.rows[0]!.n} GPU rows with telemetry from the last 60 s, oldest last_seen_at ${Number(stale.rows[0]!.s).toFixed(1)} s ago; ${closedEarly} sessions closed by the control plane`,
  );

  for (const a of agents) a.ws.terminate();
  await c.end();
  cp.kill("SIGTERM");
  await new Promise((r) => cp.once("exit", r));
  await pgInst.stop();
  rmSync(work, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
