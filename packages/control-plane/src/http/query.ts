import { invalid } from "../errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE } from "../services/hosts.js";
import { optionalInt } from "./params.js";

/** A query string as a plain object of single values (a repeated key is an error). */
export function singleValues(q: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) {
    if (Array.isArray(v)) throw invalid(`${k} must be given once`);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** `page` and `page_size` of a list request (query string or JSON body), with their defaults. */
export function pageParams(q: Record<string, unknown>): { page: number; pageSize: number } {
  return {
    page: optionalInt(q, "page", 1, MAX_PAGE) ?? 1,
    pageSize: optionalInt(q, "page_size", 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
  };
}

/** A yes/no filter of a query string: "true" or "false" (absent: no filter). */
export function queryBool(q: Record<string, string>, field: string): boolean | undefined {
  const v = q[field];
  if (v === undefined || v === "") return undefined;
  if (v === "true") return true;
  if (v === "false") return false;
  throw invalid(`${field} must be true or false`);
}
