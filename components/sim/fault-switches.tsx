"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/class-names";
import type { Faults } from "@/lib/sim/state";

export type FaultPatch = Partial<Omit<Faults, "chainId">>;

interface FaultDef {
  id: string;
  label: string;
  description: string;
  isOn: (f: Faults) => boolean;
  on: FaultPatch;
  off: FaultPatch;
}

// The log texts avoid words the error mapper reads as "rejected in your wallet", so the toast
// says what really happened: the node or the chain refused it.
const FAULTS: ReadonlyArray<FaultDef> = [
  {
    id: "reject",
    label: "Reject next transaction",
    description:
      "The next transaction you send is refused by the node before it reaches a block, as when a mempool is full. No fee is charged. Switches itself off after one use.",
    isOn: (f) => Boolean(f.rejectNextCheckTx),
    on: { rejectNextCheckTx: "mempool is full (simulator fault switch)" },
    off: { rejectNextCheckTx: null },
  },
  {
    id: "fail",
    label: "Fail next transaction",
    description:
      "The next transaction is included in a block but fails while executing: the fee is charged and nothing else changes. Switches itself off after one use.",
    isOn: (f) => Boolean(f.failNextDeliverTx),
    on: { failNextDeliverTx: "execution failed (simulator fault switch)" },
    off: { failNextDeliverTx: null },
  },
  {
    id: "delay",
    label: "Delay inclusion by 3 blocks",
    description:
      "Transactions are accepted but wait 3 blocks before they are included, as on a congested network. Stays on until you switch it off.",
    isOn: (f) => (f.delayInclusionBlocks ?? 0) > 0,
    on: { delayInclusionBlocks: 3 },
    off: { delayInclusionBlocks: 0 },
  },
  {
    id: "relayer",
    label: "Stall the relayer",
    description:
      "IBC packets stop moving between chains: transfers and one-click stakes wait, then time out and are refunded after their deadline. Stays on until you switch it off.",
    isOn: (f) => Boolean(f.relayerStalled),
    on: { relayerStalled: true },
    off: { relayerStalled: false },
  },
  {
    id: "rpc",
    label: "RPC errors",
    description:
      "Every node answers every request with an error, as during an outage: balances fail to load and nothing can be sent. Stays on until you switch it off.",
    isOn: (f) => Boolean(f.rpcError),
    on: { rpcError: "node unavailable (simulator fault switch)" },
    off: { rpcError: null },
  },
];

export interface FaultSwitchesProps {
  faults: Faults;
  disabled?: boolean;
  onChange: (patch: FaultPatch | { clear: true }) => Promise<void>;
}

/** Switches that make the simulated chains misbehave on purpose, to see how the app copes. */
export function FaultSwitches({ faults, disabled, onChange }: FaultSwitchesProps) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const anyOn = FAULTS.some((f) => f.isOn(faults));

  async function run(id: string, patch: FaultPatch | { clear: true }) {
    setPending(id);
    setError(null);
    try {
      await onChange(patch);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPending(null);
    }
  }

  return (
    <fieldset className="min-w-0 space-y-3" disabled={disabled}>
      <legend className="text-sm font-semibold">Fault switches</legend>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        They apply to every simulated chain. Use them to see what the app shows when things go wrong.
      </p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {FAULTS.map((f) => {
          const on = f.isOn(faults);
          const labelId = `fault-${f.id}-label`;
          const descId = `fault-${f.id}-desc`;
          return (
            <li key={f.id} className="flex items-start gap-3 p-3">
              <button
                type="button"
                role="switch"
                aria-checked={on}
                aria-labelledby={labelId}
                aria-describedby={descId}
                aria-busy={pending === f.id || undefined}
                disabled={disabled || pending !== null}
                onClick={() => void run(f.id, on ? f.off : f.on)}
                className={cn(
                  "relative mt-0.5 inline-flex h-6 w-11 shrink-0 rounded-full transition-colors",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 disabled:opacity-60",
                  on ? "bg-red-600" : "bg-slate-300 dark:bg-slate-700",
                )}
              >
                <span
                  aria-hidden="true"
                  className={cn(
                    "absolute top-0.5 left-0.5 size-5 rounded-full bg-white shadow transition-transform",
                    on && "translate-x-5",
                  )}
                />
              </button>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span id={labelId} className="text-sm font-medium">
                    {f.label}
                  </span>
                  {on ? <Badge tone="danger">Active</Badge> : null}
                </div>
                <p id={descId} className="mt-0.5 text-sm text-slate-600 dark:text-slate-300">
                  {f.description}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The switch did not change: {error}
        </p>
      ) : null}
      <Button variant="secondary" size="sm" disabled={disabled || !anyOn} pending={pending === "clear"} onClick={() => void run("clear", { clear: true })}>
        Clear all faults
      </Button>
    </fieldset>
  );
}
