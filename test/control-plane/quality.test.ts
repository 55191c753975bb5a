import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import t from "tap";
import {
  checkQuality,
  type FileReport,
  JSON_PARSE_LIMIT,
  MAX_LINE_BYTES,
  MAX_RECORD_CHARS,
  type QualityInputFile,
  type QualityReport,
} from "../../packages/control-plane/src/services/storage/quality.js";
import {
  classifyCell,
  DUPLICATE_HASH_CAP,
  DuplicateCounter,
  imageInfo,
  LABEL_DISTINCT_CAP,
  LabelCounter,
  T_BOOLEAN,
  T_DATE,
  T_DATETIME,
  T_EMPTY,
  T_INTEGER,
  T_MISSING,
  T_NUMBER,
  T_STRING,
} from "../../packages/control-plane/src/services/storage/quality-formats.js";

// Fixtures with known defects: see test/fixtures/quality/README.md.
const dir = new URL("../fixtures/quality/", import.meta.url).pathname;

function diskFile(name: string): QualityInputFile {
  const p = join(dir, name);
  return { path: name, size: statSync(p).size, open: async () => createReadStream(p) };
}

function fixtures(): QualityInputFile[] {
  return readdirSync(dir)
    .filter((n) => n !== "README.md")
    .map(diskFile);
}

/** A file served from memory in chunks of `chunk` bytes (an AsyncIterable, not a Node stream). */
function memFile(path: string, data: Buffer | string, chunk = 65536, size?: number): QualityInputFile {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  return {
    path,
    size: size ?? bytes.length,
    open: async () =>
      (async function* () {
        for (let i = 0; i < bytes.length; i += chunk) yield new Uint8Array(bytes.subarray(i, i + chunk));
      })(),
  };
}

function file(report: QualityReport, path: string): FileReport {
  const f = report.files.find((x) => x.path === path);
  if (!f) throw new Error(`no report for ${path}`);
  return f;
}

function column(f: FileReport, name: string) {
  const c = f.columns?.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${f.path}`);
  return c;
}

t.test("full check of the fixtures finds exactly the planted defects", async (t) => {
  const report = await checkQuality(fixtures(), { mode: "full" });
  t.equal(report.mode, "full");
  t.equal(report.quick_rows, undefined);
  t.same(
    report.files.map((f) => [f.path, f.format]),
    [
      ["bad-quotes.csv", "csv"],
      ["blob.bin", "other"],
      ["data.json", "json"],
      ["defects.csv", "csv"],
      ["invalid-utf8.csv", "csv"],
      ["notes.txt", "text"],
      ["records.jsonl", "jsonl"],
      ["table.tsv", "tsv"],
      ["tiny.bmp", "image"],
      ["tiny.jpg", "image"],
      ["tiny.png", "image"],
    ],
    "sorted by path, formats detected",
  );

  const csv = file(report, "defects.csv");
  t.equal(csv.rows, 11, "11 well-formed rows (header, malformed and blank lines not counted)");
  t.equal(csv.blank_lines, 1);
  t.strictSame(csv.malformed, {
    count: 2,
    lines: [
      { line: 5, reason: "expected 6 fields, found 4" },
      { line: 12, reason: "expected 6 fields, found 7" },
    ],
  });
  t.strictSame(csv.duplicates, { count: 3, approximate: false, distinct_tracked: 8 }, "3 duplicates, one of them written with quotes");
  t.strictSame(column(csv, "score"), { index: 2, name: "score", type: "number", types: { integer: 3, number: 3 }, empty: 4, missing: 1 });
  t.strictSame(column(csv, "id"), { index: 0, name: "id", type: "integer", types: { integer: 11 }, empty: 0, missing: 0 });
  t.equal(column(csv, "name").type, "string", "quoted names with commas, escaped quotes and a newline");
  t.strictSame(column(csv, "joined").types, { date: 10, datetime: 1 });
  t.equal(column(csv, "joined").type, "datetime", "dates mixed with a datetime widen to datetime");
  t.equal(column(csv, "active").type, "boolean");
  t.strictSame(csv.labels, {
    column: "label",
    total: 11,
    distinct: 3,
    values: [
      { value: "cat", count: 6 },
      { value: "dog", count: 4 },
      { value: "bird", count: 1 },
    ],
    other: 0,
    untracked: 0,
    approximate: false,
  });
  t.equal(csv.truncated, false);

  const quotes = file(report, "bad-quotes.csv");
  t.equal(quotes.rows, 1, "only line 3 is a good row (line 5 is inside the unterminated quote)");
  t.strictSame(quotes.malformed, {
    count: 2,
    lines: [
      { line: 2, reason: "unexpected character after closing quote at column 6" },
      { line: 4, reason: "unterminated quoted field at end of file" },
    ],
  });

  const utf8 = file(report, "invalid-utf8.csv");
  t.equal(utf8.rows, 2, "the rows before and after (with a valid é) count");
  t.strictSame(utf8.malformed, { count: 1, lines: [{ line: 3, reason: "invalid UTF-8" }] });

  const jsonl = file(report, "records.jsonl");
  t.equal(jsonl.rows, 4);
  t.equal(jsonl.blank_lines, 1);
  t.strictSame(jsonl.malformed, {
    count: 2,
    lines: [
      { line: 3, reason: "invalid JSON" },
      { line: 4, reason: "not a JSON object (an array)" },
    ],
  });
  t.equal(jsonl.duplicates?.count, 1);
  t.strictSame(column(jsonl, "text"), { index: 0, name: "text", type: "string", types: { string: 3 }, empty: 0, missing: 1 }, "null is missing");
  t.strictSame(
    column(jsonl, "score"),
    { index: 2, name: "score", type: "number", types: { integer: 2, number: 1 }, empty: 0, missing: 1 },
    "an absent key is missing",
  );
  t.same(jsonl.labels?.values, [
    { value: "pos", count: 3 },
    { value: "neg", count: 1 },
  ]);

  const tsv = file(report, "table.tsv");
  t.equal(tsv.rows, 3);
  t.strictSame(column(tsv, "count"), { index: 1, name: "count", type: "integer", types: { integer: 2 }, empty: 1, missing: 0 });
  t.equal(tsv.labels?.column, "class", "class is a label-like column");
  t.equal(tsv.malformed?.count, 0);

  const text = file(report, "notes.txt");
  t.equal(text.rows, 3);
  t.equal(text.duplicates?.count, 1);

  const json = file(report, "data.json");
  t.equal(json.rows, 3);
  t.same(json.json, { root: "array", non_object_rows: 1 });
  t.equal(column(json, "a").type, "number");

  t.strictSame(file(report, "tiny.png").image, { type: "png", width: 3, height: 2 });
  t.strictSame(file(report, "tiny.jpg").image, { type: "jpeg", width: 5, height: 4 });
  t.strictSame(file(report, "tiny.bmp").image, { type: "bmp", width: 9, height: 8 });
  t.equal(file(report, "tiny.png").rows, undefined, "images have no rows");

  t.strictSame(report.totals, {
    files: 11,
    bytes: fixtures().reduce((s, f) => s + f.size, 0),
    rows: 27,
    malformed: 7,
    duplicates: 5,
    unreadable: 0,
    truncated: 0,
    by_format: {
      csv: { files: 3, bytes: statSync(join(dir, "defects.csv")).size + 35 + 35, rows: 14 },
      image: { files: 3, bytes: 510, rows: 0 },
      json: { files: 1, bytes: 47, rows: 3 },
      jsonl: { files: 1, bytes: 185, rows: 4 },
      other: { files: 1, bytes: 9, rows: 0 },
      text: { files: 1, bytes: 35, rows: 3 },
      tsv: { files: 1, bytes: 34, rows: 3 },
    },
  });
});

t.test("the report is deterministic: same JSON on a re-run and whatever the input order", async (t) => {
  const a = JSON.stringify(await checkQuality(fixtures(), { mode: "full" }));
  const b = JSON.stringify(await checkQuality(fixtures().reverse(), { mode: "full" }));
  t.equal(a, b);
  const parsed = JSON.parse(a) as QualityReport;
  t.strictSame(Object.keys(parsed), ["files", "mode", "totals"], "keys sorted");
  t.strictSame(Object.keys(parsed.files[0] as object), [...Object.keys(parsed.files[0] as object)].sort());
});

t.test("chunk boundaries do not matter: 1-byte and 7-byte chunks give the same report", async (t) => {
  const names = ["defects.csv", "bad-quotes.csv", "invalid-utf8.csv", "records.jsonl", "table.tsv", "notes.txt", "data.json", "tiny.png", "tiny.jpg"];
  const whole = await checkQuality(names.map(diskFile), { mode: "full" });
  for (const chunk of [1, 7]) {
    const chunked = await checkQuality(
      names.map((n) => memFile(n, readFileSync(join(dir, n)), chunk)),
      { mode: "full" },
    );
    t.equal(JSON.stringify(chunked), JSON.stringify(whole), `chunks of ${chunk} bytes`);
  }
  // A multi-byte character split across chunks is not invalid UTF-8.
  const r = await checkQuality([memFile("u.csv", "name,label\ncafé,ü\n日本,ß\n", 1)], { mode: "full" });
  t.equal(r.files[0]?.malformed?.count, 0);
  t.equal(r.files[0]?.rows, 2);
  t.same(r.files[0]?.labels?.values, [
    { value: "ß", count: 1 },
    { value: "ü", count: 1 },
  ]);
});

t.test("CRLF and LF line ends give the same rows; quoting does not make a row different", async (t) => {
  const r = await checkQuality([memFile("crlf.csv", 'x,y\r\n1,a\r\n1,a\n"2","b"\r\n2,b\r\n"3","multi\r\nline"\r\n3,"multi\r\nline"\n')], { mode: "full" });
  const f = r.files[0] as FileReport;
  t.equal(f.rows, 6);
  t.equal(f.malformed?.count, 0);
  t.equal(f.duplicates?.count, 3, "1,a / 2,b / 3,multi-line each twice");
  t.equal(f.blank_lines, 0);
});

t.test("quick mode reads only the first rows and says so", async (t) => {
  const r = await checkQuality([diskFile("defects.csv"), diskFile("table.tsv"), diskFile("records.jsonl"), diskFile("tiny.png")], {
    mode: "quick",
    quickRows: 3,
  });
  t.equal(r.mode, "quick");
  t.equal(r.quick_rows, 3);
  const csv = file(r, "defects.csv");
  t.equal(csv.truncated, true);
  t.equal(csv.rows, 3, "lines 2–4");
  t.equal(csv.malformed?.count, 0, "line 5 was not read");
  t.equal(file(r, "table.tsv").truncated, false, "exactly 3 rows: nothing left out");
  t.equal(file(r, "table.tsv").rows, 3);
  const jsonl = file(r, "records.jsonl");
  t.equal(jsonl.truncated, true);
  t.equal(jsonl.rows, 2, "lines 1–3, of which line 3 is malformed");
  t.strictSame(jsonl.malformed?.lines, [{ line: 3, reason: "invalid JSON" }]);
  t.equal(file(r, "tiny.png").truncated, false);
  t.equal(r.totals.truncated, 2);

  const def = await checkQuality([diskFile("defects.csv")], { mode: "quick" });
  t.equal(def.quick_rows, 1000, "default quickRows");
  t.equal(def.files[0]?.truncated, false);
  t.equal(def.files[0]?.rows, 11);

  // A quick check stops reading: a source that fails after the first chunk is not read that far.
  let pulled = 0;
  const endless: QualityInputFile = {
    path: "endless.csv",
    size: 0,
    open: async () =>
      (async function* () {
        yield Buffer.from("a,b\n");
        for (;;) {
          pulled++;
          if (pulled > 8) throw new Error("read too far");
          yield Buffer.from("1,2\n".repeat(4096)); // 16 KiB: the format sniff takes 4 of them
        }
      })(),
  };
  const q = await checkQuality([endless], { mode: "quick", quickRows: 20000 });
  t.equal(q.files[0]?.rows, 20000);
  t.equal(q.files[0]?.truncated, true);
  t.equal(q.files[0]?.unreadable, undefined);
});

t.test("unreadable files are reported with the reason; the others are still checked", async (t) => {
  const rejecting: QualityInputFile = { path: "gone.csv", size: 10, open: () => Promise.reject(new Error("object not found in the blob store")) };
  const failing: QualityInputFile = {
    path: "broken.csv",
    size: 200000,
    open: async () =>
      Readable.from(
        (async function* () {
          yield Buffer.from(`a,b\n${"1,2\n".repeat(20000)}`);
          throw new Error("connection reset");
        })(),
      ),
  };
  const missing: QualityInputFile = { path: "no-such-file.csv", size: 1, open: async () => createReadStream(join(dir, "no-such-file.csv")) };
  const notAStream = { path: "odd.csv", size: 1, open: async () => ({}) } as unknown as QualityInputFile;
  const r = await checkQuality([rejecting, failing, diskFile("table.tsv"), missing, notAStream], { mode: "full" });
  t.strictSame(file(r, "odd.csv").unreadable, { stage: "open", reason: "open() did not return a readable stream or async iterable" });
  t.strictSame(file(r, "gone.csv"), {
    path: "gone.csv",
    size: 10,
    format: "other",
    truncated: false,
    unreadable: { stage: "open", reason: "object not found in the blob store" },
  });
  t.strictSame(file(r, "broken.csv").unreadable, { stage: "read", reason: "connection reset" });
  t.equal(file(r, "broken.csv").format, "csv", "the format sniffed before the failure");
  t.equal(file(r, "broken.csv").rows, undefined, "no partial statistics");
  t.match(file(r, "no-such-file.csv").unreadable, { stage: "read", reason: /^ENOENT/ });
  t.equal(file(r, "table.tsv").rows, 3);
  t.equal(r.totals.unreadable, 4);
});

t.test("image headers: GIF, WebP (VP8, VP8L, VP8X), TIFF, BMP, and magic bytes over the extension", async (t) => {
  const gif = Buffer.from("GIF89a\x07\x00\x06\x00\x80\x00\x00", "latin1");
  t.strictSame(imageInfo(gif), { type: "gif", width: 7, height: 6 });
  const vp8 = Buffer.alloc(30);
  vp8.write("RIFF", 0, "latin1");
  vp8.write("WEBPVP8 ", 8, "latin1");
  vp8.writeUInt16LE(640, 26);
  vp8.writeUInt16LE(480, 28);
  t.strictSame(imageInfo(vp8), { type: "webp", width: 640, height: 480 });
  const vp8l = Buffer.alloc(25);
  vp8l.write("RIFF", 0, "latin1");
  vp8l.write("WEBPVP8L", 8, "latin1");
  vp8l[20] = 0x2f;
  // width-1 = 99 (14 bits), height-1 = 49 (14 bits), little-endian bit packing
  const bits = 99 | (49 << 14);
  vp8l.writeUInt32LE(bits >>> 0, 21);
  t.strictSame(imageInfo(vp8l), { type: "webp", width: 100, height: 50 });
  const vp8x = Buffer.alloc(30);
  vp8x.write("RIFF", 0, "latin1");
  vp8x.write("WEBPVP8X", 8, "latin1");
  vp8x.writeUIntLE(1919, 24, 3);
  vp8x.writeUIntLE(1079, 27, 3);
  t.strictSame(imageInfo(vp8x), { type: "webp", width: 1920, height: 1080 });
  // Little-endian TIFF: header, IFD at 8 with two entries (width SHORT 11, height LONG 10)
  const tiff = Buffer.alloc(8 + 2 + 24 + 4);
  tiff.write("II*\0", 0, "latin1");
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8);
  tiff.writeUInt16LE(256, 10);
  tiff.writeUInt16LE(3, 12);
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(11, 18);
  tiff.writeUInt16LE(257, 22);
  tiff.writeUInt16LE(4, 24);
  tiff.writeUInt32LE(1, 26);
  tiff.writeUInt32LE(10, 30);
  t.strictSame(imageInfo(tiff), { type: "tiff", width: 11, height: 10 });
  t.strictSame(imageInfo(Buffer.from("MM\0*\0\0\0\x08", "latin1")), { type: "tiff" }, "IFD beyond the bytes read: no dimensions");
  t.equal(imageInfo(Buffer.from("BMW,label\n1,a\n")), undefined, '"BM" alone is not a bitmap');

  const png = readFileSync(join(dir, "tiny.png"));
  const r = await checkQuality([memFile("photo.csv", png), memFile("x.dat", '{"a":1}\n{"a":2}\n'), memFile("y", "[1,2]")], { mode: "full" });
  t.equal(file(r, "photo.csv").format, "image", "magic bytes win over the extension");
  t.equal(file(r, "x.dat").format, "jsonl", "one object per line without an extension");
  t.equal(file(r, "x.dat").rows, 2);
  t.equal(file(r, "y").format, "json");
});

t.test("cell types", async (t) => {
  const cases: [string, number][] = [
    ["", T_EMPTY],
    ["   ", T_EMPTY],
    ["NA", T_MISSING],
    ["null", T_MISSING],
    ["n/a", T_MISSING],
    ["TRUE", T_BOOLEAN],
    ["false", T_BOOLEAN],
    ["-12", T_INTEGER],
    [" 42 ", T_INTEGER],
    ["3.", T_NUMBER],
    [".5", T_NUMBER],
    ["1e-3", T_NUMBER],
    ["2024-02-29", T_DATE],
    ["2023-02-29", T_STRING],
    ["2024-13-01", T_STRING],
    ["2024-01-02T03:04:05.123+02:00", T_DATETIME],
    ["2024-01-02 03:04", T_DATETIME],
    ["2024-01-02T25:00", T_STRING],
    ["12abc", T_STRING],
    ["-", T_STRING],
    ["yes", T_STRING],
    ["1e", T_STRING],
    ["+", T_STRING],
    [".", T_STRING],
    ["1.2.3", T_STRING],
    ["-.5e+2", T_NUMBER],
    ["2024-1-02", T_STRING],
    ["2024-01-0x", T_STRING],
    ["2024-01-02T03:04:05Z", T_DATETIME],
    ["2024-01-02T03:04:05.5-0130", T_DATETIME],
    ["2024-01-02T03:04Zx", T_STRING],
    ["2024-01-02T03:04:05.", T_STRING],
    ["2024-01-02T03:60", T_STRING],
    ["2024-01-02T03:04+02:0", T_STRING],
    ["2024-01-02X03:04", T_STRING],
  ];
  for (const [v, code] of cases) t.equal(classifyCell(v), code, JSON.stringify(v));
});

t.test("bounded structures: duplicate hashes and label values are capped and flagged", async (t) => {
  t.equal(DUPLICATE_HASH_CAP, 3 * 2 ** 20, "the documented cap");
  const d = new DuplicateCounter(100_000);
  for (let i = 0; i < 100_000; i++) d.add(i, i * 7);
  t.equal(d.distinct, 100_000);
  t.equal(d.capped, false);
  d.add(1, 7);
  t.equal(d.duplicates, 1, "a remembered hash is still found");
  d.add(0xffffffff, 1);
  d.add(0xffffffff, 1);
  t.equal(d.capped, true, "a new hash past the cap is not remembered");
  t.equal(d.duplicates, 1, "so its repeat is missed, and the count is flagged approximate");

  const l = new LabelCounter("label");
  for (let i = 0; i < LABEL_DISTINCT_CAP; i++) l.add(`v${i}`);
  for (let i = 0; i < 5; i++) l.add("v42");
  l.add("late");
  const rep = l.report();
  t.equal(rep.total, LABEL_DISTINCT_CAP + 6);
  t.equal(rep.distinct, LABEL_DISTINCT_CAP);
  t.equal(rep.values.length, 100);
  t.strictSame(rep.values[0], { value: "v42", count: 6 });
  t.equal(rep.other, rep.total - rep.values.reduce((s, v) => s + v.count, 0));
  t.equal(rep.untracked, 1);
  t.equal(rep.approximate, true);
});

t.test("limits: an overlong line, a quote never closed, a JSON file too large to parse", async (t) => {
  const long = Buffer.concat([Buffer.from("a,b\n1,2\n"), Buffer.alloc(MAX_LINE_BYTES + 10, 0x78), Buffer.from("\n3,4\n")]);
  const r1 = await checkQuality([memFile("long.csv", long)], { mode: "full" });
  t.strictSame(r1.files[0]?.malformed, { count: 1, lines: [{ line: 3, reason: `line longer than ${MAX_LINE_BYTES} bytes (skipped)` }] });
  t.equal(r1.files[0]?.rows, 2, "the rows around it count");

  const open = `a,b\n1,"${"x\n".repeat(MAX_RECORD_CHARS / 2 + 10)}`;
  const r2 = await checkQuality([memFile("open.csv", `${open}\n5,6\n`)], { mode: "full" });
  t.equal(r2.files[0]?.malformed?.lines[0]?.line, 2);
  t.match(r2.files[0]?.malformed?.lines[0]?.reason, /not closed within/);
  t.equal(r2.files[0]?.rows, 1, "parsing resumes after the cap (5,6)");

  const declared = await checkQuality([memFile("big.json", "[]", 65536, JSON_PARSE_LIMIT + 1)], { mode: "full" });
  t.same(declared.files[0]?.json, { root: "unparsed", error: `larger than ${JSON_PARSE_LIMIT} bytes: not parsed` });
  const actual = await checkQuality([memFile("big2.json", Buffer.alloc(JSON_PARSE_LIMIT + 1, 0x20), 1 << 20, 10)], { mode: "full" });
  t.equal(actual.files[0]?.json?.root, "unparsed", "a size understated by the caller does not get the whole file parsed");
  const bad = await checkQuality([memFile("bad.json", "[1,\n2,\n3")], { mode: "full" });
  t.equal(bad.files[0]?.json?.root, "unparsed");
  t.equal(bad.files[0]?.malformed?.count, 1);
});
