import type { ReactNode } from "react";
import { cn } from "@/components/ui/class-names";
import { Badge } from "@/components/ui/badge";
import { FactList, type Fact } from "./fact-list";

export interface RouteOption<T extends string> {
  value: T;
  title: string;
  /** The headline amount, e.g. "1,010,000.5 milkTIA"; null while it is being quoted. */
  amount: ReactNode;
  /** "Gives the most" and similar; shown as a badge. */
  badge?: { text: string; tone: "success" | "warning" | "danger" | "neutral" };
  facts: ReadonlyArray<Fact>;
  /** Why this route cannot be taken now; the option stays visible but cannot be picked. */
  unavailable?: string;
}

/**
 * Routes side by side, each with its exact amount and the facts that explain it; the user
 * picks one. Real radio inputs (arrow keys move the choice, screen readers announce "n of m"),
 * and each card's facts are part of its label's description.
 */
export function RouteOptions<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: ReadonlyArray<RouteOption<T>>;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="grid gap-3 sm:grid-cols-2" data-testid={`${name}-options`}>
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          const checked = o.value === value;
          const disabled = o.unavailable !== undefined;
          return (
            <div
              key={o.value}
              className={cn(
                "min-w-0 rounded-lg border p-3 text-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-milk-500",
                checked && !disabled
                  ? "border-milk-500 bg-milk-50 dark:border-milk-400 dark:bg-milk-900/40"
                  : "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900",
                disabled && "opacity-75",
              )}
            >
              <label htmlFor={id} className={cn("flex gap-2", disabled ? "cursor-not-allowed" : "cursor-pointer")}>
                <input
                  id={id}
                  type="radio"
                  name={name}
                  value={o.value}
                  checked={checked}
                  disabled={disabled}
                  onChange={() => onChange(o.value)}
                  className="mt-1 accent-milk-600"
                  aria-describedby={`${id}-facts`}
                />
                <span className="min-w-0 flex-1">
                  <span className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium">{o.title}</span>
                    {o.badge ? <Badge tone={o.badge.tone}>{o.badge.text}</Badge> : null}
                  </span>
                  <span className="mt-1 block text-lg font-semibold tabular-nums" data-testid={`${id}-amount`}>
                    {o.amount ?? <span className="text-sm font-normal text-slate-500">Quoting…</span>}
                  </span>
                </span>
              </label>
              <div id={`${id}-facts`} className="mt-2">
                {o.unavailable ? (
                  <p className="text-xs text-amber-800 dark:text-amber-300">{o.unavailable}</p>
                ) : null}
                <FactList idPrefix={id} facts={o.facts} className="mt-1 text-xs" />
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
