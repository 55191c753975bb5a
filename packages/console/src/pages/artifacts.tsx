// Datasets and models of the caller's workspaces (platform API /datasets, /models): the lists with
// create; an artifact's page with its versions, a new version uploaded from the browser, a
// version's files with downloads (fetched with the token, saved from a Blob URL), the models'
// metrics, and the datasets' quality report (full check with progress, or a quick look).
import { type FormEvent, useState } from "react";
import { platform, platformDownload, platformList, platformUpload } from "../api.js";
import { useApp } from "../app.js";
import { ErrorBox, Loading, messageOf, Pager, States, useLoad } from "../ui.js";

export type Kind = "dataset" | "model";

interface Artifact {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  framework?: string;
  task?: string;
  versions: number;
  latest_version_id: string | null;
  latest_bytes: number | null;
  created_at: string;
}

interface Version {
  id: string;
  number: number;
  version: string;
  message: string;
  total_bytes: number;
  file_count: number;
  source: "upload" | "run";
  metrics: Record<string, unknown>;
  created_at: string;
}

interface FileEntry {
  path: string;
  size: number;
  sha256: string;
}

interface FileReport {
  path: string;
  size: number;
  format: string;
  truncated: boolean;
  rows?: number;
  blank_lines?: number;
  columns?: { name: string; empty: number; missing: number }[];
  duplicates?: { count: number; approximate: boolean };
  malformed?: { count: number; lines: { line: number; reason: string }[] };
  unreadable?: { stage: string; reason: string };
}

interface Report {
  mode: "full" | "quick";
  files: FileReport[];
  totals: { files: number; bytes: number; rows: number; malformed: number; duplicates: number; unreadable: number; truncated: number };
}

interface Check {
  state: "running" | "done" | "failed";
  report: Report | null;
  error: string | null;
}

const PAGE_SIZE = 50;

export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return "—";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${units[u]}`;
}

const encodePath = (p: string) => p.split("/").map(encodeURIComponent).join("/");

export function ArtifactList({ kind }: { kind: Kind }) {
  const { t, me, navigate } = useApp();
  const [page, setPage] = useState(1);
  const loaded = useLoad(() => platformList<Artifact>(`/${kind}s?page=${page}&page_size=${PAGE_SIZE}`), [kind, page]);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [framework, setFramework] = useState("");
  const [ws, setWs] = useState(me.workspaces[0]?.id ?? "");
  const [error, setError] = useState<string>();
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const body: Record<string, string> = { name: name.trim(), description, workspace_id: ws };
      if (kind === "model" && framework.trim()) body["framework"] = framework.trim();
      await platform("POST", `/${kind}s`, body);
      setName("");
      setDescription("");
      setFramework("");
      await loaded.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const title = kind === "dataset" ? t("art.datasets") : t("art.models");
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <form className="row wrap" aria-label={kind === "dataset" ? t("art.newDataset") : t("art.newModel")} onSubmit={(e) => void create(e)}>
        <label htmlFor="art-name">{t("common.name")}</label>
        <input id="art-name" required maxLength={128} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="art-desc">{t("art.description")}</label>
        <input id="art-desc" maxLength={4096} autoComplete="off" value={description} onChange={(e) => setDescription(e.target.value)} />
        {kind === "model" && (
          <>
            <label htmlFor="art-framework">{t("art.framework")}</label>
            <input id="art-framework" maxLength={64} autoComplete="off" value={framework} onChange={(e) => setFramework(e.target.value)} />
          </>
        )}
        <label htmlFor="art-ws">{t("ws.workspaces")}</label>
        <select id="art-ws" value={ws} onChange={(e) => setWs(e.target.value)}>
          {me.workspaces.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
        <button type="submit" className="primary">
          {kind === "dataset" ? t("art.createDataset") : t("art.createModel")}
        </button>
      </form>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      <States loaded={loaded} t={t} empty={kind === "dataset" ? t("art.noDatasets") : t("art.noModels")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("common.name")}</th>
                    <th scope="col">{t("art.description")}</th>
                    <th scope="col">{t("art.versions")}</th>
                    <th scope="col">{t("art.size")}</th>
                    <th scope="col">{t("art.created")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((a) => (
                    <tr key={a.id} data-artifact={a.id}>
                      <td>
                        <a
                          href={`/${kind}s/${a.id}`}
                          onClick={(e) => {
                            if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                            e.preventDefault();
                            navigate(`/${kind}s/${a.id}`);
                          }}
                        >
                          {a.name}
                        </a>
                        {a.framework && <span className="muted"> · {a.framework}</span>}
                      </td>
                      <td>{a.description}</td>
                      <td className="num">{a.versions}</td>
                      <td className="num">{bytes(a.latest_bytes)}</td>
                      <td>{a.created_at}</td>
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

function NewVersion({ kind, artifactId, onDone }: { kind: Kind; artifactId: string; onDone: () => Promise<void> }) {
  const { t } = useApp();
  const [files, setFiles] = useState<File[]>([]);
  const [message, setMessage] = useState("");
  const [metrics, setMetrics] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [inputKey, setInputKey] = useState(0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const form = new FormData();
      if (kind === "dataset") form.append("dataset_id", artifactId);
      form.append("message", message);
      if (kind === "model" && metrics.trim()) form.append("metrics", metrics.trim());
      for (const f of files) form.append("files", f, f.name);
      await platformUpload(kind === "dataset" ? "/datasets/versions" : `/models/${artifactId}/versions`, form);
      setFiles([]);
      setMessage("");
      setMetrics("");
      setInputKey((k) => k + 1);
      await onDone();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card stack" aria-labelledby="new-version-title" onSubmit={(e) => void submit(e)}>
      <h2 id="new-version-title">{t("art.newVersion")}</h2>
      <div className="grid form">
        <div>
          <label htmlFor="ver-files">{t("art.files")}</label>
          <input key={inputKey} id="ver-files" type="file" multiple required onChange={(e) => setFiles([...(e.target.files ?? [])])} />
        </div>
        <div>
          <label htmlFor="ver-message">{t("art.message")}</label>
          <input id="ver-message" maxLength={1024} autoComplete="off" value={message} onChange={(e) => setMessage(e.target.value)} />
        </div>
        {kind === "model" && (
          <div>
            <label htmlFor="ver-metrics">{t("art.metricsJson")}</label>
            <input id="ver-metrics" autoComplete="off" placeholder='{"accuracy": 0.9}' value={metrics} onChange={(e) => setMetrics(e.target.value)} />
          </div>
        )}
      </div>
      {files.length > 0 && <p className="muted">{t("art.selected", { n: files.length, size: bytes(files.reduce((s, f) => s + f.size, 0)) })}</p>}
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      <div className="row end">
        {busy && <Loading text={t("art.uploading")} />}
        <button type="submit" className="primary" disabled={busy}>
          {t("art.upload")}
        </button>
      </div>
    </form>
  );
}

function Files({ kind, version }: { kind: Kind; version: Version }) {
  const { t } = useApp();
  const loaded = useLoad(() => platformList<FileEntry>(`/${kind}s/versions/${version.id}/files?page_size=200`), [kind, version.id]);
  const [error, setError] = useState<string>();
  const download = async (f: FileEntry) => {
    setError(undefined);
    try {
      await platformDownload(`/${kind}s/versions/${version.id}/files/${encodePath(f.path)}`, f.path.split("/").pop() || "download");
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <>
      <h3>{t("art.filesOf", { version: version.version })}</h3>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      <States loaded={loaded} t={t} empty={t("common.empty")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("art.path")}</th>
                  <th scope="col">{t("art.size")}</th>
                  <th scope="col">SHA-256</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((f) => (
                  <tr key={f.path} data-file={f.path}>
                    <td className="mono">{f.path}</td>
                    <td className="num">{bytes(f.size)}</td>
                    <td className="mono" title={f.sha256}>
                      {f.sha256.slice(0, 12)}…
                    </td>
                    <td>
                      <button type="button" className="small" aria-label={t("art.downloadFile", { path: f.path })} onClick={() => void download(f)}>
                        {t("art.download")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
    </>
  );
}

function ReportView({ report }: { report: Report }) {
  const { t } = useApp();
  const tt = report.totals;
  return (
    <div data-testid="quality-report">
      <p>
        {t("q.totals", {
          files: tt.files,
          size: bytes(tt.bytes),
          rows: tt.rows,
          malformed: tt.malformed,
          duplicates: tt.duplicates,
          unreadable: tt.unreadable,
        })}
        {report.mode === "quick" && <span className="muted"> {t("q.quickNote")}</span>}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("art.path")}</th>
              <th scope="col">{t("q.format")}</th>
              <th scope="col">{t("q.rows")}</th>
              <th scope="col">{t("q.malformed")}</th>
              <th scope="col">{t("q.duplicates")}</th>
              <th scope="col">{t("q.empty")}</th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((f) => (
              <tr key={f.path} data-quality-file={f.path}>
                <td className="mono">
                  {f.path}
                  {f.truncated && <span className="badge warn">{t("q.truncated")}</span>}
                  {f.unreadable && <span className="badge warn">{t("q.unreadable", { reason: f.unreadable.reason })}</span>}
                </td>
                <td>{f.format}</td>
                <td className="num">{f.rows ?? "—"}</td>
                <td className="num">
                  {f.malformed?.count ?? 0}
                  {f.malformed && f.malformed.lines.length > 0 && (
                    <ul className="plain" aria-label={t("q.malformedLines", { path: f.path })}>
                      {f.malformed.lines.map((m) => (
                        <li key={m.line}>{t("q.line", { line: m.line, reason: m.reason })}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="num">{f.duplicates ? `${f.duplicates.count}${f.duplicates.approximate ? " ≈" : ""}` : "—"}</td>
                <td className="num">{f.columns ? f.columns.reduce((s, c) => s + c.empty + c.missing, 0) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Quality({ version }: { version: Version }) {
  const { t } = useApp();
  const [check, setCheck] = useState<Check>();
  const [quick, setQuick] = useState<Report>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setError(undefined);
    setBusy(true);
    try {
      let c = await platform<Check>("POST", "/datasets/quality/check", { version_id: version.id });
      setCheck(c);
      while (c.state === "running") {
        await new Promise((r) => setTimeout(r, 1000));
        c = await platform<Check>("GET", `/datasets/versions/${version.id}/quality`);
        setCheck(c);
      }
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const runQuick = async () => {
    setError(undefined);
    try {
      setQuick(await platform<Report>("GET", `/datasets/quality/quick?version_id=${encodeURIComponent(version.id)}`));
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <>
      <h3>{t("q.title")}</h3>
      <div className="row wrap">
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {t("q.run")}
        </button>
        <button type="button" onClick={() => void runQuick()}>
          {t("q.quick")}
        </button>
      </div>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      {check?.state === "running" && <Loading text={t("q.running")} />}
      {check?.state === "failed" && <ErrorBox text={t("q.failed", { message: check.error ?? "" })} />}
      {check?.state === "done" && check.report && <ReportView report={check.report} />}
      {!check && quick && <ReportView report={quick} />}
    </>
  );
}

function VersionDetail({ kind, version }: { kind: Kind; version: Version }) {
  const { t } = useApp();
  return (
    <section className="card" aria-label={t("art.versionDetail", { version: version.version })}>
      <Files kind={kind} version={version} />
      {kind === "dataset" && <Quality version={version} />}
    </section>
  );
}

export function ArtifactPage({ kind, id }: { kind: Kind; id: string }) {
  const { t, navigate } = useApp();
  const artifact = useLoad(() => platform<Artifact>("GET", `/${kind}s/${id}`), [kind, id]);
  const versions = useLoad(
    () =>
      platformList<Version>(
        kind === "dataset" ? `/datasets/versions?dataset_id=${encodeURIComponent(id)}&page_size=100` : `/models/${id}/versions?page_size=100`,
      ),
    [kind, id],
  );
  const [open, setOpen] = useState<string>();
  const shown = versions.data?.items.find((v) => v.id === open);
  const back = kind === "dataset" ? "/datasets" : "/models";
  return (
    <section aria-labelledby="page-title">
      <p>
        <a
          href={back}
          onClick={(e) => {
            e.preventDefault();
            navigate(back);
          }}
        >
          {kind === "dataset" ? t("art.backDatasets") : t("art.backModels")}
        </a>
      </p>
      <h1 id="page-title">
        {artifact.data ? t(kind === "dataset" ? "art.datasetTitle" : "art.modelTitle", { name: artifact.data.name }) : t("common.loading")}
      </h1>
      <States loaded={artifact} t={t} empty="" isEmpty={() => false}>
        {(a) => (
          <>
            {a.description && <p>{a.description}</p>}
            <NewVersion
              kind={kind}
              artifactId={a.id}
              onDone={async () => {
                await versions.reload();
                await artifact.reload();
              }}
            />
          </>
        )}
      </States>
      <h2>{t("art.versions")}</h2>
      <States loaded={versions} t={t} empty={t("art.noVersions")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("art.version")}</th>
                  <th scope="col">{t("art.message")}</th>
                  <th scope="col">{t("art.files")}</th>
                  <th scope="col">{t("art.size")}</th>
                  {kind === "model" && <th scope="col">{t("art.metrics")}</th>}
                  <th scope="col">{t("art.created")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((v) => (
                  <tr key={v.id} data-version={v.id}>
                    <td>{v.version}</td>
                    <td>{v.message}</td>
                    <td className="num">{v.file_count}</td>
                    <td className="num">{bytes(v.total_bytes)}</td>
                    {kind === "model" && (
                      <td className="mono">
                        {Object.entries(v.metrics)
                          .map(([k, n]) => `${k}=${String(n)}`)
                          .join(" ")}
                      </td>
                    )}
                    <td>{v.created_at}</td>
                    <td>
                      <button type="button" className="small" aria-expanded={open === v.id} onClick={() => setOpen(open === v.id ? undefined : v.id)}>
                        {open === v.id ? t("art.hide") : t("art.open")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
      {shown && <VersionDetail key={shown.id} kind={kind} version={shown} />}
    </section>
  );
}
