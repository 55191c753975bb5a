// remotegpu-agent: composition root. The only module that touches `process` (argv, env,
// signals, exit codes).
import { join } from "node:path";
import { ArtifactCache, httpArtifactSource } from "./artifacts/cache.js";
import { execFile } from "node:child_process";
import { readFileSync, writeSync } from "node:fs";
import { pino } from "pino";
import { AGENT_WS_PATH, CloseCode, type pb } from "@remotegpu/protocol";
import { type AgentConfig, ConfigError, loadConfig, sessionUrl, usage, wantsHelp } from "./config.js";
import { DockerEngine } from "./containers/docker.js";
import { CapabilityWatch } from "./containers/capabilities.js";
import { CommandExecutor } from "./containers/executor.js";
import { Reconciler } from "./containers/reconciler.js";
import { ContainerRuntime } from "./containers/runtime.js";
import { Outbox } from "./session/outbox.js";
import { SessionClient, type HelloAuth } from "./session/client.js";
import { loadIdentity, newSecret, saveIdentity, type StoredIdentity } from "./state/identity.js";
import { CommandJournal, decodeResult } from "./state/journal.js";
import { Collector } from "./telemetry/collector.js";
import { NvidiaSmi } from "./telemetry/nvidia-smi/collector.js";
import { httpOutputUploader, pruneOutcomes, TaskFinisher } from "./tasks/finish.js";
import { TaskShipper } from "./tasks/shipper.js";

// sysexits.h: a configuration the agent cannot work with; systemd's unit does not restart on it.
const EX_CONFIG = 78;
/** Time allowed for a clean shutdown before exiting anyway (systemd's TimeoutStopSec is 30 s). */
const STOP_DEADLINE_MS = 10_000;

const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

async function main(): Promise<void> {
  if (wantsHelp(process.argv.slice(2))) {
    // Before anything else: --help reads no file and touches nothing.
    process.stdout.write(usage());
    process.exit(0);
  }
  let config: AgentConfig;
  try {
    config = loadConfig(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`remotegpu-agent: ${err.message}\n`);
      process.exit(EX_CONFIG);
    }
    throw err;
  }
  const log = pino({ name: "remotegpu-agent", level: config.logLevel });

  let identity: StoredIdentity | null;
  try {
    identity = await loadIdentity(config.dataDir);
  } catch (err) {
    log.fatal({ err: (err as Error).message }, "cannot read the host credential");
    process.exit(EX_CONFIG);
  }
  if (identity?.hostId) {
    if (config.joinToken) log.info({ hostId: identity.hostId }, "already enrolled; the join token is not used");
  } else if (config.joinToken) {
    if (!identity) {
      identity = { version: 1, hostId: null, secret: newSecret(), controlPlane: config.controlPlane, enrolledAt: null };
      await saveIdentity(config.dataDir, identity); // stored before it is ever sent
    }
  } else {
    log.fatal({ dataDir: config.dataDir }, "no host credential in the data dir and no join token: pass --join-token (from POST /admin/join-tokens)");
    process.exit(EX_CONFIG);
  }
  const current: StoredIdentity = identity!;
  const joinToken = config.joinToken;

  const engine = new DockerEngine(config.dockerHost);
  // Logged once per state: at start, and again only when it changes (toolkit installed, ...).
  const capabilities = new CapabilityWatch(engine, config.gpuAttach, (c) => {
    if (c.gpuAttachProblem)
      log.error({ gpuAttach: config.gpuAttach, problem: c.gpuAttachProblem }, "GPUs cannot reach containers; this host is given no GPU instances");
    else if (config.gpuAttach !== "none") log.info({ gpuAttach: config.gpuAttach }, "GPU attach mode can work");
    if (c.storageQuotaSupported) log.info("disk quotas enforced (overlay2 on xfs with project quotas): system and data disks get their sizes");
    else log.warn({ problem: c.storageQuotaProblem }, "disk sizes are not enforced on this host; extra disks are not sold on it");
  });
  const collector = new Collector(
    new NvidiaSmi({ path: config.nvidiaSmi, timeoutMs: config.nvidiaSmiTimeoutMs, log: log.child({ component: "nvidia-smi" }) }),
    engine,
    config.publicAddress,
    { capabilities, instanceNetwork: config.instanceNetwork },
  );

  // Crash tests arm named points in the container runtime where the agent kills itself (kill -9
  // semantics: no cleanup, no flush), to prove that nothing is lost or done twice.
  const failpoints = new Set(config.failpoints);
  const failpoint = (name: string): void => {
    if (!failpoints.has(name)) return;
    // Written synchronously: the logger is asynchronous and SIGKILL leaves no time to flush.
    writeSync(2, JSON.stringify({ level: 40, time: Date.now(), failpoint: name, msg: "failpoint reached: killing the agent" }) + "\n");
    process.kill(process.pid, "SIGKILL");
  };
  const journal = new CommandJournal(config.dataDir);
  await journal.load();
  const outbox = new Outbox(config.telemetryBuffer);
  const artifacts = new ArtifactCache(
    config.artifactCacheDir || join(config.dataDir, "artifacts"),
    httpArtifactSource(
      config.controlPlane,
      () => current.hostId ?? "",
      () => current.secret,
    ),
    config.artifactCacheGb * 1e9,
    (msg, extra) => log.info({ component: "artifacts", ...extra }, msg),
  );
  // Tasks' run and output directories, and the outcomes of finished ones (decision 0031).
  const tasksDir = join(config.dataDir, "tasks");
  let session: SessionClient | undefined;
  const shipper = new TaskShipper({
    engine,
    tasksDir,
    log: log.child({ component: "tasks" }),
    send: (out) => session?.sendTaskOutput(out) ?? false,
    onEnded: () => void reconciler.poll(),
  });
  const runtime = new ContainerRuntime(engine, {
    artifacts,
    tasksDir,
    onTask: (id, event) => {
      if (event === "created") void shipper.sync();
      else shipper.forget(id);
    },
    gpuAttach: config.gpuAttach,
    network: config.instanceNetwork,
    logMaxSize: config.containerLogMaxSize,
    logMaxFiles: config.containerLogMaxFiles,
    enforceQuota: () => capabilities.storageQuota,
    failpoint,
  });
  const sendResult = (commandId: string, result: pb.CommandResultInit): void => {
    outbox.addReliable(
      { commandResult: result },
      () => void journal.acked(commandId).catch((err: Error) => log.warn({ err: err.message }, "could not mark a result acknowledged")),
    );
    session?.flush();
  };
  const tasks = new TaskFinisher({
    runtime,
    shipper,
    tasksDir,
    log: log.child({ component: "tasks" }),
    uploader: httpOutputUploader(
      config.controlPlane,
      () => current.hostId ?? "",
      () => current.secret,
    ),
  });
  const executor = new CommandExecutor({
    journal,
    runtime,
    tasks,
    log: log.child({ component: "commands" }),
    send: sendResult,
    settled: (state) => reconciler.note(state),
    touched: (id) => reconciler.touch(id),
  });
  const reconciler = new Reconciler(
    engine,
    log.child({ component: "containers" }),
    (id) => executor.isBusy(id),
    (changed) => {
      outbox.addReliable({ containerStates: { containers: changed, full: false } });
      session?.flush();
    },
  );
  // Results recorded before a restart but never acknowledged go out first.
  for (const e of journal.unacknowledged()) sendResult(e.commandId, decodeResult(e.result!));
  await journal.prune();

  let exiting = false;
  session = new SessionClient({
    url: sessionUrl(config.controlPlane, AGENT_WS_PATH),
    agentVersion: VERSION,
    log: log.child({ component: "session" }),
    source: collector,
    outbox,
    // The full list in Hello supersedes container changes still waiting to be sent.
    containers: () => {
      outbox.dropReliable((b) => Boolean(b.containerStates));
      return reconciler.forHello();
    },
    onCommand: (cmd) => executor.receive(cmd),
    onTaskOutputAck: (ack) => shipper.onAck(ack),
    onReady: () => shipper.onSessionReady(),
    reconnectBaseMs: config.reconnectBaseMs,
    reconnectMaxMs: config.reconnectMaxMs,
    identity: {
      auth: (): HelloAuth =>
        current.hostId
          ? { credential: { hostId: current.hostId, secret: current.secret } }
          : { enrollment: { joinToken: joinToken ?? "", hostSecret: current.secret } },
      enrolled: async (hostId) => {
        if (current.hostId === hostId) return;
        current.hostId = hostId;
        current.enrolledAt = new Date().toISOString();
        await saveIdentity(config.dataDir, current);
        const c = capabilities.current;
        log.info(
          {
            hostId,
            dataDir: config.dataDir,
            diskQuotas: c?.storageQuotaSupported ?? false,
            ...(c?.storageQuotaProblem ? { diskQuotaProblem: c.storageQuotaProblem } : {}),
            ...(c?.gpuAttachProblem ? { gpuAttachProblem: c.gpuAttachProblem } : {}),
          },
          c?.storageQuotaSupported
            ? "enrolled; host credential stored; disk quotas enforced"
            : "enrolled; host credential stored; disk sizes NOT enforced here",
        );
      },
    },
    onFatal: (code, reason) => {
      const hint =
        code === CloseCode.HOST_REVOKED
          ? `move ${config.dataDir}/credential.json away and enroll again with a new join token`
          : code === CloseCode.UNSUPPORTED_PROTOCOL_VERSION
            ? "upgrade the agent to a version the control plane supports"
            : "ask the operator for a new join token (POST /admin/join-tokens)";
      log.fatal({ code, reason, hint }, "the control plane refused this agent");
      void shutdown(EX_CONFIG);
    },
  });

  async function shutdown(code: number): Promise<void> {
    if (exiting) return;
    exiting = true;
    const timer = setTimeout(() => process.exit(code), STOP_DEADLINE_MS);
    timer.unref();
    // In order, each awaited: no new container reports, then the session closes (what is not
    // acknowledged yet is in the journal and goes out again after the restart).
    clearInterval(pruning);
    await reconciler.stop();
    clearInterval(taskSync);
    await shipper.stop();
    await session!.stop();
    log.flush();
    process.exit(code);
  }
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(0));

  session.start();
  reconciler.start(config.containerPollMs);
  // Task containers found by their labels (after a restart, running or exited) are shipped again.
  shipper.start();
  await shipper.sync();
  const taskSync = setInterval(() => void shipper.sync(), 10_000);
  taskSync.unref();
  // Acknowledged journal entries older than a week go; checking every 6 hours is plenty.
  // Outcomes of finished tasks are kept a week as well (a FinishTask delivered again answers the same).
  const pruning = setInterval(() => {
    void journal.prune().catch(() => undefined);
    void pruneOutcomes(tasksDir, 7 * 86_400_000).catch(() => undefined);
  }, 6 * 3600_000);
  pruning.unref();
  log.info(
    { version: VERSION, controlPlane: config.controlPlane, dataDir: config.dataDir, hostId: current.hostId, publicAddress: config.publicAddress || null },
    "remotegpu-agent started",
  );
  notifySystemd();
}

/** Tells systemd (Type=notify, NotifyAccess=all) that start-up is done; a no-op elsewhere. */
function notifySystemd(): void {
  if (!process.env["NOTIFY_SOCKET"]) return;
  // systemd-notify answers at once; 5 s keeps a stuck one from lingering.
  execFile("systemd-notify", ["--ready"], { timeout: 5000 }, () => undefined);
}

main().catch((err: unknown) => {
  process.stderr.write(`remotegpu-agent: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
