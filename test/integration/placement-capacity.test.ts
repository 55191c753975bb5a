// Capacity-aware placement end to end (issue 9 §2): a real agent (replayed H100s, four of them)
// on the test machine reports its cores, memory and storage; the operator shapes what may be
// sold per host; buys, gpu_remain, starts after a card-less stop, renewals after expiry and
// admin-created instances all follow the same rules, and NO_STOCK says what is short.
import t from "tap";
import { freshDatabase, sql } from "../helpers/database.js";
import { instanceIs, PRODUCT, startWorld, type World } from "../helpers/customers.js";

const NULLS = { cpu_overcommit: null, memory_overcommit: null, disk_overcommit: null, reserved_cpus: null, reserved_memory_gib: null, reserved_disk_gb: null };

const buyBody = (w: World, more: Record<string, unknown> = {}) => ({
  image_id: w.imageId,
  num: 1,
  gpu_type: PRODUCT.gpu_type,
  gpu_count: 1,
  pay_unit: 4,
  room_name: "105",
  ...more,
});

t.test("capacity: the endpoint, buys and gpu_remain, NO_STOCK reasons, card-less start, renew, admin-created", async (t) => {
  const dbUrl = await freshDatabase(t);
  // Extra disk only where the engine enforces quotas (the default): the test engine does not.
  const w = await startWorld(t, { databaseUrl: dbUrl, gpus: 4, env: { PLACEMENT_REQUIRE_DISK_QUOTA: "true" } });
  const u = await w.newCustomer("cap", "1000.00");
  const capacity = () => w.cp.api("GET", `/admin/hosts/${w.hostId}/capacity`);
  const patch = (body: unknown) => w.cp.api("PATCH", `/admin/hosts/${w.hostId}/capacity`, body);
  const remain = async () => (await w.call("/gpu/product/list", {}, u.token)).body.items[0].gpu_remain;
  const buy = (more: Record<string, unknown> = {}, headers: Record<string, string> = {}) => w.call("/gpu/instances/buy", buyBody(w, more), u.token, headers);

  // ---- the endpoint
  const c0 = await capacity();
  t.equal(c0.status, 200);
  const host = await w.cp.host(w.hostId);
  t.match(c0.body, {
    host_id: w.hostId,
    overrides: NULLS,
    policy: { cpu_overcommit: 100, reserved_cpus: 0 }, // the test world's roomy defaults
    reported: { gpus: 4, cpus: host.cpu_count },
    held: { gpus: 0, cpus: 0, memory_gib: 0, disk_gb: 0 },
    free: { gpus: 4, cpus: host.cpu_count * 100 },
    storage_quota_supported: false,
  });
  const cpus: number = host.cpu_count;
  const memGib = Math.floor(host.memory_total_bytes / 2 ** 30);
  const diskGb = Math.floor(host.instance_storage_bytes / 1e9);

  const bad = await patch({ cpu_overcommit: 0, reserved_cpus: 1.5, memory_overcommit: "lots", bogus: 1 });
  t.equal(bad.status, 400);
  t.equal(bad.body.code, "INVALID_ARGUMENT");
  t.same(
    bad.body.fields.map((f: { field: string }) => f.field).sort(),
    ["bogus", "cpu_overcommit", "memory_overcommit", "reserved_cpus"],
    "every bad field at once",
  );
  t.same((await capacity()).body.overrides, NULLS, "bad input changes nothing");
  t.equal((await w.cp.api("GET", "/admin/hosts/no-such-host/capacity")).status, 404);
  t.equal((await w.cp.api("PATCH", "/admin/hosts/no-such-host/capacity", { reserved_cpus: 1 })).body.code, "NOT_FOUND");
  t.equal(await remain(), 4, "roomy: every GPU can be sold");

  // ---- CPU: one core to sell (the product has one core per GPU)
  const cpuOnly = await patch({ cpu_overcommit: 1, reserved_cpus: cpus - 1 });
  t.equal(cpuOnly.status, 200);
  t.match(cpuOnly.body, { overrides: { cpu_overcommit: 1, reserved_cpus: cpus - 1 }, sellable: { cpus: 1 }, free: { cpus: 1, gpus: 4 } });
  t.equal(await remain(), 1, "four free GPUs, but the cores of one");
  const two = await buy({ gpu_count: 2 }, { "Idempotency-Key": "cap-two" });
  t.equal(two.status, 409);
  t.match(two.body, { code: "NO_STOCK", reason: "cpu", needed: 2, available: 1, message: /CPU.*2 core\(s\) needed, 1 free/ });
  const replay = await buy({ gpu_count: 2 }, { "Idempotency-Key": "cap-two" });
  t.equal(replay.headers.get("idempotent-replayed"), "true");
  t.same(replay.body, two.body, "a replay carries the reason too");
  const first = await buy();
  t.equal(first.status, 200, "one GPU with its core fits");
  const gid: string = first.body.success[0].gid;
  t.equal(await remain(), 0);
  t.match((await buy()).body, { code: "NO_STOCK", reason: "cpu", available: 0 });
  t.match((await capacity()).body, { held: { gpus: 1, cpus: 1, memory_gib: 1, disk_gb: 30 }, free: { gpus: 3, cpus: 0 } });
  await instanceIs(w, u.token, gid, "Running");

  // ---- memory: less than a GiB left after the reserve, and the first instance holds one
  t.equal((await patch({ ...NULLS, memory_overcommit: 1, reserved_memory_gib: memGib })).status, 200);
  t.equal(await remain(), 0, "no memory for another GPU");
  t.match((await buy()).body, { code: "NO_STOCK", reason: "memory", needed: 1, available: 0 });

  // ---- disk: 40 GB to sell, 30 held by the first instance, 30 needed
  t.equal((await patch({ ...NULLS, disk_overcommit: 1, reserved_disk_gb: diskGb - 40 })).status, 200);
  t.equal(await remain(), 0, "no disk for the product");
  t.match((await buy()).body, { code: "NO_STOCK", reason: "disk", needed: 30 });
  t.equal((await patch(NULLS)).status, 200);
  t.equal(await remain(), 3);

  // ---- GPUs, extra disk without quotas, a host that is away
  t.match((await buy({ gpu_count: 4 })).body, { code: "NO_STOCK", reason: "gpu", needed: 4, available: 3 });
  t.match((await buy({ extra_disk_cap: 10 })).body, { code: "NO_STOCK", reason: "disk_quota", message: /disk quotas/ });
  t.equal((await w.cp.api("POST", `/admin/hosts/${w.hostId}/cordon`, {})).status, 200);
  t.match((await buy()).body, { code: "NO_STOCK", reason: "host_away", message: /away/ }, "a host that has them is away: not the same as none free");
  t.equal(await remain(), 0);
  t.equal((await w.cp.api("POST", `/admin/hosts/${w.hostId}/uncordon`, {})).status, 200);

  // ---- start after a card-less stop: the CPU must be free again
  t.same((await w.call("/gpu/instances/stop", { gid, card_less: true }, u.token)).body.fails, []);
  await instanceIs(w, u.token, gid, "Stopped");
  t.match(
    (await capacity()).body,
    { held: { gpus: 0, cpus: 0, memory_gib: 0, disk_gb: 30 } },
    "a card-less stop gives back GPUs, CPU and memory, not the disk",
  );
  t.equal((await patch({ cpu_overcommit: 1, reserved_cpus: cpus })).status, 200);
  const refused = await w.call("/gpu/instances/start", { gid }, u.token);
  t.match(refused.body, { success: [], fails: [{ gid, code: "GPU_UNAVAILABLE_ON_HOST", reason: "cpu", needed: 1, available: 0, message: /core/ }] });
  t.equal((await w.call("/gpu/instances/list", { gid }, u.token)).body.items[0].status, "Stopped", "nothing changed");
  const cardless = await w.call("/gpu/instances/cardless/start", { gid }, u.token);
  t.match(cardless.body.fails, [{ code: "GPU_UNAVAILABLE_ON_HOST", reason: "cpu" }], "running card-less needs the CPU too");
  t.equal((await patch({ reserved_cpus: cpus - 1 })).status, 200);
  t.same((await w.call("/gpu/instances/start", { gid }, u.token)).body, { success: [gid], fails: [] });
  await instanceIs(w, u.token, gid, "Running");

  // ---- a rebuild takes nothing new: never refused for capacity, even on a host made smaller
  t.equal((await patch({ reserved_cpus: cpus, reserved_memory_gib: memGib, memory_overcommit: 1 })).status, 200);
  t.same((await w.call("/gpu/instances/rebuild", { gid, image_id: w.imageId }, u.token)).body, { success: [gid], fails: [] });
  await instanceIs(w, u.token, gid, "Running");

  // ---- admin-created instances: the same rules on the chosen host
  const before = (await w.cp.api("GET", "/admin/instances")).body.items.length;
  const admin = await w.cp.api("POST", "/admin/instances", { host_id: w.hostId, image_ref: "busybox:latest", gpu_count: 0, cpu_millis: 500 });
  t.equal(admin.status, 409);
  t.match(admin.body, { code: "NO_STOCK", reason: "cpu", needed: 0.5, available: 0 });
  t.equal((await w.cp.api("GET", "/admin/instances")).body.items.length, before, "nothing created");

  // ---- renew of an expired daily instance: its CPU and memory must be free again
  t.equal((await patch(NULLS)).status, 200);
  const daily = await buy({ pay_unit: 1 });
  t.equal(daily.status, 200);
  const dgid: string = daily.body.success[0].gid;
  await instanceIs(w, u.token, dgid, "Running");
  // Expired as the billing cycle leaves it (stopped, GPUs released): arranged directly.
  await w.call("/gpu/instances/stop", { gid: dgid }, u.token);
  await instanceIs(w, u.token, dgid, "Stopped");
  await sql(dbUrl, "delete from instance_gpus where instance_id = $1", [dgid]);
  await sql(dbUrl, "update instances set state = 'Expired', card_less = true, expire_at = now() - interval '1 minute' where instance_id = $1", [dgid]);
  t.equal((await patch({ memory_overcommit: 1, reserved_memory_gib: memGib })).status, 200);
  const renewed = await w.call("/gpu/instances/renew", { gid: dgid, pay_period: 1 }, u.token);
  t.match(renewed.body.fails, [{ gid: dgid, code: "GPU_UNAVAILABLE_ON_HOST", reason: "memory" }]);
  t.equal((await w.call("/gpu/instances/list", { gid: dgid }, u.token)).body.items[0].status, "Expired", "still Expired, nothing charged");
  t.equal((await patch(NULLS)).status, 200);
  t.same((await w.call("/gpu/instances/renew", { gid: dgid, pay_period: 1 }, u.token)).body.fails, []);
});
