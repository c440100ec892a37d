import { useId } from "react";
import { ChartTable, type ChartTableData } from "./chart-table";

/**
 * A small accessible SVG line chart. Geometry uses lossy numbers (lib/amount/lossy.ts); every
 * number printed — axis end labels, the table — is an exact string passed in by the caller.
 */
export interface ChartPoint {
  x: number;
  y: number;
  xLabel: string;
  yLabel: string;
}

export interface ChartSeries {
  id: string;
  label: string;
  /** Tailwind stroke + fill classes, with dark variants. */
  tone: "milk" | "emerald" | "amber";
  points: ReadonlyArray<ChartPoint>;
}

const TONES: Record<ChartSeries["tone"], { line: string; dot: string; key: string }> = {
  milk: { line: "stroke-milk-600 dark:stroke-milk-300", dot: "fill-milk-600 dark:fill-milk-300", key: "bg-milk-600 dark:bg-milk-300" },
  emerald: { line: "stroke-emerald-600 dark:stroke-emerald-400", dot: "fill-emerald-600 dark:fill-emerald-400", key: "bg-emerald-600 dark:bg-emerald-400" },
  amber: { line: "stroke-amber-600 dark:stroke-amber-400", dot: "fill-amber-600 dark:fill-amber-400", key: "bg-amber-600 dark:bg-amber-400" },
};

const W = 640;
const H = 220;
const PAD = { left: 8, right: 8, top: 12, bottom: 12 };

export interface LineChartProps {
  title: string;
  /** One sentence that says what the chart shows, read with the image. */
  description: string;
  series: ReadonlyArray<ChartSeries>;
  /** The table alternative, drawn inside the figure; omitted where the caller shows it itself (LazyLineChart). */
  table?: ChartTableData;
  /** Units under the y labels, e.g. "TIA per milkTIA". */
  yUnit: string;
}

export function LineChart({ title, description, series, table, yUnit }: LineChartProps) {
  const id = useId();
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-300">Nothing to chart yet.</p>;
  }
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const lowest = all.find((p) => p.y === y0)!;
  const highest = all.find((p) => p.y === y1)!;
  const first = all.find((p) => p.x === x0)!;
  const last = all.find((p) => p.x === x1)!;
  const sx = (x: number) => PAD.left + (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - (y1 === y0 ? 0.5 : (y - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);

  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-2">
      <figcaption id={`${id}-title`} className="text-sm font-medium">
        {title}
      </figcaption>
      {series.length > 1 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-300" aria-label="Legend">
          {series.map((s) => (
            <li key={s.id} className="flex items-center gap-1.5">
              <span aria-hidden="true" className={`inline-block h-2 w-4 rounded-sm ${TONES[s.tone].key}`} />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex gap-2">
        <div className="flex flex-col justify-between py-1 text-right text-[11px] leading-tight text-slate-500 tabular-nums dark:text-slate-400" aria-hidden="true">
          <span>{highest.yLabel}</span>
          <span>{lowest.yLabel}</span>
        </div>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          className="h-48 w-full min-w-0 flex-1 overflow-visible rounded-lg bg-slate-50 dark:bg-slate-950"
          preserveAspectRatio="none"
        >
          <desc id={`${id}-desc`}>
            {description} From {first.xLabel} to {last.xLabel}; lowest {lowest.yLabel}, highest {highest.yLabel} {yUnit}.
          </desc>
          <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="stroke-slate-300 dark:stroke-slate-700" strokeWidth={1} />
          {series.map((s) => {
            const d = s.points.map((p, i) => `${i === 0 ? "M" : "L"}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(" ");
            const end = s.points.at(-1);
            return (
              <g key={s.id}>
                <path d={d} fill="none" strokeWidth={2} vectorEffect="non-scaling-stroke" className={TONES[s.tone].line} />
                {end ? <circle cx={sx(end.x)} cy={sy(end.y)} r={3} className={TONES[s.tone].dot} /> : null}
              </g>
            );
          })}
        </svg>
      </div>
      <div className="flex justify-between pl-2 text-[11px] text-slate-500 dark:text-slate-400" aria-hidden="true">
        <span>{first.xLabel}</span>
        <span>{last.xLabel}</span>
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">{yUnit}</p>
      {table ? <ChartTable data={table} /> : null}
    </figure>
  );
}
