// Pure conversions of single nvidia-smi values. Missing is not zero: every spelling nvidia-smi
// uses for "no value" becomes undefined, never 0 (test/fixtures/nvidia/NOTES.md §2).

/** True for every way nvidia-smi says "no value": [N/A], [Not Supported], N/A, ERR!, "" ... */
export function isMissing(raw: string | undefined): boolean {
  if (raw === undefined) return true;
  const v = raw.trim();
  return (
    v === "" ||
    (v.startsWith("[") && v.endsWith("]")) || // [N/A], [Not Supported], [Unknown Error], ...
    v === "N/A" ||
    v === "ERR!" ||
    v === "Requested functionality has been deprecated"
  );
}

/** The text of a value, or undefined when missing. */
export function text(raw: string | undefined): string | undefined {
  return isMissing(raw) ? undefined : raw!.trim();
}

// A number optionally followed by its unit ("81559 MiB", "631.95 W", "100 %", "-5 C", "42").
const NUMBER_WITH_UNIT = /^(-?\d+(?:\.\d+)?)(?:\s*[A-Za-z%/()]+)?$/;

/** A decimal number with or without its unit; undefined when missing or not a number. */
export function number(raw: string | undefined): number | undefined {
  const v = text(raw);
  if (v === undefined) return undefined;
  const m = NUMBER_WITH_UNIT.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]);
  return Number.isFinite(n) ? n : undefined;
}

/** A non-negative integer (counters, indexes, MiB); undefined when missing or not one. */
export function count(raw: string | undefined): number | undefined {
  const n = number(raw);
  return n !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** A hex bitmask such as 0x00000000000001FF; undefined when missing or above 2^53. */
export function hexMask(raw: string | undefined): number | undefined {
  const v = text(raw);
  if (v === undefined || !/^0x[0-9a-fA-F]+$/.test(v)) return undefined;
  const n = BigInt(v);
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : undefined;
}

const TRUE_WORDS = new Set(["enabled", "yes", "active", "on"]);
const FALSE_WORDS = new Set(["disabled", "no", "not active", "off"]);

/** Enabled/Disabled, Yes/No, Active/Not Active; undefined when missing or anything else. */
export function flag(raw: string | undefined): boolean | undefined {
  const v = text(raw)?.toLowerCase();
  if (v === undefined) return undefined;
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return undefined;
}
