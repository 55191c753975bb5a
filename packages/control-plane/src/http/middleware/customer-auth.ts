// Customer endpoints: "Authorization: <token>" (the original API's form) or "Bearer <token>".
// The token is looked up on every request, so a deleted token stops working at once, on every
// replica. Then the rate limit applies, per token and per user.
import type { Context, Next } from "koa";
import type { Db } from "../../db/knex.js";
import type { UserRow } from "../../db/rows.js";
import { tokenFromHeader } from "../../domain/api-tokens.js";
import { userForToken } from "../../services/accounts.js";
import type { RateLimiter } from "./rate-limit.js";

export type CustomerState = { user: UserRow & { token_id: number } };

export function customerAuth(db: Db, limiter: RateLimiter) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const user = await userForToken(db, tokenFromHeader(ctx.get("authorization")));
    limiter.take(ctx, `token:${user.token_id}`);
    // A user's tokens share one budget too: holding many tokens does not multiply the rate.
    limiter.take(ctx, `user:${user.user_id}`);
    ctx.state["user"] = user;
    await next();
  };
}

export const customer = (ctx: Context): CustomerState["user"] => ctx.state["user"] as CustomerState["user"];
