// The audit log of a workspace the caller owns or administers (platform API /audit).
import { useState } from "react";
import { platformList } from "../api.js";
import { useApp } from "../app.js";
import { States, useLoad } from "../ui.js";

interface AuditLine {
  id: string | number;
  at?: string;
  created_at?: string;
  actor: string;
  action: string;
  target?: string | null;
}

export default function Audit() {
  const { t, me } = useApp();
  const [wsId, setWsId] = useState(me.workspaces[0]?.id ?? "");
  const loaded = useLoad(() => platformList<AuditLine>(`/audit?workspace_id=${encodeURIComponent(wsId)}&limit=100`), [wsId]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("audit.title")}</h1>
      <label htmlFor="audit-ws">{t("ws.workspaces")}</label>
      <select id="audit-ws" value={wsId} onChange={(e) => setWsId(e.target.value)}>
        {me.workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
      <States loaded={loaded} t={t} empty={t("common.empty")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("common.time")}</th>
                  <th scope="col">{t("audit.actor")}</th>
                  <th scope="col">{t("audit.action")}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((a) => (
                  <tr key={a.id}>
                    <td>{a.at ?? a.created_at}</td>
                    <td>{a.actor}</td>
                    <td>
                      {a.action} {a.target ?? ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
    </section>
  );
}
