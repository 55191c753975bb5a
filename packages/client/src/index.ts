// @remotegpu/client: log a run's step metrics and text from training code.
//
// Inside a task (REMOTEGPU_RUN_DIR set) every row is one line appended to
// $REMOTEGPU_RUN_DIR/metrics.jsonl, which the agent tails and ships over its own session: this
// needs no network in the container (decision 0031). Text goes to stdout, which the agent ships
// as the task's log. Outside a task (a laptop) the run is created and fed through the tracking
// HTTP API, in batches, with retries. See docs/clients.md.
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { Auth, DEFAULT_RETRY, HttpClient, newIdempotencyKey, type RetryPolicy, TrackingError } from "./http.js";
import { checkStatus, checkStep, type MetricRow, metricRow, type RunStatus } from "./rows.js";

export { rateLimitWaitMs, type RetryPolicy, TrackingError } from "./http.js";
export type { MetricRow, RunStatus } from "./rows.js";

export interface InitOptions {
  /** Project name in the workspace (HTTP mode; inside a task the run already exists). */
  project?: string;
  name?: string;
  /** Hyper-parameters, stored with the run (HTTP mode). */
  config?: Record<string, unknown>;
  workspaceId?: string;
  /** Log to this existing run instead of creating one (HTTP mode). */
  runId?: string;
  /** The control plane's address (default REMOTEGPU_TRACKING_URL); a trailing /api is accepted. */
  url?: string;
  /** An access token or API token (default REMOTEGPU_TOKEN); else username and password log in. */
  token?: string;
  username?: string;
  password?: string;
  /** The environment to read instead of process.env (tests, or a choice made by the caller). */
  env?: Record<string, string | undefined>;
  /** Where logText() writes inside a task (default: stdout). */
  writeText?: (text: string) => void;
  /** HTTP mode: a batch is sent at this many rows (default 500) … */
  batchRows?: number;
  /** … or this long after the first unsent row (default 2000 ms). */
  flushIntervalMs?: number;
  /** HTTP mode: log() refuses more rows than this waiting for an API that does not accept them (default 100,000). */
  maxBufferedRows?: number;
  retry?: Partial<RetryPolicy>;
}

export interface Run {
  /** "file" inside a task (metrics.jsonl), "http" outside one. */
  readonly mode: "file" | "http";
  /** The run id (inside a task: REMOTEGPU_RUN_ID, which may be empty outside the platform). */
  readonly id: string;
  /** Where a task writes what becomes its output version (REMOTEGPU_OUTPUT_DIR); undefined outside a task. */
  readonly outputDir: string | undefined;
  /** The step of the last row logged, -1 before the first. */
  readonly step: number;
  /** One row of metrics at `step` (default: the previous step + 1, starting at 0). Throws on a bad value and changes nothing. */
  log(metrics: Record<string, number>, opts?: { step?: number }): void;
  /** A line of text: stdout inside a task, the run's log outside. */
  logText(text: string): void;
  /** Resolves when everything logged so far is written or accepted by the API; rejects with the reason otherwise (nothing is dropped: a later flush tries again). */
  flush(): Promise<void>;
  /** Flushes, then marks the run finished (HTTP mode). Inside a task the container's exit code decides the run's end; this only closes the file. */
  finish(status?: RunStatus): Promise<void>;
}

/** Starts a run: the mode follows the environment (REMOTEGPU_RUN_DIR set: inside a task). */
export async function init(opts: InitOptions = {}): Promise<Run> {
  const env = opts.env ?? process.env;
  const runDir = env["REMOTEGPU_RUN_DIR"];
  if (runDir) return new FileRun(runDir, env["REMOTEGPU_RUN_ID"] ?? "", env["REMOTEGPU_OUTPUT_DIR"], opts.writeText ?? ((t) => process.stdout.write(t)));
  return HttpRun.start(opts, env);
}

abstract class BaseRun {
  protected lastStep = -1;
  protected closed = false;

  get step(): number {
    return this.lastStep;
  }

  /** The row for a log() call, checked completely before anything changes. */
  protected nextRow(metrics: Record<string, number>, opts?: { step?: number }): MetricRow {
    if (this.closed) throw new Error("the run is finished: log() after finish()");
    const step = opts?.step === undefined ? this.lastStep + 1 : checkStep(opts.step);
    if (!Number.isSafeInteger(step)) throw new RangeError("step is beyond 2^53-1");
    return metricRow(metrics, step);
  }

  protected checkText(text: unknown): string {
    if (this.closed) throw new Error("the run is finished: logText() after finish()");
    if (typeof text !== "string") throw new TypeError("logText() takes a string");
    return text;
  }
}

class FileRun extends BaseRun implements Run {
  readonly mode = "file";
  readonly path: string;
  private readonly fd: number;

  constructor(
    runDir: string,
    readonly id: string,
    readonly outputDir: string | undefined,
    private readonly writeText: (text: string) => void,
  ) {
    super();
    this.path = join(runDir, "metrics.jsonl");
    try {
      // O_APPEND: every write lands at the end even with other writers (another process of the task).
      this.fd = openSync(this.path, "a");
    } catch (err) {
      throw new Error(`cannot open ${this.path} (REMOTEGPU_RUN_DIR): ${(err as Error).message}`);
    }
  }

  log(metrics: Record<string, number>, opts?: { step?: number }): void {
    const row = this.nextRow(metrics, opts);
    // The whole line in one write(2): the agent tailing the file never reads half an object.
    const line = Buffer.from(JSON.stringify(row) + "\n");
    const written = writeSync(this.fd, line);
    if (written !== line.length) throw new Error(`${this.path}: wrote ${written} of ${line.length} bytes (disk full?)`);
    this.lastStep = row.step;
  }

  logText(text: string): void {
    this.writeText(this.checkText(text) + "\n");
  }

  async flush(): Promise<void> {
    // Every line was written by log() itself.
  }

  async finish(status: RunStatus = "finished"): Promise<void> {
    checkStatus(status);
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

interface Batch {
  path: string;
  /** Serialised once: a retry repeats these very bytes with the same key. */
  body: string;
  key: string;
}

/** The control plane's address without a trailing slash or /api (the client adds the paths). */
export function baseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new TypeError(`not a URL: ${url}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new TypeError(`the tracking URL must be http or https, not ${u.protocol}`);
  if (u.search || u.hash) throw new TypeError("the tracking URL takes no query or fragment");
  return (u.origin + u.pathname).replace(/\/+$/, "").replace(/\/api$/, "");
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number`);
  return value;
}

class HttpRun extends BaseRun implements Run {
  readonly mode = "http";
  readonly outputDir = undefined;
  private rows: MetricRow[] = [];
  private lines: string[] = [];
  /** The batch being sent, kept until the API accepts it; never re-cut, so a retry is recognisable. */
  private rowBatch: Batch | undefined;
  private lineBatch: Batch | undefined;
  private rowsInBatch = 0;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private lastError: Error | undefined;
  private finishKey: string | undefined;
  private finished = false;
  private exitFlushTried = false;
  private readonly batchRows: number;
  private readonly flushIntervalMs: number;
  private readonly maxBufferedRows: number;

  private constructor(
    readonly id: string,
    private readonly client: HttpClient,
    limits: { batchRows: number; flushIntervalMs: number; maxBufferedRows: number },
  ) {
    super();
    this.batchRows = limits.batchRows;
    this.flushIntervalMs = limits.flushIntervalMs;
    this.maxBufferedRows = limits.maxBufferedRows;
    // A script that ends without finish() still delivers what it logged: beforeExit comes when
    // nothing else keeps the process alive (our timer does not), and the flush keeps it alive.
    process.on("beforeExit", this.onBeforeExit);
  }

  static async start(opts: InitOptions, env: Record<string, string | undefined>): Promise<HttpRun> {
    const url = opts.url ?? env["REMOTEGPU_TRACKING_URL"];
    if (!url) throw new TypeError("no tracking URL: pass { url } or set REMOTEGPU_TRACKING_URL (or run inside a task, where REMOTEGPU_RUN_DIR is set)");
    const token = opts.token ?? env["REMOTEGPU_TOKEN"];
    const hasLogin = opts.username !== undefined || opts.password !== undefined;
    if (hasLogin && (!opts.username || !opts.password)) throw new TypeError("username and password go together");
    if (!token && !hasLogin) throw new TypeError("no credentials: pass { token }, set REMOTEGPU_TOKEN, or pass { username, password }");
    // Every option is checked before the first request.
    const limits = {
      batchRows: Math.ceil(positive("batchRows", opts.batchRows, 500)),
      flushIntervalMs: positive("flushIntervalMs", opts.flushIntervalMs, 2000),
      maxBufferedRows: positive("maxBufferedRows", opts.maxBufferedRows, 100_000),
    };
    if (opts.runId !== undefined && (typeof opts.runId !== "string" || opts.runId === "")) throw new TypeError("runId must be a non-empty string");
    const retry: RetryPolicy = { ...DEFAULT_RETRY, ...opts.retry };
    for (const [k, v] of Object.entries(retry))
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new RangeError(`retry.${k} must be a number from 0 up`);
    const auth = new Auth(token || undefined, hasLogin ? { username: opts.username!, password: opts.password! } : undefined);
    const client = new HttpClient(baseUrl(url), auth, retry);
    const body: Record<string, unknown> = {};
    if (opts.project !== undefined) body["project"] = opts.project;
    if (opts.name !== undefined) body["name"] = opts.name;
    if (opts.workspaceId !== undefined) body["workspace_id"] = opts.workspaceId;
    if (opts.config !== undefined) body["config"] = opts.config;
    let bodyText: string;
    try {
      bodyText = JSON.stringify(body);
    } catch (err) {
      throw new TypeError(`config must be JSON: ${(err as Error).message}`);
    }
    if (!token) await auth.login(client);
    let id = opts.runId;
    if (id === undefined) {
      const answer = await client.request("/api/runs", bodyText, { idempotencyKey: newIdempotencyKey() });
      const data = (answer as { data?: { id?: unknown } } | undefined)?.data;
      if (typeof data?.id !== "string" || data.id === "")
        throw new TrackingError(`POST /api/runs answered without a run id: ${JSON.stringify(answer)?.slice(0, 200)}`);
      id = data.id;
    }
    return new HttpRun(id, client, limits);
  }

  private get runPath(): string {
    return `/api/runs/${encodeURIComponent(this.id)}`;
  }

  /** Rows not yet accepted by the API (queued and in the batch being sent). */
  get pendingRows(): number {
    return this.rows.length + this.rowsInBatch;
  }

  log(metrics: Record<string, number>, opts?: { step?: number }): void {
    const row = this.nextRow(metrics, opts);
    if (this.pendingRows >= this.maxBufferedRows)
      throw new TrackingError(
        `${this.pendingRows} rows are waiting for the tracking API${this.lastError ? ` (${this.lastError.message})` : ""}: call flush() to see why`,
      );
    this.rows.push(row);
    this.lastStep = row.step;
    this.schedule(this.rows.length >= this.batchRows);
  }

  logText(text: string): void {
    // One trailing newline ends the last line; it does not make an empty one.
    this.lines.push(
      ...this.checkText(text)
        .replace(/\r?\n$/, "")
        .split(/\r?\n/),
    );
    this.schedule(this.lines.length >= this.batchRows);
  }

  async flush(): Promise<void> {
    this.stopTimer();
    await this.drain();
  }

  async finish(status: RunStatus = "finished"): Promise<void> {
    checkStatus(status);
    if (this.finished) return;
    this.closed = true;
    // If either step fails nothing is lost: the rows stay queued and finish() may be called again.
    await this.flush();
    this.finishKey ??= newIdempotencyKey();
    await this.client.request(`${this.runPath}/finish`, JSON.stringify({ status }), { idempotencyKey: this.finishKey });
    this.finished = true;
    process.off("beforeExit", this.onBeforeExit);
  }

  private schedule(now: boolean): void {
    if (now) {
      this.stopTimer();
      this.background();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.background();
      }, this.flushIntervalMs);
      this.timer.unref();
    }
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** A flush nobody awaits: its failure is kept for the next flush(), and the rows stay queued. */
  private background(): void {
    this.drain().catch(() => {});
  }

  private drain(): Promise<void> {
    this.draining ??= this.drainLoop().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  /** Sends batches, oldest first, until nothing is queued; one at a time, so rows arrive in order. */
  private async drainLoop(): Promise<void> {
    try {
      for (;;) {
        if (!this.rowBatch && this.rows.length > 0) {
          const rows = this.rows.splice(0, this.batchRows);
          this.rowBatch = { path: `${this.runPath}/metrics`, body: JSON.stringify({ rows }), key: newIdempotencyKey() };
          this.rowsInBatch = rows.length;
        }
        if (!this.lineBatch && this.lines.length > 0) {
          const lines = this.lines.splice(0, this.batchRows);
          this.lineBatch = { path: `${this.runPath}/logs`, body: JSON.stringify({ lines }), key: newIdempotencyKey() };
        }
        const batch = this.rowBatch ?? this.lineBatch;
        if (!batch) break;
        await this.client.request(batch.path, batch.body, { idempotencyKey: batch.key });
        if (batch === this.rowBatch) {
          this.rowBatch = undefined;
          this.rowsInBatch = 0;
        } else this.lineBatch = undefined;
      }
      this.lastError = undefined;
      this.exitFlushTried = false;
    } catch (err) {
      this.lastError = err as Error;
      throw err;
    }
  }

  private readonly onBeforeExit = (): void => {
    if (this.exitFlushTried || (this.pendingRows === 0 && this.lines.length === 0 && !this.lineBatch)) return;
    this.exitFlushTried = true;
    this.stopTimer();
    this.drain().catch((err: Error) => process.stderr.write(`remotegpu client: rows of run ${this.id} were not delivered: ${err.message}\n`));
  };
}
