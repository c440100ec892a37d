import type { ReactNode } from "react";
import { cn } from "./class-names";
import { describedBy, FieldNotes } from "./field-notes";

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = {
  id: string;
  /** The visible label, tied to the select by `id` (what tests and screen readers find it by). */
  label: string;
  value: string;
  options: ReadonlyArray<SelectOption>;
  onChange: (value: string) => void;
  /** A first, empty choice ("Choose a merchant"). */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
  /**
   * The field can be refused: its error line stays mounted, empty until there is an error, so a
   * refusal is announced as it appears and the form does not jump.
   */
  refusable?: boolean;
  /** Ids of messages elsewhere on the form that describe the choice too (read after the field's own notes). */
  describedByIds?: string;
  disabled?: boolean;
  /** "md" (h-10) in a toolbar or a grid of filters; "lg" (h-11, the default) in a form, as tall as its inputs. */
  size?: "md" | "lg";
  /** 4 px from label to select instead of 6: in a grid beside text fields laid out that way (filters), so the row lines up. */
  tight?: boolean;
  /** Classes of the field's box: its width where it sits in a row (e.g. "sm:w-72"). */
  className?: string;
  /** A mark inside the select's left edge: a native select cannot hold images. Decorative. */
  icon?: ReactNode;
};

/**
 * A labelled native <select> (the platform control: keyboard and screen readers for free), with
 * its optional hint and refusal underneath, both wired through aria-describedby. The one select
 * of the product, so every choice looks and reads alike, in light and dark.
 */
export function SelectField({ id, label, value, options, onChange, placeholder, hint, error, refusable, describedByIds, disabled, size = "lg", tight, className, icon }: SelectFieldProps) {
  const described = [describedBy(id, { hint, error }), describedByIds].filter(Boolean).join(" ") || undefined;
  const select = (
    <select
      id={id}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={error ? true : undefined}
      aria-describedby={described}
      className={cn(
        "rounded-lg border border-slate-300 bg-white text-sm disabled:opacity-60 dark:border-slate-700 dark:bg-slate-900",
        size === "md" ? "h-10" : "h-11",
        icon ? "w-full pr-3 pl-9" : "px-3",
      )}
    >
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
  return (
    <div className={cn("flex flex-col", tight ? "gap-1" : "gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {icon ? (
        <div className="relative">
          <span aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 flex -translate-y-1/2">
            {icon}
          </span>
          {select}
        </div>
      ) : (
        select
      )}
      {hint || error || refusable ? <FieldNotes id={id} hint={hint} error={error} /> : null}
    </div>
  );
}
