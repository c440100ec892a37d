import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/class-names";

export interface SummaryFigure {
  id: string;
  label: string;
  value: ReactNode;
  /** A second line, e.g. the USD value of the collateral. */
  sub?: ReactNode;
  tone?: "default" | "warning";
}

/**
 * The card at a glance: figures in a responsive grid (two columns at 375 px). Presentational:
 * the caller formats every amount (the display module: rounded, exact on hover, focus and copy).
 */
export function CardSummary({ figures, frozen, headingId }: { figures: ReadonlyArray<SummaryFigure>; frozen: boolean; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-base font-semibold tracking-tight">
          Your card
        </h3>
        {frozen ? <Badge tone="warning">Frozen</Badge> : <Badge tone="success">Active</Badge>}
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figures.map((f) => (
          <div
            key={f.id}
            className={cn(
              "min-w-0 rounded-lg border p-3",
              f.tone === "warning"
                ? "border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/40"
                : "border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-950/40",
            )}
          >
            <dt className="text-xs text-slate-600 dark:text-slate-400">{f.label}</dt>
            <dd className="mt-1 text-lg font-semibold break-words tabular-nums" data-figure={f.id}>
              {f.value}
            </dd>
            {f.sub ? <dd className="text-xs break-words text-slate-600 tabular-nums dark:text-slate-400">{f.sub}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
