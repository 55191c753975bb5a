// Ships every task container's log and metrics lines to the control plane as TaskOutput frames
// (decision 0031). Per task and channel at most one frame is unacknowledged; the control plane's
// TaskOutputAck{next_line} says where to go on (after a restart of either side, too: the agent
// reads Docker's log and the metrics file again from the start, numbering the lines the same
// way, and skips what is stored). Memory is bounded: at most WINDOW_LINES / WINDOW_BYTES lines
// past the acknowledged one are held, and reading pauses while the window is full. Nothing here
// waits on the session: frames go out through a non-blocking `send`.
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "pino";
import { type pb, TaskChannel } from "@remotegpu/protocol";
import { RuntimeError, type DockerEngine } from "../containers/docker.js";
import { containerName, LABEL, OWNER, parseTaskLimits, type TaskLimits } from "../containers/spec.js";
import { DockerLogParser, FileLineParser } from "./lines.js";

/** One frame: at most this many lines and (about) this many bytes. */
export const FRAME_LINES = 1000;
export const FRAME_BYTES = 256 * 1024;
/** Lines held beyond the acknowledged one (per task and channel) before reading pauses. */
const WINDOW_LINES = 4 * FRAME_LINES;
const WINDOW_BYTES = 2 * 1024 * 1024;
/** A frame without an answer for this long is sent again. */
export const RESEND_MS = 5000;
/** The metrics file is read this often, and unanswered frames are checked. */
const TICK_MS = 300;
const METRICS_CHUNK = 64 * 1024;
/** Encoded bytes a line adds to a frame besides its text (tag, length, stream, time). */
const LINE_OVERHEAD = 24;
export const METRICS_FILE = "metrics.jsonl";

export interface ShipperOptions {
  engine: DockerEngine;
  /** <tasksDir>/<instance_id>/run/metrics.jsonl is each task's metrics file. */
  tasksDir: string;
  log: Logger;
  /** Sends a frame now if the session is ready (false: not sent; it is tried again later). */
  send(out: pb.TaskOutputInit): boolean;
  /**
   * A task's container has ended (its log stream ended): the reconciler reports the exit now
   * rather than at its next poll, so that the task is settled within a second.
   */
  onEnded?: (instanceId: string) => void;
  /** Test hooks. */
  resendMs?: number;
  tickMs?: number;
}

/** What a channel shipped, for TaskOutcome. */
export interface ChannelCounts {
  /** Lines the control plane acknowledged (its next_line). */
  lines: number;
  /** Lines over the limit, counted and never sent. */
  dropped: number;
  /** Every line, the last frame included, is acknowledged. */
  done: boolean;
}

interface Inflight {
  first: number;
  count: number;
  eof: boolean;
  frame: pb.TaskOutputInit;
  /** 0: not sent yet (the session was not ready). */
  sentAt: number;
}

class Channel {
  /** Lines read and kept, not yet acknowledged, in order: { n, line }. */
  window: { n: number; line: pb.TaskLineInit; bytes: number }[] = [];
  windowBytes = 0;
  /** Lines numbered so far in this reading (the dropped ones included). */
  numbered = 0;
  dropped = 0;
  /** Lines numbered below this are not kept (the control plane has them). */
  skipTo = 0;
  /** The control plane's next_line. */
  acked = 0;
  inflight: Inflight | undefined;
  /** The reader reached the end and the container had ended: no more lines. */
  sourceDone = false;
  /** The frame with eof was acknowledged. */
  done = false;
  /** Bumped to make the reader start over (an acknowledgement went backwards). */
  readGen = 0;
  private roomWaiters: (() => void)[] = [];

  constructor(
    readonly kind: pb.TaskChannel,
    readonly cap: number,
  ) {}

  push(line: pb.TaskLineInit): void {
    const n = this.numbered++;
    if (this.cap > 0 && n >= this.cap) {
      this.dropped++;
      return;
    }
    if (n < this.skipTo || n < this.acked) return;
    const bytes = Buffer.byteLength(line.text ?? "") + LINE_OVERHEAD;
    this.window.push({ n, line, bytes });
    this.windowBytes += bytes;
  }

  get full(): boolean {
    return this.window.length >= WINDOW_LINES || this.windowBytes >= WINDOW_BYTES;
  }

  /** Resolves when the window has room (or at once). */
  room(): Promise<void> {
    if (!this.full) return Promise.resolve();
    return new Promise((r) => this.roomWaiters.push(r));
  }

  wake(): void {
    if (this.full) return;
    const w = this.roomWaiters;
    this.roomWaiters = [];
    for (const r of w) r();
  }

  wakeAll(): void {
    const w = this.roomWaiters;
    this.roomWaiters = [];
    for (const r of w) r();
  }

  /** Drops the lines the control plane has. */
  ackTo(next: number): void {
    this.acked = next;
    let k = 0;
    while (k < this.window.length && this.window[k]!.n < next) {
      this.windowBytes -= this.window[k]!.bytes;
      k++;
    }
    if (k > 0) this.window = this.window.slice(k);
    if (next > this.skipTo) this.skipTo = next;
    this.wake();
  }

  /** Start reading again from the beginning, keeping nothing below `from`. */
  rewind(from: number): void {
    this.window = [];
    this.windowBytes = 0;
    this.numbered = 0;
    this.dropped = 0;
    this.skipTo = from;
    this.acked = from;
    this.sourceDone = false;
    this.done = false;
    this.readGen++;
    this.wakeAll();
  }

  /** The next frame to send from the acknowledged line on (undefined: nothing to send). */
  nextFrame(instanceId: string): Inflight | undefined {
    if (this.done) return undefined;
    const lines: pb.TaskLineInit[] = [];
    let bytes = 0;
    let k = 0;
    // The window starts at the acknowledged line (ackTo dropped what is below it).
    while (k < this.window.length && lines.length < FRAME_LINES) {
      const e = this.window[k]!;
      if (e.n !== this.acked + lines.length) break; // never a gap inside a frame
      if (lines.length > 0 && bytes + e.bytes > FRAME_BYTES) break;
      lines.push(e.line);
      bytes += e.bytes;
      k++;
    }
    const eof = this.sourceDone && k === this.window.length;
    if (lines.length === 0 && !eof) return undefined;
    const frame: pb.TaskOutputInit = { instanceId, channel: this.kind, firstLine: this.acked, lines, droppedLines: this.dropped, eof };
    return { first: this.acked, count: lines.length, eof, frame, sentAt: 0 };
  }
}

class Task {
  readonly log: Channel;
  readonly metrics: Channel;
  /** The container has ended (its log stream ended and the engine says it is not running). */
  ended = false;
  stopped = false;
  stream: NodeJS.ReadableStream | undefined;
  metricsOffset = 0;
  metricsParser: FileLineParser;
  metricsReading = false;
  private doneWaiters: (() => void)[] = [];

  constructor(
    readonly instanceId: string,
    readonly limits: TaskLimits,
  ) {
    this.log = new Channel(TaskChannel.TASK_CHANNEL_LOG, limits.maxLogLines);
    this.metrics = new Channel(TaskChannel.TASK_CHANNEL_METRICS, limits.maxMetricLines);
    this.metricsParser = new FileLineParser(limits.maxLineBytes, (l) => this.metrics.push(l));
  }

  channel(kind: pb.TaskChannel): Channel | undefined {
    return kind === TaskChannel.TASK_CHANNEL_LOG ? this.log : kind === TaskChannel.TASK_CHANNEL_METRICS ? this.metrics : undefined;
  }

  whenDone(): Promise<void> {
    if (this.log.done && this.metrics.done) return Promise.resolve();
    return new Promise((r) => this.doneWaiters.push(r));
  }

  checkDone(): void {
    if (!(this.log.done && this.metrics.done) && !this.stopped) return;
    const w = this.doneWaiters;
    this.doneWaiters = [];
    for (const r of w) r();
  }
}

export class TaskShipper {
  private readonly tasks = new Map<string, Task>();
  /** Tasks being finished: never picked up again by sync(). */
  private readonly finishing = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: ShipperOptions) {}

  start(): void {
    this.timer ??= setInterval(() => this.tick(), this.opts.tickMs ?? TICK_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    for (const id of [...this.tasks.keys()]) this.forget(id);
  }

  get tracked(): string[] {
    return [...this.tasks.keys()];
  }

  /** Lines and bytes held for a task now (both channels): what the window bounds. */
  held(instanceId: string): { lines: number; bytes: number } | undefined {
    const t = this.tasks.get(instanceId);
    if (!t) return undefined;
    return { lines: t.log.window.length + t.metrics.window.length, bytes: t.log.windowBytes + t.metrics.windowBytes };
  }

  /** Picks up every task container of this agent not tracked yet (at start-up and now and then). */
  async sync(): Promise<void> {
    let infos: Awaited<ReturnType<DockerEngine["listOwned"]>>;
    try {
      infos = await this.opts.engine.listOwned();
    } catch (err) {
      this.opts.log.warn({ err: (err as Error).message }, "cannot list task containers");
      return;
    }
    for (const info of infos) {
      const labels = info.Config.Labels ?? {};
      const id = labels[LABEL.INSTANCE]!;
      if (labels[LABEL.TASK] !== "1" || labels[LABEL.OWNER] !== OWNER || info.Name.replace(/^\//, "") !== containerName(id)) continue;
      this.track(id, parseTaskLimits(labels[LABEL.TASK_LIMITS]));
    }
  }

  /** Starts shipping a task's lines (no-op when it is shipped already or being finished). */
  track(instanceId: string, limits: TaskLimits): void {
    if (this.tasks.has(instanceId) || this.finishing.has(instanceId)) return;
    const task = new Task(instanceId, limits);
    this.tasks.set(instanceId, task);
    void this.readLog(task);
    this.opts.log.info({ instanceId }, "shipping a task's log and metrics");
  }

  /** Stops shipping (the task was destroyed or finished). */
  forget(instanceId: string): void {
    const task = this.tasks.get(instanceId);
    if (!task) return;
    task.stopped = true;
    this.tasks.delete(instanceId);
    (task.stream as { destroy?: () => void } | undefined)?.destroy?.();
    task.log.wakeAll();
    task.metrics.wakeAll();
    task.checkDone();
  }

  /**
   * For FinishTask: waits (at most timeoutMs) until both channels are shipped to their end and
   * acknowledged, then stops shipping the task. Its container must have ended or be gone.
   */
  async flush(instanceId: string, limits: TaskLimits, timeoutMs: number): Promise<{ log: ChannelCounts; metrics: ChannelCounts }> {
    this.finishing.delete(instanceId);
    this.track(instanceId, limits);
    this.finishing.add(instanceId);
    const task = this.tasks.get(instanceId)!;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([task.whenDone(), new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)))]);
    clearTimeout(timer);
    const counts = (c: Channel): ChannelCounts => ({ lines: c.acked, dropped: c.dropped, done: c.done });
    const out = { log: counts(task.log), metrics: counts(task.metrics) };
    this.forget(instanceId);
    return out;
  }

  /** Done with a finished task for good (its container is removed). */
  finished(instanceId: string): void {
    this.forget(instanceId);
    this.finishing.delete(instanceId);
  }

  /** TaskOutputAck from the control plane. */
  onAck(ack: pb.TaskOutputAck): void {
    const task = this.tasks.get(ack.instanceId);
    const ch = task?.channel(ack.channel);
    if (!task || !ch) return;
    const next = Number(ack.nextLine);
    if (!Number.isSafeInteger(next) || next < 0) return;
    const f = ch.inflight;
    // No progress while a frame with lines is out: an answer to an earlier copy of it (or the
    // store failed; the resend timer covers that). The frame stays out.
    if (f && f.count > 0 && next === f.first && next === ch.acked) return;
    if (f?.eof && next >= f.first + f.count) ch.done = true;
    if (next >= ch.acked) ch.ackTo(next);
    else {
      // The control plane wants lines we no longer hold: read everything again from the start.
      this.opts.log.warn({ instanceId: task.instanceId, channel: ch.kind, next, acked: ch.acked }, "the control plane asks for earlier lines; reading again");
      ch.rewind(next);
      if (ch.kind === TaskChannel.TASK_CHANNEL_LOG) {
        (task.stream as { destroy?: () => void } | undefined)?.destroy?.();
        void this.readLog(task);
      } else {
        task.metricsOffset = 0;
        task.metricsParser = new FileLineParser(task.limits.maxLineBytes, (l) => task.metrics.push(l));
      }
    }
    ch.inflight = undefined;
    task.checkDone();
    this.pump(task, ch);
  }

  /** The session is (re)established: whatever was out is sent again. */
  onSessionReady(): void {
    for (const task of this.tasks.values()) {
      for (const ch of [task.log, task.metrics]) {
        if (ch.inflight) this.transmit(ch.inflight);
        else this.pump(task, ch);
      }
    }
  }

  private transmit(f: Inflight): void {
    f.sentAt = this.opts.send(f.frame) ? Date.now() : 0;
  }

  private pump(task: Task, ch: Channel): void {
    if (task.stopped || ch.inflight || ch.done) return;
    const f = ch.nextFrame(task.instanceId);
    if (!f) return;
    ch.inflight = f;
    this.transmit(f);
  }

  private tick(): void {
    const resendMs = this.opts.resendMs ?? RESEND_MS;
    const now = Date.now();
    for (const task of this.tasks.values()) {
      void this.readMetrics(task);
      for (const ch of [task.log, task.metrics]) {
        const f = ch.inflight;
        if (f && (f.sentAt === 0 || now - f.sentAt >= resendMs)) this.transmit(f);
        else this.pump(task, ch);
      }
    }
  }

  /** Follows the container's log; at its end, checks that the container has ended. */
  private async readLog(task: Task): Promise<void> {
    const ch = task.log;
    const gen = ch.readGen;
    const current = () => !task.stopped && ch.readGen === gen;
    let failures = 0;
    while (current()) {
      let stream: NodeJS.ReadableStream;
      try {
        stream = await this.opts.engine.logs(containerName(task.instanceId));
      } catch (err) {
        if (err instanceof RuntimeError && err.code === "NOT_FOUND") {
          // No container (removed, or lost with its host): nothing more to read.
          this.endLog(task, ch);
          return;
        }
        this.opts.log.warn({ instanceId: task.instanceId, err: (err as Error).message }, "cannot read a task's log; trying again");
        await sleep(Math.min(30_000, 1000 * 2 ** Math.min(failures++, 5)));
        continue;
      }
      if (!current()) {
        (stream as { destroy?: () => void }).destroy?.();
        return;
      }
      task.stream = stream;
      const parser = new DockerLogParser(task.limits.maxLineBytes, (l) => ch.push(l));
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          if (!current()) break;
          parser.write(chunk);
          this.pump(task, ch);
          // Backpressure: the stream is not read on while the window is full.
          await ch.room();
        }
      } catch (err) {
        if (current()) this.opts.log.warn({ instanceId: task.instanceId, err: (err as Error).message }, "a task's log stream broke");
      }
      if (!current()) return;
      const info = await this.opts.engine.inspect(containerName(task.instanceId)).catch(() => "unknown" as const);
      const ended = info === undefined || (info !== "unknown" && !info.State.Running && !info.State.Restarting && info.State.Status !== "created");
      if (ended) {
        parser.end();
        this.endLog(task, ch);
        return;
      }
      // The stream ended while the container runs (the engine restarted, a broken link): read
      // again from the start, keeping nothing below what is held already.
      const held = ch.numbered;
      ch.numbered = 0;
      ch.dropped = 0;
      ch.skipTo = Math.max(ch.skipTo, Math.min(held, ch.cap > 0 ? ch.cap : held));
      await sleep(Math.min(30_000, 500 * 2 ** Math.min(failures++, 6)));
    }
  }

  private endLog(task: Task, ch: Channel): void {
    if (!task.ended) this.opts.onEnded?.(task.instanceId);
    task.ended = true;
    ch.sourceDone = true;
    this.pump(task, ch);
  }

  /** Reads what was appended to metrics.jsonl (complete lines; the last one too once the task ended). */
  private async readMetrics(task: Task): Promise<void> {
    const ch = task.metrics;
    if (task.metricsReading || ch.sourceDone || task.stopped) return;
    task.metricsReading = true;
    try {
      // Known before the read: once the container has ended, a read that finds nothing more is the end.
      const ended = task.ended;
      const got = await this.readMetricsChunk(task);
      if (got === 0 && ended) {
        task.metricsParser.end();
        ch.sourceDone = true;
      }
      this.pump(task, ch);
    } finally {
      task.metricsReading = false;
    }
  }

  /** Bytes read (0: nothing new, or no file). Reads up to the window's room, a chunk at a time. */
  private async readMetricsChunk(task: Task): Promise<number> {
    const path = join(this.opts.tasksDir, task.instanceId, "run", METRICS_FILE);
    let fh: Awaited<ReturnType<typeof open>>;
    try {
      // The container owns this directory: never follow a link it planted (it could point at any
      // host file), and never block on a FIFO.
      fh = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch {
      return 0;
    }
    let total = 0;
    try {
      const st = await fh.stat();
      if (!st.isFile()) return 0;
      const buf = Buffer.alloc(METRICS_CHUNK);
      while (!task.metrics.full && !task.stopped) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, task.metricsOffset);
        if (bytesRead === 0) break;
        task.metricsOffset += bytesRead;
        total += bytesRead;
        task.metricsParser.write(buf.subarray(0, bytesRead));
        this.pump(task, task.metrics);
      }
      // A full window with more to read is not the end of the file.
      if (task.metrics.full) total = Math.max(total, 1);
    } finally {
      await fh.close();
    }
    return total;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
