import type { ReactNode } from "react";

/** A label over a figure; the figure is an exact string from the caller. */
export function Stat({ label, value, note }: { label: string; value: ReactNode; note?: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 font-mono text-lg break-words tabular-nums">{value}</dd>
      {note ? <dd className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{note}</dd> : null}
    </div>
  );
}
