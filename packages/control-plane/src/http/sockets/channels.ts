// ws /ws: the AI Platform's live channels (issue 13). A client authenticates with its access
// token (?token= or a first message {"type": "auth", "token"}), then subscribes:
//   {"type": "subscribe", "channel": "training", "resource_id": "<task id>"} → {"type": "progress", "task_id", "progress", "step", "status", ...}
//   channel "logs" → {"type": "log", "task_id", "line", "stream", "text", "at"} from `offset` (default 0) on
//   channel "gpu"  → {"type": "gpu", "task_id", "gpus": [{index, uuid, telemetry}]} every few seconds while it runs
// Each subscription is authorised when it is made (with the token as it is then); another
// workspace's task is "not found". A client that does not read what it is sent is dropped,
// never waited for.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { type WebSocket, WebSocketServer } from "ws";
import { currentTask, runLogLines, taskGpusNow } from "../../services/tasks/live.js";
import type { Db } from "../../db/knex.js";
import type { TaskRow } from "../../db/rows.js";
import { isFinal } from "../../domain/tasks.js";
import type { Component } from "../../services/components/lifecycle.js";
import type { LiveFeed } from "../../services/components/live-feed.js";
import type { JwtKeyring } from "../../services/platform/access-tokens.js";
import { principalOf, type Principal } from "../../services/platform/sessions.js";
import { mayReadTask } from "../../services/tasks/tasks.js";

export const LIVE_PATH = "/ws";
/** Bytes queued for a client beyond which it is dropped (it stopped reading). */
const MAX_BUFFERED = 1024 * 1024;
const MAX_SUBSCRIPTIONS = 100;
const MAX_MESSAGE = 16 * 1024;
const GPU_EVERY_MS = 5000;
/** Subscriptions also look at the database this often (a lost notification only delays them). */
const POLL_MS = 5000;
/** Log lines sent per look (a client catching up gets the rest on the next wake-up). */
const LOG_BATCH = 500;
const LOG_BATCHES = 20;
const CHANNELS = ["training", "logs", "gpu"] as const;
type ChannelName = (typeof CHANNELS)[number];

export interface LiveDeps {
  db: Db;
  keys: JwtKeyring;
  live: LiveFeed;
  log: Logger;
}

interface Subscription {
  stop(): void;
}

class Client {
  private principal: Principal | undefined;
  private token: string | undefined;
  private readonly subs = new Map<string, Subscription>();
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly deps: LiveDeps,
    token: string | undefined,
  ) {
    ws.on("message", (data, isBinary) => void this.onMessage(isBinary ? "" : data.toString()));
    ws.on("close", () => this.close());
    ws.on("error", () => this.close());
    if (token) void this.auth(token);
  }

  send(msg: Record<string, unknown>): void {
    if (this.closed) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED) {
      this.deps.log.info("dropping a live client that does not read");
      this.ws.terminate();
      this.close();
      return;
    }
    this.ws.send(JSON.stringify(msg));
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.subs.values()) s.stop();
    this.subs.clear();
  }

  private async auth(token: string): Promise<boolean> {
    try {
      this.principal = await principalOf(this.deps.db, this.deps.keys, `Bearer ${token}`);
      this.token = token;
      this.send({ type: "authenticated", user_id: this.principal.user.user_id });
      return true;
    } catch {
      this.send({ type: "error", code: "UNAUTHORIZED", error: "the access token is not valid" });
      this.ws.close(4401, "unauthorized");
      this.close();
      return false;
    }
  }

  private async onMessage(text: string): Promise<void> {
    let m: Record<string, unknown>;
    try {
      const v: unknown = JSON.parse(text);
      if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("not an object");
      m = v as Record<string, unknown>;
    } catch {
      this.send({ type: "error", code: "INVALID_ARGUMENT", error: "messages are JSON objects with a type" });
      return;
    }
    switch (m["type"]) {
      case "auth":
        if (typeof m["token"] !== "string" || m["token"].length > 4096) this.send({ type: "error", code: "INVALID_ARGUMENT", error: "token must be a string" });
        else await this.auth(m["token"]);
        return;
      case "ping":
        this.send({ type: "pong" });
        return;
      case "subscribe":
      case "unsubscribe":
        return this.onSubscription(m);
      default:
        this.send({ type: "error", code: "INVALID_ARGUMENT", error: "type must be auth, subscribe, unsubscribe or ping" });
    }
  }

  private async onSubscription(m: Record<string, unknown>): Promise<void> {
    const channel = m["channel"];
    const id = m["resource_id"];
    if (typeof channel !== "string" || !(CHANNELS as readonly string[]).includes(channel) || typeof id !== "string" || id.length > 64) {
      this.send({ type: "error", code: "INVALID_ARGUMENT", error: "channel must be training, logs or gpu, and resource_id a task id" });
      return;
    }
    const key = `${channel}:${id}`;
    if (m["type"] === "unsubscribe") {
      this.subs.get(key)?.stop();
      this.subs.delete(key);
      this.send({ type: "unsubscribed", channel, resource_id: id });
      return;
    }
    if (!this.principal || !this.token) {
      this.send({ type: "error", code: "UNAUTHORIZED", error: 'authenticate first: ?token= or {"type": "auth", "token"}' });
      return;
    }
    // Authorised per subscription, with the token as it is now (a logout or revocation counts).
    let task: TaskRow | undefined;
    try {
      const p = await principalOf(this.deps.db, this.deps.keys, `Bearer ${this.token}`);
      task = await mayReadTask(this.deps.db, p, id);
    } catch {
      this.send({ type: "error", code: "UNAUTHORIZED", error: "the access token is no longer valid" });
      return;
    }
    if (!task) {
      this.send({ type: "error", code: "NOT_FOUND", error: "task not found", channel, resource_id: id });
      return;
    }
    if (this.subs.has(key)) return;
    if (this.subs.size >= MAX_SUBSCRIPTIONS) {
      this.send({ type: "error", code: "RATE_LIMITED", error: `at most ${MAX_SUBSCRIPTIONS} subscriptions per connection` });
      return;
    }
    const offset = typeof m["offset"] === "number" && Number.isSafeInteger(m["offset"]) && m["offset"] >= 0 ? m["offset"] : 0;
    this.subs.set(key, this.start(channel as ChannelName, task, offset));
    this.send({ type: "subscribed", channel, resource_id: id });
  }

  /** A subscription: runs `look` now, on every notification of its topics, and every POLL_MS. */
  private watch(topics: () => string[], look: () => Promise<boolean>, everyMs = POLL_MS): Subscription {
    let stopped = false;
    let busy = false;
    let again = false;
    let unsubs: (() => void)[] = [];
    const resubscribe = () => {
      for (const u of unsubs) u();
      unsubs = topics().map((t) => this.deps.live.subscribe(t, run));
    };
    const run = (): void => {
      if (stopped || this.closed) return;
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      void look()
        .then((done) => {
          if (done) stop();
          else resubscribe();
        })
        .catch((err: Error) => this.deps.log.debug({ err: err.message }, "live subscription look failed"))
        .finally(() => {
          busy = false;
          if (again) {
            again = false;
            run();
          }
        });
    };
    const timer = setInterval(run, everyMs);
    const stop = () => {
      stopped = true;
      clearInterval(timer);
      for (const u of unsubs) u();
    };
    resubscribe();
    run();
    return { stop };
  }

  private start(channel: ChannelName, first: TaskRow, offset: number): Subscription {
    const db = this.deps.db;
    let task = first;
    const refresh = async () => {
      task = (await currentTask(db, task.task_id)) ?? task;
      return task;
    };
    if (channel === "training") {
      let last = "";
      return this.watch(
        () => [`task:${task.task_id}`],
        async () => {
          const t = await refresh();
          const msg = {
            type: "progress",
            task_id: t.task_id,
            progress: t.progress ?? (t.status === "succeeded" ? 100 : 0),
            step: t.step === null ? null : Number(t.step),
            total_steps: t.total_steps === null ? null : Number(t.total_steps),
            status: t.status,
            reason: t.reason,
            run_id: t.run_id,
            exit_code: t.exit_code,
          };
          const text = JSON.stringify(msg);
          if (text !== last) this.send(msg);
          last = text;
          return isFinal(t.status);
        },
      );
    }
    if (channel === "logs") {
      let next = offset;
      return this.watch(
        () => [`task:${task.task_id}`, ...(task.run_id ? [`run:${task.run_id}:logs`] : [])],
        async () => {
          const t = await refresh();
          if (!t.run_id) return false;
          // A client catching up gets at most LOG_BATCHES batches per look, the rest on the next.
          for (let n = 0; n < LOG_BATCHES && !this.closed; n++) {
            const rows = await runLogLines(db, t.run_id, next, LOG_BATCH);
            for (const r of rows)
              this.send({ type: "log", task_id: t.task_id, line: Number(r.line_no), stream: r.stream, text: r.text, at: r.at.toISOString() });
            if (rows.length > 0) next = Number(rows.at(-1)!.line_no) + 1;
            if (rows.length < LOG_BATCH) return isFinal(t.status);
          }
          return false;
        },
        1000,
      );
    }
    return this.watch(
      () => [`task:${task.task_id}`],
      async () => {
        const t = await refresh();
        if (t.host_id && t.gpu_indexes.length > 0 && t.status === "running") {
          const gpus = await taskGpusNow(db, t);
          this.send({
            type: "gpu",
            task_id: t.task_id,
            gpus: gpus.map((g) => ({ index: g.gpu_index, uuid: g.uuid, at: g.telemetry_at?.toISOString() ?? null, telemetry: g.telemetry ?? null })),
          });
        }
        return isFinal(t.status);
      },
      GPU_EVERY_MS,
    );
  }
}

/** The /ws endpoint: hands upgrades of its path to a WebSocket server of its own. */
export class LiveChannels implements Component {
  readonly name = "live-channels";
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE });

  constructor(private readonly deps: LiveDeps) {}

  start(): void {}

  stop(): void {
    this.close();
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname !== LIVE_PATH) return false;
    const token = url.searchParams.get("token") ?? undefined;
    this.wss.handleUpgrade(req, socket, head, (ws) => new Client(ws, this.deps, token));
    return true;
  }

  close(): void {
    for (const c of this.wss.clients) c.terminate();
    this.wss.close();
  }
}
