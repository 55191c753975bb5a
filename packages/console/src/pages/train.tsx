// Training from a template (POST /training/submit): the template's hyper-parameters as typed
// inputs with its ranges checked here first (the server checks again; its 422 is shown as is),
// the project, the product (gpu_type) and GPU count, datasets, a starting model version, the
// longest run and the priority.
import { type FormEvent, useMemo, useState } from "react";
import { ApiError, platform, platformList, rental } from "../api.js";
import { useApp } from "../app.js";
import type { Product } from "../types.js";
import { ErrorBox, States, type Translate, useLoad } from "../ui.js";

interface Spec {
  type: "int" | "float" | "string" | "bool" | "enum";
  default?: unknown;
  min?: number;
  max?: number;
  choices?: (string | number)[];
  description?: string;
}

interface Template {
  id: string;
  name: string;
  description: string;
  hyperparameters: Record<string, Spec>;
  gpu_count: number;
  max_duration_s: number | null;
}

interface Project {
  id: string;
  name: string;
  workspace_id: string;
}

interface Dataset {
  id: string;
  name: string;
  latest_version_id: string | null;
}

interface ModelVersion {
  version_id: string;
  name: string;
  version: number;
}

/** The value a field's text stands for, or why it is not acceptable. */
export function checkValue(spec: Spec, raw: string | boolean, t: Translate): { value?: unknown; problem?: string } {
  if (spec.type === "bool") return { value: raw === true };
  const text = String(raw).trim();
  if (spec.type === "string") return { value: String(raw) };
  if (spec.type === "enum") {
    const c = (spec.choices ?? []).find((x) => String(x) === text);
    return c === undefined ? { problem: t("train.chooseOne") } : { value: c };
  }
  if (text === "") return { problem: t("train.required") };
  const n = Number(text);
  if (!Number.isFinite(n)) return { problem: t("train.notNumber") };
  if (spec.type === "int" && !Number.isInteger(n)) return { problem: t("train.notInteger") };
  if (spec.min !== undefined && n < spec.min) return { problem: t("train.tooSmall", { min: spec.min }) };
  if (spec.max !== undefined && n > spec.max) return { problem: t("train.tooLarge", { max: spec.max }) };
  return { value: n };
}

function HyperparameterField({
  name,
  spec,
  value,
  problem,
  onChange,
}: {
  name: string;
  spec: Spec;
  value: string | boolean;
  problem?: string;
  onChange: (v: string | boolean) => void;
}) {
  const id = `hp-${name}`;
  const hint = [spec.description, spec.min !== undefined || spec.max !== undefined ? `${spec.min ?? "…"} – ${spec.max ?? "…"}` : ""]
    .filter(Boolean)
    .join(" · ");
  const described = [hint ? `${id}-hint` : "", problem ? `${id}-problem` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{name}</label>
      {spec.type === "bool" ? (
        <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} aria-describedby={described} />
      ) : spec.type === "enum" ? (
        <select id={id} value={String(value)} onChange={(e) => onChange(e.target.value)} aria-describedby={described}>
          {(spec.choices ?? []).map((c) => (
            <option key={String(c)} value={String(c)}>
              {String(c)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={spec.type === "string" ? "text" : "number"}
          inputMode={spec.type === "int" ? "numeric" : spec.type === "float" ? "decimal" : undefined}
          step={spec.type === "int" ? 1 : spec.type === "float" ? "any" : undefined}
          value={String(value)}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described}
        />
      )}
      {hint && (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      )}
      {problem && (
        <small id={`${id}-problem`} className="problem" data-testid={`problem-${name}`}>
          {problem}
        </small>
      )}
    </div>
  );
}

const initialOf = (spec: Spec): string | boolean =>
  spec.type === "bool"
    ? spec.default === true
    : spec.default === undefined
      ? spec.type === "enum"
        ? String(spec.choices?.[0] ?? "")
        : ""
      : String(spec.default);

export default function Train() {
  const { t, me, navigate } = useApp();
  const loaded = useLoad(async () => {
    const [templates, projects, products, datasets, models] = await Promise.all([
      platformList<Template>("/training/templates?limit=100"),
      platformList<Project>("/projects?limit=100"),
      rental<{ items: Product[] }>("/gpu/product/list", {}),
      platformList<Dataset>("/datasets?limit=100"),
      platformList<ModelVersion>("/training/models?limit=100"),
    ]);
    return { templates: templates.items, projects: projects.items, products: products.items, datasets: datasets.items, models: models.items };
  }, []);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("train.title")}</h1>
      <States loaded={loaded} t={t} empty={t("train.noTemplates")} isEmpty={(d) => d.templates.length === 0}>
        {(d) => <TrainForm {...d} workspaceId={me.workspaces[0]?.id} onDone={(id) => navigate(`/tasks/${id}`)} reloadProjects={loaded.reload} />}
      </States>
    </section>
  );
}

function TrainForm({
  templates,
  projects,
  products,
  datasets,
  models,
  workspaceId,
  onDone,
  reloadProjects,
}: {
  templates: Template[];
  projects: Project[];
  products: Product[];
  datasets: Dataset[];
  models: ModelVersion[];
  workspaceId: string | undefined;
  onDone: (id: string) => void;
  reloadProjects: () => Promise<void>;
}) {
  const { t } = useApp();
  const [templateId, setTemplateId] = useState(templates[0]!.id);
  const template = templates.find((x) => x.id === templateId)!;
  const [values, setValues] = useState<Record<string, Record<string, string | boolean>>>({});
  const current = useMemo(
    () => Object.fromEntries(Object.entries(template.hyperparameters).map(([k, s]) => [k, values[templateId]?.[k] ?? initialOf(s)])),
    [template, templateId, values],
  );
  const [name, setName] = useState("");
  const [projectId, setProjectId] = useState(projects[0]?.id ?? "");
  const [newProject, setNewProject] = useState("");
  const gpuTypes = useMemo(() => [...new Map(products.map((p) => [p.gpu_type, p])).values()], [products]);
  const [gpuType, setGpuType] = useState(gpuTypes[0]?.gpu_type ?? "");
  const [gpuCount, setGpuCount] = useState(String(template.gpu_count));
  const [picked, setPicked] = useState<string[]>([]);
  const [modelVersion, setModelVersion] = useState("");
  const [maxMinutes, setMaxMinutes] = useState("");
  const [priority, setPriority] = useState("0");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [state, setState] = useState<{ kind: "working" | "failed"; text: string }>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const hyperparameters: Record<string, unknown> = {};
    for (const [k, spec] of Object.entries(template.hyperparameters)) {
      const r = checkValue(spec, current[k]!, t);
      if (r.problem) found[k] = r.problem;
      else hyperparameters[k] = r.value;
    }
    const count = Number(gpuCount);
    if (!Number.isInteger(count) || count < 1 || count > 64) found["gpu_count"] = t("train.gpuCountRange");
    const minutes = maxMinutes.trim() === "" ? undefined : Number(maxMinutes);
    if (minutes !== undefined && (!Number.isInteger(minutes) || minutes < 1 || minutes > 30 * 1440)) found["max_duration"] = t("train.durationRange");
    const prio = Number(priority);
    if (!Number.isInteger(prio) || prio < -100 || prio > 100) found["priority"] = t("train.priorityRange");
    if (!gpuType) found["gpu_type"] = t("train.chooseProduct");
    if (!projectId && !newProject.trim()) found["project"] = t("train.chooseProject");
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setState({ kind: "failed", text: t("train.fixFields") });
      return;
    }
    setState({ kind: "working", text: t("common.working") });
    try {
      let project = projectId;
      if (!project) {
        project = (await platform<Project>("POST", "/projects", { name: newProject.trim(), ...(workspaceId ? { workspace_id: workspaceId } : {}) })).id;
        // Chosen from now on: a refused submission tried again does not make the project twice.
        setProjectId(project);
        setNewProject("");
        await reloadProjects();
      }
      const task = await platform<{ id: string }>("POST", "/training/submit", {
        project_id: project,
        template_id: template.id,
        ...(name.trim() ? { name: name.trim() } : {}),
        hyperparameters,
        gpu_type: gpuType,
        gpu_count: count,
        ...(picked.length ? { dataset_version_ids: picked } : {}),
        ...(modelVersion ? { model_version_id: modelVersion } : {}),
        ...(minutes !== undefined ? { max_duration_s: minutes * 60 } : {}),
        priority: prio,
      });
      onDone(task.id);
    } catch (err) {
      setState({ kind: "failed", text: t("train.refused", { message: err instanceof ApiError ? err.message : String(err) }) });
    }
  };

  const problem = (k: string) =>
    problems[k] ? (
      <small id={`${k}-problem`} className="problem">
        {problems[k]}
      </small>
    ) : null;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="stack">
      <div className="field">
        <label htmlFor="train-template">{t("train.template")}</label>
        <select id="train-template" value={templateId} onChange={(e) => setTemplateId(e.target.value)} aria-describedby="train-template-desc">
          {templates.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
        <small id="train-template-desc" className="muted">
          {template.description}
        </small>
      </div>
      <div className="field">
        <label htmlFor="train-name">{t("common.name")}</label>
        <input id="train-name" value={name} maxLength={128} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="train-project">{t("train.project")}</label>
        <select
          id="train-project"
          value={projectId}
          onChange={(e) => setProjectId(e.target.value)}
          aria-describedby={problems["project"] ? "project-problem" : undefined}
        >
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value="">{t("train.newProject")}</option>
        </select>
        {!projectId && (
          <>
            <label htmlFor="train-new-project">{t("train.newProjectName")}</label>
            <input id="train-new-project" value={newProject} maxLength={128} onChange={(e) => setNewProject(e.target.value)} />
          </>
        )}
        {problem("project")}
      </div>
      <fieldset>
        <legend>{t("train.hyperparameters")}</legend>
        {Object.entries(template.hyperparameters).map(([k, spec]) => (
          <HyperparameterField
            key={`${templateId}-${k}`}
            name={k}
            spec={spec}
            value={current[k]!}
            problem={problems[k]}
            onChange={(v) => setValues((old) => ({ ...old, [templateId]: { ...old[templateId], [k]: v } }))}
          />
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="train-gpu-type">{t("train.product")}</label>
        <select id="train-gpu-type" value={gpuType} onChange={(e) => setGpuType(e.target.value)}>
          {gpuTypes.map((p) => (
            <option key={p.gpu_type} value={p.gpu_type}>
              {`${p.name} (${p.gpu_type}) · ${p.price_hour}/h`}
            </option>
          ))}
        </select>
        {problem("gpu_type")}
      </div>
      <div className="field">
        <label htmlFor="train-gpus">{t("train.gpuCount")}</label>
        <input id="train-gpus" type="number" min={1} max={64} step={1} value={gpuCount} onChange={(e) => setGpuCount(e.target.value)} />
        {problem("gpu_count")}
      </div>
      {datasets.some((d) => d.latest_version_id) && (
        <fieldset>
          <legend>{t("train.datasets")}</legend>
          {datasets
            .filter((d) => d.latest_version_id)
            .map((d) => (
              <label key={d.id} className="check">
                <input
                  type="checkbox"
                  checked={picked.includes(d.latest_version_id!)}
                  disabled={!picked.includes(d.latest_version_id!) && picked.length >= 8}
                  onChange={(e) => setPicked((old) => (e.target.checked ? [...old, d.latest_version_id!] : old.filter((x) => x !== d.latest_version_id)))}
                />
                {d.name}
              </label>
            ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor="train-model">{t("train.startModel")}</label>
        <select id="train-model" value={modelVersion} onChange={(e) => setModelVersion(e.target.value)}>
          <option value="">{t("train.noStartModel")}</option>
          {models.map((m) => (
            <option key={m.version_id} value={m.version_id}>
              {`${m.name} v${m.version}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="train-duration">{t("train.maxMinutes")}</label>
        <input
          id="train-duration"
          type="number"
          min={1}
          step={1}
          value={maxMinutes}
          placeholder={template.max_duration_s ? String(Math.ceil(template.max_duration_s / 60)) : ""}
          onChange={(e) => setMaxMinutes(e.target.value)}
        />
        {problem("max_duration")}
      </div>
      <div className="field">
        <label htmlFor="train-priority">{t("train.priority")}</label>
        <input id="train-priority" type="number" min={-100} max={100} step={1} value={priority} onChange={(e) => setPriority(e.target.value)} />
        {problem("priority")}
      </div>
      {state &&
        (state.kind === "failed" ? (
          <ErrorBox text={state.text} />
        ) : (
          <p role="status" className="muted">
            {state.text}
          </p>
        ))}
      <div className="row">
        <button type="submit" className="primary" disabled={state?.kind === "working"}>
          {t("train.submit")}
        </button>
      </div>
    </form>
  );
}
