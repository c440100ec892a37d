"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Shown when another tab of this browser runs the simulator. One tab owns it so that two tabs
 * never overwrite each other's saved world; this one shows the last save, read-only, until the
 * user moves the simulator here.
 */
export function OtherTabBanner({ onUseHere }: { onUseHere: () => Promise<void> }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="mx-auto mt-4 w-full max-w-6xl px-4">
      <section
        role="alert"
        aria-labelledby="other-tab-heading"
        className="rounded-xl border-2 border-amber-400 bg-amber-50 p-4 text-amber-950 sm:p-5 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
      >
        <h2 id="other-tab-heading" className="text-base font-semibold">
          The simulator is open in another tab
        </h2>
        <p className="mt-1 text-sm leading-6">
          Only one tab runs the simulator, so two tabs never overwrite each other’s transactions. This tab shows the last saved
          state and cannot send transactions or move time.
        </p>
        {error ? <p className="mt-2 text-sm font-medium text-red-800 dark:text-red-200">Could not move the simulator here: {error}</p> : null}
        <Button
          className="mt-3"
          pending={pending}
          pendingLabel="Moving the simulator to this tab"
          onClick={async () => {
            setPending(true);
            setError(null);
            try {
              await onUseHere();
            } catch (e) {
              setError((e as Error).message);
            } finally {
              setPending(false);
            }
          }}
        >
          Use this tab instead
        </Button>
      </section>
    </div>
  );
}
