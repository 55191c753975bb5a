// Tasks (issue 13): the list with its filters, and a task's page: status and why, times and
// events, queue position, GPUs, cost, hyper-parameters, live progress and log lines (ws /ws), the
// loss curve and GPU telemetry, cancel and delete (confirmed), and links to its output model
// version and its run. The log viewer keeps at most LOG_WINDOW lines in the page, whatever the
// task wrote: following shows the newest, paging reads older ones from GET /tasks/{id}/logs.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { accessToken, platform, platformList, tracking } from "../api.js";
import { useApp } from "../app.js";
import type { MessageKey } from "../i18n/index.js";
import { Confirm, ErrorBox, Loading, messageOf, Pager, States, useLoad } from "../ui.js";

const Chart = lazy(() => import("../chart.js").then((m) => ({ default: m.Chart })));

export interface Task {
  id: string;
  kind: "training" | "custom";
  name: string;
  description: string;
  workspace_id: string;
  project_id: string;
  status: string;
  reason: string | null;
  exit_code: number | null;
  priority: number;
  template_id: string | null;
  hyperparameters: Record<string, unknown>;
  gpu_type: string;
  gpu_count: number;
  gpus: { index: number; uuid: string }[];
  host_id: string | null;
  image: string;
  dataset_version_ids: string[];
  model_version_id: string | null;
  output_version_id: string | null;
  output_error: string | null;
  max_duration_s: number | null;
  run_id: string | null;
  attempt: number;
  progress: number | null;
  step: number | null;
  total_steps: number | null;
  queue_position: number | null;
  estimated_start_at: string | null;
  created_at: string;
  queued_at: string;
  scheduled_at: string | null;
  started_at: string | null;
  exited_at: string | null;
  finished_at: string | null;
  duration_s: number | null;
  cost: string;
  events?: { at: string; from: string | null; to: string; reason: string | null }[];
}

interface LogLine {
  line: number;
  stream: string;
  text: string;
  at: string;
}

interface ModelVersion {
  version_id: string;
  model_id: string;
  name: string;
  version: number;
}

export const TASK_STATUSES = ["queued", "scheduled", "pulling", "running", "succeeded", "failed", "cancelled", "timed_out"] as const;
const FINAL = new Set(["succeeded", "failed", "cancelled", "timed_out"]);
const PAGE_SIZE = 20;
/** Lines kept in the page at once (following or paging). */
export const LOG_WINDOW = 500;

const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : "—");

function StatusBadge({ status }: { status: string }) {
  const { t } = useApp();
  return (
    <span className={`badge t-${status}`} data-testid="task-status" data-status={status}>
      {t(`task.status.${status}` as MessageKey)}
    </span>
  );
}

function ProgressBar({ task }: { task: Pick<Task, "progress" | "name"> }) {
  const { t } = useApp();
  const p = task.progress ?? 0;
  return (
    <progress max={100} value={p} aria-label={t("task.progressOf", { name: task.name })} data-testid="task-progress" data-value={p}>
      {p}%
    </progress>
  );
}

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

export function TaskList() {
  const { t } = useApp();
  const [status, setStatus] = useState("");
  const [kind, setKind] = useState("");
  const [page, setPage] = useState(1);
  const q = new URLSearchParams({ page: String(page), limit: String(PAGE_SIZE) });
  if (status) q.set("status", status);
  if (kind) q.set("kind", kind);
  const loaded = useLoad(() => platformList<Task>(`/tasks?${q}`), [status, kind, page], 3000);
  return (
    <section aria-labelledby="page-title">
      <div className="row">
        <h1 id="page-title">{t("task.title")}</h1>
        <Link to="/train">{t("task.newTraining")}</Link>
      </div>
      <div className="row filters">
        <label htmlFor="task-status">{t("common.status")}</label>
        <select
          id="task-status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            setPage(1);
          }}
        >
          <option value="">{t("task.all")}</option>
          {TASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`task.status.${s}` as MessageKey)}
            </option>
          ))}
        </select>
        <label htmlFor="task-kind">{t("task.kind")}</label>
        <select
          id="task-kind"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value);
            setPage(1);
          }}
        >
          <option value="">{t("task.all")}</option>
          <option value="training">{t("task.kind.training")}</option>
          <option value="custom">{t("task.kind.custom")}</option>
        </select>
      </div>
      <States loaded={loaded} t={t} empty={t("task.none")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("common.name")}</th>
                    <th scope="col">{t("common.status")}</th>
                    <th scope="col">{t("task.progress")}</th>
                    <th scope="col">{t("task.gpus")}</th>
                    <th scope="col">{t("task.created")}</th>
                    <th scope="col">{t("task.cost")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((x) => (
                    <tr key={x.id} data-task={x.id}>
                      <td>
                        <Link to={`/tasks/${x.id}`}>{x.name}</Link>
                      </td>
                      <td>
                        <StatusBadge status={x.status} />
                        {x.queue_position !== null && <span className="muted"> {t("task.position", { n: x.queue_position })}</span>}
                      </td>
                      <td>
                        <ProgressBar task={x} />
                      </td>
                      <td>
                        {x.gpu_type} × {x.gpu_count}
                      </td>
                      <td>{when(x.created_at)}</td>
                      <td>{x.cost}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} pages={Math.max(1, Math.ceil(d.total / PAGE_SIZE))} onPage={setPage} t={t} />
          </>
        )}
      </States>
    </section>
  );
}

interface LiveHandlers {
  onProgress: (m: Partial<Task> & { task_id: string }) => void;
  onLines: (lines: LogLine[]) => void;
}

/**
 * ws /ws for one task: progress and log lines. The token goes in the first message (never in the
 * URL, which proxies log). Lines are handed over in batches (a burst of thousands of lines makes
 * a few renders, not thousands). Reconnects after a drop while the task still runs.
 */
function useTaskLive(taskId: string, enabled: boolean, fromLine: () => number, h: LiveHandlers): boolean {
  const [connected, setConnected] = useState(false);
  const handlers = useRef(h);
  handlers.current = h;
  const from = useRef(fromLine);
  from.current = fromLine;
  useEffect(() => {
    if (!enabled) return;
    let ws: WebSocket | undefined;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let pending: LogLine[] = [];
    const flush = setInterval(() => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      handlers.current.onLines(batch);
    }, 200);
    const open = () => {
      const token = accessToken();
      if (!token || stopped) return;
      ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`);
      ws.onopen = () => ws?.send(JSON.stringify({ type: "auth", token }));
      ws.onmessage = (e) => {
        let m: Record<string, unknown>;
        try {
          m = JSON.parse(String(e.data)) as Record<string, unknown>;
        } catch {
          return;
        }
        if (m["type"] === "authenticated") {
          setConnected(true);
          ws?.send(JSON.stringify({ type: "subscribe", channel: "training", resource_id: taskId }));
          ws?.send(JSON.stringify({ type: "subscribe", channel: "logs", resource_id: taskId, offset: from.current() }));
        } else if (m["type"] === "progress") handlers.current.onProgress(m as Partial<Task> & { task_id: string });
        else if (m["type"] === "log") {
          pending.push({ line: Number(m["line"]), stream: String(m["stream"]), text: String(m["text"]), at: String(m["at"]) });
          // Only the newest window is ever shown: older lines of a burst are not kept.
          if (pending.length > LOG_WINDOW * 2) pending = pending.slice(-LOG_WINDOW);
        }
      };
      ws.onclose = () => {
        setConnected(false);
        if (!stopped) retry = setTimeout(open, 3000);
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(flush);
      ws?.close();
    };
  }, [taskId, enabled]);
  return connected;
}

function LogViewer({ task, following, setFollowing, lines }: { task: Task; following: boolean; setFollowing: (f: boolean) => void; lines: LogLine[] }) {
  const { t } = useApp();
  const [paged, setPaged] = useState<{ offset: number; lines: LogLine[] }>();
  const [error, setError] = useState<string>();
  const box = useRef<HTMLOListElement>(null);
  const shown = following || !paged ? lines : paged.lines;
  // Following keeps the newest line in view as lines come (`shown` changes with each batch).
  // biome-ignore lint/correctness/useExhaustiveDependencies: shown is the trigger, not read
  useEffect(() => {
    if (following && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [following, shown]);
  const readPage = async (offset: number) => {
    try {
      const r = await platform<{ lines: LogLine[]; next_offset: number }>("GET", `/tasks/${task.id}/logs?offset=${offset}&limit=${LOG_WINDOW}`);
      setPaged({ offset, lines: r.lines });
      setFollowing(false);
      setError(undefined);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const first = shown[0]?.line ?? 0;
  return (
    <section aria-labelledby="logs-title" className="card">
      <div className="row">
        <h2 id="logs-title">{t("task.logs")}</h2>
        <button type="button" disabled={first === 0} onClick={() => void readPage(Math.max(0, first - LOG_WINDOW))}>
          {t("task.logsEarlier")}
        </button>
        {!following && paged && (
          <button type="button" onClick={() => void readPage(paged.offset + LOG_WINDOW)}>
            {t("task.logsLater")}
          </button>
        )}
        <button type="button" aria-pressed={following} onClick={() => setFollowing(true)}>
          {t("task.logsFollow")}
        </button>
      </div>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      {shown.length === 0 ? (
        <p className="muted">{t("task.noLogs")}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls; keyboard users need to reach it
        <ol ref={box} className="log" aria-label={t("task.logs")} tabIndex={0} data-testid="log" data-first={first}>
          {shown.map((l) => (
            <li key={l.line} value={l.line + 1} className={l.stream === "stderr" ? "stderr" : undefined} data-testid="log-line">
              {l.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function LossCurve({ taskId, version }: { taskId: string; version: number }) {
  const { t } = useApp();
  const loss = useLoad(() => platform<{ points: { step: number; value: number }[] }>("GET", `/metrics/loss?task_id=${taskId}`), [taskId, version]);
  const points = loss.data?.points ?? [];
  return (
    <section aria-labelledby="loss-title" className="card">
      <h2 id="loss-title">{t("task.loss")}</h2>
      {loss.error && <ErrorBox text={t("common.error", { message: loss.error })} />}
      {points.length === 0 ? (
        <p className="muted">{t("task.noLoss")}</p>
      ) : (
        <Suspense fallback={<Loading text={t("common.loading")} />}>
          <Chart
            title={t("task.loss")}
            steps
            testId="loss-chart"
            times={points.map((p) => p.step)}
            series={[{ label: "loss", values: points.map((p) => p.value) }]}
          />
        </Suspense>
      )}
    </section>
  );
}

interface GpuSample {
  at: string;
  utilization_gpu_avg: number | null;
  memory_used_mib_avg: number | null;
}

function GpuTelemetry({ task }: { task: Task }) {
  const { t } = useApp();
  const running = !FINAL.has(task.status);
  const gpu = useLoad(
    () => platform<{ gpus: { index: number; uuid: string; samples: GpuSample[] }[] }>("GET", `/metrics/gpu?task_id=${task.id}`),
    [task.id, task.status],
    running ? 10_000 : undefined,
  );
  const gpus = gpu.data?.gpus ?? [];
  const times = [...new Set(gpus.flatMap((g) => g.samples.map((s) => Date.parse(s.at) / 1000)))].sort((a, b) => a - b);
  return (
    <section aria-labelledby="gpu-title" className="card">
      <h2 id="gpu-title">{t("task.gpuTelemetry")}</h2>
      {times.length === 0 ? (
        <p className="muted">{t("task.noGpu")}</p>
      ) : (
        <Suspense fallback={<Loading text={t("common.loading")} />}>
          <Chart
            title={t("task.utilization")}
            testId="gpu-chart"
            times={times}
            series={gpus.map((g) => {
              const by = new Map(g.samples.map((s) => [Date.parse(s.at) / 1000, s.utilization_gpu_avg]));
              return { label: `GPU ${g.index}`, values: times.map((x) => by.get(x) ?? null) };
            })}
          />
        </Suspense>
      )}
    </section>
  );
}

export function TaskPage({ id }: { id: string }) {
  const { t, navigate } = useApp();
  const loaded = useLoad(() => platform<Task>("GET", `/tasks/${id}`), [id]);
  const [live, setLive] = useState<Partial<Task>>({});
  const task = loaded.data ? ({ ...loaded.data, ...live } as Task) : undefined;
  const [lossVersion, setLossVersion] = useState(0);
  const [lines, setLines] = useState<LogLine[]>([]);
  const [following, setFollowing] = useState(true);
  const [asking, setAsking] = useState<"cancel" | "delete">();
  const [opError, setOpError] = useState<string>();
  const lastLoss = useRef(0);
  const reload = loaded.reload;

  const next = useRef(0);
  const onLines = useCallback((batch: LogLine[]) => {
    const fresh = batch.filter((l) => l.line >= next.current);
    if (fresh.length === 0) return;
    next.current = fresh[fresh.length - 1]!.line + 1;
    setLines((old) => [...old, ...fresh].slice(-LOG_WINDOW));
  }, []);
  const onProgress = useCallback(
    (m: Partial<Task> & { task_id: string }) => {
      const { task_id: _, ...rest } = m;
      setLive((old) => ({ ...old, ...Object.fromEntries(Object.entries(rest).filter(([k]) => k in (loaded.data ?? {}))) }));
      // The curve is read again when progress comes, at most every 2 s.
      if (Date.now() - lastLoss.current > 2000) {
        lastLoss.current = Date.now();
        setLossVersion((v) => v + 1);
      }
      if (typeof m.status === "string" && FINAL.has(m.status)) {
        void reload();
        setLossVersion((v) => v + 1);
      }
    },
    [loaded.data, reload],
  );
  // The live channel runs until the task has ended (then its lines stay from the last look).
  const ended = loaded.data !== undefined && FINAL.has(loaded.data.status);
  const connected = useTaskLive(id, loaded.data !== undefined, () => next.current, { onProgress, onLines });
  // Without a socket (a proxy or browser that refuses it) the page still moves: it polls the
  // task, its curve and its new log lines.
  useEffect(() => {
    if (connected) return;
    const readLines = () =>
      void platform<{ lines: LogLine[] }>("GET", `/tasks/${id}/logs?offset=${next.current}&limit=${LOG_WINDOW}`).then(
        (r) => onLines(r.lines),
        () => {},
      );
    // An ended task's newest lines, read once (while the socket connects, or instead of it): the
    // run says how many there are, so only the last window is read.
    if (ended) {
      const runId = loaded.data?.run_id;
      if (!runId) return;
      void tracking<{ log_lines: number }>("GET", `/runs/${runId}`).then(
        (r) => {
          next.current = Math.max(next.current, r.log_lines - LOG_WINDOW);
          readLines();
        },
        () => readLines(),
      );
      return;
    }
    const timer = setInterval(() => {
      void reload();
      setLossVersion((v) => v + 1);
      readLines();
    }, 5000);
    return () => clearInterval(timer);
  }, [connected, ended, reload, id, onLines, loaded.data?.run_id]);

  const models = useLoad(
    async () =>
      task?.output_version_id
        ? (await platformList<ModelVersion>("/training/models?limit=100")).items.find((m) => m.version_id === task.output_version_id)
        : undefined,
    [task?.output_version_id],
  );

  const act = async () => {
    const op = asking;
    setAsking(undefined);
    try {
      if (op === "cancel") {
        await platform("POST", `/tasks/${id}/cancel`);
        await reload();
      } else if (op === "delete") {
        await platform("DELETE", `/tasks/${id}`);
        navigate("/tasks");
      }
      setOpError(undefined);
    } catch (err) {
      setOpError(messageOf(err));
    }
  };

  if (!task)
    return (
      <States loaded={loaded} t={t} empty="" isEmpty={() => false}>
        {() => null}
      </States>
    );
  const model = models.data;
  return (
    <section aria-labelledby="page-title" data-task={task.id}>
      <p>
        <Link to="/tasks">{t("task.back")}</Link>
      </p>
      <div className="row">
        <h1 id="page-title">{task.name}</h1>
        <StatusBadge status={task.status} />
        <span className="muted" data-testid="live">
          {connected ? t("task.live") : ""}
        </span>
      </div>
      {opError && <ErrorBox text={t("common.error", { message: opError })} />}
      <div className="row">
        <ProgressBar task={task} />
        <span data-testid="task-step">
          {task.step !== null ? t("task.stepOf", { step: task.step, total: task.total_steps ?? "?" }) : ""} {task.progress !== null ? `${task.progress}%` : ""}
        </span>
      </div>
      <div className="row">
        {!FINAL.has(task.status) && (
          <button type="button" className="danger" onClick={() => setAsking("cancel")}>
            {t("task.cancel")}
          </button>
        )}
        {FINAL.has(task.status) && (
          <button type="button" className="danger" onClick={() => setAsking("delete")}>
            {t("common.delete")}
          </button>
        )}
      </div>
      <dl className="facts">
        {task.reason && (
          <>
            <dt>{t("task.reason")}</dt>
            <dd data-testid="task-reason">{task.reason}</dd>
          </>
        )}
        {task.exit_code !== null && (
          <>
            <dt>{t("task.exitCode")}</dt>
            <dd>{task.exit_code}</dd>
          </>
        )}
        {task.queue_position !== null && (
          <>
            <dt>{t("task.queue")}</dt>
            <dd>
              {t("task.position", { n: task.queue_position })}
              {task.estimated_start_at && ` · ${t("task.estimate", { at: when(task.estimated_start_at) })}`}
            </dd>
          </>
        )}
        <dt>{t("task.gpus")}</dt>
        <dd>
          {task.gpu_type} × {task.gpu_count}
          {task.gpus.length > 0 && ` (${task.gpus.map((g) => g.index).join(", ")})`}
          {task.host_id && ` · ${task.host_id}`}
        </dd>
        <dt>{t("task.cost")}</dt>
        <dd data-testid="task-cost">{task.cost}</dd>
        <dt>{t("task.created")}</dt>
        <dd>{when(task.created_at)}</dd>
        <dt>{t("task.started")}</dt>
        <dd>{when(task.started_at)}</dd>
        <dt>{t("task.finished")}</dt>
        <dd>{when(task.finished_at)}</dd>
        {task.duration_s !== null && (
          <>
            <dt>{t("task.duration")}</dt>
            <dd>{t("task.seconds", { n: task.duration_s })}</dd>
          </>
        )}
        <dt>{t("task.priority")}</dt>
        <dd>{task.priority}</dd>
        {task.run_id && (
          <>
            <dt>{t("task.run")}</dt>
            <dd>
              <Link to={`/experiments/${task.run_id}`}>{task.run_id}</Link>
            </dd>
          </>
        )}
        {task.output_version_id && (
          <>
            <dt>{t("task.output")}</dt>
            <dd data-testid="task-output">
              {model ? (
                <>
                  <Link to={`/models/${model.model_id}`}>{`${model.name} v${model.version}`}</Link>{" "}
                  <Link to={`/lineage/${encodeURIComponent(model.name)}/v${model.version}`}>{t("exp.lineage")}</Link>
                </>
              ) : (
                <span className="mono">{task.output_version_id}</span>
              )}
            </dd>
          </>
        )}
        {task.output_error && (
          <>
            <dt>{t("task.outputError")}</dt>
            <dd>{task.output_error}</dd>
          </>
        )}
      </dl>
      {Object.keys(task.hyperparameters).length > 0 && (
        <section aria-labelledby="hp-title" className="card">
          <h2 id="hp-title">{t("task.hyperparameters")}</h2>
          <dl className="facts" data-testid="hyperparameters">
            {Object.entries(task.hyperparameters).map(([k, v]) => (
              <div key={k} className="contents">
                <dt>{k}</dt>
                <dd>{JSON.stringify(v)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <div className="charts">
        <LossCurve taskId={task.id} version={lossVersion} />
        <GpuTelemetry task={task} />
      </div>
      <LogViewer task={task} following={following} setFollowing={setFollowing} lines={lines} />
      {task.events && task.events.length > 0 && (
        <section aria-labelledby="events-title" className="card">
          <h2 id="events-title">{t("task.events")}</h2>
          <ol className="events">
            {task.events.map((e) => (
              <li key={`${e.at}-${e.to}`}>
                {when(e.at)}: {e.from ? `${e.from} → ` : ""}
                {e.to}
                {e.reason ? ` (${e.reason})` : ""}
              </li>
            ))}
          </ol>
        </section>
      )}
      {asking && (
        <Confirm
          title={asking === "cancel" ? t("task.confirmCancel", { name: task.name }) : t("task.confirmDelete", { name: task.name })}
          confirmLabel={asking === "cancel" ? t("task.cancel") : t("common.delete")}
          cancelLabel={t("common.cancel")}
          danger
          onConfirm={() => void act()}
          onCancel={() => setAsking(undefined)}
        />
      )}
    </section>
  );
}
