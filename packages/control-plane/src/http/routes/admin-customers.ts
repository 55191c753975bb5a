// Operator endpoints for customers and the catalog (Bearer admin token): users and recharges,
// products, public images, applications.
import { auditLedger } from "../../services/views/ledger-audit.js";
import { patchUserByName } from "../../services/platform/users.js";
import { newUserOf, userPatchOf } from "../platform/user-patch.js";
import type { Router } from "@koa/router";
import type { Config } from "../../config.js";
import type { Db } from "../../db/knex.js";
import type { ProductFields } from "../../db/queries/products.js";
import { timeFormat } from "../../domain/api-time.js";
import { invalid } from "../../errors.js";
import { createUser, getUser, recharge, userView } from "../../services/accounts.js";
import {
  createApplication,
  createProduct,
  createPublicImage,
  listApplications,
  getProductForOperators,
  listProductsForOperators,
  listPublicImages,
  retireImage,
  retireProduct,
  updateProduct,
} from "../../services/catalog.js";
import { readJsonObject } from "../body.js";
import { checked } from "../fields.js";
import { requiredMoney } from "../params.js";
import { answerOnce } from "../respond.js";

const MAX_GB = 1_048_576;

/** The product fields of a request body: all required on create, any subset on update. */
function productFields(body: Record<string, unknown>, partial: boolean): Partial<ProductFields> {
  const out = checked(body, (f): Partial<ProductFields> => {
    const str = (n: string, max: number) => (partial ? f.optionalString(n, max) : f.requiredString(n, max));
    const int = (n: string, min: number, max: number) => (partial ? f.optionalInt(n, min, max) : f.requiredInt(n, min, max));
    const money = (n: string) => (partial ? f.optionalMoney(n) : f.requiredMoney(n));
    return {
      gpu_type: str("gpu_type", 64),
      name: str("name", 128),
      room_name: str("room_name", 64),
      gpu_model: str("gpu_model", 128),
      cpu: int("cpu", 1, 1024),
      memory: int("memory", 1, 16384),
      gpu_ram: int("gpu_ram", 0, 16384),
      disk_one: int("disk_one", 0, MAX_GB),
      disk_data_one: int("disk_data_one", 0, MAX_GB),
      disk_cap: int("disk_cap", 0, MAX_GB),
      price_hour_minor: money("price_hour"),
      price_day_minor: money("price_day"),
      price_month_minor: money("price_month"),
      price_cardless_hour_minor: money("price_cardless_hour"),
      price_disk_gb_day_minor: money("price_disk_gb_day"),
    };
  });
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

function ports(v: unknown): number[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw invalid("ports must be a list of container ports, e.g. [8188]");
  return v.map((p, n) => {
    if (typeof p !== "number" || !Number.isInteger(p) || p < 1 || p > 65535) throw invalid(`ports[${n}] must be a port from 1 to 65535`);
    return p;
  });
}

export function adminCustomerRoutes(router: Router, db: Db, config: Config): void {
  const fmt = timeFormat(config.apiTimeOffsetMinutes);

  router.post("/admin/users", async (ctx) => {
    const body = await readJsonObject(ctx);
    const u = newUserOf(body);
    await answerOnce(
      ctx,
      db,
      "admin",
      body,
      async () =>
        userView(
          await createUser(db, { scryptLogN: config.passwordScryptLogN }, u.username, u.password, {
            email: u.email ?? null,
            platformAdmin: u.platformAdmin ?? false,
          }),
        ),
      201,
    );
  });

  router.get("/admin/users/:username", async (ctx) => {
    ctx.body = await getUser(db, ctx.params["username"]!);
  });

  // E-mail, disabled (every token and session stops at once), platform admin, quotas.
  router.patch("/admin/users/:username", async (ctx) => {
    const body = await readJsonObject(ctx);
    ctx.body = await patchUserByName(db, ctx.params["username"]!, userPatchOf(body));
  });

  router.post("/admin/users/:username/recharge", async (ctx) => {
    const body = await readJsonObject(ctx);
    await answerOnce(ctx, db, "admin", body, () => recharge(db, ctx.params["username"]!, requiredMoney(body, "amount")));
  });

  // Runs every invariant check of the ledger over the whole database (read-only).
  router.get("/admin/ledger/audit", async (ctx) => {
    ctx.body = await auditLedger(db);
  });

  router.post("/admin/products", async (ctx) => {
    const body = await readJsonObject(ctx);
    await answerOnce(ctx, db, "admin", body, () => createProduct(db, config, productFields(body, false) as ProductFields), 201);
  });

  router.get("/admin/products", async (ctx) => {
    ctx.body = await listProductsForOperators(db, config);
  });

  router.get("/admin/products/:gpu_type", async (ctx) => {
    ctx.body = await getProductForOperators(db, config, ctx.params["gpu_type"]!);
  });

  // Retired: no longer sold (kept for history and its instances); unretire sells it again.
  router.post("/admin/products/:gpu_type/retire", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = await retireProduct(db, config, ctx.params["gpu_type"]!, true);
  });

  router.post("/admin/products/:gpu_type/unretire", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = await retireProduct(db, config, ctx.params["gpu_type"]!, false);
  });

  router.patch("/admin/products/:gpu_type", async (ctx) => {
    const body = await readJsonObject(ctx);
    const patch = productFields(body, true);
    if (Object.keys(patch).length === 0) throw invalid("nothing to change: give one or more product fields");
    ctx.body = await updateProduct(db, config, ctx.params["gpu_type"]!, patch);
  });

  router.post("/admin/images", async (ctx) => {
    const body = await readJsonObject(ctx);
    const image = checked(body, (f) => ({
      name: f.requiredString("name", 128),
      imageRef: f.requiredString("image_ref", 255),
      scene: f.optionalString("scene", 64) ?? "",
      os: f.optionalString("os", 64) ?? "",
      description: f.optionalString("description", 1024) ?? "",
      // A string, or null (or absent) for every room.
      roomName: f.optionalString("room_name", 64) || null,
    }));
    await answerOnce(ctx, db, "admin", body, () => createPublicImage(db, image), 201);
  });

  router.get("/admin/images", async (ctx) => {
    ctx.body = await listPublicImages(db, fmt);
  });

  // Retired: no longer offered for new instances or rebuilds (kept for its instances).
  router.post("/admin/images/:image_id/retire", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = await retireImage(db, ctx.params["image_id"]!, true, fmt);
  });

  router.post("/admin/images/:image_id/unretire", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = await retireImage(db, ctx.params["image_id"]!, false, fmt);
  });

  router.post("/admin/applications", async (ctx) => {
    const body = await readJsonObject(ctx);
    const app = checked(body, (f) => ({
      appType: f.requiredString("app_type", 64),
      title: f.requiredString("title", 128),
      imageId: f.requiredString("image_id", 64),
      gpuType: f.requiredString("gpu_type", 64),
      ports: f.read("ports", () => ports(body["ports"])),
    }));
    await answerOnce(ctx, db, "admin", body, () => createApplication(db, app), 201);
  });

  router.get("/admin/applications", async (ctx) => {
    ctx.body = await listApplications(db, true);
  });
}
