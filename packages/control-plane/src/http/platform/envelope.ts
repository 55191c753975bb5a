// The platform API's answers: {"success": true, "data": …, "meta"?: {total, page, limit}} and
// {"success": false, "error": "message", "code": "STABLE_CODE", "fields"?: […]}. Validation
// errors are 422 here (400 stays for what cannot be read at all: malformed JSON, bad encoding).
import type { Context, Next } from "koa";
import type { Logger } from "pino";
import { AppError, ERROR_CODES, toAppError } from "../../errors.js";
import { routerError } from "../middleware/errors.js";

export const PLATFORM_PREFIXES = ["/api/v1", "/v1"] as const;
export const PLATFORM_PATH = /^\/(api\/v1|v1)(\/|$)/;

export function platformStatus(code: AppError["code"]): number {
  return code === "INVALID_ARGUMENT" ? 422 : ERROR_CODES[code].http;
}

/** A refusal in the platform's shape (also what an Idempotency-Key replay of it answers). */
export function platformErrorAnswer(e: AppError): { status: number; body: Record<string, unknown> } {
  return {
    status: platformStatus(e.code),
    body: { success: false, error: e.message, code: e.code, ...(e.details ?? {}), ...(e.fields ? { fields: e.fields } : {}) },
  };
}

/** Wraps every /api/v1 and /v1 request: errors (and unknown paths) in the platform's shape. */
export function platformErrors(log: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!PLATFORM_PATH.test(ctx.path)) return next();
    try {
      await next();
      // A handler that answered on the raw response itself (tus uploads) is done.
      if (ctx.status === 404 && ctx.body === undefined && ctx.respond !== false) throw new AppError("NOT_FOUND", `no route for ${ctx.method} ${ctx.path}`);
    } catch (err) {
      const e = toAppError(routerError(err));
      if (e.code === "INTERNAL") log.error({ err, requestId: ctx.state["requestId"], method: ctx.method, path: ctx.path }, "request failed");
      const answer = platformErrorAnswer(e);
      ctx.status = answer.status;
      ctx.body = { ...answer.body, ...(e.code === "INTERNAL" ? { request_id: ctx.state["requestId"] } : {}) };
      if (e.code === "DATABASE_UNAVAILABLE") ctx.set("Retry-After", "5");
      if (e.code === "RATE_LIMITED" && !ctx.response.get("Retry-After")) ctx.set("Retry-After", "1");
    }
  };
}

export function ok(ctx: Context, data: unknown, status = 200): void {
  ctx.status = status;
  ctx.body = { success: true, data };
}

export function okList(ctx: Context, list: { items: unknown[]; total: number }, page: { page: number; limit: number }): void {
  ctx.status = 200;
  ctx.body = { success: true, data: list.items, meta: { total: list.total, page: page.page, limit: page.limit } };
}
