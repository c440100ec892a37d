"use client";

import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/class-names";
import type { NetworkMode } from "@/lib/stores/network-store";

const OPTIONS: ReadonlyArray<{ mode: NetworkMode; label: string; text: string }> = [
  {
    mode: "simulator",
    label: "Simulator",
    text: "A model of the chains inside this browser, with its own chain-ids and a demo wallet. Nothing real is at stake.",
  },
  {
    mode: "live",
    label: "Live",
    text: "Real chains through the endpoints below, with your own wallet extension. The demo wallet disconnects.",
  },
];

/** Simulator or live, applied at once (radio group: arrow keys move and select). */
export function NetworkModeSwitch({ mode, onChange }: { mode: NetworkMode; onChange: (mode: NetworkMode) => void }) {
  return (
    <Card as="section" aria-labelledby="mode-heading">
      <fieldset className="min-w-0">
        <legend id="mode-heading" className="text-base font-semibold tracking-tight">
          Network mode
        </legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-2 [&>*]:min-w-0">
          {OPTIONS.map((o) => (
            <label
              key={o.mode}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border p-3",
                "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-milk-500",
                mode === o.mode
                  ? "border-milk-500 bg-milk-50 dark:border-milk-400 dark:bg-milk-900/60"
                  : "border-slate-300 hover:border-slate-400 dark:border-slate-700",
              )}
            >
              <input
                type="radio"
                name="network-mode"
                value={o.mode}
                checked={mode === o.mode}
                onChange={() => onChange(o.mode)}
                aria-labelledby={`mode-${o.mode}-label`}
                aria-describedby={`mode-${o.mode}-text`}
                className="mt-1 size-4 accent-milk-600"
              />
              <span>
                <span id={`mode-${o.mode}-label`} className="block text-sm font-medium">
                  {o.label}
                </span>
                <span id={`mode-${o.mode}-text`} className="mt-0.5 block text-sm text-slate-600 dark:text-slate-300">
                  {o.text}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </Card>
  );
}
