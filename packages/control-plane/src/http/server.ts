// The HTTP server: Koa app for the REST endpoints, plus the upgrade hook for agent WebSockets.
import http from "node:http";
import type { Duplex } from "node:stream";
import Koa from "koa";
import { Router } from "@koa/router";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Db } from "../db/knex.js";
import { adminAuth } from "./middleware/admin-auth.js";
import { errorsAndRequestId } from "./middleware/errors.js";
import { adminRoutes } from "./routes/admin.js";
import { adminInstanceRoutes } from "./routes/admin-instances.js";
import { healthRoutes } from "./routes/health.js";

export interface HttpDeps {
  log: Logger;
  db: Db;
  config: Config;
  adminToken: string;
  agentSessions: () => number;
  eventLoopDelayP99Ms: () => number;
  /** Returns false when the upgrade is not for a known WebSocket path. */
  onUpgrade: (req: http.IncomingMessage, socket: Duplex, head: Buffer) => boolean;
}

export function createHttpServer(deps: HttpDeps): http.Server {
  const app = new Koa({ proxy: false });
  app.silent = true; // errors are logged by our middleware, once
  app.use(errorsAndRequestId(deps.log));

  // Routes match exactly as written (case-sensitive, no trailing-slash variants): /ADMIN/hosts
  // is not /admin/hosts.
  const routerOptions = { sensitive: true, strict: true };
  const open = new Router(routerOptions);
  healthRoutes(open, deps.db, deps.agentSessions, deps.eventLoopDelayP99Ms);
  app.use(open.routes());

  // Every path that looks like /admin in any spelling needs the admin token, including ones
  // that do not exist, so that no router quirk can ever expose an admin route without it.
  const requireAdmin = adminAuth(deps.adminToken);
  app.use((ctx, next) => (/^\/+admin(\/|$)/i.test(ctx.path) ? requireAdmin(ctx, next) : next()));
  const admin = new Router(routerOptions);
  adminRoutes(admin, deps.db, deps.config);
  adminInstanceRoutes(admin, deps.db, deps.config);
  app.use(admin.routes());
  app.use(admin.allowedMethods({ throw: true }));

  const server = http.createServer(app.callback());
  // Slow-loris protection: headers within 10 s, a whole request within 30 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on("upgrade", (req, socket, head) => {
    if (!deps.onUpgrade(req, socket, head)) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    }
  });
  return server;
}
