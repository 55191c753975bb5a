// What placement needs to know about a host, without a database: the inventory's public address
// and instance storage as the control plane checks them, the session address as the hub records
// it, and the address an instance's customer is given.
import t from "tap";
import { agentv1 } from "@remotegpu/protocol";
import { hostAddress } from "../../packages/control-plane/src/db/queries/hosts.js";
import { validateInventory } from "../../packages/control-plane/src/domain/inventory.js";
import { sessionAddress } from "../../packages/control-plane/src/hub/hub.js";
import { checkInventory } from "../../packages/control-plane/src/services/inventory.js";

// As the hub gets them: encoded by an agent, decoded from the wire.
const wire = (init: Parameters<typeof agentv1.Inventory.create>[0]) =>
  agentv1.Inventory.decode(agentv1.Inventory.encode(agentv1.Inventory.create(init)).finish());

t.test("inventory: public address", async (t) => {
  t.equal(validateInventory(wire({ hostname: "h" })).publicAddress, "", "an older agent sends none: not configured");
  for (const ok of ["203.0.113.7", "2001:db8::7", "gpu-7.example.com", "a".repeat(63)]) {
    t.equal(validateInventory(wire({ publicAddress: ok })).publicAddress, ok, `${ok.slice(0, 20)} is kept as sent`);
  }
  for (const bad of ["203.0.113.256", "gpu_7.example.com", "[2001:db8::7]", "203.0.113.7:22", "gpu\u0000", "a".repeat(254), " 203.0.113.7"]) {
    t.throws(() => validateInventory(wire({ publicAddress: bad })), { message: /^public_address must be/ }, `${JSON.stringify(bad.slice(0, 20))} is refused`);
  }
  // Refused like every other bad inventory field: INVALID_ARGUMENT, naming the field.
  t.throws(() => checkInventory(wire({ publicAddress: "not an address" })), {
    code: "INVALID_ARGUMENT",
    message: /inventory: public_address must be an IPv4 or IPv6 address or a DNS hostname/,
  });
});

t.test("inventory: instance storage", async (t) => {
  t.equal(validateInventory(wire({})).instanceStorageBytes, null, "absent is unknown (null), not 0");
  t.equal(validateInventory(wire({ instanceStorageBytes: 0 })).instanceStorageBytes, 0, "a reported 0 is a value");
  t.equal(validateInventory(wire({ instanceStorageBytes: 3.84e12 })).instanceStorageBytes, 3.84e12);
  t.equal(validateInventory(wire({ instanceStorageBytes: Number.MAX_SAFE_INTEGER })).instanceStorageBytes, Number.MAX_SAFE_INTEGER);
  // uint64 beyond 2^53 cannot be stored exactly: refused rather than rounded.
  t.throws(() => validateInventory(wire({ instanceStorageBytes: 2 ** 60 })), { message: /instance_storage_bytes must be an integer/ });
  t.throws(() => checkInventory(wire({ instanceStorageBytes: 2 ** 60 })), { code: "INVALID_ARGUMENT" });
});

t.test("inventory: instance network, GPU attach and disk quota capabilities", async (t) => {
  const old = validateInventory(wire({ hostname: "h" }));
  t.equal(old.instanceNetwork, "bridge", "an older agent published ports on a bridge");
  t.equal(old.gpuAttachProblem, "", "and said nothing against its GPU attach");
  t.equal(old.storageQuotaSupported, false, "disk quotas are not assumed");
  t.match(old.storageQuotaProblem, /did not report/, "and the reason says so");
  t.equal(validateInventory(wire({ instanceNetwork: "none" })).instanceNetwork, "none");
  t.throws(() => checkInventory(wire({ instanceNetwork: "host" })), { code: "INVALID_ARGUMENT", message: /instance_network must be bridge or none/ });
  const q = validateInventory(wire({ storageQuotaSupported: true, storageQuotaProblem: "ignored", gpuAttachProblem: "x".repeat(5000) }));
  t.equal(q.storageQuotaProblem, "", "no problem when supported");
  t.equal(q.gpuAttachProblem.length, 1024, "explanations are cut to a KiB, not refused");
  t.equal(validateInventory(wire({ gpuAttachProblem: "a\u0000b" })).gpuAttachProblem, "ab", "and made storable");
});

t.test("session address: IPv4-mapped IPv6 is given out as IPv4", async (t) => {
  t.equal(sessionAddress("::ffff:203.0.113.7"), "203.0.113.7");
  t.equal(sessionAddress("::FFFF:10.0.0.1"), "10.0.0.1");
  t.equal(sessionAddress("127.0.0.1"), "127.0.0.1");
  t.equal(sessionAddress("2001:db8::7"), "2001:db8::7");
  t.equal(sessionAddress("::1"), "::1");
  t.equal(sessionAddress(""), "", "unknown stays unknown");
});

t.test("host address: the public address when set, else the session address", async (t) => {
  t.equal(hostAddress({ public_address: "203.0.113.7", session_address: "198.51.100.2" }), "203.0.113.7");
  t.equal(hostAddress({ public_address: "gpu-7.example.com", session_address: "" }), "gpu-7.example.com");
  t.equal(hostAddress({ public_address: "", session_address: "198.51.100.2" }), "198.51.100.2");
  t.equal(hostAddress({ public_address: "", session_address: "" }), "");
});
