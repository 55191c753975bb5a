// Control-plane configuration, read once from the environment and validated whole: every bad
// variable is reported in one error that names it. Nothing else reads the environment.
import type { BlobStoreSetting } from "./services/storage/blob-store.js";
import { isIP } from "node:net";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { parseUtcOffset, UTC_OFFSET_PATTERN } from "./domain/api-time.js";
import { POLICY_LIMITS, type CapacityPolicy } from "./domain/capacity.js";
import { parseTrustProxy, type TrustProxy } from "./domain/client-address.js";
import { parseSecretKeys, type SecretKey } from "./domain/secret-box.js";
import { validSchedule } from "./jobs/scheduler.js";

export interface LivenessConfig {
  heartbeatMinIntervalMs: number;
  heartbeatMaxIntervalMs: number;
  heartbeatsPerSecond: number;
  telemetryMinIntervalMs: number;
  telemetryMaxIntervalMs: number;
  telemetryPerSecond: number;
  suspectAfterMissed: number;
  offlineAfterMissed: number;
  /** Seconds a host may be offline before its hourly instances stop being charged for GPUs. */
  hostAwayGraceS: number;
}

export interface Config {
  host: string;
  port: number;
  grpcPort: number | null;
  grpcHost: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** The built web console (packages/console/dist by default; CONSOLE_DIR overrides). */
  consoleDir?: string | undefined;
  /** BLOB_STORE and its S3 settings (services/storage/blob-store.ts). */
  blobStore: BlobStoreSetting;
  storage: {
    /** Largest multipart upload (one request, every file together); bigger ones use /uploads (tus). */
    multipartMaxBytes: number;
    /** Largest single resumable upload. */
    uploadMaxBytes: number;
    /** Hours an unfinished or unused upload is kept. */
    uploadTtlHours: number;
    /** Minutes an unreferenced blob is kept before collection (a re-upload within it is free). */
    gcGraceMinutes: number;
    /** Price of one GB (10^9 bytes) stored for a day, in minor units (cents); 0: free. */
    pricePerGbDayMinor: number;
    /** Largest single file of a task's output an agent may PUT (decision 0031). */
    taskOutputMaxBytes: number;
  };
  /** Tasks and their queue (docs/decisions/0031-tasks.md). */
  tasks: {
    /** How often the queue is looked at (besides wake-ups on submit and on GPUs given back). */
    schedulerIntervalMs: number;
    /** A placed task whose host stays offline this long ends failed (host_lost). */
    hostLostS: number;
    maxLogLines: number;
    maxMetricLines: number;
    maxLineBytes: number;
    /** SIGTERM to SIGKILL when a task is cancelled or runs out of time. */
    stopGraceS: number;
    /** The tracking API's address as code inside a task reaches it (REMOTEGPU_TRACKING_URL); empty: not given. */
    trackingUrl: string;
  };
  adminToken: string | undefined;
  /** SECRET_KEYS: the first seals stored secrets, all open; unset: DATA_DIR/secret-keys. */
  secretKeys: SecretKey[] | undefined;
  logLevel: string;
  replicaId: string;
  dbPoolMax: number;
  embeddedPgPort: number;
  maxAgentSessions: number;
  joinTokenDefaultTtlS: number;
  joinTokenMaxTtlS: number;
  liveness: LivenessConfig;
  historyResolutionS: number;
  historyRetentionHours: number;
  sshPortMin: number;
  sshPortMax: number;
  /** scrypt cost of new password hashes (log2 N). */
  passwordScryptLogN: number;
  /** Public API requests per second per token (sustained), and the burst allowed. */
  apiRatePerS: number;
  apiRateBurst: number;
  /** Token endpoints (username + password): attempts per minute per client address. */
  authRatePerMin: number;
  /** The tracking API (/api, not /api/v1): requests per minute per user, by class. */
  trackingRates: { standard: number; v2: number; batch: number; ingest: number };
  /** Token endpoints: attempts per minute per username, whatever the address. */
  authRatePerUserPerMin: number;
  /** Failed customer-token lookups per minute per client address before it is refused unread. */
  authFailuresPerMin: number;
  /** Password checks that may wait for a hashing slot; more are answered 429 at once. */
  passwordHashQueue: number;
  /** Whose X-Forwarded-For to believe for the client address (domain/client-address.ts). */
  trustProxy: TrustProxy;
  /** UTC offset of times in public API responses, in minutes. */
  apiTimeOffsetMinutes: number;
  /** Days Expired and suspended instances are kept before they are destroyed with their data. */
  instanceRetentionDays: number;
  /** Self-service sign-up on the platform API (POST /api/v1/auth/register) unless a system setting says otherwise. */
  registration: "open" | "closed";
  /** node-cron schedule of the billing cycle. */
  billingSchedule: string;
  /** Hourly instances are settled at least every this many minutes. */
  billingSettleMinutes: number;
  /** Overcommit ratios and room kept for each host itself, unless an operator set its own. */
  placement: CapacityPolicy;
  /** Extra disk (extra_disk_cap > 0) is sold only on hosts whose engine enforces disk sizes. */
  requireDiskQuota: boolean;
  /** Custom images (snapshots) one user may keep; a snapshot beyond is refused. */
  maxImagesPerUser: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v === "" ? undefined : v;
  };
  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return def;
    }
    return n;
  };

  const ratio = (name: string, def: number): number => {
    const raw = get(name);
    if (raw === undefined) return def;
    const n = Number(raw);
    const { min, max } = POLICY_LIMITS.cpu_overcommit;
    if (!Number.isFinite(n) || n < min || n > max) {
      problems.push(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
      return def;
    }
    return n;
  };
  const bool = (name: string, def: boolean): boolean => {
    const raw = get(name);
    if (raw === undefined) return def;
    if (raw === "true" || raw === "false") return raw === "true";
    problems.push(`${name} must be true or false, got "${raw}"`);
    return def;
  };

  const logLevel = get("LOG_LEVEL") ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${logLevel}"`);
  const databaseUrl = get("DATABASE_URL");
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push("DATABASE_URL must be a postgres:// or postgresql:// URL");
  const adminToken = get("ADMIN_TOKEN");
  // 16 characters of a random token is ~96 bits; shorter is guessable.
  if (adminToken !== undefined && (adminToken.length < 16 || /\s/.test(adminToken)))
    problems.push("ADMIN_TOKEN must be at least 16 characters, without spaces");
  let secretKeys: SecretKey[] | undefined;
  const secretKeysRaw = get("SECRET_KEYS");
  if (secretKeysRaw !== undefined) {
    try {
      secretKeys = parseSecretKeys(secretKeysRaw);
    } catch (err) {
      problems.push(`SECRET_KEYS: ${(err as Error).message}`);
    }
  }
  const address = (name: string): string => {
    const v = get(name) ?? "127.0.0.1";
    if (!isIP(v) && !/^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/.test(v)) problems.push(`${name} must be an IP address or a host name, got "${v}"`);
    return v;
  };
  const host = address("HOST");
  // The gRPC admin API is for operators only: loopback unless asked otherwise.
  const grpcHost = address("GRPC_HOST");
  const grpcRaw = get("GRPC_PORT");
  const grpcPort = grpcRaw === "off" ? null : int("GRPC_PORT", 8081, 0, 65535);

  const liveness: LivenessConfig = {
    // 5 s keeps a small fleet's failure detection within ~20 s; the interval grows with the
    // fleet so that one replica sees at most HEARTBEATS_PER_SECOND heartbeats.
    heartbeatMinIntervalMs: int("HEARTBEAT_MIN_INTERVAL_MS", 5000, 50, 600_000),
    heartbeatMaxIntervalMs: int("HEARTBEAT_MAX_INTERVAL_MS", 60_000, 50, 3_600_000),
    // A heartbeat costs microseconds in memory and one row in a batched UPDATE each second.
    heartbeatsPerSecond: int("HEARTBEATS_PER_SECOND", 1000, 1, 1_000_000),
    // 10 s is the dashboard refresh people expect from a GPU cloud.
    telemetryMinIntervalMs: int("TELEMETRY_MIN_INTERVAL_MS", 10_000, 50, 600_000),
    telemetryMaxIntervalMs: int("TELEMETRY_MAX_INTERVAL_MS", 120_000, 50, 3_600_000),
    // Telemetry frames are ~5 KiB each and end as row updates: 500/s is what one 2-core replica
    // and its database absorb with room to spare (benchmark: scripts/bench-sessions.ts).
    telemetryPerSecond: int("TELEMETRY_PER_SECOND", 500, 1, 1_000_000),
    // Three missed heartbeats (15 s at 5 s) rides out a GC pause or a short network hiccup;
    // ten (50 s) is long enough that a restarting agent comes back before it counts as offline.
    suspectAfterMissed: int("HOST_SUSPECT_AFTER_MISSED", 3, 1, 1000),
    offlineAfterMissed: int("HOST_OFFLINE_AFTER_MISSED", 10, 2, 10_000),
    // 10 minutes offline (on top of the ~50 s before a host counts as offline) covers the reboot
    // of a GPU server (several minutes with 8 GPUs) and an agent upgrade, during which the
    // containers may well run on; beyond it the customer most likely cannot use the GPUs, and
    // we cannot tell, so they stop paying for them. A week at most: longer is not a grace.
    hostAwayGraceS: int("HOST_AWAY_GRACE_S", 600, 0, 7 * 86_400),
  };
  if (liveness.heartbeatMinIntervalMs > liveness.heartbeatMaxIntervalMs) problems.push("HEARTBEAT_MIN_INTERVAL_MS must not exceed HEARTBEAT_MAX_INTERVAL_MS");
  if (liveness.telemetryMinIntervalMs > liveness.telemetryMaxIntervalMs) problems.push("TELEMETRY_MIN_INTERVAL_MS must not exceed TELEMETRY_MAX_INTERVAL_MS");
  if (liveness.suspectAfterMissed >= liveness.offlineAfterMissed) problems.push("HOST_SUSPECT_AFTER_MISSED must be below HOST_OFFLINE_AFTER_MISSED");

  // 30 minutes (SPEC §5) by default; a week at most unless the operator allows up to a year
  // (a token that lives longer is a standing credential, which is what join tokens are not).
  const joinTokenDefaultTtlS = int("JOIN_TOKEN_DEFAULT_TTL_S", 1800, 60, 30 * 86_400);
  const joinTokenMaxTtlS = int("JOIN_TOKEN_MAX_TTL_S", 7 * 86_400, 60, 365 * 86_400);
  if (joinTokenDefaultTtlS > joinTokenMaxTtlS) problems.push("JOIN_TOKEN_DEFAULT_TTL_S must not exceed JOIN_TOKEN_MAX_TTL_S");

  const config: Config = {
    host,
    port: int("PORT", 8080, 0, 65535),
    grpcPort,
    grpcHost,
    databaseUrl,
    dataDir: get("DATA_DIR") ?? "./.data",
    consoleDir: get("CONSOLE_DIR"),
    blobStore: { kind: "fs", dir: undefined },
    storage: {
      // 100 MB in one request: a browser form's CSVs and checkpoints; beyond that a dropped
      // connection costs too much, and tus resumes. 100 GB per upload: one large archive or
      // checkpoint shard. 24 h: an upload paused overnight can still be finished. 60 min grace:
      // longer than the slowest multipart request, so content stored for a version being made
      // cannot be collected before the version commits (decision 0029).
      multipartMaxBytes: int("STORAGE_MULTIPART_MAX_MB", 100, 1, 10_240) * 1024 * 1024,
      uploadMaxBytes: int("STORAGE_UPLOAD_MAX_GB", 100, 1, 100_000) * 1024 ** 3,
      uploadTtlHours: int("STORAGE_UPLOAD_TTL_HOURS", 24, 1, 24 * 30),
      gcGraceMinutes: int("STORAGE_GC_GRACE_MINUTES", 60, 0, 7 * 24 * 60),
      pricePerGbDayMinor: int("STORAGE_PRICE_PER_GB_DAY_CENTS", 0, 0, 1_000_000),
      // 10 GiB: a large checkpoint file; a task's whole output is bounded by its FinishTask.
      taskOutputMaxBytes: int("TASK_OUTPUT_MAX_GB", 10, 1, 100_000) * 1024 ** 3,
    },
    tasks: {
      // 2 s: a freed GPU is given to the next task about as soon as an agent could start it.
      schedulerIntervalMs: int("TASK_SCHEDULER_INTERVAL_MS", 2000, 100, 60_000),
      // 5 minutes: longer than an agent restart or a short network cut (the task goes on then).
      hostLostS: int("TASK_HOST_LOST_S", 300, 1, 7 * 24 * 3600),
      // 200,000 lines (~20-40 MB) is more than anyone reads; a million metric rows is a long
      // run logged every step; 16 KiB lines keep one frame of 1,000 lines within the frame cap.
      maxLogLines: int("TASK_MAX_LOG_LINES", 200_000, 100, 100_000_000),
      maxMetricLines: int("TASK_MAX_METRIC_LINES", 1_000_000, 100, 100_000_000),
      maxLineBytes: int("TASK_MAX_LINE_BYTES", 16_384, 256, 65_536),
      // 30 s: long enough for a training job to write a checkpoint on SIGTERM.
      stopGraceS: int("TASK_STOP_GRACE_S", 30, 0, 3600),
      trackingUrl: get("TRACKING_URL") ?? "",
    },
    adminToken,
    secretKeys,
    logLevel,
    replicaId: get("REPLICA_ID") ?? `${hostname()}-${randomBytes(4).toString("hex")}`,
    // Most queries take a millisecond; 10 connections serve thousands of requests a second
    // and leave room on a default PostgreSQL (max_connections 100) for several replicas.
    dbPoolMax: int("DB_POOL_MAX", 10, 2, 500),
    embeddedPgPort: int("EMBEDDED_PG_PORT", 0, 0, 65535),
    // 10,000 is the target per replica; the ceiling leaves headroom before sessions are refused.
    maxAgentSessions: int("MAX_AGENT_SESSIONS", 20_000, 1, 1_000_000),
    joinTokenDefaultTtlS,
    joinTokenMaxTtlS,
    liveness,
    // 5-minute buckets: 288 rows per GPU per day; 80,000 GPUs keep ~23M rows a day.
    historyResolutionS: int("TELEMETRY_HISTORY_RESOLUTION_S", 300, 1, 86_400),
    historyRetentionHours: int("TELEMETRY_HISTORY_RETENTION_HOURS", 7 * 24, 1, 24 * 3650),
    // Host ports handed to instances for SSH: 10,000 per host is far more instances than GPUs,
    // and the range stays clear of the usual service ports and the ephemeral range (32768+).
    sshPortMin: int("SSH_PORT_MIN", 20_000, 1024, 65_535),
    sshPortMax: int("SSH_PORT_MAX", 29_999, 1024, 65_535),
    // 2^17 is OWASP's minimum for scrypt (128 MiB, ~0.4 s a hash); tests use 2^14.
    passwordScryptLogN: int("PASSWORD_SCRYPT_LOG_N", 17, 14, 20),
    // 10 requests a second sustained, 20 at once: far above what a script polling its
    // instances needs, and low enough that one token cannot take a replica's capacity.
    apiRatePerS: int("API_RATE_PER_S", 10, 1, 100_000),
    apiRateBurst: int("API_RATE_BURST", 20, 1, 1_000_000),
    // Each attempt costs ~0.4 s of scrypt: 20 a minute per address keeps guessing slow and the
    // CPU free for everyone else.
    authRatePerMin: int("AUTH_RATE_PER_MIN", 20, 1, 100_000),
    // The tracking API's limits are Runicorn's (60 a minute, v2 queries 100, batch deletes 10);
    // metric and log ingestion has its own budget: a laptop logging every few steps sends a
    // batch every second or so, which 60 a minute would starve (docs/decisions/0032-tracking.md).
    trackingRates: {
      standard: int("TRACKING_RATE_PER_MIN", 60, 1, 1_000_000),
      v2: int("TRACKING_V2_RATE_PER_MIN", 100, 1, 1_000_000),
      batch: int("TRACKING_BATCH_RATE_PER_MIN", 10, 1, 1_000_000),
      ingest: int("TRACKING_INGEST_RATE_PER_MIN", 600, 1, 1_000_000),
    },
    // 10 a minute per username: a user who mistypes a few times is never stopped, and guessing
    // one account from many addresses (a botnet) is as slow as from one.
    authRatePerUserPerMin: int("AUTH_RATE_PER_USER_PER_MIN", 10, 1, 100_000),
    // 20 failed lookups a minute per address (an IPv6 /64): a client with a deleted token sees its
    // 401s; a scanner is answered 429 without a database query.
    authFailuresPerMin: int("AUTH_FAILURES_PER_MIN", 20, 1, 100_000),
    // 16 waiting behind the 2 running (~0.4 s each): at most ~3.2 s of queue, within any client's
    // timeout; beyond it a 429 costs nothing, where queueing would hold memory and sockets.
    passwordHashQueue: int("PASSWORD_HASH_QUEUE", 16, 0, 10_000),
    trustProxy: { kind: "off" },
    // UTC unless the operator chooses an offset (the original API showed +08:00, Beijing time):
    // docs/decisions/0023-time-format.md.
    apiTimeOffsetMinutes: 0,
    // SPEC §3: 7 days to renew or recharge before the data is deleted.
    instanceRetentionDays: int("INSTANCE_RETENTION_DAYS", 7, 1, 365),
    // Every minute: a balance that runs out stops its instances within a minute (they are never
    // charged past that moment either way); each run settles only what is due.
    billingSchedule: get("BILLING_SCHEDULE") ?? "* * * * *",
    billingSettleMinutes: int("BILLING_SETTLE_MINUTES", 60, 1, 60),
    // Placement (docs/decisions/0016-capacity-aware-placement.md): by default a host sells what
    // it has (ratio 1.0) less one core, 2 GiB and 50 GB for its OS, agent, Docker engine, image
    // layers and logs, which is what a GPU server's own services take with room for bursts.
    placement: {
      cpuOvercommit: ratio("PLACEMENT_CPU_OVERCOMMIT", 1),
      memoryOvercommit: ratio("PLACEMENT_MEMORY_OVERCOMMIT", 1),
      diskOvercommit: ratio("PLACEMENT_DISK_OVERCOMMIT", 1),
      reservedCpus: int("HOST_RESERVED_CPUS", 1, POLICY_LIMITS.reserved_cpus.min, POLICY_LIMITS.reserved_cpus.max),
      reservedMemoryGib: int("HOST_RESERVED_MEMORY_GIB", 2, POLICY_LIMITS.reserved_memory_gib.min, POLICY_LIMITS.reserved_memory_gib.max),
      reservedDiskGb: int("HOST_RESERVED_DISK_GB", 50, POLICY_LIMITS.reserved_disk_gb.min, POLICY_LIMITS.reserved_disk_gb.max),
    },
    // Without a quota, a container's disk is not bounded: extra disk would be a promise the host
    // cannot keep (and one customer could fill the disk of all).
    requireDiskQuota: bool("PLACEMENT_REQUIRE_DISK_QUOTA", true),
    // A snapshot is a full copy of a system disk (often 10-50 GB) on the host's disk: 20 a user
    // is plenty for versions of an environment and keeps one customer from filling a host.
    maxImagesPerUser: int("MAX_IMAGES_PER_USER", 20, 0, 10_000),
    registration: "closed",
  };
  try {
    config.blobStore = parseBlobStoreSetting(get);
  } catch (err) {
    problems.push((err as Error).message);
  }
  const registration = get("REGISTRATION") ?? "closed";
  if (registration === "open" || registration === "closed") config.registration = registration;
  else problems.push(`REGISTRATION must be open or closed, got "${registration.slice(0, 32)}"`);
  if (!validSchedule(config.billingSchedule)) problems.push(`BILLING_SCHEDULE must be a cron expression such as "* * * * *", got "${config.billingSchedule}"`);
  if (config.sshPortMin > config.sshPortMax) problems.push("SSH_PORT_MIN must not exceed SSH_PORT_MAX");
  try {
    config.trustProxy = parseTrustProxy(get("TRUST_PROXY"));
  } catch (err) {
    problems.push(`TRUST_PROXY must be off, a number of proxy hops, or a list of proxy addresses/CIDRs: ${(err as Error).message}`);
  }
  const offset = get("API_TIME_OFFSET") ?? "+00:00";
  if (UTC_OFFSET_PATTERN.test(offset)) config.apiTimeOffsetMinutes = parseUtcOffset(offset);
  else problems.push(`API_TIME_OFFSET must be a UTC offset such as +08:00 or -05:00, got "${offset}"`);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Every variable with its default and meaning, as --help prints them (README has the full table). */
export const VARIABLES: readonly (readonly [name: string, fallback: string, meaning: string])[] = [
  ["HOST", "127.0.0.1", "address to listen on (HTTP API and agent WebSockets)"],
  ["PORT", "8080", "HTTP port (0 picks a free one)"],
  ["GRPC_HOST", "127.0.0.1", "address of the gRPC admin port"],
  ["GRPC_PORT", "8081", "gRPC admin port; off disables it"],
  ["DATABASE_URL", "(embedded)", "postgres://…; without it an embedded PostgreSQL runs under DATA_DIR/postgres"],
  ["DATA_DIR", "./.data", "generated admin token and secret key, embedded database files, blobs (BLOB_STORE=fs), upload staging"],
  ["CONSOLE_DIR", "packages/console/dist", "the built web console served at /"],
  ["BLOB_STORE", "fs", "where dataset and model files live: fs (DATA_DIR/blobs), file:///dir, or s3://bucket/prefix"],
  ["S3_ENDPOINT", "(AWS)", "an S3-compatible server's URL (MinIO, Ceph…); buckets are then addressed by path"],
  ["S3_REGION", "us-east-1", "the bucket's region"],
  ["S3_FORCE_PATH_STYLE", "(true with S3_ENDPOINT)", "true or false: bucket in the path rather than the host name"],
  ["S3_ACCESS_KEY_ID", "(SDK chain)", "with S3_SECRET_ACCESS_KEY; unset: the AWS SDK's credential chain (AWS_ACCESS_KEY_ID, instance roles…)"],
  ["S3_SECRET_ACCESS_KEY", "(SDK chain)", "see S3_ACCESS_KEY_ID"],
  ["STORAGE_MULTIPART_MAX_MB", "100", "largest multipart version upload (all files of one request); larger files go through /api/v1/uploads (tus)"],
  ["STORAGE_UPLOAD_MAX_GB", "100", "largest single resumable upload"],
  ["STORAGE_UPLOAD_TTL_HOURS", "24", "how long an unfinished or unused upload is kept"],
  ["STORAGE_GC_GRACE_MINUTES", "60", "how long unreferenced content is kept before garbage collection"],
  ["STORAGE_PRICE_PER_GB_DAY_CENTS", "0", "price of 1 GB stored for a day, charged daily to the workspace's wallet; 0: free"],
  ["TASK_SCHEDULER_INTERVAL_MS", "2000", "how often the task queue is looked at (it is also woken on submit and when GPUs are given back)"],
  ["TASK_HOST_LOST_S", "300", "a placed task whose host stays offline this long ends failed with reason host_lost"],
  ["TASK_MAX_LOG_LINES", "200000", "log lines kept per task; more are counted, not stored"],
  ["TASK_MAX_METRIC_LINES", "1000000", "metric lines (metrics.jsonl) kept per task; more are counted, not stored"],
  ["TASK_MAX_LINE_BYTES", "16384", "bytes of one log or metric line kept (longer lines are cut)"],
  ["TASK_STOP_GRACE_S", "30", "seconds between SIGTERM and SIGKILL when a task is cancelled or runs out of time"],
  ["TRACKING_URL", "(none)", "the tracking API's address as code inside a task reaches it (REMOTEGPU_TRACKING_URL)"],
  ["TASK_OUTPUT_MAX_GB", "10", "largest single file of a task's output an agent may upload (PUT /agent/v1/tasks/…/output/…)"],
  ["ADMIN_TOKEN", "(generated)", "admin bearer token, at least 16 characters; set it when running several replicas"],
  [
    "SECRET_KEYS",
    "(generated)",
    "keys sealing stored root passwords: comma list of 32-byte base64 keys, the first seals; set it when running several replicas",
  ],
  ["LOG_LEVEL", "info", "trace, debug, info, warn, error, fatal, silent (JSON logs on stdout)"],
  ["REPLICA_ID", "hostname + random", "name of this replica in logs and job claims"],
  ["DB_POOL_MAX", "10", "PostgreSQL connections per replica"],
  ["EMBEDDED_PG_PORT", "0", "port of the embedded PostgreSQL (127.0.0.1 only; 0 = a free one)"],
  ["MAX_AGENT_SESSIONS", "20000", "agent sessions one replica accepts"],
  ["JOIN_TOKEN_DEFAULT_TTL_S", "1800", "join-token lifetime when ttl_seconds is not given"],
  ["JOIN_TOKEN_MAX_TTL_S", "604800", "longest join-token lifetime"],
  ["HEARTBEAT_MIN_INTERVAL_MS", "5000", "heartbeat interval for a small fleet"],
  ["HEARTBEAT_MAX_INTERVAL_MS", "60000", "longest heartbeat interval for a huge fleet"],
  ["HEARTBEATS_PER_SECOND", "1000", "heartbeat rate one replica aims for"],
  ["TELEMETRY_MIN_INTERVAL_MS", "10000", "telemetry interval for a small fleet"],
  ["TELEMETRY_MAX_INTERVAL_MS", "120000", "longest telemetry interval"],
  ["TELEMETRY_PER_SECOND", "500", "telemetry frames per second one replica aims for"],
  ["HOST_SUSPECT_AFTER_MISSED", "3", "missed heartbeats before a host is suspect"],
  ["HOST_OFFLINE_AFTER_MISSED", "10", "missed heartbeats before a host is offline"],
  ["HOST_AWAY_GRACE_S", "600", "seconds a host may be offline before its instances stop paying for GPUs"],
  ["TELEMETRY_HISTORY_RESOLUTION_S", "300", "telemetry history bucket size"],
  ["TELEMETRY_HISTORY_RETENTION_HOURS", "168", "telemetry history kept this long"],
  ["SSH_PORT_MIN", "20000", "lowest host port handed to an instance"],
  ["SSH_PORT_MAX", "29999", "highest host port handed to an instance"],
  ["PASSWORD_SCRYPT_LOG_N", "17", "scrypt cost of customer password hashes (log2 N)"],
  ["API_RATE_PER_S", "10", "public API requests per second per token"],
  ["API_RATE_BURST", "20", "requests a token may make at once"],
  ["AUTH_RATE_PER_MIN", "20", "token endpoint attempts per minute per client address (IPv6: per /64)"],
  ["TRACKING_RATE_PER_MIN", "60", "tracking API (/api) requests per minute per user"],
  ["TRACKING_V2_RATE_PER_MIN", "100", "tracking API /api/v2 queries per minute per user"],
  ["TRACKING_BATCH_RATE_PER_MIN", "10", "tracking API batch deletes (soft-delete, restore, recycle bin) per minute per user"],
  ["TRACKING_INGEST_RATE_PER_MIN", "600", "tracking API metric and log batches (POST /api/runs/{id}/metrics|logs) per minute per user"],
  ["AUTH_RATE_PER_USER_PER_MIN", "10", "token endpoint attempts per minute per username"],
  ["AUTH_FAILURES_PER_MIN", "20", "failed customer-token lookups per minute per client address before 429"],
  ["PASSWORD_HASH_QUEUE", "16", "password checks waiting for a hashing slot (2 run at once) before 429"],
  ["TRUST_PROXY", "off", "off, a number of reverse-proxy hops, or proxy addresses/CIDRs: read the client address from X-Forwarded-For"],
  ["API_TIME_OFFSET", "+00:00", "UTC offset of times in public API responses (e.g. +08:00)"],
  ["BILLING_SCHEDULE", "* * * * *", "cron schedule of the billing cycle"],
  ["BILLING_SETTLE_MINUTES", "60", "hourly instances are settled at least this often"],
  ["INSTANCE_RETENTION_DAYS", "7", "days Expired and unpaid instances are kept before they are destroyed"],
  ["PLACEMENT_CPU_OVERCOMMIT", "1.0", "CPU cores sold per core a host has (after its reserve), 0.1 to 100"],
  ["PLACEMENT_MEMORY_OVERCOMMIT", "1.0", "memory sold per byte a host has (after its reserve), 0.1 to 100"],
  ["PLACEMENT_DISK_OVERCOMMIT", "1.0", "instance disk sold per byte of a host's instance storage (after its reserve), 0.1 to 100"],
  ["HOST_RESERVED_CPUS", "1", "cores of each host kept for the host itself"],
  ["HOST_RESERVED_MEMORY_GIB", "2", "GiB of memory of each host kept for the host itself"],
  ["HOST_RESERVED_DISK_GB", "50", "GB of each host's instance storage kept for the host itself"],
  ["PLACEMENT_REQUIRE_DISK_QUOTA", "true", "sell extra disk only on hosts whose engine enforces disk sizes (false: on every host)"],
  ["MAX_IMAGES_PER_USER", "20", "custom images (snapshots) one user may keep; 0 disables snapshots"],
  ["REGISTRATION", "closed", "open: anyone may sign up at POST /api/v1/auth/register; closed: operators create users"],
];

/** What `remotegpu-control-plane --help` prints. */
export function usage(): string {
  const width = Math.max(...VARIABLES.map(([n]) => n.length));
  const lines = VARIABLES.map(([name, fallback, meaning]) => `  ${name.padEnd(width)}  ${meaning} [${fallback}]`);
  return (
    "usage: remotegpu-control-plane [--help]\n\n" +
    "Runs the control plane: the public, platform and admin HTTP APIs, the agent hub, the gRPC admin\n" +
    "service and the periodic jobs. Configured by environment variables (defaults in brackets):\n\n" +
    `${lines.join("\n")}\n\nSee README.md, "Configuration", for details.\n`
  );
}

/** Parses BLOB_STORE and its S3 settings; throws with a message naming what is wrong. */
function parseBlobStoreSetting(get: (name: string) => string | undefined): BlobStoreSetting {
  const v = get("BLOB_STORE") ?? "fs";
  if (v === "fs") return { kind: "fs", dir: undefined };
  if (v.startsWith("file://")) {
    const dir = v.slice("file://".length);
    if (!dir.startsWith("/")) throw new Error("BLOB_STORE=file:// needs an absolute directory, e.g. file:///var/lib/remotegpu/blobs");
    return { kind: "fs", dir };
  }
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(v);
  if (!m) throw new Error(`BLOB_STORE must be fs, file:///dir or s3://bucket/prefix, got "${v.slice(0, 80)}"`);
  const endpoint = get("S3_ENDPOINT");
  const pathStyle = get("S3_FORCE_PATH_STYLE");
  if (pathStyle !== undefined && pathStyle !== "true" && pathStyle !== "false") throw new Error("S3_FORCE_PATH_STYLE must be true or false");
  return {
    kind: "s3",
    bucket: m[1]!,
    prefix: (m[2] ?? "").replace(/^\/+|\/+$/g, ""),
    endpoint,
    region: get("S3_REGION") ?? "us-east-1",
    // S3-compatible servers (MinIO, Ceph, s3rver) address buckets by path.
    forcePathStyle: pathStyle === undefined ? endpoint !== undefined : pathStyle === "true",
    accessKeyId: get("S3_ACCESS_KEY_ID"),
    secretAccessKey: get("S3_SECRET_ACCESS_KEY"),
  };
}
