// Admin endpoints: "Authorization: Bearer <admin token>", compared in constant time.
import type { Context, Next } from "koa";
import { sameHash, sha256 } from "../../domain/secrets.js";
import { AppError } from "../../errors.js";

export function adminAuth(adminToken: string) {
  const expected = sha256(adminToken);
  return async (ctx: Context, next: Next): Promise<void> => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(ctx.get("authorization"));
    if (!m || !sameHash(sha256(m[1]!), expected)) throw new AppError("UNAUTHORIZED", "missing or invalid admin token");
    await next();
  };
}
