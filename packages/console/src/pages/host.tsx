// One host: its GPUs now and per-GPU charts (utilisation, memory, temperature, power) from the
// telemetry history of the last hour, refreshed every 15 s.
import { useMemo } from "react";
import { platform } from "../api.js";
import { useApp } from "../app.js";
import { Chart, type Series } from "../chart.js";
import { States, useLoad } from "../ui.js";
import { GpuTable, type Host as HostView, HostActions } from "./fleet.js";

interface GpuBucket {
  gpu_index: number;
  bucket_start: string;
  utilization_gpu_avg: number | null;
  memory_used_mib_avg: number | null;
  temperature_gpu_max: number | null;
  power_draw_w_avg: number | null;
}
interface HostInstance {
  instance_id: string;
  owner: string | null;
  state: string;
  gpu_count: number;
  image_ref: string;
  card_less: boolean;
}
type HostDetail = HostView & { history: { gpus: GpuBucket[] }; instances: HostInstance[] };

function GpuCharts({ index, buckets }: { index: number; buckets: GpuBucket[] }) {
  const { t } = useApp();
  const times = useMemo(() => buckets.map((b) => Date.parse(b.bucket_start) / 1000), [buckets]);
  const charts = useMemo(
    () =>
      (
        [
          ["host.chartUtil", "utilization_gpu_avg"],
          ["host.chartMem", "memory_used_mib_avg"],
          ["host.chartTemp", "temperature_gpu_max"],
          ["host.chartPower", "power_draw_w_avg"],
        ] as const
      ).map(([label, field]) => ({ label: t(label), series: [{ label: t(label), values: buckets.map((b) => b[field]) }] as Series[] })),
    [buckets, t],
  );
  return (
    <section aria-labelledby={`gpu-${index}`} className="card">
      <h3 id={`gpu-${index}`}>{t("host.gpu", { index })}</h3>
      <div className="charts">
        {charts.map((c) => (
          <Chart key={c.label} title={c.label} times={times} series={c.series} testId={`chart-${index}`} />
        ))}
      </div>
    </section>
  );
}

export default function Host({ hostId }: { hostId: string }) {
  const { t, navigate } = useApp();
  const loaded = useLoad(() => platform<HostDetail>("GET", `/hosts/${encodeURIComponent(hostId)}`), [hostId], 15_000);
  return (
    <section aria-labelledby="page-title">
      <p>
        <a
          href="/fleet"
          onClick={(e) => {
            e.preventDefault();
            navigate("/fleet");
          }}
        >
          {t("host.back")}
        </a>
      </p>
      <h1 id="page-title">{t("host.title", { host: loaded.data?.hostname || hostId })}</h1>
      <States loaded={loaded} t={t} empty="" isEmpty={() => false}>
        {(h) => {
          const byGpu = new Map<number, GpuBucket[]>();
          for (const b of h.history.gpus) byGpu.set(b.gpu_index, [...(byGpu.get(b.gpu_index) ?? []), b]);
          return (
            <>
              <p>
                {t("common.room")} {h.room_name} · {h.status} {h.cordoned ? `· ${t("fleet.cordoned")}` : ""}
              </p>
              <HostActions host={h} onChanged={loaded.reload} />
              <GpuTable gpus={h.gpus} />
              <h2>{t("host.instances")}</h2>
              {h.instances.length === 0 ? (
                <p className="empty">{t("host.noInstances")}</p>
              ) : (
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t("led.instance")}</th>
                        <th scope="col">{t("host.owner")}</th>
                        <th scope="col">{t("common.status")}</th>
                        <th scope="col">{t("fleet.gpus")}</th>
                        <th scope="col">{t("inst.image")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {h.instances.map((i) => (
                        <tr key={i.instance_id} data-instance={i.instance_id}>
                          <td className="mono">{i.instance_id}</td>
                          <td>{i.owner ?? ""}</td>
                          <td>
                            {i.state}
                            {i.card_less ? ` (${t("inst.cardless")})` : ""}
                          </td>
                          <td className="num">{i.gpu_count}</td>
                          <td className="mono">{i.image_ref}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <h2>{t("host.charts")}</h2>
              {byGpu.size === 0 ? (
                <p className="empty">{t("host.noHistory")}</p>
              ) : (
                [...byGpu.entries()].sort(([a], [b]) => a - b).map(([i, buckets]) => <GpuCharts key={i} index={i} buckets={buckets} />)
              )}
            </>
          );
        }}
      </States>
    </section>
  );
}
