import { cn } from "@/components/ui/class-names";
import { decToLossyNumber, type Dec } from "@/lib/amount/decimal";
import { displayRate } from "@/lib/amount/display";

export interface RangeChartProps {
  /** LOSSY chart data (lib/protocol/cl-position.ts distributionBars): price bands and their liquidity. */
  bars: ReadonlyArray<{ x0: number; x1: number; y: number }>;
  /** Prices are exact Decs (quote per base): the labels print them, the geometry uses lossy copies. */
  viewLow: Dec;
  viewHigh: Dec;
  current: Dec;
  /** The range being chosen or held, in price; null when none. */
  range: { low: Dec; high: Dec } | null;
  inRange: boolean | null;
  /** Price unit, e.g. "TIA per milkTIA". */
  unit: string;
  className?: string;
}

const W = 600;
const H = 180;

/**
 * The pool's liquidity by price with the chosen range over it and the current price as a line.
 * An SVG picture with a text summary for screen readers (role="img" + label); the numbers it
 * draws are also written out next to it by the caller. Prices print as the rest of the panel
 * prints them: displayRate, 6 decimals rounded down.
 */
export function RangeChart({ bars, viewLow, viewHigh, current, range, inRange, unit, className }: RangeChartProps) {
  const [lo, hi] = [decToLossyNumber(viewLow), decToLossyNumber(viewHigh)];
  const span = hi - lo || 1;
  const x = (p: Dec | number) => {
    const v = typeof p === "number" ? p : decToLossyNumber(p);
    return ((Math.min(Math.max(v, lo), hi) - lo) / span) * W;
  };
  const maxY = Math.max(1e-30, ...bars.map((b) => b.y));
  const fmt = (p: Dec) => displayRate(p).text;
  const label =
    `Liquidity between ${fmt(viewLow)} and ${fmt(viewHigh)} ${unit}; current price ${fmt(current)}.` +
    (range ? ` Your range ${fmt(range.low)} to ${fmt(range.high)}: ${inRange ? "in range" : "out of range"}.` : "");
  return (
    <svg viewBox={`0 0 ${W} ${H + 20}`} role="img" aria-label={label} className={cn("h-auto w-full", className)} data-testid="range-chart">
      <rect x={0} y={0} width={W} height={H} className="fill-slate-50 dark:fill-slate-950" />
      {bars.map((b, i) => {
        const h = (b.y / maxY) * (H - 10);
        return <rect key={i} x={x(b.x0)} y={H - h} width={Math.max(1, x(b.x1) - x(b.x0))} height={h} className="fill-milk-300 dark:fill-milk-700" />;
      })}
      {range ? (
        <rect
          x={x(range.low)}
          y={0}
          width={Math.max(2, x(range.high) - x(range.low))}
          height={H}
          className={inRange ? "fill-emerald-500/20 stroke-emerald-600" : "fill-amber-500/20 stroke-amber-600"}
          strokeWidth={2}
        />
      ) : null}
      <line x1={x(current)} x2={x(current)} y1={0} y2={H} className="stroke-slate-900 dark:stroke-slate-100" strokeWidth={2} strokeDasharray="4 3" />
      <text x={Math.min(W - 4, Math.max(4, x(current)))} y={H + 15} textAnchor="middle" className="fill-slate-700 text-[11px] dark:fill-slate-300">
        {fmt(current)}
      </text>
      <text x={2} y={H + 15} className="fill-slate-500 text-[11px]">
        {fmt(viewLow)}
      </text>
      <text x={W - 2} y={H + 15} textAnchor="end" className="fill-slate-500 text-[11px]">
        {fmt(viewHigh)}
      </text>
    </svg>
  );
}
