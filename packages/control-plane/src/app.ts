// Wires the control plane together and owns its lifecycle: the parts start in the order below
// and stop in the reverse order, each awaited (services/components/lifecycle.ts): the database
// first up and last down, so that no sweep, poll, job, request or agent report ever runs on a
// closed pool.
import { storageBillingJob } from "./jobs/storage-billing.js";
import { storageGcJob } from "./jobs/storage-gc.js";
import { blobStoreFromConfig } from "./services/storage/blob-store.js";
import type { Logger } from "pino";
import { CloseCode } from "@remotegpu/protocol";
import type { Config } from "./config.js";
import type { Db } from "./db/knex.js";
import { Channel } from "./db/notifications.js";
import { AdminGrpc } from "./grpc/admin-server.js";
import { HttpServer } from "./http/server.js";
import { AgentHub } from "./hub/hub.js";
import { billingJob } from "./jobs/billing.js";
import { commandRetentionJob } from "./jobs/command-retention.js";
import { idempotencyRetentionJob } from "./jobs/idempotency-retention.js";
import { telemetryRetentionJob } from "./jobs/retention.js";
import { JobScheduler } from "./jobs/scheduler.js";
import { authenticateAgent } from "./services/agent-auth.js";
import { commandPort, hostsWithPendingCommands, recentlyRevokedHosts } from "./services/command-port.js";
import { Database } from "./services/components/database.js";
import { EventLoopMonitor } from "./services/components/event-loop.js";
import { Lifecycle } from "./services/components/lifecycle.js";
import { LivenessSweeper } from "./services/components/liveness.js";
import { TelemetryWriter } from "./services/components/telemetry-writer.js";
import { Watch } from "./services/components/watch.js";
import { LiveFeed } from "./services/components/live-feed.js";
import { TaskOutputSink } from "./services/tasks/output.js";
import { setTaskStopGrace } from "./services/tasks/lifecycle.js";
import { TaskQueue } from "./services/tasks/queue.js";
import { LiveChannels } from "./http/sockets/channels.js";
import { ReadCache } from "./services/components/read-cache.js";
import { JwtKeyring } from "./services/platform/access-tokens.js";
import { preparePlatform } from "./services/platform/ground.js";
import { storeHeartbeatIntervals } from "./services/hosts.js";
import { updateInventory } from "./services/inventory.js";
import { setPasswordHashQueue } from "./services/passwords.js";
import { resealSecrets } from "./services/secret-reseal.js";
import { loadSecretKeys, useSecretBox } from "./services/secrets.js";
import { safeError } from "./domain/log-safety.js";
import { SecretBox } from "./domain/secret-box.js";

export interface RunningControlPlane {
  httpPort: number;
  grpcPort: number | null;
  db: Db;
  /** Stops everything within `budgetMs` (default 10 s, within systemd's stop timeout); idempotent. */
  stop(budgetMs?: number): Promise<void>;
}

export async function startControlPlane(config: Config, adminToken: string, rootLog: Logger): Promise<RunningControlPlane> {
  // Every component logs through this child: errors are logged without the values of a query.
  const log = rootLog.child({}, { serializers: { err: safeError, error: safeError } });
  const lifecycle = new Lifecycle(log.child({ component: "lifecycle" }));
  const secrets = await loadSecretKeys(config.secretKeys, config.dataDir);
  if (secrets.generatedAt) log.warn({ file: secrets.generatedAt }, "generated the key that seals stored root passwords: back this file up with the database");
  const box = new SecretBox(secrets.keys);
  useSecretBox(box);
  setPasswordHashQueue(config.passwordHashQueue);
  const database = new Database(config, log);
  await lifecycle.start(database);
  const { db, databaseUrl } = database;
  const keys = new JwtKeyring(db);
  try {
    // Before anything is served: plaintext and values sealed with an older key get the current one.
    await resealSecrets(db, box, log.child({ component: "secrets" }));
    // The built-in roles, everyone's personal workspace, a JWT signing key: before any request.
    await preparePlatform(db, keys, log.child({ component: "platform" }));
  } catch (err) {
    await lifecycle.stop(10_000);
    throw err;
  }
  const cache = new ReadCache(db, databaseUrl, log.child({ component: "cache" }));
  // Live updates (run logs and metrics, task progress) for WebSocket subscribers on any replica.
  const live = new LiveFeed(databaseUrl, log.child({ component: "live" }));

  const writer = new TelemetryWriter(db, log.child({ component: "telemetry" }), config.historyResolutionS * 1000);
  const taskOutput = new TaskOutputSink(db);
  setTaskStopGrace(config.tasks.stopGraceS);
  const hub = new AgentHub({
    log: log.child({ component: "hub" }),
    liveness: config.liveness,
    replicaId: config.replicaId,
    maxSessions: config.maxAgentSessions,
    authenticate: (hello, ctx) => authenticateAgent(db, hello, ctx),
    updateInventory: (hostId, inventory) => updateInventory(db, hostId, inventory),
    writer,
    commands: commandPort(db, log.child({ component: "commands" })),
    intervalsChanged: (hostIds, hb) => storeHeartbeatIntervals(db, hostIds, hb, config.replicaId),
    taskOutput: (hostId, m) => taskOutput.receive(hostId, m),
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
  const store = blobStoreFromConfig(config);
  const jobs = new JobScheduler(db, config.replicaId, log.child({ component: "jobs" }), [
    telemetryRetentionJob(db, config.historyRetentionHours),
    commandRetentionJob(db),
    idempotencyRetentionJob(db),
    storageGcJob(db, store, { dataDir: config.dataDir, graceMinutes: config.storage.gcGraceMinutes }),
    storageBillingJob(db, config.storage.pricePerGbDayMinor),
    billingJob(db, { retentionDays: config.instanceRetentionDays, settleEveryMs: config.billingSettleMinutes * 60_000 }, config.billingSchedule),
  ]);
  const taskQueue = new TaskQueue(
    db,
    databaseUrl,
    {
      placement: { placement: config.placement, requireDiskQuota: config.requireDiskQuota },
      intervalMs: config.tasks.schedulerIntervalMs,
      hostLostS: config.tasks.hostLostS,
      limits: config.tasks,
    },
    log.child({ component: "task-queue" }),
  );
  const liveChannels = new LiveChannels({ db, keys, live, log: log.child({ component: "live-channels" }) });
  const eventLoop = new EventLoopMonitor();
  const http = new HttpServer(
    {
      log: log.child({ component: "http" }),
      db,
      config,
      adminToken,
      agentSessions: () => hub.sessionCount,
      eventLoopDelayP99Ms: () => eventLoop.p99Ms,
      keys,
      cache,
      live,
      store,
      onUpgrade: (req, socket, head) => liveChannels.handleUpgrade(req, socket, head) || hub.handleUpgrade(req, socket, head),
    },
    config.host,
    config.port,
  );
  const grpc = new AdminGrpc({ db, config, adminToken, log: log.child({ component: "grpc" }) });

  try {
    // Stopped in the reverse order: gRPC and agent sessions first (agents reconnect, maybe to
    // another replica), then HTTP requests finish, jobs and watches stop, the telemetry the
    // agents sent is flushed, and the database goes last.
    await lifecycle.start(
      eventLoop,
      cache,
      live,
      writer,
      sweeper,
      revocations,
      commandWatch,
      jobs,
      taskQueue,
      liveChannels,
      http,
      hub,
      ...(config.grpcPort !== null ? [grpc] : []),
    );
  } catch (err) {
    // Half started (a port in use, say): take down what runs, including the embedded database.
    await lifecycle.stop(10_000);
    throw err;
  }
  return { httpPort: http.boundPort, grpcPort: grpc.port, db, stop: (budgetMs = 10_000) => lifecycle.stop(budgetMs) };
}
