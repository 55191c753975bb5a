// What the live channels (ws /ws) read for a subscription they authorised when it was made.
import { gpusOfHosts } from "../../db/queries/gpus.js";
import { findTask } from "../../db/queries/tasks.js";
import { logLines } from "../../db/queries/tracking/runs.js";
import type { Db } from "../../db/knex.js";
import type { TaskRow } from "../../db/rows.js";

export async function currentTask(db: Db, taskId: string): Promise<TaskRow | undefined> {
  return findTask(db, taskId);
}

export async function runLogLines(db: Db, runId: string, from: number, limit: number) {
  return logLines(db, runId, from, limit);
}

/** The task's GPUs with their latest telemetry. */
export async function taskGpusNow(db: Db, t: TaskRow) {
  if (!t.host_id) return [];
  const mine = new Set(t.gpu_indexes);
  return (await gpusOfHosts(db, [t.host_id])).filter((g) => mine.has(g.gpu_index));
}
