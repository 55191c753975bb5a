// The paths of a dataset's or model's files: relative, normalised, and unable to escape wherever
// they are materialised (a host cache, a container mount, a download's file name).
// Rules: UTF-8 text without NUL or control characters; "/" separated ("\" is refused, not
// guessed at); no absolute paths, no drive letters, no "." or ".." segments, no empty segments
// (a trailing or doubled "/"); each segment at most 255 bytes, the whole at most 1024
// characters; unique within a version after normalisation (Unicode NFC).
import { createHash } from "node:crypto";

export const MAX_PATH_CHARS = 1024;
const MAX_SEGMENT_BYTES = 255;
/** The most files one version may list (a bound on one request and one listing's work). */
export const MAX_FILES_PER_VERSION = 100_000;

/** The normalised path, or why it is refused. */
export function normalizePath(raw: unknown): { path: string } | { problem: string } {
  if (typeof raw !== "string" || raw.length === 0) return { problem: "a path must be a non-empty string" };
  if (raw.length > MAX_PATH_CHARS) return { problem: `a path must be at most ${MAX_PATH_CHARS} characters` };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { problem: "a path must not contain NUL or control characters" };
  if (raw.includes("\\")) return { problem: 'a path uses "/" between its parts, not "\\"' };
  if (raw.startsWith("/") || /^[A-Za-z]:/.test(raw)) return { problem: "a path must be relative (no leading / or drive letter)" };
  if (/[\ud800-\udfff]/.test(raw.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))) return { problem: "a path must be valid Unicode" };
  const path = raw.normalize("NFC");
  const segments = path.split("/");
  for (const s of segments) {
    if (s === "") return { problem: "a path must not have empty parts (a doubled or trailing /)" };
    if (s === "." || s === "..") return { problem: 'a path must not contain "." or ".." parts' };
    if (Buffer.byteLength(s, "utf8") > MAX_SEGMENT_BYTES) return { problem: `each part of a path must be at most ${MAX_SEGMENT_BYTES} bytes` };
  }
  return { path };
}

export interface VersionFile {
  path: string;
  size: number;
  digest: string;
}

/** SHA-256 over the sorted "path\0size\0digest\n" lines: two versions with the same files have the same digest. */
export function fileSetDigest(files: readonly VersionFile[]): string {
  const h = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) h.update(`${f.path}\u0000${f.size}\u0000${f.digest}\n`, "utf8");
  return h.digest("hex");
}

export const DIGEST_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Problems of a set of normalised paths: duplicates, and a path that is both a file and a
 * directory ("a" and "a/b"), which no file system can hold.
 */
export function fileSetProblems(paths: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (seen.has(p)) problems.push(`${p.slice(0, 128)} is given twice`);
    seen.add(p);
  }
  for (const p of seen) {
    const parts = p.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      if (seen.has(dir)) {
        problems.push(`${dir.slice(0, 128)} is a file and also a directory of ${p.slice(0, 128)}`);
        break;
      }
    }
  }
  return problems.slice(0, 20);
}
