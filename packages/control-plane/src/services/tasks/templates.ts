// Training templates: the image, command, hyper-parameters (types, defaults, ranges), GPUs,
// CPU and memory per GPU and output directory a submission starts from. Operators manage them
// (POST/PATCH /admin/training/templates); members list them (GET /api/v1/training/templates).
import { IMAGE_REF_PATTERN } from "@remotegpu/protocol";
import { findTemplate, insertTemplate, listTemplates, updateTemplate, type TemplateColumns } from "../../db/queries/tasks.js";
import type { Db } from "../../db/knex.js";
import type { HyperparameterSpec, TemplateRow } from "../../db/rows.js";
import { specProblem } from "../../domain/tasks.js";
import { AppError, invalid, notFound } from "../../errors.js";
import { clock } from "../clock.js";
import { UUID_PATTERN } from "../platform/authz.js";
import { TASK_RUN_DIR } from "./lifecycle.js";
import { MAX_DURATION_S } from "./tasks.js";

export const MAX_HYPERPARAMETERS = 64;
const OUTPUT_DIR = /^\/[A-Za-z0-9._/-]{0,255}$/;

export interface TemplateView {
  id: string;
  name: string;
  description: string;
  image: string;
  command: string[];
  hyperparameters: Record<string, HyperparameterSpec>;
  gpu_count: number;
  cpu_per_gpu: number;
  memory_gib_per_gpu: number;
  output_dir: string;
  total_steps_param: string | null;
  max_duration_s: number | null;
  retired: boolean;
  created_at: string;
  updated_at: string;
}

export function templateView(t: TemplateRow): TemplateView {
  return {
    id: t.template_id,
    name: t.name,
    description: t.description,
    image: t.image_ref,
    command: t.command,
    hyperparameters: t.hyperparameters,
    gpu_count: t.gpu_count,
    cpu_per_gpu: t.cpu_per_gpu,
    memory_gib_per_gpu: t.memory_gib_per_gpu,
    output_dir: t.output_dir,
    total_steps_param: t.total_steps_param,
    max_duration_s: t.max_duration_s,
    retired: t.retired_at !== null,
    created_at: t.created_at.toISOString(),
    updated_at: t.updated_at.toISOString(),
  };
}

/** Reads template fields from a request body; `partial` for PATCH (absent fields unchanged). */
export function readTemplate(body: Record<string, unknown>, partial: boolean): Partial<TemplateColumns> & { retired?: boolean } {
  const out: Partial<TemplateColumns> & { retired?: boolean } = {};
  const has = (k: string) => body[k] !== undefined;
  const need = (k: string) => {
    if (!partial && !has(k)) throw invalid(`${k} is required`);
    return has(k);
  };
  const known = new Set([
    "name",
    "description",
    "image",
    "command",
    "hyperparameters",
    "gpu_count",
    "cpu_per_gpu",
    "memory_gib_per_gpu",
    "output_dir",
    "total_steps_param",
    "max_duration_s",
    "retired",
  ]);
  for (const k of Object.keys(body)) if (!known.has(k)) throw invalid(`unknown field ${JSON.stringify(k.slice(0, 64))}`);
  const text = (k: string, max: number, min = 0): string => {
    const v = body[k];
    if (typeof v !== "string" || v.length < min || v.length > max || v.includes("\u0000")) throw invalid(`${k} must be text of ${min} to ${max} characters`);
    return v;
  };
  const num = (k: string, min: number, max: number, integer: boolean): number => {
    const v = body[k];
    if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isSafeInteger(v)))
      throw invalid(`${k} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}`);
    return v;
  };
  if (need("name")) out.name = text("name", 128, 1);
  if (has("description")) out.description = text("description", 4096);
  else if (!partial) out.description = "";
  if (need("image")) {
    out.image_ref = text("image", 255, 1);
    if (!IMAGE_REF_PATTERN.test(out.image_ref)) throw invalid("image must be an image reference such as registry.example.com/train:1");
  }
  if (need("command")) {
    const c = body["command"];
    if (!Array.isArray(c) || c.length > 64 || !c.every((a) => typeof a === "string" && a.length <= 4096 && !a.includes("\u0000")))
      throw invalid("command must be a list of at most 64 strings (argv; [] runs the image's own command)");
    out.command = c as string[];
  }
  if (has("hyperparameters") || !partial) {
    const h = body["hyperparameters"] ?? {};
    if (typeof h !== "object" || h === null || Array.isArray(h))
      throw invalid("hyperparameters must be an object of name -> {type, default, min, max, choices}");
    const entries = Object.entries(h as Record<string, unknown>);
    if (entries.length > MAX_HYPERPARAMETERS) throw invalid(`at most ${MAX_HYPERPARAMETERS} hyperparameters`);
    for (const [name, spec] of entries) {
      const p = specProblem(name, spec);
      if (p) throw invalid(p);
    }
    out.hyperparameters = h as Record<string, HyperparameterSpec>;
  }
  if (need("gpu_count")) out.gpu_count = num("gpu_count", 1, 64, true);
  if (need("cpu_per_gpu")) out.cpu_per_gpu = num("cpu_per_gpu", 0.1, 256, false);
  if (need("memory_gib_per_gpu")) out.memory_gib_per_gpu = num("memory_gib_per_gpu", 0.1, 4096, false);
  if (has("output_dir") || !partial) {
    const d = has("output_dir") ? text("output_dir", 256, 1) : "/remotegpu/output";
    if (!OUTPUT_DIR.test(d) || d === "/" || d.split("/").includes("..") || d === TASK_RUN_DIR || d.startsWith(`${TASK_RUN_DIR}/`))
      throw invalid(`output_dir must be an absolute path (not / and not under ${TASK_RUN_DIR})`);
    out.output_dir = d;
  }
  if (has("total_steps_param")) {
    const v = body["total_steps_param"];
    if (v !== null && typeof v !== "string") throw invalid("total_steps_param must be the name of an int hyperparameter, or null");
    out.total_steps_param = v as string | null;
  } else if (!partial) out.total_steps_param = null;
  if (has("max_duration_s")) out.max_duration_s = body["max_duration_s"] === null ? null : num("max_duration_s", 1, MAX_DURATION_S, true);
  else if (!partial) out.max_duration_s = null;
  if (has("retired")) {
    if (typeof body["retired"] !== "boolean") throw invalid("retired must be true or false");
    out.retired = body["retired"];
  }
  return out;
}

function checkStepsParam(hp: Record<string, HyperparameterSpec>, param: string | null | undefined): void {
  if (param === null || param === undefined) return;
  if (hp[param]?.type !== "int") throw invalid("total_steps_param must name an int hyperparameter of the template");
}

export async function createTemplate(db: Db, input: Partial<TemplateColumns>): Promise<TemplateView> {
  const cols = input as TemplateColumns;
  checkStepsParam(cols.hyperparameters, cols.total_steps_param);
  const r = await insertTemplate(db, cols);
  if (r === "name_taken") throw new AppError("CONFLICT", `a template named ${JSON.stringify(cols.name)} exists`);
  return templateView(r);
}

export async function patchTemplate(db: Db, id: string, patch: Partial<TemplateColumns> & { retired?: boolean }): Promise<TemplateView> {
  const current = UUID_PATTERN.test(id) ? await findTemplate(db, id) : undefined;
  if (!current) throw notFound("template not found");
  const { retired, ...cols } = patch;
  checkStepsParam(cols.hyperparameters ?? current.hyperparameters, cols.total_steps_param === undefined ? current.total_steps_param : cols.total_steps_param);
  const r = await updateTemplate(
    db,
    id,
    { ...cols, ...(retired !== undefined ? { retired_at: retired ? (current.retired_at ?? clock.now()) : null } : {}) },
    clock.now(),
  );
  if (r === "name_taken") throw new AppError("CONFLICT", `a template named ${JSON.stringify(patch.name)} exists`);
  if (!r) throw notFound("template not found");
  return templateView(r);
}

export async function templates(db: Db, includeRetired: boolean, page: { page: number; limit: number }): Promise<{ items: TemplateView[]; total: number }> {
  const { rows, total } = await listTemplates(db, includeRetired, page.limit, (page.page - 1) * page.limit);
  return { items: rows.map(templateView), total };
}

export async function getTemplate(db: Db, id: string): Promise<TemplateView> {
  const t = UUID_PATTERN.test(id) ? await findTemplate(db, id) : undefined;
  if (!t) throw notFound("template not found");
  return templateView(t);
}
