// A private Docker engine for tests: Debian's dockerd with its own data, exec root and socket,
// vfs storage, no bridge and no iptables (test containers use --network none). Test images are
// built with `docker import` from a busybox root file system (no registry is reachable).
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface DockerEngine {
  host: string; // unix:///…/docker.sock
  /** The busybox test image (sh, sleep, coreutils applets). */
  image: string;
  stop(): Promise<void>;
}

/** A tiny image whose default command waits for SIGTERM (so `docker stop` is quick). */
export const TEST_IMAGE = "remotegpu-test/busybox:1";
const APPLETS = [
  "sh",
  "ls",
  "cat",
  "echo",
  "sleep",
  "mkdir",
  "rm",
  "touch",
  "env",
  "id",
  "ps",
  "date",
  "true",
  "false",
  "grep",
  "wc",
  "head",
  "tail",
  "sed",
  "kill",
  "chpasswd",
  "passwd",
  "stat",
  "test",
  "[",
];

async function waitForSocket(host: string, child: ChildProcess, log: () => string): Promise<void> {
  // dockerd starts its containerd first: a few seconds on a cold machine; 60 s is generous.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`dockerd exited (${child.exitCode}):\n${log()}`);
    try {
      await run("docker", ["-H", host, "version", "--format", "{{.Server.Version}}"], { timeout: 5000 });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`dockerd did not answer within 60 s:\n${log()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** The default command: sleeps, and exits at once on SIGTERM like a well-behaved service. */
const DEFAULT_CMD = 'trap "exit 0" TERM; while true; do sleep 1; done';

/**
 * Builds a busybox image. `cmd` replaces the default command; `changes` are more Dockerfile
 * instructions for `docker import -c` (VOLUME, ENV, LABEL).
 */
export async function buildTestImage(host: string, tag = TEST_IMAGE, opts: { cmd?: string; changes?: string[] } = {}): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "rg-busybox-"));
  try {
    for (const d of ["bin", "etc", "root", "tmp", "proc", "sys", "dev", "var/run"]) mkdirSync(join(root, d), { recursive: true });
    const busybox = ["/usr/bin/busybox", "/bin/busybox"].find((p) => existsSync(p));
    if (!busybox) throw new Error("busybox is not installed (apt-get install busybox-static)");
    copyFileSync(busybox, join(root, "bin", "busybox"));
    chmodSync(join(root, "bin", "busybox"), 0o755);
    for (const a of APPLETS) symlinkSync("busybox", join(root, "bin", a));
    writeFileSync(join(root, "etc", "passwd"), "root:x:0:0:root:/root:/bin/sh\n");
    writeFileSync(join(root, "etc", "group"), "root:x:0:\n");
    writeFileSync(join(root, "etc", "shadow"), "root::0:0:99999:7:::\n");
    const tar = spawn("tar", ["-C", root, "-c", "."], { stdio: ["ignore", "pipe", "inherit"] });
    const changes = [`CMD ["/bin/sh","-c",${JSON.stringify(opts.cmd ?? DEFAULT_CMD)}]`, ...(opts.changes ?? [])].flatMap((c) => ["-c", c]);
    const imp = spawn("docker", ["-H", host, "import", ...changes, "-", tag], { stdio: ["pipe", "ignore", "pipe"] });
    tar.stdout.pipe(imp.stdin);
    let err = "";
    imp.stderr.on("data", (d) => (err += String(d)));
    const code = await new Promise<number | null>((r) => imp.on("close", r));
    if (code !== 0) throw new Error(`docker import failed: ${err}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export async function startDockerEngine(): Promise<DockerEngine> {
  // Short paths: containerd's sockets live under the exec root and unix socket paths are
  // limited to 108 bytes.
  const dir = mkdtempSync(join(tmpdir(), "rgd-"));
  const host = `unix://${join(dir, "docker.sock")}`;
  let output = "";
  const child = spawn(
    "dockerd",
    [
      "--data-root",
      join(dir, "data"),
      "--exec-root",
      join(dir, "x"),
      "--pidfile",
      join(dir, "docker.pid"),
      "--storage-driver",
      "vfs",
      "--bridge=none",
      "--iptables=false",
      "--ip6tables=false",
      "-H",
      host,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const keep = (d: Buffer) => {
    output = (output + String(d)).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  await waitForSocket(host, child, () => output);
  await buildTestImage(host);
  return {
    host,
    image: TEST_IMAGE,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const t = setTimeout(() => child.kill("SIGKILL"), 20_000);
        await new Promise((r) => child.once("exit", r));
        clearTimeout(t);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
