// Building blocks of the dataset quality checker (quality.ts): format detection by magic bytes
// and file name, image dimensions from headers, cell type inference, a 64-bit row hash and a
// bounded duplicate counter, a bounded label counter. Everything here is pure and synchronous.
import { isUtf8 } from "node:buffer";

export type QualityFormat = "csv" | "tsv" | "jsonl" | "json" | "text" | "image" | "other";
export type ImageType = "png" | "jpeg" | "gif" | "webp" | "bmp" | "tiff";

export interface ImageInfo {
  type: ImageType;
  width?: number;
  height?: number;
}

// ---------------------------------------------------------------------------------------------
// Format detection

const EXTENSIONS: Record<string, QualityFormat> = {
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "json",
  txt: "text",
  text: "text",
  md: "text",
  log: "text",
};

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

/** The image type announced by the first bytes of a file, if any. */
export function imageTypeOf(head: Uint8Array): ImageType | undefined {
  const b = head;
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) {
    return "png";
  }
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.length >= 6 && ascii(b, 0, 6) === "GIF87a") return "gif";
  if (b.length >= 6 && ascii(b, 0, 6) === "GIF89a") return "gif";
  if (b.length >= 12 && ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP") return "webp";
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) {
    // "BM" alone is too weak (any text file may start with it): also require a known DIB header size.
    const dib = u32le(b, 14);
    if (dib === 12 || dib === 40 || dib === 52 || dib === 56 || dib === 64 || dib === 108 || dib === 124) return "bmp";
  }
  if (
    b.length >= 4 &&
    ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0x00) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0x00 && b[3] === 0x2a))
  ) {
    return "tiff";
  }
  return undefined;
}

/**
 * The format of a file from its first bytes and its name: images by magic bytes first, then the
 * extension, then a look at the content (binary → other, a first line that is a JSON object →
 * jsonl, `[`/`{` → json, otherwise text).
 */
export function detectFormat(path: string, head: Uint8Array, wholeFile: boolean): QualityFormat {
  if (imageTypeOf(head)) return "image";
  const byExt = EXTENSIONS[extensionOf(path)];
  if (byExt) return byExt;
  if (head.length === 0) return "other";
  if (head.includes(0)) return "other";
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  // A multi-byte character may be cut at the end of the sniffed bytes: judge up to the last newline.
  const nl = text.lastIndexOf(10);
  const judged = wholeFile || nl < 0 ? text : text.subarray(0, nl);
  if (!isUtf8Tolerant(judged, !wholeFile && nl < 0)) return "other";
  const s = judged.toString("utf8").replace(/^\uFEFF/, "");
  const first = s.trimStart();
  if (first.startsWith("{")) {
    const firstLine = first.slice(0, first.indexOf("\n") < 0 ? first.length : first.indexOf("\n")).trim();
    try {
      const v: unknown = JSON.parse(firstLine);
      if (v !== null && typeof v === "object" && !Array.isArray(v)) return "jsonl";
    } catch {
      // not one object per line
    }
    return "json";
  }
  if (first.startsWith("[")) return "json";
  return "text";
}

function isUtf8Tolerant(b: Buffer, mayBeCut: boolean): boolean {
  if (isUtf8(b)) return true;
  if (!mayBeCut) return false;
  for (let cut = 1; cut <= 3 && cut < b.length; cut++) if (isUtf8(b.subarray(0, b.length - cut))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Image headers

function ascii(b: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i] ?? 0);
  return s;
}
function u16le(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
}
function u16be(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) << 8) | (b[o + 1] ?? 0);
}
function u24le(b: Uint8Array, o: number): number {
  return (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16);
}
function u32le(b: Uint8Array, o: number): number {
  return ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;
}
function u32be(b: Uint8Array, o: number): number {
  return (((b[o] ?? 0) << 24) | ((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0)) >>> 0;
}

function sized(type: ImageType, width: number | undefined, height: number | undefined): ImageInfo {
  if (width === undefined || height === undefined || !(width > 0) || !(height > 0)) return { type };
  return { type, width, height };
}

/** Image type and, where the header holds them within `head`, width and height. */
export function imageInfo(head: Uint8Array): ImageInfo | undefined {
  const type = imageTypeOf(head);
  if (!type) return undefined;
  const b = head;
  switch (type) {
    case "png":
      // signature, then the IHDR chunk: length, "IHDR", width, height (big-endian)
      if (b.length >= 24 && ascii(b, 12, 16) === "IHDR") return sized(type, u32be(b, 16), u32be(b, 20));
      return { type };
    case "gif":
      return b.length >= 10 ? sized(type, u16le(b, 6), u16le(b, 8)) : { type };
    case "bmp": {
      if (u32le(b, 14) === 12) return b.length >= 22 ? sized(type, u16le(b, 18), u16le(b, 20)) : { type };
      if (b.length < 26) return { type };
      const w = u32le(b, 18) | 0;
      const h = u32le(b, 22) | 0; // negative: rows stored top-down
      return sized(type, Math.abs(w), Math.abs(h));
    }
    case "webp": {
      const chunk = b.length >= 16 ? ascii(b, 12, 16) : "";
      if (chunk === "VP8 " && b.length >= 30) return sized(type, u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
      if (chunk === "VP8L" && b.length >= 25 && b[20] === 0x2f) {
        const b1 = b[21] ?? 0;
        const b2 = b[22] ?? 0;
        const b3 = b[23] ?? 0;
        const b4 = b[24] ?? 0;
        return sized(type, 1 + (((b2 & 0x3f) << 8) | b1), 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6)));
      }
      if (chunk === "VP8X" && b.length >= 30) return sized(type, 1 + u24le(b, 24), 1 + u24le(b, 27));
      return { type };
    }
    case "jpeg":
      return jpegSize(b);
    case "tiff":
      return tiffSize(b);
  }
}

function jpegSize(b: Uint8Array): ImageInfo {
  let o = 2;
  while (o + 9 < b.length) {
    if (b[o] !== 0xff) return { type: "jpeg" };
    const marker = b[o + 1] ?? 0;
    if (marker === 0xff) {
      o++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      o += 2; // markers without a length
      continue;
    }
    // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC): precision, height, width
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sized("jpeg", u16be(b, o + 7), u16be(b, o + 5));
    }
    if (marker === 0xd9 || marker === 0xda) return { type: "jpeg" }; // end of image / start of scan before any frame header
    o += 2 + u16be(b, o + 2);
  }
  return { type: "jpeg" };
}

function tiffSize(b: Uint8Array): ImageInfo {
  const le = b[0] === 0x49;
  const u16 = (o: number) => (le ? u16le(b, o) : u16be(b, o));
  const u32 = (o: number) => (le ? u32le(b, o) : u32be(b, o));
  if (b.length < 8) return { type: "tiff" };
  const ifd = u32(4);
  if (ifd + 2 > b.length) return { type: "tiff" };
  const n = u16(ifd);
  let width: number | undefined;
  let height: number | undefined;
  for (let i = 0; i < n; i++) {
    const e = ifd + 2 + i * 12;
    if (e + 12 > b.length) break;
    const tag = u16(e);
    const kind = u16(e + 2);
    const value = kind === 3 ? u16(e + 8) : kind === 4 ? u32(e + 8) : undefined;
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return sized("tiff", width, height);
}

// ---------------------------------------------------------------------------------------------
// Cell types

/** Inferred column types, narrowest first; `empty` means no non-empty value was seen. */
export type ColumnType = "empty" | "boolean" | "integer" | "number" | "date" | "datetime" | "string" | "object" | "array";

/** Per-cell classification codes (indexes into a column's counters). */
export const T_EMPTY = 0;
export const T_MISSING = 1;
export const T_BOOLEAN = 2;
export const T_INTEGER = 3;
export const T_NUMBER = 4;
export const T_DATE = 5;
export const T_DATETIME = 6;
export const T_STRING = 7;
export const T_OBJECT = 8;
export const T_ARRAY = 9;
export const TYPE_SLOTS = 10;
export const TYPE_NAMES = ["empty", "missing", "boolean", "integer", "number", "date", "datetime", "string", "object", "array"] as const;

/** Tokens that mean "no value" in CSV/TSV (compared lower-case). */
const MISSING_TOKENS = new Set(["na", "n/a", "nan", "null", "none"]);

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days =
    month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** Value of the `n` ASCII digits at `at`, or -1 if one is not a digit. */
function digitsAt(v: string, at: number, n: number): number {
  let x = 0;
  for (let i = at; i < at + n; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    x = x * 10 + c;
  }
  return x;
}

/** Type code of an ISO date/datetime string, or T_STRING. Caller checked v[4] === "-". */
function dateCode(v: string): number {
  if (v.charCodeAt(7) !== 45) return T_STRING;
  const year = digitsAt(v, 0, 4);
  const month = digitsAt(v, 5, 2);
  const day = digitsAt(v, 8, 2);
  if (year < 0 || month < 0 || day < 0 || !validDate(year, month, day)) return T_STRING;
  const n = v.length;
  if (n === 10) return T_DATE;
  // THH:MM[:SS[.fraction]][Z|±HH[:]MM] (or a space instead of T)
  const sep = v.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || n < 16 || v.charCodeAt(13) !== 58) return T_STRING;
  const hh = digitsAt(v, 11, 2);
  const mm = digitsAt(v, 14, 2);
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return T_STRING;
  let i = 16;
  if (v.charCodeAt(i) === 58) {
    const ss = digitsAt(v, 17, 2);
    if (ss < 0 || ss > 60) return T_STRING;
    i = 19;
    if (v.charCodeAt(i) === 46) {
      const start = ++i;
      i = skipDigits(v, i);
      if (i === start || i - start > 9) return T_STRING;
    }
  }
  if (i === n) return T_DATETIME;
  const z = v.charCodeAt(i);
  if (z === 90) return i + 1 === n ? T_DATETIME : T_STRING;
  if (z !== 43 && z !== 45) return T_STRING;
  const oh = digitsAt(v, i + 1, 2);
  const colon = v.charCodeAt(i + 3) === 58 ? 1 : 0;
  const om = digitsAt(v, i + 3 + colon, 2);
  return oh >= 0 && oh <= 23 && om >= 0 && om <= 59 && i + 5 + colon === n ? T_DATETIME : T_STRING;
}

/**
 * T_INTEGER for `[+-]?digits`, T_NUMBER for a decimal/exponent number (`3.`, `.5`, `1e-3`),
 * otherwise -1. One pass over the characters (no regular expression on the hot path).
 */
function numericCode(v: string): number {
  const n = v.length;
  let i = 0;
  let c = v.charCodeAt(0);
  if (c === 43 || c === 45) i++;
  const intStart = i;
  i = skipDigits(v, i);
  const intDigits = i - intStart;
  if (i === n) return intDigits > 0 ? T_INTEGER : -1;
  let fracDigits = 0;
  if (v.charCodeAt(i) === 46) {
    const fracStart = ++i;
    i = skipDigits(v, i);
    fracDigits = i - fracStart;
  }
  if (intDigits + fracDigits === 0) return -1;
  if (i === n) return T_NUMBER;
  c = v.charCodeAt(i);
  if (c !== 101 && c !== 69) return -1;
  c = v.charCodeAt(++i);
  if (c === 43 || c === 45) i++;
  const expStart = i;
  i = skipDigits(v, i);
  return i === n && i > expStart ? T_NUMBER : -1;
}

/** Index of the first character at or after `i` that is not an ASCII digit. */
function skipDigits(v: string, i: number): number {
  let j = i;
  for (; j < v.length; j++) {
    const c = v.charCodeAt(j);
    if (c < 48 || c > 57) break;
  }
  return j;
}

/** Type code of a CSV/TSV cell (surrounding blanks ignored). */
export function classifyCell(raw: string): number {
  if (raw.length === 0) return T_EMPTY;
  let v = raw;
  if (v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32) {
    v = v.trim();
    if (v.length === 0) return T_EMPTY;
  }
  const c = v.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    const code = numericCode(v);
    if (code >= 0) return code;
    if (c >= 48 && c <= 57 && v.length >= 10 && v.charCodeAt(4) === 45) return dateCode(v);
    return T_STRING;
  }
  if (v.length <= 5) {
    const lower = v.toLowerCase();
    if (lower === "true" || lower === "false") return T_BOOLEAN;
    if (MISSING_TOKENS.has(lower)) return T_MISSING;
  }
  return T_STRING;
}

/** Type code of a JSON value: null is missing; strings are strings (or ISO dates), never numbers. */
export function classifyJson(v: unknown): number {
  if (v === null || v === undefined) return T_MISSING;
  switch (typeof v) {
    case "string": {
      if (v.length === 0) return T_EMPTY;
      const c = v.charCodeAt(0);
      if (c >= 48 && c <= 57 && v.length >= 10 && v.charCodeAt(4) === 45) return dateCode(v);
      return v.trim().length === 0 ? T_EMPTY : T_STRING;
    }
    case "number":
      return Number.isInteger(v) ? T_INTEGER : T_NUMBER;
    case "boolean":
      return T_BOOLEAN;
    default:
      return Array.isArray(v) ? T_ARRAY : T_OBJECT;
  }
}

/**
 * The widest type of a column from its counters: only integers → integer; integers and numbers →
 * number; only dates → date; dates and datetimes → datetime; one kind alone → that kind; any other
 * mix → string; nothing but empty/missing cells → empty.
 */
export function widestType(counts: ArrayLike<number>): ColumnType {
  const seen: number[] = [];
  for (let i = T_BOOLEAN; i < TYPE_SLOTS; i++) if ((counts[i] ?? 0) > 0) seen.push(i);
  if (seen.length === 0) return "empty";
  const only = (...codes: number[]) => seen.every((s) => codes.includes(s));
  if (seen.length === 1) return TYPE_NAMES[seen[0] as number] as ColumnType;
  if (only(T_INTEGER, T_NUMBER)) return "number";
  if (only(T_DATE, T_DATETIME)) return "datetime";
  return "string";
}

// ---------------------------------------------------------------------------------------------
// Row hashes and duplicates

/** Mixes the characters of `s` into the 64-bit state (h1, h2) (cyrb53-style multiply/xor). */
export class RowHash {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  reset(): void {
    this.h1 = 0xdeadbeef;
    this.h2 = 0x41c6ce57;
  }
  add(s: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }
  /** A separator that cannot be confused with any character (fields "a","b" ≠ "ab"). */
  separate(): void {
    this.h1 = Math.imul(this.h1 ^ 0x10001, 2654435761);
    this.h2 = Math.imul(this.h2 ^ 0x10001, 1597334677);
  }
  /** Final avalanche; returns [hi, lo]. */
  digest(): [number, number] {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return [h1 >>> 0, h2 >>> 0];
  }
}

/** Most distinct row hashes one file's duplicate counter remembers (table of 2^22 slots, 32 MiB). */
export const DUPLICATE_HASH_CAP = 3 * 2 ** 20;
const MAX_SLOTS = 2 ** 22;

/**
 * Counts rows whose 64-bit hash was seen before in the same file: an open-addressing table of
 * (hi, lo) pairs in one Uint32Array that grows from 64 Ki slots up to 2^22 slots (32 MiB) and
 * remembers at most DUPLICATE_HASH_CAP distinct hashes. Past the cap, new hashes are not
 * remembered (a duplicate of a row first seen after that is missed) and the count is flagged
 * approximate. Hash collisions (probability ≈ n²/2^65) could also count a distinct row as a
 * duplicate.
 */
export class DuplicateCounter {
  /** `cap` below DUPLICATE_HASH_CAP is for tests. */
  constructor(private readonly cap = DUPLICATE_HASH_CAP) {}
  private slots = 2 ** 16;
  private table = new Uint32Array(this.slots * 2);
  distinct = 0;
  duplicates = 0;
  capped = false;

  add(hi: number, lo: number): void {
    if (hi === 0 && lo === 0) lo = 1; // (0, 0) marks a free slot
    const mask = this.slots - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    const t = this.table;
    for (;;) {
      const a = t[i * 2];
      const b = t[i * 2 + 1];
      if (a === 0 && b === 0) break;
      if (a === hi && b === lo) {
        this.duplicates++;
        return;
      }
      i = (i + 1) & mask;
    }
    if (this.distinct >= this.cap) {
      this.capped = true;
      return;
    }
    t[i * 2] = hi;
    t[i * 2 + 1] = lo;
    this.distinct++;
    if (this.distinct * 4 > this.slots * 3 && this.slots < MAX_SLOTS) this.grow();
  }

  private grow(): void {
    const old = this.table;
    const oldSlots = this.slots;
    this.slots *= 2;
    this.table = new Uint32Array(this.slots * 2);
    const mask = this.slots - 1;
    for (let j = 0; j < oldSlots; j++) {
      const hi = old[j * 2] as number;
      const lo = old[j * 2 + 1] as number;
      if (hi === 0 && lo === 0) continue;
      let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
      while (this.table[i * 2] !== 0 || this.table[i * 2 + 1] !== 0) i = (i + 1) & mask;
      this.table[i * 2] = hi;
      this.table[i * 2 + 1] = lo;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Labels

/** Column names taken as the label, in order of preference (compared case-insensitively). */
export const LABEL_COLUMN_NAMES = ["label", "labels", "class", "target", "category"] as const;
/** Distinct label values counted exactly; values first seen after that count go to `untracked`. */
export const LABEL_DISTINCT_CAP = 10_000;
/** Label values reported by name; the rest are summed in `other`. */
export const LABEL_TOP = 100;
/** Label values longer than this are cut (with "…") before counting. */
export const LABEL_VALUE_MAX = 200;

/** Index of the preferred label-like name in `names`, or -1. */
export function labelColumnIndex(names: readonly string[]): number {
  for (const wanted of LABEL_COLUMN_NAMES) {
    const i = names.findIndex((n) => n.trim().toLowerCase() === wanted);
    if (i >= 0) return i;
  }
  return -1;
}

export function isLabelName(name: string): boolean {
  return (LABEL_COLUMN_NAMES as readonly string[]).includes(name.trim().toLowerCase());
}

export interface LabelReport {
  column: string;
  /** Values counted (one per row, or one per element of an array value). */
  total: number;
  /** Distinct values counted exactly (at most LABEL_DISTINCT_CAP). */
  distinct: number;
  /** Top LABEL_TOP values by count (ties by value). */
  values: { value: string; count: number }[];
  /** Everything not in `values`, including `untracked`. */
  other: number;
  /** Values whose first appearance came after LABEL_DISTINCT_CAP distinct values. */
  untracked: number;
  /** True when some values were untracked: then `values` may miss values and counts. */
  approximate: boolean;
}

export class LabelCounter {
  private readonly counts = new Map<string, number>();
  private total = 0;
  private untracked = 0;
  constructor(readonly column: string) {}

  add(value: string): void {
    const v = value.length > LABEL_VALUE_MAX ? `${value.slice(0, LABEL_VALUE_MAX)}…` : value;
    this.total++;
    const n = this.counts.get(v);
    if (n !== undefined) this.counts.set(v, n + 1);
    else if (this.counts.size < LABEL_DISTINCT_CAP) this.counts.set(v, 1);
    else this.untracked++;
  }

  report(): LabelReport {
    const all = [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const values = all.slice(0, LABEL_TOP).map(([value, count]) => ({ value, count }));
    const shown = values.reduce((s, v) => s + v.count, 0);
    return {
      column: this.column,
      total: this.total,
      distinct: this.counts.size,
      values,
      other: this.total - shown,
      untracked: this.untracked,
      approximate: this.untracked > 0,
    };
  }
}
