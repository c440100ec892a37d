import { cn } from "@/components/ui/class-names";
import { Spinner } from "@/components/ui/spinner";

export type StepState = "done" | "current" | "todo" | "failed";

export interface ProgressStep {
  id: string;
  label: string;
  state: StepState;
}

/** The legs of a one-click stake, with a live sentence for screen readers as each completes. */
export function IbcProgress({ title, steps, announcement, onDismiss }: { title: string; steps: ReadonlyArray<ProgressStep>; announcement: string; onDismiss?: () => void }) {
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex items-start justify-between gap-3">
        <h3 className="text-sm font-semibold">{title}</h3>
        {onDismiss ? (
          <button type="button" onClick={onDismiss} className="text-xs text-slate-600 underline dark:text-slate-400">
            Dismiss
          </button>
        ) : null}
      </div>
      <ol className="mt-3 space-y-2 text-sm">
        {steps.map((s) => (
          <li key={s.id} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={cn(
                "grid size-5 place-items-center rounded-full text-xs",
                s.state === "done" && "bg-emerald-600 text-white",
                s.state === "failed" && "bg-red-600 text-white",
                s.state === "todo" && "border border-slate-300 dark:border-slate-600",
              )}
            >
              {s.state === "done" ? "✓" : s.state === "failed" ? "!" : s.state === "current" ? <Spinner /> : null}
            </span>
            <span className={cn(s.state === "todo" && "text-slate-500 dark:text-slate-400")}>{s.label}</span>
            <span className="sr-only">
              {s.state === "done" ? "(done)" : s.state === "current" ? "(in progress)" : s.state === "failed" ? "(failed)" : "(waiting)"}
            </span>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {announcement}
      </p>
    </section>
  );
}
