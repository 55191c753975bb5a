// Typed reading of request fields. Every error names the field. Integers also accept numeric
// strings ("num": "1"), as the original GPU cloud's examples send them (SPEC §6).
import { MoneyError, parseMoney } from "../domain/money.js";
import { invalid } from "../errors.js";

type Source = Record<string, unknown>;

export function optionalString(src: Source, field: string, maxLength = 256): string | undefined {
  const v = src[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw invalid(`${field} must be a string`);
  if (v.length > maxLength) throw invalid(`${field} must be at most ${maxLength} characters`);
  return v;
}

export function requiredString(src: Source, field: string, maxLength = 256): string {
  const v = optionalString(src, field, maxLength);
  if (v === undefined || v === "") throw invalid(`${field} is required`);
  return v;
}

export function optionalInt(src: Source, field: string, min: number, max: number): number | undefined {
  const v = src[field];
  if (v === undefined || v === null || v === "") return undefined;
  let n: number;
  if (typeof v === "number") n = v;
  else if (typeof v === "string" && /^-?\d{1,16}$/.test(v.trim())) n = Number(v.trim());
  else throw invalid(`${field} must be an integer`);
  if (!Number.isSafeInteger(n)) throw invalid(`${field} must be an integer`);
  if (n < min || n > max) throw invalid(`${field} must be from ${min} to ${max}`);
  return n;
}

// 2026-11-21, 2026-11-21T12:00:00Z, 2026-11-21T12:00:00.123+08:00: four-digit years only, so
// that every accepted value is also a PostgreSQL timestamptz.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function optionalDate(src: Source, field: string): Date | undefined {
  const v = optionalString(src, field, 64);
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (!ISO_8601.test(v) || Number.isNaN(d.getTime())) throw invalid(`${field} must be an ISO 8601 date-time such as 2026-11-21T12:00:00Z`);
  return d;
}

/** A money amount as a decimal string ("100.00") → minor units. */
export function requiredMoney(src: Source, field: string): number {
  try {
    return parseMoney(src[field], field);
  } catch (err) {
    if (err instanceof MoneyError) throw invalid(src[field] === undefined ? `${field} is required` : err.message);
    throw err;
  }
}

export function optionalMoney(src: Source, field: string): number | undefined {
  return src[field] === undefined ? undefined : requiredMoney(src, field);
}

export function requiredInt(src: Source, field: string, min: number, max: number): number {
  const v = optionalInt(src, field, min, max);
  if (v === undefined) throw invalid(`${field} is required`);
  return v;
}

/** true/false, also "true"/"false" and 1/0 as form-minded clients send them. */
export function optionalBool(src: Source, field: string): boolean | undefined {
  const v = src[field];
  if (v === undefined || v === null || v === "") return undefined;
  if (v === true || v === "true" || v === 1 || v === "1") return true;
  if (v === false || v === "false" || v === 0 || v === "0") return false;
  throw invalid(`${field} must be true or false`);
}
