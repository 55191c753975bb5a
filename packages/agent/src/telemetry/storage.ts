// Instance storage: the size of the file system that holds the Docker engine's data root, where
// instance containers (their writable layers) and volumes live. Placement compares it with the
// disks it hands out. Measured for every inventory; when it cannot be measured the inventory
// goes out without it and says why.
import { statfs } from "node:fs/promises";
import type { DockerEngine } from "../containers/docker.js";

/**
 * statfs of a local directory answers in microseconds; 5 s (like the host probes) bounds a data
 * root on a network mount that stopped answering.
 */
const STATFS_TIMEOUT_MS = 5000;

export type InstanceStorage = { bytes: number } | { error: string };

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Size of a path's file system (block size × blocks), exact in BigInt before it becomes a number. */
export async function fileSystemBytes(path: string, timeoutMs = STATFS_TIMEOUT_MS): Promise<number> {
  const s = await withTimeout(statfs(path, { bigint: true }), timeoutMs);
  const bytes = s.bsize * s.blocks;
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`${path}: size ${bytes} is beyond what is reported (2^53 bytes)`);
  return Number(bytes);
}

/**
 * The data root the engine reports, measured on this machine (the agent runs on the engine's
 * host). Never throws: a failure is an error text for the inventory.
 */
export async function instanceStorage(engine: Pick<DockerEngine, "dataRoot">): Promise<InstanceStorage> {
  let root: string;
  try {
    root = await engine.dataRoot();
  } catch (err) {
    return { error: `instance storage: cannot ask the engine for its data root: ${(err as Error).message}` };
  }
  try {
    return { bytes: await fileSystemBytes(root) };
  } catch (err) {
    return { error: `instance storage: cannot measure the engine's data root ${root}: ${(err as Error).message}` };
  }
}
