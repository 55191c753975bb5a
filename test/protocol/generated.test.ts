// The committed generated code must be what the .proto files generate today.
import t from "tap";
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);
const pkg = fileURLToPath(new URL("../../packages/protocol/", import.meta.url));
const script = join(pkg, "scripts", "gen.mjs");

t.test("gen/ is up to date with proto/", async (t) => {
  const r = await run(process.execPath, [script, "--check"], { cwd: pkg });
  t.match(r.stdout, /up to date/);
});

t.test("the check fails when the generated code is stale", async (t) => {
  const stale = mkdtempSync(join(tmpdir(), "gen-stale-"));
  cpSync(join(pkg, "gen"), stale, { recursive: true });
  const js = join(stale, "proto.js");
  writeFileSync(js, readFileSync(js, "utf8").replace("Envelope.prototype.seq", "Envelope.prototype.sequence"));
  await t.rejects(run(process.execPath, [script, "--check", "--against", stale], { cwd: pkg }), { code: 1, stderr: /stale: gen\/proto.js/ });
});
