"use client";

import { usePathname } from "next/navigation";
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { formatSimTime } from "@/components/sim/sim-time";
import { useSimControls } from "@/hooks/use-sim-controls";

// The controls (speed, time travel, faults, the faucet) load when the dock is reached for: on a
// phone their evaluation was a long task on every page that had not opened the dock yet.
const loadControls = () => import("./dashboard-sim-panel").then((m) => ({ default: m.BoundSimControls }));
const BoundSimControls = lazy(loadControls);

/** The dashboard and Settings show the controls in the page itself. */
const PAGES_WITH_CONTROLS = new Set(["/", "/settings"]);

/**
 * The simulator's clock and time travel from every page: a small dock in the corner that opens
 * the compact controls, so a user waiting for a batch or an unbonding never has to leave the
 * page that shows it. Absent in live mode.
 */
export function SimDock() {
  const pathname = usePathname();
  const sim = useSimControls();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  if (!sim.enabled || PAGES_WITH_CONTROLS.has(pathname)) return null;
  return (
    <div className="fixed bottom-3 left-3 z-40 flex max-w-[calc(100vw-1.5rem)] flex-col items-start gap-2 print:hidden">
      {open ? (
        <div id={panelId} ref={panel} className="max-h-[70vh] w-[min(26rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl shadow-xl">
          <Suspense fallback={<p className="rounded-xl bg-white p-4 text-sm dark:bg-slate-900">Loading the simulator controls…</p>}>
            <BoundSimControls sim={sim} compact />
          </Suspense>
        </div>
      ) : null}
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={() => void loadControls()}
        onFocus={() => void loadControls()}
        className="inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white/95 px-3 py-1.5 text-xs font-medium shadow-md backdrop-blur hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 dark:border-slate-700 dark:bg-slate-900/95 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="8" cy="8" r="6.25" />
          <path d="M8 4.5V8l2.5 1.5" strokeLinecap="round" />
        </svg>
        <span>Simulator time</span>
        {sim.timeMs !== null ? <span className="hidden font-normal text-slate-600 sm:inline dark:text-slate-400">{formatSimTime(sim.timeMs)}</span> : null}
      </button>
    </div>
  );
}
