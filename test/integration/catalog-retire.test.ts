// Operators retire products and images (issue 9 §6): no longer listed or sold for new buys and
// rebuilds (RETIRED, 410), kept for history and for the instances that use them; unretire sells
// them again.
import t from "tap";
import { sql } from "../helpers/database.js";
import { PRODUCT, startApiWorld } from "../helpers/customers.js";

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

t.test("a retired product is not sold, its instances go on, unretire sells it again", async (t) => {
  const w = await startApiWorld(t, { gpus: 4 });
  const u = await w.newCustomer("alice", "5000.00");
  const buyBody = (payUnit: number) => ({ image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: payUnit, room_name: "105" });
  const hourly = (await w.call("/gpu/instances/buy", buyBody(4), u.token)).body.success[0].gid as string;
  const daily = (await w.call("/gpu/instances/buy", buyBody(1), u.token)).body.success[0].gid as string;
  await w.setState(hourly, "Running");
  await w.setState(daily, "Running");
  t.equal(
    (await w.cp.api("POST", "/admin/applications", { app_type: "comfyui", title: "ComfyUI", image_id: w.imageId, gpu_type: PRODUCT.gpu_type })).status,
    201,
  );

  const retired = await w.cp.api("POST", `/admin/products/${PRODUCT.gpu_type}/retire`, {});
  t.equal(retired.status, 200, JSON.stringify(retired.body));
  t.match(retired.body, { gpu_type: PRODUCT.gpu_type, retired_at: ISO });
  const again = await w.cp.api("POST", `/admin/products/${PRODUCT.gpu_type}/retire`, {});
  t.equal(again.body.retired_at, retired.body.retired_at, "idempotent: the first time stays");

  t.same((await w.call("/gpu/product/list", {}, u.token)).body, { items: [], total_items: 0 }, "not listed for customers");
  t.same((await w.call("/gpu/application/list", {}, u.token)).body.items, [], "nor its applications");
  t.match((await w.cp.api("GET", "/admin/products")).body.items, [{ gpu_type: PRODUCT.gpu_type, retired_at: ISO }], "operators still see it");
  t.match((await w.cp.api("GET", `/admin/products/${PRODUCT.gpu_type}`)).body, { retired_at: ISO });
  t.equal((await w.cp.api("GET", "/admin/applications")).body.items.length, 1, "operators still see the application");

  const instances = async () => (await sql<{ n: number }>(w.cp.dbUrl, "select count(*)::int as n from instances"))[0]?.n;
  const balance = async () => (await w.cp.api("GET", "/admin/users/alice")).body.balance;
  const [n0, b0] = [await instances(), await balance()];
  const refused = await w.call("/gpu/instances/buy", buyBody(4), u.token);
  t.equal(refused.status, 410);
  t.equal(refused.body.code, "RETIRED");
  t.match(refused.body.message, /retired/);
  const app = await w.call("/gpu/application/buy", { app_type: "comfyui", num: 1, pay_unit: 4 }, u.token);
  t.same([app.status, app.body.code], [410, "RETIRED"], "an application of a retired product neither");
  t.same([await instances(), await balance()], [n0, b0], "nothing changed");

  // Existing instances keep working: stop and start, renew.
  t.same((await w.call("/gpu/instances/stop", { gid: hourly }, u.token)).body, { success: [hourly], fails: [] });
  await w.setState(hourly, "Stopped");
  t.same((await w.call("/gpu/instances/start", { gid: hourly }, u.token)).body, { success: [hourly], fails: [] });
  t.same((await w.call("/gpu/instances/renew", { gid: daily, pay_period: 1 }, u.token)).body, { success: [daily], fails: [] });
  t.match((await w.call("/gpu/instances/list", { gid: daily }, u.token)).body.items[0], { gid: daily, size: { gpu_type: PRODUCT.gpu_type } });

  const back = await w.cp.api("POST", `/admin/products/${PRODUCT.gpu_type}/unretire`, {});
  t.same([back.status, back.body.retired_at], [200, null]);
  t.equal((await w.call("/gpu/product/list", {}, u.token)).body.total_items, 1);
  t.equal((await w.call("/gpu/instances/buy", buyBody(4), u.token)).status, 200, "sold again");

  t.equal((await w.cp.api("POST", "/admin/products/no_such_product/retire", {})).status, 404);
  t.equal((await w.cp.api("POST", "/admin/products/NOT VALID/retire", {})).status, 404);
});

t.test("a retired image is not offered for buys or rebuilds, its instances go on", async (t) => {
  const w = await startApiWorld(t, { gpus: 4 });
  const u = await w.newCustomer("alice", "5000.00");
  const other = await w.cp.api("POST", "/admin/images", { name: "Other", image_ref: "registry.example.com/other:1", os: "ubuntu", room_name: "105" });
  const buyBody = (imageId: string) => ({ image_id: imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105" });
  const gid = (await w.call("/gpu/instances/buy", buyBody(w.imageId), u.token)).body.success[0].gid as string;
  await w.setState(gid, "Running");

  const r = await w.cp.api("POST", `/admin/images/${other.body.image_id}/retire`, {});
  t.equal(r.status, 200, JSON.stringify(r.body));
  t.match(r.body, { image_id: other.body.image_id, retired_at: ISO, image_ref: "registry.example.com/other:1" });
  const listed = (await w.call("/gpu/images/list", { gpu_type: PRODUCT.gpu_type }, u.token)).body.items.map((i: any) => i.image_id);
  t.same(listed, [w.imageId], "not listed for customers");
  t.match(
    (await w.cp.api("GET", "/admin/images")).body.items.find((i: any) => i.image_id === other.body.image_id),
    { retired_at: ISO },
  );

  const buy = await w.call("/gpu/instances/buy", buyBody(other.body.image_id), u.token);
  t.same([buy.status, buy.body.code], [410, "RETIRED"]);
  const rebuild = await w.call("/gpu/instances/rebuild", { gid, image_id: other.body.image_id }, u.token);
  t.match(rebuild.body, { success: [], fails: [{ gid, code: "RETIRED" }] });

  // The image of a running instance retired: the instance keeps it and shows it.
  t.equal((await w.cp.api("POST", `/admin/images/${w.imageId}/retire`, {})).status, 200);
  t.match((await w.call("/gpu/instances/list", { gid }, u.token)).body.items[0].image, { image_id: w.imageId, name: "Ubuntu 22.04 CUDA 12" });
  t.same((await w.call("/gpu/instances/restart", { gid }, u.token)).body, { success: [gid], fails: [] });

  t.equal((await w.cp.api("POST", `/admin/images/${other.body.image_id}/unretire`, {})).status, 200);
  t.equal((await w.call("/gpu/instances/buy", buyBody(other.body.image_id), u.token)).status, 200, "offered again");

  // Customers' own images are theirs to delete, not the operators' to retire.
  const snap = await w.call("/gpu/instance/snapshot", { gid, name: "mine" }, u.token);
  t.equal((await w.cp.api("POST", `/admin/images/${snap.body.image_id}/retire`, {})).status, 404);
  t.equal((await w.cp.api("POST", "/admin/images/img-0000000000000000/retire", {})).status, 404);
});
