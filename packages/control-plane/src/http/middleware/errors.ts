// Turns every error into {"code", "message"} with the status from the error table, and gives
// each request an id (X-Request-Id, accepted from the client when sane) for the logs.
import { randomUUID } from "node:crypto";
import type { Context, Next } from "koa";
import type { Logger } from "pino";
import { AppError, ERROR_CODES, toAppError } from "../../errors.js";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function errorsAndRequestId(log: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const given = ctx.get("x-request-id");
    const requestId = REQUEST_ID.test(given) ? given : randomUUID();
    ctx.state["requestId"] = requestId;
    ctx.set("X-Request-Id", requestId);
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new AppError("NOT_FOUND", `no route for ${ctx.method} ${ctx.path}`);
    } catch (err) {
      const e = toAppError(routerError(err));
      if (e.code === "INTERNAL") log.error({ err, requestId, method: ctx.method, path: ctx.path }, "request failed");
      else if (e.code === "DATABASE_UNAVAILABLE") log.warn({ requestId, path: ctx.path }, "database unavailable");
      ctx.status = ERROR_CODES[e.code].http;
      ctx.body = {
        ...e.details,
        code: e.code,
        message: e.message,
        ...(e.fields ? { fields: e.fields } : {}),
        ...(e.code === "INTERNAL" ? { request_id: requestId } : {}),
      };
      // A database restart or failover takes seconds: 5 s is a polite first retry.
      if (e.code === "DATABASE_UNAVAILABLE") ctx.set("Retry-After", "5");
      // Headers set before the error (Retry-After of RATE_LIMITED) stay; Koa would drop them.
      if (e.code === "RATE_LIMITED" && !ctx.response.get("Retry-After")) ctx.set("Retry-After", "1");
    }
  };
}

/** @koa/router's allowedMethods() throws http-errors; give them our codes. */
export function routerError(err: unknown): unknown {
  const status = (err as { status?: number }).status;
  if (err instanceof AppError || status === undefined) return err;
  if (status === 405) return new AppError("METHOD_NOT_ALLOWED", "method not allowed on this path");
  if (status === 501) return new AppError("METHOD_NOT_ALLOWED", "method not implemented");
  if (status === 404) return new AppError("NOT_FOUND", "not found");
  return err;
}
