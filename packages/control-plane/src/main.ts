// remotegpu-control-plane: composition root. The only module that touches `process`.
import { execFile } from "node:child_process";
import { pino } from "pino";
import { AdminTokenError, resolveAdminToken } from "./admin-token.js";
import { type RunningControlPlane, startControlPlane } from "./app.js";
import { type Config, ConfigError, loadConfig } from "./config.js";

const EX_CONFIG = 78;
/** The unit's TimeoutStopSec is 30 s; we finish well before it. */
const STOP_DEADLINE_MS = 15_000;
/** Of that, the part the orderly stop may use; the rest is margin for the forced exit. */
const STOP_BUDGET_MS = STOP_DEADLINE_MS - 2000;

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`remotegpu-control-plane: ${err.message}\n`);
      process.exit(EX_CONFIG);
    }
    throw err;
  }
  const log = pino({ name: "remotegpu-control-plane", level: config.logLevel });
  let admin: Awaited<ReturnType<typeof resolveAdminToken>>;
  try {
    admin = await resolveAdminToken(config.adminToken, config.dataDir);
  } catch (err) {
    if (!(err instanceof AdminTokenError)) throw err;
    process.stderr.write(`remotegpu-control-plane: ${err.message}\n`);
    process.exit(EX_CONFIG);
  }
  if (admin.generatedAt) {
    // Shown once, on purpose, outside the structured log.
    process.stderr.write(
      `\nremotegpu: generated an admin token (stored in ${admin.generatedAt}, mode 0600; it is not shown again):\n\n    ${admin.token}\n\n` +
        `Use it as "Authorization: Bearer <token>" on /admin endpoints, or set ADMIN_TOKEN to choose your own.\n\n`,
    );
  }
  let cp: RunningControlPlane;
  try {
    cp = await startControlPlane(config, admin.token, log);
  } catch (err) {
    log.fatal({ err }, "start-up failed");
    process.exit(1);
  }
  log.info({ host: config.host, port: cp.httpPort, grpcPort: cp.grpcPort, replica: config.replicaId }, "remotegpu-control-plane listening");
  notifySystemd();

  let exiting = false;
  const shutdown = (signal: string): void => {
    if (exiting) return;
    exiting = true;
    log.info({ signal }, "shutting down");
    setTimeout(() => process.exit(1), STOP_DEADLINE_MS).unref();
    cp.stop(STOP_BUDGET_MS).then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, "unclean shutdown");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

/** Tells systemd (Type=notify, NotifyAccess=all) that start-up is done; a no-op elsewhere. */
function notifySystemd(): void {
  if (!process.env["NOTIFY_SOCKET"]) return;
  // systemd-notify answers at once; 5 s keeps a stuck one from lingering.
  execFile("systemd-notify", ["--ready"], { timeout: 5000 }, () => undefined);
}

main().catch((err: unknown) => {
  process.stderr.write(`remotegpu-control-plane: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
