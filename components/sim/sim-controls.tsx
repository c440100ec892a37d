"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/class-names";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";
import { ConfirmDialog } from "@/components/wallet/confirm-dialog";
import type { Faults } from "@/lib/sim/state";
import type { HostStatus } from "@/lib/sim-host/sim-host";
import { CorruptSaveBanner } from "./corrupt-save-banner";
import { FaultSwitches, type FaultPatch } from "./fault-switches";
import { formatSimTime } from "./sim-time";

export interface SimControlsProps {
  /** Dashboard panel: clock, speed and time travel only, with a link to the rest. */
  compact?: boolean;
  /** False until the simulator has loaded; a skeleton shows meanwhile. */
  ready: boolean;
  timeMs: number | null;
  speed: number | null;
  faults: Faults | null;
  status: HostStatus | null;
  /** A demo wallet is connected, so the faucet has somewhere to send. */
  demoConnected: boolean;
  /** What the faucet gives, in words (e.g. "1,000 TIA on Celestia; …"). */
  faucetSummary: string;
  advancing: { days: number; done: number } | null;
  onAdvance: (days: number) => Promise<void>;
  onSetSpeed: (speed: number) => void;
  onSetFaults: (patch: FaultPatch | { clear: true }) => Promise<void>;
  /** Returns false when no demo wallet was connected to receive the tokens. */
  onFaucet: () => Promise<boolean>;
  onResetWorld: () => Promise<void>;
}

const SPEEDS = [
  { value: 1, label: "1×", hint: "real time" },
  { value: 60, label: "60×", hint: "a minute per second" },
  { value: 3600, label: "3600×", hint: "an hour per second" },
] as const;

const ADVANCES = [1, 3, 21] as const;

/** The simulator's controls: its clock, time travel, faucet, fault switches and reset. */
export function SimControls(props: SimControlsProps) {
  const { compact, ready, timeMs, speed, faults, status, advancing } = props;
  const headingId = useId();
  const [resetOpen, setResetOpen] = useState(false);
  const [resetPending, setResetPending] = useState(false);
  const [resetError, setResetError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (!ready || timeMs === null || speed === null || faults === null || status === null) {
    return (
      <Card as="section" aria-labelledby={headingId}>
        <h2 id={headingId} className="text-base font-semibold tracking-tight">
          Simulator
        </h2>
        <SkeletonRegion label="Loading the simulator" className="mt-3 space-y-3">
          <Skeleton className="h-6 w-64 max-w-full" />
          <Skeleton className="h-9 w-full" />
        </SkeletonRegion>
      </Card>
    );
  }

  const corrupt = status.kind === "corrupt";
  // While a damaged save waits for the user's decision nothing else may change the world.
  const locked = corrupt || advancing !== null;

  return (
    <div className="space-y-4">
      {status.kind === "corrupt" ? (
        <CorruptSaveBanner reason={status.reason} message={status.message} onStartFresh={props.onResetWorld} />
      ) : null}

      <Card as="section" aria-labelledby={headingId} className="space-y-5">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={headingId} className="text-base font-semibold tracking-tight">
            Simulator
          </h2>
          {compact ? (
            <Link
              href="/settings#simulator"
              className="text-sm font-medium text-milk-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 dark:text-milk-300"
            >
              Faucet, faults and reset
            </Link>
          ) : null}
        </div>

        <div>
          <p className="text-sm text-slate-600 dark:text-slate-300">Simulated date and time</p>
          <p className="mt-1 text-lg font-semibold tabular-nums">
            <time dateTime={new Date(timeMs).toISOString()} data-testid="sim-time">
              {formatSimTime(timeMs)}
            </time>
          </p>
          {corrupt ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">The clock is stopped until you decide what to do with the saved state.</p> : null}
        </div>

        <fieldset disabled={locked} className="min-w-0 space-y-2">
          <legend className="text-sm font-medium">Clock speed</legend>
          <div className="flex flex-wrap gap-2">
            {SPEEDS.map((s) => (
              <label
                key={s.value}
                className={cn(
                  "inline-flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-1.5 text-sm",
                  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-milk-500",
                  speed === s.value
                    ? "border-milk-500 bg-milk-50 text-milk-800 dark:border-milk-400 dark:bg-milk-900 dark:text-milk-100"
                    : "border-slate-300 dark:border-slate-700",
                )}
              >
                <input
                  type="radio"
                  name={`${headingId}-speed`}
                  value={s.value}
                  checked={speed === s.value}
                  onChange={() => props.onSetSpeed(s.value)}
                  className="sr-only"
                />
                <span className="font-medium">{s.label}</span>
                <span className="text-slate-600 dark:text-slate-300">{s.hint}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="space-y-2">
          <p className="text-sm font-medium" id={`${headingId}-advance`}>
            Move time forward
          </p>
          <div role="group" aria-labelledby={`${headingId}-advance`} className="flex flex-wrap gap-2">
            {ADVANCES.map((days) => (
              <Button key={days} variant="secondary" size="sm" disabled={locked} onClick={() => void props.onAdvance(days)}>
                Advance {days} {days === 1 ? "day" : "days"}
              </Button>
            ))}
          </div>
          <div aria-live="polite" className="min-h-5 text-sm text-slate-600 dark:text-slate-300">
            {advancing ? (
              <div className="flex items-center gap-3">
                <progress
                  value={advancing.done}
                  max={advancing.days}
                  aria-label={`Advancing ${advancing.days} ${advancing.days === 1 ? "day" : "days"}`}
                  className="h-2 w-40 overflow-hidden rounded-full accent-milk-600"
                />
                <span>
                  {advancing.done < advancing.days ? `Advancing… ${advancing.done} of ${advancing.days} days` : `Advanced ${advancing.days} days.`}
                </span>
              </div>
            ) : compact ? null : (
              <span>Batches, unbondings, rewards and the other simulated users all move with the clock.</span>
            )}
          </div>
        </div>

        {compact ? null : (
          <>
            <div className="space-y-2">
              <p className="text-sm font-medium">Faucet</p>
              <p className="text-sm text-slate-600 dark:text-slate-300" id={`${headingId}-faucet`}>
                Gives the connected demo wallet its starting test tokens again: {props.faucetSummary}.
              </p>
              <Button
                variant="secondary"
                size="sm"
                disabled={locked || !props.demoConnected}
                aria-describedby={`${headingId}-faucet`}
                onClick={() =>
                  void props.onFaucet().then((sent) => setNotice(sent ? "Sent. The demo wallet's balances update in a moment." : "Connect the demo wallet first."))
                }
              >
                Top up the demo wallet
              </Button>
              {!props.demoConnected ? (
                <p className="text-sm text-slate-500 dark:text-slate-400">Connect the demo wallet to use the faucet.</p>
              ) : null}
              <p aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-300">
                {notice}
              </p>
            </div>

            <FaultSwitches faults={faults} disabled={locked} onChange={props.onSetFaults} />

            <div className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800">
              <p className="text-sm font-medium">Start over</p>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                Replace the whole simulated world with a fresh one. Your demo wallet keeps its keys.
              </p>
              <Button variant="danger" size="sm" disabled={locked} onClick={() => setResetOpen(true)}>
                Reset the world…
              </Button>
            </div>
          </>
        )}
      </Card>

      <ConfirmDialog
        open={resetOpen}
        title="Reset the simulated world?"
        confirmLabel="Reset the world"
        tone="danger"
        pending={resetPending}
        error={resetError}
        onCancel={() => {
          setResetOpen(false);
          setResetError(null);
        }}
        onConfirm={async () => {
          setResetPending(true);
          setResetError(null);
          try {
            await props.onResetWorld();
            setResetOpen(false);
            setNotice(null);
          } catch (e) {
            setResetError((e as Error).message);
          } finally {
            setResetPending(false);
          }
        }}
      >
        Every simulated chain goes back to its genesis: all balances, stakes, unstaking batches, restaking positions,
        proposals and transactions made in this browser are deleted, and the clock returns to its start. This cannot be
        undone. A connected demo wallet keeps its keys and receives its starting test tokens again.
      </ConfirmDialog>
    </div>
  );
}
