// The HTTP server: Koa app for the REST endpoints, plus the upgrade hook for agent WebSockets.
import type { BlobStore } from "../services/storage/blob-store.js";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import Koa from "koa";
import { Router } from "@koa/router";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Db } from "../db/knex.js";
import type { Component } from "../services/components/lifecycle.js";
import { adminAuth } from "./middleware/admin-auth.js";
import { AuthFailureLimiter } from "./middleware/auth-failures.js";
import { clientAddressOf } from "./middleware/client-address.js";
import { errorsAndRequestId } from "./middleware/errors.js";
import { customerAuth } from "./middleware/customer-auth.js";
import { RateLimiter } from "./middleware/rate-limit.js";
import { storablePath } from "./middleware/storable-path.js";
import { consoleStatic } from "./console/static.js";
import { auditTrail } from "./platform/audit.js";
import { platformAuth } from "./platform/context.js";
import { platformErrors } from "./platform/envelope.js";
import { platformRouters } from "./platform/router.js";
import type { ReadCache } from "../services/components/read-cache.js";
import type { LiveFeed } from "../services/components/live-feed.js";
import type { JwtKeyring } from "../services/platform/access-tokens.js";
import { adminRoutes } from "./routes/admin.js";
import { adminCustomerRoutes } from "./routes/admin-customers.js";
import { adminInstanceRoutes } from "./routes/admin-instances.js";
import { adminPlatformRoutes } from "./routes/admin-platform.js";
import { healthRoutes } from "./routes/health.js";
import { adminTrainingRoutes } from "./routes/admin-training.js";
import { publicAccountRoutes } from "./routes/public-account.js";
import { agentArtifactRoutes } from "./routes/agent-artifacts.js";
import { agentTaskRoutes } from "./routes/agent-tasks.js";
import { publicInstanceRoutes } from "./routes/public-instances.js";
import { publicLedgerRoutes } from "./routes/public-ledger.js";
import { trackingRoutes } from "./routes/tracking.js";
import { RunLogSockets } from "./sockets/run-logs.js";
import { trackingApi } from "./tracking/context.js";
import { WindowLimiter } from "./middleware/window-limit.js";

export interface HttpDeps {
  log: Logger;
  db: Db;
  config: Config;
  adminToken: string;
  agentSessions: () => number;
  eventLoopDelayP99Ms: () => number;
  /** Platform API: the JWT keys and the read cache. */
  keys: JwtKeyring;
  cache: ReadCache;
  /** Live updates across replicas (run logs and metrics, task progress). */
  live: LiveFeed;
  /** Dataset and model files. */
  store: BlobStore;
  /** Returns false when the upgrade is not for a known WebSocket path. */
  onUpgrade: (req: http.IncomingMessage, socket: Duplex, head: Buffer) => boolean;
}

/** The HTTP server as a component: start() listens; stop() lets requests finish within its budget. */
export class HttpServer implements Component {
  readonly name = "http";
  private readonly server: http.Server;
  private readonly sockets: RunLogSockets;

  constructor(
    deps: HttpDeps,
    private readonly host: string,
    private readonly port: number,
  ) {
    this.sockets = new RunLogSockets({ db: deps.db, keys: deps.keys, live: deps.live, log: deps.log });
    this.server = createHttpServer(deps, this.sockets);
  }

  /** The port it listens on (after start). */
  get boundPort(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.port, this.host, () => {
        this.server.off("error", reject);
        resolve();
      });
    });
  }

  async stop(budgetMs: number): Promise<void> {
    if (!this.server.listening) return;
    // Upgraded sockets are no longer the server's connections: close the log streams here.
    this.sockets.closeAll();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    // Requests in flight finish (their database work included) while the budget lasts.
    await Promise.race([closed, new Promise<void>((r) => (timer = setTimeout(r, budgetMs)))]);
    clearTimeout(timer);
    this.server.closeAllConnections();
    await closed;
  }
}

export function createHttpServer(
  deps: HttpDeps,
  sockets: RunLogSockets = new RunLogSockets({ db: deps.db, keys: deps.keys, live: deps.live, log: deps.log }),
): http.Server {
  const app = new Koa({ proxy: false });
  app.silent = true; // errors are logged by our middleware, once
  app.use(errorsAndRequestId(deps.log));
  app.use(clientAddressOf(deps.config.trustProxy));
  app.use(platformErrors(deps.log));
  // The tracking API (/api but not /api/v1): its own auth, budgets and error shape, around
  // everything else its requests meet (the path check, the audit line, its routes).
  const authFailures = new AuthFailureLimiter(deps.config.authFailuresPerMin, deps.log);
  const tracking = {
    db: deps.db,
    config: deps.config,
    keys: deps.keys,
    cache: deps.cache,
    live: deps.live,
    log: deps.log,
    authFailures,
    limiter: new WindowLimiter(),
  };
  app.use(trackingApi(tracking));
  app.use(storablePath);
  // The web console at / (never on an API path).
  app.use(consoleStatic(deps.config.consoleDir));
  // After the error mappers: only successful mutations are written.
  app.use(auditTrail(deps.db, deps.log));

  // Routes match exactly as written (case-sensitive, no trailing-slash variants): /ADMIN/hosts
  // is not /admin/hosts.
  const routerOptions = { sensitive: true, strict: true };
  const trackingRouter = new Router(routerOptions);
  trackingRoutes(trackingRouter, tracking);
  app.use(trackingRouter.routes());
  app.use(trackingRouter.allowedMethods({ throw: true }));

  const open = new Router(routerOptions);
  healthRoutes(open, deps.db, deps.agentSessions, deps.eventLoopDelayP99Ms);
  // The token endpoints authenticate with username and password in the body; one budget per
  // client address for every password endpoint (rental and platform), and one per username.
  const authLimiter = new RateLimiter(deps.config.authRatePerMin / 60, deps.config.authRatePerMin);
  const userLimiter = new RateLimiter(deps.config.authRatePerUserPerMin / 60, deps.config.authRatePerUserPerMin);
  publicAccountRoutes(open, deps.db, deps.config, authLimiter, userLimiter);
  app.use(open.routes());
  app.use(open.allowedMethods({ throw: true }));

  // Every /gpu and /account path needs a customer token, including ones that do not exist.
  // Failed token lookups, per client address: customer tokens, platform access tokens and the
  // tracking API's tokens alike (authFailures, above).
  const requireCustomer = customerAuth(deps.db, new RateLimiter(deps.config.apiRatePerS, deps.config.apiRateBurst), authFailures, deps.keys);
  app.use((ctx, next) => (/^\/+(gpu|account)(\/|$)/i.test(ctx.path) ? requireCustomer(ctx, next) : next()));
  const agentFiles = new Router(routerOptions);
  agentArtifactRoutes(agentFiles, deps.db, deps.store, authFailures);
  agentTaskRoutes(agentFiles, deps.db, deps.store, authFailures, { dataDir: deps.config.dataDir, maxBytes: deps.config.storage.taskOutputMaxBytes });
  app.use(agentFiles.routes());
  app.use(agentFiles.allowedMethods({ throw: true }));
  const publicApi = new Router(routerOptions);
  publicInstanceRoutes(publicApi, deps.db, deps.config);
  publicLedgerRoutes(publicApi, deps.db, deps.config);
  app.use(publicApi.routes());
  app.use(publicApi.allowedMethods({ throw: true }));

  // Every path that looks like /admin in any spelling needs the admin token, including ones
  // that do not exist, so that no router quirk can ever expose an admin route without it.
  const requireAdmin = adminAuth(deps.adminToken);
  app.use((ctx, next) => (/^\/+admin(\/|$)/i.test(ctx.path) ? requireAdmin(ctx, next) : next()));
  const admin = new Router(routerOptions);
  adminRoutes(admin, deps.db, deps.config);
  adminInstanceRoutes(admin, deps.db, deps.config);
  adminCustomerRoutes(admin, deps.db, deps.config);
  adminPlatformRoutes(admin, deps.db, deps.keys);
  adminTrainingRoutes(admin, deps.db);
  app.use(admin.routes());
  app.use(admin.allowedMethods({ throw: true }));

  // The platform API (/api/v1 and /v1): a live access token on every path but the open ones.
  const platform = {
    db: deps.db,
    config: deps.config,
    keys: deps.keys,
    cache: deps.cache,
    store: deps.store,
    log: deps.log,
    live: deps.live,
    authLimiter,
    userLimiter,
    authFailures,
    apiLimiter: new RateLimiter(deps.config.apiRatePerS, deps.config.apiRateBurst),
  };
  app.use(platformAuth(platform));
  for (const r of platformRouters(platform)) {
    app.use(r.routes());
    app.use(r.allowedMethods({ throw: true }));
  }

  const server = http.createServer(app.callback());
  // Slow-loris protection: headers within 10 s, a whole request within 30 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on("upgrade", (req, socket, head) => {
    if (sockets.handleUpgrade(req, socket, head)) return;
    if (!deps.onUpgrade(req, socket, head)) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    }
  });
  return server;
}
