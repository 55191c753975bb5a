// Operator endpoints for instances (Bearer admin token): create on a chosen host, operate,
// inspect. The public API (customers) builds on the same services.
import type { Router } from "@koa/router";
import type { Config } from "../../config.js";
import type { Db } from "../../db/knex.js";
import type { Op } from "../../domain/instance-state.js";
import { invalid } from "../../errors.js";
import { createInstance, operate } from "../../services/instances.js";
import { createdInstanceView, getInstance, instanceView, listInstances } from "../../services/views/instances.js";
import { readJsonObject } from "../body.js";
import { checked } from "../fields.js";
import { optionalString } from "../params.js";
import { pageParams, singleValues } from "../query.js";

// Limits of one instance: 64 GPUs, 1,024 cores, 16 TiB memory and 1 PiB of data disk are above
// any host; they keep garbage from reaching the engine.
const MAX_CPU_MILLIS = 1_024_000;
const MAX_MEMORY_BYTES = 16 * 2 ** 40;
const MAX_DISK_BYTES = 2 ** 50;
const MAX_PIDS = 1_000_000;

/** URL path operation → state-machine operation. */
const PATH_OPS: Record<string, Exclude<Op, "create">> = {
  stop: "stop",
  start: "start",
  "cardless-start": "cardless_start",
  restart: "restart",
  snapshot: "snapshot",
  rebuild: "rebuild",
  destroy: "destroy",
};

function envObject(v: unknown): Record<string, string> | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "object" || Array.isArray(v)) throw invalid("env must be an object of strings");
  const out: Record<string, string> = {};
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length > 100) throw invalid("env has more than 100 variables");
  for (const [k, x] of entries) {
    if (typeof x !== "string") throw invalid(`env.${k.slice(0, 64)} must be a string`);
    out[k] = x;
  }
  return out;
}

export function adminInstanceRoutes(router: Router, db: Db, config: Config): void {
  router.post("/admin/instances", async (ctx) => {
    const body = await readJsonObject(ctx);
    const i = await createInstance(
      db,
      config,
      checked(body, (f) => ({
        hostId: f.requiredString("host_id", 64),
        imageRef: f.requiredString("image_ref", 255),
        gpuCount: f.optionalInt("gpu_count", 0, 64) ?? 1,
        cpuMillis: f.optionalInt("cpu_millis", 0, MAX_CPU_MILLIS) ?? 0,
        memoryBytes: f.optionalInt("memory_bytes", 0, MAX_MEMORY_BYTES) ?? 0,
        dataDiskBytes: f.optionalInt("data_disk_bytes", 0, MAX_DISK_BYTES) ?? 0,
        rootPassword: f.optionalString("root_password", 128),
        env: f.read("env", () => envObject(body["env"])),
        pidsLimit: f.optionalInt("pids_limit", 0, MAX_PIDS),
      })),
    );
    ctx.status = 202;
    ctx.body = await createdInstanceView(db, i);
  });

  router.get("/admin/instances", async (ctx) => {
    const q = singleValues(ctx.query);
    ctx.body = await listInstances(db, {
      ...pageParams(q),
      hostId: optionalString(q, "host_id", 64),
      state: optionalString(q, "state", 16),
    });
  });

  router.get("/admin/instances/:instance_id", async (ctx) => {
    ctx.body = await getInstance(db, ctx.params["instance_id"]!);
  });

  router.post("/admin/instances/:instance_id/:op", async (ctx) => {
    const op = PATH_OPS[ctx.params["op"]!];
    if (!op) throw invalid(`unknown operation ${JSON.stringify(ctx.params["op"]!.slice(0, 32))}; one of ${Object.keys(PATH_OPS).join(", ")}`);
    const body = await readJsonObject(ctx);
    let effective: Exclude<Op, "create"> = op;
    if (op === "stop") {
      const cardLess = body["card_less"];
      if (cardLess !== undefined && typeof cardLess !== "boolean") throw invalid("card_less must be true or false");
      if (cardLess) effective = "stop_cardless";
    }
    const i = await operate(db, ctx.params["instance_id"]!, effective, { imageRef: optionalString(body, "image_ref", 255), placement: config });
    ctx.status = 202;
    ctx.body = await instanceView(db, i);
  });
}
