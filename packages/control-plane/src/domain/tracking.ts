// Pure rules of the experiment tracker (docs/decisions/0032-tracking.md): run ids, how a
// metrics.jsonl line becomes a step and metric values, and which metric is a run's best.
import { randomInt } from "node:crypto";
import { isStorableText } from "./text.js";

export const RUN_ID_PATTERN = /^[0-9]{8}_[0-9]{6}_[a-z0-9]{6}$/;

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** YYYYMMDD_HHMMSS_ (UTC) and 6 random [a-z0-9]: 36^6 ≈ 2·10^9 ids per second. */
export function newRunId(now: Date): string {
  const iso = now.toISOString(); // 2026-12-06T12:34:56.789Z
  const date = iso.slice(0, 10).replaceAll("-", "");
  const time = iso.slice(11, 19).replaceAll(":", "");
  let tail = "";
  for (let i = 0; i < 6; i++) tail += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return `${date}_${time}_${tail}`;
}

/** Fields of a metrics line that are not metrics. */
const NOT_METRICS = new Set(["step", "global_step", "time", "timestamp", "_step", "_time"]);
/** Longer names are ignored (they would only bloat every row). */
export const MAX_METRIC_NAME_LENGTH = 128;
/** Fields beyond this many in one line are ignored. */
export const MAX_METRICS_PER_LINE = 256;
/** A run lists at most this many distinct metric names; later new names are still stored in rows. */
export const MAX_METRIC_NAMES = 1000;

export interface ParsedMetricLine {
  step: number;
  values: Record<string, number>;
}

/**
 * A metrics.jsonl line: a JSON object; its `step` (or `global_step`) is the step (absent: the
 * previous step + 1, the first 0); every other finite number field is a metric. Undefined when
 * the line is not such an object or its step is not a safe integer (the line is counted as
 * invalid and stores nothing).
 */
export function parseMetricLine(text: string, previousStep: number | null): ParsedMetricLine | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  return metricObject(v, previousStep);
}

/** The same rules for an already parsed value (the HTTP API's rows). */
export function metricObject(v: unknown, previousStep: number | null): ParsedMetricLine | undefined {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const rawStep = o.step ?? o.global_step;
  let step: number;
  if (rawStep === undefined || rawStep === null) step = previousStep === null ? 0 : previousStep + 1;
  else if (typeof rawStep === "number" && Number.isSafeInteger(rawStep)) step = rawStep;
  else return undefined;
  const values: Record<string, number> = {};
  let n = 0;
  for (const [k, x] of Object.entries(o)) {
    if (NOT_METRICS.has(k) || typeof x !== "number" || !Number.isFinite(x)) continue;
    if (k.length === 0 || k.length > MAX_METRIC_NAME_LENGTH || !isStorableText(k)) continue;
    if (++n > MAX_METRICS_PER_LINE) break;
    values[k] = x;
  }
  return { step, values };
}

/** Loss-like names are minimised (the name contains "loss" or "err"); everything else maximised. */
export function metricMode(name: string): "min" | "max" {
  const n = name.toLowerCase();
  return n.includes("loss") || n.includes("err") ? "min" : "max";
}

/** The metric a run ranks by when none is configured: the first loss-like name, else the first. */
export function chooseBestMetric(names: string[]): string | undefined {
  return names.find((n) => metricMode(n) === "min") ?? names[0];
}

export function isBetter(mode: "min" | "max", candidate: number, best: number | null): boolean {
  if (best === null) return true;
  return mode === "min" ? candidate < best : candidate > best;
}
