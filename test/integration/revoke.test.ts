// Revoking a host: the credential stops working and the agent is disconnected within seconds,
// whichever replica holds its session.
import t from "tap";
import { CloseCode } from "@remotegpu/protocol";
import { freshDatabase, sql } from "../helpers/database.js";
import { startAgent, startControlPlane } from "../helpers/processes.js";

const EX_CONFIG = 78;

t.test("revoke disconnects the agent and its credential stops working", async (t) => {
  const cp = await startControlPlane(t, { databaseUrl: await freshDatabase(t) });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken() });
  const hostId = await agent.connected();

  const started = Date.now();
  const r = await cp.api("POST", `/admin/hosts/${hostId}/revoke`);
  t.equal(r.status, 200);
  t.equal(r.body.host_id, hostId);
  t.ok(Date.parse(r.body.revoked_at) > 0);
  t.equal(await agent.exited, EX_CONFIG, "the agent stops: it cannot do anything more");
  t.ok(Date.now() - started < 5000, "disconnected within seconds");
  t.equal((await agent.waitForLog("the control plane refused this agent"))["code"], CloseCode.HOST_REVOKED);

  const host = await cp.host(hostId);
  t.equal(host.status, "offline");
  t.equal(host.revoked_at, r.body.revoked_at);

  const again = startAgent(t, { controlPlane: cp.url, dataDir: agent.dataDir });
  t.equal(await again.exited, EX_CONFIG, "the stored credential is refused on reconnect");
  t.equal((await again.waitForLog("the control plane refused this agent"))["code"], CloseCode.HOST_REVOKED);

  const twice = await cp.api("POST", `/admin/hosts/${hostId}/revoke`);
  t.equal(twice.status, 200, "revoking again is harmless");
  t.equal(twice.body.revoked_at, r.body.revoked_at, "and keeps the first time");
  t.equal((await cp.host(hostId)).status, "offline", "heartbeats of a revoked host never bring it back");
});

t.test("revoke on one replica disconnects an agent held by another", async (t) => {
  const dbUrl = await freshDatabase(t);
  const a = await startControlPlane(t, { databaseUrl: dbUrl });
  const b = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = startAgent(t, { controlPlane: b.url, joinToken: await a.joinToken() });
  const hostId = await agent.connected();
  t.equal((await a.host(hostId)).status, "online", "replica A sees the host B holds");
  const started = Date.now();
  t.equal((await a.api("POST", `/admin/hosts/${hostId}/revoke`)).status, 200);
  t.equal(await agent.exited, EX_CONFIG);
  t.ok(Date.now() - started < 5000, `disconnected in ${Date.now() - started} ms`);
});

t.test("without a notification the poll still disconnects the agent", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken() });
  const hostId = await agent.connected();
  // Revoke behind the API's back: no NOTIFY is sent.
  await sql(dbUrl, "update hosts set revoked_at = now() where host_id = $1", [hostId]);
  const started = Date.now();
  t.equal(await agent.exited, EX_CONFIG);
  t.ok(Date.now() - started < 8000, `disconnected by the poll in ${Date.now() - started} ms`);
});

t.test("revoking an unknown or malformed host id is a 404 and changes nothing", async (t) => {
  const dbUrl = await freshDatabase(t);
  const cp = await startControlPlane(t, { databaseUrl: dbUrl });
  const agent = startAgent(t, { controlPlane: cp.url, joinToken: await cp.joinToken() });
  const hostId = await agent.connected();
  for (const id of ["host-0000000000000000", "nope", "%00", "host-" + "f".repeat(300)]) {
    const r = await cp.api("POST", `/admin/hosts/${encodeURIComponent(id)}/revoke`);
    t.equal(r.status, 404, `${id.slice(0, 20)} → 404`);
    t.equal(r.body.code, "NOT_FOUND");
  }
  const unauth = await cp.api("POST", `/admin/hosts/${hostId}/revoke`, undefined, "wrong-token-wrong-token");
  t.equal(unauth.status, 401);
  const rows = await sql<{ revoked_at: Date | null }>(dbUrl, "select revoked_at from hosts");
  t.same(rows, [{ revoked_at: null }], "nothing was revoked");
  t.ok(agent.running, "the agent is still connected");
});
