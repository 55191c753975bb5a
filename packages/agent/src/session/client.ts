// The agent's end of the session: one WebSocket to the control plane, reconnected with capped
// exponential backoff and full jitter; Hello/Welcome handshake; heartbeats and telemetry at the
// intervals the control plane chooses; reliable messages resent until acknowledged.
import type { Logger } from "pino";
import WebSocket from "ws";
import {
  CloseCode,
  decodeEnvelope,
  encodeEnvelope,
  FrameError,
  isFatalCloseCode,
  MAX_FRAME_BYTES,
  MAX_HELLO_FRAME_BYTES,
  PROTOCOL_VERSION,
  type pb,
} from "@remotegpu/protocol";
import type { TelemetrySource } from "../telemetry/collector.js";
import { backoffDelay } from "./backoff.js";
import type { Outbox } from "./outbox.js";

export type HelloAuth = { credential: { hostId: string; secret: string } } | { enrollment: { joinToken: string; hostSecret: string } };

export interface IdentityProvider {
  auth(): HelloAuth;
  /** Called with the host id from Welcome; must persist it before resolving. */
  enrolled(hostId: string): Promise<void>;
}

export interface SessionOptions {
  url: string;
  agentVersion: string;
  log: Logger;
  source: TelemetrySource;
  identity: IdentityProvider;
  outbox: Outbox;
  reconnectBaseMs: number;
  reconnectMaxMs: number;
  /** Containers the agent owns, reported in every Hello; `known` false when they could not be listed. */
  containers?: () => Promise<{ containers: pb.ContainerStateInit[]; known: boolean }>;
  onCommand?: (command: pb.Command) => Promise<void>;
  /** The control plane acknowledged task output lines (the task shipper goes on from there). */
  onTaskOutputAck?: (ack: pb.TaskOutputAck) => void;
  /** A session is established (after every Welcome): unacknowledged task output goes again. */
  onReady?: () => void;
  /** The control plane refused us for good (revoked, bad token...). */
  onFatal: (code: number, reason: string) => void;
  /** Source of the backoff jitter (tests pin it). */
  random?: () => number;
  /** Backoff after UNAUTHORIZED: first ceiling and cap (defaults 30 s and 5 minutes). */
  unauthorizedBaseMs?: number;
  unauthorizedMaxMs?: number;
}

type State = "stopped" | "waiting" | "connecting" | "handshaking" | "ready";

// Intervals used until the first Welcome says otherwise; only the first telemetry sample (taken
// before connecting) uses them. 10 s is the control plane's default telemetry interval.
const DEFAULT_SETTINGS = { heartbeatIntervalMs: 10_000, telemetryIntervalMs: 10_000 };
/** A Welcome normally follows Hello within milliseconds; 15 s means the control plane is stuck. */
const WELCOME_TIMEOUT_MS = 15_000;
/** The TCP connect plus the HTTP upgrade. */
const HANDSHAKE_TIMEOUT_MS = 10_000;
/** Do not queue more telemetry on a socket whose send buffer already holds this much. */
const MAX_BUFFERED_BYTES = MAX_FRAME_BYTES;
/** After the telemetry interval changes, the next sample comes within a second. */
const FIRST_SAMPLE_DELAY_MS = 1000;
const DROP_REPORT_MS = 60_000;
/** stop(): how long to wait for the control plane to acknowledge our close frame. */
const CLOSE_WAIT_MS = 2000;
/**
 * UNAUTHORIZED (the control plane does not know our credential, e.g. its database was restored
 * from an older backup): retrying cannot help until an operator acts, so slowly: the first retry
 * within 15-30 s, then doubling to 5 minutes. One refused Hello costs the control plane one
 * indexed lookup; a whole fleet after a bad restore makes ~30 a second per 10,000 hosts.
 */
const UNAUTHORIZED_BASE_MS = 30_000;
const UNAUTHORIZED_MAX_MS = 300_000;
/**
 * Reconnect cap while the control plane answers HTTP but does not take us yet (503 while a
 * fleet reconnects, TRY_AGAIN_LATER while its database is away): with full jitter a host waits
 * 5 s on average, and is back within 10 s of the control plane accepting it.
 */
const ANSWERING_MAX_MS = 10_000;

/** Encoded size of a Hello frame (the seq and ack fields add a few bytes at most). */
function helloBytes(hello: pb.HelloInit): number {
  try {
    return encodeEnvelope({ hello, seq: 1, ack: 0 }).length;
  } catch {
    return Number.POSITIVE_INFINITY; // over even the normal limit
  }
}

export class SessionClient {
  private state: State = "stopped";
  private ws: WebSocket | undefined;
  private attempt = 0;
  private sendSeq = 0;
  private recvSeq = 0;
  private lastHeardAt = 0;
  private settings = { ...DEFAULT_SETTINGS };
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private telemetryTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private welcomeTimer: NodeJS.Timeout | undefined;
  private ackScheduled = false;
  private everConnected = false;
  private collecting = false;
  private lastClose = 0;
  private droppedSinceReport = 0;
  /** The last connection attempt got no HTTP answer at all (refused, timed out, no route). */
  private unreachable = false;
  /** Consecutive UNAUTHORIZED refusals (reset by a Welcome). */
  private unauthorized = 0;
  private lastDropReport = 0;
  hostId: string | undefined;

  constructor(private readonly opts: SessionOptions) {}

  get isReady(): boolean {
    return this.state === "ready";
  }

  start(): void {
    if (this.state !== "stopped") return;
    this.state = "waiting";
    void this.connect();
    this.scheduleTelemetry(0);
  }

  /** Closes the session and stops all timers; idempotent. */
  async stop(): Promise<void> {
    if (this.state === "stopped") return;
    this.state = "stopped";
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.telemetryTimer);
    clearTimeout(this.welcomeTimer);
    clearInterval(this.heartbeatTimer);
    const ws = this.ws;
    this.ws = undefined;
    if (ws && ws.readyState === WebSocket.OPEN) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          ws.terminate();
          resolve();
        }, CLOSE_WAIT_MS);
        ws.once("close", () => {
          clearTimeout(t);
          resolve();
        });
        ws.close(CloseCode.GOING_AWAY, "agent stopping");
      });
    } else {
      ws?.terminate();
    }
  }

  private async connect(): Promise<void> {
    if (this.state !== "waiting") return;
    this.state = "connecting";
    let hello: pb.HelloInit;
    try {
      hello = await this.buildHello();
    } catch (err) {
      this.opts.log.error({ err }, "could not build Hello");
      this.state = "waiting";
      this.scheduleReconnect();
      return;
    }
    if (this.state !== "connecting") return; // stopped meanwhile
    const ws = new WebSocket(this.opts.url, { maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false, handshakeTimeout: HANDSHAKE_TIMEOUT_MS });
    ws.binaryType = "nodebuffer";
    this.ws = ws;
    // Whether the control plane answered this attempt at all (an upgrade or any HTTP status).
    let answered = false;
    ws.on("open", () => {
      answered = true;
      if (this.ws !== ws) return;
      this.state = "handshaking";
      this.sendSeq = 0;
      this.recvSeq = 0;
      this.lastHeardAt = Date.now();
      this.send({ hello });
      this.welcomeTimer = setTimeout(() => {
        this.opts.log.warn("no Welcome from the control plane; reconnecting");
        ws.terminate();
      }, WELCOME_TIMEOUT_MS);
    });
    ws.on("message", (data, isBinary) => {
      if (this.ws !== ws) return;
      this.lastHeardAt = Date.now();
      if (!isBinary) {
        ws.close(CloseCode.UNSUPPORTED_DATA, "binary frames only");
        return;
      }
      this.onFrame(data as Buffer);
    });
    ws.on("pong", () => {
      this.lastHeardAt = Date.now();
    });
    ws.on("unexpected-response", (_req, res) => {
      answered = true;
      this.opts.log.debug({ status: res.statusCode }, "control plane refused the WebSocket upgrade");
      ws.terminate();
    });
    ws.on("error", (err) => {
      this.opts.log.debug({ err: err.message }, "session socket error");
    });
    ws.on("close", (code, reason) => {
      if (this.ws !== ws) return;
      this.onClosed(code, reason.toString(), answered);
    });
  }

  private async buildHello(): Promise<pb.HelloInit> {
    const [inventory, report] = await Promise.all([this.opts.source.inventory(), this.opts.containers?.() ?? Promise.resolve({ containers: [], known: true })]);
    const auth = this.opts.identity.auth();
    const hello: pb.HelloInit = {
      protocolVersion: PROTOCOL_VERSION,
      agentVersion: this.opts.agentVersion,
      inventory,
      containers: report.containers,
      containersUnknown: !report.known,
      ...auth,
    };
    if (report.known && report.containers.length > 0 && helloBytes(hello) > MAX_HELLO_FRAME_BYTES) {
      // The control plane takes only small frames before it knows us: the containers go as a
      // full list first thing after Welcome (and a later Hello supersedes it if this one fails).
      this.opts.outbox.addReliable({ containerStates: { containers: report.containers, full: true } }, undefined, true);
      this.opts.log.info({ containers: report.containers.length }, "container list too big for Hello; sending it after Welcome");
      return { ...hello, containers: [], containersUnknown: true };
    }
    return hello;
  }

  private onFrame(data: Buffer): void {
    let env: pb.Envelope;
    try {
      env = decodeEnvelope(data);
    } catch (err) {
      const kind = err instanceof FrameError ? err.kind : "malformed";
      this.opts.log.warn({ kind }, "undecodable frame from the control plane");
      this.ws?.close(kind === "too_large" ? CloseCode.MESSAGE_TOO_BIG : CloseCode.INVALID_PAYLOAD, "bad frame");
      return;
    }
    if (env.seq !== this.recvSeq + 1) {
      this.opts.log.warn({ expected: this.recvSeq + 1, got: env.seq }, "control plane broke the frame sequence; reconnecting");
      this.ws?.close(CloseCode.POLICY_VIOLATION, "bad sequence");
      return;
    }
    this.recvSeq = env.seq;
    if (env.ack > 0) this.opts.outbox.ack(env.ack);
    switch (env.body) {
      case "welcome":
        void this.onWelcome(env.welcome!);
        break;
      case "settings":
        this.applySettings(env.settings!);
        break;
      case "command":
        void this.onCommand(env.command!);
        break;
      case "taskOutputAck":
        this.opts.onTaskOutputAck?.(env.taskOutputAck!);
        break;
      default:
        if (env.body !== undefined) this.opts.log.debug({ body: env.body }, "ignoring unexpected message");
    }
  }

  private async onWelcome(w: pb.Welcome): Promise<void> {
    if (this.state !== "handshaking") return;
    const ws = this.ws;
    clearTimeout(this.welcomeTimer);
    // Settings first: a SessionSettings that follows Welcome must win over it.
    this.applySettings(w.settings ?? undefined);
    const auth = this.opts.identity.auth();
    if ("enrollment" in auth || w.enrolled) {
      try {
        await this.opts.identity.enrolled(w.hostId);
      } catch (err) {
        // Without the host id on disk the next start could not authenticate: stop loudly.
        this.opts.log.fatal({ err }, "could not store the host credential");
        this.opts.onFatal(CloseCode.INTERNAL_ERROR, "could not store the host credential");
        return;
      }
    }
    // The link may have dropped (or the agent stopped) while the credential was being stored:
    // then this Welcome belongs to a dead session and the reconnect logic is already running.
    if (this.state !== "handshaking" || this.ws !== ws || !ws) return;
    this.hostId = w.hostId;
    this.state = "ready";
    this.startHeartbeat();
    const replaced = this.lastClose === CloseCode.SESSION_REPLACED;
    if (!replaced) this.attempt = 0;
    if (this.unauthorized > 0) this.opts.log.warn({ refusedTimes: this.unauthorized }, "the control plane accepts this host's credential again");
    this.unauthorized = 0;
    this.opts.log.info(
      { hostId: w.hostId, room: w.roomName, enrolled: w.enrolled, settings: this.settings },
      this.everConnected ? "reconnected to the control plane" : "connected to the control plane",
    );
    this.everConnected = true;
    this.flush();
    this.opts.onReady?.();
  }

  private applySettings(s: pb.SessionSettings | undefined): void {
    if (!s) return;
    // Bounds against a confused control plane: at least 50 ms, at most an hour.
    const sane = (v: number, fallback: number) => (v >= 50 && v <= 3_600_000 ? v : fallback);
    const hb = sane(s.heartbeatIntervalMs, this.settings.heartbeatIntervalMs);
    const tm = sane(s.telemetryIntervalMs, this.settings.telemetryIntervalMs);
    const telemetryChanged = tm !== this.settings.telemetryIntervalMs;
    this.settings = { heartbeatIntervalMs: hb, telemetryIntervalMs: tm };
    if (this.state === "ready") this.startHeartbeat();
    // A running collection schedules the next one with the new interval when it finishes.
    if (telemetryChanged && !this.collecting) this.scheduleTelemetry(Math.min(tm, FIRST_SAMPLE_DELAY_MS));
  }

  private startHeartbeat(): void {
    clearInterval(this.heartbeatTimer);
    const interval = this.settings.heartbeatIntervalMs;
    this.heartbeatTimer = setInterval(() => {
      const ws = this.ws;
      if (this.state !== "ready" || !ws) return;
      // Nothing heard (not even a pong) for three intervals: the link is dead even if TCP
      // has not noticed. 5 s of slack covers a slow control plane under load.
      if (Date.now() - this.lastHeardAt > 3 * interval + 5000) {
        this.opts.log.warn("control plane silent; reconnecting");
        ws.terminate();
        return;
      }
      this.send({ heartbeat: { agentTimeMs: Date.now() } });
      ws.ping();
    }, interval);
  }

  private scheduleTelemetry(delayMs: number): void {
    clearTimeout(this.telemetryTimer);
    if (this.state === "stopped") return;
    this.telemetryTimer = setTimeout(() => void this.collectTelemetry(), delayMs);
  }

  private async collectTelemetry(): Promise<void> {
    const started = Date.now();
    this.collecting = true;
    try {
      const t = await this.opts.source.telemetry();
      this.opts.outbox.addTelemetry(t);
      this.reportDrops();
      this.flush();
      // The GPUs differ from what this session announced: tell the control plane. (If the
      // link is down, the next Hello carries a fresh inventory anyway.)
      if (this.state === "ready") {
        const inventory = await this.opts.source.inventoryIfChanged?.();
        if (inventory && this.state === "ready") {
          this.opts.log.info({ gpus: inventory.gpus?.length ?? 0 }, "GPU inventory changed; sending it");
          this.send({ inventory });
        }
      }
    } catch (err) {
      this.opts.log.error({ err }, "telemetry collection failed");
    } finally {
      this.collecting = false;
    }
    // Keep the cadence: the next sample is due one interval after this one started.
    this.scheduleTelemetry(Math.max(0, this.settings.telemetryIntervalMs - (Date.now() - started)));
  }

  /** One warning per minute at most while the buffer overflows (the link is down for long). */
  private reportDrops(): void {
    this.droppedSinceReport += this.opts.outbox.takeDroppedCount();
    if (this.droppedSinceReport === 0 || Date.now() - this.lastDropReport < DROP_REPORT_MS) return;
    this.opts.log.warn({ dropped: this.droppedSinceReport, buffered: this.opts.outbox.sizes.telemetry }, "telemetry buffer full; dropped the oldest samples");
    this.droppedSinceReport = 0;
    this.lastDropReport = Date.now();
  }

  private async onCommand(command: pb.Command): Promise<void> {
    if (!this.opts.onCommand) {
      this.opts.log.warn({ commandId: command.commandId }, "received a command but this agent runs no container runtime");
      return;
    }
    try {
      await this.opts.onCommand(command);
    } catch (err) {
      // Not recorded, so not acknowledged: the control plane sends it again next session.
      this.opts.log.error({ commandId: command.commandId, err: (err as Error).message }, "could not accept a command");
      return;
    }
    this.scheduleAck();
  }

  /** Sends what the outbox holds: reliable messages first, then buffered telemetry. */
  flush(): void {
    if (this.state !== "ready" || !this.ws) return;
    for (const entry of this.opts.outbox.unsentReliable()) {
      const seq = this.send(entry.body);
      if (seq === undefined) return;
      this.opts.outbox.markSent(entry, seq);
    }
    while (this.ws && this.ws.bufferedAmount < MAX_BUFFERED_BYTES) {
      const t = this.opts.outbox.takeTelemetry();
      if (!t) break;
      this.send({ telemetry: t });
    }
  }

  /**
   * Sends a task's output frame now, outside the reliable outbox (its lines are read again after
   * a restart; the shipper resends what is not acknowledged). False when the session is not
   * ready or the socket's buffer is full: the shipper tries again later.
   */
  sendTaskOutput(out: pb.TaskOutputInit): boolean {
    if (this.state !== "ready" || !this.ws || this.ws.bufferedAmount >= MAX_BUFFERED_BYTES) return false;
    return this.send({ taskOutput: out }) !== undefined;
  }

  private scheduleAck(): void {
    if (this.ackScheduled) return;
    this.ackScheduled = true;
    setImmediate(() => {
      this.ackScheduled = false;
      if (this.state === "ready") this.send({});
    });
  }

  private send(body: Omit<pb.EnvelopeInit, "seq" | "ack">): number | undefined {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return undefined;
    let bytes: Uint8Array;
    const seq = this.sendSeq + 1;
    try {
      bytes = encodeEnvelope({ ...body, seq, ack: this.recvSeq });
    } catch (err) {
      this.opts.log.error({ err: (err as Error).message }, "message too large to send; dropped");
      return undefined;
    }
    this.sendSeq = seq;
    ws.send(bytes);
    return seq;
  }

  private onClosed(code: number, reason: string, answered = true): void {
    // The control plane answers again after attempts that got no answer (it restarted, the
    // network healed): start over from the base delay, so that hosts are back within seconds
    // of it answering rather than after the long waits the outage built up.
    if (answered && this.unreachable) this.attempt = 0;
    this.unreachable = !answered;
    clearTimeout(this.welcomeTimer);
    clearInterval(this.heartbeatTimer);
    this.ws = undefined;
    this.opts.outbox.resetSession();
    if (this.state === "stopped") return;
    const wasReady = this.state === "ready";
    this.state = "waiting";
    if (isFatalCloseCode(code)) {
      this.state = "stopped";
      clearTimeout(this.telemetryTimer);
      this.opts.onFatal(code, reason);
      return;
    }
    this.lastClose = code;
    if (code === CloseCode.UNAUTHORIZED) {
      this.scheduleUnauthorizedRetry(reason);
      return;
    }
    if (code === CloseCode.SESSION_REPLACED) {
      // Another connection of this host replaced ours. Once after a half-open link is normal;
      // again and again means another machine uses this credential.json: back off fully so the
      // two do not knock each other out every second.
      this.opts.log.error({ code, reason }, "another session of this host took over; if this repeats, two machines share one credential.json");
      this.attempt = Math.max(this.attempt, 30);
    } else if (wasReady) this.opts.log.warn({ code, reason }, "disconnected from the control plane");
    else this.opts.log.debug({ code, reason, attempt: this.attempt }, "could not connect to the control plane");
    this.scheduleReconnect();
  }

  /**
   * The control plane does not know this host's credential. Not fatal (a restored database may
   * be replaced by the right one, and then this host must come back by itself), but nothing
   * improves without an operator: a long backoff, and an error line at every attempt so that
   * whoever reads the journal sees it.
   */
  private scheduleUnauthorizedRetry(reason: string): void {
    const base = this.opts.unauthorizedBaseMs ?? UNAUTHORIZED_BASE_MS;
    const cap = this.opts.unauthorizedMaxMs ?? UNAUTHORIZED_MAX_MS;
    const ceiling = Math.min(cap, base * 2 ** Math.min(this.unauthorized++, 30));
    // Half fixed, half jitter: never hammering, still spread over the fleet.
    const delay = Math.floor(ceiling / 2 + (this.opts.random ?? Math.random)() * (ceiling / 2));
    this.opts.log.error(
      {
        code: CloseCode.UNAUTHORIZED,
        reason,
        refusedTimes: this.unauthorized,
        retryInS: Math.round(delay / 1000),
        hint: "the control plane does not know this host (database restored from an older backup? host deleted?). Restore the right database and this agent comes back by itself; to enroll the machine again, stop the agent, move credential.json away and use a new join token",
      },
      "the control plane does not know this host's credential; retrying",
    );
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), delay);
  }

  private scheduleReconnect(): void {
    if (this.state !== "waiting") return;
    // While the control plane answers (busy, database away, restarting replicas) the waits stay
    // short enough to be back within seconds of it accepting us again.
    const cap = this.unreachable ? this.opts.reconnectMaxMs : Math.min(this.opts.reconnectMaxMs, ANSWERING_MAX_MS);
    const delay = backoffDelay(this.attempt++, this.opts.reconnectBaseMs, cap, this.opts.random);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), delay);
  }
}
