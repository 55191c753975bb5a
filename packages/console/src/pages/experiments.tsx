// Experiments (the tracking API under /api): runs with filter, sort and paging; several runs
// compared on one metric; soft-delete, the recycle bin and restore; a run's page with its
// metric charts (metrics/fast, downsampled) and its logs page by page; an artifact version's
// lineage as a list of edges (what went in, what came out).
import { lazy, Suspense, useMemo, useState } from "react";
import { tracking } from "../api.js";
import { useApp } from "../app.js";
import { Confirm, Empty, ErrorBox, Loading, messageOf, Pager, States, useLoad } from "../ui.js";

const Chart = lazy(() => import("../chart.js").then((m) => ({ default: m.Chart })));

interface Run {
  id: string;
  project: string;
  name: string | null;
  status: string;
  created_time: number | null;
  finished_time: number | null;
  deleted_time: number | null;
  best_metric: { name: string; value: number | null; mode: string; step: number | null } | null;
  task_id: string | null;
  config?: Record<string, unknown>;
  metrics: string[];
  last_step: number | null;
  log_lines: number;
}

interface Fast {
  metrics: Record<string, [number, number][]>;
  total_points: Record<string, number>;
}

const PER_PAGE = 20;
const MAX_COMPARED = 8;
const SORTS = ["created_time", "name", "status", "last_step", "best_metric_value"] as const;
const STATUSES = ["running", "finished", "failed", "interrupted"] as const;

const unixTime = (s: number | null) => (s === null ? "—" : new Date(s * 1000).toLocaleString());

function Link({ to, children }: { to: string; children: React.ReactNode }) {
  const { navigate } = useApp();
  return (
    <a
      href={to}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

/** Series on one step axis: the union of the steps, null where a series has no value. */
export function aligned(series: { label: string; points: [number, number][] }[]) {
  const steps = [...new Set(series.flatMap((s) => s.points.map((p) => p[0])))].sort((a, b) => a - b);
  return {
    steps,
    series: series.map((s) => {
      const by = new Map(s.points);
      return { label: s.label, values: steps.map((x) => by.get(x) ?? null) };
    }),
  };
}

function Compare({ ids }: { ids: string[] }) {
  const { t } = useApp();
  const runs = useLoad(() => Promise.all(ids.map((id) => tracking<Run>("GET", `/runs/${id}`))), [ids]);
  const names = useMemo(() => [...new Set((runs.data ?? []).flatMap((r) => r.metrics))].sort(), [runs.data]);
  const [metric, setMetric] = useState("");
  const chosen = metric || names[0] || "";
  const data = useLoad(
    async () =>
      chosen
        ? Promise.all(
            ids.map(async (id) => ({
              label: (runs.data ?? []).find((r) => r.id === id)?.name || id,
              points:
                (await tracking<Fast>("GET", `/v2/experiments/${id}/metrics/fast?downsample=1000&metrics=${encodeURIComponent(chosen)}`)).metrics[chosen] ?? [],
            })),
          )
        : [],
    [ids, chosen, runs.data],
  );
  const a = aligned(data.data ?? []);
  return (
    <section aria-labelledby="compare-title" className="card">
      <h2 id="compare-title">{t("exp.compare")}</h2>
      <label htmlFor="compare-metric">{t("exp.metric")}</label>
      <select id="compare-metric" value={chosen} onChange={(e) => setMetric(e.target.value)}>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      {data.error && <ErrorBox text={t("common.error", { message: data.error })} />}
      {a.steps.length === 0 ? (
        <Empty text={t("exp.noPoints")} />
      ) : (
        <Suspense fallback={<Loading text={t("common.loading")} />}>
          <Chart title={chosen} steps testId="compare-chart" times={a.steps} series={a.series} />
        </Suspense>
      )}
    </section>
  );
}

export function Experiments() {
  const { t } = useApp();
  const [project, setProject] = useState("");
  const [status, setStatus] = useState("");
  const [sort, setSort] = useState<(typeof SORTS)[number]>("created_time");
  const [order, setOrder] = useState<"asc" | "desc">("desc");
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState<string[]>([]);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const q = new URLSearchParams({ page: String(page), per_page: String(PER_PAGE), sort, order });
  if (project.trim()) q.set("project", project.trim());
  if (status) q.set("status", status);
  const loaded = useLoad(() => tracking<{ experiments: Run[]; total: number; total_pages: number }>("GET", `/v2/experiments?${q}`), [q.toString()], 5000);
  const bin = useLoad(() => tracking<{ deleted_runs: Run[] }>("GET", "/recycle-bin"), []);

  const change = async (path: "soft-delete" | "restore", ids: string[]) => {
    try {
      await tracking("POST", `/runs/${path}`, { run_ids: ids });
      setMessage({ ok: true, text: path === "restore" ? t("exp.restored", { n: ids.length }) : t("exp.deleted", { n: ids.length }) });
      setSelected([]);
      setComparing((c) => c.filter((x) => !ids.includes(x)));
      await Promise.all([loaded.reload(), bin.reload()]);
    } catch (err) {
      setMessage({ ok: false, text: t("common.error", { message: messageOf(err) }) });
    }
  };

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("exp.title")}</h1>
      <div className="row filters">
        <label htmlFor="exp-project">{t("exp.project")}</label>
        <input
          id="exp-project"
          value={project}
          maxLength={128}
          onChange={(e) => {
            setProject(e.target.value);
            setPage(1);
          }}
        />
        <label htmlFor="exp-status">{t("common.status")}</label>
        <select
          id="exp-status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            setPage(1);
          }}
        >
          <option value="">{t("task.all")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label htmlFor="exp-sort">{t("exp.sort")}</label>
        <select id="exp-sort" value={sort} onChange={(e) => setSort(e.target.value as (typeof SORTS)[number])}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label htmlFor="exp-order">{t("exp.order")}</label>
        <select id="exp-order" value={order} onChange={(e) => setOrder(e.target.value as "asc" | "desc")}>
          <option value="desc">{t("exp.desc")}</option>
          <option value="asc">{t("exp.asc")}</option>
        </select>
      </div>
      {message && (message.ok ? <p role="status">{message.text}</p> : <ErrorBox text={message.text} />)}
      <div className="row">
        <button type="button" disabled={selected.length < 1 || selected.length > MAX_COMPARED} onClick={() => setComparing(selected)}>
          {t("exp.compareSelected", { n: selected.length })}
        </button>
        <button type="button" className="danger" disabled={selected.length === 0} onClick={() => setAsking(true)}>
          {t("exp.deleteSelected", { n: selected.length })}
        </button>
      </div>
      <States loaded={loaded} t={t} empty={t("exp.none")} isEmpty={(d) => d.experiments.length === 0}>
        {(d) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("exp.select")}</th>
                    <th scope="col">{t("common.name")}</th>
                    <th scope="col">{t("exp.project")}</th>
                    <th scope="col">{t("common.status")}</th>
                    <th scope="col">{t("exp.lastStep")}</th>
                    <th scope="col">{t("exp.best")}</th>
                    <th scope="col">{t("task.created")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.experiments.map((r) => (
                    <tr key={r.id} data-run={r.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t("exp.selectRun", { name: r.name || r.id })}
                          checked={selected.includes(r.id)}
                          onChange={(e) => setSelected((s) => (e.target.checked ? [...s, r.id] : s.filter((x) => x !== r.id)))}
                        />
                      </td>
                      <td>
                        <Link to={`/experiments/${r.id}`}>{r.name || r.id}</Link>
                      </td>
                      <td>{r.project}</td>
                      <td>
                        <span className={`badge r-${r.status}`}>{r.status}</span>
                      </td>
                      <td>{r.last_step ?? "—"}</td>
                      <td>{r.best_metric ? `${r.best_metric.name} ${r.best_metric.value ?? "—"}` : "—"}</td>
                      <td>{unixTime(r.created_time)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} pages={Math.max(1, d.total_pages)} onPage={setPage} t={t} />
          </>
        )}
      </States>
      {comparing.length > 0 && <Compare ids={comparing} />}
      <section aria-labelledby="bin-title" className="card">
        <h2 id="bin-title">{t("exp.recycleBin")}</h2>
        <States loaded={bin} t={t} empty={t("exp.binEmpty")} isEmpty={(d) => d.deleted_runs.length === 0}>
          {(d) => (
            <ul className="plain" data-testid="recycle-bin">
              {d.deleted_runs.map((r) => (
                <li key={r.id} className="row" data-run={r.id}>
                  <span>{r.name || r.id}</span>
                  <span className="muted">{unixTime(r.deleted_time)}</span>
                  <button type="button" className="small" onClick={() => void change("restore", [r.id])}>
                    {t("exp.restore", { name: r.name || r.id })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </States>
      </section>
      <LineageLookup />
      {asking && (
        <Confirm
          title={t("exp.confirmDelete", { n: selected.length })}
          body={t("exp.confirmDeleteBody")}
          confirmLabel={t("common.delete")}
          cancelLabel={t("common.cancel")}
          danger
          onConfirm={() => {
            setAsking(false);
            void change("soft-delete", selected);
          }}
          onCancel={() => setAsking(false)}
        />
      )}
    </section>
  );
}

function LineageLookup() {
  const { t, navigate } = useApp();
  const [name, setName] = useState("");
  const [version, setVersion] = useState("1");
  return (
    <form
      className="card row"
      aria-labelledby="lineage-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim() && /^\d{1,9}$/.test(version)) navigate(`/lineage/${encodeURIComponent(name.trim())}/v${version}`);
      }}
    >
      <h2 id="lineage-title">{t("exp.lineage")}</h2>
      <label htmlFor="lineage-name">{t("exp.artifactName")}</label>
      <input id="lineage-name" value={name} maxLength={128} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="lineage-version">{t("exp.version")}</label>
      <input id="lineage-version" type="number" min={1} step={1} value={version} onChange={(e) => setVersion(e.target.value)} />
      <button type="submit">{t("exp.showLineage")}</button>
    </form>
  );
}

interface LogPage {
  total: number;
  lines: { line: number; stream: string; text: string }[];
}
const LOG_PAGE = 500;

export function RunPage({ id }: { id: string }) {
  const { t } = useApp();
  const run = useLoad(() => tracking<Run>("GET", `/runs/${id}`), [id], 5000);
  const running = run.data?.status === "running";
  const fast = useLoad(
    () => tracking<Fast>("GET", `/v2/experiments/${id}/metrics/fast?downsample=1000`),
    [id, run.data?.last_step],
    running ? 5000 : undefined,
  );
  const [logPage, setLogPage] = useState<number>();
  const pages = Math.max(1, Math.ceil((run.data?.log_lines ?? 0) / LOG_PAGE));
  const shownPage = logPage ?? pages;
  const logs = useLoad(
    () => tracking<LogPage>("GET", `/runs/${id}/logs?offset=${(shownPage - 1) * LOG_PAGE}&limit=${LOG_PAGE}`),
    [id, shownPage, run.data?.log_lines],
  );
  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to="/experiments">{t("exp.back")}</Link>
      </p>
      <States loaded={run} t={t} empty="" isEmpty={() => false}>
        {(r) => (
          <>
            <div className="row">
              <h1 id="page-title">{r.name || r.id}</h1>
              <span className={`badge r-${r.status}`} data-testid="run-status">
                {r.status}
              </span>
            </div>
            <dl className="facts">
              <dt>{t("exp.runId")}</dt>
              <dd className="mono">{r.id}</dd>
              <dt>{t("exp.project")}</dt>
              <dd>{r.project}</dd>
              <dt>{t("task.created")}</dt>
              <dd>{unixTime(r.created_time)}</dd>
              <dt>{t("task.finished")}</dt>
              <dd>{unixTime(r.finished_time)}</dd>
              <dt>{t("exp.lastStep")}</dt>
              <dd>{r.last_step ?? "—"}</dd>
              {r.task_id && (
                <>
                  <dt>{t("exp.task")}</dt>
                  <dd>
                    <Link to={`/tasks/${r.task_id}`}>{r.task_id}</Link>
                  </dd>
                </>
              )}
            </dl>
            {r.config && Object.keys(r.config).length > 0 && (
              <details>
                <summary>{t("exp.config")}</summary>
                <pre className="mono">{JSON.stringify(r.config, null, 2)}</pre>
              </details>
            )}
          </>
        )}
      </States>
      <section aria-labelledby="metrics-title">
        <h2 id="metrics-title">{t("exp.metrics")}</h2>
        {fast.error && <ErrorBox text={t("common.error", { message: fast.error })} />}
        {fast.data && Object.keys(fast.data.metrics).length === 0 && <Empty text={t("exp.noPoints")} />}
        <div className="charts">
          <Suspense fallback={<Loading text={t("common.loading")} />}>
            {Object.entries(fast.data?.metrics ?? {}).map(([name, points]) => (
              <Chart
                key={name}
                title={name}
                steps
                testId={`metric-${name}`}
                times={points.map((p) => p[0])}
                series={[{ label: name, values: points.map((p) => p[1]) }]}
              />
            ))}
          </Suspense>
        </div>
      </section>
      <section aria-labelledby="run-logs-title" className="card">
        <h2 id="run-logs-title">{t("task.logs")}</h2>
        <States loaded={logs} t={t} empty={t("task.noLogs")} isEmpty={(d) => d.lines.length === 0}>
          {(d) => (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls; keyboard users need to reach it
            <ol className="log" aria-label={t("task.logs")} tabIndex={0} data-testid="run-log">
              {d.lines.map((l) => (
                <li key={l.line} value={l.line + 1} className={l.stream === "stderr" ? "stderr" : undefined}>
                  {l.text}
                </li>
              ))}
            </ol>
          )}
        </States>
        <Pager page={shownPage} pages={pages} onPage={setLogPage} t={t} />
      </section>
    </section>
  );
}

interface LineageNode {
  id: string;
  type: "artifact" | "run";
  name?: string | null;
  version?: number;
  artifact_type?: string;
  run_id?: string;
  status?: string;
}

export function Lineage({ name, version }: { name: string; version: number }) {
  const { t } = useApp();
  const loaded = useLoad(
    () =>
      tracking<{ nodes: LineageNode[]; edges: { source: string; target: string; type: string }[]; truncated?: boolean }>(
        "GET",
        `/artifacts/${encodeURIComponent(name)}/v${version}/lineage`,
      ),
    [name, version],
  );
  const label = (n: LineageNode | undefined, id: string) =>
    !n
      ? id
      : n.type === "artifact"
        ? `${n.artifact_type ?? ""} ${n.name ?? ""} v${n.version ?? ""}`.trim()
        : `${t("exp.runLabel")} ${n.name || n.run_id || n.id}`;
  const nodeLink = (n: LineageNode | undefined, id: string) =>
    n?.type === "run" && (n.run_id ?? id.replace(/^run:/, "")) ? (
      <Link to={`/experiments/${n.run_id ?? id.replace(/^run:/, "")}`}>{label(n, id)}</Link>
    ) : (
      <span>{label(n, id)}</span>
    );
  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to="/experiments">{t("exp.back")}</Link>
      </p>
      <h1 id="page-title">{t("exp.lineageOf", { name, version })}</h1>
      <States loaded={loaded} t={t} empty={t("exp.noLineage")} isEmpty={(d) => d.edges.length === 0}>
        {(d) => {
          const byId = new Map(d.nodes.map((n) => [n.id, n]));
          return (
            <>
              <ul className="lineage" data-testid="lineage">
                {d.edges.map((e) => (
                  <li key={`${e.source}>${e.target}`}>
                    {nodeLink(byId.get(e.source), e.source)} <span aria-hidden="true">→</span>
                    <span className="sr-only">{e.type === "input" ? t("exp.usedBy") : t("exp.produced")}</span> {nodeLink(byId.get(e.target), e.target)}
                  </li>
                ))}
              </ul>
              {d.truncated && <p className="muted">{t("exp.truncated")}</p>}
            </>
          );
        }}
      </States>
    </section>
  );
}
