import type { ReactNode } from "react";
import { cn } from "@/components/ui/class-names";

export interface Fact {
  /** Stable id fragment (React key and the term's id). */
  id: string;
  label: ReactNode;
  value: ReactNode;
  /** Emphasise (e.g. what the user receives). */
  strong?: boolean;
  /** Long values (addresses) may break anywhere. */
  breakAll?: boolean;
}

/**
 * Label/value pairs as a description list. (ARIA forbids naming a definition, so a value is
 * found through its term: screen readers announce the pair together.)
 */
export function FactList({ idPrefix, facts, className }: { idPrefix: string; facts: ReadonlyArray<Fact>; className?: string }) {
  return (
    <dl className={cn("grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm", className)}>
      {facts.map((f) => (
        <div key={f.id} className="contents">
          <dt id={`${idPrefix}-${f.id}`} className="text-slate-600 dark:text-slate-400">
            {f.label}
          </dt>
          <dd
            className={cn("text-right tabular-nums", f.strong && "font-semibold", f.breakAll ? "break-all" : "break-words")}
          >
            {f.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
