// Customer endpoints: "Authorization: <token>" (the original API's form) or "Bearer <token>".
// The token is looked up on every request, so a deleted token stops working at once, on every
// replica. Then the rate limit applies, per token and per user. Failed lookups are counted per
// client address, and an address over its limit is refused before the lookup.
import type { Context, Next } from "koa";
import type { Db } from "../../db/knex.js";
import type { UserRow } from "../../db/rows.js";
import { tokenFromHeader } from "../../domain/api-tokens.js";
import { userForToken } from "../../services/accounts.js";
import { AppError } from "../../errors.js";
import type { AuthFailureLimiter } from "./auth-failures.js";
import { clientGroup } from "./client-address.js";
import type { RateLimiter } from "./rate-limit.js";

export type CustomerState = { user: UserRow & { token_id: number } };

export function customerAuth(db: Db, limiter: RateLimiter, failures: AuthFailureLimiter) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const address = clientGroup(ctx);
    failures.check(ctx, address);
    let user: UserRow & { token_id: number };
    try {
      user = await userForToken(db, tokenFromHeader(ctx.get("authorization")));
    } catch (err) {
      if (err instanceof AppError && err.code === "UNAUTHORIZED") failures.failed(address);
      throw err;
    }
    limiter.take(ctx, `token:${user.token_id}`);
    // A user's tokens share one budget too: holding many tokens does not multiply the rate.
    limiter.take(ctx, `user:${user.user_id}`);
    ctx.state["user"] = user;
    await next();
  };
}

export const customer = (ctx: Context): CustomerState["user"] => ctx.state["user"] as CustomerState["user"];
