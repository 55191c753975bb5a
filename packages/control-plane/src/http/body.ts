// JSON request bodies: size-limited, strictly parsed, always an object.
import type { Context } from "koa";
import { isStorableText } from "../domain/text.js";
import { AppError, invalid } from "../errors.js";

/** The largest request any endpoint needs is a few KiB; 1 MiB stops abuse early. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The body as a JSON object, whatever Content-Type says: `curl -d '{...}'` (as the original GPU
 * cloud's examples are written) sends application/x-www-form-urlencoded.
 */
export async function readJsonObject(ctx: Context): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBodyText(ctx));
}

/** The body as text, at most MAX_BODY_BYTES. */
export async function readBodyText(ctx: Context): Promise<string> {
  const declared = Number(ctx.get("content-length") || "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `body over ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8").trim();
}

/** A JSON object (an empty body is {}), strictly parsed. */
export function parseJsonObject(text: string): Record<string, unknown> {
  if (text === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new AppError("INVALID_JSON", `body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalid("body must be a JSON object");
  const bad = unstorable(value, "");
  if (bad !== undefined) throw invalid(`${bad || "body"} contains a NUL character or a lone UTF-16 surrogate`);
  return value as Record<string, unknown>;
}

/** The path of the first string (key or value) PostgreSQL could not store, if any. */
function unstorable(v: unknown, at: string): string | undefined {
  if (typeof v === "string") return isStorableText(v) ? undefined : at;
  if (typeof v !== "object" || v === null) return undefined;
  for (const [k, x] of Object.entries(v)) {
    const here = at ? `${at}.${k.slice(0, 64)}` : k.slice(0, 64);
    if (!isStorableText(k)) return here;
    const found = unstorable(x, here);
    if (found !== undefined) return found;
  }
  return undefined;
}
