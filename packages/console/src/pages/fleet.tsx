// Operators: every host with its status, room and GPUs (live telemetry), cordon/uncordon/revoke,
// and join tokens with the install command for a new host. Platform admins only (the API says 403
// to anyone else; the navigation hides the page).
import { type FormEvent, useState } from "react";
import { platform, platformList } from "../api.js";
import { useApp } from "../app.js";
import type { MessageKey } from "../i18n/index.js";
import { Confirm, CopyButton, ErrorBox, messageOf, States, useLoad } from "../ui.js";

export interface Gpu {
  index: number;
  uuid: string;
  name: string;
  memory_total_mib: number | null;
  telemetry: Record<string, unknown> | null;
}
export interface Host {
  host_id: string;
  hostname: string;
  room_name: string;
  status: "online" | "suspect" | "offline";
  last_seen_at: string;
  cordoned: boolean;
  revoked_at: string | null;
  gpus: Gpu[];
}

const num = (v: unknown): string => (typeof v === "number" ? String(Math.round(v * 10) / 10) : "—");

export function GpuTable({ gpus }: { gpus: Gpu[] }) {
  const { t } = useApp();
  return (
    <div className="table-wrap">
      <table className="gpus">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t("fleet.model")}</th>
            <th scope="col">{t("fleet.memory")}</th>
            <th scope="col">{t("fleet.util")}</th>
            <th scope="col">{t("fleet.temp")}</th>
            <th scope="col">{t("fleet.power")}</th>
          </tr>
        </thead>
        <tbody>
          {gpus.map((g) => (
            <tr key={g.uuid} data-gpu={g.index}>
              <td>{g.index}</td>
              <td>{g.name}</td>
              <td className="num">
                {num(g.telemetry?.["memory_used_mib"])} / {g.memory_total_mib ?? "—"} MiB
              </td>
              <td className="num">{num(g.telemetry?.["utilization_gpu_pct"])} %</td>
              <td className="num">{num(g.telemetry?.["temperature_gpu_c"])} °C</td>
              <td className="num">{num(g.telemetry?.["power_draw_w"])} W</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function HostActions({ host, onChanged }: { host: Host; onChanged: () => Promise<void> }) {
  const { t } = useApp();
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const act = async (op: "cordon" | "uncordon" | "revoke") => {
    setConfirming(false);
    setError(undefined);
    try {
      await platform("POST", `/hosts/${host.host_id}/${op}`);
    } catch (err) {
      setError(messageOf(err));
    }
    await onChanged();
  };
  return (
    <div className="row wrap">
      {host.cordoned ? (
        <button type="button" onClick={() => void act("uncordon")}>
          {t("fleet.uncordon")}
        </button>
      ) : (
        <button type="button" onClick={() => void act("cordon")}>
          {t("fleet.cordon")}
        </button>
      )}
      {!host.revoked_at && (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t("fleet.revoke")}
        </button>
      )}
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      {confirming && (
        <Confirm
          title={t("fleet.revoke")}
          body={t("fleet.confirmRevoke", { host: host.hostname || host.host_id })}
          confirmLabel={t("fleet.revoke")}
          cancelLabel={t("common.cancel")}
          danger
          onCancel={() => setConfirming(false)}
          onConfirm={() => void act("revoke")}
        />
      )}
    </div>
  );
}

function JoinToken() {
  const { t } = useApp();
  const [room, setRoom] = useState("");
  const [made, setMade] = useState<{ token: string; expires_at: string; room_name: string }>();
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      setMade(await platform("POST", "/hosts/join-tokens", { room_name: room }));
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const command = made ? `sudo scripts/install.sh agent --control-plane ${location.origin} --join-token ${made.token}` : "";
  return (
    <section aria-labelledby="join-title" className="card">
      <h2 id="join-title">{t("fleet.joinToken")}</h2>
      <form className="row wrap" onSubmit={(e) => void submit(e)}>
        <label htmlFor="join-room">{t("common.room")}</label>
        <input id="join-room" required maxLength={64} value={room} onChange={(e) => setRoom(e.target.value)} />
        <button type="submit" className="primary">
          {t("fleet.createJoinToken")}
        </button>
      </form>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      {made && (
        <div className="notice" role="status">
          <p>{t("fleet.install")}</p>
          <p className="row">
            <code data-testid="install-command">{command}</code>
            <CopyButton value={command} label={t("common.copy")} copiedLabel={t("common.copied")} />
          </p>
          <p className="muted">{t("fleet.expires", { time: made.expires_at })}</p>
        </div>
      )}
    </section>
  );
}

export default function Fleet() {
  const { t, navigate } = useApp();
  const loaded = useLoad(() => platformList<Host>("/hosts?limit=100"), [], 5000);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("fleet.title")}</h1>
      <JoinToken />
      <h2>{t("fleet.hosts")}</h2>
      <States loaded={loaded} t={t} empty={t("fleet.none")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <div className="stack">
            {d.items.map((h) => (
              <article key={h.host_id} className="card" data-host={h.host_id} aria-labelledby={`host-${h.host_id}`}>
                <header className="row wrap">
                  <h3 id={`host-${h.host_id}`}>
                    <a
                      href={`/fleet/${h.host_id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`/fleet/${h.host_id}`);
                      }}
                    >
                      {h.hostname || h.host_id}
                    </a>
                  </h3>
                  <span className={`badge h-${h.status}`}>{t(`fleet.status.${h.status}` as MessageKey)}</span>
                  {h.cordoned && (
                    <span className="badge warn" data-testid="cordoned">
                      {t("fleet.cordoned")}
                    </span>
                  )}
                  <span>
                    {t("common.room")} {h.room_name}
                  </span>
                  <span className="muted">
                    {t("fleet.lastSeen")}: {h.last_seen_at}
                  </span>
                </header>
                <GpuTable gpus={h.gpus} />
                <HostActions host={h} onChanged={loaded.reload} />
              </article>
            ))}
          </div>
        )}
      </States>
    </section>
  );
}
