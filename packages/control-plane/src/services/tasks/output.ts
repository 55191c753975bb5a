// TaskOutput frames from agents (docs/decisions/0031-tasks.md): numbered log and metric lines
// of a task's attempt, stored in its run exactly once; the answer is the next line the control
// plane expects, which the hub sends back as TaskOutputAck.
import { isInstanceId, TaskChannel, TaskStream, type pb } from "@remotegpu/protocol";
import { taskOfInstance, updateTask } from "../../db/queries/tasks.js";
import type { Db } from "../../db/knex.js";
import { progressOf } from "../../domain/tasks.js";
import { clock } from "../clock.js";
import { appendRunLogs, appendRunMetrics, findRun } from "../tracking/runs.js";
import { publishTask } from "./lifecycle.js";

/** Lines one frame may carry (the agent sends at most 1,000). */
const MAX_LINES_PER_FRAME = 1000;
/** Attempts looked up recently: a busy task sends a frame every few milliseconds. */
const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;

interface Attempt {
  taskId: string;
  runId: string;
  hostId: string;
  totalSteps: number | null;
  step: number | null;
  at: number;
}

export class TaskOutputSink {
  private readonly attempts = new Map<string, Attempt>();

  constructor(private readonly db: Db) {}

  private async attempt(instanceId: string): Promise<Attempt | undefined> {
    const now = Date.now();
    const hit = this.attempts.get(instanceId);
    if (hit && now - hit.at < CACHE_MS) return hit;
    const t = await taskOfInstance(this.db, instanceId);
    if (!t?.run_id || !t.host_id) return undefined;
    if (this.attempts.size >= CACHE_MAX) this.attempts.clear();
    const a: Attempt = {
      taskId: t.task_id,
      runId: t.run_id,
      hostId: t.host_id,
      totalSteps: t.total_steps === null ? null : Number(t.total_steps),
      step: t.step,
      at: now,
    };
    this.attempts.set(instanceId, a);
    return a;
  }

  /**
   * Stores the frame's lines (those that continue exactly where the run is) and answers the next
   * line expected. Frames about instances that are not this host's tasks are dropped with an
   * answer past their lines, so the agent does not send them again.
   */
  async receive(hostId: string, m: pb.TaskOutput): Promise<number> {
    const first = Number(m.firstLine);
    const past = first + m.lines.length;
    if (!isInstanceId(m.instanceId) || !Number.isSafeInteger(first) || first < 0 || m.lines.length > MAX_LINES_PER_FRAME)
      return Number.isSafeInteger(past) ? past : 0;
    const a = await this.attempt(m.instanceId);
    if (!a || a.hostId !== hostId) return past;
    const dropped = Math.max(0, Math.min(Number(m.droppedLines) || 0, Number.MAX_SAFE_INTEGER));
    if (m.channel === TaskChannel.TASK_CHANNEL_LOG) {
      const lines = m.lines.map((l) => ({
        stream: l.stream === TaskStream.TASK_STREAM_STDERR ? ("stderr" as const) : ("stdout" as const),
        text: l.text,
        atMs: Number(l.atMs),
      }));
      return appendRunLogs(this.db, a.runId, first, lines, dropped);
    }
    if (m.channel === TaskChannel.TASK_CHANNEL_METRICS) {
      const next = await appendRunMetrics(
        this.db,
        a.runId,
        first,
        m.lines.map((l) => ({ text: l.text, atMs: Number(l.atMs) })),
        dropped,
      );
      await this.progress(a);
      return next;
    }
    return past;
  }

  /** The task's step and progress follow its run's last step. */
  private async progress(a: Attempt): Promise<void> {
    const run = await findRun(this.db, a.runId);
    const step = run?.last_step === null || run?.last_step === undefined ? null : Number(run.last_step);
    if (step === null || step === a.step) return;
    a.step = step;
    await updateTask(this.db, a.taskId, { step, progress: progressOf(step, a.totalSteps) }, clock.now());
    await publishTask(this.db, a.taskId);
  }
}
