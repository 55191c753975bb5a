// The agent's SessionClient against a small control-plane stand-in that speaks the real wire
// format (protobuf Envelopes over a real WebSocket): reconnects, buffering, settings,
// dead-link detection and refusals.
import t from "tap";
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import { type Logger, pino } from "pino";
import { WebSocketServer, type WebSocket } from "ws";
import { CloseCode, decodeEnvelope, encodeEnvelope, MAX_HELLO_FRAME_BYTES, type pb } from "@remotegpu/protocol";
import { Outbox } from "../../packages/agent/src/session/outbox.js";
import { SessionClient, type SessionOptions } from "../../packages/agent/src/session/client.js";
import { waitFor } from "../helpers/wait.js";

interface Peer {
  ws: WebSocket;
  frames: pb.Envelope[];
  seq: number;
  send(body: Omit<pb.EnvelopeInit, "seq" | "ack">, seq?: number): void;
}

class FakeControlPlane {
  readonly peers: Peer[] = [];
  private wss: WebSocketServer;
  onHello: (p: Peer, hello: pb.Hello) => void = (p) =>
    p.send({ welcome: { hostId: "host-0000000000000001", settings: { heartbeatIntervalMs: 100, telemetryIntervalMs: 100 } } });

  constructor(port = 0) {
    this.wss = new WebSocketServer({ port, host: "127.0.0.1" });
    this.wss.on("connection", (ws) => {
      const peer: Peer = {
        ws,
        frames: [],
        seq: 0,
        send: (body, seq) => ws.send(encodeEnvelope({ ...body, seq: seq ?? ++peer.seq, ack: peer.frames.at(-1)?.seq ?? 0 })),
      };
      this.peers.push(peer);
      ws.on("message", (data) => {
        const env = decodeEnvelope(data as Buffer);
        peer.frames.push(env);
        if (env.body === "hello") this.onHello(peer, env.hello!);
      });
    });
  }

  async ready(): Promise<number> {
    if (!this.wss.address()) await new Promise((r) => this.wss.once("listening", r));
    return (this.wss.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const p of this.peers) p.ws.terminate();
    await new Promise((r) => this.wss.close(r));
  }

  frames(body: string): pb.Envelope[] {
    return this.peers.flatMap((p) => p.frames.filter((f) => f.body === body));
  }
}

function client(t: Tap, port: number, over: Partial<SessionOptions> = {}) {
  let n = 0;
  const fatal: { code: number; reason: string }[] = [];
  const outbox = new Outbox(5);
  const c = new SessionClient({
    url: `ws://127.0.0.1:${port}/agent/v1`,
    agentVersion: "test",
    log: pino({ level: "silent" }),
    source: {
      inventory: async () => ({ hostname: "h" }),
      telemetry: async () => ({ collectedAtMs: ++n }),
    },
    identity: { auth: () => ({ credential: { hostId: "host-0000000000000001", secret: "s".repeat(43) } }), enrolled: async () => undefined },
    outbox,
    reconnectBaseMs: 20,
    reconnectMaxMs: 200,
    onFatal: (code, reason) => fatal.push({ code, reason }),
    ...over,
  });
  t.teardown(() => c.stop());
  return { c, fatal, outbox };
}

type Tap = { teardown(fn: () => unknown): void };

t.test("a Welcome whose session dies while the credential is being stored does not wedge the agent", async (t) => {
  const cp = new FakeControlPlane();
  t.teardown(() => cp.close());
  const port = await cp.ready();
  let firstWelcome = true;
  cp.onHello = (p) => {
    p.send({ welcome: { hostId: "host-0000000000000001", enrolled: true, settings: { heartbeatIntervalMs: 100, telemetryIntervalMs: 100 } } });
    if (firstWelcome) {
      firstWelcome = false;
      setTimeout(() => p.ws.terminate(), 20); // the link drops while enrolled() is still writing
    }
  };
  let stored = 0;
  const { c } = client(t, port, {
    identity: {
      auth: () => ({ enrollment: { joinToken: "rgjt_x", hostSecret: "s".repeat(43) } }),
      enrolled: async () => {
        stored++;
        await new Promise((r) => setTimeout(r, 200)); // a slow fsync
      },
    },
  });
  c.start();
  await waitFor("a second session", () => cp.peers.length >= 2, 5000);
  await waitFor("ready on the live socket", () => c.isReady && cp.peers[1]!.frames.some((f) => f.body === "heartbeat"), 5000);
  t.ok(stored >= 1);
  t.equal(cp.peers[0]!.frames.filter((f) => f.body === "heartbeat").length, 0, "nothing was sent on the dead socket");
});

t.test("telemetry buffered while the control plane is away arrives after it returns, oldest dropped", async (t) => {
  const first = new FakeControlPlane();
  const port = await first.ready();
  const { c, outbox } = client(t, port);
  c.start();
  await waitFor("connected", () => c.isReady, 5000);
  await first.close();
  // Down for about 15 collections at 100 ms; the buffer holds 5.
  await waitFor("buffer full", () => outbox.sizes.telemetry === 5, 5000);
  await new Promise((r) => setTimeout(r, 500));
  const second = new FakeControlPlane(port);
  t.teardown(() => second.close());
  await second.ready();
  await waitFor("reconnected", () => second.peers.length > 0 && c.isReady, 5000);
  await waitFor("buffered samples", () => second.frames("telemetry").length >= 5, 5000);
  const times = second.frames("telemetry").map((f) => f.telemetry!.collectedAtMs);
  t.ok(times[0]! > 5, `the oldest samples were dropped (first delivered #${times[0]})`);
  t.same(
    times,
    [...times].sort((a, b) => a - b),
    "delivered oldest first",
  );
  const seqs = second.peers[0]!.frames.map((f) => f.seq);
  t.same(
    seqs,
    seqs.map((_, i) => i + 1),
    "a new session numbers its frames from 1",
  );
});

t.test("settings from the control plane change the heartbeat rate", async (t) => {
  const cp = new FakeControlPlane();
  t.teardown(() => cp.close());
  const port = await cp.ready();
  cp.onHello = (p) => p.send({ welcome: { hostId: "host-0000000000000001", settings: { heartbeatIntervalMs: 1000, telemetryIntervalMs: 1000 } } });
  const { c } = client(t, port);
  c.start();
  await waitFor("connected", () => c.isReady, 5000);
  await new Promise((r) => setTimeout(r, 1100));
  const slow = cp.frames("heartbeat").length;
  t.ok(slow <= 2, `about one heartbeat a second (${slow})`);
  cp.peers[0]!.send({ settings: { heartbeatIntervalMs: 50, telemetryIntervalMs: 1000 } });
  const before = cp.frames("heartbeat").length;
  await new Promise((r) => setTimeout(r, 1000));
  t.ok(cp.frames("heartbeat").length - before >= 10, "about twenty a second after the change");
});

t.test("a control plane that goes silent is left and reconnected to", async (t) => {
  const cp = new FakeControlPlane();
  t.teardown(() => cp.close());
  const port = await cp.ready();
  const { c } = client(t, port);
  c.start();
  await waitFor("connected", () => c.isReady, 5000);
  // Stop reading: no more pongs or frames reach the agent, but TCP stays up.
  const sock = (cp.peers[0]!.ws as unknown as { _socket: { pause(): void } })._socket;
  sock.pause();
  // 3 × 100 ms + 5 s slack.
  await waitFor("a second session", () => cp.peers.length >= 2, 10_000);
  t.pass("reconnected after the link went silent");
});

t.test("a refusal that cannot change stops the client; other closes reconnect", async (t) => {
  const cp = new FakeControlPlane();
  t.teardown(() => cp.close());
  const port = await cp.ready();
  cp.onHello = (p) => p.ws.close(CloseCode.GOING_AWAY, "restarting");
  const { c, fatal } = client(t, port);
  c.start();
  await waitFor("retries after GOING_AWAY", () => cp.peers.length >= 3, 5000);
  t.same(fatal, []);
  cp.onHello = (p) => p.ws.close(CloseCode.HOST_REVOKED, "host credential revoked");
  await waitFor("fatal", () => fatal.length === 1, 5000);
  t.same(fatal, [{ code: CloseCode.HOST_REVOKED, reason: "host credential revoked" }]);
  const n = cp.peers.length;
  await new Promise((r) => setTimeout(r, 500));
  t.equal(cp.peers.length, n, "no reconnect after a fatal refusal");
  t.notOk(c.isReady);
});

t.test("a frame out of sequence ends the session; the client reconnects", async (t) => {
  const cp = new FakeControlPlane();
  t.teardown(() => cp.close());
  const port = await cp.ready();
  const { c } = client(t, port);
  c.start();
  await waitFor("connected", () => c.isReady, 5000);
  const closed = new Promise<number>((r) => cp.peers[0]!.ws.once("close", (code) => r(code)));
  cp.peers[0]!.send({ settings: { heartbeatIntervalMs: 100 } }, 7);
  t.equal(await closed, CloseCode.POLICY_VIOLATION);
  await waitFor("a new session", () => cp.peers.length >= 2 && c.isReady, 5000);
});

t.test("being replaced by another session backs off instead of fighting", async (t) => {
  const cp = new FakeControlPlane();
  t.teardown(() => cp.close());
  const port = await cp.ready();
  // Jitter pinned near its top: a delay is ~99 % of its ceiling.
  const { c } = client(t, port, { reconnectBaseMs: 20, reconnectMaxMs: 1500, random: () => 0.99 });
  c.start();
  await waitFor("connected", () => c.isReady, 5000);

  let at = Date.now();
  cp.peers[0]!.ws.close(CloseCode.GOING_AWAY, "restarting");
  await waitFor("reconnected", () => cp.peers.length >= 2 && c.isReady, 5000);
  const normal = Date.now() - at;
  t.ok(normal < 500, `an ordinary close retries at the base delay (${normal} ms)`);

  at = Date.now();
  cp.peers[1]!.ws.close(CloseCode.SESSION_REPLACED, "a newer session of this host connected");
  await waitFor("reconnected", () => cp.peers.length >= 3 && c.isReady, 5000);
  const replaced = Date.now() - at;
  t.ok(replaced >= 1400, `after SESSION_REPLACED it waits the full cap (${replaced} ms)`);
});

/** A pino logger that keeps its lines (level and msg) for the test to read. */
function capturingLog(): { log: Logger; lines: { level: number; msg: string; [k: string]: unknown }[] } {
  const lines: { level: number; msg: string }[] = [];
  const log = pino({ level: "debug" }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  return { log, lines };
}

t.test("UNAUTHORIZED is retried with a long backoff and an error line each time; only revocation and bad tokens stop", async (t) => {
  const cp = new FakeControlPlane();
  t.teardown(() => cp.close());
  const port = await cp.ready();
  const hellos: number[] = [];
  cp.onHello = (p) => {
    hellos.push(Date.now());
    p.ws.close(CloseCode.UNAUTHORIZED, "unknown host or wrong secret");
  };
  const { log, lines } = capturingLog();
  // Pinned jitter: each wait is 3/4 of its ceiling (half fixed + half × 0.5); ceilings 200, 400, 800, 800.
  const { c, fatal } = client(t, port, { log, random: () => 0.5, unauthorizedBaseMs: 200, unauthorizedMaxMs: 800 });
  c.start();
  await waitFor("five refused attempts", () => hellos.length >= 5, 10_000);
  t.same(fatal, [], "never fatal");
  const gaps = hellos.slice(1).map((at, i) => at - hellos[i]!);
  t.ok(gaps[0]! >= 140, `first retry after ~150 ms, not at the 20 ms reconnect base (${gaps[0]})`);
  t.ok(gaps[1]! >= 290 && gaps[2]! >= 590 && gaps[3]! >= 590, `then doubling to the cap: ${gaps.join(", ")}`);
  t.ok(gaps[3]! < 900, `capped (${gaps[3]})`);
  const loud = lines.filter((l) => l.msg === "the control plane does not know this host's credential; retrying");
  t.ok(loud.length >= 4, `one line per refusal (${loud.length})`);
  t.ok(
    loud.every((l) => l.level === 50),
    "at error level",
  );
  // The right database is back: the agent reconnects by itself.
  cp.onHello = (p) => p.send({ welcome: { hostId: "host-0000000000000001", settings: { heartbeatIntervalMs: 100, telemetryIntervalMs: 100 } } });
  await waitFor("accepted again", () => c.isReady, 5000);
  t.same(fatal, []);

  // Bad join tokens are fatal.
  cp.onHello = (p) => p.ws.close(CloseCode.JOIN_TOKEN_EXPIRED, "join token expired");
  cp.peers.at(-1)!.ws.close(CloseCode.GOING_AWAY, "restart");
  await waitFor("fatal", () => fatal.length === 1, 5000);
  t.equal(fatal[0]!.code, CloseCode.JOIN_TOKEN_EXPIRED);
});

t.test("the backoff starts over once the control plane answers again after an outage", async (t) => {
  const probe = new FakeControlPlane();
  const port = await probe.ready();
  await probe.close(); // nothing listens there now: every attempt is refused
  // Jitter pinned near its top: each wait is ~99 % of its ceiling (20 ms doubling to 2 s).
  const { c } = client(t, port, { reconnectBaseMs: 20, reconnectMaxMs: 2000, random: () => 0.99 });
  c.start();
  await new Promise((r) => setTimeout(r, 3500)); // long enough to reach the 2 s cap
  // The control plane is back but busy: it answers the upgrade with 503.
  const requests: number[] = [];
  const busy = createServer((_req, res) => {
    requests.push(Date.now());
    res.writeHead(503, { "Retry-After": "10" }).end();
  });
  t.teardown(() => new Promise((r) => busy.close(r)));
  await new Promise<void>((r) => busy.listen(port, "127.0.0.1", r));
  await waitFor("two answered attempts", () => requests.length >= 2, 10_000);
  const gap = requests[1]! - requests[0]!;
  t.ok(gap < 300, `after the first answer the next attempt comes at the base delay, not the outage's 2 s (${gap} ms)`);
  await c.stop();
});

t.test("a Hello too big for the pre-authentication limit sends its containers after Welcome", async (t) => {
  const cp = new FakeControlPlane();
  t.teardown(() => cp.close());
  const port = await cp.ready();
  const many = Array.from({ length: 400 }, (_, i) => ({
    instanceId: `gpu-105${String(i).padStart(16, "0")}`,
    containerId: "c".repeat(64),
    generation: 1,
    gpuUuids: ["GPU-00000000-0000-0000-0000-000000000000", "GPU-00000000-0000-0000-0000-000000000001"],
  }));
  let list = many;
  const { c } = client(t, port, { containers: async () => ({ containers: list, known: true }) });
  c.start();
  await waitFor("full list after Welcome", () => cp.frames("containerStates").length > 0, 5000);
  const hello = cp.frames("hello")[0]!;
  t.equal(hello.hello!.containers.length, 0, "no containers in Hello");
  t.equal(hello.hello!.containersUnknown, true, "which says so");
  t.ok(encodeEnvelope(hello).length <= MAX_HELLO_FRAME_BYTES, "the Hello fits the limit");
  const states = cp.frames("containerStates")[0]!.containerStates!;
  t.equal(states.full, true);
  t.equal(states.containers.length, 400, "every container, as a full list");

  // A small list stays in Hello.
  list = many.slice(0, 3);
  cp.peers[0]!.ws.close(CloseCode.GOING_AWAY, "restart");
  await waitFor("second Hello", () => cp.frames("hello").length >= 2, 5000);
  t.equal(cp.frames("hello")[1]!.hello!.containers.length, 3);
});

t.test("task output goes out as frames of its own; acknowledgements come back; a new session says so", async (t) => {
  const cp = new FakeControlPlane();
  t.teardown(() => cp.close());
  const acks: pb.TaskOutputAck[] = [];
  let ready = 0;
  const { c } = client(t, await cp.ready(), { onTaskOutputAck: (a) => acks.push(a), onReady: () => ready++ });
  const frame = { instanceId: "gpu-t1-1", channel: 1, firstLine: 0, lines: [{ stream: 1, text: "hello", atMs: 5 }], droppedLines: 0, eof: false };
  t.equal(c.sendTaskOutput(frame), false, "not before the session is ready");
  c.start();
  await waitFor("ready", () => ready === 1);
  t.equal(c.sendTaskOutput(frame), true);
  const got = await waitFor("the frame", () => cp.frames("taskOutput")[0]);
  t.equal(got.taskOutput!.lines[0]!.text, "hello");
  t.equal(got.taskOutput!.instanceId, "gpu-t1-1");
  cp.peers[0]!.send({ taskOutputAck: { instanceId: "gpu-t1-1", channel: 1, nextLine: 1 } });
  await waitFor("the acknowledgement", () => acks.length === 1);
  t.equal(Number(acks[0]!.nextLine), 1);
  t.ok(c.isReady, "the session goes on");
  cp.peers[0]!.ws.terminate();
  await waitFor("a new session", () => ready === 2);
});
