// Splitting a task's output into lines (decision 0031): Docker's multiplexed log stream and the
// task's metrics.jsonl. Pure and bounded: a line longer than the limit is cut while it arrives,
// so a task printing gigabytes without a newline costs no memory.
import { type pb, TaskStream } from "@remotegpu/protocol";

/** Appended to a line that was cut (counted in its bytes). */
export const CUT_MARK = "…[cut]";
const CUT_MARK_BYTES = Buffer.byteLength(CUT_MARK);
/** Bytes of a line when the spec says 0; and the most any spec may ask (a frame holds 256 KiB). */
export const DEFAULT_LINE_BYTES = 16 * 1024;
export const MAX_LINE_BYTES = 128 * 1024;

export function lineLimit(maxLineBytes: number): number {
  if (!(maxLineBytes > 0)) return DEFAULT_LINE_BYTES;
  return Math.max(CUT_MARK_BYTES + 8, Math.min(MAX_LINE_BYTES, maxLineBytes));
}

/** The longest prefix of `b` of at most `max` bytes that does not split a UTF-8 character. */
function utf8Prefix(b: Buffer, max: number): Buffer {
  if (b.length <= max) return b;
  let end = max;
  while (end > 0 && (b[end]! & 0xc0) === 0x80) end--;
  return b.subarray(0, end);
}

/** The text of a line of at most `limit` bytes (invalid UTF-8 becomes U+FFFD, then counted again). */
export function lineText(raw: Buffer, limit: number, cut: boolean): string {
  let text = raw.toString("utf8");
  if (!cut && Buffer.byteLength(text) <= limit) return text;
  const b = Buffer.from(text, "utf8");
  text = utf8Prefix(b, limit - CUT_MARK_BYTES).toString("utf8");
  return `${text}${CUT_MARK}`;
}

/** One line being assembled from pieces: keeps at most `limit` bytes, remembers that it was cut. */
class Pending {
  parts: Buffer[] = [];
  bytes = 0;
  cut = false;
  atMs = 0;
  constructor(private readonly limit: number) {}

  add(piece: Buffer, atMs: number): void {
    if (this.parts.length === 0 && !this.cut) this.atMs = atMs;
    const room = this.limit - this.bytes;
    if (piece.length > room) {
      this.cut = true;
      if (room > 0) {
        this.parts.push(Buffer.from(piece.subarray(0, room)));
        this.bytes += room;
      }
      return;
    }
    if (piece.length > 0) {
      // A copy: the piece may be a view into a large chunk that must not stay alive.
      this.parts.push(Buffer.from(piece));
      this.bytes += piece.length;
    }
  }

  get empty(): boolean {
    return this.bytes === 0 && !this.cut;
  }

  take(): { raw: Buffer; cut: boolean; atMs: number } {
    const r = { raw: Buffer.concat(this.parts), cut: this.cut, atMs: this.atMs };
    this.parts = [];
    this.bytes = 0;
    this.cut = false;
    this.atMs = 0;
    return r;
  }
}

const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) /;

/**
 * Docker's log stream of a container without a TTY: frames of an 8-byte header (stream 1 or 2,
 * three zero bytes, the payload length big-endian) and a payload; with timestamps each payload
 * (one message, a line or a part of a long one) starts with an RFC 3339 time and a space.
 */
export class DockerLogParser {
  private buf: Buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, Pending>();
  private readonly limit: number;

  constructor(
    maxLineBytes: number,
    private readonly emit: (line: pb.TaskLineInit) => void,
  ) {
    this.limit = lineLimit(maxLineBytes);
  }

  write(chunk: Buffer): void {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    let off = 0;
    while (this.buf.length - off >= 8) {
      const size = this.buf.readUInt32BE(off + 4);
      if (this.buf.length - off - 8 < size) break;
      const kind = this.buf[off]!;
      this.frame(kind === 2 ? TaskStream.TASK_STREAM_STDERR : TaskStream.TASK_STREAM_STDOUT, this.buf.subarray(off + 8, off + 8 + size));
      off += 8 + size;
    }
    // What is left is less than one frame (Docker's messages are at most 16 KiB and a header).
    this.buf = off === 0 ? this.buf : Buffer.from(this.buf.subarray(off));
  }

  private frame(stream: pb.TaskStream, payload: Buffer): void {
    let atMs = Date.now();
    const head = payload.subarray(0, 48).toString("latin1");
    const m = TIMESTAMP.exec(head);
    if (m) {
      const t = Date.parse(m[1]!);
      if (Number.isFinite(t)) atMs = t;
      payload = payload.subarray(m[0].length);
    }
    let p = this.pending.get(stream);
    if (!p) {
      p = new Pending(this.limit);
      this.pending.set(stream, p);
    }
    let start = 0;
    for (let nl = payload.indexOf(10, start); nl >= 0; nl = payload.indexOf(10, start)) {
      p.add(payload.subarray(start, nl), atMs);
      const { raw, cut, atMs: first } = p.take();
      this.emit({ stream, text: lineText(raw, this.limit, cut), atMs: first || atMs });
      start = nl + 1;
    }
    if (start < payload.length) p.add(payload.subarray(start), atMs);
  }

  /** The stream ended: a last line without a newline counts. */
  end(): void {
    for (const [stream, p] of this.pending) {
      if (p.empty) continue;
      const { raw, cut, atMs } = p.take();
      this.emit({ stream, text: lineText(raw, this.limit, cut), atMs: atMs || Date.now() });
    }
  }
}

/** Lines of a plain file read in chunks (metrics.jsonl): only complete ones until `end()`. */
export class FileLineParser {
  private readonly pending: Pending;
  private readonly limit: number;

  constructor(
    maxLineBytes: number,
    private readonly emit: (line: pb.TaskLineInit) => void,
  ) {
    this.limit = lineLimit(maxLineBytes);
    this.pending = new Pending(this.limit);
  }

  write(chunk: Buffer): void {
    const now = Date.now();
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      this.pending.add(chunk.subarray(start, nl), now);
      const { raw, cut } = this.pending.take();
      this.emit({ stream: TaskStream.TASK_STREAM_METRICS, text: lineText(raw, this.limit, cut), atMs: now });
      start = nl + 1;
    }
    if (start < chunk.length) this.pending.add(chunk.subarray(start), now);
  }

  end(): void {
    if (this.pending.empty) return;
    const { raw, cut } = this.pending.take();
    this.emit({ stream: TaskStream.TASK_STREAM_METRICS, text: lineText(raw, this.limit, cut), atMs: Date.now() });
  }
}
