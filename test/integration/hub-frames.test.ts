// What the hub takes from a peer before and after it is authenticated: small frames until Hello
// is accepted (a big one is refused before anything is written), the normal limit after; and a
// reliable frame that can never be applied is acknowledged and dropped, not a reconnect loop.
import t from "tap";
import WebSocket from "ws";
import {
  CloseCode,
  CommandStatus,
  decodeEnvelope,
  encodeEnvelope,
  MAX_FRAME_BYTES,
  MAX_HELLO_FRAME_BYTES,
  PROTOCOL_VERSION,
  type pb,
} from "@remotegpu/protocol";
import { freshDatabase, sql } from "../helpers/database.js";
import { type ControlPlane, startControlPlane } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

interface Peer {
  ws: WebSocket;
  frames: pb.Envelope[];
  closed: Promise<{ code: number; reason: string }>;
  seq: number;
  send(body: Omit<pb.EnvelopeInit, "seq" | "ack">): number;
}

async function peer(cp: ControlPlane): Promise<Peer> {
  const ws = new WebSocket(`ws://127.0.0.1:${cp.port}/agent/v1`, { maxPayload: 4 * MAX_FRAME_BYTES });
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", reject);
  });
  const p: Peer = {
    ws,
    frames: [],
    closed: new Promise((resolve) => ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() }))),
    seq: 0,
    send: (body) => {
      const seq = ++p.seq;
      ws.send(encodeEnvelope({ ...body, seq, ack: p.frames.at(-1)?.seq ?? 0 }));
      return seq;
    },
  };
  ws.on("message", (d) => p.frames.push(decodeEnvelope(d as Buffer)));
  return p;
}

const hello = (joinToken: string, inventory: pb.InventoryInit = { hostname: "h" }): Omit<pb.EnvelopeInit, "seq" | "ack"> => ({
  hello: { protocolVersion: PROTOCOL_VERSION, enrollment: { joinToken, hostSecret: "s".repeat(43) }, inventory },
});

t.test("before Hello is authenticated a frame over 64 KiB is refused and nothing is written", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const token = await cp.joinToken();

  // A real enrollment with a real token, padded past the pre-authentication limit.
  const big = await peer(cp);
  const padded = hello(token, { hostname: "h", gpuErrors: Array.from({ length: 100 }, () => "x".repeat(1000)) });
  t.ok(encodeEnvelope({ ...padded, seq: 1 }).length > MAX_HELLO_FRAME_BYTES);
  big.send(padded);
  t.equal((await big.closed).code, CloseCode.MESSAGE_TOO_BIG, "closed with MESSAGE_TOO_BIG");
  t.same(await sql(dbUrl, "select host_id from hosts"), [], "no host");
  t.same(await sql(dbUrl, "select used_at from join_tokens where used_at is not null"), [], "the token is not used");

  // The same token in a normal Hello works; after Welcome the normal limit applies.
  const ok = await peer(cp);
  ok.send(hello(token));
  await waitFor("Welcome", () => ok.frames.some((f) => f.body === "welcome"));
  const inventory = { inventory: { hostname: "h", gpuErrors: Array.from({ length: 100 }, () => "y".repeat(1000)) } };
  t.ok(encodeEnvelope({ ...inventory, seq: 2 }).length > MAX_HELLO_FRAME_BYTES, "a frame over 64 KiB");
  ok.send(inventory);
  await cp.waitForLog("host inventory updated");
  t.equal(ok.ws.readyState, WebSocket.OPEN, "accepted once authenticated");
  ok.ws.close();
});

t.test("a command result that can never be applied is acknowledged and dropped with one log line", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const p = await peer(cp);
  p.send(hello(await cp.joinToken()));
  await waitFor("Welcome", () => p.frames.some((f) => f.body === "welcome"));
  const bad = p.send({ commandResult: { commandId: "not-a-uuid", instanceId: "gpu-105abc", status: CommandStatus.COMMAND_STATUS_FAILED } });
  await waitFor("acknowledged", () => p.frames.some((f) => f.ack >= bad));
  // A heartbeat later the session is still there (no close, no reconnect loop).
  const hb = p.send({ containerStates: { containers: [{ instanceId: "../../etc" }], full: false } });
  await waitFor("acknowledged", () => p.frames.some((f) => f.ack >= hb));
  await new Promise((r) => setTimeout(r, 300));
  t.equal(p.ws.readyState, WebSocket.OPEN, "the session stays open");
  t.equal(cp.logs.filter((l) => l.msg === "dropping a command result that cannot be applied").length, 1, "one log line");
  t.equal(cp.logs.filter((l) => l.msg === "dropping container states that cannot be applied").length, 1, "one for the container states");
  p.ws.close();
});
