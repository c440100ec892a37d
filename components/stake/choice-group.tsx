import { cn } from "@/components/ui/class-names";

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
}

type ChoiceGroupProps<T extends string> = {
  /** The group's name, read as the fieldset legend. */
  legend: string;
  name: string;
  value: T;
  choices: ReadonlyArray<Choice<T>>;
  onChange: (value: T) => void;
  /** Lay the options out side by side (short labels such as slippage percentages). */
  inline?: boolean;
  disabled?: boolean;
};

/**
 * A radio group drawn as selectable cards or pills. Real radio inputs, so arrow keys move the
 * choice and screen readers announce "n of m".
 */
export function ChoiceGroup<T extends string>({ legend, name, value, choices, onChange, inline, disabled }: ChoiceGroupProps<T>) {
  return (
    <fieldset disabled={disabled} className="min-w-0">
      <legend className="mb-1.5 text-sm font-medium">{legend}</legend>
      <div className={cn(inline ? "flex flex-wrap gap-2" : "grid gap-2 sm:grid-cols-2")}>
        {choices.map((c) => {
          const id = `${name}-${c.value}`;
          const checked = c.value === value;
          return (
            <label
              key={c.value}
              htmlFor={id}
              className={cn(
                "flex cursor-pointer gap-2 rounded-lg border text-sm transition-colors",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-milk-500",
                inline ? "items-center px-3 py-1.5" : "items-start p-3",
                checked
                  ? "border-milk-500 bg-milk-50 dark:border-milk-400 dark:bg-milk-900/40"
                  : "border-slate-300 bg-white hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800",
              )}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={c.value}
                checked={checked}
                onChange={() => onChange(c.value)}
                className={cn("accent-milk-600", inline ? "sr-only" : "mt-0.5")}
                aria-describedby={c.description ? `${id}-desc` : undefined}
              />
              <span className="min-w-0">
                <span className="font-medium">{c.label}</span>
                {c.description ? (
                  <span id={`${id}-desc`} className="mt-0.5 block text-xs text-slate-600 dark:text-slate-400">
                    {c.description}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
