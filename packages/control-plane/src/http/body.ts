// JSON request bodies: size-limited, strictly parsed, always an object.
import type { Context } from "koa";
import { isStorableText } from "../domain/text.js";
import { AppError, invalid } from "../errors.js";

/** The largest request any endpoint needs is a few KiB; 1 MiB stops abuse early. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * The deepest nesting any endpoint needs is 3 (a body, an object of env, a list of ports); 32
 * leaves room for any future body, and every walk over a body (ours, JSON.stringify when it is
 * logged or stored, PostgreSQL's jsonb) stays far from a stack limit.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests arrays and objects deeper than `limit`, found by one pass over the
 * characters (no recursion, no parse): 100,000 levels fit in 200 KB, and a recursive walk of
 * them would overflow the stack. Brackets inside strings do not count.
 */
export function jsonNestingOver(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

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
  if (jsonNestingOver(text, MAX_JSON_DEPTH)) throw new AppError("INVALID_JSON", `body nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels`);
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
