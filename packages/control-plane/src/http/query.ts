import { invalid } from "../errors.js";

/** A query string as a plain object of single values (a repeated key is an error). */
export function singleValues(q: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) {
    if (Array.isArray(v)) throw invalid(`${k} must be given once`);
    if (v !== undefined) out[k] = v;
  }
  return out;
}
