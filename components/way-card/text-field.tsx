import type { ReactNode } from "react";
import { describedBy, FieldNotes } from "@/components/ui/field-notes";

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown after the input, e.g. "%" or "days". */
  suffix?: string;
  hint?: ReactNode;
  error?: string;
  inputMode?: "decimal" | "numeric";
  disabled?: boolean;
};

/** A short labelled text input for numbers that are not token amounts (a share, a number of days). */
export function TextField({ id, label, value, onChange, suffix, hint, error, inputMode = "decimal", disabled }: TextFieldProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
          className="h-11 w-28 rounded-lg border border-slate-300 bg-white px-3 tabular-nums focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 dark:border-slate-700 dark:bg-slate-900"
        />
        {suffix ? (
          <span aria-hidden="true" className="text-sm text-slate-600 dark:text-slate-400">
            {suffix}
          </span>
        ) : null}
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
