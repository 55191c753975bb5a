// Buying: products by room with their prices and live gpu_remain, an image (public or mine), GPU
// count, extra disk, billing; the price is shown before the order is confirmed, and a refused
// order says why and what to do.
import { type FormEvent, useMemo, useState } from "react";
import { ApiError, rental } from "../api.js";
import { useApp } from "../app.js";
import type { MessageKey } from "../i18n/index.js";
import { cents, type Image, money, type Product } from "../types.js";
import { Confirm, ErrorBox, Loading, States, useLoad } from "../ui.js";

const PAY = { hourly: 4, daily: 1, monthly: 2 } as const;

/** The prepaid price (pricing.ts: per GPU, extra disk per GB and day, 30 days a month); hourly: the rate. */
function priceOf(p: Product, unit: number, gpus: number, disk: number, num: number): number {
  const perGb = cents(p.price_disk_gb_day);
  const each =
    unit === PAY.daily
      ? cents(p.price_day) * gpus + perGb * disk
      : unit === PAY.monthly
        ? cents(p.price_month) * gpus + perGb * disk * 30
        : cents(p.price_hour) * gpus;
  return each * num;
}

export default function Buy() {
  const { t, navigate } = useApp();
  const products = useLoad(async () => (await rental<{ items: Product[] }>("/gpu/product/list", {})).items, [], 5000);
  const [gpuType, setGpuType] = useState<string>();
  const product = products.data?.find((p) => p.gpu_type === gpuType);
  const images = useLoad(async () => {
    if (!product) return { pub: [] as Image[], mine: [] as Image[] };
    const [pub, mine] = await Promise.all([
      rental<{ items: Image[] }>("/gpu/images/list", { gpu_type: product.gpu_type }),
      rental<{ items: Image[] }>("/gpu/images/mine", { room_name: product.room_name }),
    ]);
    return { pub: pub.items, mine: mine.items.filter((m) => m.status === "ready") };
  }, [product?.gpu_type]);
  const [imageId, setImageId] = useState("");
  const [gpus, setGpus] = useState(1);
  const [disk, setDisk] = useState(0);
  const [unit, setUnit] = useState<number>(PAY.hourly);
  const [num, setNum] = useState(1);
  const [reviewing, setReviewing] = useState(false);
  const [state, setState] = useState<{ kind: "working" | "done" | "failed"; text: string }>();

  const rooms = useMemo(() => {
    const m = new Map<string, Product[]>();
    for (const p of products.data ?? []) m.set(p.room_name, [...(m.get(p.room_name) ?? []), p]);
    return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [products.data]);

  const explain = (code: string, message: string) => {
    const key = `buy.fail.${code}` as MessageKey;
    return t("buy.failed", {
      message:
        key in { "buy.fail.NO_STOCK": 1, "buy.fail.INSUFFICIENT_BALANCE": 1, "buy.fail.RETIRED": 1, "buy.fail.NOT_FOUND": 1 }
          ? `${t(key)} (${message})`
          : message,
    });
  };

  const review = (e: FormEvent) => {
    e.preventDefault();
    if (!product) return setState({ kind: "failed", text: t("buy.chooseProduct") });
    if (!imageId) return setState({ kind: "failed", text: t("buy.chooseImage") });
    setState(undefined);
    setReviewing(true);
  };

  const buy = async () => {
    if (!product) return;
    setReviewing(false);
    setState({ kind: "working", text: t("common.working") });
    try {
      const r = await rental<{ success_instance: number; success: { gid: string }[]; fails: { code: string; message: string }[] }>("/gpu/instances/buy", {
        gpu_type: product.gpu_type,
        room_name: product.room_name,
        image_id: imageId,
        gpu_count: gpus,
        extra_disk_cap: disk,
        pay_unit: unit,
        num,
      });
      const f = r.fails[0];
      if (r.success.length === 0 && f) setState({ kind: "failed", text: explain(f.code, f.message) });
      else {
        setState({ kind: "done", text: t("buy.done", { n: r.success.length }) + (f ? ` ${explain(f.code, f.message)}` : "") });
        void products.reload();
      }
    } catch (err) {
      setState({ kind: "failed", text: err instanceof ApiError ? explain(err.code, err.message) : String(err) });
    }
  };

  const price = product ? money(priceOf(product, unit, gpus, disk, num)) : "";
  const priceText = unit === PAY.hourly ? t("buy.priceHourly", { price }) : t("buy.price", { price });

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("buy.title")}</h1>
      <form onSubmit={review} className="stack">
        <fieldset>
          <legend>{t("buy.products")}</legend>
          <States loaded={products} t={t} empty={t("buy.noProducts")} isEmpty={(d) => d.length === 0}>
            {() =>
              rooms.map(([room, list]) => (
                <div key={room} className="room">
                  <h2>
                    {t("common.room")} {room}
                  </h2>
                  <div className="grid">
                    {list.map((p) => (
                      <label key={p.gpu_type} className={`product${p.gpu_type === gpuType ? " chosen" : ""}`}>
                        <input
                          type="radio"
                          name="product"
                          value={p.gpu_type}
                          checked={p.gpu_type === gpuType}
                          disabled={p.gpu_remain === 0}
                          onChange={() => {
                            setGpuType(p.gpu_type);
                            setImageId("");
                            setGpus(1);
                          }}
                        />
                        <strong>{p.name}</strong>
                        <span>
                          {p.gpu_model}, {p.gpu_ram} GB · {p.cpu} CPU · {p.memory} GB
                        </span>
                        <span>{t("buy.perHour", { price: p.price_hour })}</span>
                        <span>{t("buy.perDay", { price: p.price_day })}</span>
                        <span>{t("buy.perMonth", { price: p.price_month })}</span>
                        <span className={p.gpu_remain === 0 ? "warn" : "ok"} data-testid="remain">
                          {p.gpu_remain === 0 ? t("buy.soldOut") : t("buy.remain", { n: p.gpu_remain })}
                        </span>
                      </label>
                    ))}
                  </div>
                </div>
              ))
            }
          </States>
        </fieldset>
        {product && (
          <fieldset>
            <legend>{t("buy.image")}</legend>
            {images.loading && !images.data ? (
              <Loading text={t("common.loading")} />
            ) : images.error ? (
              <ErrorBox text={t("common.error", { message: images.error })} />
            ) : (
              <>
                <label htmlFor="buy-image">{t("buy.image")}</label>
                <select id="buy-image" value={imageId} onChange={(e) => setImageId(e.target.value)} required>
                  <option value="">—</option>
                  <optgroup label={t("buy.publicImages")}>
                    {images.data?.pub.map((m) => (
                      <option key={m.image_id} value={m.image_id}>
                        {m.name}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t("buy.myImages")}>
                    {images.data?.mine.map((m) => (
                      <option key={m.image_id} value={m.image_id}>
                        {m.name}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </>
            )}
            <div className="grid form">
              <div>
                <label htmlFor="buy-gpus">{t("buy.gpuCount")}</label>
                <input
                  id="buy-gpus"
                  type="number"
                  min={1}
                  max={Math.max(1, product.gpu_remain)}
                  value={gpus}
                  onChange={(e) => setGpus(Math.max(1, Number(e.target.value) || 1))}
                />
              </div>
              <div>
                <label htmlFor="buy-disk">{t("buy.extraDisk")}</label>
                <input
                  id="buy-disk"
                  type="number"
                  min={0}
                  max={product.disk_cap}
                  value={disk}
                  onChange={(e) => setDisk(Math.max(0, Number(e.target.value) || 0))}
                />
              </div>
              <div>
                <label htmlFor="buy-unit">{t("buy.payUnit")}</label>
                <select id="buy-unit" value={unit} onChange={(e) => setUnit(Number(e.target.value))}>
                  <option value={PAY.hourly}>{t("buy.hourly")}</option>
                  <option value={PAY.daily}>{t("buy.daily")}</option>
                  <option value={PAY.monthly}>{t("buy.monthly")}</option>
                </select>
              </div>
              <div>
                <label htmlFor="buy-num">{t("buy.num")}</label>
                <input id="buy-num" type="number" min={1} max={10} value={num} onChange={(e) => setNum(Math.max(1, Number(e.target.value) || 1))} />
              </div>
            </div>
            <p className="big" data-testid="price">
              {priceText}
            </p>
          </fieldset>
        )}
        <div className="row">
          <button type="submit" className="primary">
            {t("buy.review")}
          </button>
        </div>
        {state && (
          <div className={state.kind === "failed" ? "error" : "notice"} role={state.kind === "failed" ? "alert" : "status"}>
            <span>{state.text}</span>
            {state.kind === "done" && (
              <button type="button" className="small" onClick={() => navigate("/instances")}>
                {t("nav.instances")}
              </button>
            )}
          </div>
        )}
      </form>
      {reviewing && product && (
        <Confirm
          title={t("buy.review")}
          body={`${product.name} × ${gpus} · ${num} · ${priceText}`}
          confirmLabel={t("buy.confirm")}
          cancelLabel={t("common.cancel")}
          onCancel={() => setReviewing(false)}
          onConfirm={() => void buy()}
        />
      )}
    </section>
  );
}
