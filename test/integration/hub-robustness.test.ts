// Bad peers on /agent/v1: random bytes, oversized frames, text frames, protocol violations.
// Each such connection is closed with a clear code; the server keeps serving everyone else.
import t from "tap";
import { randomBytes } from "node:crypto";
import WebSocket from "ws";
import { CloseCode, decodeEnvelope, encodeEnvelope, MAX_FRAME_BYTES, PROTOCOL_VERSION, type pb } from "@remotegpu/protocol";
import { freshDatabase, sql } from "../helpers/database.js";
import { startAgent, startControlPlane, type ControlPlane } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

function connect(cp: ControlPlane, path = "/agent/v1"): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${cp.port}${path}`, { maxPayload: 4 * MAX_FRAME_BYTES });
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
    ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
}

t.test("garbage on /agent/v1 closes that connection only", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken() });
  const hostId = await agent.connected();

  const cases: { name: string; send: (ws: WebSocket) => void; code: number }[] = [
    { name: "random bytes", send: (ws) => ws.send(randomBytes(512)), code: CloseCode.INVALID_PAYLOAD },
    { name: "oversized frame", send: (ws) => ws.send(Buffer.alloc(MAX_FRAME_BYTES + 10, 1)), code: CloseCode.MESSAGE_TOO_BIG },
    { name: "text frame", send: (ws) => ws.send("hello"), code: CloseCode.UNSUPPORTED_DATA },
    { name: "heartbeat before Hello", send: (ws) => ws.send(encodeEnvelope({ seq: 1, heartbeat: { agentTimeMs: 1 } })), code: CloseCode.POLICY_VIOLATION },
    {
      name: "sequence not starting at 1",
      send: (ws) => ws.send(encodeEnvelope({ seq: 5, hello: { protocolVersion: PROTOCOL_VERSION } })),
      code: CloseCode.POLICY_VIOLATION,
    },
    {
      name: "Hello without credentials",
      send: (ws) => ws.send(encodeEnvelope({ seq: 1, hello: { protocolVersion: PROTOCOL_VERSION, inventory: {} } })),
      code: CloseCode.UNAUTHORIZED,
    },
    {
      name: "wrong secret for a real host",
      send: (ws) =>
        ws.send(encodeEnvelope({ seq: 1, hello: { protocolVersion: PROTOCOL_VERSION, inventory: {}, credential: { hostId, secret: "x".repeat(43) } } })),
      code: CloseCode.UNAUTHORIZED,
    },
    {
      name: "unsupported protocol version",
      send: (ws) => ws.send(encodeEnvelope({ seq: 1, hello: { protocolVersion: 999, inventory: {}, credential: { hostId, secret: "x".repeat(43) } } })),
      code: CloseCode.UNSUPPORTED_PROTOCOL_VERSION,
    },
    ...(
      [
        ["NUL in the hostname", { hostname: "gpu\u0000node" }],
        ["cpu_count beyond a 32-bit column", { cpuCount: 3e9 }],
        ["GPU memory beyond a 32-bit column", { gpus: [{ index: 0, memoryTotalMib: 3e9 }] }],
        ["NUL in a disk mount", { disks: [{ mount: "/data\u0000" }] }],
      ] as [string, pb.InventoryInit][]
    ).map(([name, inventory]) => ({
      name,
      send: (ws: WebSocket) =>
        ws.send(
          encodeEnvelope({ seq: 1, hello: { protocolVersion: PROTOCOL_VERSION, enrollment: { joinToken: "x", hostSecret: "y".repeat(43) }, inventory } }),
        ),
      code: CloseCode.POLICY_VIOLATION,
    })),
    {
      name: "absurd inventory",
      send: (ws) =>
        ws.send(
          encodeEnvelope({
            seq: 1,
            hello: {
              protocolVersion: PROTOCOL_VERSION,
              enrollment: { joinToken: "x", hostSecret: "y".repeat(43) },
              inventory: { gpus: Array.from({ length: 65 }, (_, i) => ({ index: i })) },
            },
          }),
        ),
      code: CloseCode.POLICY_VIOLATION,
    },
  ];
  for (const c of cases) {
    const ws = await connect(cp);
    const done = closed(ws);
    c.send(ws);
    const r = await done;
    t.equal(r.code, c.code, `${c.name} → ${c.code} (${r.reason})`);
  }

  // A connection that never says Hello is closed by the sweep.
  const silent = await connect(cp);
  const silentClosed = await Promise.race([closed(silent), new Promise<{ code: number }>((r) => setTimeout(() => r({ code: -1 }), 15_000))]);
  t.equal(silentClosed.code, CloseCode.HELLO_TIMEOUT, "no Hello within 10 s → closed");

  // Paths other than /agent/v1 are not upgraded.
  await t.rejects(connect(cp, "/agent/v2"), /404/);

  // Everyone else is unaffected.
  t.ok(agent.running, "the real agent is still running");
  const health = await cp.api("GET", "/healthz", undefined, null);
  t.equal(health.status, 200);
  t.equal(health.body.agent_sessions, 1, "only the real agent's session remains");
  const before = (await cp.host(hostId)).last_seen_at;
  await waitFor("fresh heartbeats", async () => (await cp.host(hostId)).last_seen_at > before);
  t.equal((await cp.host(hostId)).status, "online");
  const hosts = await sql<{ n: string }>(dbUrl, "select count(*) as n from hosts");
  t.equal(Number(hosts[0]!.n), 1, "no host was created by any bad peer");
});

t.test("an enrolled peer flooding valid frames is cut off", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const ws = await connect(cp);
  const done = closed(ws);
  const welcome = new Promise<void>((resolve) => ws.once("message", () => resolve()));
  ws.send(
    encodeEnvelope({
      seq: 1,
      hello: {
        protocolVersion: PROTOCOL_VERSION,
        enrollment: { joinToken: await cp.joinToken(), hostSecret: "s".repeat(43) },
        inventory: { hostname: "flood" },
      },
    }),
  );
  await welcome;
  let seq = 1;
  // The hub admits a burst of 500 frames and 50 a second after that; 5,000 at once is abuse.
  for (let i = 0; i < 5000 && ws.readyState === ws.OPEN; i++) ws.send(encodeEnvelope({ seq: ++seq, heartbeat: { agentTimeMs: i } }));
  const r = await done;
  t.equal(r.code, CloseCode.POLICY_VIOLATION);
  t.equal(r.reason, "too many frames");
  t.equal((await cp.api("GET", "/healthz", undefined, null)).status, 200, "the server is fine");
  const hosts = await sql<{ hostname: string }>(dbUrl, "select hostname from hosts");
  t.same(hosts, [{ hostname: "flood" }], "the peer was a real enrolled host until it flooded");
});

t.test("two agents racing for one join token: exactly one wins", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const token = await cp.joinToken();
  const attempt = async (secret: string) => {
    const ws = await connect(cp);
    const result = new Promise<string>((resolve) => {
      ws.once("message", () => resolve("welcome"));
      ws.once("close", (code) => resolve(String(code)));
    });
    ws.send(
      encodeEnvelope({
        seq: 1,
        hello: { protocolVersion: PROTOCOL_VERSION, enrollment: { joinToken: token, hostSecret: secret }, inventory: { hostname: secret.slice(0, 8) } },
      }),
    );
    const r = await result;
    ws.terminate();
    return r;
  };
  const results = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(`${i}`.repeat(43))));
  t.equal(results.filter((r) => r === "welcome").length, 1, `one Welcome (${results.join(", ")})`);
  t.equal(results.filter((r) => r === String(CloseCode.JOIN_TOKEN_USED)).length, 7, "the others are told the token is used");
  const hosts = await sql(dbUrl, "select host_id from hosts");
  t.equal(hosts.length, 1, "one host");
});

t.test("a session that goes silent is closed; the intervals follow the fleet size", async (t) => {
  const dbUrl = await freshDatabase(t);
  // One heartbeat and one telemetry frame per second per replica: three agents stretch the
  // intervals to 3 s (from 200 ms and 300 ms).
  const cp = await startControlPlane(t, {
    databaseUrl: dbUrl,
    env: { HEARTBEATS_PER_SECOND: "1", TELEMETRY_PER_SECOND: "1", HEARTBEAT_MAX_INTERVAL_MS: "60000" },
  });
  const open = async (name: string) => {
    const ws = await connect(cp);
    const frames: ReturnType<typeof decodeEnvelope>[] = [];
    ws.on("message", (d) => frames.push(decodeEnvelope(d as Buffer)));
    ws.send(
      encodeEnvelope({
        seq: 1,
        hello: {
          protocolVersion: PROTOCOL_VERSION,
          enrollment: { joinToken: await cp.joinToken(), hostSecret: name.repeat(43) },
          inventory: { hostname: name },
        },
      }),
    );
    await waitFor("Welcome", () => frames.some((f) => f.body === "welcome"));
    return { ws, frames };
  };
  const silent = await open("a");
  const silentClosed = closed(silent.ws);
  // 8 missed heartbeats of 200 ms: closed within about two seconds.
  t.equal((await silentClosed).code, CloseCode.HEARTBEAT_TIMEOUT, "a silent session is closed");

  const agents = await Promise.all(["b", "c", "d"].map(open));
  let seq = 1;
  const beat = setInterval(() => {
    seq++;
    for (const a of agents) a.ws.send(encodeEnvelope({ seq, heartbeat: { agentTimeMs: Date.now() } }));
  }, 100);
  t.teardown(() => clearInterval(beat));
  // The hub re-checks the intervals every 10 s.
  const pushed = await waitFor("Settings", () => agents[0]!.frames.find((f) => f.body === "settings"), 15_000);
  t.equal(pushed.settings!.heartbeatIntervalMs, 3000);
  t.equal(pushed.settings!.telemetryIntervalMs, 3000);
  const stored = await waitFor("stored intervals", async () => {
    const rows = await sql<{ heartbeat_interval_ms: number }>(dbUrl, "select heartbeat_interval_ms from hosts where hostname in ('b', 'c', 'd')");
    return rows.every((r) => r.heartbeat_interval_ms === 3000) ? rows : undefined;
  });
  t.equal(stored.length, 3, "the liveness thresholds follow the new interval");
  for (const a of agents) a.ws.terminate();
});
