// Capacity-aware placement, the pure part (issue 9 §2): what a host may sell, what it lacks,
// the most GPUs one order can get, and why nothing fits.
import fc from "fast-check";
import t from "tap";
import {
  freeRoom,
  GIB,
  mostGpus,
  policyValueProblem,
  sellable,
  shortOf,
  type CapacityPolicy,
  type Room,
} from "../../packages/control-plane/src/domain/capacity.js";
import { gpuRemain, rankHosts, shortage, type HostCandidate } from "../../packages/control-plane/src/domain/placement.js";

const DEFAULTS: CapacityPolicy = { cpuOvercommit: 1, memoryOvercommit: 1, diskOvercommit: 1, reservedCpus: 1, reservedMemoryGib: 2, reservedDiskGb: 50 };
const host = (hostId: string, room: Partial<Room>, more: Partial<HostCandidate> = {}): HostCandidate => ({
  hostId,
  room: { gpus: 8, cpuMillis: null, memoryBytes: null, diskGb: null, ...room },
  quotaSupported: true,
  placeable: true,
  ...more,
});

t.test("sellable: (reported - reserved) x ratio, never below zero; unknown is not limited", async (t) => {
  const r = { cpuCount: 16, memoryBytes: 64 * GIB, storageBytes: 1000e9 };
  t.same(sellable(r, DEFAULTS), { cpuMillis: 15_000, memoryBytes: 62 * GIB, diskGb: 950 });
  t.same(sellable(r, { ...DEFAULTS, cpuOvercommit: 2, memoryOvercommit: 1.5, diskOvercommit: 0.5 }), {
    cpuMillis: 30_000,
    memoryBytes: 93 * GIB,
    diskGb: 475,
  });
  t.same(sellable({ cpuCount: 1, memoryBytes: GIB, storageBytes: 10e9 }, DEFAULTS), { cpuMillis: 0, memoryBytes: 0, diskGb: 0 }, "a small host sells nothing");
  t.same(sellable({ cpuCount: null, memoryBytes: null, storageBytes: null }, DEFAULTS), { cpuMillis: null, memoryBytes: null, diskGb: null });
});

t.test("shortOf names the first resource short: gpu, cpu, memory, disk", async (t) => {
  // 2 cores, 8 GiB and 100 GB to sell; 1 core, 4 GiB and 30 GB held.
  const room = freeRoom({ cpuCount: 3, memoryBytes: 10 * GIB, storageBytes: 150e9 }, DEFAULTS, { cpuMillis: 1000, memoryBytes: 4 * GIB, diskGb: 30 }, 2);
  t.same(room, { gpus: 2, cpuMillis: 1000, memoryBytes: 4 * GIB, diskGb: 70 });
  t.equal(shortOf(room, { gpus: 1, cpuMillis: 1000, memoryBytes: 4 * GIB, diskGb: 70 }), null, "exactly full fits");
  t.equal(shortOf(room, { gpus: 3, cpuMillis: 9000, memoryBytes: 9 * GIB, diskGb: 900 }), "gpu");
  t.equal(shortOf(room, { gpus: 1, cpuMillis: 1001, memoryBytes: 9 * GIB, diskGb: 900 }), "cpu");
  t.equal(shortOf(room, { gpus: 1, cpuMillis: 1000, memoryBytes: 4 * GIB + 1, diskGb: 900 }), "memory");
  t.equal(shortOf(room, { gpus: 1, cpuMillis: 1000, memoryBytes: 4 * GIB, diskGb: 71 }), "disk");
  t.equal(
    shortOf({ ...room, cpuMillis: -5000 }, { gpus: 1, cpuMillis: 0, memoryBytes: 0, diskGb: 0 }),
    null,
    "asking for none of a resource never fails on it",
  );
});

t.test("policy values: bounds and integers", async (t) => {
  t.equal(policyValueProblem("cpu_overcommit", 1.5), undefined);
  t.equal(policyValueProblem("reserved_cpus", 0), undefined);
  t.match(policyValueProblem("cpu_overcommit", 0), /from 0.1 to 100/);
  t.match(policyValueProblem("memory_overcommit", Number.NaN), /number/);
  t.match(policyValueProblem("reserved_cpus", 1.5), /integer/);
  t.match(policyValueProblem("reserved_disk_gb", -1), /from 0/);
  t.match(policyValueProblem("reserved_memory_gib", "2"), /integer/);
});

t.test("placement: best fit among hosts that fit every resource; extra disk needs quotas", async (t) => {
  const d = { gpus: 2, cpuMillis: 4000, memoryBytes: 8 * GIB, diskGb: 130 };
  const hosts = [
    host("a-few-cores", { gpus: 2, cpuMillis: 3000 }),
    host("b-roomy", { gpus: 8, cpuMillis: 64_000 }),
    host("c-snug", { gpus: 2, cpuMillis: 4000, memoryBytes: 8 * GIB, diskGb: 130 }),
    host("d-away", { gpus: 2 }, { placeable: false }),
    host("e-no-quota", { gpus: 2 }, { quotaSupported: false }),
  ];
  t.same(rankHosts(hosts, d), ["e-no-quota", "c-snug", "b-roomy"], "fewest free GPUs first, then most disk");
  t.same(rankHosts(hosts, d, 100), ["c-snug", "b-roomy"], "extra disk is not placed on a host without disk quotas");
});

t.test("shortage: host away first, else the reason of the host that came closest", async (t) => {
  const d = { gpus: 2, cpuMillis: 4000, memoryBytes: 8 * GIB, diskGb: 100 };
  t.same(shortage([], d), { reason: "gpu", needed: 2, available: 0 }, "no host at all: no GPU");
  t.same(shortage([host("a", { gpus: 1 }), host("b", { gpus: 0 })], d), { reason: "gpu", needed: 2, available: 1 });
  t.same(shortage([host("a", { gpus: 1 }), host("b", { gpus: 4, cpuMillis: 1500 })], d), { reason: "cpu", needed: 4, available: 1.5 });
  t.same(shortage([host("a", { gpus: 4, memoryBytes: 4 * GIB }), host("b", { gpus: 4, cpuMillis: 1000 })], d), { reason: "memory", needed: 8, available: 4 });
  t.same(shortage([host("a", { gpus: 4, diskGb: 99 })], d), { reason: "disk", needed: 100, available: 99 });
  t.same(shortage([host("a", { gpus: 4 }, { quotaSupported: false })], d, 10), { reason: "disk_quota" });
  t.same(shortage([host("a", { gpus: 0 }), host("b", { gpus: 4 }, { placeable: false })], d), { reason: "host_away" }, "a host that has them is away");
  t.same(
    shortage([host("a", { gpus: 0 }), host("b", { gpus: 1 }, { placeable: false })], d),
    { reason: "gpu", needed: 2, available: 0 },
    "an away host without them does not count",
  );
});

t.test("gpu_remain: GPUs that can be sold with the product's CPU, memory and disk", async (t) => {
  const perGpu = { cpuMillis: 4000, memoryBytes: 16 * GIB };
  t.equal(gpuRemain([host("a", { gpus: 8, cpuMillis: 15_000 })], perGpu, 50), 3, "15 cores sell 3 GPUs of 4 cores");
  t.equal(gpuRemain([host("a", { gpus: 8, memoryBytes: 40 * GIB })], perGpu, 50), 2);
  t.equal(gpuRemain([host("a", { gpus: 8, diskGb: 49 })], perGpu, 50), 0, "no disk for the product: nothing");
  t.equal(gpuRemain([host("a", { gpus: 8 }, { placeable: false }), host("b", { gpus: 1 })], perGpu, 50), 1, "away hosts sell nothing");
});

// Properties: over any host and product, what gpu_remain promises can be bought, and one more
// GPU cannot; a placed instance never takes more than the host may sell.
const roomArb = fc.record({
  gpus: fc.integer({ min: 0, max: 16 }),
  cpuMillis: fc.option(fc.integer({ min: -4000, max: 256_000 }), { nil: null }),
  memoryBytes: fc.option(
    fc.integer({ min: -4, max: 2048 }).map((g) => g * GIB),
    { nil: null },
  ),
  diskGb: fc.option(fc.integer({ min: -100, max: 20_000 }), { nil: null }),
});
const productArb = fc.record({ cpu: fc.integer({ min: 0, max: 32 }), memory: fc.integer({ min: 0, max: 256 }), disk: fc.integer({ min: 0, max: 2000 }) });

t.test("property: gpu_remain is exactly the largest order that fits", async (t) => {
  fc.assert(
    fc.property(roomArb, productArb, (room, p) => {
      const perGpu = { cpuMillis: p.cpu * 1000, memoryBytes: p.memory * GIB };
      const n = mostGpus(room, perGpu, p.disk);
      const demand = (g: number) => ({ gpus: g, cpuMillis: perGpu.cpuMillis * g, memoryBytes: perGpu.memoryBytes * g, diskGb: p.disk });
      if (n > 0 && shortOf(room, demand(n)) !== null) return false;
      return shortOf(room, demand(n + 1)) !== null;
    }),
  );
  t.pass("held for every generated host and product");
});

t.test("property: placements never exceed what a host may sell", async (t) => {
  fc.assert(
    fc.property(
      fc.record({ cpu: fc.integer({ min: 0, max: 128 }), memGib: fc.integer({ min: 0, max: 1024 }), diskGb: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({ cpuOvercommit: fc.double({ min: 0.1, max: 100, noNaN: true }), reservedCpus: fc.integer({ min: 0, max: 8 }) }),
      fc.array(productArb, { maxLength: 30 }),
      (h, p, orders) => {
        const policy = { ...DEFAULTS, ...p };
        const reported = { cpuCount: h.cpu, memoryBytes: h.memGib * GIB, storageBytes: h.diskGb * 1e9 };
        const held = { cpuMillis: 0, memoryBytes: 0, diskGb: 0 };
        for (const o of orders) {
          const d = { gpus: 1, cpuMillis: o.cpu * 1000, memoryBytes: o.memory * GIB, diskGb: o.disk };
          if (rankHosts([host("h", freeRoom(reported, policy, held, 1))], d).length === 0) continue;
          held.cpuMillis += d.cpuMillis;
          held.memoryBytes += d.memoryBytes;
          held.diskGb += d.diskGb;
        }
        const s = sellable(reported, policy);
        return held.cpuMillis <= s.cpuMillis! && held.memoryBytes <= s.memoryBytes! && held.diskGb <= s.diskGb!;
      },
    ),
  );
  t.pass("held for every generated host, policy and order sequence");
});
