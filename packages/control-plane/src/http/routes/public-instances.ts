// The original API's catalog and instance endpoints (all POST, JSON, "Authorization: <token>").
import { MAX_ATTACHED } from "../../services/platform/artifacts.js";
import type { Router } from "@koa/router";
import type { Context } from "koa";
import type { Config } from "../../config.js";
import type { Db } from "../../db/knex.js";
import { timeFormat } from "../../domain/api-time.js";
import { isPayUnit, type PayUnit } from "../../domain/pay-units.js";
import { invalid } from "../../errors.js";
import { applicationOrNotFound, imagesForProduct, listApplications, listProducts, myImages, productOrNotFound } from "../../services/catalog.js";
import { batchOperate, lengthen, parseGids, rebuild, renew, snapshot } from "../../services/customer-instances.js";
import { deleteCustomImage } from "../../services/custom-images.js";
import { listCustomerInstances } from "../../services/views/customer-instances.js";
import { buy, MAX_ORDER_NUM } from "../../services/orders.js";
import { readJsonObject } from "../body.js";
import { pageParams } from "../query.js";
import { customer } from "../middleware/customer-auth.js";
import { optionalBool, optionalString, requiredInt, requiredString } from "../params.js";
import { answerOnce } from "../respond.js";
import { checked, type Fields } from "../fields.js";

function payUnit(f: Fields): PayUnit {
  return f.read("pay_unit", () => {
    const n = requiredInt(f.src, "pay_unit", 0, 99);
    if (!isPayUnit(n)) throw invalid("pay_unit must be 4 (hourly), 1 (daily) or 2 (monthly)");
    return n;
  });
}

/** An optional list of at most MAX_ATTACHED version ids (uuids as text). */
function idList(f: Fields, field: string): string[] | undefined {
  return f.read(field, () => {
    const v = f.src[field];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.length > MAX_ATTACHED || v.some((x) => typeof x !== "string" || x.length > 64))
      throw invalid(`${field} must be a list of at most ${MAX_ATTACHED} version ids`);
    return v as string[];
  });
}

export function publicInstanceRoutes(router: Router, db: Db, config: Config): void {
  const fmt = timeFormat(config.apiTimeOffsetMinutes);
  const scope = (ctx: Context) => `user:${customer(ctx).user_id}`;

  // ---- catalog

  router.post("/gpu/product/list", async (ctx) => {
    const body = await readJsonObject(ctx);
    ctx.body = await listProducts(db, config, optionalString(body, "room_name", 64));
  });

  router.post("/gpu/application/list", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = await listApplications(db);
  });

  router.post("/gpu/images/list", async (ctx) => {
    const body = await readJsonObject(ctx);
    ctx.body = await imagesForProduct(db, requiredString(body, "gpu_type", 64), fmt);
  });

  router.post("/gpu/images/mine", async (ctx) => {
    const body = await readJsonObject(ctx);
    ctx.body = await myImages(db, customer(ctx).user_id, { roomName: optionalString(body, "room_name", 64), ...pageParams(body) }, fmt);
  });

  router.post("/gpu/images/delete", async (ctx) => {
    const body = await readJsonObject(ctx);
    const { imageId } = checked(body, (f) => ({ imageId: f.requiredString("image_id", 64) }));
    await answerOnce(ctx, db, scope(ctx), body, () => deleteCustomImage(db, customer(ctx), imageId));
  });

  // ---- buying

  router.post("/gpu/instances/buy", async (ctx) => {
    const body = await readJsonObject(ctx);
    const order = checked(body, (f) => ({
      gpuType: f.requiredString("gpu_type", 64),
      imageId: f.requiredString("image_id", 64),
      roomName: f.requiredString("room_name", 64),
      payUnit: payUnit(f),
      num: f.requiredInt("num", 1, MAX_ORDER_NUM),
      gpuCount: f.requiredInt("gpu_count", 1, 64),
      extraDiskGb: f.optionalInt("extra_disk_cap", 0, 1_048_576) ?? 0,
      datasetVersionIds: idList(f, "dataset_version_ids"),
      modelVersionIds: idList(f, "model_version_ids"),
    }));
    await answerOnce(ctx, db, scope(ctx), body, () => buy(db, config, customer(ctx), order));
  });

  router.post("/gpu/application/buy", async (ctx) => {
    const body = await readJsonObject(ctx);
    const order = checked(body, (f) => ({ appType: f.requiredString("app_type", 64), payUnit: payUnit(f), num: f.requiredInt("num", 1, MAX_ORDER_NUM) }));
    await answerOnce(ctx, db, scope(ctx), body, async () => {
      const app = await applicationOrNotFound(db, order.appType);
      const product = await productOrNotFound(db, app.gpu_type);
      return buy(db, config, customer(ctx), {
        gpuType: app.gpu_type,
        imageId: app.image_id,
        roomName: product.room_name,
        payUnit: order.payUnit,
        num: order.num,
        gpuCount: 1,
        extraDiskGb: 0,
        appType: app.app_type,
      });
    });
  });

  // ---- instances

  router.post("/gpu/instances/list", async (ctx) => {
    const body = await readJsonObject(ctx);
    const gid = optionalString(body, "gid", 100 * 130);
    // Without page or page_size: every instance (the original API does not page this list).
    const paged = body["page"] !== undefined || body["page_size"] !== undefined;
    ctx.body = await listCustomerInstances(
      db,
      customer(ctx),
      {
        ...(paged ? pageParams(body) : {}),
        gids: gid ? parseGids(gid) : undefined,
        roomName: optionalString(body, "room_name", 64),
        status: optionalString(body, "status", 16),
      },
      fmt,
    );
  });

  const gids = (body: Record<string, unknown>) => parseGids(requiredString(body, "gid", 100 * 130));

  router.post("/gpu/instances/stop", async (ctx) => {
    const body = await readJsonObject(ctx);
    await answerOnce(ctx, db, scope(ctx), body, () =>
      batchOperate(db, config, customer(ctx), gids(body), optionalBool(body, "card_less") ? "stop_cardless" : "stop"),
    );
  });

  for (const [path, op] of [
    ["/gpu/instances/start", "start"],
    ["/gpu/instances/cardless/start", "cardless_start"],
    ["/gpu/instances/restart", "restart"],
    ["/gpu/instances/destroy", "destroy"],
  ] as const) {
    router.post(path, async (ctx) => {
      const body = await readJsonObject(ctx);
      await answerOnce(ctx, db, scope(ctx), body, () => batchOperate(db, config, customer(ctx), gids(body), op));
    });
  }

  router.post("/gpu/instance/snapshot", async (ctx) => {
    const body = await readJsonObject(ctx);
    const { gid, name } = checked(body, (f) => ({ gid: f.requiredString("gid", 130), name: f.requiredString("name", 128) }));
    await answerOnce(ctx, db, scope(ctx), body, () => snapshot(db, customer(ctx), gid, name, config.maxImagesPerUser));
  });

  router.post("/gpu/instances/rebuild", async (ctx) => {
    const body = await readJsonObject(ctx);
    const req = checked(body, (f) => ({
      gids: f.read("gid", () => gids(body)),
      imageId: f.requiredString("image_id", 64),
      datasets: idList(f, "dataset_version_ids"),
      models: idList(f, "model_version_ids"),
    }));
    // Either list given: the rebuilt instance mounts exactly those versions; neither: it keeps its own.
    const attach = req.datasets !== undefined || req.models !== undefined ? { datasets: req.datasets ?? [], models: req.models ?? [] } : undefined;
    await answerOnce(ctx, db, scope(ctx), body, () => rebuild(db, customer(ctx), req.gids, req.imageId, attach));
  });

  router.post("/gpu/instances/lengthen", async (ctx) => {
    const body = await readJsonObject(ctx);
    const req = checked(body, (f) => ({ gids: f.read("gid", () => gids(body)), payUnit: payUnit(f) }));
    await answerOnce(ctx, db, scope(ctx), body, () => lengthen(db, customer(ctx), req.gids, req.payUnit));
  });

  router.post("/gpu/instances/renew", async (ctx) => {
    const body = await readJsonObject(ctx);
    const req = checked(body, (f) => ({ gids: f.read("gid", () => gids(body)), payPeriod: f.requiredInt("pay_period", 1, 12) }));
    await answerOnce(ctx, db, scope(ctx), body, () => renew(db, config, customer(ctx), req.gids, req.payPeriod, config.instanceRetentionDays));
  });
}
