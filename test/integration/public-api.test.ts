// The public API end to end, as the original GPU cloud's documentation walks through it, over
// real HTTP with a real agent (replayed nvidia-smi, four GPUs) and the real Docker engine.
import t from "tap";
import { freshDatabase, sql } from "../helpers/database.js";
import { exec, inspect } from "../helpers/docker.js";
import { instanceIs, PRODUCT, startWorld } from "../helpers/customers.js";
import { waitFor } from "../helpers/wait.js";

// UTC unless API_TIME_OFFSET says otherwise (decision 0023).
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/;

t.test("the whole flow of the documentation", async (t) => {
  const dbUrl = await freshDatabase(t);
  const w = await startWorld(t, { databaseUrl: dbUrl, gpus: 4 });
  const admin = (m: string, p: string, b?: unknown) => w.cp.api(m, p, b);
  t.equal((await admin("POST", "/admin/users", { username: "alice", password: "correct horse battery" })).status, 201);
  t.equal((await admin("POST", "/admin/users/alice/recharge", { amount: "5000.00" })).body.balance, "5000.00");

  // Tokens.
  const generated = await w.call("/generate/token", { username: "alice", password: "correct horse battery", name: "management token" }, null);
  t.equal(generated.status, 200);
  const tok = generated.body.token;
  t.match(tok, {
    name: "management token",
    scope: "global",
    status: "active",
    token: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    update_at: TIME,
    create_at: TIME,
  });
  const token: string = tok.token;
  const listed = await w.call("/all/tokens", { username: "alice", password: "correct horse battery" }, null);
  t.same(
    listed.body.tokens.map((x: any) => x.token),
    [`${token.slice(0, 8)}-****-****-****-************`],
    "listed masked",
  );
  t.equal((await w.call("/all/tokens", { username: "alice", password: "wrong password" }, null)).status, 401);

  // Catalog.
  const products = await w.call("/gpu/product/list", {}, token);
  t.equal(products.status, 200);
  t.equal(products.body.total_items, 1);
  t.match(products.body.items[0], {
    gpu_type: PRODUCT.gpu_type,
    name: PRODUCT.name,
    room_name: "105",
    cpu: 1,
    memory: 1,
    gpu_ram: 80,
    disk_one: 10,
    disk_data_one: 20,
    disk_cap: 500,
    gpu_remain: 4,
    price_hour: "2.00",
    price_month: "1000.00",
  });
  const images = await w.call("/gpu/images/list", { gpu_type: PRODUCT.gpu_type }, token);
  t.same(
    images.body.items.map((i: any) => i.image_id),
    [w.imageId],
  );
  t.match(images.body.items[0], { name: "Ubuntu 22.04 CUDA 12", os: "ubuntu", status: "ready" });
  t.equal(
    (await admin("POST", "/admin/applications", { app_type: "comfyui", title: "ComfyUI", image_id: w.imageId, gpu_type: PRODUCT.gpu_type, ports: [8188] }))
      .status,
    201,
  );
  const apps = await w.call("/gpu/application/list", {}, token);
  t.match(apps.body, { total_items: 1, items: [{ app_type: "comfyui", title: "ComfyUI", memory: 1, cpu: 1, disk_one: 10, disk_data_one: 20 }] });

  // Buy one hourly and one monthly instance (integers as strings, as the examples send them).
  const hourly = await w.call(
    "/gpu/instances/buy",
    { image_id: w.imageId, num: "1", gpu_type: PRODUCT.gpu_type, gpu_count: "1", pay_unit: "4", room_name: "105" },
    token,
  );
  t.equal(hourly.status, 200, JSON.stringify(hourly.body));
  t.match(hourly.body, { success_instance: 1, fail_instance: 0, success: [{ order_uid: /^[0-9a-f]{32}$/, gid: /^gpu-105[0-9a-f]{15}$/ }], fails: [] });
  const gid: string = hourly.body.success[0].gid;
  const monthly = await w.call(
    "/gpu/instances/buy",
    { image_id: w.imageId, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 2, pay_unit: 2, room_name: "105" },
    token,
  );
  t.equal(monthly.status, 200);
  const mgid: string = monthly.body.success[0].gid;
  t.equal((await admin("GET", "/admin/users/alice")).body.balance, "3000.00", "monthly: 1000.00 x 2 GPUs prepaid at purchase; hourly: nothing yet");

  const running = await instanceIs(w, token, gid, "Running");
  t.match(running, {
    gid,
    status: "Running",
    card_less: false,
    gpu_reserved: true,
    // The test agents run instances without a network (--instance-network none): nothing is
    // published, so no SSH is promised (the bridged case: unreachable-instances.test.ts).
    ip: "",
    port: null,
    username: "root",
    password: "",
    message: /no SSH/,
    room_name: "105",
    pay_method: "Hour",
    order_uid: hourly.body.success[0].order_uid,
    expire_at: TIME,
    create_at: TIME,
  });
  const m = await instanceIs(w, token, mgid, "Running");
  t.match(m, { pay_method: "Month", expire_at: TIME, gpu_count: 2 });
  t.ok(
    (await inspect(`rgpu-${gid}`)).Config.Env.some((e: string) => /^ROOT_PASSWORD=\w{16}$/.test(e)),
    "the container still gets its root password",
  );
  const [reserved] = await sql<{ ssh_port: number | null }>(dbUrl, "select ssh_port from instances where instance_id = $1", [gid]);
  t.ok(reserved!.ssh_port !== null, "an SSH port is reserved all the same");
  const all = await w.call("/gpu/instances/list", {}, token);
  t.equal(all.body.total, "2", "total is a string, as in the original");

  const remain = async () => (await w.call("/gpu/product/list", {}, token)).body.items[0].gpu_remain;
  t.equal(await remain(), 1, "3 of 4 GPUs taken");
  await exec(`rgpu-${gid}`, "echo kept > /root/system.txt && echo data > /root/data/d.txt");

  // Card-less stop: the GPU goes back to stock.
  const stop = await w.call("/gpu/instances/stop", { gid, card_less: true }, token);
  t.same(stop.body, { success: [gid], fails: [] });
  let i = await instanceIs(w, token, gid, "Stopped");
  t.match(i, { card_less: true, gpu_reserved: false });
  t.equal(await remain(), 2, "gpu_remain rises after a card-less stop");
  t.match(
    (await w.call("/gpu/instances/stop", { gid: mgid, card_less: true }, token)).body,
    { success: [], fails: [{ gid: mgid, code: "INVALID_STATE", message: /prepaid/ }] },
    "not for a monthly instance",
  );

  t.same((await w.call("/gpu/instances/cardless/start", { gid }, token)).body, { success: [gid], fails: [] });
  i = await instanceIs(w, token, gid, "Running");
  t.equal(i.card_less, true);
  t.ok((await inspect(`rgpu-${gid}`)).Config.Env.includes("NVIDIA_VISIBLE_DEVICES=void"));
  t.equal(await exec(`rgpu-${gid}`, "cat /root/system.txt"), "kept");

  await w.call("/gpu/instances/stop", { gid }, token);
  await instanceIs(w, token, gid, "Stopped");
  t.same((await w.call("/gpu/instances/start", { gid }, token)).body, { success: [gid], fails: [] });
  i = await instanceIs(w, token, gid, "Running");
  t.match(i, { card_less: false, gpu_reserved: true });
  const before = (await inspect(`rgpu-${gid}`)).State.StartedAt;
  t.same((await w.call("/gpu/instances/restart", { gid }, token)).body, { success: [gid], fails: [] });
  await instanceIs(w, token, gid, "Running");
  t.not((await inspect(`rgpu-${gid}`)).State.StartedAt, before, "restarted");

  // Snapshot into a custom image, then rebuild from it.
  await exec(`rgpu-${gid}`, "echo v2 > /root/system.txt");
  const snap = await w.call("/gpu/instance/snapshot", { gid, name: "my env" }, token);
  t.match(snap.body, { success: true, image_id: /^img-[0-9a-f]{16}$/ });
  const mine = await waitFor("custom image ready", async () => {
    const r = await w.call("/gpu/images/mine", { room_name: "105" }, token);
    return r.body.items.find((x: any) => x.image_id === snap.body.image_id && x.status === "ready");
  });
  t.match(mine, { name: "my env", status: "ready", os: "ubuntu", size: Number, source_gid: gid });
  await exec(`rgpu-${gid}`, "echo v3 > /root/system.txt");
  t.same((await w.call("/gpu/instances/rebuild", { gid, image_id: snap.body.image_id }, token)).body, { success: [gid], fails: [] });
  i = await instanceIs(w, token, gid, "Running");
  t.equal(i.image_id, snap.body.image_id);
  t.equal(await exec(`rgpu-${gid}`, "cat /root/system.txt"), "v2", "the system disk is the snapshot's");
  t.equal(await exec(`rgpu-${gid}`, "cat /root/data/d.txt"), "data", "the data disk stays");

  // Renew the monthly one by a month.
  const expireBefore = Date.parse(m.expire_at);
  t.same((await w.call("/gpu/instances/renew", { gid: mgid, pay_period: 1 }, token)).body, { success: [mgid], fails: [] });
  const renewed = await instanceIs(w, token, mgid, "Running");
  t.equal(Date.parse(renewed.expire_at) - expireBefore, 30 * 86_400_000, "expire_at moves by 30 days");
  t.match(
    (await w.call("/gpu/instances/renew", { gid, pay_period: 1 }, token)).body.fails,
    [{ gid, code: "INVALID_STATE" }],
    "hourly instances are not renewed",
  );

  // Destroy the hourly one (only hourly instances are destroyed by their owner).
  await w.call("/gpu/instances/stop", { gid }, token);
  await instanceIs(w, token, gid, "Stopped");
  t.same((await w.call("/gpu/instances/destroy", { gid }, token)).body, { success: [gid], fails: [] });
  await waitFor("destroyed", async () => (await w.call("/gpu/instances/list", { gid, status: "Destroyed" }, token)).body.items[0]?.status === "Destroyed");
  t.equal((await w.call("/gpu/instances/list", {}, token)).body.total, "1", "destroyed instances are not listed");
  t.equal(await inspect(`rgpu-${gid}`), undefined, "its container is gone");
  t.match(
    (await w.call("/gpu/instances/destroy", { gid: mgid }, token)).body.fails,
    [{ gid: mgid, code: "INVALID_STATE" }],
    "a monthly instance is not destroyed by its owner",
  );

  // Every cent: the balance is the sum of the entries, and the hourly usage is what ran.
  // (int8 as numbers: the test's pg client does not share the control plane's type parser)
  const entries = await sql<{ kind: string; amount_minor: number; instance_id: string | null }>(
    dbUrl,
    "select kind, amount_minor::float8 as amount_minor, instance_id from ledger_entries order by entry_id",
  );
  const [u] = await sql<{ balance_minor: number }>(dbUrl, "select balance_minor::float8 as balance_minor from users where username = 'alice'");
  t.equal(
    entries.reduce((s, e) => s + e.amount_minor, 0),
    u!.balance_minor,
    "balance = sum of entries",
  );
  t.same(
    entries.filter((e) => e.kind !== "usage").map((e) => [e.kind, e.amount_minor]),
    [
      ["recharge", 500_000],
      ["purchase", -200_000],
      ["renewal", -200_000],
    ],
  );
  const usage = -entries.filter((e) => e.kind === "usage").reduce((s, e) => s + e.amount_minor, 0);
  t.ok(usage >= 0 && usage < 100, `the hourly instance ran under a minute at 2.00/h and card-less: ${usage} minor units`);

  // Delete the token: refused at once.
  t.same((await w.call("/delete/token", { username: "alice", password: "correct horse battery", token }, null)).body, { success: true });
  const refused = await w.call("/gpu/instances/list", {}, token);
  t.equal(refused.status, 401);
  t.equal(refused.body.code, "UNAUTHORIZED");
});

t.test("applications, and a prepaid instance that never ran is refunded in full", async (t) => {
  const dbUrl = await freshDatabase(t);
  const w = await startWorld(t, { databaseUrl: dbUrl, gpus: 2 });
  const u = await w.newCustomer("ivy", "3000.00");
  t.equal(
    (
      await w.cp.api("POST", "/admin/applications", {
        app_type: "comfyui",
        title: "ComfyUI",
        image_id: w.imageId,
        gpu_type: PRODUCT.gpu_type,
        ports: [8188, 8888],
      })
    ).status,
    201,
  );
  const bought = await w.call("/gpu/application/buy", { num: "1", pay_unit: "4", app_type: "comfyui" }, u.token);
  t.equal(bought.status, 200, JSON.stringify(bought.body));
  const gid: string = bought.body.success[0].gid;
  const app = await instanceIs(w, u.token, gid, "Running");
  t.equal(app.name, "ComfyUI");
  // Reserved on the host, each its own port; not shown, since this host publishes nothing.
  const published = await sql<{ container_port: number; host_port: number }>(
    dbUrl,
    "select container_port, host_port from instance_ports where instance_id = $1 order by container_port",
    [gid],
  );
  t.same(
    published.map((p) => p.container_port),
    [8188, 8888],
  );
  const [own] = await sql<{ ssh_port: number }>(dbUrl, "select ssh_port from instances where instance_id = $1", [gid]);
  t.equal(new Set([own!.ssh_port, ...published.map((p) => p.host_port)]).size, 3, "their own host ports");
  t.same(app.custom_ports, [], "nothing published is shown");
  t.same(app.app_metadata, { app_type: "comfyui", urls: [] });
  const c = await inspect(`rgpu-${gid}`);
  t.ok(c.Config.Env.some((e: string) => /^ROOT_PASSWORD=\w{16}$/.test(e)));

  // An image nobody can pull: the create fails, the instance is in Error, the money comes back.
  const broken = await w.cp.api("POST", "/admin/images", { name: "broken", image_ref: "127.0.0.1:9/nope/cuda:1", room_name: null });
  const m = await w.call(
    "/gpu/instances/buy",
    { image_id: broken.body.image_id, num: 1, gpu_type: PRODUCT.gpu_type, gpu_count: 1, pay_unit: 2, room_name: "105" },
    u.token,
  );
  t.equal(m.status, 200);
  const mgid: string = m.body.success[0].gid;
  t.equal((await w.cp.api("GET", "/admin/users/ivy")).body.balance, "2000.00", "a month charged at purchase");
  const failed = await instanceIs(w, u.token, mgid, "Error");
  t.match(failed.message, /create failed: IMAGE_PULL_FAILED/);
  t.equal(failed.gpu_reserved, false, "its GPU went back (the container is known missing)");
  t.equal((await w.cp.api("GET", "/admin/users/ivy")).body.balance, "3000.00", "refunded in full");
  t.match(
    (await w.call("/gpu/instances/start", { gid: mgid }, u.token)).body.fails,
    [{ gid: mgid, code: "INVALID_STATE", message: /no paid time left/ }],
    "and has no paid time to run on",
  );
  t.same(
    (await w.call("/gpu/instances/destroy", { gid: mgid }, u.token)).body,
    { success: [mgid], fails: [] },
    "an instance in Error can be destroyed by its owner",
  );
  await waitFor("destroyed", async () => (await w.call("/gpu/instances/list", { gid: mgid, status: "Destroyed" }, u.token)).body.items.length === 1);
  t.equal((await w.cp.api("GET", "/admin/users/ivy")).body.balance, "3000.00", "and not refunded twice");
  const [ports] = await sql<{ n: number }>(dbUrl, "select count(*)::int as n from instance_ports where instance_id = $1", [gid]);
  t.equal(ports!.n, 2, "the application's ports are held while it lives");
});
