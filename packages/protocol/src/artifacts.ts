// Dataset and model versions as agent and control plane both see them: a manifest of files
// (normalised relative paths, sizes, SHA-256) and its digest, which identifies the set.
import { createHash } from "node:crypto";

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
/** Where the agent serves artifacts from (HTTP, host credential). */
export const AGENT_ARTIFACTS_PATH = "/agent/v1/artifacts";
export const AGENT_BLOBS_PATH = "/agent/v1/blobs";
/** Where an agent PUTs a finished task's output files: {AGENT_TASKS_PATH}/{instance_id}/output/{sha256}. */
export const AGENT_TASKS_PATH = "/agent/v1/tasks";

/** SHA-256 over the sorted "path\0size\0sha256\n" lines: two versions with the same files have the same digest. */
export function manifestDigest(files: readonly ManifestFile[]): string {
  const h = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) h.update(`${f.path}\u0000${f.size}\u0000${f.sha256}\n`, "utf8");
  return h.digest("hex");
}

/**
 * Why a manifest path cannot be materialised safely (null: it can): relative, "/"-separated,
 * no "." or ".." or empty parts, no NUL or control characters, at most 1024 characters.
 */
export function manifestPathProblem(path: unknown): string | null {
  if (typeof path !== "string" || path.length === 0 || path.length > 1024) return "not a path of 1-1024 characters";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return "control characters or a backslash";
  if (path.startsWith("/")) return "absolute";
  if (path.split("/").some((s) => s === "" || s === "." || s === "..")) return "an empty, . or .. part";
  return null;
}
