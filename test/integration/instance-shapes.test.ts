// /gpu/instances/list answers in the documented example's shapes (issue 9 §1): image and size
// objects, app_metadata never null, pay_method in the documented vocabulary, expire_at for every
// live instance, total a string, and every instance when no paging parameter is given.
import t from "tap";
import { sql } from "../helpers/database.js";
import { PRODUCT, startApiWorld } from "../helpers/customers.js";

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/;

t.test("image, size, app_metadata, pay_method and expire_at as documented", async (t) => {
  const w = await startApiWorld(t, { gpus: 6 });
  const u = await w.newCustomer("alice", "5000.00");
  const buy = async (payUnit: number, over: Record<string, unknown> = {}) => {
    const r = await w.call(
      "/gpu/instances/buy",
      { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: payUnit, room_name: "105", ...over },
      u.token,
    );
    t.equal(r.status, 200, JSON.stringify(r.body));
    return r.body.success[0].gid as string;
  };
  const hourly = await buy(4, { gpu_count: 2, extra_disk_cap: 100 });
  const daily = await buy(1);
  const monthly = await buy(2);
  for (const gid of [hourly, daily, monthly]) await w.setState(gid, "Running");
  // Billing of the hourly one started 90 minutes ago: its current paid hour ends in 30 minutes.
  await sql(w.cp.dbUrl, "update instances set billing_started_at = now() - interval '90 minutes' where instance_id = $1", [hourly]);

  const list = await w.call("/gpu/instances/list", {}, u.token);
  t.equal(list.status, 200);
  t.equal(list.body.total, "3", "total is a string");
  const by = new Map<string, any>(list.body.items.map((i: any) => [i.gid, i]));
  const h = by.get(hourly);
  t.same(h.image, { image_id: w.imageId, name: "Ubuntu 22.04 CUDA 12", scene: "base", os: "ubuntu", description: "" }, "image is the documented object");
  t.same(
    h.size,
    {
      gpu_type: PRODUCT.gpu_type,
      scene: "Gpu",
      // system 10 + data 20 + extra 100 GB
      disk_free: "130",
      gpu_ram: 80,
      gpu_model: "H100 80GB * 2",
      // per GPU 1 GiB and 1 core, times 2 GPUs
      memory: 2,
      cpu: 2,
      gpu: "2",
    },
    "size is the documented object, gpu and disk_free strings",
  );
  t.equal(h.gpu_count, 2, "our own fields stay beside");
  t.equal(h.card_less, false);
  t.equal(h.image_id, w.imageId);
  t.same(h.app_metadata, {}, "app_metadata of a non-application is {}, not null");
  t.equal(h.pay_method, "Hour");
  t.equal(h.pay_unit, 4);
  t.match(h.expire_at, TIME, "an hourly instance has an expire_at");
  const left = Date.parse(h.expire_at) - Date.now();
  t.ok(left > 25 * 60_000 && left <= 31 * 60_000, `the end of the current paid hour (${left} ms from now)`);
  t.match(by.get(daily), { pay_method: "Day", pay_unit: 1, expire_at: TIME });
  t.match(by.get(monthly), { pay_method: "Month", pay_unit: 2, expire_at: TIME });

  // Not yet billing (Creating): the first hour counts from the order.
  const fresh = await buy(4);
  const f = (await w.call("/gpu/instances/list", { gid: fresh }, u.token)).body.items[0];
  t.equal(f.status, "Creating");
  t.ok(Date.parse(f.expire_at) - Date.parse(f.create_at) === 3600_000, "an hour after it was ordered");
});

t.test("an application's app_metadata is its object", async (t) => {
  const w = await startApiWorld(t, { gpus: 2 });
  const u = await w.newCustomer("alice", "5000.00");
  t.equal(
    (await w.cp.api("POST", "/admin/applications", { app_type: "comfyui", title: "ComfyUI", image_id: w.imageId, gpu_type: PRODUCT.gpu_type, ports: [8188] }))
      .status,
    201,
  );
  const bought = await w.call("/gpu/application/buy", { app_type: "comfyui", num: 1, pay_unit: 4 }, u.token);
  t.equal(bought.status, 200, JSON.stringify(bought.body));
  const i = (await w.call("/gpu/instances/list", {}, u.token)).body.items[0];
  t.match(i.app_metadata, { app_type: "comfyui", urls: [/^http:\/\//] });
});

t.test("without paging parameters the list has every instance; paging stays available", async (t) => {
  const w = await startApiWorld(t, { gpus: 60 });
  const u = await w.newCustomer("alice", "5000.00");
  const r = await w.call(
    "/gpu/instances/buy",
    { image_id: w.imageId, num: 55, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 4, room_name: "105" },
    u.token,
  );
  t.equal(r.body.success_instance, 55, JSON.stringify(r.body).slice(0, 300));
  const all = await w.call("/gpu/instances/list", {}, u.token);
  t.equal(all.body.items.length, 55, "more than one default page, all of them");
  t.equal(all.body.total, "55");
  const page = await w.call("/gpu/instances/list", { page: 2, page_size: 20 }, u.token);
  t.equal(page.body.items.length, 20);
  t.equal(page.body.total, "55");
  t.same(
    page.body.items.map((i: any) => i.gid),
    all.body.items.slice(20, 40).map((i: any) => i.gid),
    "the second page is the second twenty",
  );
  t.equal((await w.call("/gpu/instances/list", { page: 1 }, u.token)).body.items.length, 50, "page alone: the default page size");
  t.equal((await w.call("/gpu/instances/list", { page_size: 0 }, u.token)).status, 400, "bad paging is still refused");
});

t.test("/gpu/images/list: an image of every room shows the room asked about", async (t) => {
  const w = await startApiWorld(t, { gpus: 1 });
  const u = await w.newCustomer("alice");
  const everywhere = await w.cp.api("POST", "/admin/images", { name: "Everywhere", image_ref: "registry.example.com/all:1", os: "linux", room_name: null });
  t.equal(everywhere.status, 201);
  const list = await w.call("/gpu/images/list", { gpu_type: PRODUCT.gpu_type }, u.token);
  const rooms = Object.fromEntries(list.body.items.map((i: any) => [i.image_id, i.room_name]));
  t.same(rooms, { [w.imageId]: "105", [everywhere.body.image_id]: "105" }, "never null");
  // The operators' list still says it is for every room.
  const admin = await w.cp.api("GET", "/admin/images");
  t.equal(admin.body.items.find((i: any) => i.image_id === everywhere.body.image_id).room_name, null);
});
