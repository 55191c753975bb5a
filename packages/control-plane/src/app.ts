// Wires the control plane together and owns its lifecycle: start() returns once everything
// listens; stop() drains in reverse order within a deadline and may be called twice.
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { createDb, type Db } from "./db/knex.js";
import { startEmbeddedPostgres, type EmbeddedDb } from "./db/embedded.js";
import { migrateLatest } from "./db/migrate.js";
import { setHeartbeatIntervals } from "./db/queries/hosts.js";
import { startAdminGrpcServer, type AdminGrpcServer } from "./grpc/admin-server.js";
import { createHttpServer } from "./http/server.js";
import { AgentHub } from "./hub/hub.js";
import { EventLoopMonitor } from "./services/components/event-loop.js";
import { billingJob } from "./jobs/billing.js";
import { JobScheduler } from "./jobs/scheduler.js";
import { telemetryRetentionJob } from "./jobs/retention.js";
import { commandRetentionJob } from "./jobs/command-retention.js";
import { idempotencyRetentionJob } from "./jobs/idempotency-retention.js";
import { CloseCode } from "@remotegpu/protocol";
import { authenticateAgent } from "./services/agent-auth.js";
import { updateInventory } from "./services/inventory.js";
import { LivenessSweeper } from "./services/components/liveness.js";
import { Watch } from "./services/components/watch.js";
import { commandPort, hostsWithPendingCommands, recentlyRevokedHosts } from "./services/command-port.js";
import { Channel } from "./db/notifications.js";
import { TelemetryWriter } from "./services/components/telemetry-writer.js";

export interface RunningControlPlane {
  httpPort: number;
  grpcPort: number | null;
  db: Db;
  stop(deadlineMs?: number): Promise<void>;
}

export async function startControlPlane(config: Config, adminToken: string, log: Logger): Promise<RunningControlPlane> {
  let embedded: EmbeddedDb | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const pgLog = log.child({ component: "postgres" });
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, (line) => pgLog.debug(line));
    databaseUrl = embedded.url;
    log.info({ dataDir: config.dataDir }, "embedded PostgreSQL started");
  }
  const dbLog = log.child({ component: "db" });
  const db = createDb(databaseUrl, config.dbPoolMax, { warn: (m) => dbLog.warn(m), debug: (m) => dbLog.debug(m) });
  try {
    const applied = await migrateLatest(db);
    if (applied.length > 0) log.info({ migrations: applied }, "database migrated");
  } catch (err) {
    await db.destroy();
    await embedded?.stop();
    throw new Error(`database migration failed: ${(err as Error).message}`, { cause: err });
  }

  const commandLog = log.child({ component: "commands" });
  const writer = new TelemetryWriter(db, log.child({ component: "telemetry" }), config.historyResolutionS * 1000);
  const hub = new AgentHub({
    log: log.child({ component: "hub" }),
    liveness: config.liveness,
    replicaId: config.replicaId,
    maxSessions: config.maxAgentSessions,
    authenticate: (hello, ctx) => authenticateAgent(db, hello, ctx),
    updateInventory: (hostId, inventory) => updateInventory(db, hostId, inventory),
    writer,
    commands: commandPort(db, commandLog),
    intervalsChanged: (hostIds, hb) => setHeartbeatIntervals(db, hostIds, hb, config.replicaId),
  });
  const sweeper = new LivenessSweeper(db, config.liveness, log.child({ component: "liveness" }));
  // Revocations: every 2 s, looking back 30 s on the database clock (a revocation whose commit
  // lands late, or a failed poll, is still seen; repeats are harmless).
  const revocations = new Watch({
    databaseUrl,
    channel: Channel.HOST_REVOKED,
    pollMs: 2000,
    poll: () => recentlyRevokedHosts(db, 30),
    onItem: (hostId) => void hub.disconnect(hostId, CloseCode.HOST_REVOKED, "host credential revoked"),
    log: log.child({ component: "revocations" }),
  });
  // Commands issued on any replica: NOTIFY wakes the replica holding the host's session at once;
  // the poll every 2 s only looks at hosts with pending commands (a partial index).
  const commandWatch = new Watch({
    databaseUrl,
    channel: Channel.COMMANDS,
    pollMs: 2000,
    poll: async () => {
      const connected = new Set(hub.connectedHosts());
      return (await hostsWithPendingCommands(db)).filter((h) => connected.has(h));
    },
    onItem: (hostId) => void hub.dispatch(hostId),
    log: log.child({ component: "commands" }),
  });
  const jobs = new JobScheduler(db, config.replicaId, log.child({ component: "jobs" }), [
    telemetryRetentionJob(db, config.historyRetentionHours),
    commandRetentionJob(db),
    idempotencyRetentionJob(db),
    billingJob(db, { retentionDays: config.instanceRetentionDays, settleEveryMs: config.billingSettleMinutes * 60_000 }, config.billingSchedule),
  ]);
  const eventLoop = new EventLoopMonitor();
  const server = createHttpServer({
    log: log.child({ component: "http" }),
    db,
    config,
    adminToken,
    agentSessions: () => hub.sessionCount,
    eventLoopDelayP99Ms: () => eventLoop.p99Ms,
    onUpgrade: (req, socket, head) => hub.handleUpgrade(req, socket, head),
  });
  let grpc: AdminGrpcServer | undefined;

  let stopping: Promise<void> | undefined;
  /**
   * Stops in the order that loses nothing: no new requests or sessions; agent sessions closed
   * (agents reconnect, maybe to another replica); the telemetry they sent flushed; jobs told to
   * stop; then the database. Idempotent.
   */
  // 10 s: within systemd's stop timeout, enough for agents to see their close frame.
  const stop = (deadlineMs = 10_000): Promise<void> => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Agents get half the budget (at most 5 s: a close frame needs one round trip) to see their
      // close frame; flushing and in-flight requests the rest.
      await Promise.all([grpc?.stop(), hub.stop(Math.min(deadlineMs / 2, 5000))]);
      sweeper.stop();
      await revocations.stop();
      await commandWatch.stop();
      await writer.stop();
      await jobs.stop();
      server.closeAllConnections();
      await closed;
      eventLoop.stop();
      await db.destroy();
      await embedded?.stop();
    })();
    return stopping;
  };

  try {
    eventLoop.start();
    writer.start();
    hub.start();
    sweeper.start();
    revocations.start();
    commandWatch.start();
    jobs.start();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
    if (config.grpcPort !== null) grpc = await startAdminGrpcServer({ db, config, adminToken, log: log.child({ component: "grpc" }) });
  } catch (err) {
    // Half started (a port in use, say): take down what runs, including the embedded database.
    await stop().catch(() => undefined);
    throw err;
  }
  const httpPort = (server.address() as AddressInfo).port;
  return { httpPort, grpcPort: grpc?.port ?? null, db, stop };
}
