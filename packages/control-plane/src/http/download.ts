// Sending a stored file: ETag (the content's SHA-256: the same bytes, the same tag, forever),
// If-None-Match → 304, a single Range (bytes=a-b, a-, -n) → 206 with Content-Range, an
// unsatisfiable one → 416, If-Range honoured. Multiple ranges are answered with the whole file
// (RFC 9110 allows ignoring Range).
import type { Context } from "koa";
import type { FileDownload } from "../services/platform/artifacts.js";

/** The one range asked for, "unsatisfiable", or undefined (the whole file). */
export function parseRange(header: string, size: number): { start: number; end: number } | "unsatisfiable" | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  if (m[1] === "") {
    const n = Number(m[2]);
    if (n === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

/** RFC 6266 filename: an ASCII fallback and the UTF-8 name. */
function disposition(path: string): string {
  const name = path.split("/").pop() ?? "file";
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function sendFile(ctx: Context, d: FileDownload): Promise<void> {
  const etag = `"${d.file.sha256}"`;
  ctx.set("ETag", etag);
  ctx.set("Accept-Ranges", "bytes");
  ctx.set("Cache-Control", "private, max-age=0, must-revalidate");
  ctx.set("X-Content-SHA256", d.file.sha256);
  const inm = ctx.get("if-none-match");
  if (inm?.split(",").some((t) => t.trim() === etag || t.trim() === "*")) {
    ctx.status = 304;
    return;
  }
  const ifRange = ctx.get("if-range");
  const rangeHeader = ctx.get("range");
  const range = rangeHeader && (!ifRange || ifRange === etag) ? parseRange(rangeHeader, d.file.size) : undefined;
  if (range === "unsatisfiable") {
    ctx.status = 416;
    ctx.set("Content-Range", `bytes */${d.file.size}`);
    ctx.body = { success: false, error: `the range ${rangeHeader.slice(0, 64)} is outside the file (${d.file.size} bytes)`, code: "RANGE_NOT_SATISFIABLE" };
    return;
  }
  ctx.type = "application/octet-stream";
  ctx.set("Content-Disposition", disposition(d.file.path));
  if (range) {
    ctx.status = 206;
    ctx.set("Content-Range", `bytes ${range.start}-${range.end}/${d.file.size}`);
    ctx.length = range.end - range.start + 1;
    ctx.body = d.file.size === 0 ? "" : await d.open(range);
    return;
  }
  ctx.status = 200;
  ctx.length = d.file.size;
  ctx.body = d.file.size === 0 ? "" : await d.open();
}
