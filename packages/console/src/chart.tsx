// A time-series chart (uPlot). Only the pages with charts import this, so uPlot is loaded with
// them, never on the first page.
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface Series {
  label: string;
  values: (number | null)[];
}

/** A line chart; `times` are Unix seconds, or with `steps` training steps (a plain number axis). */
export function Chart({ title, times, series, testId, steps }: { title: string; times: number[]; series: Series[]; testId?: string; steps?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const width = Math.max(280, Math.min(720, el.clientWidth || 640));
    const plot = new uPlot(
      {
        width,
        height: 220,
        series: [{}, ...series.map((s, n) => ({ label: s.label, stroke: ["#1f5fbf", "#b3261e", "#1b7f3b", "#8a4b08"][n % 4]!, width: 2 }))],
        scales: { x: { time: !steps } },
        axes: [{}, { size: 60 }],
      },
      [times, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    return () => plot.destroy();
  }, [times, series, steps]);
  return (
    <figure className="chart" data-testid={testId} data-points={times.length}>
      <figcaption>{title}</figcaption>
      <div ref={ref} role="img" aria-label={`${title}: ${times.length} points`} />
    </figure>
  );
}
