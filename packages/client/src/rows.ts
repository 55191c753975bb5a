// What one call of run.log() may carry, checked before anything is written or queued: a refused
// call changes nothing (no line, no step used).

/** The step and metric names of one row, as the agent and the tracking API read them. */
export type MetricRow = { step: number } & Record<string, number>;

/** Names that mean the step to the tracking API's metrics.jsonl reader; a metric cannot use them. */
const RESERVED = new Set(["step", "global_step"]);
const MAX_NAME = 256;

/** A metric row for `metrics`, at `step`; throws a TypeError/RangeError saying what is wrong. */
export function metricRow(metrics: unknown, step: number): MetricRow {
  if (typeof metrics !== "object" || metrics === null || Array.isArray(metrics)) throw new TypeError("metrics must be an object of name → number");
  const entries = Object.entries(metrics);
  if (entries.length === 0) throw new TypeError("metrics must name at least one value");
  const row: Record<string, number> = { step };
  for (const [name, value] of entries) {
    if (name.length === 0 || name.length > MAX_NAME) throw new RangeError(`metric names must have 1 to ${MAX_NAME} characters`);
    if (RESERVED.has(name)) throw new RangeError(`"${name}" is the step: pass it as { step } instead`);
    if (typeof value !== "number") throw new TypeError(`metric "${name}" must be a number, not ${value === null ? "null" : typeof value}`);
    // JSON has no NaN or Infinity: a line with one would be unreadable to the agent.
    if (!Number.isFinite(value)) throw new RangeError(`metric "${name}" must be finite, not ${value}`);
    row[name] = value;
  }
  return row as MetricRow;
}

/** A step given by the caller: a whole number from 0 up that JSON carries exactly. */
export function checkStep(step: unknown): number {
  if (typeof step !== "number" || !Number.isSafeInteger(step) || step < 0)
    throw new RangeError(`step must be a whole number from 0 to 2^53-1, not ${String(step)}`);
  return step;
}

export const RUN_STATUSES = ["finished", "failed", "interrupted"] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export function checkStatus(status: unknown): RunStatus {
  if (!RUN_STATUSES.includes(status as RunStatus)) throw new RangeError(`status must be one of ${RUN_STATUSES.join(", ")}, not ${String(status)}`);
  return status as RunStatus;
}
