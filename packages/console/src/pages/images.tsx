// The customer's images (snapshots) with their status, refreshed while one is saving.
import { useState } from "react";
import { rental } from "../api.js";
import { useApp } from "../app.js";
import type { MessageKey } from "../i18n/index.js";
import type { Image } from "../types.js";
import { Confirm, ErrorBox, messageOf, States, useLoad } from "../ui.js";

export default function Images() {
  const { t } = useApp();
  const loaded = useLoad(async () => (await rental<{ items: Image[] }>("/gpu/images/mine", {})).items, [], 3000);
  const [deleting, setDeleting] = useState<Image>();
  const [error, setError] = useState<string>();
  const remove = async (m: Image) => {
    setDeleting(undefined);
    try {
      await rental("/gpu/images/delete", { image_id: m.image_id });
      setError(undefined);
    } catch (err) {
      setError(messageOf(err));
    }
    await loaded.reload();
  };
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("img.title")}</h1>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      <States loaded={loaded} t={t} empty={t("img.none")} isEmpty={(d) => d.length === 0}>
        {(list) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("common.name")}</th>
                  <th scope="col">{t("common.status")}</th>
                  <th scope="col">{t("img.source")}</th>
                  <th scope="col">{t("common.room")}</th>
                  <th scope="col">{t("img.created")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <tr key={m.image_id} data-image={m.image_id} data-status={m.status}>
                    <td>{m.name}</td>
                    <td>
                      <span className={`badge i-${m.status}`}>{t(`img.status.${m.status}` as MessageKey)}</span>
                      {m.error && <span className="muted"> {m.error}</span>}
                    </td>
                    <td className="mono">{m.source_gid ?? ""}</td>
                    <td>{m.room_name}</td>
                    <td>{m.create_at}</td>
                    <td>
                      <button type="button" className="small danger" disabled={m.status === "saving"} onClick={() => setDeleting(m)}>
                        {t("common.delete")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
      {deleting && (
        <Confirm
          title={t("img.confirmDelete", { name: deleting.name })}
          confirmLabel={t("common.delete")}
          cancelLabel={t("common.cancel")}
          danger
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting)}
        />
      )}
    </section>
  );
}
