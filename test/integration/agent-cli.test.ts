// The agent binary's command line as an operator meets it: --help prints the options (from the
// same list the parser uses) and exits 0 touching nothing; unknown options and an unencrypted
// control plane off loopback exit 78 with a clear message.
import t from "tap";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { OPTIONS } from "../../packages/agent/src/config.js";
import { ROOT, tempDir } from "../helpers/processes.js";

const EX_CONFIG = 78;

function runAgent(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=remotegpu-source", "--import", "tsx", join(ROOT, "packages/agent/src/main.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code) => resolve({ code, out, err }));
  });
}

t.test("--help prints every option and exits 0, touching nothing", async (t) => {
  const dataDir = join(tempDir("agent-help"), "data");
  for (const args of [["--help"], ["-h"], ["--control-plane", "http://cp.example.com", "--data-dir", dataDir, "--help"]]) {
    const r = await runAgent(args);
    t.equal(r.code, 0, `${args.join(" ")}: exit 0`);
    t.match(r.out, /^usage: remotegpu-agent/);
    for (const o of OPTIONS) t.match(r.out, `--${o.flag}`, `lists --${o.flag}`);
  }
  t.notOk(existsSync(dataDir), "no data dir was made");
});

t.test("unknown options and an unencrypted remote control plane exit 78", async (t) => {
  const dataDir = tempDir("agent-cli");
  const unknown = await runAgent(["--control-plane", "https://cp.example.com", "--data-dir", dataDir, "--gpu-count", "4"]);
  t.equal(unknown.code, EX_CONFIG);
  t.match(unknown.err, /unknown option --gpu-count/);
  const plain = await runAgent(["--control-plane", "http://cp.example.com:8080", "--data-dir", dataDir, "--join-token", "rgjt_x"]);
  t.equal(plain.code, EX_CONFIG);
  t.match(plain.err, /not encrypted \(http:\/\/\) and not on loopback.*--insecure-transport/);
  t.notOk(existsSync(join(dataDir, "credential.json")), "nothing stored");
});
