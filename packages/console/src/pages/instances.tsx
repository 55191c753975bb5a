// The customer's instances, refreshed every 2 s: state, SSH command, password on demand, and the
// operations the current state allows (destructive ones confirmed), each with its progress and error.
import { useState } from "react";
import { rental } from "../api.js";
import { useApp } from "../app.js";
import type { MessageKey } from "../i18n/index.js";
import type { BatchAnswer, Image, Instance } from "../types.js";
import { Confirm, CopyButton, messageOf, States, useLoad } from "../ui.js";

type Op = "stop" | "stop_cardless" | "start" | "cardless_start" | "restart" | "snapshot" | "rebuild" | "destroy" | "renew" | "lengthen";

/** Where each operation may start (the control plane's state machine, SPEC §4). */
const ALLOWED: Record<Op, (i: Instance) => boolean> = {
  stop: (i) => i.status === "Running",
  stop_cardless: (i) => i.status === "Running",
  restart: (i) => i.status === "Running",
  start: (i) => i.status === "Stopped" || i.status === "Error",
  cardless_start: (i) => i.status === "Stopped" || i.status === "Error",
  snapshot: (i) => i.status === "Running" || i.status === "Stopped",
  rebuild: (i) => i.status === "Running" || i.status === "Stopped",
  // A prepaid (daily, monthly) instance ends with its paid time; only hourly ones are destroyed by hand.
  destroy: (i) => i.status === "Error" || i.status === "Expired" || (i.status === "Stopped" && i.pay_unit !== 1 && i.pay_unit !== 2),
  renew: (i) => (i.pay_unit === 1 || i.pay_unit === 2) && (i.status === "Running" || i.status === "Stopped"),
  lengthen: (i) => (i.pay_unit === 4 || i.pay_unit === 1) && (i.status === "Running" || i.status === "Stopped"),
};

const CONFIRM_TEXT: Partial<Record<Op, MessageKey>> = {
  destroy: "inst.confirmDestroy",
  stop: "inst.confirmStop",
  stop_cardless: "inst.confirmStop",
  restart: "inst.confirmRestart",
  rebuild: "inst.confirmRebuild",
};
const DANGER = new Set<Op>(["destroy", "rebuild"]);

const OPS = Object.keys(ALLOWED) as Op[];

async function runOp(i: Instance, op: Op, extra: { name?: string; imageId?: string; period?: number; unit?: number }): Promise<string | undefined> {
  const gid = i.gid;
  const batch = async (path: string, body: object) => {
    const r = await rental<BatchAnswer>(path, { gid, ...body });
    const f = r.fails?.[0];
    return f ? `${f.code}: ${f.message}` : undefined;
  };
  switch (op) {
    case "stop":
      return batch("/gpu/instances/stop", {});
    case "stop_cardless":
      return batch("/gpu/instances/stop", { card_less: true });
    case "start":
      return batch("/gpu/instances/start", {});
    case "cardless_start":
      return batch("/gpu/instances/cardless/start", {});
    case "restart":
      return batch("/gpu/instances/restart", {});
    case "destroy":
      return batch("/gpu/instances/destroy", {});
    case "rebuild":
      return batch("/gpu/instances/rebuild", { image_id: extra.imageId });
    case "renew":
      return batch("/gpu/instances/renew", { pay_period: extra.period });
    case "lengthen":
      return batch("/gpu/instances/lengthen", { pay_unit: extra.unit });
    case "snapshot":
      await rental("/gpu/instance/snapshot", { gid, name: extra.name });
      return undefined;
  }
}

function InstanceCard({ i, onChanged }: { i: Instance; onChanged: () => void }) {
  const { t } = useApp();
  const [shown, setShown] = useState(false);
  const [asking, setAsking] = useState<Op>();
  const [progress, setProgress] = useState<{ op: Op; state: "working" | "sent" | "failed"; message?: string }>();
  const [name, setName] = useState("");
  const [imageId, setImageId] = useState(i.image_id ?? "");
  const [period, setPeriod] = useState(1);
  const [unit, setUnit] = useState(i.pay_unit === 4 ? 1 : 2);
  const opLabel = (op: Op) => t(`inst.op.${op}` as MessageKey);

  const images = useLoad(
    async () =>
      asking === "rebuild"
        ? [
            ...(await rental<{ items: Image[] }>("/gpu/images/list", { gpu_type: i.gpu_type })).items,
            ...(await rental<{ items: Image[] }>("/gpu/images/mine", { room_name: i.room_name })).items.filter((m) => m.status === "ready"),
          ]
        : [],
    [asking],
  );

  const go = async (op: Op) => {
    setAsking(undefined);
    setProgress({ op, state: "working" });
    try {
      const failed = await runOp(i, op, { name, imageId, period, unit });
      setProgress(failed ? { op, state: "failed", message: failed } : { op, state: "sent" });
    } catch (err) {
      setProgress({ op, state: "failed", message: messageOf(err) });
    }
    onChanged();
  };

  const ssh = i.ip && i.port ? `ssh -p ${i.port} ${i.username || "root"}@${i.ip}` : "";
  const busy = i.operation_in_progress || progress?.state === "working";

  return (
    <article className="card instance" aria-labelledby={`gid-${i.gid}`} data-gid={i.gid} data-status={i.status}>
      <header className="row">
        <h2 id={`gid-${i.gid}`} className="mono">
          {i.gid}
        </h2>
        <span className={`badge s-${i.status.toLowerCase()}`} data-testid="status">
          {i.status}
        </span>
        {i.card_less && <span className="badge">{t("inst.cardless")}</span>}
        {i.operation_in_progress && <span className="badge busy">{t("inst.busy")}</span>}
      </header>
      <dl className="facts">
        <dt>{t("common.name")}</dt>
        <dd>{i.name}</dd>
        <dt>{t("inst.gpu")}</dt>
        <dd>
          {i.size.gpu_model} × {i.gpu_count}
        </dd>
        <dt>{t("inst.image")}</dt>
        <dd>{i.image.name}</dd>
        <dt>{t("common.room")}</dt>
        <dd>{i.room_name}</dd>
        <dt>{t("inst.billing")}</dt>
        <dd>{i.pay_method ?? "—"}</dd>
        {i.expire_at && (
          <>
            <dt>{t("inst.expires")}</dt>
            <dd>{i.expire_at}</dd>
          </>
        )}
        {ssh && (
          <>
            <dt>{t("inst.ssh")}</dt>
            <dd className="row">
              <code data-testid="ssh">{ssh}</code>
              <CopyButton value={ssh} label={t("common.copy")} copiedLabel={t("common.copied")} />
            </dd>
          </>
        )}
        {i.password && (
          <>
            <dt>{t("inst.password")}</dt>
            <dd className="row">
              {shown ? <code data-testid="password">{i.password}</code> : <span aria-hidden="true">••••••••</span>}
              <button type="button" className="small" aria-pressed={shown} onClick={() => setShown(!shown)}>
                {shown ? t("inst.hide") : t("inst.reveal")}
              </button>
              {shown && <CopyButton value={i.password} label={t("common.copy")} copiedLabel={t("common.copied")} />}
            </dd>
          </>
        )}
      </dl>
      {i.message && <p className="muted">{i.message}</p>}
      <div className="row wrap actions">
        {OPS.filter((op) => ALLOWED[op](i)).map((op) => (
          <button type="button" key={op} disabled={busy} className={DANGER.has(op) ? "danger" : undefined} onClick={() => setAsking(op)}>
            {opLabel(op)}
          </button>
        ))}
      </div>
      {progress && (
        <p className={progress.state === "failed" ? "error" : "muted"} role={progress.state === "failed" ? "alert" : "status"}>
          {progress.state === "working"
            ? `${opLabel(progress.op)}: ${t("common.working")}`
            : progress.state === "sent"
              ? t("inst.opSent", { op: opLabel(progress.op), gid: i.gid })
              : t("inst.opFailed", { op: opLabel(progress.op), message: progress.message ?? "" })}
        </p>
      )}
      {asking && (
        <Confirm
          title={t("inst.confirmTitle", { op: opLabel(asking), gid: i.gid })}
          {...(CONFIRM_TEXT[asking] ? { body: t(CONFIRM_TEXT[asking]) } : {})}
          confirmLabel={opLabel(asking)}
          cancelLabel={t("common.cancel")}
          danger={DANGER.has(asking)}
          onCancel={() => setAsking(undefined)}
          onConfirm={() => void go(asking)}
        >
          {asking === "snapshot" && (
            <>
              <label htmlFor={`snap-${i.gid}`}>{t("inst.snapshotName")}</label>
              <input id={`snap-${i.gid}`} required maxLength={128} value={name} onChange={(e) => setName(e.target.value)} />
            </>
          )}
          {asking === "rebuild" && (
            <>
              <label htmlFor={`rebuild-${i.gid}`}>{t("inst.rebuildImage")}</label>
              <select id={`rebuild-${i.gid}`} value={imageId} onChange={(e) => setImageId(e.target.value)}>
                {(images.data ?? []).map((m) => (
                  <option key={m.image_id} value={m.image_id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </>
          )}
          {asking === "renew" && (
            <>
              <label htmlFor={`renew-${i.gid}`}>{t("inst.renewPeriod")}</label>
              <select id={`renew-${i.gid}`} value={period} onChange={(e) => setPeriod(Number(e.target.value))}>
                {(i.pay_unit === 2 ? [1, 3, 12] : [1, 3, 7]).map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </>
          )}
          {asking === "lengthen" && (
            <>
              <label htmlFor={`lengthen-${i.gid}`}>{t("inst.lengthenTo")}</label>
              <select id={`lengthen-${i.gid}`} value={unit} onChange={(e) => setUnit(Number(e.target.value))}>
                {i.pay_unit === 4 && <option value={1}>{t("buy.daily")}</option>}
                <option value={2}>{t("buy.monthly")}</option>
              </select>
            </>
          )}
        </Confirm>
      )}
    </article>
  );
}

export default function Instances() {
  const { t } = useApp();
  const loaded = useLoad(async () => (await rental<{ items: Instance[] }>("/gpu/instances/list", {})).items, [], 2000);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("inst.title")}</h1>
      <p className="muted">{t("inst.live")}</p>
      <States loaded={loaded} t={t} empty={t("inst.none")} isEmpty={(d) => d.length === 0}>
        {(list) => (
          <div className="stack">
            {list.map((i) => (
              <InstanceCard key={i.gid} i={i} onChanged={() => void loaded.reload()} />
            ))}
          </div>
        )}
      </States>
    </section>
  );
}
