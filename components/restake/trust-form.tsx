"use client";

import { Button } from "@/components/ui/button";

type TrustFormProps = {
  services: ReadonlyArray<{ id: number; name: string }>;
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onSave: () => void;
  dirty: boolean;
  disabled: boolean;
  pending: boolean;
};

/** Checkboxes per service; saving replaces the whole trusted set on chain. */
export function TrustForm({ services, selected, onToggle, onSave, dirty, disabled, pending }: TrustFormProps) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      className="space-y-3"
    >
      <fieldset className="min-w-0 space-y-2">
        <legend className="text-sm font-medium">Services you trust</legend>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Pool delegators earn nothing from services they do not trust. Trusting a service opts your pool
          delegations into its rewards and its risk. Saving replaces your whole list and first pays out the pool
          rewards earned so far.
        </p>
        {services.map((s) => (
          <label key={s.id} className="flex min-h-11 items-center gap-3 text-sm">
            <input
              type="checkbox"
              className="size-5 accent-milk-600"
              checked={selected.has(s.id)}
              disabled={disabled}
              onChange={() => onToggle(s.id)}
            />
            Trust {s.name}
          </label>
        ))}
      </fieldset>
      <Button type="submit" disabled={disabled || !dirty} pending={pending}>
        Save trusted services
      </Button>
    </form>
  );
}
