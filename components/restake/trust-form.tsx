"use client";

import { Button } from "@/components/ui/button";

/**
 * The service-wide box: checked when every pool is trusted, mixed (indeterminate, which browsers
 * expose as aria-checked "mixed") when only some are. Indeterminate exists only as a DOM property,
 * hence the ref. Clicking a mixed box trusts every pool, like any tri-state checkbox.
 */
function ServiceCheckbox({ service: s, disabled, onToggle }: { service: TrustService; disabled: boolean; onToggle: (on: boolean) => void }) {
  const some = s.pools.filter((p) => p.trusted).length;
  const mixed = s.trusted && some > 0 && some < s.pools.length;
  const noteId = `trust-service-${s.id}-mixed`;
  return (
    <>
      <label className="flex min-h-11 items-center gap-3 text-sm font-medium">
        <input
          type="checkbox"
          className="size-5 accent-milk-600"
          ref={(el) => {
            if (el) el.indeterminate = mixed;
          }}
          checked={s.trusted && !mixed}
          disabled={disabled}
          aria-describedby={mixed ? noteId : undefined}
          onChange={(e) => onToggle(e.target.checked)}
        />
        Trust {s.name}
      </label>
      {/* Outside the label: the box's name stays "Trust …"; this is its description. */}
      {mixed ? (
        <p id={noteId} className="pl-8 text-xs text-slate-600 dark:text-slate-400">
          Trusted with {some} of its {s.pools.length} pools
        </p>
      ) : null}
    </>
  );
}

export interface TrustService {
  id: number;
  name: string;
  /** Whether any pool is trusted with this service. */
  trusted: boolean;
  /** The pools this service borrows security from, with whether the user trusts the pair. */
  pools: ReadonlyArray<{ id: number; label: string; trusted: boolean }>;
}

export interface PoolConsequence {
  id: number;
  label: string;
  /** The user's delegation in the pool, formatted; null when they have none. */
  delegated: string | null;
  /** Names of the services this pool delegation earns from under the draft. */
  earningFrom: ReadonlyArray<string>;
}

type TrustFormProps = {
  services: ReadonlyArray<TrustService>;
  consequences: ReadonlyArray<PoolConsequence>;
  onToggleService: (serviceId: number, on: boolean) => void;
  onTogglePair: (serviceId: number, poolId: number, on: boolean) => void;
  onSave: () => void;
  dirty: boolean;
  disabled: boolean;
  pending: boolean;
};

/**
 * Trust per (service, pool) pair, as the chain stores it (UserPreferences.trusted_services
 * with pools_ids). Saving replaces the whole set on chain; the consequence for each pool
 * delegation is shown from the draft before anything is signed.
 */
export function TrustForm({ services, consequences, onToggleService, onTogglePair, onSave, dirty, disabled, pending }: TrustFormProps) {
  return (
    <form
      aria-label="Trusted services"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      className="space-y-4"
    >
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Pool delegators earn nothing from services they do not trust. Trusting a service with a pool opts your
        delegation in that pool into the service&apos;s rewards and its risk; you choose per pool. Saving replaces your
        whole list and first pays out the pool rewards earned so far.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {services.map((s) => (
          <fieldset key={s.id} className="min-w-0 space-y-1 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <legend className="sr-only">{s.name}</legend>
            <ServiceCheckbox service={s} disabled={disabled} onToggle={(on) => onToggleService(s.id, on)} />
            {s.pools.length === 0 ? (
              <p className="pl-8 text-xs text-slate-600 dark:text-slate-400">Borrows from no pool: trusting it earns pool delegators nothing.</p>
            ) : (
              s.pools.map((p) => (
                <label key={p.id} className="flex min-h-11 items-center gap-3 pl-8 text-sm">
                  <input
                    type="checkbox"
                    className="size-5 accent-milk-600"
                    checked={p.trusted}
                    disabled={disabled}
                    onChange={(e) => onTogglePair(s.id, p.id, e.target.checked)}
                  />
                  <span>
                    <span className="sr-only">Trust {s.name} </span>with {p.label}
                  </span>
                </label>
              ))
            )}
          </fieldset>
        ))}
      </div>
      <div aria-live="polite">
        <h4 className="text-sm font-medium">What this means for your pool delegations</h4>
        <ul className="mt-1 space-y-1 text-sm">
          {consequences.map((c) => (
            <li key={c.id} className={c.earningFrom.length === 0 && c.delegated ? "text-amber-800 dark:text-amber-300" : "text-slate-700 dark:text-slate-300"}>
              <span className="font-medium">{c.label}</span>
              {c.delegated ? ` (you have ${c.delegated})` : " (no delegation yet)"}:{" "}
              {c.earningFrom.length === 0 ? "earns nothing from any service." : `earns from ${c.earningFrom.join(", ")}.`}
            </li>
          ))}
        </ul>
      </div>
      <Button type="submit" disabled={disabled || !dirty} pending={pending}>
        Save trusted services
      </Button>
    </form>
  );
}
