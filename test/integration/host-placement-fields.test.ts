// What placement needs to know about a host, end to end: a real agent process on a real Docker
// engine reports its public address and the size of the engine's storage, the hub records the
// address the session came from, and operators cordon and uncordon hosts.
// 203.0.113.7 (TEST-NET-3) is only ever a string here: nothing connects to it.
import t from "tap";
import { statfsSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import WebSocket from "ws";
import { adminServiceDefinition, adminv1, CloseCode, decodeEnvelope, encodeEnvelope, PROTOCOL_VERSION, type adminpb, type pb } from "@remotegpu/protocol";
import { createDb } from "../../packages/control-plane/src/db/knex.js";
import { findHost, hostAddress } from "../../packages/control-plane/src/db/queries/hosts.js";
import { freshDatabase, sql } from "../helpers/database.js";
import { docker, dockerHost } from "../helpers/docker.js";
import { ADMIN_TOKEN, startAgent, startControlPlane, type ControlPlane } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

const PUBLIC = "203.0.113.7";

const GrpcClient = grpc.makeGenericClientConstructor(adminServiceDefinition, "AdminService");

function grpcHost(cp: ControlPlane, hostId: string): Promise<adminpb.Host> {
  const client = new GrpcClient(`127.0.0.1:${cp.grpcPort}`, grpc.credentials.createInsecure());
  const md = new grpc.Metadata();
  md.set("authorization", `Bearer ${ADMIN_TOKEN}`);
  return new Promise<adminpb.Host>((resolve, reject) =>
    (client as unknown as { getHost: (r: unknown, m: grpc.Metadata, cb: (e: grpc.ServiceError | null, v: adminpb.Host) => void) => void }).getHost(
      adminv1.GetHostRequest.create({ hostId }),
      md,
      (err, v) => (err ? reject(err) : resolve(v)),
    ),
  ).finally(() => client.close());
}

/** Size of the file system holding the engine's data root, measured here independently. */
async function engineStorageBytes(): Promise<number> {
  const root = await docker("info", "--format", "{{.DockerRootDir}}");
  const s = statfsSync(root, { bigint: true });
  return Number(s.bsize * s.blocks);
}

async function addressOf(dbUrl: string, hostId: string): Promise<string> {
  const db = createDb(dbUrl, 1);
  try {
    return hostAddress((await findHost(db, hostId))!);
  } finally {
    await db.destroy();
  }
}

t.test("a real agent reports its public address and the engine's storage; the hub records the session address", async (t) => {
  const host = await dockerHost();
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken("105"), docker: host, args: ["--public-address", PUBLIC] });
  const hostId = await agent.connected();
  const expected = await engineStorageBytes();
  t.ok(expected > 0);

  // The inventory is stored with the Hello, before the agent hears Welcome.
  const h = await cp.host(hostId);
  t.equal(h.public_address, PUBLIC);
  t.equal(h.session_address, "127.0.0.1", "the address the agent's WebSocket came from");
  t.equal(h.instance_storage_bytes, expected, "bsize × blocks of the engine's DockerRootDir");
  t.equal(h.cordoned, false);
  t.equal(h.cordoned_at, null);
  t.notOk(
    h.inventory_errors.some((e: string) => /docker|instance storage/.test(e)),
    JSON.stringify(h.inventory_errors),
  );
  t.equal(await addressOf(dbUrl, hostId), PUBLIC, "customers are given the public address");

  const g = await grpcHost(cp, hostId);
  t.equal(g.publicAddress, PUBLIC, "gRPC shows the same values");
  t.equal(g.sessionAddress, "127.0.0.1");
  t.equal(g.instanceStorageBytes, expected);
  t.equal(g.cordoned, false);
  t.equal(g.cordonedAt, "");

  // Restarted without an engine and without a public address: the storage size cannot be
  // measured and stays the last known one; the public address is gone.
  await agent.stop();
  const again = startAgent(t, { controlPlane: cp.url, dataDir: agent.dataDir });
  t.equal(await again.connected(), hostId);
  const h2 = await cp.host(hostId);
  t.equal(h2.public_address, null, "not configured any more");
  t.equal(h2.session_address, "127.0.0.1");
  t.equal(h2.instance_storage_bytes, expected, "the last known size stays");
  t.ok(
    h2.inventory_errors.some((e: string) => /docker: the Docker engine cannot be reached/.test(e)),
    "the engine problem is shown",
  );
  t.equal(await addressOf(dbUrl, hostId), "127.0.0.1", "without a public address, the session address");
  const g2 = await grpcHost(cp, hostId);
  t.equal(g2.publicAddress, "");
  t.equal(g2.instanceStorageBytes, expected);

  // A host that never had an engine has no size at all (null, not 0).
  const bare = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken("105") });
  const bareId = await bare.connected();
  const b = await cp.host(bareId);
  t.equal(b.instance_storage_bytes, null);
  t.equal(b.public_address, null);
  t.equal(b.session_address, "127.0.0.1");
  const gb = await grpcHost(cp, bareId);
  t.equal(gb.instanceStorageBytes, null, "absent over gRPC too");
});

/** A stand-in agent speaking the real protocol, for inventories a real agent would never send. */
async function standIn(cp: ControlPlane, hello: pb.HelloInit) {
  const ws = new WebSocket(`ws://127.0.0.1:${cp.port}/agent/v1`);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const frames: pb.Envelope[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
  ws.on("message", (d) => frames.push(decodeEnvelope(d as Buffer)));
  let seq = 0;
  const send = (body: Omit<pb.EnvelopeInit, "seq">) => ws.send(encodeEnvelope({ ...body, seq: ++seq }));
  send({ hello: { protocolVersion: PROTOCOL_VERSION, ...hello } });
  // Heartbeats, as the control plane closes silent sessions within a couple of seconds in tests.
  const beat = setInterval(() => ws.readyState === ws.OPEN && send({ heartbeat: { agentTimeMs: Date.now() } }), 100);
  void closed.then(() => clearInterval(beat));
  return {
    ws,
    frames,
    closed,
    send,
    stop: () => {
      clearInterval(beat);
      ws.terminate();
    },
  };
}

t.test("the control plane checks what agents say: a bad public address is refused, a missing size keeps the known one", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });

  // At Hello: refused like any other bad inventory field, nothing stored, the token not used.
  const token = await cp.joinToken("105");
  const refused = await standIn(cp, {
    enrollment: { joinToken: token, hostSecret: "r".repeat(43) },
    inventory: { hostname: "bad", publicAddress: "gpu_7.example.com" },
  });
  const r = await refused.closed;
  t.equal(r.code, CloseCode.POLICY_VIOLATION);
  t.match(r.reason, /public_address must be/);
  t.same(await sql(dbUrl, "select host_id from hosts"), [], "no host");
  t.same(await sql(dbUrl, "select used_at from join_tokens where used_at is not null"), [], "the join token is still unused");

  const a = await standIn(cp, {
    enrollment: { joinToken: token, hostSecret: "s".repeat(43) },
    inventory: { hostname: "stand-in", publicAddress: "2001:db8::7", instanceStorageBytes: 1e12 },
  });
  t.teardown(() => a.stop());
  const welcome = await waitFor("Welcome", () => a.frames.find((f) => f.body === "welcome"));
  const hostId = welcome.welcome!.hostId;
  const h = await cp.host(hostId);
  t.equal(h.public_address, "2001:db8::7");
  t.equal(h.instance_storage_bytes, 1e12);

  // An inventory update without a size keeps the known one; one with a size replaces it.
  a.send({ inventory: { hostname: "stand-in", publicAddress: "gpu-7.example.com" } });
  const h2 = await waitFor("the update", async () => {
    const x = await cp.host(hostId);
    return x.public_address === "gpu-7.example.com" ? x : undefined;
  });
  t.equal(h2.instance_storage_bytes, 1e12, "absent: the last known size stays");
  a.send({ inventory: { hostname: "stand-in", publicAddress: "gpu-7.example.com", instanceStorageBytes: 2e12 } });
  await waitFor("the new size", async () => (await cp.host(hostId)).instance_storage_bytes === 2e12);
  a.send({ inventory: { hostname: "stand-in", publicAddress: "", instanceStorageBytes: 0 } });
  const h3 = await waitFor("cleared address", async () => {
    const x = await cp.host(hostId);
    return x.public_address === null ? x : undefined;
  });
  t.equal(h3.instance_storage_bytes, 0, "a reported 0 is stored as 0");
  t.equal(await addressOf(dbUrl, hostId), "127.0.0.1", "the session address once the public one is cleared");

  // A bad address during the session closes it and changes nothing.
  a.send({ inventory: { hostname: "changed", publicAddress: "203.0.113.7:22", instanceStorageBytes: 5 } });
  const c = await a.closed;
  t.equal(c.code, CloseCode.POLICY_VIOLATION);
  t.match(c.reason, /public_address/);
  const h4 = await cp.host(hostId);
  t.equal(h4.hostname, "stand-in", "nothing of the refused inventory was stored");
  t.equal(h4.instance_storage_bytes, 0);
  t.equal(h4.public_address, null);
});

t.test("cordon and uncordon", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken("105"), args: ["--public-address", PUBLIC] });
  const hostId = await agent.connected();

  const before = Date.now();
  const c1 = await cp.api("POST", `/admin/hosts/${hostId}/cordon`);
  t.equal(c1.status, 200);
  t.equal(c1.body.host_id, hostId, "answers with the host view");
  t.equal(c1.body.public_address, PUBLIC);
  t.equal(c1.body.cordoned, true);
  t.ok(Date.parse(c1.body.cordoned_at) >= before - 5000, c1.body.cordoned_at);
  const c2 = await cp.api("POST", `/admin/hosts/${hostId}/cordon`, {});
  t.equal(c2.status, 200, "cordoning again is harmless");
  t.equal(c2.body.cordoned_at, c1.body.cordoned_at, "and keeps the first time");
  const shown = await cp.host(hostId);
  t.equal(shown.cordoned, true);
  t.equal(shown.cordoned_at, c1.body.cordoned_at);
  t.equal(shown.status, "online", "a cordoned host stays connected and online");
  const g = await grpcHost(cp, hostId);
  t.equal(g.cordoned, true);
  t.equal(g.cordonedAt, c1.body.cordoned_at);
  // What placement filters on.
  t.same(await sql(dbUrl, "select host_id from hosts where cordoned_at is null"), []);

  const u1 = await cp.api("POST", `/admin/hosts/${hostId}/uncordon`);
  t.equal(u1.status, 200);
  t.equal(u1.body.cordoned, false);
  t.equal(u1.body.cordoned_at, null);
  const u2 = await cp.api("POST", `/admin/hosts/${hostId}/uncordon`);
  t.equal(u2.status, 200, "uncordoning an uncordoned host is harmless");
  t.equal(u2.body.cordoned, false);
  t.same(await sql(dbUrl, "select host_id from hosts where cordoned_at is null"), [{ host_id: hostId }]);
  const c3 = await cp.api("POST", `/admin/hosts/${hostId}/cordon`);
  t.ok(Date.parse(c3.body.cordoned_at) >= Date.parse(c1.body.cordoned_at), "a new cordon after an uncordon gets a new time");
  t.ok(agent.running, "the agent never noticed");

  // Unknown and malformed host ids are 404 like the other host routes; nothing changes.
  for (const id of ["host-0000000000000000", "nope", "HOST-FFFFFFFFFFFFFFFF", "host-0000000000000000x"]) {
    for (const verb of ["cordon", "uncordon"]) {
      const r = await cp.api("POST", `/admin/hosts/${encodeURIComponent(id)}/${verb}`);
      t.equal(r.status, 404, `${verb} ${id}: 404`);
      t.equal(r.body.code, "NOT_FOUND");
    }
  }
  // A malformed body is refused like on revoke.
  const badBody = await cp.api("POST", `/admin/hosts/${hostId}/uncordon`, "{not json");
  t.equal(badBody.status, 400);
  t.equal(badBody.body.code, "INVALID_JSON");
  t.equal((await cp.host(hostId)).cordoned, true, "still cordoned after the refused call");

  // The admin token is required.
  for (const [token, what] of [
    [null, "no token"],
    ["wrong-token-wrong-token", "a wrong token"],
  ] as const) {
    for (const verb of ["cordon", "uncordon"]) {
      const r = await cp.api("POST", `/admin/hosts/${hostId}/${verb}`, undefined, token);
      t.equal(r.status, 401, `${verb} with ${what}: 401`);
      t.equal(r.body.code, "UNAUTHORIZED");
    }
  }
  t.equal((await cp.host(hostId)).cordoned_at, c3.body.cordoned_at, "unauthorized calls changed nothing");

  // A revoked host can be cordoned and uncordoned too.
  t.equal((await cp.api("POST", `/admin/hosts/${hostId}/revoke`)).status, 200);
  await agent.exited;
  const ru = await cp.api("POST", `/admin/hosts/${hostId}/uncordon`);
  t.equal(ru.status, 200);
  t.equal(ru.body.cordoned, false);
  t.ok(ru.body.revoked_at);
  const rc = await cp.api("POST", `/admin/hosts/${hostId}/cordon`);
  t.equal(rc.status, 200);
  t.equal(rc.body.cordoned, true);
  t.equal(rc.body.status, "offline");
});
