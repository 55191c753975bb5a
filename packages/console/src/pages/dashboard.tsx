// Balance, spend this month, running instances and the latest ledger entries.
import { rental } from "../api.js";
import { useApp } from "../app.js";
import { type AccountInfo, cents, type Instance, type LedgerItem, money } from "../types.js";
import { States, useLoad } from "../ui.js";

interface Summary {
  info: AccountInfo;
  running: Instance[];
  monthSpend: number;
  recent: LedgerItem[];
}

async function summary(): Promise<Summary> {
  const [info, list, ledger] = await Promise.all([
    rental<AccountInfo>("/account/info"),
    rental<{ items: Instance[] }>("/gpu/instances/list", {}),
    rental<{ items: LedgerItem[] }>("/account/ledger", { page: 1, page_size: 500 }),
  ]);
  const now = new Date();
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const monthSpend = ledger.items
    .filter((e) => e.time && Date.parse(e.time) >= monthStart && cents(e.amount) < 0 && e.kind !== "recharge")
    .reduce((s, e) => s - cents(e.amount), 0);
  return { info, running: list.items.filter((i) => i.status === "Running"), monthSpend, recent: ledger.items.slice(0, 8) };
}

export default function Dashboard() {
  const { t } = useApp();
  const loaded = useLoad(summary, [], 10_000);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("dash.title")}</h1>
      <States loaded={loaded} t={t} empty="" isEmpty={() => false}>
        {(d) => (
          <>
            <div className="tiles">
              <div className="tile">
                <h2>{t("dash.balance")}</h2>
                <p className="big" data-testid="balance">
                  {d.info.balance}
                </p>
                <p className="muted">
                  {t("dash.available")}: {d.info.available_balance}
                </p>
              </div>
              <div className="tile">
                <h2>{t("dash.spendMonth")}</h2>
                <p className="big">{money(d.monthSpend)}</p>
              </div>
              <div className="tile">
                <h2>{t("dash.running")}</h2>
                <p className="big">{d.running.length}</p>
                <ul className="plain">
                  {d.running.slice(0, 5).map((i) => (
                    <li key={i.gid}>
                      {i.gid} · {i.size.gpu_model} × {i.gpu_count}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
            <h2>{t("dash.events")}</h2>
            {d.recent.length === 0 ? (
              <p className="empty">{t("dash.noEvents")}</p>
            ) : (
              <ul className="events">
                {d.recent.map((e) => (
                  <li key={e.entry_id}>
                    <time>{e.time}</time> <strong>{e.kind}</strong> {e.amount} {e.gid ?? ""} <span className="muted">{e.memo}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </States>
    </section>
  );
}
