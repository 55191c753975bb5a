// Commands replayed, duplicated and reordered at a real agent (with a real Docker engine),
// sent by a control-plane stand-in that speaks the real wire format: no second effect, no
// resurrected instance, and results that reach the sender even across restarts.
import t from "tap";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { WebSocketServer, type WebSocket } from "ws";
import { agentv1, CommandStatus, commandResultProblem, decodeEnvelope, encodeEnvelope, type pb } from "@remotegpu/protocol";
import { containerEvents, docker, dockerHost, extraImage, inspect, instanceObjects, testImage } from "../helpers/docker.js";
import { startAgent, type Agent } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

class StandIn {
  readonly wss: WebSocketServer;
  ws: WebSocket | undefined;
  seq = 0;
  recv = 0;
  /** Acknowledge what the agent sends (false: let reliable frames go unacknowledged). */
  acking = true;
  readonly results: pb.CommandResult[] = [];
  hellos = 0;
  /** The highest of our frames the agent has acknowledged. */
  agentAck = 0;

  constructor() {
    this.wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    this.wss.on("connection", (ws) => {
      this.ws = ws;
      this.seq = 0;
      this.recv = 0;
      ws.on("message", (data) => {
        const env = decodeEnvelope(data as Buffer);
        this.recv = env.seq;
        this.agentAck = Math.max(this.agentAck, env.ack);
        if (env.body === "hello") {
          this.hellos++;
          this.send({
            welcome: { hostId: "host-00000000000000f1", enrolled: true, roomName: "105", settings: { heartbeatIntervalMs: 200, telemetryIntervalMs: 1000 } },
          });
        }
        if (env.body === "commandResult") {
          this.results.push(env.commandResult!);
          if (this.acking) this.send({});
        }
      });
    });
  }

  get url(): string {
    return `http://127.0.0.1:${(this.wss.address() as AddressInfo).port}`;
  }

  send(body: Omit<pb.EnvelopeInit, "seq" | "ack">): void {
    this.ws?.send(encodeEnvelope({ ...body, seq: ++this.seq, ack: this.acking ? this.recv : 0 }));
  }

  command(c: pb.CommandInit): string {
    const commandId = c.commandId ?? randomUUID();
    this.send({ command: { ...c, commandId } });
    return commandId;
  }

  async result(commandId: string, nth = 1): Promise<pb.CommandResult> {
    return waitFor(`result ${nth} of ${commandId}`, () => this.results.filter((r) => r.commandId === commandId)[nth - 1], 30_000, 50);
  }
}

function spec(imageRef = testImage()): pb.InstanceSpecInit {
  return { imageRef, gpuUuids: [], rootPassword: "x", cpuMillis: 200, memoryBytes: 32 * 2 ** 20 };
}

async function agentOn(t: { teardown(fn: () => unknown): void }, s: StandIn, dataDir?: string): Promise<Agent> {
  const a = startAgent(t, { controlPlane: s.url, joinToken: "rgjt_stand-in", docker: await dockerHost(), ...(dataDir ? { dataDir } : {}) });
  await a.connected();
  return a;
}

/** A stand-in, an agent connected to it, and a fresh instance id whose objects go at the end. */
async function session(t: { teardown(fn: () => unknown): void }): Promise<{ s: StandIn; agent: Agent; id: string }> {
  const s = new StandIn();
  t.teardown(() => new Promise((r) => s.wss.close(r)));
  await new Promise((r) => s.wss.once("listening", r));
  const agent = await agentOn(t, s);
  const id = `gpu-t${randomBytes(6).toString("hex")}`;
  t.teardown(async () => {
    await docker("rm", "-f", `rgpu-${id}`).catch(() => undefined);
    await docker("volume", "rm", `rgpu-${id}-data`).catch(() => undefined);
  });
  return { s, agent, id };
}

t.test("duplicates, reordering and replays have no second effect", async (t) => {
  const { s, agent, id } = await session(t);

  const create = s.command({ instanceId: id, generation: 1, create: { spec: spec() } });
  const created = await s.result(create);
  t.equal(created.status, CommandStatus.COMMAND_STATUS_SUCCEEDED);
  const containerId = created.state!.containerId;

  // The same command again (a redelivery): the same answer, nothing done.
  s.command({ commandId: create, instanceId: id, generation: 1, create: { spec: spec() } });
  const repeat = await s.result(create, 2);
  t.same(agentv1.CommandResult.toObject(repeat), agentv1.CommandResult.toObject(created), "the stored result, byte for byte");
  t.same((await instanceObjects(id)).containers, [`rgpu-${id}`], "still one container");
  t.equal((await inspect(`rgpu-${id}`)).Id, containerId);

  // Reordered: generation 3 arrives before generation 2.
  const stop = s.command({ instanceId: id, generation: 3, stop: { timeoutS: 1 } });
  t.equal((await s.result(stop)).status, CommandStatus.COMMAND_STATUS_SUCCEEDED);
  const restart = s.command({ instanceId: id, generation: 2, restart: { timeoutS: 1 } });
  const late = await s.result(restart);
  t.equal(late.status, CommandStatus.COMMAND_STATUS_REFUSED_STALE, "the older generation is refused");
  t.equal(late.errorCode, "STALE_GENERATION");
  t.equal((await inspect(`rgpu-${id}`)).State.Running, false, "and had no effect");

  const destroy = s.command({ instanceId: id, generation: 4, destroy: {} });
  t.equal((await s.result(destroy)).status, CommandStatus.COMMAND_STATUS_SUCCEEDED);
  t.same(await instanceObjects(id), { containers: [], volumes: [], stateImages: [] });

  // Replays after the destroy: the old create (same id) and a new one of an old generation.
  s.command({ commandId: create, instanceId: id, generation: 1, create: { spec: spec() } });
  t.equal((await s.result(create, 3)).status, CommandStatus.COMMAND_STATUS_SUCCEEDED, "the old answer again");
  const resurrect = s.command({ instanceId: id, generation: 4, create: { spec: spec() } });
  t.equal((await s.result(resurrect)).status, CommandStatus.COMMAND_STATUS_REFUSED_STALE);
  t.same((await instanceObjects(id)).containers, [], "no resurrected instance");

  // The journal is on disk: after a restart a replay is still recognised.
  await agent.stop();
  const again = await agentOn(t, s, agent.dataDir);
  s.command({ commandId: create, instanceId: id, generation: 1, create: { spec: spec() } });
  t.equal((await s.result(create, 4)).status, CommandStatus.COMMAND_STATUS_SUCCEEDED);
  t.same((await instanceObjects(id)).containers, [], "still nothing after a restart");

  // Malformed commands are never executed. One whose id is not a command id cannot be answered
  // (no result could name it): acknowledged and dropped with one log line, no reconnect.
  const results = s.results.length;
  const hellos = s.hellos;
  s.command({ commandId: "not-a-uuid", instanceId: "../../etc", generation: 9, destroy: {} });
  const seq = s.seq;
  await waitFor("acknowledged", () => s.agentAck >= seq);
  await again.waitForLog("dropping a command whose id is not a command id");
  // A valid id with a bad instance id: refused with a result the control plane can apply.
  const bad = s.command({ instanceId: "../../etc", generation: 9, destroy: {} });
  const refused = await s.result(bad);
  t.equal(refused.status, CommandStatus.COMMAND_STATUS_FAILED);
  t.equal(refused.errorCode, "INVALID_COMMAND");
  t.equal(refused.instanceId, "", "no instance id rather than a bad one");
  t.equal(commandResultProblem(refused), undefined, "a result the control plane can apply");
  t.equal(s.results.length, results + 1, "no result for the id-less command");
  t.equal(s.hellos, hellos, "the session never broke");
  t.equal(again.logs.filter((l) => l.msg === "dropping a command whose id is not a command id").length, 1, "one log line");
});

t.test("a result that was never acknowledged is sent again, even after a restart", async (t) => {
  const { s, agent, id } = await session(t);
  s.acking = false;
  const create = s.command({ instanceId: id, generation: 1, create: { spec: spec() } });
  await s.result(create);
  // No acknowledgement came; the agent restarts and must send the result again.
  await agent.kill("SIGKILL");
  s.acking = true;
  await agentOn(t, s, agent.dataDir);
  const again = await s.result(create, 2);
  t.equal(again.status, CommandStatus.COMMAND_STATUS_SUCCEEDED, "the result arrives again");
  t.same((await instanceObjects(id)).containers, [`rgpu-${id}`], "and the container was created once");
  // Acknowledged now (the journal says so on disk): a third session does not send it again.
  const entry = join(agent.dataDir, "journal", "commands", `${create}.json`);
  await waitFor("acknowledgement journaled", () => JSON.parse(readFileSync(entry, "utf8")).ackedAtMs > 0);
  s.ws?.terminate();
  await waitFor("third session", () => s.hellos >= 3, 10_000);
  // A reliable frame goes out first in a new session; five frames later it would have come.
  await waitFor("five frames of the third session", () => s.recv >= 5, 10_000);
  t.equal(s.results.filter((r) => r.commandId === create).length, 2, "acknowledged results are not sent again");
});

t.test("a command delivered again while it still runs is executed once and answered once", async (t) => {
  // PID 1's shell ignores SIGTERM: a stop takes its whole timeout before the SIGKILL.
  const stubborn = await extraImage("busybox-stubborn", { cmd: 'trap "" TERM; while true; do sleep 1; done' });
  const { s, id } = await session(t);
  const name = `rgpu-${id}`;
  t.equal((await s.result(s.command({ instanceId: id, generation: 1, create: { spec: spec(stubborn) } }))).status, CommandStatus.COMMAND_STATUS_SUCCEEDED);

  const since = Date.now();
  const stop: pb.CommandInit = { commandId: randomUUID(), instanceId: id, generation: 2, stop: { timeoutS: 3 } };
  s.command(stop);
  for (let n = 0; n < 3; n++) {
    await new Promise((r) => setTimeout(r, 400));
    s.command(stop); // redelivered, as after a control-plane restart
  }
  const result = await s.result(stop.commandId!);
  t.equal(result.status, CommandStatus.COMMAND_STATUS_SUCCEEDED);
  t.ok(Date.now() - since >= 2500, "the stop took its timeout: the redeliveries came while it ran");
  await new Promise((r) => setTimeout(r, 1500));
  t.equal(s.results.filter((r) => r.commandId === stop.commandId).length, 1, "one result");
  const kills = await containerEvents(name, since, "kill");
  t.same(kills.map((k) => k.attributes["signal"]).sort(), ["15", "9"].sort(), "one SIGTERM, one SIGKILL: stopped once");
  t.equal((await inspect(name)).State.Running, false);

  // Once finished, a redelivery gets the stored result.
  s.command(stop);
  t.equal((await s.result(stop.commandId!, 2)).status, CommandStatus.COMMAND_STATUS_SUCCEEDED);
});
