// Customer endpoints: "Authorization: <token>" (the original API's form) or "Bearer <token>".
// The web console calls them with the platform access token it holds ("Bearer <JWT>", checked
// exactly as the platform API checks it, session included): the same user, the same rate
// limits (per session instead of per API token). (docs/decisions/0030-console-sessions.md)
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
import type { JwtKeyring } from "../../services/platform/access-tokens.js";
import { principalOf } from "../../services/platform/sessions.js";

/** A JWT (three base64url parts, the header starting {"): never a customer API token (a UUID). */
const ACCESS_JWT = /^\s*bearer\s+eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\s*$/i;

/** token_id: the API token used, or null for a platform access token (the console). */
export type CustomerState = { user: UserRow & { token_id: number | null } };

export function customerAuth(db: Db, limiter: RateLimiter, failures: AuthFailureLimiter, keys: JwtKeyring) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const address = clientGroup(ctx);
    failures.check(ctx, address);
    let user: CustomerState["user"];
    let credential: string;
    try {
      const header = ctx.get("authorization");
      if (ACCESS_JWT.test(header)) {
        const p = await principalOf(db, keys, header);
        user = { ...p.user, token_id: null };
        credential = `session:${p.sessionId}`;
      } else {
        const u = await userForToken(db, tokenFromHeader(header));
        user = u;
        credential = `token:${u.token_id}`;
      }
    } catch (err) {
      if (err instanceof AppError && err.code === "UNAUTHORIZED") failures.failed(address);
      throw err;
    }
    limiter.take(ctx, credential);
    // A user's tokens share one budget too: holding many tokens does not multiply the rate.
    limiter.take(ctx, `user:${user.user_id}`);
    ctx.state["user"] = user;
    await next();
  };
}

export const customer = (ctx: Context): CustomerState["user"] => ctx.state["user"] as CustomerState["user"];
