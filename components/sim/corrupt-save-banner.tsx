"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

export interface CorruptSaveBannerProps {
  reason: "corrupt" | "old-version" | "newer-version";
  message: string;
  onStartFresh: () => Promise<void>;
}

const REASONS: Record<CorruptSaveBannerProps["reason"], string> = {
  corrupt: "The save is damaged or incomplete.",
  "old-version": "The save comes from an older version of this app.",
  "newer-version": "The save comes from a newer version of this app.",
};

/**
 * Shown instead of silently replacing a saved world that could not be restored. Until the user
 * chooses, the simulator runs a fresh genesis that is not saved, and the old save stays as it
 * was in this browser's storage.
 */
export function CorruptSaveBanner({ reason, message, onStartFresh }: CorruptSaveBannerProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section
      role="alert"
      aria-labelledby="corrupt-save-heading"
      className="rounded-xl border-2 border-red-400 bg-red-50 p-5 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-50"
    >
      <h2 id="corrupt-save-heading" className="text-base font-semibold">
        The saved simulator state could not be used
      </h2>
      <p className="mt-2 text-sm leading-6">
        {REASONS[reason]} <span className="font-mono text-xs break-words">{message}</span>
      </p>
      <p className="mt-2 text-sm leading-6">
        Nothing has been overwritten. Until you decide, the simulator shows a fresh world that is not saved and its clock
        is stopped. Starting a fresh world deletes the old save for good.
      </p>
      {error ? (
        <p className="mt-2 text-sm font-medium text-red-800 dark:text-red-200">Could not start a fresh world: {error}</p>
      ) : null}
      <Button
        variant="danger"
        className="mt-4"
        pending={pending}
        pendingLabel="Starting a fresh world"
        onClick={async () => {
          setPending(true);
          setError(null);
          try {
            await onStartFresh();
          } catch (e) {
            setError((e as Error).message);
          } finally {
            setPending(false);
          }
        }}
      >
        Start a fresh world
      </Button>
    </section>
  );
}
