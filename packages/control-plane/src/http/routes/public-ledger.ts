// The customer's money: POST /account/info and POST /account/ledger (token auth, like /gpu).
import type { Router } from "@koa/router";
import type { Config } from "../../config.js";
import type { Db } from "../../db/knex.js";
import { timeFormat } from "../../domain/api-time.js";
import { accountInfo, ledgerPage } from "../../services/views/account.js";
import { clock } from "../../services/clock.js";
import { readJsonObject } from "../body.js";
import { customer } from "../middleware/customer-auth.js";
import { optionalString } from "../params.js";
import { pageParams } from "../query.js";

export function publicLedgerRoutes(router: Router, db: Db, config: Config): void {
  const fmt = timeFormat(config.apiTimeOffsetMinutes);

  router.post("/account/info", async (ctx) => {
    await readJsonObject(ctx);
    ctx.body = await accountInfo(db, customer(ctx), clock.now());
  });

  router.post("/account/ledger", async (ctx) => {
    const body = await readJsonObject(ctx);
    ctx.body = await ledgerPage(db, customer(ctx), { ...pageParams(body), gid: optionalString(body, "gid", 130) }, fmt);
  });
}
