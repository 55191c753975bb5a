// A control-plane restart (same database) as a fleet meets it: agents with their default
// backoff are back within 15 s of the control plane answering again, however long it was away.
import t from "tap";
import { createServer, type AddressInfo } from "node:net";
import { freshDatabase } from "../helpers/database.js";
import { startAgent, startControlPlane } from "../helpers/processes.js";

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as AddressInfo).port;
  await new Promise((r) => srv.close(r));
  return port;
}

t.test("after a control-plane restart the agent is back within 15 s", async (t) => {
  const dbUrl = await freshDatabase(t);
  const port = await freePort();
  const env = { PORT: String(port) };
  const first = await startControlPlane(t, { databaseUrl: dbUrl, env });
  const agent = startAgent(t, { controlPlane: first.url, joinToken: await first.joinToken(), defaultBackoff: true });
  const hostId = await agent.connected();
  await first.stop();
  // Away long enough for the old backoff (doubling from 1 s) to reach waits of half a minute.
  await new Promise((r) => setTimeout(r, 35_000));
  const before = agent.logs.length;
  const second = await startControlPlane(t, { databaseUrl: dbUrl, env });
  const answering = Date.now();
  const back = await agent.waitForLog("reconnected to the control plane", 30_000, (l) => agent.logs.indexOf(l) >= before);
  const took = (back["time"] as number) - answering;
  t.equal(back["hostId"], hostId, "the same host");
  t.ok(took < 15_000, `reconnected ${took} ms after the control plane answered again`);
  t.equal((await second.host(hostId)).status, "online");
});
