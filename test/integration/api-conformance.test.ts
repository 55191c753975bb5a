// Every public endpoint's answer held against the original documentation's example
// (/work/shared/api-docs/rental-api.md): field names, JSON types and nesting, strictly. The one
// table below is the contract: a documented field that goes missing or changes type fails, and
// so does a field that is in neither the documentation nor our documented extras (marked "+",
// listed in README's public API section). Decision 0015.
import { readdirSync, readFileSync } from "node:fs";
import t from "tap";
import { sql } from "../helpers/database.js";
import { PRODUCT, startApiWorld } from "../helpers/customers.js";

/**
 * A shape: "string", "number", "boolean", "null" or a union of them ("string|null"); an object
 * of field shapes (a "+" before a name: our extra, not in the documentation); a one-element
 * array (every element has that shape); or { $oneOf } of shapes.
 */
type Shape = string | readonly [Shape] | { readonly $oneOf: readonly Shape[] } | { readonly [field: string]: Shape };

const TOKEN = { name: "string", scope: "string", status: "string", token: "string", update_at: "string", create_at: "string" } as const;
/** NO_STOCK and GPU_UNAVAILABLE_ON_HOST say which resource is short (decision 0016). */
const SHORT = { "+reason": "string", "+needed": "number", "+available": "number|null" } as const;
const FAIL = { "+code": "string", "+message": "string" } as const;
const BATCH = {
  success: ["string"],
  fails: [
    {
      $oneOf: [
        { "+gid": "string", ...FAIL },
        { "+gid": "string", ...FAIL, ...SHORT },
        { "+gid": "string", ...FAIL, "+reason": "string" },
      ],
    },
  ],
} as const;
const IMAGE = {
  name: "string",
  image_id: "string",
  scene: "string",
  os: "string",
  description: "string",
  room_name: "string",
  "+status": "string",
  "+size": "number|null",
  "+create_at": "string|null",
  "+update_at": "string|null",
} as const;
const BUY = {
  success_instance: "number",
  fail_instance: "number",
  success: [{ order_uid: "string", "+gid": "string" }],
  fails: [{ $oneOf: [FAIL, { ...FAIL, ...SHORT }, { ...FAIL, "+reason": "string" }] }],
} as const;

/** THE TABLE: each public endpoint's answer (HTTP 200). */
const CONTRACT: Record<string, Shape> = {
  "/generate/token": { token: TOKEN },
  "/delete/token": { success: "boolean" },
  "/all/tokens": { tokens: [TOKEN] },
  "/gpu/product/list": {
    items: [
      {
        name: "string",
        gpu_type: "string",
        disk_cap: "number",
        memory: "number",
        cpu: "number",
        room_name: "string",
        gpu_remain: "number",
        disk_one: "number",
        disk_data_one: "number",
        gpu_ram: "number",
        "+gpu_model": "string",
        "+price": "string",
        "+price_hour": "string",
        "+price_day": "string",
        "+price_month": "string",
        "+price_cardless_hour": "string",
        "+price_disk_gb_day": "string",
      },
    ],
    total_items: "number",
  },
  "/gpu/application/list": {
    items: [
      {
        app_type: "string",
        memory: "number",
        cpu: "number",
        disk_one: "number",
        disk_data_one: "number",
        title: "string",
        "+gpu_type": "string",
        "+room_name": "string",
        "+image_id": "string",
        "+ports": ["number"],
        "+price_hour": "string",
      },
    ],
    total_items: "number",
  },
  "/gpu/images/list": { items: [IMAGE], total_items: "number" },
  "/gpu/images/mine": {
    items: [{ ...IMAGE, "+source_gid": "string|null", "+error": "string|null" }],
    total_items: "number",
    "+page": "number",
    "+page_size": "number",
  },
  "/gpu/images/delete": { "+success": "boolean" },
  "/gpu/instances/buy": BUY,
  "/gpu/application/buy": BUY,
  "/gpu/instances/list": {
    items: [
      {
        custom_ports: [{ "+container_port": "number", "+host_port": "number", "+url": "string" }],
        app_metadata: { $oneOf: [{}, { "+app_type": "string", "+urls": ["string"] }] },
        gid: "string",
        name: "string",
        image: { image_id: "string", name: "string", scene: "string", os: "string", description: "string" },
        size: {
          gpu_type: "string",
          scene: "string",
          disk_free: "string",
          gpu_ram: "number",
          gpu_model: "string",
          memory: "number",
          cpu: "number",
          gpu: "string",
        },
        ip: "string",
        pay_method: "string",
        status: "string",
        create_at: "string",
        expire_at: "string",
        username: "string",
        // null while nothing is published (no SSH port reserved).
        port: "number|null",
        room_name: "string",
        password: "string",
        order_uid: "string",
        "+card_less": "boolean",
        "+gpu_reserved": "boolean",
        "+gpu_type": "string",
        "+gpu_count": "number",
        "+image_id": "string",
        "+pay_unit": "number",
        "+operation_in_progress": "boolean",
        "+message": "string|null",
      },
    ],
    total: "string",
  },
  "/gpu/instances/stop": BATCH,
  "/gpu/instances/restart": BATCH,
  "/gpu/instances/start": BATCH,
  "/gpu/instances/cardless/start": BATCH,
  "/gpu/instance/snapshot": { success: "boolean", "+image_id": "string" },
  "/gpu/instances/rebuild": BATCH,
  "/gpu/instances/destroy": BATCH,
  "/gpu/instances/lengthen": BATCH,
  "/gpu/instances/renew": BATCH,
  // Ours alone (not in the original documentation): every field is an extra.
  "/account/info": {
    "+username": "string",
    "+balance": "string",
    "+frozen_balance": "string",
    "+available_balance": "string",
    "+prepaid_balance": "string",
    "+suspended_instances": "number",
  },
  "/account/ledger": {
    "+items": [
      {
        "+entry_id": "number",
        "+time": "string",
        "+kind": "string",
        "+amount": "string",
        "+balance_after": "string",
        "+gid": "string|null",
        "+order_uid": "string|null",
        "+period_start": "string|null",
        "+period_end": "string|null",
        "+memo": "string",
      },
    ],
    "+total_items": "number",
    "+page": "number",
    "+page_size": "number",
  },
};

const typeOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** Every way `value` differs from `shape`, as "path: problem" lines. */
export function mismatches(value: unknown, shape: Shape, path = "$"): string[] {
  if (typeof shape === "string") {
    const allowed = shape.split("|");
    return allowed.includes(typeOf(value)) ? [] : [`${path}: ${typeOf(value)} ${JSON.stringify(value)?.slice(0, 60)}, expected ${shape}`];
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return [`${path}: ${typeOf(value)}, expected an array`];
    return value.flatMap((v, n) => mismatches(v, shape[0] as Shape, `${path}[${n}]`));
  }
  if ("$oneOf" in shape && Array.isArray(shape.$oneOf)) {
    const tries = (shape.$oneOf as Shape[]).map((s) => mismatches(value, s, path));
    return tries.some((m) => m.length === 0) ? [] : [`${path}: matches none of its shapes (${tries.map((m) => m.join("; ")).join(" | ")})`];
  }
  if (typeOf(value) !== "object") return [`${path}: ${typeOf(value)}, expected an object`];
  const obj = value as Record<string, unknown>;
  const fields = new Map(Object.entries(shape as Record<string, Shape>).map(([k, s]) => [k.replace(/^\+/, ""), s]));
  const out: string[] = [];
  for (const [k, s] of fields) {
    if (!(k in obj)) out.push(`${path}.${k}: missing`);
    else out.push(...mismatches(obj[k], s, `${path}.${k}`));
  }
  for (const k of Object.keys(obj)) if (!fields.has(k)) out.push(`${path}.${k}: not in the table (undocumented field)`);
  return out;
}

/** Paths (indexes left out) of the arrays a value holds with at least one element. */
function filledArrays(value: unknown, shape: Shape, path = "$"): string[] {
  if (typeof shape === "string" || "$oneOf" in shape) return [];
  if (Array.isArray(shape)) {
    if (!Array.isArray(value) || value.length === 0) return [];
    return [path, ...value.flatMap((v) => filledArrays(v, shape[0] as Shape, `${path}[]`))];
  }
  if (typeOf(value) !== "object") return [];
  return Object.entries(shape as Record<string, Shape>).flatMap(([k, s]) =>
    filledArrays((value as Record<string, unknown>)[k.replace(/^\+/, "")], s, `${path}.${k.replace(/^\+/, "")}`),
  );
}

/** Paths of every array of a shape: an empty array in every answer proves nothing about its elements. */
function arrayPaths(shape: Shape, path = "$"): string[] {
  if (typeof shape === "string" || "$oneOf" in shape) return [];
  if (Array.isArray(shape)) return [path, ...arrayPaths(shape[0] as Shape, `${path}[]`)];
  return Object.entries(shape as Record<string, Shape>).flatMap(([k, s]) => arrayPaths(s, `${path}.${k.replace(/^\+/, "")}`));
}

t.test("every public route is in the table", async (t) => {
  // The public routes' paths as the route files spell them (the admin and health ones aside).
  const dir = new URL("../../packages/control-plane/src/http/routes/", import.meta.url);
  const paths = readdirSync(dir)
    .filter((f) => f.startsWith("public-"))
    .flatMap((f) => [...readFileSync(new URL(f, dir), "utf8").matchAll(/"(\/(?:gpu|generate|delete|all|account)\/[a-z/_-]+)"/g)].map((m) => m[1]!));
  t.ok(paths.length >= 20, `found the routes (${paths.length})`);
  t.same([...new Set(paths)].filter((p) => !(p in CONTRACT)).sort(), [], "no public route without its row");
});

t.test("the checker itself is strict", async (t) => {
  const shape: Shape = { a: "string", "+b": ["number"], c: { $oneOf: [{}, { "+x": "string" }] } };
  t.same(mismatches({ a: "x", b: [1], c: {} }, shape), []);
  t.same(mismatches({ a: "x", b: [1], c: { x: "y" } }, shape), []);
  t.match(mismatches({ a: 1, b: [1], c: {} }, shape), ["$.a: number 1, expected string"]);
  t.match(mismatches({ a: "x", c: {} }, shape), ["$.b: missing"]);
  t.match(mismatches({ a: "x", b: ["1"], c: {} }, shape), [/\$\.b\[0\]: string/]);
  t.match(mismatches({ a: "x", b: [], c: null }, shape), [/\$\.c: matches none/]);
  t.match(mismatches({ a: "x", b: [], c: {}, d: 1 }, shape), ["$.d: not in the table (undocumented field)"]);
});

t.test("every public endpoint answers as the table says", async (t) => {
  const w = await startApiWorld(t, { gpus: 5 });
  const u = await w.newCustomer("alice", "10000.00");
  const seen = new Map<string, unknown[]>();
  const call = async (path: string, body: unknown, token: string | null = u.token) => {
    const r = await w.call(path, body, token);
    t.equal(r.status, 200, `${path}: ${JSON.stringify(r.body).slice(0, 300)}`);
    seen.set(path, [...(seen.get(path) ?? []), r.body]);
    return r.body;
  };
  const ghost = "gpu-105000000000000000";

  await call("/generate/token", { username: u.username, password: u.password, name: "second" }, null);
  await call("/all/tokens", { username: u.username, password: u.password }, null);
  await call("/gpu/product/list", {});
  t.equal(
    (await w.cp.api("POST", "/admin/applications", { app_type: "comfyui", title: "ComfyUI", image_id: w.imageId, gpu_type: PRODUCT.gpu_type, ports: [8188] }))
      .status,
    201,
  );
  await call("/gpu/application/list", {});
  await call("/gpu/images/list", { gpu_type: PRODUCT.gpu_type });

  const buy = (payUnit: number, num = 1, gpuCount = 1) =>
    call("/gpu/instances/buy", { image_id: w.imageId, num, gpu_type: PRODUCT.gpu_type, gpu_count: gpuCount, pay_unit: payUnit, room_name: "105" });
  const hourly = (await buy(4)).success[0].gid as string;
  const daily = (await buy(1)).success[0].gid as string;
  // Three GPUs left: two of two GPUs place one and fail one; then one application of two.
  const partial = await buy(4, 2, 2);
  t.equal(partial.fail_instance, 1, "a partial order");
  const appBuy = await call("/gpu/application/buy", { app_type: "comfyui", num: 2, pay_unit: 4 });
  t.equal(appBuy.fail_instance, 1, "a partial application order");
  const app = appBuy.success[0].gid as string;
  for (const gid of [hourly, daily, app, partial.success[0].gid]) await w.setState(gid, "Running");

  await call("/gpu/instances/list", {});
  const snap = await call("/gpu/instance/snapshot", { gid: hourly, name: "my env" });
  await sql(w.cp.dbUrl, "update images set status = 'ready', size_bytes = 1000 where image_id = $1", [snap.image_id]);
  await w.setState(hourly, "Running");
  await call("/gpu/images/mine", { room_name: "105" });

  await call("/gpu/instances/restart", { gid: `${hourly},${ghost}` });
  await w.setState(hourly, "Running");
  await call("/gpu/instances/rebuild", { gid: `${hourly},${ghost}`, image_id: w.imageId });
  await w.setState(hourly, "Running");
  await call("/gpu/instances/stop", { gid: `${hourly},${ghost}`, card_less: false });
  await w.setState(hourly, "Stopped");
  await call("/gpu/instances/start", { gid: `${hourly},${ghost}` });
  await w.setState(hourly, "Running");
  await call("/gpu/instances/stop", { gid: `${hourly},${ghost}`, card_less: true });
  await w.setState(hourly, "Stopped");
  await call("/gpu/instances/cardless/start", { gid: `${hourly},${ghost}` });
  await w.setState(hourly, "Running");
  await call("/gpu/instances/renew", { gid: `${daily},${ghost}`, pay_period: 1 });
  await w.setState(daily, "Running");
  await call("/gpu/instances/lengthen", { gid: `${daily},${ghost}`, pay_unit: 2 });
  await call("/gpu/instances/stop", { gid: hourly });
  await w.setState(hourly, "Stopped");
  await call("/gpu/instances/destroy", { gid: `${hourly},${ghost}` });
  await call("/account/info", {});
  await call("/account/ledger", {});
  await call("/gpu/images/delete", { image_id: snap.image_id });
  const second = (seen.get("/generate/token")![0] as any).token.token as string;
  await call("/delete/token", { username: u.username, password: u.password, token: second }, null);

  for (const [path, shape] of Object.entries(CONTRACT)) {
    const answers = seen.get(path);
    if (!answers) {
      t.fail(`${path} was not called: every endpoint of the table must be`);
      continue;
    }
    for (const a of answers) t.same(mismatches(a, shape), [], `${path} answers as documented`);
    const filled = new Set(answers.flatMap((a) => filledArrays(a, shape)));
    t.same(
      arrayPaths(shape).filter((p) => !filled.has(p)),
      [],
      `${path}: every list had an element at least once`,
    );
  }
  t.same(
    [...seen.keys()].filter((p) => !(p in CONTRACT)),
    [],
    "every endpoint called is in the table",
  );
});
