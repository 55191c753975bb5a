import t from "tap";
import { backoffDelay } from "../../packages/agent/src/session/backoff.js";
import { Outbox } from "../../packages/agent/src/session/outbox.js";

t.test("backoff: full jitter under a growing, capped ceiling", async (t) => {
  t.equal(
    backoffDelay(0, 1000, 60_000, () => 0.999999),
    999,
  );
  t.equal(
    backoffDelay(3, 1000, 60_000, () => 0.5),
    4000,
  );
  t.equal(
    backoffDelay(10, 1000, 60_000, () => 0.999999),
    59_999,
    "capped",
  );
  t.equal(
    backoffDelay(1000, 1000, 60_000, () => 0.999999),
    59_999,
    "huge attempt counts do not overflow",
  );
  t.equal(
    backoffDelay(5, 1000, 60_000, () => 0),
    0,
    "jitter reaches zero",
  );
  const spread = new Set(Array.from({ length: 200 }, () => backoffDelay(6, 1000, 60_000)));
  t.ok(spread.size > 150, "a fleet does not retry in lockstep");
});

t.test("outbox: telemetry is bounded, oldest dropped first", async (t) => {
  const o = new Outbox(3);
  for (let i = 1; i <= 5; i++) o.addTelemetry({ collectedAtMs: i });
  t.equal(o.takeDroppedCount(), 2);
  t.equal(o.takeDroppedCount(), 0, "counted once");
  t.same([o.takeTelemetry()?.collectedAtMs, o.takeTelemetry()?.collectedAtMs, o.takeTelemetry()?.collectedAtMs, o.takeTelemetry()], [3, 4, 5, undefined]);
});

t.test("outbox: reliable messages stay until acknowledged and are resent in a new session", async (t) => {
  const o = new Outbox(1);
  for (let i = 0; i < 1000; i++) o.addTelemetry({ collectedAtMs: i });
  o.addReliable({ commandResult: { commandId: "a" } });
  o.addReliable({ commandResult: { commandId: "b" } });
  const [a, b] = o.unsentReliable();
  o.markSent(a!, 10);
  o.markSent(b!, 11);
  t.equal(o.unsentReliable().length, 0);
  o.ack(10);
  t.same(o.sizes, { reliable: 1, telemetry: 1 }, "a acknowledged; telemetry pressure never drops b");
  o.resetSession();
  t.same(
    o.unsentReliable().map((e) => e.body.commandResult?.commandId),
    ["b"],
    "b goes again after a reconnect",
  );
  o.ack(999);
  t.equal(o.sizes.reliable, 1, "an ack from the new session cannot cover what it has not sent");
});

t.test("outbox: container changes superseded by a full list are dropped; command results never are", async (t) => {
  const o = new Outbox(1);
  let acked = 0;
  o.addReliable({ containerStates: { containers: [{ instanceId: "gpu-a" }], full: false } }, () => acked++);
  o.addReliable({ commandResult: { commandId: "c1" } });
  o.addReliable({ containerStates: { containers: [{ instanceId: "gpu-b" }], full: false } });
  o.markSent(o.unsentReliable()[0]!, 1);
  o.dropReliable((b) => Boolean(b.containerStates));
  t.same(
    o.unsentReliable().map((e) => e.body.commandResult?.commandId),
    ["c1"],
    "the command result stays, sent or not",
  );
  t.equal(o.sizes.reliable, 1, "both container changes are gone, the sent one too");
  o.ack(1);
  t.equal(acked, 0, "a dropped entry is not reported as acknowledged");
  t.equal(o.sizes.reliable, 1);
});
