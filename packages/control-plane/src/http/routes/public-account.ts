// The original API's token endpoints: username and password in the body, no token needed.
import type { Router } from "@koa/router";
import type { Context } from "koa";
import type { Config } from "../../config.js";
import type { Db } from "../../db/knex.js";
import { timeFormat } from "../../domain/api-time.js";
import { authenticate, deleteTokens, generateToken, listTokens, PASSWORD_MAX } from "../../services/accounts.js";
import { readJsonObject } from "../body.js";
import { clientGroup } from "../middleware/client-address.js";
import type { RateLimiter } from "../middleware/rate-limit.js";
import { requiredString } from "../params.js";
import { answerOnce } from "../respond.js";

export function publicAccountRoutes(router: Router, db: Db, config: Config, authLimiter: RateLimiter, userLimiter: RateLimiter): void {
  const fmt = timeFormat(config.apiTimeOffsetMinutes);
  const policy = { scryptLogN: config.passwordScryptLogN };

  const login = async (ctx: Context) => {
    // Every attempt costs a password hash: limited per client address before anything else.
    authLimiter.take(ctx, `addr:${clientGroup(ctx)}`);
    const body = await readJsonObject(ctx);
    const username = requiredString(body, "username", 64);
    // And per username, whatever the address: guessing one account from many addresses (or
    // IPv6 /64s) is no faster than from one. Usernames match in any case, so the key is lowercase.
    userLimiter.take(ctx, `user:${username.toLowerCase()}`);
    const user = await authenticate(db, policy, username, requiredString(body, "password", PASSWORD_MAX));
    return { body, user };
  };

  router.post("/generate/token", async (ctx) => {
    const { body, user } = await login(ctx);
    await answerOnce(ctx, db, `user:${user.user_id}`, body, () => generateToken(db, user, requiredString(body, "name", 64), fmt));
  });

  router.post("/delete/token", async (ctx) => {
    const { body, user } = await login(ctx);
    await answerOnce(ctx, db, `user:${user.user_id}`, body, () => deleteTokens(db, user, requiredString(body, "token", 100 * 40)));
  });

  router.post("/all/tokens", async (ctx) => {
    const { user } = await login(ctx);
    ctx.body = await listTokens(db, user, fmt);
  });
}
