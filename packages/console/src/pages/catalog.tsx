// Operators: products and prices (retire / sell again), public images (retire / offer again),
// applications, and the ledger audit, on the operator API with the admin token.
import { useState } from "react";
import { admin } from "../api.js";
import { AdminGate } from "../admin-gate.js";
import { useApp } from "../app.js";
import { ErrorBox, messageOf, States, useLoad } from "../ui.js";

interface AdminProduct {
  gpu_type: string;
  name: string;
  room_name: string;
  gpu_model: string;
  price_hour: string;
  price_day: string;
  price_month: string;
  gpu_remain: number;
  retired_at: string | null;
}
interface AdminImage {
  image_id: string;
  name: string;
  image_ref: string;
  room_name: string | null;
  retired_at: string | null;
}
interface App {
  app_type: string;
  title: string;
  gpu_type: string;
}
interface AuditReport {
  ok: boolean;
  checked: { entries: number; users: number };
  violations: { check: string; detail: string }[];
}

function CatalogTables() {
  const { t } = useApp();
  const products = useLoad(() => admin<{ items: AdminProduct[] }>("GET", "/products"), []);
  const images = useLoad(() => admin<{ items: AdminImage[] }>("GET", "/images"), []);
  const apps = useLoad(() => admin<{ items: App[] }>("GET", "/applications"), []);
  const [error, setError] = useState<string>();
  const [audit, setAudit] = useState<AuditReport>();
  const act = async (path: string, reload: () => Promise<void>) => {
    setError(undefined);
    try {
      await admin("POST", path);
    } catch (err) {
      setError(messageOf(err));
    }
    await reload();
  };
  const runAudit = async () => {
    setError(undefined);
    try {
      setAudit(await admin<AuditReport>("GET", "/ledger/audit"));
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      <h2>{t("cat.products")}</h2>
      <States loaded={products} t={t} empty={t("buy.noProducts")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("common.name")}</th>
                  <th scope="col">{t("common.room")}</th>
                  <th scope="col">{t("fleet.model")}</th>
                  <th scope="col">{t("buy.payUnit")}</th>
                  <th scope="col">{t("fleet.gpus")}</th>
                  <th scope="col">{t("common.status")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((p) => (
                  <tr key={p.gpu_type} data-product={p.gpu_type}>
                    <td>
                      {p.name} <span className="muted mono">{p.gpu_type}</span>
                    </td>
                    <td>{p.room_name}</td>
                    <td>{p.gpu_model}</td>
                    <td>
                      {t("buy.perHour", { price: p.price_hour })} · {t("buy.perDay", { price: p.price_day })} · {t("buy.perMonth", { price: p.price_month })}
                    </td>
                    <td className="num">{p.gpu_remain}</td>
                    <td>{p.retired_at ? <span className="badge warn">{t("cat.retired")}</span> : <span className="badge">{t("cat.onSale")}</span>}</td>
                    <td>
                      <button
                        type="button"
                        className="small"
                        onClick={() => void act(`/products/${p.gpu_type}/${p.retired_at ? "unretire" : "retire"}`, products.reload)}
                      >
                        {p.retired_at ? t("cat.unretire") : t("cat.retire")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
      <h2>{t("cat.images")}</h2>
      <States loaded={images} t={t} empty={t("common.empty")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("common.name")}</th>
                  <th scope="col">{t("cat.ref")}</th>
                  <th scope="col">{t("common.room")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((m) => (
                  <tr key={m.image_id}>
                    <td>
                      {m.name} {m.retired_at && <span className="badge warn">{t("cat.retired")}</span>}
                    </td>
                    <td className="mono">{m.image_ref}</td>
                    <td>{m.room_name ?? "*"}</td>
                    <td>
                      <button
                        type="button"
                        className="small"
                        onClick={() => void act(`/images/${m.image_id}/${m.retired_at ? "unretire" : "retire"}`, images.reload)}
                      >
                        {m.retired_at ? t("cat.unretire") : t("cat.retire")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
      <h2>{t("cat.apps")}</h2>
      <States loaded={apps} t={t} empty={t("common.empty")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <ul className="plain">
            {d.items.map((a) => (
              <li key={a.app_type}>
                {a.title} <span className="muted mono">{a.app_type}</span> · {a.gpu_type}
              </li>
            ))}
          </ul>
        )}
      </States>
      <h2>{t("cat.audit")}</h2>
      <button type="button" onClick={() => void runAudit()}>
        {t("cat.runAudit")}
      </button>
      {audit && (
        <div className={audit.ok ? "notice" : "error"} role="status" data-testid="audit-result">
          {audit.ok ? t("cat.auditOk", { entries: audit.checked.entries, users: audit.checked.users }) : t("cat.auditBad", { n: audit.violations.length })}
        </div>
      )}
    </>
  );
}

export default function Catalog() {
  const { t } = useApp();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("cat.title")}</h1>
      <AdminGate>
        <CatalogTables />
      </AdminGate>
    </section>
  );
}
