// The ledger: pages of entries, filtered by instance (server) and kind (this page), with a chart
// of spend per day over the page shown.
import { type FormEvent, useMemo, useState } from "react";
import { rental } from "../api.js";
import { useApp } from "../app.js";
import { Chart } from "../chart.js";
import { cents, type LedgerItem } from "../types.js";
import { Pager, States, useLoad } from "../ui.js";

const KINDS = ["recharge", "purchase", "renewal", "lengthen", "credit", "refund", "usage"];
const PAGE_SIZE = 50;

export default function Ledger() {
  const { t } = useApp();
  const [page, setPage] = useState(1);
  const [gid, setGid] = useState("");
  const [applied, setApplied] = useState("");
  const [kind, setKind] = useState("");
  const loaded = useLoad(
    () => rental<{ items: LedgerItem[]; total_items: number }>("/account/ledger", { page, page_size: PAGE_SIZE, ...(applied ? { gid: applied } : {}) }),
    [page, applied],
  );
  const items = useMemo(() => (loaded.data?.items ?? []).filter((e) => !kind || e.kind === kind), [loaded.data, kind]);
  const chart = useMemo(() => {
    const perDay = new Map<number, number>();
    for (const e of items) {
      if (!e.time || cents(e.amount) >= 0) continue;
      const d = new Date(e.time);
      const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / 1000;
      perDay.set(day, (perDay.get(day) ?? 0) - cents(e.amount) / 100);
    }
    const days = [...perDay.keys()].sort((a, b) => a - b);
    return { times: days, series: [{ label: t("led.amount"), values: days.map((d) => perDay.get(d)!) }] };
  }, [items, t]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPage(1);
    setApplied(gid.trim());
  };
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("led.title")}</h1>
      <form className="row wrap" onSubmit={submit}>
        <label htmlFor="ledger-gid">{t("led.filterGid")}</label>
        <input id="ledger-gid" value={gid} maxLength={130} onChange={(e) => setGid(e.target.value)} />
        <label htmlFor="ledger-kind">{t("led.filterKind")}</label>
        <select id="ledger-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t("led.all")}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <button type="submit">{t("led.apply")}</button>
      </form>
      <States loaded={loaded} t={t} empty={t("led.none")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            {chart.times.length > 0 && <Chart title={t("led.chart")} times={chart.times} series={chart.series} testId="spend-chart" />}
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("common.time")}</th>
                    <th scope="col">{t("led.kind")}</th>
                    <th scope="col">{t("led.amount")}</th>
                    <th scope="col">{t("led.balanceAfter")}</th>
                    <th scope="col">{t("led.instance")}</th>
                    <th scope="col">{t("led.memo")}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((e) => (
                    <tr key={e.entry_id}>
                      <td>{e.time}</td>
                      <td>{e.kind}</td>
                      <td className="num">{e.amount}</td>
                      <td className="num">{e.balance_after}</td>
                      <td className="mono">{e.gid ?? ""}</td>
                      <td>{e.memo}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} pages={Math.ceil(d.total_items / PAGE_SIZE)} onPage={setPage} t={t} />
          </>
        )}
      </States>
    </section>
  );
}
