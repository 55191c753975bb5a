// Validation errors list every bad field at once: {"code": "INVALID_ARGUMENT", "message", "fields":
// [{"field", "message"}, ...]}, for the operator's catalog and the customer's orders, and a refused
// request changes nothing.
import t from "tap";
import { sql } from "../helpers/database.js";
import { PRODUCT, startApiWorld } from "../helpers/customers.js";

type Tap = Pick<typeof t, "equal" | "ok" | "match">;

const count = async (dbUrl: string, table: string) => Number((await sql<{ n: string }>(dbUrl, `select count(*) as n from ${table}`))[0]!.n);

/** The `fields` of a 400 answer, by name. */
function badFields(t: Tap, r: { status: number; body: any }): string[] {
  t.equal(r.status, 400, "400");
  t.equal(r.body.code, "INVALID_ARGUMENT");
  t.ok(Array.isArray(r.body.fields), "fields is a list");
  for (const f of r.body.fields ?? []) t.match(f, { field: String, message: String }, "each names its field and problem");
  return (r.body.fields ?? []).map((f: { field: string }) => f.field).sort();
}

t.test("admin catalog and instances: every bad field in one answer", async (t) => {
  const w = await startApiWorld(t);
  const admin = (m: string, p: string, b?: unknown) => w.cp.api(m, p, b);
  const before = {
    products: await count(w.cp.dbUrl, "products"),
    images: await count(w.cp.dbUrl, "images"),
    users: await count(w.cp.dbUrl, "users"),
    instances: await count(w.cp.dbUrl, "instances"),
  };

  const product = await admin("POST", "/admin/products", { ...PRODUCT, gpu_type: "other", cpu: "many", memory: -1, price_hour: "2.001", name: 7 });
  t.same(badFields(t, product), ["cpu", "memory", "name", "price_hour"]);
  t.match(product.body.message, /4 fields are invalid/);
  for (const f of product.body.fields) t.match(f.message, new RegExp(f.field), `${f.field}: the message names it`);

  const missing = await admin("POST", "/admin/products", { gpu_type: "x" });
  t.ok(badFields(t, missing).length >= 10, "a nearly empty product: every missing field is listed");

  const patch = await admin("PATCH", `/admin/products/${PRODUCT.gpu_type}`, { cpu: 0, price_day: "abc" });
  t.same(badFields(t, patch), ["cpu", "price_day"]);

  t.same(badFields(t, await admin("POST", "/admin/images", { name: "", image_ref: 5, scene: [], room_name: 105 })), [
    "image_ref",
    "name",
    "room_name",
    "scene",
  ]);
  t.same(badFields(t, await admin("POST", "/admin/users", {})), ["password", "username"]);
  t.same(badFields(t, await admin("POST", "/admin/applications", { app_type: "comfy", ports: [0, "x"], gpu_type: 1 })), [
    "gpu_type",
    "image_id",
    "ports",
    "title",
  ]);
  t.same(badFields(t, await admin("POST", "/admin/join-tokens", { room_name: 105, ttl_seconds: "soon" })), ["room_name", "ttl_seconds"]);
  t.same(badFields(t, await admin("POST", "/admin/instances", { host_id: w.hostId, gpu_count: 99, env: "x", cpu_millis: -5 })), [
    "cpu_millis",
    "env",
    "gpu_count",
    "image_ref",
  ]);

  // A single bad field keeps its plain message.
  const one = await admin("POST", "/admin/users", { username: "bob" });
  t.same(badFields(t, one), ["password"]);
  t.equal(one.body.message, "password is required");

  t.same(
    {
      products: await count(w.cp.dbUrl, "products"),
      images: await count(w.cp.dbUrl, "images"),
      users: await count(w.cp.dbUrl, "users"),
      instances: await count(w.cp.dbUrl, "instances"),
    },
    before,
    "nothing was stored",
  );
});

t.test("customer orders: every bad field in one answer, nothing charged", async (t) => {
  const w = await startApiWorld(t);
  const c = await w.newCustomer("carol", "100.00");
  const buy = await w.call("/gpu/instances/buy", { gpu_type: PRODUCT.gpu_type, image_id: 3, room_name: "105", pay_unit: 3, num: 0, gpu_count: "two" }, c.token);
  t.same(badFields(t, buy), ["gpu_count", "image_id", "num", "pay_unit"]);
  t.same(badFields(t, await w.call("/gpu/instances/renew", { gid: "", pay_period: 13 }, c.token)), ["gid", "pay_period"]);
  t.same(badFields(t, await w.call("/gpu/instances/lengthen", { pay_unit: "monthly" }, c.token)), ["gid", "pay_unit"]);
  t.same(badFields(t, await w.call("/gpu/instances/rebuild", { gid: 1 }, c.token)), ["gid", "image_id"]);
  t.same(badFields(t, await w.call("/gpu/instance/snapshot", {}, c.token)), ["gid", "name"]);
  t.same(badFields(t, await w.call("/gpu/application/buy", { num: 1.5 }, c.token)), ["app_type", "num", "pay_unit"]);

  t.equal(await count(w.cp.dbUrl, "instances"), 0, "no instance");
  t.equal((await w.call("/account/info", {}, c.token)).body.balance, "100.00", "nothing charged");
});
