"use client";

import { useState, type FormEvent } from "react";
import { useShallow } from "zustand/react/shallow";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/class-names";
import { usePoolSettings } from "@/hooks/use-pool-settings";
import { parsePoolId, POOL_PRESETS } from "@/lib/chains/pools";
import { poolIdFor } from "@/lib/stores/pool-settings";
import type { NetworkMode } from "@/lib/stores/network-store";

const MODES: ReadonlyArray<{ mode: NetworkMode; label: string }> = [
  { mode: "live", label: "Live" },
  { mode: "simulator", label: "Simulator" },
];

/**
 * Which Osmosis pool the Stake and Unstake routes quote, per mode. Empty means the preset
 * (#1475 for milkTIA/TIA). A typed id is checked before anything is saved.
 */
export function PoolIdsForm() {
  const { overrides, setPoolId } = usePoolSettings(useShallow((s) => ({ overrides: s.overrides, setPoolId: s.setPoolId })));
  const lsts = [...new Set(Object.values(POOL_PRESETS).flatMap((ps) => ps.map((p) => p.lst)))];
  const [fields, setFields] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const key = (mode: NetworkMode, lst: string) => `${mode}-${lst}`;
  const valueOf = (mode: NetworkMode, lst: string) => fields[key(mode, lst)] ?? (Object.hasOwn(overrides[mode], lst) ? overrides[mode][lst] : "");

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = {};
    for (const { mode } of MODES) {
      for (const lst of lsts) {
        const v = valueOf(mode, lst).trim();
        if (v === "") continue;
        const parsed = parsePoolId(v);
        if (!parsed.ok) next[key(mode, lst)] = parsed.message;
      }
    }
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      setStatus("Not saved: a pool id is not valid.");
      document.getElementById(`pool-${first}`)?.focus();
      return;
    }
    for (const { mode } of MODES) for (const lst of lsts) setPoolId(mode, lst, valueOf(mode, lst));
    setFields({});
    setStatus("Saved. Stake and Unstake quote these pools.");
  }

  return (
    <Card as="section" aria-labelledby="pool-ids-heading">
      <h2 id="pool-ids-heading" className="text-base font-semibold tracking-tight">
        Pools
      </h2>
      <p className="mt-1 text-sm leading-6 text-slate-600 dark:text-slate-300">
        The Osmosis pool the app quotes for buying and selling each liquid staking token. Leave a field empty for the
        preset.
      </p>
      <form noValidate onSubmit={submit} className="mt-4 space-y-4">
        {lsts.map((lst) => (
          <fieldset key={lst} className="grid min-w-0 gap-3 sm:grid-cols-2">
            <legend className="mb-1 text-sm font-medium">{lst} pool</legend>
            {MODES.map(({ mode, label }) => {
              const id = `pool-${key(mode, lst)}`;
              const err = errors[key(mode, lst)];
              const preset = poolIdFor({ simulator: {}, live: {} }, mode, lst);
              return (
                <div key={mode} className="min-w-0">
                  <label htmlFor={id} className="block text-xs font-medium text-slate-600 dark:text-slate-400">
                    {label} pool id
                  </label>
                  <input
                    id={id}
                    inputMode="numeric"
                    value={valueOf(mode, lst)}
                    placeholder={preset !== undefined ? preset.toString() : "none"}
                    aria-invalid={err ? true : undefined}
                    aria-describedby={err ? `${id}-error` : `${id}-hint`}
                    onChange={(e) => {
                      setFields((f) => ({ ...f, [key(mode, lst)]: e.target.value }));
                      setErrors((x) => ({ ...x, [key(mode, lst)]: "" }));
                      setStatus(null);
                    }}
                    className={cn(
                      "mt-1 block h-9 w-full min-w-0 rounded-lg border bg-white px-3 font-mono text-sm dark:bg-slate-950",
                      "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-milk-500",
                      err ? "border-red-500" : "border-slate-300 dark:border-slate-700",
                    )}
                  />
                  {err ? (
                    <p id={`${id}-error`} className="mt-1 text-xs text-red-700 dark:text-red-400">
                      {err}
                    </p>
                  ) : (
                    <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                      Empty: #{preset?.toString() ?? "none"}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        ))}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit">Save pools</Button>
          <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-300">
            {status}
          </p>
        </div>
      </form>
    </Card>
  );
}
