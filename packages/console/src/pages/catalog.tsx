// Operators: products and prices (create, edit prices, retire / sell again), public images (add,
// retire / offer again), applications (add), and the ledger audit, on the operator API with the
// admin token.
import { type FormEvent, useState } from "react";
import { admin } from "../api.js";
import { AdminGate } from "../admin-gate.js";
import { useApp } from "../app.js";
import type { MessageKey } from "../i18n/index.js";
import { ErrorBox, messageOf, States, useLoad } from "../ui.js";

interface AdminProduct {
  gpu_type: string;
  name: string;
  room_name: string;
  gpu_model: string;
  price_hour: string;
  price_day: string;
  price_month: string;
  price_cardless_hour: string;
  price_disk_gb_day: string;
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

const PRICE_FIELDS = ["price_hour", "price_day", "price_month", "price_cardless_hour", "price_disk_gb_day"] as const;
const PRODUCT_TEXT = ["gpu_type", "name", "room_name", "gpu_model"] as const;
const PRODUCT_INTS = ["cpu", "memory", "gpu_ram", "disk_one", "disk_data_one", "disk_cap"] as const;
const MONEY = "[0-9]+(\\.[0-9]{1,2})?";

/** Labelled inputs in a form grid; `values[name]` is the text of each. */
function Fields({
  prefix,
  names,
  values,
  set,
  kind,
}: {
  prefix: string;
  names: readonly string[];
  values: Record<string, string>;
  set: (name: string, v: string) => void;
  kind: "text" | "int" | "money";
}) {
  const { t } = useApp();
  return (
    <>
      {names.map((n) => (
        <div key={n}>
          <label htmlFor={`${prefix}-${n}`}>{t(`pf.${n}` as MessageKey)}</label>
          <input
            id={`${prefix}-${n}`}
            required
            className={kind === "text" ? undefined : "num"}
            inputMode={kind === "text" ? undefined : kind === "int" ? "numeric" : "decimal"}
            pattern={kind === "int" ? "[0-9]+" : kind === "money" ? MONEY : undefined}
            maxLength={128}
            autoComplete="off"
            value={values[n] ?? ""}
            onChange={(e) => set(n, e.target.value)}
          />
        </div>
      ))}
    </>
  );
}

function useForm(initial: Record<string, string>) {
  const [values, setValues] = useState(initial);
  return { values, set: (n: string, v: string) => setValues((old) => ({ ...old, [n]: v })), reset: () => setValues(initial) };
}

/** Runs a form's call: the error shown, or done() after success. */
function useSubmit(done: () => Promise<void> | void) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = (call: () => Promise<unknown>) => async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      await call();
      await done();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

const PRODUCT_DEFAULTS: Record<string, string> = {
  cpu: "8",
  memory: "64",
  gpu_ram: "80",
  disk_one: "100",
  disk_data_one: "0",
  disk_cap: "1000",
  price_hour: "",
  price_day: "",
  price_month: "",
  price_cardless_hour: "0.10",
  price_disk_gb_day: "0.01",
};

function NewProduct({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useApp();
  const form = useForm(PRODUCT_DEFAULTS);
  const s = useSubmit(async () => {
    form.reset();
    await onDone();
  });
  const body = () => {
    const v = form.values;
    const out: Record<string, string | number> = {};
    for (const n of PRODUCT_TEXT) out[n] = (v[n] ?? "").trim();
    for (const n of PRODUCT_INTS) out[n] = Number(v[n]);
    for (const n of PRICE_FIELDS) out[n] = v[n] ?? "";
    return out;
  };
  return (
    <details className="card">
      <summary>{t("cat.newProduct")}</summary>
      <form aria-label={t("cat.newProduct")} onSubmit={(e) => void s.submit(() => admin("POST", "/products", body()))(e)}>
        <div className="grid form">
          <Fields prefix="np" names={PRODUCT_TEXT} values={form.values} set={form.set} kind="text" />
          <Fields prefix="np" names={PRODUCT_INTS} values={form.values} set={form.set} kind="int" />
          <Fields prefix="np" names={PRICE_FIELDS} values={form.values} set={form.set} kind="money" />
        </div>
        {s.error && <ErrorBox text={t("common.error", { message: s.error })} />}
        <div className="row end">
          <button type="submit" className="primary" disabled={s.busy}>
            {t("cat.createProduct")}
          </button>
        </div>
      </form>
    </details>
  );
}

function EditPrices({ product, onDone, onCancel }: { product: AdminProduct; onDone: () => Promise<void>; onCancel: () => void }) {
  const { t } = useApp();
  const form = useForm(Object.fromEntries(PRICE_FIELDS.map((n) => [n, product[n] ?? ""])));
  const s = useSubmit(onDone);
  return (
    <form
      aria-label={t("cat.editPricesOf", { name: product.gpu_type })}
      onSubmit={(e) => void s.submit(() => admin("PATCH", `/products/${encodeURIComponent(product.gpu_type)}`, form.values))(e)}
    >
      <div className="grid form">
        <Fields prefix={`ep-${product.gpu_type}`} names={PRICE_FIELDS} values={form.values} set={form.set} kind="money" />
      </div>
      {s.error && <ErrorBox text={t("common.error", { message: s.error })} />}
      <div className="row end">
        <button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        <button type="submit" className="primary" disabled={s.busy}>
          {t("cat.savePrices")}
        </button>
      </div>
    </form>
  );
}

function NewImage({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useApp();
  const form = useForm({ name: "", image_ref: "", room_name: "" });
  const s = useSubmit(async () => {
    form.reset();
    await onDone();
  });
  const v = form.values;
  return (
    <form
      className="row wrap"
      aria-label={t("cat.addImage")}
      onSubmit={(e) =>
        void s.submit(() =>
          admin("POST", "/images", { name: v["name"]!.trim(), image_ref: v["image_ref"]!.trim(), room_name: v["room_name"]!.trim() || null }),
        )(e)
      }
    >
      <label htmlFor="ni-name">{t("common.name")}</label>
      <input id="ni-name" required maxLength={128} autoComplete="off" value={v["name"]} onChange={(e) => form.set("name", e.target.value)} />
      <label htmlFor="ni-ref">{t("cat.ref")}</label>
      <input id="ni-ref" required maxLength={255} autoComplete="off" value={v["image_ref"]} onChange={(e) => form.set("image_ref", e.target.value)} />
      <label htmlFor="ni-room">{t("cat.roomAny")}</label>
      <input id="ni-room" maxLength={64} autoComplete="off" value={v["room_name"]} onChange={(e) => form.set("room_name", e.target.value)} />
      <button type="submit" className="primary" disabled={s.busy}>
        {t("cat.addImage")}
      </button>
      {s.error && <ErrorBox text={t("common.error", { message: s.error })} />}
    </form>
  );
}

function NewApp({ products, images, onDone }: { products: AdminProduct[]; images: AdminImage[]; onDone: () => Promise<void> }) {
  const { t } = useApp();
  const form = useForm({ app_type: "", title: "", image_id: images[0]?.image_id ?? "", gpu_type: products[0]?.gpu_type ?? "", ports: "" });
  const s = useSubmit(async () => {
    form.reset();
    await onDone();
  });
  const v = form.values;
  const body = () => ({
    app_type: v["app_type"]!.trim(),
    title: v["title"]!.trim(),
    image_id: v["image_id"],
    gpu_type: v["gpu_type"],
    ports: (v["ports"] ?? "")
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number),
  });
  return (
    <form className="row wrap" aria-label={t("cat.addApp")} onSubmit={(e) => void s.submit(() => admin("POST", "/applications", body()))(e)}>
      <label htmlFor="na-type">app_type</label>
      <input id="na-type" required maxLength={64} autoComplete="off" value={v["app_type"]} onChange={(e) => form.set("app_type", e.target.value)} />
      <label htmlFor="na-title">{t("cat.appTitle")}</label>
      <input id="na-title" required maxLength={128} autoComplete="off" value={v["title"]} onChange={(e) => form.set("title", e.target.value)} />
      <label htmlFor="na-image">{t("cat.image")}</label>
      <select id="na-image" required value={v["image_id"]} onChange={(e) => form.set("image_id", e.target.value)}>
        {images.map((m) => (
          <option key={m.image_id} value={m.image_id}>
            {m.name}
          </option>
        ))}
      </select>
      <label htmlFor="na-product">{t("cat.product")}</label>
      <select id="na-product" required value={v["gpu_type"]} onChange={(e) => form.set("gpu_type", e.target.value)}>
        {products.map((p) => (
          <option key={p.gpu_type} value={p.gpu_type}>
            {p.gpu_type}
          </option>
        ))}
      </select>
      <label htmlFor="na-ports">{t("cat.ports")}</label>
      <input id="na-ports" pattern="[0-9, ]*" autoComplete="off" value={v["ports"]} onChange={(e) => form.set("ports", e.target.value)} />
      <button type="submit" className="primary" disabled={s.busy}>
        {t("cat.addApp")}
      </button>
      {s.error && <ErrorBox text={t("common.error", { message: s.error })} />}
    </form>
  );
}

function CatalogTables() {
  const { t } = useApp();
  const products = useLoad(() => admin<{ items: AdminProduct[] }>("GET", "/products"), []);
  const images = useLoad(() => admin<{ items: AdminImage[] }>("GET", "/images"), []);
  const apps = useLoad(() => admin<{ items: App[] }>("GET", "/applications"), []);
  const [error, setError] = useState<string>();
  const [audit, setAudit] = useState<AuditReport>();
  const [editing, setEditing] = useState<string>();
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
      <NewProduct onDone={products.reload} />
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
                {d.items.map((p) => [
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
                      </button>{" "}
                      <button
                        type="button"
                        className="small"
                        aria-expanded={editing === p.gpu_type}
                        onClick={() => setEditing(editing === p.gpu_type ? undefined : p.gpu_type)}
                      >
                        {t("cat.editPrices")}
                      </button>
                    </td>
                  </tr>,
                  editing === p.gpu_type && (
                    <tr key={`${p.gpu_type}-edit`}>
                      <td colSpan={7}>
                        <EditPrices
                          product={p}
                          onCancel={() => setEditing(undefined)}
                          onDone={async () => {
                            setEditing(undefined);
                            await products.reload();
                          }}
                        />
                      </td>
                    </tr>
                  ),
                ])}
              </tbody>
            </table>
          </div>
        )}
      </States>
      <h2>{t("cat.images")}</h2>
      <NewImage onDone={images.reload} />
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
      {products.data && images.data && <NewApp products={products.data.items} images={images.data.items.filter((m) => !m.retired_at)} onDone={apps.reload} />}
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
