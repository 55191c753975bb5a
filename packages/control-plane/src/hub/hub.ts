// The agent hub: accepts agent WebSockets on /agent/v1, authenticates their Hello, keeps the
// session table, and feeds heartbeats and telemetry to the batched writer. Built for 10,000
// sessions per replica: one shared sweep timer, no per-connection timers, no per-message logs.
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { Logger } from "pino";
import { WebSocketServer, type WebSocket } from "ws";
import {
  AGENT_WS_PATH,
  agentv1,
  CloseCode,
  commandResultProblem,
  containerStateProblem,
  decodeEnvelope,
  FrameError,
  MAX_FRAME_BYTES,
  MAX_HELLO_FRAME_BYTES,
  PROTOCOL_VERSION,
  type pb,
} from "@remotegpu/protocol";
import type { LivenessConfig } from "../config.js";
import { intervalsFor, offlineAfterMs, worthPushing, type Intervals } from "../domain/intervals.js";
import { ERROR_CODES, toAppError } from "../errors.js";
import type { AgentIdentity, ConnectContext } from "../services/agent-auth.js";
import type { Component } from "../services/components/lifecycle.js";
import { AgentSession } from "./session.js";

export interface HubDeps {
  log: Logger;
  liveness: LivenessConfig;
  replicaId: string;
  maxSessions: number;
  authenticate(hello: pb.Hello, ctx: ConnectContext): Promise<AgentIdentity>;
  /** Stores an inventory an agent sent during its session. */
  updateInventory(hostId: string, inventory: pb.Inventory): Promise<unknown>;
  writer: { markSeen(hostId: string): void; record(hostId: string, t: pb.Telemetry): void };
  commands: CommandPort;
  /** Persists new heartbeat intervals of hosts (liveness thresholds follow them). */
  intervalsChanged(hostIds: string[], heartbeatIntervalMs: number): Promise<void>;
  /** Stores a task's numbered log or metric lines; resolves to the next line expected (services/tasks/output.ts). */
  taskOutput?(hostId: string, m: pb.TaskOutput): Promise<number>;
}

/** What the hub needs from the command log (services/command-results.ts and db). */
export interface CommandPort {
  /** Commands of the host waiting for their result, oldest first (encoded protobuf Commands). */
  pending(hostId: string): Promise<{ command_id: string; payload: Buffer }[]>;
  sent(commandIds: string[]): Promise<void>;
  result(hostId: string, result: pb.CommandResult): Promise<unknown>;
  containerStates(hostId: string, states: pb.ContainerState[]): Promise<void>;
  reconcile(hostId: string, containers: pb.ContainerState[], known: boolean): Promise<void>;
}

/** An agent must send Hello this soon after the upgrade; real agents do it at once. */
const HELLO_TIMEOUT_MS = 10_000;
/** Recompute heartbeat/telemetry intervals from the session count this often. */
const INTERVAL_CHECK_MS = 10_000;
/** Deadlines are checked once a second: every interval they guard is several seconds long. */
const SWEEP_MS = 1000;
/**
 * Connections that have not finished Hello yet. A handshake takes milliseconds, up to a few
 * hundred while a whole fleet reconnects at once (10,000 agents over their backoff: ~200 a
 * second, with ~0.3 s of database work each, is ~60 pending), so these stay far above real
 * needs, even for a fleet behind one NAT address; beyond them the peer gets 503 and retries.
 * They keep idle or hostile sockets from taking the places of real agents (pending sockets do
 * not count against MAX_AGENT_SESSIONS).
 */
const MAX_PENDING_HANDSHAKES = 1000;
const MAX_PENDING_PER_ADDRESS = 256;
/** How soon a refused peer should try again (HTTP Retry-After). */
const RETRY_AFTER_S = 10;
/** Refused agents are logged one by one up to this many per minute, then counted. */
const REFUSAL_LOGS_PER_MINUTE = 20;

/**
 * The agent's address as customers could use it: a dual-stack listener shows IPv4 peers as
 * IPv4-mapped IPv6 ("::ffff:203.0.113.7"), which is given out as the plain IPv4 address.
 */
export function sessionAddress(remote: string): string {
  const m = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(remote);
  return m ? m[1]! : remote;
}

/**
 * The largest frame the socket's parser takes. ws fixes maxPayload per server; its receiver reads
 * the limit from `_maxPayload` for every frame header, so lowering it until Hello is
 * authenticated refuses a bigger frame (close 1009) before its payload is buffered. Where that
 * field is missing (another ws version), onMessage's own check still refuses it, after buffering.
 */
function setFrameLimit(ws: WebSocket, bytes: number): void {
  const receiver = (ws as unknown as { _receiver?: { _maxPayload?: unknown } })._receiver;
  if (receiver && typeof receiver._maxPayload === "number") receiver._maxPayload = bytes;
}

/** Drops the container states that can never be applied; says how many went. */
function applicableStates(states: pb.ContainerState[]): { states: pb.ContainerState[]; dropped: string[] } {
  const dropped: string[] = [];
  const ok = states.filter((c) => {
    const problem = containerStateProblem(c);
    if (problem) dropped.push(problem);
    return !problem;
  });
  return { states: ok, dropped };
}

export class AgentHub implements Component {
  readonly name = "agent hub";
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<AgentSession>();
  private readonly byHost = new Map<string, AgentSession>();
  private readonly needAck = new Set<AgentSession>();
  /** Sessions that have not finished Hello, overall and per remote address. */
  private readonly pending = new Set<AgentSession>();
  private readonly pendingByAddress = new Map<string, number>();
  private refusalsLogged = 0;
  private refusalsSuppressed = 0;
  private refusalWindowStart = Date.now();
  private ackScheduled = false;
  private sweepTimer: NodeJS.Timeout | undefined;
  private lastIntervalCheck = 0;
  private intervals: Intervals;
  private stopping = false;
  private shrinkTimer: NodeJS.Timeout | undefined;

  constructor(private readonly deps: HubDeps) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false, clientTracking: false });
    this.intervals = intervalsFor(1, deps.liveness);
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  isConnected(hostId: string): boolean {
    return this.byHost.get(hostId)?.state === "active";
  }

  start(): void {
    this.sweepTimer ??= setInterval(() => this.sweep(), SWEEP_MS);
  }

  /** Closes every session with GOING_AWAY (agents reconnect, maybe to another replica). */
  async stop(budgetMs: number): Promise<void> {
    // A close frame needs one round trip: at most 5 s of the budget for agents to see theirs.
    const deadlineMs = Math.min(budgetMs, 5000);
    this.stopping = true;
    clearInterval(this.sweepTimer);
    clearTimeout(this.shrinkTimer);
    this.sweepTimer = undefined;
    const open = [...this.sessions];
    const closed = Promise.all(
      open.map((s) => new Promise<void>((resolve) => (s.ws.readyState === s.ws.CLOSED ? resolve() : s.ws.once("close", () => resolve())))),
    );
    for (const s of open) s.close(CloseCode.GOING_AWAY, "control plane shutting down");
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise<void>((r) => (timer = setTimeout(r, deadlineMs)))]);
    clearTimeout(timer);
    for (const s of open) s.ws.terminate();
    this.wss.close();
    // What agents reported and is being stored finishes before the database goes (within the
    // budget: a session's chain ends when its database work does).
    await Promise.race([Promise.allSettled(open.map((s) => s.chain)), new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, budgetMs - deadlineMs))))]);
    clearTimeout(timer);
  }

  /** Handles an HTTP upgrade; returns false when the path is not the agent endpoint. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const path = (req.url ?? "").split("?")[0];
    if (path !== AGENT_WS_PATH) return false;
    const remote = req.socket.remoteAddress ?? "";
    const busy =
      this.stopping ||
      this.sessions.size - this.pending.size >= this.deps.maxSessions ||
      this.pending.size >= MAX_PENDING_HANDSHAKES ||
      (this.pendingByAddress.get(remote) ?? 0) >= MAX_PENDING_PER_ADDRESS;
    if (busy) {
      socket.end(`HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: ${RETRY_AFTER_S}\r\nContent-Length: 0\r\n\r\n`);
      return true;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onConnection(ws, req));
    return true;
  }

  private setPending(s: AgentSession, pending: boolean): void {
    if (pending === this.pending.has(s)) return;
    const n = (this.pendingByAddress.get(s.remote) ?? 0) + (pending ? 1 : -1);
    if (n > 0) this.pendingByAddress.set(s.remote, n);
    else this.pendingByAddress.delete(s.remote);
    if (pending) this.pending.add(s);
    else this.pending.delete(s);
  }

  /** Closes the host's session, if this replica holds one. */
  disconnect(hostId: string, code: number, reason: string): boolean {
    const s = this.byHost.get(hostId);
    if (!s) return false;
    this.deps.log.info({ hostId, code, reason }, "closing agent session");
    s.close(code, reason);
    return true;
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    const s = new AgentSession(ws, req.socket.remoteAddress ?? "");
    setFrameLimit(ws, MAX_HELLO_FRAME_BYTES);
    this.sessions.add(s);
    this.setPending(s, true);
    ws.on("message", (data, isBinary) => this.onMessage(s, data as Buffer, isBinary));
    ws.on("error", (err) => {
      // ws closes the socket itself after protocol errors (1002/1007/1009); just note why.
      this.deps.log.debug({ hostId: s.hostId, remote: s.remote, err: err.message }, "agent socket error");
    });
    ws.on("close", () => this.onClose(s));
  }

  private onClose(s: AgentSession): void {
    s.state = "closed";
    this.sessions.delete(s);
    this.setPending(s, false);
    this.needAck.delete(s);
    if (s.hostId && this.byHost.get(s.hostId) === s) this.byHost.delete(s.hostId);
  }

  private onMessage(s: AgentSession, data: Buffer, isBinary: boolean): void {
    if (s.state === "closed") return;
    const now = Date.now();
    s.lastRecvAt = now;
    if (!isBinary) {
      s.close(CloseCode.UNSUPPORTED_DATA, "binary protobuf frames only");
      return;
    }
    if (!s.admit(now)) {
      s.close(CloseCode.POLICY_VIOLATION, "too many frames");
      return;
    }
    let env: pb.Envelope;
    try {
      // Until Hello is authenticated only small frames (MAX_HELLO_FRAME_BYTES).
      env = decodeEnvelope(data, s.state === "active" ? MAX_FRAME_BYTES : MAX_HELLO_FRAME_BYTES);
    } catch (err) {
      const tooLarge = err instanceof FrameError && err.kind === "too_large";
      s.close(tooLarge ? CloseCode.MESSAGE_TOO_BIG : CloseCode.INVALID_PAYLOAD, tooLarge ? "frame too large" : "not a valid Envelope");
      return;
    }
    if (env.seq !== s.recvSeq + 1) {
      s.close(CloseCode.POLICY_VIOLATION, `expected seq ${s.recvSeq + 1}, got ${env.seq}`);
      return;
    }
    s.recvSeq = env.seq;
    if (s.reliableInFlight === 0 && env.body !== "commandResult" && env.body !== "containerStates") s.ackUpTo = env.seq;

    if (s.state === "hello") {
      if (env.body !== "hello" || !env.hello) {
        s.close(CloseCode.POLICY_VIOLATION, "the first message must be Hello");
        return;
      }
      void this.onHello(s, env.hello);
      return;
    }
    if (s.state !== "active" || !s.hostId) {
      s.close(CloseCode.POLICY_VIOLATION, "wait for Welcome");
      return;
    }
    // Any valid frame is a sign of life (a Set insert; written once a second in one batch).
    this.deps.writer.markSeen(s.hostId);
    switch (env.body) {
      case "heartbeat":
        // Settings sent earlier have reached the agent by now: judge it by the current interval.
        s.heartbeatIntervalMs = this.intervals.heartbeatIntervalMs;
        break;
      case "telemetry":
        this.deps.writer.record(s.hostId, env.telemetry!);
        break;
      case "inventory":
        void this.onInventory(s, s.hostId, env.inventory!);
        break;
      case "commandResult": {
        const r = env.commandResult!;
        const hostId = s.hostId;
        const problem = commandResultProblem(r);
        if (problem) {
          // Sent again it would fail again: acknowledged (in order) and dropped, never a
          // reconnect loop. One line per such frame; the agent sends each at most once a session.
          this.deps.log.warn({ hostId, problem, commandId: r.commandId.slice(0, 64) }, "dropping a command result that cannot be applied");
          this.handleReliable(s, env.seq, async () => undefined);
          break;
        }
        this.handleReliable(s, env.seq, () => this.deps.commands.result(hostId, r));
        break;
      }
      case "containerStates": {
        const hostId = s.hostId;
        const { states, dropped } = applicableStates(env.containerStates!.containers);
        const full = env.containerStates!.full;
        if (dropped.length > 0)
          this.deps.log.warn({ hostId, dropped: dropped.length, problem: dropped[0] }, "dropping container states that cannot be applied");
        this.handleReliable(s, env.seq, () => (full ? this.deps.commands.reconcile(hostId, states, true) : this.deps.commands.containerStates(hostId, states)));
        break;
      }
      case "taskOutput": {
        // Not reliable: the agent keeps the lines and sends again from the acknowledged one.
        // Stored off the message loop, so a large batch never holds up the session's other frames.
        const m = env.taskOutput!;
        const hostId = s.hostId;
        const store = this.deps.taskOutput;
        if (!store) break;
        void store(hostId, m).then(
          (nextLine) => {
            if (s.state === "active") s.send({ taskOutputAck: { instanceId: m.instanceId, channel: m.channel, nextLine } });
          },
          (err: Error) => this.deps.log.warn({ hostId, instanceId: m.instanceId.slice(0, 128), err: err.message }, "could not store task output"),
        );
        break;
      }
      case undefined:
        break; // a bare acknowledgement
      default:
        s.close(CloseCode.POLICY_VIOLATION, `unexpected ${env.body}`);
    }
  }

  private async onHello(s: AgentSession, hello: pb.Hello): Promise<void> {
    s.state = "auth";
    // One snapshot: the interval stored with the host is the one Welcome announces, even if a
    // retune happens while the database works.
    const intervals = { ...this.intervals };
    const hb = intervals.heartbeatIntervalMs;
    try {
      const id = await this.deps.authenticate(hello, { heartbeatIntervalMs: hb, replica: this.deps.replicaId, sessionAddress: sessionAddress(s.remote) });
      if (s.state !== "auth") return; // the agent went away meanwhile
      const previous = this.byHost.get(id.hostId);
      if (previous && previous !== s) {
        // Normal after a half-open link; if it repeats, two machines share one credential.json.
        this.deps.log.warn(
          { hostId: id.hostId, remote: s.remote, previousRemote: previous.remote },
          "host connected again while its session was open; closing the older one",
        );
        previous.close(CloseCode.SESSION_REPLACED, "a newer session of this host connected");
      }
      this.byHost.set(id.hostId, s);
      s.hostId = id.hostId;
      s.heartbeatIntervalMs = hb;
      s.state = "active";
      setFrameLimit(s.ws, MAX_FRAME_BYTES);
      this.setPending(s, false);
      s.send({
        welcome: {
          hostId: id.hostId,
          protocolVersion: Math.min(PROTOCOL_VERSION, hello.protocolVersion),
          serverTimeMs: Date.now(),
          roomName: id.roomName,
          enrolled: id.enrolled,
          settings: intervals,
        },
      });
      this.deps.log.info(
        { hostId: id.hostId, room: id.roomName, gpus: id.inventory.gpus.length, agentVersion: hello.agentVersion, remote: s.remote },
        id.enrolled ? "host enrolled" : "host connected",
      );
      // What runs on the host against what should, then whatever is waiting for it.
      const hostId = id.hostId;
      const { states, dropped } = applicableStates(hello.containers);
      if (dropped.length > 0) this.deps.log.warn({ hostId, dropped: dropped.length, problem: dropped[0] }, "dropping container states that cannot be applied");
      this.handleReliable(s, s.recvSeq, () => this.deps.commands.reconcile(hostId, states, !hello.containersUnknown));
      s.chain = s.chain.then(() => this.dispatch(hostId));
    } catch (err) {
      const e = toAppError(err);
      if (e.code === "INTERNAL") this.deps.log.error({ err, remote: s.remote }, "agent authentication failed");
      else this.logRefusal(e.code, e.message, s.remote);
      s.close(ERROR_CODES[e.code].ws, e.message);
    }
  }

  /**
   * A reliable frame: handled in order after the ones before it, and acknowledged only once its
   * effect is committed. If the database cannot take it, the session is closed so that the agent
   * sends it again on its next session (it keeps unacknowledged frames).
   */
  private handleReliable(s: AgentSession, seq: number, fn: () => Promise<unknown>): void {
    s.reliableInFlight++;
    s.chain = s.chain.then(async () => {
      if (s.state === "closed") return;
      try {
        await fn();
        s.reliableInFlight--;
        s.ackUpTo = s.reliableInFlight === 0 ? s.recvSeq : seq;
        this.scheduleAck(s);
      } catch (err) {
        const e = toAppError(err);
        this.deps.log.warn({ hostId: s.hostId, code: e.code, err: (err as Error).message }, "could not store what the agent reported; it will send it again");
        s.close(ERROR_CODES[e.code === "INTERNAL" ? "DATABASE_UNAVAILABLE" : e.code].ws, "try again later");
      }
    });
  }

  /** Sends the host's pending commands that this session has not sent yet. */
  async dispatch(hostId: string): Promise<void> {
    const s = this.byHost.get(hostId);
    if (s?.state !== "active") return;
    if (s.dispatching) {
      s.dispatchAgain = true;
      return;
    }
    s.dispatching = true;
    try {
      do {
        s.dispatchAgain = false;
        const pending = await this.deps.commands.pending(hostId);
        const sent: string[] = [];
        for (const c of pending) {
          if (s.sentCommands.has(c.command_id) || s.state !== "active") continue;
          s.send({ command: agentv1.Command.decode(c.payload) });
          s.sentCommands.add(c.command_id);
          sent.push(c.command_id);
        }
        if (sent.length > 0) await this.deps.commands.sent(sent);
      } while (s.dispatchAgain && s.state === "active");
    } catch (err) {
      this.deps.log.warn({ hostId, err: (err as Error).message }, "could not deliver commands; the next wake-up or poll tries again");
    } finally {
      s.dispatching = false;
    }
  }

  /** Hosts with a session on this replica (for the polling fallback). */
  connectedHosts(): string[] {
    return [...this.byHost.keys()];
  }

  private async onInventory(s: AgentSession, hostId: string, inventory: pb.Inventory): Promise<void> {
    try {
      await this.deps.updateInventory(hostId, inventory);
      this.deps.log.info({ hostId, gpus: inventory.gpus.length }, "host inventory updated");
    } catch (err) {
      const e = toAppError(err);
      if (e.code === "INVALID_ARGUMENT") {
        s.close(ERROR_CODES[e.code].ws, e.message);
        return;
      }
      // The database is away: the agent sends its inventory again with its next Hello.
      this.deps.log.warn({ hostId, code: e.code }, "could not store an inventory update");
    }
  }

  /** One line per refused agent, up to a rate; beyond it a count, so a flood cannot fill the log. */
  private logRefusal(code: string, reason: string, remote: string): void {
    this.rollRefusalWindow();
    if (this.refusalsLogged < REFUSAL_LOGS_PER_MINUTE) {
      this.refusalsLogged++;
      this.deps.log.info({ code, reason, remote }, "agent refused");
    } else {
      this.refusalsSuppressed++;
    }
  }

  private rollRefusalWindow(): void {
    if (Date.now() - this.refusalWindowStart < 60_000) return;
    if (this.refusalsSuppressed > 0) this.deps.log.warn({ refused: this.refusalsSuppressed }, "more agents refused in the last minute (not logged one by one)");
    this.refusalWindowStart = Date.now();
    this.refusalsLogged = 0;
    this.refusalsSuppressed = 0;
  }

  private scheduleAck(s: AgentSession): void {
    this.needAck.add(s);
    if (this.ackScheduled) return;
    this.ackScheduled = true;
    // One pass per event-loop turn acknowledges every session that needs it.
    setImmediate(() => {
      this.ackScheduled = false;
      for (const x of this.needAck) x.send({});
      this.needAck.clear();
    });
  }

  private sweep(): void {
    const now = Date.now();
    for (const s of this.sessions) {
      if (s.state === "hello" && now - s.connectedAt > HELLO_TIMEOUT_MS) {
        s.close(CloseCode.HELLO_TIMEOUT, "no Hello");
      } else if (s.state === "active" && now - s.lastRecvAt > offlineAfterMs(s.heartbeatIntervalMs, this.deps.liveness)) {
        s.close(CloseCode.HEARTBEAT_TIMEOUT, "no heartbeat");
      }
    }
    this.rollRefusalWindow();
    if (now - this.lastIntervalCheck >= INTERVAL_CHECK_MS) {
      this.lastIntervalCheck = now;
      this.retune();
    }
  }

  /** Stretches or shrinks the intervals as the number of sessions changes. */
  private retune(): void {
    const next = intervalsFor(this.sessions.size, this.deps.liveness);
    if (!worthPushing(this.intervals, next)) return;
    const previous = this.intervals;
    this.intervals = next;
    const hostIds: string[] = [];
    for (const s of this.sessions) {
      if (s.state !== "active" || !s.hostId) continue;
      // Until its next heartbeat the agent may still be on the old, longer interval.
      s.heartbeatIntervalMs = Math.max(s.heartbeatIntervalMs, next.heartbeatIntervalMs);
      s.send({ settings: { ...next } });
      hostIds.push(s.hostId);
    }
    this.deps.log.info({ sessions: this.sessions.size, ...next }, "agent intervals changed");
    const store = (): void => {
      this.deps
        .intervalsChanged(hostIds, next.heartbeatIntervalMs)
        .catch((err: Error) => this.deps.log.warn({ err: err.message }, "could not store new heartbeat intervals"));
    };
    clearTimeout(this.shrinkTimer);
    if (next.heartbeatIntervalMs >= previous.heartbeatIntervalMs) store();
    // Shrinking: the database's liveness thresholds follow once every agent has had one old
    // interval to switch, so nobody is marked suspect for a heartbeat that was simply not due.
    else this.shrinkTimer = setTimeout(store, previous.heartbeatIntervalMs);
  }
}
