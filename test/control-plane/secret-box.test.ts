import t from "tap";
import { formatSecretKey, isSealedText, newSecretKey, parseSecretKeys, SecretBox } from "../../packages/control-plane/src/domain/secret-box.js";

t.test("seal and open, bound to a purpose, tamper-evident", async (t) => {
  const box = new SecretBox([newSecretKey()]);
  const sealed = box.sealText("hunter2-root", "pw");
  t.match(sealed, new RegExp(`^sb1:${box.currentId}:`), "versioned, names its key");
  t.notMatch(sealed, /hunter2/);
  t.ok(isSealedText(sealed));
  t.not(box.sealText("hunter2-root", "pw"), sealed, "a fresh IV every time");
  t.equal(box.openText(sealed, "pw"), "hunter2-root");
  t.throws(() => box.openText(sealed, "other"), /does not open/, "another purpose does not open it");
  const flipped = sealed.slice(0, -4) + (sealed.at(-4) === "A" ? "B" : "A") + sealed.slice(-3);
  t.throws(() => box.openText(flipped, "pw"), /does not open/, "a changed byte is detected");
  const bytes = box.sealBytes(Buffer.from("payload with a password"), "cmd");
  t.notOk(bytes.includes("password"));
  t.equal(box.openBytes(bytes, "cmd").toString(), "payload with a password");
  t.throws(() => box.openBytes(Buffer.from("plain protobuf"), "cmd"), /not a sealed value/);
});

t.test("rotation: the first key seals, every key opens, old values need sealing again", async (t) => {
  const oldKey = newSecretKey();
  const newKey = newSecretKey();
  const before = new SecretBox([oldKey]);
  const sealedOld = before.sealText("pw", "p");
  const bytesOld = before.sealBytes(Buffer.from("x"), "c");
  const after = new SecretBox([newKey, oldKey]);
  t.equal(after.openText(sealedOld, "p"), "pw", "the old key still opens");
  t.equal(after.openBytes(bytesOld, "c").toString(), "x");
  t.ok(after.needsSealing(sealedOld));
  t.ok(after.needsSealing(bytesOld));
  t.ok(after.needsSealing("plaintext"), "plaintext needs sealing");
  t.notOk(after.needsSealing(after.sealText("pw", "p")));
  t.notOk(after.needsSealing(after.sealBytes(Buffer.from("x"), "c")));
  const without = new SecretBox([newKey]);
  t.notOk(without.canOpen(sealedOld));
  t.throws(() => without.openText(sealedOld, "p"), new RegExp(`sealed with key ${oldKey.id}, which is not in SECRET_KEYS`));
  t.not(after.derived("x")[0]!.secret.toString("hex"), after.derived("y")[0]!.secret.toString("hex"), "derived secrets differ by purpose");
  t.same(
    after.derived("x").map((d) => d.id),
    [newKey.id, oldKey.id],
  );
});

t.test("SECRET_KEYS parsing: base64 or hex, comma or newline separated; bad keys named without echoing them", async (t) => {
  const a = newSecretKey();
  const b = newSecretKey();
  t.same(
    parseSecretKeys(`${formatSecretKey(a)}, ${b.key.toString("hex")}`).map((k) => k.id),
    [a.id, b.id],
  );
  t.same(
    parseSecretKeys(`${formatSecretKey(a)}\n`).map((k) => k.id),
    [a.id],
  );
  t.throws(() => parseSecretKeys(""), /no key/);
  t.throws(() => parseSecretKeys("c2hvcnQ="), /key 1 is not 32 bytes/);
  t.throws(() => parseSecretKeys(`${formatSecretKey(a)},${formatSecretKey(a)}`), /listed twice/);
  try {
    parseSecretKeys(`${formatSecretKey(a)},not-a-key-secret-value`);
  } catch (err) {
    t.notMatch((err as Error).message, /not-a-key-secret-value/, "the bad value is not echoed");
    t.match((err as Error).message, /key 2/);
  }
});
