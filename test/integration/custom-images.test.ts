// Customers' custom images (issue 9 §5): /gpu/images/mine is paged, snapshots are capped per user
// (MAX_IMAGES_PER_USER, QUOTA_EXCEEDED), and /gpu/images/delete takes an image out of the catalog
// and has its host remove the Docker image (the host-level command remove_image), end to end
// with a real agent and the real Docker engine. Decision 0024.
import t from "tap";
import { freshDatabase, sql } from "../helpers/database.js";
import { docker, imageTagsOf } from "../helpers/docker.js";
import { instanceIs, PRODUCT, startApiWorld, startWorld } from "../helpers/customers.js";
import { waitFor } from "../helpers/wait.js";

const BUY = (imageId: string, payUnit = 4) => ({ image_id: imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: payUnit, room_name: "105" });

t.test("delete: the catalog row goes and the agent removes the Docker image; refused while an instance uses it", async (t) => {
  const dbUrl = await freshDatabase(t);
  const w = await startWorld(t, { gpus: 2, databaseUrl: dbUrl });
  const u = await w.newCustomer("alice", "1000.00");
  const gid = (await w.call("/gpu/instances/buy", BUY(w.imageId), u.token)).body.success[0].gid as string;
  await instanceIs(w, u.token, gid, "Running");

  const snapshot = async (name: string) => {
    const s = await w.call("/gpu/instance/snapshot", { gid, name }, u.token);
    t.equal(s.status, 200, JSON.stringify(s.body));
    await waitFor(`${name} ready`, async () =>
      (await w.call("/gpu/images/mine", {}, u.token)).body.items.find((x: any) => x.image_id === s.body.image_id && x.status === "ready"),
    );
    await instanceIs(w, u.token, gid, "Running");
    return s.body.image_id as string;
  };
  const first = await snapshot("first");
  const repo = (id: string) => `remotegpu-images/${id}`;
  t.same(await imageTagsOf(repo(first)), ["latest"], "the snapshot is on the host");

  // Rebuilt from it: the image is in use, deletion is refused and nothing changes.
  t.same((await w.call("/gpu/instances/rebuild", { gid, image_id: first }, u.token)).body, { success: [gid], fails: [] });
  await instanceIs(w, u.token, gid, "Running");
  const inUse = await w.call("/gpu/images/delete", { image_id: first }, u.token);
  t.equal(inUse.status, 409);
  t.equal(inUse.body.code, "CONFLICT");
  t.match(inUse.body.message, gid, "the message names the instance");
  t.equal((await w.call("/gpu/images/mine", {}, u.token)).body.total_items, 1, "still listed");
  t.same(await imageTagsOf(repo(first)), ["latest"], "still on the host");

  // Back on the public image: now it goes, from the catalog and from the host.
  t.same((await w.call("/gpu/instances/rebuild", { gid, image_id: w.imageId }, u.token)).body, { success: [gid], fails: [] });
  await instanceIs(w, u.token, gid, "Running");
  const del = await w.call("/gpu/images/delete", { image_id: first }, u.token);
  t.same([del.status, del.body], [200, { success: true }]);
  t.same((await w.call("/gpu/images/mine", {}, u.token)).body.items, [], "gone from the catalog");
  await waitFor("image removed from the host", async () => (await imageTagsOf(repo(first))).length === 0, 30_000);
  await waitFor(
    "the removal's result",
    async () => (await sql(dbUrl, "select 1 from commands where op = 'remove_image' and status <> 'pending'")).length === 1,
    30_000,
  );
  const [cmd] = await sql<{ op: string; status: string; instance_id: string | null; generation: string; host_id: string }>(
    dbUrl,
    "select op, status, instance_id, generation::text, host_id from commands where op = 'remove_image'",
  );
  t.same(cmd, { op: "remove_image", status: "succeeded", instance_id: null, generation: "0", host_id: w.hostId }, "a host-level command, done");
  const again = await w.call("/gpu/images/delete", { image_id: first }, u.token);
  t.same([again.status, again.body.code], [404, "NOT_FOUND"], "a deleted image is unknown");
  const buy = await w.call("/gpu/instances/buy", BUY(first), u.token);
  t.same([buy.status, buy.body.code], [404, "NOT_FOUND"], "and cannot be bought");

  // An image already gone from the host (removed by hand): the removal still succeeds.
  const second = await snapshot("second");
  await docker("image", "rm", `${repo(second)}:latest`);
  t.equal((await w.call("/gpu/images/delete", { image_id: second }, u.token)).status, 200);
  await waitFor(
    "second removal done",
    async () =>
      (await sql<{ status: string }>(dbUrl, "select status from commands where op = 'remove_image' and status <> 'pending' order by created_at")).length === 2,
    30_000,
  );
  t.same(
    (await sql<{ status: string }>(dbUrl, "select status from commands where op = 'remove_image' order by created_at")).map((c) => c.status),
    ["succeeded", "succeeded"],
    "unknown image = success",
  );
  // The agent's public image is never touched.
  t.ok((await docker("image", "ls", "-q")).length > 0);
});

t.test("the cap on custom images, paging of /gpu/images/mine, and who may delete", async (t) => {
  const w = await startApiWorld(t, { gpus: 1, env: { MAX_IMAGES_PER_USER: "3" } });
  const alice = await w.newCustomer("alice", "1000.00");
  const bob = await w.newCustomer("bob", "1000.00");
  const gid = (await w.call("/gpu/instances/buy", BUY(w.imageId), alice.token)).body.success[0].gid as string;
  const ids: string[] = [];
  for (let n = 1; n <= 3; n++) {
    await w.setState(gid, "Running");
    const s = await w.call("/gpu/instance/snapshot", { gid, name: `v${n}` }, alice.token);
    t.equal(s.status, 200, JSON.stringify(s.body));
    ids.push(s.body.image_id);
    await sql(w.cp.dbUrl, "update images set status = 'ready', created_at = now() + make_interval(secs => $2) where image_id = $1", [s.body.image_id, n]);
  }
  await w.setState(gid, "Running");
  const commands = async () => (await sql<{ n: number }>(w.cp.dbUrl, "select count(*)::int as n from commands"))[0]?.n;
  const before = await commands();
  const over = await w.call("/gpu/instance/snapshot", { gid, name: "v4" }, alice.token);
  t.equal(over.status, 409);
  t.equal(over.body.code, "QUOTA_EXCEEDED");
  t.match(over.body.message, /3 custom image.*most allowed is 3.*\/gpu\/images\/delete/);
  t.equal(await commands(), before, "no command was issued");
  t.match(
    (await w.call("/gpu/instances/list", { gid }, alice.token)).body.items[0],
    { status: "Running", operation_in_progress: false },
    "the instance is untouched",
  );

  // Paging: newest first, the total on every page, an empty page past the end still counts.
  const page = async (body: Record<string, unknown>) => (await w.call("/gpu/images/mine", body, alice.token)).body;
  t.match(await page({}), { total_items: 3, page: 1, page_size: 50 });
  const p1 = await page({ page: 1, page_size: 2 });
  t.same(
    p1.items.map((i: any) => i.name),
    ["v3", "v2"],
  );
  t.same([p1.total_items, p1.page, p1.page_size], [3, 1, 2]);
  t.same(
    (await page({ page: 2, page_size: 2 })).items.map((i: any) => i.name),
    ["v1"],
  );
  t.match(await page({ page: 9, page_size: 2 }), { items: [], total_items: 3 });
  t.match(await page({ room_name: "106" }), { items: [], total_items: 0 });
  t.equal((await w.call("/gpu/images/mine", { page_size: 501 }, alice.token)).status, 400);
  t.equal((await w.call("/gpu/images/mine", {}, bob.token)).body.total_items, 0, "only one's own");

  // Only the owner deletes; a public image is not anyone's to delete; bad input changes nothing.
  const notFound = [
    [ids[0], bob.token],
    [w.imageId, alice.token],
    ["img-0000000000000000", alice.token],
    ["../../etc", alice.token],
  ] as const;
  for (const [id, token] of notFound) {
    const r = await w.call("/gpu/images/delete", { image_id: id }, token);
    t.same([r.status, r.body.code], [404, "NOT_FOUND"], `${id} is not found`);
  }
  t.equal((await w.call("/gpu/images/delete", {}, alice.token)).status, 400);
  t.equal((await page({})).total_items, 3, "nothing was deleted");

  // One deleted (the instance does not use it): room for a new snapshot again.
  t.same((await w.call("/gpu/images/delete", { image_id: ids[0] }, alice.token)).body, { success: true });
  t.equal((await w.call("/gpu/instance/snapshot", { gid, name: "v4" }, alice.token)).status, 200, "room again");

  // A snapshot still being saved cannot be deleted; a failed one can (and does not count).
  const saving = await sql<{ image_id: string }>(w.cp.dbUrl, "select image_id from images where name = 'v4'");
  const busy = await w.call("/gpu/images/delete", { image_id: saving[0]!.image_id }, alice.token);
  t.same([busy.status, busy.body.code], [409, "INVALID_STATE"]);

  // Being rebuilt from it (the command is on its way, the instance does not show it yet): refused.
  await w.setState(gid, "Running");
  t.same((await w.call("/gpu/instances/rebuild", { gid, image_id: ids[1] }, alice.token)).body, { success: [gid], fails: [] });
  const pending = await w.call("/gpu/images/delete", { image_id: ids[1] }, alice.token);
  t.same([pending.status, pending.body.code], [409, "CONFLICT"]);
  t.match(pending.body.message, gid);
});

t.test("MAX_IMAGES_PER_USER is checked at start-up", async (t) => {
  const { loadConfig, ConfigError } = await import("../../packages/control-plane/src/config.js");
  t.equal(loadConfig({}).maxImagesPerUser, 20, "20 by default");
  t.throws(() => loadConfig({ MAX_IMAGES_PER_USER: "-1" }), ConfigError);
  t.throws(() => loadConfig({ MAX_IMAGES_PER_USER: "many" }), /MAX_IMAGES_PER_USER must be an integer/);
});

t.test("MAX_IMAGES_PER_USER=0 turns snapshots off with a clear error", async (t) => {
  const w = await startApiWorld(t, { gpus: 1, env: { MAX_IMAGES_PER_USER: "0" } });
  const u = await w.newCustomer("alice", "1000.00");
  const gid = (await w.call("/gpu/instances/buy", BUY(w.imageId), u.token)).body.success[0].gid as string;
  await w.setState(gid, "Running");
  const r = await w.call("/gpu/instance/snapshot", { gid, name: "v1" }, u.token);
  t.same([r.status, r.body.code], [409, "QUOTA_EXCEEDED"]);
  t.match(r.body.message, /turned off/);
});
