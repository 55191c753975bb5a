// /auth: tokens for username and password (OAuth2 password flow, form-encoded, and JSON), refresh,
// me, logout, and self-service registration when it is open.
import type { Router } from "@koa/router";
import type { Context } from "koa";
import { AppError, invalid } from "../../../errors.js";
import { authenticate, createUser, PASSWORD_MAX } from "../../../services/accounts.js";
import { me, registrationOpen } from "../../../services/platform/identity.js";
import { endAllSessions, endSession, refreshSession, startSession, type TokenPair } from "../../../services/platform/sessions.js";
import { parseJsonObject, readBodyText, readJsonObject } from "../../body.js";
import { clientAddressOfRequest, clientGroup } from "../../middleware/client-address.js";
import { checked } from "../../fields.js";
import { auditHint, type PlatformDeps, principal } from "../../platform/context.js";
import { ok } from "../../platform/envelope.js";
import { clearSessionCookie, fromConsole, sessionCookie, setSessionCookie } from "../../platform/session-cookie.js";

/** A form-encoded body (OAuth2's token endpoint) or a JSON one. */
async function formOrJson(ctx: Context): Promise<Record<string, unknown>> {
  return formOrJsonText(ctx, await readBodyText(ctx));
}

function formOrJsonText(ctx: Context, text: string): Record<string, unknown> {
  if (ctx.is("application/x-www-form-urlencoded") && !text.startsWith("{")) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(text)) {
      if (k in out) throw invalid(`${k.slice(0, 64)} must be given once`);
      out[k] = v;
    }
    return out;
  }
  return parseJsonObject(text);
}

/** {"session": "cookie"} asks for the console's cookie; only with the console's header. */
function sessionMode(ctx: Context, session: string | undefined): boolean {
  if (session === undefined || session === "tokens") return false;
  if (session !== "cookie") throw invalid('session must be "cookie" or "tokens"');
  if (!fromConsole(ctx)) throw invalid('session "cookie" needs the header X-Remotegpu-Console: 1');
  return true;
}

export function platformAuthRoutes(router: Router, deps: PlatformDeps): void {
  const { db, config, keys } = deps;
  const policy = { scryptLogN: config.passwordScryptLogN };

  const behindHttps = config.trustProxy.kind !== "off";

  /**
   * The pair in the body, or for the web console ({"session": "cookie"} with its header) the
   * refresh token in an HttpOnly cookie and only the access token in the body.
   */
  const answerPair = (ctx: Context, pair: TokenPair, cookie: boolean) => {
    if (!cookie) return ok(ctx, pair);
    setSessionCookie(ctx, pair.refresh_token, behindHttps);
    const { refresh_token: _kept, ...rest } = pair;
    ok(ctx, { ...rest, session: "cookie" });
  };

  const login = async (ctx: Context, body: Record<string, unknown>) => {
    // Every attempt costs a password hash: limited per address, then per username, before it.
    deps.authLimiter.take(ctx, `addr:${clientGroup(ctx)}`);
    const { username, password, session } = checked(body, (f) => ({
      username: f.requiredString("username", 64),
      password: f.requiredString("password", PASSWORD_MAX),
      session: f.optionalString("session", 16),
    }));
    const cookie = sessionMode(ctx, session);
    deps.userLimiter.take(ctx, `name:${username.toLowerCase()}`);
    const user = await authenticate(db, policy, username, password);
    auditHint(ctx, { actor: `user:${user.username}`, actorUserId: user.user_id });
    answerPair(ctx, await startSession(db, keys, user.user_id, clientAddressOfRequest(ctx)), cookie);
  };

  router.post("/auth/token", async (ctx) => login(ctx, await formOrJson(ctx)));
  router.post("/auth/login", async (ctx) => login(ctx, await formOrJson(ctx)));

  router.post("/auth/refresh", async (ctx) => {
    deps.authLimiter.take(ctx, `addr:${clientGroup(ctx)}`);
    // The console refreshes with an empty body (or {}) and its cookie.
    const text = (await readBodyText(ctx)).trim();
    if (fromConsole(ctx) && (text === "" || text === "{}")) {
      try {
        answerPair(ctx, await refreshSession(db, keys, sessionCookie(ctx)), true);
      } catch (err) {
        // A dead cookie is cleared, so the browser stops sending it.
        if (err instanceof AppError && err.code === "UNAUTHORIZED") clearSessionCookie(ctx, behindHttps);
        throw err;
      }
      return;
    }
    const body = formOrJsonText(ctx, text);
    const { refreshToken } = checked(body, (f) => ({ refreshToken: f.requiredString("refresh_token", 256) }));
    ok(ctx, await refreshSession(db, keys, refreshToken));
  });

  router.get("/auth/me", async (ctx) => {
    ok(ctx, await me(db, principal(ctx)));
  });

  router.post("/auth/logout", async (ctx) => {
    // {"everywhere": true}: every session of the user, not only this one.
    const { everywhere } = checked(await readJsonObject(ctx), (f) => ({ everywhere: f.optionalBool("everywhere") }));
    const p = principal(ctx);
    let sessions = 1;
    if (everywhere) sessions = await endAllSessions(db, p.user.user_id);
    else await endSession(db, p.sessionId);
    if (fromConsole(ctx)) clearSessionCookie(ctx, behindHttps);
    ok(ctx, { logged_out: true, sessions });
  });

  router.post("/auth/register", async (ctx) => {
    deps.authLimiter.take(ctx, `addr:${clientGroup(ctx)}`);
    if (!(await registrationOpen(db, deps.cache, config.registration)))
      throw new AppError("FORBIDDEN", "registration is closed: ask an operator for an account");
    const body = await formOrJson(ctx);
    const u = checked(body, (f) => ({
      username: f.requiredString("username", 64),
      password: f.requiredString("password", PASSWORD_MAX),
      email: f.requiredString("email", 254),
    }));
    deps.userLimiter.take(ctx, `name:${u.username.toLowerCase()}`);
    const user = await createUser(db, policy, u.username, u.password, { email: u.email });
    auditHint(ctx, { actor: `user:${user.username}`, actorUserId: user.user_id });
    ok(ctx, { id: user.user_id, username: user.username, email: user.email }, 201);
  });
}
