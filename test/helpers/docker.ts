// The Docker engine for tests: the one `pnpm test` started (TEST_DOCKER_HOST), or a private one
// for a file run alone. Plus inspect/exec helpers that go through the docker CLI, independent of
// the agent's own adapter.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import root from "tap";
import { buildTestImage, startDockerEngine, TEST_IMAGE } from "../../scripts/lib/docker-engine.js";

const run = promisify(execFile);
let own: Promise<string> | undefined;

export async function dockerHost(): Promise<string> {
  if (process.env["TEST_DOCKER_HOST"]) return process.env["TEST_DOCKER_HOST"];
  own ??= (async () => {
    const e = await startDockerEngine();
    root.teardown(() => e.stop());
    return e.host;
  })();
  return own;
}

export const testImage = (): string => process.env["TEST_IMAGE"] ?? TEST_IMAGE;

export async function docker(...args: string[]): Promise<string> {
  const r = await run("docker", ["-H", await dockerHost(), ...args], { maxBuffer: 16 * 1024 * 1024 });
  return r.stdout.trim();
}

export async function inspect(name: string): Promise<any | undefined> {
  try {
    return JSON.parse(await docker("inspect", name))[0];
  } catch {
    return undefined;
  }
}

export async function exec(name: string, script: string): Promise<string> {
  return docker("exec", name, "sh", "-c", script);
}

/** Containers and volumes of an instance, by name (the agent's naming). */
export async function instanceObjects(instanceId: string): Promise<{ containers: string[]; volumes: string[]; stateImages: string[] }> {
  const containers = (await docker("ps", "-a", "--filter", `label=io.remotegpu.instance=${instanceId}`, "--format", "{{.Names}}")).split("\n").filter(Boolean);
  const volumes = (await docker("volume", "ls", "--filter", `name=rgpu-${instanceId}`, "--format", "{{.Name}}")).split("\n").filter(Boolean);
  const stateImages = (await docker("images", `remotegpu-state/${instanceId.toLowerCase()}`, "--format", "{{.Repository}}:{{.Tag}}"))
    .split("\n")
    .filter(Boolean);
  return { containers, volumes, stateImages };
}

const built = new Map<string, Promise<string>>();

/**
 * Another busybox image for one kind of test (a command that ignores SIGTERM, a VOLUME), built
 * once per test process.
 */
export function extraImage(name: string, opts: { cmd?: string; changes?: string[] }): Promise<string> {
  const tag = `remotegpu-test/${name}:1`;
  let p = built.get(tag);
  if (!p) {
    p = dockerHost().then(async (host) => {
      await buildTestImage(host, tag, opts);
      return tag;
    });
    built.set(tag, p);
  }
  return p;
}

/** A container's events from the engine between sinceMs and now (action: "start", "kill", "commit"). */
export async function containerEvents(container: string, sinceMs: number, action?: string): Promise<{ action: string; attributes: Record<string, string> }[]> {
  const out = await docker(
    "events",
    "--since",
    (sinceMs / 1000).toFixed(3),
    "--until",
    (Date.now() / 1000).toFixed(3),
    "--filter",
    "type=container",
    "--filter",
    `container=${container}`,
    ...(action ? ["--filter", `event=${action}`] : []),
    "--format",
    "{{json .}}",
  );
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const e = JSON.parse(line);
      return { action: e.Action ?? e.status, attributes: e.Actor?.Attributes ?? {} };
    });
}

/** Tags of an image repository, sorted (empty when there is none). */
export async function imageTagsOf(repo: string): Promise<string[]> {
  return (await docker("images", repo, "--format", "{{.Tag}}")).split("\n").filter(Boolean).sort();
}
