import type { ReactNode } from "react";

/** The ids a field's input is described by: its notes that are shown, in order. */
export function describedBy(id: string, notes: { balance?: unknown; hint?: unknown; error?: unknown }): string | undefined {
  const ids = [notes.balance ? `${id}-balance` : null, notes.hint ? `${id}-hint` : null, notes.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return ids || undefined;
}

/**
 * The hint and the refusal under a form field, with the ids `describedBy` names. The refusal's
 * line is always mounted so screen readers hear a refusal as it appears.
 */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="min-h-5 text-sm text-red-700 dark:text-red-400">
        {error ?? ""}
      </p>
    </>
  );
}
