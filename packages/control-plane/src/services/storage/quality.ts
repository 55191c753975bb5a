// Dataset quality checker (issue 12, "Quality checks"): a pure, streaming library. Given files
// (a path, a size and a way to open a byte stream) it reads each one chunk by chunk and reports
// the format, rows, columns with inferred types, empty/missing cells, duplicate rows, malformed
// lines with their line numbers, the label distribution and unreadable files. No database, no
// HTTP; memory is bounded whatever the size of a file (see the caps below and
// docs/quality-report.md). The report is plain JSON with sorted keys: checking the same files
// again gives byte-identical JSON.
import { isUtf8 } from "node:buffer";
import {
  type ColumnType,
  classifyCell,
  classifyJson,
  DuplicateCounter,
  detectFormat,
  type ImageInfo,
  imageInfo,
  isLabelName,
  LabelCounter,
  type LabelReport,
  labelColumnIndex,
  type QualityFormat,
  RowHash,
  T_EMPTY,
  T_MISSING,
  TYPE_NAMES,
  TYPE_SLOTS,
  widestType,
} from "./quality-formats.js";

export type { ColumnType, ImageInfo, LabelReport, QualityFormat } from "./quality-formats.js";
export { DUPLICATE_HASH_CAP, LABEL_COLUMN_NAMES, LABEL_DISTINCT_CAP, LABEL_TOP } from "./quality-formats.js";

export interface QualityInputFile {
  path: string;
  size: number;
  open(): Promise<NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>>;
}

export interface QualityOptions {
  mode: "full" | "quick";
  /** Rows read per file in quick mode (default 1000). */
  quickRows?: number;
}

/** Malformed lines listed per file; the count covers all of them. */
export const MALFORMED_LIST_CAP = 100;
/** Columns tracked per JSONL/JSON file; further keys are counted in `columns_untracked`. */
export const COLUMN_CAP = 1000;
/** A physical line longer than this is reported malformed and skipped without being held. */
export const MAX_LINE_BYTES = 16 * 2 ** 20;
/** A CSV/TSV record (a quoted field may span lines) longer than this is reported and dropped. */
export const MAX_RECORD_CHARS = 2 ** 20;
/** A JSON (not JSON Lines) file is parsed whole only up to this size. */
export const JSON_PARSE_LIMIT = 32 * 2 ** 20;
/** Bytes looked at to detect the format (and read from images and other files). */
export const SNIFF_BYTES = 64 * 1024;
export const DEFAULT_QUICK_ROWS = 1000;

export interface MalformedLine {
  /** 1-based physical line number (for a CSV record spanning lines: the line it starts on). */
  line: number;
  reason: string;
}

export interface ColumnReport {
  /** 0-based position (CSV/TSV header order; JSON keys in order of first appearance). */
  index: number;
  name: string;
  type: ColumnType;
  /** Non-empty cells per type (only types seen). */
  types: Partial<Record<ColumnType, number>>;
  /** Cells that are empty or blank (`""` in JSON). */
  empty: number;
  /** Cells with no value: NA, N/A, NaN, null, None (CSV/TSV, any case); null or absent key (JSON). */
  missing: number;
}

export interface FileReport {
  path: string;
  size: number;
  format: QualityFormat;
  /** Quick mode stopped before the end of this file. */
  truncated: boolean;
  image?: ImageInfo;
  /** Well-formed data rows (CSV/TSV without the header; JSONL objects; JSON array elements; text lines). */
  rows?: number;
  blank_lines?: number;
  columns?: ColumnReport[];
  columns_untracked?: number;
  duplicates?: { count: number; approximate: boolean; distinct_tracked: number };
  malformed?: { count: number; lines: MalformedLine[] };
  labels?: LabelReport;
  json?: { root: "array" | "object" | "scalar" | "unparsed"; error?: string; non_object_rows?: number };
  unreadable?: { stage: "open" | "read"; reason: string };
}

export interface FormatTotals {
  files: number;
  bytes: number;
  rows: number;
}

export interface QualityReport {
  mode: "full" | "quick";
  quick_rows?: number;
  files: FileReport[];
  totals: {
    files: number;
    bytes: number;
    rows: number;
    malformed: number;
    duplicates: number;
    unreadable: number;
    truncated: number;
    by_format: Partial<Record<QualityFormat, FormatTotals>>;
  };
}

/** Checks each file in turn (one at a time: memory does not grow with the number of files). */
export async function checkQuality(files: QualityInputFile[], opts: QualityOptions): Promise<QualityReport> {
  const quickRows = opts.mode === "quick" ? Math.max(1, Math.floor(opts.quickRows ?? DEFAULT_QUICK_ROWS)) : Number.POSITIVE_INFINITY;
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const reports: FileReport[] = [];
  for (const file of ordered) reports.push(await checkFile(file, quickRows));
  const totals: QualityReport["totals"] = { files: 0, bytes: 0, rows: 0, malformed: 0, duplicates: 0, unreadable: 0, truncated: 0, by_format: {} };
  for (const r of reports) {
    totals.files++;
    totals.bytes += r.size;
    totals.rows += r.rows ?? 0;
    totals.malformed += r.malformed?.count ?? 0;
    totals.duplicates += r.duplicates?.count ?? 0;
    if (r.unreadable) totals.unreadable++;
    if (r.truncated) totals.truncated++;
    const f = totals.by_format[r.format] ?? { files: 0, bytes: 0, rows: 0 };
    f.files++;
    f.bytes += r.size;
    f.rows += r.rows ?? 0;
    totals.by_format[r.format] = f;
  }
  const report: QualityReport = { mode: opts.mode, files: reports, totals };
  if (opts.mode === "quick") report.quick_rows = quickRows;
  return canonical(report) as QualityReport;
}

/** Same value with object keys sorted (arrays keep their order, which is already deterministic). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = canonical(x);
    }
    return out;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Reading

type Chunks = AsyncIterator<Uint8Array | string>;

function toBuffer(c: Uint8Array | string): Buffer {
  return typeof c === "string" ? Buffer.from(c, "utf8") : Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}

class ReadFailure extends Error {
  constructor(cause: unknown) {
    super(reasonOf(cause));
  }
}

/** next() of the source; a failure becomes a ReadFailure (the file is unreadable). */
async function nextChunk(it: Chunks): Promise<Buffer | undefined> {
  let r: IteratorResult<Uint8Array | string>;
  try {
    r = await it.next();
  } catch (err) {
    throw new ReadFailure(err);
  }
  return r.done ? undefined : toBuffer(r.value);
}

async function checkFile(file: QualityInputFile, quickRows: number): Promise<FileReport> {
  const base = { path: file.path, size: file.size, truncated: false };
  let it: Chunks;
  try {
    const source = (await file.open()) as AsyncIterable<Uint8Array | string>;
    if (typeof source?.[Symbol.asyncIterator] !== "function") throw new TypeError("open() did not return a readable stream or async iterable");
    it = source[Symbol.asyncIterator]();
  } catch (err) {
    return { ...base, format: "other", unreadable: { stage: "open", reason: reasonOf(err) } };
  }
  let format: QualityFormat = "other";
  try {
    // Sniff: gather the first SNIFF_BYTES (or the whole file if smaller).
    const head: Buffer[] = [];
    let headBytes = 0;
    let ended = false;
    while (headBytes < SNIFF_BYTES) {
      const c = await nextChunk(it);
      if (!c) {
        ended = true;
        break;
      }
      if (c.length === 0) continue;
      head.push(c);
      headBytes += c.length;
    }
    const sniff = Buffer.concat(head);
    format = detectFormat(file.path, sniff, ended);
    switch (format) {
      case "image": {
        const info = imageInfo(sniff);
        return { ...base, format, ...(info ? { image: info } : {}) };
      }
      case "other":
        return { ...base, format };
      case "json":
        return { ...base, format, ...(await checkJson(file, sniff, ended, it, quickRows)) };
      default: {
        const sink =
          format === "csv"
            ? new DelimitedSink(",", quickRows)
            : format === "tsv"
              ? new DelimitedSink("\t", quickRows)
              : format === "jsonl"
                ? new JsonlSink(quickRows)
                : new TextSink(quickRows);
        const truncated = await feedLines(sniff, ended, it, sink);
        return { ...base, format, truncated, ...sink.report() };
      }
    }
  } catch (err) {
    if (err instanceof ReadFailure) return { ...base, format, unreadable: { stage: "read", reason: err.message } };
    throw err;
  } finally {
    try {
      await it.return?.();
    } catch {
      // closing a failed stream
    }
  }
}

/**
 * Receives the physical lines of a file (without "\n"). In quick mode a sink returns false,
 * without taking the line, when the line would start a record past its limit: reading stops and
 * the file is reported truncated (so a file of exactly quickRows rows is not).
 */
interface LineSink {
  line(text: string, lineNo: number, validUtf8: boolean): boolean;
  /** A line over MAX_LINE_BYTES, skipped. */
  overlong(lineNo: number): boolean;
  end(lastLine: number): void;
}

/**
 * Splits the byte stream into lines and hands them to the sink: a whole region of complete lines
 * is validated as UTF-8 and decoded at once (the common case); a region with invalid bytes is
 * gone through line by line. Only the unfinished last line is carried between chunks. Returns
 * true when the sink stopped before the end of the file (quick mode) and more content followed.
 */
async function feedLines(first: Buffer, ended: boolean, it: Chunks, sink: LineSink): Promise<boolean> {
  let lineNo = 0;
  // The unfinished last line, as the chunks it came in (joined only once its end arrives).
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let skipping = false; // inside an overlong line, dropping bytes up to its end
  let firstLine = true;

  const region = (buf: Buffer): boolean => {
    if (isUtf8(buf)) {
      let text = buf.toString("utf8");
      if (firstLine && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      firstLine = false;
      let from = 0;
      for (;;) {
        const nl = text.indexOf("\n", from);
        if (nl < 0) break;
        if (!sink.line(text.slice(from, nl), ++lineNo, true)) return false;
        from = nl + 1;
      }
      return true;
    }
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(10, from);
      if (nl < 0) break;
      const raw = buf.subarray(from, nl);
      let text = raw.toString("utf8");
      if (firstLine && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      firstLine = false;
      if (!sink.line(text, ++lineNo, isUtf8(raw))) return false;
      from = nl + 1;
    }
    return true;
  };

  const take = (chunk: Buffer): boolean => {
    let buf = chunk;
    if (!skipping && carryBytes > 0) {
      const nl = buf.indexOf(10);
      if (carryBytes + (nl < 0 ? buf.length : nl) > MAX_LINE_BYTES) {
        carry = [];
        carryBytes = 0;
        skipping = true;
      }
    }
    if (skipping) {
      const nl = buf.indexOf(10);
      if (nl < 0) return true;
      skipping = false;
      if (!sink.overlong(++lineNo)) return false;
      firstLine = false;
      buf = buf.subarray(nl + 1);
    }
    const last = buf.lastIndexOf(10);
    if (last < 0) {
      if (buf.length > 0) carry.push(buf);
      carryBytes += buf.length;
      if (carryBytes > MAX_LINE_BYTES) {
        carry = [];
        carryBytes = 0;
        skipping = true;
      }
      return true;
    }
    const lines = carryBytes > 0 ? Buffer.concat([...carry, buf.subarray(0, last + 1)]) : buf.subarray(0, last + 1);
    const rest = buf.subarray(last + 1);
    carry = rest.length > 0 ? [Buffer.from(rest)] : []; // a copy: the chunk itself is not kept alive
    carryBytes = rest.length;
    return region(lines);
  };

  let more = take(first);
  if (more && !ended) {
    for (;;) {
      const c = await nextChunk(it);
      if (!c) break;
      if (!take(c)) {
        more = false;
        break;
      }
    }
  }
  // Stopped early (quick mode): the sink refused a record past its limit, so more followed.
  if (!more) return true;
  if (skipping) {
    if (!sink.overlong(++lineNo)) return true;
  } else if (carryBytes > 0) {
    const tail = Buffer.concat(carry);
    const text = tail.toString("utf8");
    if (!sink.line(firstLine && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ++lineNo, isUtf8(tail))) return true;
  }
  sink.end(lineNo);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Shared per-file statistics

class Malformed {
  count = 0;
  readonly lines: MalformedLine[] = [];
  add(line: number, reason: string): void {
    this.count++;
    if (this.lines.length < MALFORMED_LIST_CAP) this.lines.push({ line, reason });
  }
  report(): { count: number; lines: MalformedLine[] } {
    return { count: this.count, lines: this.lines };
  }
}

class Column {
  readonly counts = new Float64Array(TYPE_SLOTS);
  /** Rows in which the column appeared (JSON: key present). */
  present = 0;
  constructor(
    readonly index: number,
    readonly name: string,
  ) {}
  count(type: number): void {
    this.counts[type] = (this.counts[type] as number) + 1;
  }
  report(rows: number): ColumnReport {
    const types: Partial<Record<ColumnType, number>> = {};
    for (let i = 2; i < TYPE_SLOTS; i++) if ((this.counts[i] ?? 0) > 0) types[TYPE_NAMES[i] as ColumnType] = this.counts[i] as number;
    return {
      index: this.index,
      name: this.name,
      type: widestType(this.counts),
      types,
      empty: this.counts[T_EMPTY] as number,
      missing: (this.counts[T_MISSING] as number) + (rows - this.present),
    };
  }
}

function duplicatesReport(d: DuplicateCounter): FileReport["duplicates"] {
  return { count: d.duplicates, approximate: d.capped, distinct_tracked: d.distinct };
}

// ---------------------------------------------------------------------------------------------
// CSV / TSV

/** Tokeniser states. */
const Q = {
  /** At the start of a field. */
  Start: 0,
  /** In an unquoted field. */
  Plain: 1,
  /** In a quoted field. */
  Quoted: 2,
  /** In a quoted field, just after a quote: `""` (an escaped quote) or the end of the field. */
  QuoteSeen: 3,
} as const;
type Q = (typeof Q)[keyof typeof Q];

/**
 * RFC 4180 records over physical lines: fields separated by the delimiter, optionally quoted
 * with `"` (a quote inside doubled), quoted fields may hold the delimiter and newlines, CRLF or
 * LF line ends. A quote inside an unquoted field is kept literally. The first record is the
 * header. Malformed: a record with a different number of fields than the header, a character
 * after a closing quote, a quoted field still open at the end of the file (or after
 * MAX_RECORD_CHARS), a line with invalid UTF-8. Blank lines outside quotes are skipped and
 * counted. A malformed record is not counted in rows, columns, duplicates or labels.
 */
class DelimitedSink implements LineSink {
  private header: string[] | undefined;
  private columns: Column[] = [];
  private labelIndex = -1;
  private labels: LabelCounter | undefined;
  private rows = 0;
  private records = 0;
  private blank = 0;
  private readonly malformed = new Malformed();
  private readonly dups = new DuplicateCounter();
  private readonly hash = new RowHash();
  // record in progress (spanning lines while a quoted field is open)
  private state: Q = Q.Start;
  private fields: string[] = [];
  private field = "";
  private recordLine = 0;
  private recordChars = 0;
  private recordError: MalformedLine | undefined;

  constructor(
    private readonly delim: string,
    private readonly limit: number,
  ) {}

  line(text: string, lineNo: number, validUtf8: boolean): boolean {
    const continuing = this.state === Q.Quoted;
    if (!continuing) {
      if (text.length === 0 || (text.length === 1 && text === "\r")) {
        this.blank++;
        return true;
      }
      if (this.header && this.records >= this.limit) return false;
      this.recordLine = lineNo;
      this.recordChars = 0;
      this.recordError = undefined;
      this.fields = [];
      this.field = "";
      this.state = Q.Start;
    } else {
      this.field += "\n";
    }
    if (!validUtf8 && !this.recordError) this.recordError = { line: lineNo, reason: "invalid UTF-8" };
    this.recordChars += text.length + 1;

    if (!continuing && text.indexOf('"') < 0) {
      // Fast path: no quotes on a line that starts a record.
      const end = text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length;
      this.fields = (end === text.length ? text : text.slice(0, end)).split(this.delim);
      this.endRecord();
      return true;
    }
    this.scan(text, lineNo);
    if (this.state === Q.Quoted) {
      if (this.recordChars > MAX_RECORD_CHARS) {
        this.malformed.add(this.recordLine, `quoted field not closed within ${MAX_RECORD_CHARS} characters (unterminated quote?)`);
        this.state = Q.Start;
        this.fields = [];
        this.field = "";
        this.countRecord();
      }
      return true;
    }
    this.fields.push(this.field);
    this.field = "";
    this.endRecord();
    return true;
  }

  /** Tokenises one line from the current state; leaves `state` Quoted if a quoted field stays open. */
  private scan(text: string, lineNo: number): void {
    const d = this.delim.charCodeAt(0);
    let state = this.state;
    let field = this.field;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      switch (state) {
        case Q.Start:
          if (c === 34) {
            state = Q.Quoted;
            i++;
            continue;
          }
          state = Q.Plain;
          continue;
        case Q.Plain: {
          // up to the next delimiter
          let j = text.indexOf(this.delim, i);
          if (j < 0) j = n;
          let end = j;
          if (j === n && text.charCodeAt(n - 1) === 13) end = n - 1;
          field += text.slice(i, end);
          i = j;
          if (j < n) {
            this.fields.push(field);
            field = "";
            state = Q.Start;
            i++;
          }
          continue;
        }
        case Q.Quoted: {
          const j = text.indexOf('"', i);
          if (j < 0) {
            field += text.slice(i);
            i = n;
            continue;
          }
          field += text.slice(i, j);
          state = Q.QuoteSeen;
          i = j + 1;
          continue;
        }
        case Q.QuoteSeen:
          if (c === 34) {
            field += '"';
            state = Q.Quoted;
            i++;
            continue;
          }
          if (c === d) {
            this.fields.push(field);
            field = "";
            state = Q.Start;
            i++;
            continue;
          }
          if (c === 13 && i === n - 1) {
            i++;
            continue;
          }
          if (!this.recordError) this.recordError = { line: lineNo, reason: `unexpected character after closing quote at column ${i + 1}` };
          state = Q.Plain;
          continue;
      }
    }
    this.field = field;
    this.state = state;
  }

  /** The record in `fields` is complete. */
  private endRecord(): void {
    this.state = Q.Start;
    const fields = this.fields;
    if (!this.header) {
      this.header = fields;
      this.columns = fields.map((name, i) => new Column(i, name));
      this.labelIndex = labelColumnIndex(fields);
      if (this.labelIndex >= 0) this.labels = new LabelCounter(fields[this.labelIndex] as string);
      if (this.recordError) this.malformed.add(this.recordError.line, `header: ${this.recordError.reason}`);
      return;
    }
    if (this.recordError) this.malformed.add(this.recordError.line, this.recordError.reason);
    else if (fields.length !== this.header.length) this.malformed.add(this.recordLine, `expected ${this.header.length} fields, found ${fields.length}`);
    else this.row(fields);
    this.countRecord();
  }

  private countRecord(): void {
    if (this.header) this.records++;
  }

  private row(fields: string[]): void {
    this.rows++;
    const h = this.hash;
    h.reset();
    for (let i = 0; i < fields.length; i++) {
      const v = fields[i] as string;
      const col = this.columns[i] as Column;
      col.present++;
      col.count(classifyCell(v));
      if (i > 0) h.separate();
      h.add(v);
    }
    const [hi, lo] = h.digest();
    this.dups.add(hi, lo);
    if (this.labels) this.labels.add((fields[this.labelIndex] as string).trim());
  }

  overlong(lineNo: number): boolean {
    if (this.state === Q.Quoted) {
      this.state = Q.Start;
      this.fields = [];
      this.field = "";
    } else if (this.header && this.records >= this.limit) return false;
    this.malformed.add(lineNo, `line longer than ${MAX_LINE_BYTES} bytes (skipped)`);
    this.countRecord();
    return true;
  }

  end(): void {
    if (this.state === Q.Quoted) {
      this.malformed.add(this.recordLine, "unterminated quoted field at end of file");
      this.state = Q.Start;
      this.countRecord();
    }
  }

  report(): Partial<FileReport> {
    return {
      rows: this.rows,
      blank_lines: this.blank,
      columns: this.columns.map((c) => c.report(this.rows)),
      duplicates: duplicatesReport(this.dups),
      malformed: this.malformed.report(),
      ...(this.labels ? { labels: this.labels.report() } : {}),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// JSON Lines and JSON

/** Column statistics over JSON objects (JSONL lines, elements of a JSON array). */
class ObjectStats {
  readonly columns: Column[] = [];
  private readonly byName = new Map<string, Column>();
  untracked = 0;
  private readonly untrackedNames = new Set<string>();
  labels: LabelCounter | undefined;
  private labelKey: string | undefined;
  rows = 0;
  readonly dups = new DuplicateCounter();
  private readonly hash = new RowHash();

  /** `canonicalText` is what duplicates compare (the line as written, trimmed). */
  add(obj: Record<string, unknown>, canonicalText: string): void {
    this.rows++;
    for (const key of Object.keys(obj)) {
      let col = this.byName.get(key);
      if (!col) {
        if (this.columns.length >= COLUMN_CAP) {
          if (this.untrackedNames.size < COLUMN_CAP) this.untrackedNames.add(key);
          continue;
        }
        col = new Column(this.columns.length, key);
        this.columns.push(col);
        this.byName.set(key, col);
        if (!this.labelKey && isLabelName(key)) {
          this.labelKey = key;
          this.labels = new LabelCounter(key);
        }
      }
      col.present++;
      col.count(classifyJson(obj[key]));
    }
    if (this.labels && this.labelKey !== undefined && this.labelKey in obj) {
      const v = obj[this.labelKey];
      if (Array.isArray(v)) for (const x of v) this.labels.add(labelText(x));
      else if (v !== null && v !== undefined) this.labels.add(labelText(v));
    }
    this.hash.reset();
    this.hash.add(canonicalText);
    const [hi, lo] = this.hash.digest();
    this.dups.add(hi, lo);
  }

  report(): Partial<FileReport> {
    return {
      rows: this.rows,
      columns: this.columns.map((c) => c.report(this.rows)),
      ...(this.untrackedNames.size > 0 ? { columns_untracked: this.untrackedNames.size } : {}),
      duplicates: duplicatesReport(this.dups),
      ...(this.labels ? { labels: this.labels.report() } : {}),
    };
  }
}

function labelText(v: unknown): string {
  return typeof v === "string" ? v.trim() : JSON.stringify(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function jsonKind(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "string" ? "a string" : typeof v === "object" ? "an object" : `a ${typeof v}`;
}

/** JSON Lines: one object per line. Malformed: a line that does not parse, or is not an object, or has invalid UTF-8. */
class JsonlSink implements LineSink {
  private readonly stats = new ObjectStats();
  private readonly malformed = new Malformed();
  private blank = 0;
  private records = 0;
  constructor(private readonly limit: number) {}

  line(text: string, lineNo: number, validUtf8: boolean): boolean {
    const t = text.trim();
    if (t.length === 0) {
      this.blank++;
      return true;
    }
    if (this.records >= this.limit) return false;
    if (!validUtf8) this.malformed.add(lineNo, "invalid UTF-8");
    else {
      let v: unknown;
      let parsed = true;
      try {
        v = JSON.parse(t);
      } catch {
        parsed = false;
      }
      if (!parsed) this.malformed.add(lineNo, "invalid JSON");
      else if (!isPlainObject(v)) this.malformed.add(lineNo, `not a JSON object (${jsonKind(v)})`);
      else this.stats.add(v, t);
    }
    this.records++;
    return true;
  }

  overlong(lineNo: number): boolean {
    if (this.records >= this.limit) return false;
    this.malformed.add(lineNo, `line longer than ${MAX_LINE_BYTES} bytes (skipped)`);
    this.records++;
    return true;
  }

  end(): void {}

  report(): Partial<FileReport> {
    return { ...this.stats.report(), blank_lines: this.blank, malformed: this.malformed.report() };
  }
}

/** Plain text: rows are non-blank lines; duplicates are repeated non-blank lines; malformed: invalid UTF-8. */
class TextSink implements LineSink {
  private rows = 0;
  private blank = 0;
  private readonly malformed = new Malformed();
  private readonly dups = new DuplicateCounter();
  private readonly hash = new RowHash();
  constructor(private readonly limit: number) {}

  line(text: string, lineNo: number, validUtf8: boolean): boolean {
    const t = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    if (t.trim().length === 0) {
      this.blank++;
      return true;
    }
    if (this.rows + this.malformed.count >= this.limit) return false;
    if (!validUtf8) this.malformed.add(lineNo, "invalid UTF-8");
    else {
      this.rows++;
      this.hash.reset();
      this.hash.add(t);
      const [hi, lo] = this.hash.digest();
      this.dups.add(hi, lo);
    }
    return true;
  }

  overlong(lineNo: number): boolean {
    if (this.rows + this.malformed.count >= this.limit) return false;
    this.malformed.add(lineNo, `line longer than ${MAX_LINE_BYTES} bytes (skipped)`);
    return true;
  }

  end(): void {}

  report(): Partial<FileReport> {
    return { rows: this.rows, blank_lines: this.blank, duplicates: duplicatesReport(this.dups), malformed: this.malformed.report() };
  }
}

/** Line number (1-based) of a character offset in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/**
 * A JSON document: parsed whole when at most JSON_PARSE_LIMIT bytes (else reported unparsed).
 * A root array is taken as rows (objects give columns, like JSON Lines; other elements are counted
 * in `non_object_rows`); quick mode looks at the first quickRows elements.
 */
async function checkJson(file: QualityInputFile, sniff: Buffer, ended: boolean, it: Chunks, quickRows: number): Promise<Partial<FileReport>> {
  const tooBig = (): Partial<FileReport> => ({ json: { root: "unparsed", error: `larger than ${JSON_PARSE_LIMIT} bytes: not parsed` } });
  if (file.size > JSON_PARSE_LIMIT) return tooBig();
  const parts = [sniff];
  let total = sniff.length;
  if (!ended) {
    for (;;) {
      const c = await nextChunk(it);
      if (!c) break;
      total += c.length;
      if (total > JSON_PARSE_LIMIT) return tooBig();
      parts.push(c);
    }
  }
  const bytes = Buffer.concat(parts);
  const malformed = new Malformed();
  if (!isUtf8(bytes)) {
    let line = 1;
    // first line with invalid bytes
    let from = 0;
    for (;;) {
      const nl = bytes.indexOf(10, from);
      const end = nl < 0 ? bytes.length : nl;
      if (!isUtf8(bytes.subarray(from, end))) break;
      if (nl < 0) break;
      line++;
      from = nl + 1;
    }
    malformed.add(line, "invalid UTF-8");
    return { rows: 0, json: { root: "unparsed", error: "invalid UTF-8" }, malformed: malformed.report() };
  }
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /at position (\d+)/.exec(message);
    if (at) malformed.add(lineAt(text, Number(at[1])), "invalid JSON");
    else malformed.count++;
    return { rows: 0, json: { root: "unparsed", error: message.length > 200 ? `${message.slice(0, 200)}…` : message }, malformed: malformed.report() };
  }
  if (!Array.isArray(root)) return { rows: 0, json: { root: isPlainObject(root) ? "object" : "scalar" }, malformed: malformed.report() };
  const stats = new ObjectStats();
  let nonObject = 0;
  const n = Math.min(root.length, quickRows);
  for (let i = 0; i < n; i++) {
    const el: unknown = root[i];
    if (isPlainObject(el)) stats.add(el, JSON.stringify(el));
    else nonObject++;
  }
  const r = stats.report();
  return {
    ...r,
    rows: (r.rows ?? 0) + nonObject,
    truncated: root.length > n,
    json: { root: "array", non_object_rows: nonObject },
    malformed: malformed.report(),
  };
}
