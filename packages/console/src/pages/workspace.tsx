// Workspaces (the caller's, and new team ones), their members (add, change role, remove) and
// projects (create, delete), on the platform API.
import { type FormEvent, useState } from "react";
import { platform, platformList } from "../api.js";
import { useApp } from "../app.js";
import { ErrorBox, messageOf, States, useLoad } from "../ui.js";

interface Member {
  user_id: number;
  username: string;
  role: string;
}
interface Project {
  id: string;
  name: string;
  description: string;
  status: string;
}
const ROLES = ["owner", "admin", "member", "viewer"];

export default function Workspace() {
  const { t, me, reloadMe } = useApp();
  const [wsId, setWsId] = useState(me.workspaces.find((w) => w.personal)?.id ?? me.workspaces[0]?.id ?? "");
  const ws = me.workspaces.find((w) => w.id === wsId);
  const members = useLoad(() => platformList<Member>(`/workspaces/${wsId}/members?limit=100`), [wsId]);
  const projects = useLoad(() => platformList<Project>(`/projects?workspace_id=${encodeURIComponent(wsId)}&limit=100`), [wsId]);
  const [error, setError] = useState<string>();
  const [username, setUsername] = useState("");
  const [role, setRole] = useState("member");
  const [project, setProject] = useState("");
  const [wsName, setWsName] = useState("");

  const act = async (fn: () => Promise<unknown>, after: () => Promise<void>) => {
    setError(undefined);
    try {
      await fn();
    } catch (err) {
      setError(messageOf(err));
    }
    await after();
  };
  const submit = (fn: () => Promise<unknown>, after: () => Promise<void>) => (e: FormEvent) => {
    e.preventDefault();
    void act(fn, after);
  };

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("ws.title")}</h1>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      <div className="row wrap">
        <label htmlFor="ws-select">{t("ws.workspaces")}</label>
        <select id="ws-select" value={wsId} onChange={(e) => setWsId(e.target.value)}>
          {me.workspaces.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
              {w.personal ? ` (${t("ws.personal")})` : ""} · {w.role}
            </option>
          ))}
        </select>
      </div>
      <form
        className="row wrap"
        onSubmit={submit(
          () => platform("POST", "/workspaces", { name: wsName }).then(() => setWsName("")),
          () => reloadMe(),
        )}
      >
        <label htmlFor="ws-new">{t("ws.workspaceName")}</label>
        <input id="ws-new" required maxLength={128} value={wsName} onChange={(e) => setWsName(e.target.value)} />
        <button type="submit">{t("ws.newWorkspace")}</button>
      </form>

      <h2>{t("ws.members")}</h2>
      <States loaded={members} t={t} empty={t("common.empty")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("ws.username")}</th>
                  <th scope="col">{t("ws.role")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((m) => (
                  <tr key={m.user_id}>
                    <td>{m.username}</td>
                    <td>
                      <label className="sr-only" htmlFor={`role-${m.user_id}`}>
                        {t("ws.role")} {m.username}
                      </label>
                      <select
                        id={`role-${m.user_id}`}
                        value={m.role}
                        disabled={ws?.personal}
                        onChange={(e) =>
                          void act(() => platform("PATCH", `/workspaces/${wsId}/members/${m.user_id}`, { role: e.target.value }), members.reload)
                        }
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="small"
                        disabled={ws?.personal}
                        onClick={() => void act(() => platform("DELETE", `/workspaces/${wsId}/members/${m.user_id}`), members.reload)}
                      >
                        {t("ws.remove")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
      {!ws?.personal && (
        <form
          className="row wrap"
          onSubmit={submit(() => platform("POST", `/workspaces/${wsId}/members`, { username, role }).then(() => setUsername("")), members.reload)}
        >
          <label htmlFor="member-name">{t("ws.username")}</label>
          <input id="member-name" required maxLength={64} value={username} onChange={(e) => setUsername(e.target.value)} />
          <label htmlFor="member-role">{t("ws.role")}</label>
          <select id="member-role" value={role} onChange={(e) => setRole(e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <button type="submit">{t("ws.addMember")}</button>
        </form>
      )}

      <h2>{t("ws.projects")}</h2>
      <States loaded={projects} t={t} empty={t("ws.noProjects")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <ul className="plain">
            {d.items.map((p) => (
              <li key={p.id} className="row">
                <span>{p.name}</span>
                <span className="muted">{p.status}</span>
                <button type="button" className="small danger" onClick={() => void act(() => platform("DELETE", `/projects/${p.id}`), projects.reload)}>
                  {t("common.delete")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </States>
      <form
        className="row wrap"
        onSubmit={submit(() => platform("POST", "/projects", { name: project, workspace_id: wsId }).then(() => setProject("")), projects.reload)}
      >
        <label htmlFor="project-name">{t("ws.projectName")}</label>
        <input id="project-name" required maxLength={128} value={project} onChange={(e) => setProject(e.target.value)} />
        <button type="submit">{t("ws.newProject")}</button>
      </form>
    </section>
  );
}
