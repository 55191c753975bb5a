import t from "tap";
import { randomBytes } from "node:crypto";
import { agentv1, decodeEnvelope, encodeEnvelope, FrameError, MAX_FRAME_BYTES } from "@remotegpu/protocol";

t.test("round trip keeps 0 as 0 and absent as null", async (t) => {
  const bytes = encodeEnvelope({
    seq: 7,
    ack: 3,
    telemetry: { collectedAtMs: 1_700_000_000_123, gpus: [{ index: 2, utilizationGpuPct: 0, powerDrawW: 631.95 }] },
  });
  const env = decodeEnvelope(bytes);
  t.equal(env.seq, 7);
  t.equal(env.ack, 3);
  t.equal(env.body, "telemetry");
  const g = env.telemetry!.gpus[0]!;
  t.equal(g.index, 2);
  t.equal(g.utilizationGpuPct, 0, "a real zero survives");
  t.equal(g.powerDrawW, 631.95);
  t.equal(g.memoryUsedMib, null, "an unreported value decodes as null, not 0");
  t.equal(g.fanSpeedPct, null);
  t.equal(env.telemetry!.collectedAtMs, 1_700_000_000_123, "int64 decodes to a plain number");
  t.equal(typeof env.seq, "number");
});

t.test("uint64 above 2^32 decodes exactly", async (t) => {
  const env = decodeEnvelope(encodeEnvelope({ seq: 2 ** 40 + 5, hello: { inventory: { memoryTotalBytes: 2 ** 44 } } }));
  t.equal(env.seq, 2 ** 40 + 5);
  t.equal(env.hello!.inventory!.memoryTotalBytes, 2 ** 44);
});

t.test("oversized frames are refused before decoding", async (t) => {
  const big = new Uint8Array(MAX_FRAME_BYTES + 1);
  t.throws(() => decodeEnvelope(big), { name: "FrameError", kind: "too_large" });
  t.throws(() => encodeEnvelope({ hello: { agentVersion: "x".repeat(MAX_FRAME_BYTES) } }), { name: "FrameError", kind: "too_large" });
});

t.test("garbage never throws anything but FrameError", async (t) => {
  let decoded = 0;
  const foreign: unknown[] = [];
  for (let i = 0; i < 2000; i++) {
    try {
      decodeEnvelope(randomBytes(1 + (i % 300)));
      decoded++;
    } catch (err) {
      if (!(err instanceof FrameError) || err.kind !== "malformed") foreign.push(err);
    }
  }
  t.same(foreign, [], "every failure is a FrameError of kind malformed");
  t.ok(decoded < 2000, "most random inputs are rejected");
});

t.test("deeply nested input is rejected, not a stack overflow", async (t) => {
  // field 10 (hello), wire type 2, nested 10,000 times in the same message type via unknown groups
  const parts: number[] = [];
  for (let i = 0; i < 100_000; i++) parts.push(0x0b); // start group, field 1
  t.throws(() => decodeEnvelope(Uint8Array.from(parts)), FrameError);
});

t.test("an envelope without a body is a bare acknowledgement", async (t) => {
  const env = decodeEnvelope(encodeEnvelope({ seq: 1, ack: 9 }));
  t.equal(env.body, undefined);
  t.equal(env.ack, 9);
  t.same(agentv1.Envelope.toObject(env), { seq: 1, ack: 9 });
});

t.test("invalid UTF-8 in a string field is a malformed frame", async (t) => {
  // Envelope.hello (field 10) { agent_version (field 2) = bytes ED A0 80 (a UTF-16 surrogate in CESU-8) }
  const frame = Uint8Array.from([0x52, 0x05, 0x12, 0x03, 0xed, 0xa0, 0x80]);
  t.throws(() => decodeEnvelope(frame), { name: "FrameError", kind: "malformed" });
  const nul = decodeEnvelope(encodeEnvelope({ seq: 1, hello: { agentVersion: "a\u0000b" } }));
  t.equal(nul.hello!.agentVersion, "a\u0000b", "NUL is valid UTF-8 and arrives as is (the control plane refuses it)");
});
