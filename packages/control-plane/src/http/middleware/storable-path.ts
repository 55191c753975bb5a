// A path or query with %00 in it names nothing: PostgreSQL text cannot hold NUL, and such a value
// must not reach a query (where it would be a 500 instead of a clear answer).
import type { Context, Next } from "koa";
import { invalid } from "../../errors.js";

export async function storablePath(ctx: Context, next: Next): Promise<void> {
  if (/%00/i.test(ctx.path) || /%00/i.test(ctx.querystring)) throw invalid("the path or query contains a NUL character");
  await next();
}
