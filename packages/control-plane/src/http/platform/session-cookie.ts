// The web console's refresh token: kept in an HttpOnly cookie that page scripts cannot read, sent
// only to /api/v1/auth, never to another site (SameSite=Strict). The console asks for it on login
// with {"session": "cookie"} and the X-Remotegpu-Console header; refresh reads it only when that
// header is present (a header a form on another site cannot send: CSRF defence on top of
// SameSite). (docs/decisions/0030-console-sessions.md)
import type { Context } from "koa";
import { AppError } from "../../errors.js";
import { REFRESH_TOKEN_TTL_S } from "../../services/platform/sessions.js";

export const SESSION_COOKIE = "rg_refresh";
/**
 * A hint the page can read, holding no secret: "a session cookie was set". The console asks for a
 * refresh at start-up only when it is there, so a visitor without a session sees the login page
 * without a refused request (and no error in the browser's console).
 */
export const HINT_COOKIE = "rg_session";
export const COOKIE_PATH = "/api/v1/auth";
export const CONSOLE_HEADER = "x-remotegpu-console";

/** The console's requests carry X-Remotegpu-Console: 1. */
export const fromConsole = (ctx: Context): boolean => ctx.get(CONSOLE_HEADER) === "1";

/** HTTPS as the browser sees it: TLS here, or X-Forwarded-Proto from a trusted proxy. */
function httpsSeenByBrowser(ctx: Context, trustProxy: boolean): boolean {
  if (ctx.req.socket && "encrypted" in ctx.req.socket && ctx.req.socket.encrypted) return true;
  return trustProxy && ctx.get("x-forwarded-proto").split(",")[0]?.trim().toLowerCase() === "https";
}

export function setSessionCookie(ctx: Context, refreshToken: string, trustProxy: boolean): void {
  const parts = [`${SESSION_COOKIE}=${refreshToken}`, `Path=${COOKIE_PATH}`, `Max-Age=${REFRESH_TOKEN_TTL_S}`, "HttpOnly", "SameSite=Strict"];
  const hint = [`${HINT_COOKIE}=1`, "Path=/", `Max-Age=${REFRESH_TOKEN_TTL_S}`, "SameSite=Strict"];
  if (httpsSeenByBrowser(ctx, trustProxy)) {
    parts.push("Secure");
    hint.push("Secure");
  }
  ctx.append("Set-Cookie", parts.join("; "));
  ctx.append("Set-Cookie", hint.join("; "));
}

export function clearSessionCookie(ctx: Context, trustProxy: boolean): void {
  const parts = [`${SESSION_COOKIE}=`, `Path=${COOKIE_PATH}`, "Max-Age=0", "HttpOnly", "SameSite=Strict"];
  const hint = [`${HINT_COOKIE}=`, "Path=/", "Max-Age=0", "SameSite=Strict"];
  if (httpsSeenByBrowser(ctx, trustProxy)) {
    parts.push("Secure");
    hint.push("Secure");
  }
  ctx.append("Set-Cookie", parts.join("; "));
  ctx.append("Set-Cookie", hint.join("; "));
}

/** The refresh token from the cookie; refused without the console header. */
export function sessionCookie(ctx: Context): string {
  if (!fromConsole(ctx)) throw new AppError("INVALID_ARGUMENT", "refresh_token is required");
  const header = ctx.get("cookie");
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === SESSION_COOKIE) return v.join("=");
  }
  throw new AppError("UNAUTHORIZED", "no session cookie: log in again");
}
