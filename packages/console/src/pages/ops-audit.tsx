// Operators: the audit log of everything (operator API GET /admin/audit with the admin token),
// paged, filtered by workspace or by the acting user.
import { type FormEvent, useState } from "react";
import { admin } from "../api.js";
import { AdminGate } from "../admin-gate.js";
import { useApp } from "../app.js";
import { Pager, States, useLoad } from "../ui.js";

interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  workspace_id: string | null;
  address: string;
  status: number;
  request_id: string;
}

const PAGE_SIZE = 50;

function AuditTable() {
  const { t } = useApp();
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState({ workspace: "", user: "" });
  const [draft, setDraft] = useState(filter);
  const query = () => {
    const q = new URLSearchParams({ page: String(page), page_size: String(PAGE_SIZE) });
    if (filter.workspace) q.set("workspace_id", filter.workspace);
    if (filter.user) q.set("user_id", filter.user);
    return q.toString();
  };
  const loaded = useLoad(() => admin<{ items: AuditEntry[]; total_items: number }>("GET", `/audit?${query()}`), [page, filter]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setPage(1);
    setFilter({ workspace: draft.workspace.trim(), user: draft.user.trim() });
  };
  return (
    <>
      <form className="row wrap" aria-label={t("opsAudit.filter")} onSubmit={apply}>
        <label htmlFor="oa-ws">{t("opsAudit.workspaceId")}</label>
        <input
          id="oa-ws"
          autoComplete="off"
          pattern="[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
          value={draft.workspace}
          onChange={(e) => setDraft({ ...draft, workspace: e.target.value })}
        />
        <label htmlFor="oa-user">{t("opsAudit.userId")}</label>
        <input
          id="oa-user"
          autoComplete="off"
          inputMode="numeric"
          pattern="[0-9]*"
          value={draft.user}
          onChange={(e) => setDraft({ ...draft, user: e.target.value })}
        />
        <button type="submit">{t("opsAudit.apply")}</button>
      </form>
      <States loaded={loaded} t={t} empty={t("common.empty")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("common.time")}</th>
                    <th scope="col">{t("audit.actor")}</th>
                    <th scope="col">{t("audit.action")}</th>
                    <th scope="col">{t("opsAudit.workspace")}</th>
                    <th scope="col">{t("common.status")}</th>
                    <th scope="col">{t("opsAudit.address")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.items.map((a) => (
                    <tr key={a.id} data-audit={a.id}>
                      <td>{a.at}</td>
                      <td>{a.actor}</td>
                      <td>
                        {a.action} <span className="mono">{a.target}</span>
                      </td>
                      <td className="mono">{a.workspace_id ?? "—"}</td>
                      <td className="num">{a.status}</td>
                      <td className="mono">{a.address}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} pages={Math.max(1, Math.ceil(d.total_items / PAGE_SIZE))} onPage={setPage} t={t} />
          </>
        )}
      </States>
    </>
  );
}

export default function OpsAudit() {
  const { t } = useApp();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("opsAudit.title")}</h1>
      <AdminGate>
        <AuditTable />
      </AdminGate>
    </section>
  );
}
