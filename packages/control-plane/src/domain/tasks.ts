// Tasks without I/O: their states, hyper-parameters checked against a template, the command a
// template makes, and the order of the fair queue (docs/decisions/0031-tasks.md).
import type { HyperparameterSpec } from "../db/rows.js";

export const TASK_STATUSES = ["queued", "scheduled", "pulling", "running", "succeeded", "failed", "cancelled", "timed_out"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const FINAL_STATUSES: readonly TaskStatus[] = ["succeeded", "failed", "cancelled", "timed_out"];
/** Placed on a host: an instance row executes it. */
export const PLACED_STATUSES: readonly TaskStatus[] = ["scheduled", "pulling", "running"];

export const isFinal = (s: TaskStatus): boolean => FINAL_STATUSES.includes(s);
export const isTaskStatus = (s: string): s is TaskStatus => (TASK_STATUSES as readonly string[]).includes(s);

/** Hyper-parameter names: usable as {{name}} in a command and as HP_<NAME> variables. */
export const HP_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_STRING = 1024;

/** Why a template's hyper-parameter declaration is unusable, or undefined. */
export function specProblem(name: string, s: unknown): string | undefined {
  if (!HP_NAME.test(name)) return `hyperparameter name ${JSON.stringify(name.slice(0, 64))} must match ${HP_NAME.source}`;
  if (typeof s !== "object" || s === null || Array.isArray(s)) return `hyperparameters.${name} must be an object`;
  const spec = s as Partial<HyperparameterSpec>;
  if (!["int", "float", "string", "bool", "enum"].includes(spec.type as string)) return `hyperparameters.${name}.type must be int, float, string, bool or enum`;
  for (const k of ["min", "max"] as const)
    if (spec[k] !== undefined && (typeof spec[k] !== "number" || !Number.isFinite(spec[k]))) return `hyperparameters.${name}.${k} must be a number`;
  if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) return `hyperparameters.${name}.min is above max`;
  if (spec.type === "enum") {
    if (!Array.isArray(spec.choices) || spec.choices.length === 0 || spec.choices.length > 100)
      return `hyperparameters.${name}.choices must list 1 to 100 values`;
    if (!spec.choices.every((c) => (typeof c === "string" && c.length <= MAX_STRING) || (typeof c === "number" && Number.isFinite(c))))
      return `hyperparameters.${name}.choices must be strings or numbers`;
  }
  if (spec.description !== undefined && (typeof spec.description !== "string" || spec.description.length > 1024))
    return `hyperparameters.${name}.description must be text of at most 1024 characters`;
  if (spec.default !== undefined) {
    const p = valueProblem(name, spec as HyperparameterSpec, spec.default);
    if (p) return `default: ${p}`;
  }
  return undefined;
}

/** Why `v` is not a value of the hyper-parameter, or undefined. */
export function valueProblem(name: string, spec: HyperparameterSpec, v: unknown): string | undefined {
  const range = (x: number): string | undefined =>
    (spec.min !== undefined && x < spec.min) || (spec.max !== undefined && x > spec.max)
      ? `${name} must be from ${spec.min ?? "-∞"} to ${spec.max ?? "∞"}`
      : undefined;
  switch (spec.type) {
    case "int":
      if (typeof v !== "number" || !Number.isSafeInteger(v)) return `${name} must be an integer`;
      return range(v);
    case "float":
      if (typeof v !== "number" || !Number.isFinite(v)) return `${name} must be a number`;
      return range(v);
    case "bool":
      return typeof v === "boolean" ? undefined : `${name} must be true or false`;
    case "string":
      return typeof v === "string" && v.length <= MAX_STRING && !v.includes("\u0000") ? undefined : `${name} must be text of at most ${MAX_STRING} characters`;
    case "enum":
      return (spec.choices ?? []).includes(v as string | number) ? undefined : `${name} must be one of ${JSON.stringify(spec.choices)}`;
  }
}

/**
 * The hyper-parameters of a submission: every given one declared and valid, the others from
 * their defaults; a declared one without a default must be given. Returns the values or the
 * problems (all of them, for one 422).
 */
export function resolveHyperparameters(
  specs: Record<string, HyperparameterSpec>,
  given: Record<string, unknown>,
): { values: Record<string, string | number | boolean> } | { problems: string[] } {
  const problems: string[] = [];
  const values: Record<string, string | number | boolean> = {};
  for (const name of Object.keys(given)) if (!Object.hasOwn(specs, name)) problems.push(`${name.slice(0, 64)} is not a hyperparameter of the template`);
  for (const [name, spec] of Object.entries(specs)) {
    const v = Object.hasOwn(given, name) ? given[name] : spec.default;
    if (v === undefined) {
      problems.push(`${name} is required`);
      continue;
    }
    const p = valueProblem(name, spec, v);
    if (p) problems.push(p);
    else values[name] = v as string | number | boolean;
  }
  return problems.length > 0 ? { problems } : { values };
}

/** The template's argv with {{name}} replaced by the values (a literal word each: no shell). */
export function renderCommand(command: readonly string[], values: Record<string, string | number | boolean>): string[] {
  return command.map((arg) =>
    arg.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (m, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : m)),
  );
}

/** HP_<NAME> variables for the hyper-parameters (what a script reads without parsing argv). */
export function hyperparameterEnv(values: Record<string, string | number | boolean>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`HP_${k.toUpperCase()}`, String(v)]));
}

// ---- the fair queue

export interface QueuedTask {
  taskId: string;
  workspaceId: string;
  priority: number;
  queuedAtMs: number;
  gpus: number;
}

export interface WorkspaceShare {
  /** Weight (> 0): a workspace with share 2 gets twice the GPUs of one with share 1 when both wait. */
  share: number;
  /** GPUs its tasks hold now. */
  held: number;
}

/**
 * The order in which queued tasks are offered GPUs: repeatedly the workspace with the lowest
 * (GPUs held + GPUs already offered in this pass) / share — ties by its oldest waiting task —
 * gives its next task (highest priority first, then first come). Pure, so that fairness is
 * testable without a database: over many small tasks each workspace's GPU share converges to
 * its weight.
 */
export function fairOrder(queued: readonly QueuedTask[], shares: ReadonlyMap<string, WorkspaceShare>): QueuedTask[] {
  const byWs = new Map<string, QueuedTask[]>();
  for (const t of queued) {
    const list = byWs.get(t.workspaceId);
    if (list) list.push(t);
    else byWs.set(t.workspaceId, [t]);
  }
  for (const list of byWs.values()) list.sort((a, b) => b.priority - a.priority || a.queuedAtMs - b.queuedAtMs || a.taskId.localeCompare(b.taskId));
  const load = new Map<string, number>();
  for (const ws of byWs.keys()) load.set(ws, shares.get(ws)?.held ?? 0);
  const out: QueuedTask[] = [];
  const heads = new Map<string, number>([...byWs.keys()].map((k) => [k, 0]));
  while (heads.size > 0) {
    let best: string | undefined;
    let bestKey = Number.POSITIVE_INFINITY;
    let bestAge = Number.POSITIVE_INFINITY;
    for (const [ws, i] of heads) {
      const key = load.get(ws)! / (shares.get(ws)?.share ?? 1);
      const age = byWs.get(ws)![i]!.queuedAtMs;
      if (key < bestKey || (key === bestKey && age < bestAge)) {
        best = ws;
        bestKey = key;
        bestAge = age;
      }
    }
    const i = heads.get(best!)!;
    const t = byWs.get(best!)![i]!;
    out.push(t);
    load.set(best!, load.get(best!)! + t.gpus);
    if (i + 1 < byWs.get(best!)!.length) heads.set(best!, i + 1);
    else heads.delete(best!);
  }
  return out;
}

/** Progress in percent (0-100) from a step and the total, or null when either is unknown. */
export function progressOf(step: number | null, total: number | null): number | null {
  if (step === null || total === null || total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((step / total) * 1000) / 10));
}
