"use client";

import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from "react";
import { ChartTable, type ChartTableData } from "./chart-table";
import { keyStep, lossyValue, nearestIndex, niceTicks, numberTicks, pointValue, timeTicks, type ChartFormat, type Tick } from "./chart-scale";

export type { ChartFormat } from "./chart-scale";

/**
 * A small accessible SVG line chart. Points arrive exact (bigint) with the unit's format; the
 * geometry uses lossy numbers made here, and every number printed goes through the display
 * module (lib/amount/display.ts): tick labels are round values shown exactly, the tooltip, the
 * live region and the description show each value by its unit's rule, rounded down (see
 * pointValue). Every digit is in the table alternative, which the caller fills.
 *
 * Reading a value: hover the plot, or focus it (Tab) and use the arrow keys, Home and End; the
 * tooltip shows the values and a polite live region reads them out.
 */
export interface ChartPoint {
  x: number;
  xLabel: string;
  /** The exact value: base units for a token, an 18-digit Dec otherwise (see ChartFormat). */
  value: bigint;
}

export interface ChartSeries {
  id: string;
  label: string;
  /** Tailwind stroke + fill classes, with dark variants. */
  tone: "milk" | "emerald" | "amber";
  points: ReadonlyArray<ChartPoint>;
}

const TONES: Record<ChartSeries["tone"], { line: string; key: string }> = {
  milk: { line: "stroke-milk-600 dark:stroke-milk-300", key: "bg-milk-600 dark:bg-milk-300" },
  emerald: { line: "stroke-emerald-600 dark:stroke-emerald-400", key: "bg-emerald-600 dark:bg-emerald-400" },
  amber: { line: "stroke-amber-600 dark:stroke-amber-400", key: "bg-amber-600 dark:bg-amber-400" },
};

const W = 640;
const H = 220;
const PAD = { left: 0, right: 0, top: 8, bottom: 8 };

export interface LineChartProps {
  title: string;
  /** One sentence that says what the chart shows, read with the image. */
  description: string;
  series: ReadonlyArray<ChartSeries>;
  /** The table alternative, drawn inside the figure; omitted where the caller shows it itself (LazyLineChart). */
  table?: ChartTableData;
  /** Units of the y values, e.g. "TIA per milkTIA", shown above the plot. */
  yUnit: string;
  /** What the values are (token, rate, percent, USD): which display rule prints them. */
  yFormat: ChartFormat;
  /**
   * What x is: "utc-seconds" ticks read "12 Aug"; "number" ticks read "10 d" with `xUnit` "d".
   * Without it the axis shows the first and last points' own labels.
   */
  xKind?: "utc-seconds" | "number";
  xUnit?: string;
  /** The point read first (tests, deep links); normally nothing is selected until hover or focus. */
  defaultActiveIndex?: number;
}

export function LineChart({ title, description, series, table, yUnit, yFormat, xKind, xUnit, defaultActiveIndex }: LineChartProps) {
  const id = useId();
  const [active, setActive] = useState(defaultActiveIndex ?? -1);
  const [announce, setAnnounce] = useState("");

  const all = series.flatMap((s) => s.points.map((p) => ({ ...p, y: lossyValue(p.value, yFormat) })));
  // Every distinct x, ascending: the positions the crosshair and the keyboard step through.
  const xs = useMemo(() => [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b), [series]);

  if (all.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-300">Nothing to chart yet.</p>;
  }
  const ys = all.map((p) => p.y);
  const [x0, x1] = [xs[0], xs[xs.length - 1]];
  const [yMin, yMax] = [Math.min(...ys), Math.max(...ys)];
  // Extremes by the exact values (two points a float cannot tell apart are still ordered).
  const lowest = all.reduce((m, p) => (p.value < m.value ? p : m));
  const highest = all.reduce((m, p) => (p.value > m.value ? p : m));
  const first = all.find((p) => p.x === x0)!;
  const last = all.find((p) => p.x === x1)!;

  const { lo: y0, hi: y1, ticks: yTicks } = niceTicks(yMin, yMax, 4, yFormat);
  // A token's value carries its symbol; other units follow the value in sentences and the tooltip.
  const unitAfter = yFormat.kind === "token" ? "" : ` ${yUnit}`;
  const text = (v: bigint) => pointValue(v, yFormat).text;
  const xTicks: Tick[] =
    xKind === "utc-seconds" ? timeTicks(x0, x1, 5) : xKind === "number" ? numberTicks(x0, x1, 5, xUnit) : [];

  const fx = (x: number) => (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)); // 0..1 across
  const fy = (y: number) => (y1 === y0 ? 0.5 : (y - y0) / (y1 - y0)); // 0..1 up
  const sx = (x: number) => PAD.left + fx(x) * (W - PAD.left - PAD.right);
  const sy = (y: number) => H - PAD.bottom - fy(y) * (H - PAD.top - PAD.bottom);
  // The same positions as CSS percentages of the plot box, for the HTML overlays (dots, labels, tooltip).
  const px = (x: number) => `${(sx(x) / W) * 100}%`;
  const py = (y: number) => `${(sy(y) / H) * 100}%`;

  const activeX = active >= 0 && active < xs.length ? xs[active] : undefined;
  const readings =
    activeX === undefined
      ? []
      : series.flatMap((s) => {
          const p = s.points.find((q) => q.x === activeX);
          return p ? [{ series: s, point: p }] : [];
        });
  const activeLabel = readings[0]?.point.xLabel ?? "";
  const sentence = (i: number) => {
    const x = xs[i];
    const parts = series.flatMap((s) => {
      const p = s.points.find((q) => q.x === x);
      return p ? [`${series.length > 1 ? `${s.label} ` : ""}${text(p.value)}`] : [];
    });
    const when = series.map((s) => s.points.find((q) => q.x === x)).find(Boolean)?.xLabel ?? "";
    return `${when}: ${parts.join(", ")}${unitAfter}`;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = keyStep(active, e.key, xs.length);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    setAnnounce(sentence(next));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    const ratio = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
    const x = x0 + ((ratio * W - PAD.left) / (W - PAD.left - PAD.right)) * (x1 - x0);
    setActive(nearestIndex(xs, x));
  };

  const tooltipLeft = activeX === undefined ? 0 : fx(activeX);

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
      <p className="text-xs text-slate-500 dark:text-slate-400" aria-hidden="true">
        {yUnit}
      </p>
      <div className="flex gap-2">
        {/* y tick labels, each centred on its gridline */}
        <div className="relative h-48 shrink-0 text-right text-[11px] leading-none text-slate-500 tabular-nums dark:text-slate-400" aria-hidden="true">
          {/* The widest label sets the column width; the positioned copies draw on top of it. */}
          <div className="invisible flex flex-col">
            {yTicks.map((t) => (
              <span key={t.value}>{t.label}</span>
            ))}
          </div>
          {yTicks.map((t) => (
            <span key={t.value} className="absolute right-0 -translate-y-1/2 whitespace-nowrap" style={{ top: py(t.value) }}>
              {t.label}
            </span>
          ))}
        </div>
        <div className="min-w-0 flex-1">
          <div
            tabIndex={0}
            role="group"
            aria-label={`${title}. Use the left and right arrow keys to read each point.`}
            aria-describedby={`${id}-live`}
            onKeyDown={onKeyDown}
            onPointerMove={onPointerMove}
            onPointerDown={onPointerMove}
            onPointerLeave={() => setActive(-1)}
            onFocus={() => {
              if (active < 0) setActive(xs.length - 1);
            }}
            onBlur={() => setActive(-1)}
            className="relative h-48 cursor-crosshair touch-pan-y rounded-lg bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 dark:bg-slate-950"
            data-testid="chart-plot"
          >
            <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="absolute inset-0 h-full w-full overflow-visible" preserveAspectRatio="none">
              <desc id={`${id}-desc`}>
                {description} From {first.xLabel} to {last.xLabel}; lowest {text(lowest.value)}, highest {text(highest.value)}{unitAfter}. Values are rounded down; the table lists every digit.
              </desc>
              <g data-part="grid">
                {yTicks.map((t) => (
                  <line
                    key={t.value}
                    x1={0}
                    x2={W}
                    y1={sy(t.value)}
                    y2={sy(t.value)}
                    vectorEffect="non-scaling-stroke"
                    strokeWidth={1}
                    className={t.value === y0 ? "stroke-slate-300 dark:stroke-slate-700" : "stroke-slate-200 dark:stroke-slate-800"}
                    strokeDasharray={t.value === y0 ? undefined : "3 3"}
                  />
                ))}
              </g>
              {series.map((s) => {
                const d = s.points.map((p, i) => `${i === 0 ? "M" : "L"}${sx(p.x).toFixed(1)},${sy(lossyValue(p.value, yFormat)).toFixed(1)}`).join(" ");
                return <path key={s.id} d={d} fill="none" strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" className={TONES[s.tone].line} />;
              })}
              {activeX !== undefined ? (
                <line data-part="crosshair" x1={sx(activeX)} x2={sx(activeX)} y1={0} y2={H} vectorEffect="non-scaling-stroke" strokeWidth={1} className="stroke-slate-400 dark:stroke-slate-500" />
              ) : null}
            </svg>
            {/* Dots are HTML so they stay round however the SVG is stretched. */}
            {series.map((s) => {
              const p = activeX !== undefined ? s.points.find((q) => q.x === activeX) : s.points.at(-1);
              return p ? (
                <span
                  key={s.id}
                  aria-hidden="true"
                  className={`pointer-events-none absolute size-2 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-white dark:ring-slate-950 ${TONES[s.tone].key}`}
                  style={{ left: px(p.x), top: py(lossyValue(p.value, yFormat)) }}
                />
              ) : null;
            })}
            {activeX !== undefined && readings.length > 0 ? (
              <div
                aria-hidden="true"
                data-part="tooltip"
                className="pointer-events-none absolute top-2 z-10 max-w-[16rem] rounded-md border border-slate-200 bg-white/95 px-2.5 py-1.5 text-xs shadow-md dark:border-slate-700 dark:bg-slate-900/95"
                style={tooltipLeft > 0.6 ? { right: `calc(${(1 - tooltipLeft) * 100}% + 8px)` } : { left: `calc(${tooltipLeft * 100}% + 8px)` }}
              >
                <p className="font-medium text-slate-700 dark:text-slate-200">{activeLabel}</p>
                <ul className="mt-0.5 space-y-0.5">
                  {readings.map(({ series: s, point }) => (
                    <li key={s.id} className="flex items-center gap-1.5">
                      <span className={`inline-block size-2 shrink-0 rounded-full ${TONES[s.tone].key}`} />
                      {series.length > 1 ? <span className="text-slate-600 dark:text-slate-300">{s.label}</span> : null}
                      <span className="font-mono font-medium tabular-nums text-slate-900 dark:text-slate-100">{text(point.value)}</span>
                    </li>
                  ))}
                </ul>
                {yFormat.kind === "token" ? null : <p className="mt-0.5 text-slate-500 dark:text-slate-400">{yUnit}</p>}
              </div>
            ) : null}
          </div>
          {/* x tick labels */}
          <div className="relative mt-1 h-4 text-[11px] leading-4 whitespace-nowrap text-slate-500 tabular-nums dark:text-slate-400" aria-hidden="true">
            {xTicks.length > 0 ? (
              xTicks.map((t) => {
                const f = fx(t.value);
                const align = f < 0.08 ? "" : f > 0.92 ? "-translate-x-full" : "-translate-x-1/2";
                return (
                  <span key={t.value} className={`absolute ${align}`} style={{ left: px(t.value) }}>
                    {t.label}
                  </span>
                );
              })
            ) : (
              <div className="flex justify-between">
                <span>{first.xLabel}</span>
                <span>{last.xLabel}</span>
              </div>
            )}
          </div>
        </div>
      </div>
      <p id={`${id}-live`} aria-live="polite" className="sr-only">
        {announce}
      </p>
      {table ? <ChartTable data={table} /> : null}
    </figure>
  );
}
