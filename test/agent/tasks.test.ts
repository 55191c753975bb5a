// Tasks on the agent (decision 0031) against a real Docker engine: the task container (runs its
// command once, exits with its code, never restarted, its run and output directories mounted),
// the shipping of its log and metrics lines as TaskOutput (numbering, streams, acknowledgements
// that jump, resends, limits, bounded memory), and FinishTask (upload, limits, convergence).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { pino } from "pino";
import { agentv1, CommandStatus, ContainerStatus, type pb, TaskChannel, TaskStream } from "@remotegpu/protocol";
import t, { type Test } from "tap";
import { DockerEngine } from "../../packages/agent/src/containers/docker.js";
import { CommandExecutor } from "../../packages/agent/src/containers/executor.js";
import { CommandJournal } from "../../packages/agent/src/state/journal.js";
import { ContainerRuntime } from "../../packages/agent/src/containers/runtime.js";
import { buildContainerOptions } from "../../packages/agent/src/containers/spec.js";
import { httpOutputUploader, outcomePath, TaskFinisher } from "../../packages/agent/src/tasks/finish.js";
import { CUT_MARK, DockerLogParser, FileLineParser } from "../../packages/agent/src/tasks/lines.js";
import { TaskShipper } from "../../packages/agent/src/tasks/shipper.js";
import { dockerHost, inspect, instanceObjects, testImage } from "../helpers/docker.js";
import { tempDir } from "../helpers/processes.js";
import { waitFor } from "../helpers/wait.js";

const log = pino({ level: "silent" });
const newId = () => `gpu-t${randomBytes(6).toString("hex")}-1`;
const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

function taskSpec(command: string[], task: Partial<pb.TaskSpecInit> = {}, over: Partial<pb.InstanceSpecInit> = {}) {
  return agentv1.InstanceSpec.create({
    imageRef: testImage(),
    memoryBytes: 256 * 2 ** 20,
    pidsLimit: 256,
    rootPassword: "never-used",
    task: { command, runDir: "/remotegpu/run", outputDir: "/remotegpu/output", maxLogLines: 100_000, maxMetricLines: 1000, maxLineBytes: 1024, ...task },
    ...over,
  });
}

/** One Docker frame: 8-byte header and the payload. */
function frame(stream: 1 | 2, payload: string): Buffer {
  const b = Buffer.from(payload);
  const h = Buffer.alloc(8);
  h[0] = stream;
  h.writeUInt32BE(b.length, 4);
  return Buffer.concat([h, b]);
}

/**
 * The control plane's end of TaskOutput as decision 0031 describes it: lines are stored only from
 * exactly the next expected one, and every frame is answered with next_line.
 */
class FakeControlPlane {
  readonly stored = new Map<string, pb.TaskLineInit[]>();
  readonly eof = new Map<string, boolean>();
  readonly dropped = new Map<string, number>();
  frames: pb.TaskOutputInit[] = [];
  /** Frames not answered (and not stored): a lost frame or a lost answer. */
  loseNext = 0;
  /** Delay of each answer. */
  delayMs = 0;
  /** Keep the lines' text (off for the big test). */
  keep = true;
  counts = new Map<string, number>();
  shipper: TaskShipper | undefined;

  key(id: string, ch: pb.TaskChannel) {
    return `${id}/${ch}`;
  }

  next(id: string, ch: pb.TaskChannel): number {
    return this.counts.get(this.key(id, ch)) ?? 0;
  }

  lines(id: string, ch: pb.TaskChannel): pb.TaskLineInit[] {
    return this.stored.get(this.key(id, ch)) ?? [];
  }

  /** Pretend the control plane already stored `n` lines (after an agent restart). */
  preset(id: string, ch: pb.TaskChannel, n: number): void {
    this.counts.set(this.key(id, ch), n);
  }

  send = (out: pb.TaskOutputInit): boolean => {
    // Without the lines when they are not kept: the test itself must not hold the output.
    this.frames.push(this.keep ? out : { ...out, lines: (out.lines ?? []).map(() => ({})) });
    if (this.loseNext > 0) {
      this.loseNext--;
      return true;
    }
    const answer = () => {
      const k = this.key(out.instanceId!, out.channel!);
      let next = this.counts.get(k) ?? 0;
      if (out.firstLine === next) {
        const lines = out.lines ?? [];
        if (this.keep) this.stored.set(k, [...(this.stored.get(k) ?? []), ...lines]);
        next += lines.length;
        this.counts.set(k, next);
        this.dropped.set(k, Number(out.droppedLines ?? 0));
        if (out.eof) this.eof.set(k, true);
      }
      this.shipper?.onAck(agentv1.TaskOutputAck.create({ instanceId: out.instanceId!, channel: out.channel!, nextLine: next }));
    };
    if (this.delayMs > 0) setTimeout(answer, this.delayMs);
    else setImmediate(answer);
    return true;
  };
}

async function setup(t: Test, cp = new FakeControlPlane(), shipperOver: { resendMs?: number } = {}) {
  const engine = new DockerEngine(await dockerHost());
  const tasksDir = join(tempDir("tasks"), "tasks");
  const ended: { id: string; at: number }[] = [];
  const shipper = new TaskShipper({ engine, tasksDir, log, send: cp.send, tickMs: 100, onEnded: (id) => ended.push({ id, at: Date.now() }), ...shipperOver });
  cp.shipper = shipper;
  const runtime = new ContainerRuntime(engine, {
    gpuAttach: "none",
    network: "none",
    tasksDir,
    onTask: (id, event) => (event === "created" ? void shipper.sync() : shipper.forget(id)),
  });
  shipper.start();
  t.teardown(() => shipper.stop());
  return { engine, tasksDir, shipper, runtime, cp, ended };
}

t.test("Docker's log stream: frames, streams, timestamps, partial and cut lines", async (t) => {
  const lines: pb.TaskLineInit[] = [];
  const p = new DockerLogParser(32, (l) => lines.push(l));
  const all = Buffer.concat([
    frame(1, "2026-12-02T10:00:00.123456789Z hello\n"),
    frame(2, "2026-12-02T10:00:01.000000000Z oops\n"),
    frame(1, "2026-12-02T10:00:02.000000000Z part one "),
    frame(1, "2026-12-02T10:00:03.000000000Z and two\n"),
    frame(1, `2026-12-02T10:00:04.000000000Z ${"x".repeat(100)}\n`),
    frame(2, "2026-12-02T10:00:05.000000000Z no newline at the end"),
  ]);
  // Byte by byte: frames split anywhere still parse.
  for (let i = 0; i < all.length; i += 7) p.write(all.subarray(i, i + 7));
  p.end();
  t.same(
    lines.map((l) => [l.stream, l.text]),
    [
      [TaskStream.TASK_STREAM_STDOUT, "hello"],
      [TaskStream.TASK_STREAM_STDERR, "oops"],
      [TaskStream.TASK_STREAM_STDOUT, "part one and two"],
      [TaskStream.TASK_STREAM_STDOUT, `${"x".repeat(32 - Buffer.byteLength(CUT_MARK))}${CUT_MARK}`],
      [TaskStream.TASK_STREAM_STDERR, "no newline at the end"],
    ],
  );
  t.equal(lines[0]!.atMs, Date.parse("2026-12-02T10:00:00.123Z"), "Docker's time");
  t.equal(lines[2]!.atMs, Date.parse("2026-12-02T10:00:02Z"), "a line in parts has the time of its first part");
  t.ok(
    lines.every((l) => Buffer.byteLength(l.text!) <= 32),
    "no line over the limit",
  );

  const m: pb.TaskLineInit[] = [];
  const f = new FileLineParser(1024, (l) => m.push(l));
  f.write(Buffer.from('{"a":1}\n{"a"'));
  t.same(
    m.map((l) => l.text),
    ['{"a":1}'],
    "only complete lines",
  );
  f.write(Buffer.from(":2}\n€"));
  f.end();
  t.same(
    m.map((l) => l.text),
    ['{"a":1}', '{"a":2}', "€"],
  );
  t.ok(m.every((l) => l.stream === TaskStream.TASK_STREAM_METRICS));
});

t.test("a task's container options: run once, argv, no SSH, its two directories", async (t) => {
  const s = taskSpec(["/bin/sh", "-c", "echo hi"]);
  const o = buildContainerOptions(
    { instanceId: "gpu-tabc-1", generation: 1, spec: s, gpuUuids: [], image: s.imageRef, taskDirs: { run: "/h/run", output: "/h/out" } },
    { gpuAttach: "none", network: "bridge" },
  );
  t.same(o.Entrypoint, ["/bin/sh"]);
  t.same(o.Cmd, ["-c", "echo hi"]);
  t.equal(o.HostConfig.RestartPolicy.Name, "no");
  t.equal(o.ExposedPorts, undefined, "no port, not even SSH on a bridge network");
  t.equal(o.HostConfig.PortBindings, undefined);
  t.notOk(
    o.Env.some((e) => e.startsWith("ROOT_PASSWORD=")),
    "no root password",
  );
  t.equal(o.Labels["io.remotegpu.task"], "1");
  t.same(JSON.parse(o.Labels["io.remotegpu.task-limits"]!), { maxLogLines: 100_000, maxMetricLines: 1000, maxLineBytes: 1024 });
  t.same(
    o.HostConfig.Mounts.map((m) => [m.Type, m.Source, m.Target, "ReadOnly" in m ? m.ReadOnly : undefined]),
    [
      ["bind", "/h/run", "/remotegpu/run", false],
      ["bind", "/h/out", "/remotegpu/output", false],
    ],
    "no data volume without a data disk",
  );
  const withData = buildContainerOptions(
    {
      instanceId: "gpu-tabc-1",
      generation: 1,
      spec: taskSpec([], {}, { dataDiskBytes: 1e9 }),
      gpuUuids: [],
      image: s.imageRef,
      taskDirs: { run: "/h/run", output: "/h/out" },
    },
    { gpuAttach: "none", network: "none" },
  );
  t.equal(withData.HostConfig.Mounts[0]!.Target, "/root/data");
  t.equal(withData.Entrypoint, undefined, "no command: the image's own");
  for (const [task, why] of [
    [{ runDir: "/" }, /system directory|absolute/],
    [{ runDir: "relative" }, /absolute/],
    [{ runDir: "/a/../etc" }, /\.\./],
    [{ runDir: "/etc" }, /system directory/],
    [{ runDir: "/proc/x" }, /system directory/],
    [{ outputDir: "/root/data/out" }, /data disk/],
    [{ outputDir: "/models/m" }, /datasets and models/],
    [{ runDir: "/out", outputDir: "/out" }, /apart/],
    [{ runDir: "/out/run", outputDir: "/out" }, /apart/],
  ] as const) {
    t.throws(
      () =>
        buildContainerOptions(
          { instanceId: "gpu-tabc-1", generation: 1, spec: taskSpec([], task), gpuUuids: [], image: s.imageRef, taskDirs: { run: "/h/run", output: "/h/out" } },
          { gpuAttach: "none", network: "none" },
        ),
      why,
      JSON.stringify(task),
    );
  }
});

t.test("a task container runs its command once and exits with its code", async (t) => {
  const { runtime, tasksDir, ended } = await setup(t);
  for (const code of [0, 3]) {
    const id = newId();
    t.teardown(() => runtime.destroy(id).catch(() => undefined));
    const script = `echo out; echo err >&2; echo done > /remotegpu/output/result.txt; echo '{"step":1}' > /remotegpu/run/metrics.jsonl; sleep 1; exit ${code}`;
    const created = await runtime.create(id, 1, taskSpec(["/bin/sh", "-c", script]));
    t.equal(created.status, ContainerStatus.CONTAINER_STATUS_RUNNING, "the create result reports the running container");
    t.equal(created.imageRef, testImage());
    const exitedAt = await waitFor("the task to exit", async () => {
      const s = await runtime.state(id);
      return s.status === ContainerStatus.CONTAINER_STATUS_STOPPED ? Date.now() : undefined;
    });
    const state = await runtime.state(id);
    t.equal(state.exitCode, code, `exit code ${code}`);
    const c = await inspect(`rgpu-${id}`);
    t.equal(c.HostConfig.RestartPolicy.Name, "no");
    t.same(c.HostConfig.PortBindings ?? {}, {}, "nothing published");
    t.equal(readFileSync(join(tasksDir, id, "output", "result.txt"), "utf8"), "done\n", "the output directory is the host's");
    t.equal(readFileSync(join(tasksDir, id, "run", "metrics.jsonl"), "utf8"), '{"step":1}\n', "so is the run directory");
    t.equal(statSync(join(tasksDir, id, "output")).mode & 0o7777, 0o1777, "writable by any uid the image runs as");
    t.same((await instanceObjects(id)).volumes, [], "no data volume");
    // The shipper noticed the end at once: the reconciler is asked to report it then.
    const e = await waitFor("the shipper to see the end", () => ended.find((x) => x.id === id));
    t.ok(e.at - exitedAt < 2000, `the end is noticed within 2 s (${e.at - exitedAt} ms)`);
    await new Promise((r) => setTimeout(r, 1500));
    const later = await inspect(`rgpu-${id}`);
    t.equal(later.State.Status, "exited", "never restarted");
    t.equal(later.RestartCount, 0);
    // A plain destroy removes the task's directory too and stops its shipping.
    await runtime.destroy(id);
    t.notOk(existsSync(join(tasksDir, id)), "destroy removes the task directory");
  }
});

t.test("log lines in order with their streams, metrics with a last unterminated line", async (t) => {
  const { runtime, cp, shipper } = await setup(t);
  const id = newId();
  t.teardown(() => runtime.destroy(id).catch(() => undefined));
  const script = [
    "i=0; while [ $i -lt 30 ]; do echo out$i; echo err$i >&2; i=$((i+1)); done",
    "echo '{\"loss\":1}' >> /remotegpu/run/metrics.jsonl",
    "sleep 0.5",
    "echo '{\"loss\":0.5}' >> /remotegpu/run/metrics.jsonl",
    "printf '{\"loss\":0.25}' >> /remotegpu/run/metrics.jsonl",
  ].join("; ");
  await runtime.create(id, 1, taskSpec(["/bin/sh", "-c", script]));
  t.same(shipper.tracked.includes(id) || (await waitFor("tracked", () => shipper.tracked.includes(id))), true);
  const L = TaskChannel.TASK_CHANNEL_LOG;
  const M = TaskChannel.TASK_CHANNEL_METRICS;
  await waitFor("both channels at eof", () => cp.eof.get(cp.key(id, L)) && cp.eof.get(cp.key(id, M)));
  const logLines = cp.lines(id, L);
  t.equal(logLines.length, 60);
  const outs = logLines.filter((l) => l.stream === TaskStream.TASK_STREAM_STDOUT).map((l) => l.text);
  const errs = logLines.filter((l) => l.stream === TaskStream.TASK_STREAM_STDERR).map((l) => l.text);
  t.same(
    outs,
    Array.from({ length: 30 }, (_, i) => `out${i}`),
    "stdout in order",
  );
  t.same(
    errs,
    Array.from({ length: 30 }, (_, i) => `err${i}`),
    "stderr in order",
  );
  t.ok(
    logLines.every((l, i) => i === 0 || Number(l.atMs) >= Number(logLines[i - 1]!.atMs)),
    "in Docker's time order",
  );
  t.same(
    cp.lines(id, M).map((l) => l.text),
    ['{"loss":1}', '{"loss":0.5}', '{"loss":0.25}'],
    "metrics, the unterminated last line once the container ended",
  );
  t.ok(cp.lines(id, M).every((l) => l.stream === TaskStream.TASK_STREAM_METRICS && Number(l.atMs) > 0));
  // Every frame started at the line the control plane expected: never a gap, never a repeat.
  const logFrames = cp.frames.filter((f) => f.channel === L && f.instanceId === id);
  t.ok(logFrames.length >= 1);
  t.equal(logFrames.at(-1)!.eof, true);
});

t.test("an acknowledgement that jumps forward, a lost answer, lines over the limit", async (t) => {
  const cp = new FakeControlPlane();
  const { runtime, shipper } = await setup(t, cp, { resendMs: 400 });
  const id = newId();
  t.teardown(() => runtime.destroy(id).catch(() => undefined));
  const L = TaskChannel.TASK_CHANNEL_LOG;
  // The control plane has the first 10 lines already (the agent restarted).
  cp.preset(id, L, 10);
  cp.loseNext = 1;
  const script = "i=0; while [ $i -lt 50 ]; do echo line$i; i=$((i+1)); done";
  await runtime.create(id, 1, taskSpec(["/bin/sh", "-c", script], { maxLogLines: 40 }));
  await waitFor("eof", () => cp.eof.get(cp.key(id, L)));
  t.same(
    cp.lines(id, L).map((l) => l.text),
    Array.from({ length: 30 }, (_, i) => `line${i + 10}`),
    "from line 10 on, up to the limit of 40",
  );
  t.equal(cp.dropped.get(cp.key(id, L)), 10, "the lines over the limit are counted");
  const frames = cp.frames.filter((f) => f.channel === L && f.instanceId === id);
  t.equal(frames[0]!.firstLine, 0, "the agent starts at 0 after a restart");
  t.equal(frames[1]!.firstLine, 0, "the lost frame is sent again after the resend delay");
  t.ok(
    frames.slice(2).every((f) => Number(f.firstLine) >= 10),
    "then from where the control plane is",
  );
  t.ok(
    cp.frames.every((f) => (f.lines ?? []).every((l) => !String(l.text).match(/line4[0-9]/))),
    "lines over the limit are never sent",
  );
  t.ok(shipper.tracked.includes(id), "still tracked until FinishTask");
});

t.test("a task printing 20 MB: memory stays bounded, every line arrives", async (t) => {
  const cp = new FakeControlPlane();
  cp.keep = false;
  cp.delayMs = 60; // a slower control plane than the task
  const { runtime, shipper } = await setup(t, cp);
  const id = newId();
  t.teardown(() => runtime.destroy(id).catch(() => undefined));
  const line = "y".repeat(199);
  // 100,000 lines of 200 bytes.
  const script = `/bin/busybox yes ${line} | head -n 100000`;
  const before = process.memoryUsage();
  let peakHeld = 0;
  let peakLines = 0;
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const h = shipper.held(id);
    if (h) peakHeld = Math.max(peakHeld, h.bytes);
    if (h) peakLines = Math.max(peakLines, h.lines);
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  t.teardown(() => clearInterval(sampler));
  await runtime.create(id, 1, taskSpec(["/bin/sh", "-c", script], { maxLogLines: 1_000_000, maxLineBytes: 1024 }));
  await waitFor("eof", () => cp.eof.get(cp.key(id, TaskChannel.TASK_CHANNEL_LOG)), 120_000);
  clearInterval(sampler);
  t.equal(cp.next(id, TaskChannel.TASK_CHANNEL_LOG), 100_000, "every line, numbered without a gap");
  t.ok(peakLines >= 3000, `the window filled up: the task was ahead of the control plane (${peakLines} lines, ${peakHeld} bytes)`);
  t.ok(peakLines <= 4000 + 1000 && peakHeld <= 2.5 * 2 ** 20, "and no more than the window was held");
  const mb = (n: number) => Math.round(n / 2 ** 20);
  t.ok(
    peakHeap - before.heapUsed < 20 * 2 ** 20,
    `the heap did not grow with the 20 MB of output (${mb(peakHeap - before.heapUsed)} MB; RSS ${mb(peakRss - before.rss)} MB)`,
  );
  const frames = cp.frames.filter((f) => f.instanceId === id && f.channel === TaskChannel.TASK_CHANNEL_LOG);
  t.ok(
    frames.every((f) => (f.lines ?? []).length <= 1000),
    "at most 1,000 lines a frame",
  );
  t.ok(
    frames.every((f) => agentv1.TaskOutput.encode(agentv1.TaskOutput.create(f)).finish().length <= 256 * 1024 + 1024),
    "and about 256 KiB",
  );
});

/** A stand-in for PUT /agent/v1/tasks/{id}/output/{sha256}: checks the digest, keeps the bytes. */
async function outputServer(t: Test) {
  const stored = new Map<string, Buffer>();
  const puts: { path: string; status: number; auth: string; host: string }[] = [];
  let fail = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const m = /^\/agent\/v1\/tasks\/([^/]+)\/output\/([0-9a-f]{64})$/.exec(req.url ?? "");
      const body = Buffer.concat(chunks);
      let status = 201;
      if (fail > 0) {
        fail--;
        status = 503;
      } else if (req.method !== "PUT" || !m) status = 404;
      else if (sha(body) !== m[2]) status = 422;
      else if (stored.has(m[2]!)) status = 200;
      else stored.set(m[2]!, body);
      puts.push({ path: req.url ?? "", status, auth: String(req.headers["authorization"]), host: String(req.headers["x-remotegpu-host-id"]) });
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  t.teardown(() => new Promise<void>((r) => server.close(() => r())));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    stored,
    puts,
    failNext(n: number) {
      fail = n;
    },
  };
}

t.test("FinishTask: stops, flushes, uploads the output, removes everything; again: the same answer", async (t) => {
  const env = await setup(t);
  const { runtime, tasksDir, shipper, cp } = env;
  const srv = await outputServer(t);
  const finisher = new TaskFinisher({
    runtime,
    shipper,
    tasksDir,
    log,
    uploader: httpOutputUploader(
      srv.url,
      () => "host-1",
      () => "secret-1",
    ),
    retryDelaysMs: [20, 20, 20],
  });
  const id = newId();
  t.teardown(() => runtime.destroy(id).catch(() => undefined));
  const script = [
    "mkdir -p /remotegpu/output/sub",
    "echo model > /remotegpu/output/model.bin",
    "echo cfg > /remotegpu/output/sub/config.json",
    ": > /remotegpu/output/empty",
    "echo '{\"acc\":0.9}' > /remotegpu/run/metrics.jsonl",
    "echo started",
    "trap 'echo bye; exit 7' TERM",
    "while true; do sleep 0.1; done",
  ].join("; ");
  await runtime.create(id, 1, taskSpec(["/bin/sh", "-c", script]));
  await waitFor("started", () => cp.lines(id, TaskChannel.TASK_CHANNEL_LOG).length >= 1);
  // A link the task planted pointing at a host file is not followed.
  symlinkSync("/etc/passwd", join(tasksDir, id, "output", "passwd-link"));
  srv.failNext(1); // one 503: retried
  const r = await finisher.finish(id, { upload: true, maxOutputBytes: 1_000_000, maxOutputFiles: 10, timeoutS: 5, flushTimeoutS: 10 });
  t.equal(r.state.status, ContainerStatus.CONTAINER_STATUS_REMOVED);
  const o = r.task;
  t.equal(o.exitCode, 7, "stopped with SIGTERM; its own exit code");
  t.equal(o.flushed, true);
  t.equal(o.logLines, 2, "started, bye");
  t.equal(o.metricLines, 1);
  t.equal(o.outputError, "");
  t.same(
    o.files,
    [
      { path: "empty", size: 0, sha256: sha("") },
      { path: "model.bin", size: 6, sha256: sha("model\n") },
      { path: "sub/config.json", size: 4, sha256: sha("cfg\n") },
    ],
    "regular files only, relative paths, the link skipped",
  );
  t.equal(srv.stored.get(sha("model\n"))?.toString(), "model\n", "the bytes arrived");
  t.ok(
    srv.puts.every((p) => p.auth === "Bearer secret-1" && p.host === "host-1"),
    "with the host credential",
  );
  t.equal(srv.puts.filter((p) => p.status === 503).length, 1, "a 5xx is retried");
  t.same(
    cp.lines(id, TaskChannel.TASK_CHANNEL_LOG).map((l) => l.text),
    ["started", "bye"],
  );
  t.same(await instanceObjects(id), { containers: [], volumes: [], stateImages: [] }, "the container is gone");
  t.notOk(existsSync(join(tasksDir, id)), "so is the task directory");
  t.ok(existsSync(outcomePath(tasksDir, id)), "the outcome is kept");
  t.notOk(shipper.tracked.includes(id));

  const putsBefore = srv.puts.length;
  const again = await finisher.finish(id, { upload: true, maxOutputBytes: 1_000_000, maxOutputFiles: 10, timeoutS: 5, flushTimeoutS: 10 });
  t.same(again, r, "run again (a crash after the outcome was written): the same answer");
  t.equal(srv.puts.length, putsBefore, "nothing uploaded twice");
});

t.test("FinishTask refuses output over its limits and uploads nothing", async (t) => {
  const { runtime, tasksDir, shipper } = await setup(t);
  const srv = await outputServer(t);
  const finisher = new TaskFinisher({
    runtime,
    shipper,
    tasksDir,
    log,
    uploader: httpOutputUploader(
      srv.url,
      () => "h",
      () => "s",
    ),
  });
  for (const [limits, why] of [
    [{ maxOutputBytes: 100, maxOutputFiles: 10 }, /more than 100/],
    [{ maxOutputBytes: 1_000_000, maxOutputFiles: 2 }, /more than 2 files/],
  ] as const) {
    const id = newId();
    t.teardown(() => runtime.destroy(id).catch(() => undefined));
    await runtime.create(
      id,
      1,
      taskSpec([
        "/bin/sh",
        "-c",
        "echo a > /remotegpu/output/a; echo b > /remotegpu/output/b; echo c > /remotegpu/output/c; head -c 200 /bin/busybox > /remotegpu/output/big; exit 1",
      ]),
    );
    await waitFor("exit", async () => (await runtime.state(id)).status === ContainerStatus.CONTAINER_STATUS_STOPPED);
    const r = await finisher.finish(id, { upload: true, ...limits, timeoutS: 1, flushTimeoutS: 10 });
    t.match(r.task.outputError, why);
    t.same(r.task.files, []);
    t.equal(r.task.exitCode, 1);
    t.equal(srv.puts.length, 0, "nothing uploaded");
    t.notOk(existsSync(join(tasksDir, id)), "removed all the same");
  }
  // upload=false: only flush and remove.
  const id = newId();
  await runtime.create(id, 1, taskSpec(["/bin/sh", "-c", "echo x > /remotegpu/output/x"]));
  const r = await finisher.finish(id, { upload: false, timeoutS: 1, flushTimeoutS: 10 });
  t.same(r.task.files, []);
  t.equal(r.task.outputError, "");
  t.equal(r.task.exitCode, 0);
  t.equal(srv.puts.length, 0);
  t.same((await instanceObjects(id)).containers, []);
});

t.test("FinishTask of a container that is gone still answers", async (t) => {
  const { runtime, tasksDir, shipper } = await setup(t);
  const finisher = new TaskFinisher({ runtime, shipper, tasksDir, log, uploader: { put: async () => undefined } });
  const id = newId();
  mkdirSync(join(tasksDir, id, "output"), { recursive: true });
  writeFileSync(join(tasksDir, id, "output", "f"), "x");
  const r = await finisher.finish(id, { upload: true, maxOutputBytes: 100, maxOutputFiles: 10, timeoutS: 1, flushTimeoutS: 5 });
  t.equal(r.state.status, ContainerStatus.CONTAINER_STATUS_REMOVED);
  t.equal(r.task.exitCode, undefined, "no exit code known");
  t.equal(r.task.flushed, true, "both channels ended at once (nothing to read)");
  t.same(r.task.files, [{ path: "f", size: 1, sha256: sha("x") }]);
});

t.test("an agent restarted while a task ran finds it by its labels and ships it again from the start", async (t) => {
  const cp = new FakeControlPlane();
  const first = await setup(t, cp);
  const id = newId();
  t.teardown(() => first.runtime.destroy(id).catch(() => undefined));
  const L = TaskChannel.TASK_CHANNEL_LOG;
  await first.runtime.create(id, 1, taskSpec(["/bin/sh", "-c", "echo a; echo b; sleep 1; echo c"], { maxLogLines: 77 }));
  await waitFor("two lines", () => cp.next(id, L) >= 2);
  await first.shipper.stop(); // the agent dies
  // A new agent process: a new shipper that knows nothing but the container's labels.
  const second = new TaskShipper({ engine: first.engine, tasksDir: first.tasksDir, log, send: cp.send, tickMs: 100 });
  cp.shipper = second;
  second.start();
  t.teardown(() => second.stop());
  await second.sync();
  t.ok(second.tracked.includes(id), "found by its labels");
  await waitFor("eof", () => cp.eof.get(cp.key(id, L)));
  t.same(
    cp.lines(id, L).map((l) => l.text),
    ["a", "b", "c"],
    "no line twice, none missing",
  );
  t.equal(
    cp.frames.filter((f) => f.instanceId === id && f.channel === L).filter((f) => f.firstLine === 0).length >= 2,
    true,
    "the new agent started at line 0",
  );
});

t.test("finish_task through the command executor: journaled, answered once, the same answer again", async (t) => {
  const { runtime, tasksDir, shipper } = await setup(t);
  const journal = new CommandJournal(tempDir("journal"));
  await journal.load();
  const results: pb.CommandResultInit[] = [];
  const tasks = new TaskFinisher({ runtime, shipper, tasksDir, log, uploader: { put: async () => undefined } });
  const executor = new CommandExecutor({ journal, runtime, tasks, log, send: (_id, r) => results.push(r) });
  const id = newId();
  t.teardown(() => runtime.destroy(id).catch(() => undefined));
  const create = agentv1.Command.create({
    commandId: randomUUID(),
    instanceId: id,
    generation: 1,
    create: { spec: taskSpec(["/bin/sh", "-c", "echo hi > /remotegpu/output/hi; exit 2"]) },
  });
  await executor.receive(create);
  await waitFor("created", () => results.length === 1);
  t.equal(results[0]!.status, CommandStatus.COMMAND_STATUS_SUCCEEDED);
  await waitFor("exited", async () => (await runtime.state(id)).status === ContainerStatus.CONTAINER_STATUS_STOPPED);
  const finish = agentv1.Command.create({
    commandId: randomUUID(),
    instanceId: id,
    generation: 2,
    finishTask: { upload: true, maxOutputBytes: 1000, maxOutputFiles: 10, timeoutS: 1, flushTimeoutS: 10 },
  });
  await executor.receive(finish);
  await waitFor("finished", () => results.length === 2);
  const r = results[1]!;
  t.equal(r.status, CommandStatus.COMMAND_STATUS_SUCCEEDED, String(r.errorMessage));
  t.equal(r.state?.status, ContainerStatus.CONTAINER_STATUS_REMOVED);
  t.equal(r.task?.exitCode, 2);
  t.same(r.task?.files, [{ path: "hi", size: 3, sha256: sha("hi\n") }]);
  await executor.receive(finish);
  await waitFor("answered again", () => results.length === 3);
  const bytes = (r: pb.CommandResultInit) => Buffer.from(agentv1.CommandResult.encode(agentv1.CommandResult.create(r)).finish()).toString("hex");
  t.equal(bytes(results[2]!), bytes(results[1]!), "a repeat gets the journal's answer");
  const stale = agentv1.Command.create({ commandId: randomUUID(), instanceId: id, generation: 1, finishTask: { upload: false } });
  await executor.receive(stale);
  await waitFor("refused", () => results.length === 4);
  t.equal(results[3]!.status, CommandStatus.COMMAND_STATUS_REFUSED_STALE, "generation checks apply");
});

t.test("a metrics file the task made a link or a FIFO is not read", async (t) => {
  const cp = new FakeControlPlane();
  const { shipper, tasksDir } = await setup(t, cp);
  const M = TaskChannel.TASK_CHANNEL_METRICS;
  const secret = join(tempDir("host"), "secret.txt");
  writeFileSync(secret, "host secret\n");
  const linked = newId();
  mkdirSync(join(tasksDir, linked, "run"), { recursive: true });
  symlinkSync(secret, join(tasksDir, linked, "run", "metrics.jsonl"));
  const fifo = newId();
  mkdirSync(join(tasksDir, fifo, "run"), { recursive: true });
  execFileSync("mkfifo", [join(tasksDir, fifo, "run", "metrics.jsonl")]);
  // No container of either: the log ends at once, and so does the metrics channel.
  shipper.track(linked, { maxLogLines: 0, maxMetricLines: 0, maxLineBytes: 0 });
  shipper.track(fifo, { maxLogLines: 0, maxMetricLines: 0, maxLineBytes: 0 });
  await waitFor("both at eof", () => cp.eof.get(cp.key(linked, M)) && cp.eof.get(cp.key(fifo, M)));
  t.same(cp.lines(linked, M), [], "the link is not followed");
  t.same(cp.lines(fifo, M), [], "the FIFO does not block the agent");
  t.notOk(
    cp.frames.some((f) => (f.lines ?? []).some((l) => String(l.text).includes("host secret"))),
    "the host file never leaves",
  );
});
