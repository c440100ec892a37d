import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/class-names";
import { describedBy, FieldNotes } from "@/components/ui/field-notes";

type AmountFieldProps = {
  id: string;
  label: string;
  symbol: string;
  /** The field's text exactly as typed; parsing happens in the caller. */
  value: string;
  onChange: (value: string) => void;
  onMax?: () => void;
  maxDisabled?: boolean;
  /** e.g. "Balance: 500 TIA on Osmosis"; a node so a skeleton can stand in while loading. */
  balance?: ReactNode;
  /** A refusal to show next to the field; also marks the input invalid. */
  error?: string;
  hint?: ReactNode;
  disabled?: boolean;
};

/**
 * A decimal amount input with a Max button. Text input with inputmode="decimal" rather than
 * type="number", which would round, accept exponents and drop what the user typed.
 */
export function AmountField({ id, label, symbol, value, onChange, onMax, maxDisabled, balance, error, hint, disabled }: AmountFieldProps) {
  const balanceId = `${id}-balance`;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {balance ? (
          <span id={balanceId} className="text-xs text-slate-600 dark:text-slate-400">
            {balance}
          </span>
        ) : null}
      </div>
      <div
        className={cn(
          "flex items-center gap-2 rounded-lg border bg-white pr-1.5 dark:bg-slate-900",
          "focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-milk-500",
          error ? "border-red-500 dark:border-red-400" : "border-slate-300 dark:border-slate-700",
        )}
      >
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder="0.0"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { balance, hint, error })}
          className="h-12 min-w-0 flex-1 rounded-lg bg-transparent px-3 text-lg tabular-nums outline-none placeholder:text-slate-400"
        />
        <span aria-hidden="true" className="text-sm text-slate-500 dark:text-slate-400">
          {symbol}
        </span>
        {onMax ? (
          <Button size="sm" variant="secondary" onClick={onMax} disabled={maxDisabled || disabled}>
            Max
          </Button>
        ) : null}
      </div>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
