// pnpm bench:lttb [-- --points 1000000 --downsample 1000 --no-e2e]
//
// Measures LTTB downsampling (packages/control-plane/src/domain/lttb.ts) on --points points of
// three shapes (a decaying loss with noise, a sine, random spikes), seven runs each, and then,
// unless --no-e2e, the whole route: an in-process control plane on an embedded PostgreSQL, a run
// fed --points metric rows (two metrics) through POST /api/runs/{id}/metrics in batches of
// 10,000, and GET /api/v2/experiments/{id}/metrics/fast?downsample=N timed five times. Prints
// numbers; asserts nothing.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { pino } from "pino";
import { startControlPlane } from "../packages/control-plane/src/app.js";
import { loadConfig } from "../packages/control-plane/src/config.js";
import { startEmbeddedPostgres } from "../packages/control-plane/src/db/embedded.js";
import { lttbIndices } from "../packages/control-plane/src/domain/lttb.js";

const { values: opts } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    points: { type: "string", default: "1000000" },
    downsample: { type: "string", default: "1000" },
    "no-e2e": { type: "boolean", default: false },
  },
});
const N = Number(opts.points);
const OUT = Number(opts.downsample);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

function pure(): void {
  const xs = new Float64Array(N);
  for (let i = 0; i < N; i++) xs[i] = i;
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const shapes: [string, (i: number) => number][] = [
    ["loss (decay + noise)", (i) => Math.exp(-i / (N / 5)) + rnd() * 0.05],
    ["sine", (i) => Math.sin(i / 5000)],
    ["spikes", () => (rnd() < 0.001 ? rnd() * 100 : rnd())],
  ];
  console.log(`LTTB, ${N.toLocaleString("en")} points → ${OUT}:`);
  for (const [name, f] of shapes) {
    const ys = new Float64Array(N);
    for (let i = 0; i < N; i++) ys[i] = f(i);
    const times: number[] = [];
    let kept = 0;
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      kept = lttbIndices(xs, ys, OUT).length;
      times.push(performance.now() - t0);
    }
    console.log(`  ${name.padEnd(22)} median ${fmt(median(times))}, min ${fmt(Math.min(...times))} (${kept} points kept)`);
  }
}

async function e2e(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "remotegpu-bench-lttb-"));
  chmodSync(work, 0o711);
  const pgInst = await startEmbeddedPostgres(join(work, "pg"), 0, () => undefined);
  try {
    const c = new pg.Client({ connectionString: pgInst.url });
    await c.connect();
    await c.query("create database bench");
    await c.end();
    const admin = "bench-admin-token-0123456789";
    const config = loadConfig({
      DATABASE_URL: pgInst.url.replace(/\/postgres$/, "/bench"),
      PORT: "0",
      GRPC_PORT: "off",
      DATA_DIR: join(work, "cp"),
      ADMIN_TOKEN: admin,
      PASSWORD_SCRYPT_LOG_N: "14",
      TRACKING_RATE_PER_MIN: "1000000",
      TRACKING_V2_RATE_PER_MIN: "1000000",
      TRACKING_INGEST_RATE_PER_MIN: "1000000",
    });
    const cp = await startControlPlane(config, admin, pino({ level: "silent" }));
    try {
      const url = `http://127.0.0.1:${cp.httpPort}`;
      const call = async (method: string, path: string, body: unknown, token: string) => {
        const res = await fetch(url + path, {
          method,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
        return JSON.parse(text) as any;
      };
      await call("POST", "/admin/users", { username: "bench", password: "bench-password-long" }, admin);
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "bench", password: "bench-password-long" }),
      });
      const token = ((await login.json()) as any).data.access_token as string;
      const id = (await call("POST", "/api/runs", { project: "bench", name: `${N} rows` }, token)).data.id as string;
      const t0 = performance.now();
      for (let start = 0; start < N; start += 10_000) {
        const rows = [];
        for (let s = start; s < Math.min(N, start + 10_000); s++)
          rows.push({ step: s, loss: Math.exp(-s / (N / 5)) + (s % 97) / 2000, acc: 1 - Math.exp(-s / (N / 3)) });
        await call("POST", `/api/runs/${id}/metrics`, { rows }, token);
      }
      const ingestS = (performance.now() - t0) / 1000;
      console.log(`\nEnd to end (in-process control plane, embedded PostgreSQL):`);
      console.log(
        `  ingest ${N.toLocaleString("en")} rows in batches of 10,000: ${ingestS.toFixed(1)} s (${Math.round(N / ingestS).toLocaleString("en")} rows/s)`,
      );
      const times: number[] = [];
      let body: any;
      for (let r = 0; r < 5; r++) {
        const t1 = performance.now();
        body = await call("GET", `/api/v2/experiments/${id}/metrics/fast?downsample=${OUT}`, undefined, token);
        times.push(performance.now() - t1);
      }
      const kept = Object.entries(body.metrics as Record<string, unknown[]>)
        .map(([k, v]) => `${k}: ${v.length}`)
        .join(", ");
      console.log(
        `  GET /api/v2/experiments/{id}/metrics/fast?downsample=${OUT} (2 metrics × ${N.toLocaleString("en")} points): median ${fmt(median(times))}, min ${fmt(Math.min(...times))} (${kept})`,
      );
    } finally {
      await cp.stop();
    }
  } finally {
    await pgInst.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

pure();
if (!opts["no-e2e"]) await e2e();
