"use client";

import { Button } from "@/components/ui/button";

/** The chain's own words out of a CosmJS / JSON-RPC error (the simulator transport wraps them in JSON). */
export function errorText(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  try {
    const parsed = JSON.parse(raw) as { data?: unknown; message?: unknown };
    if (typeof parsed.data === "string" && parsed.data) return parsed.data;
    if (typeof parsed.message === "string") return parsed.message;
  } catch {
    // Plain text already.
  }
  return raw;
}

/** An error state with the reason and a retry. */
export function QueryError({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg bg-red-50 px-4 py-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
      <p className="min-w-0 flex-1 break-words">
        {what} could not be loaded: {errorText(error)}
      </p>
      <Button size="sm" variant="secondary" onClick={onRetry}>
        Retry
      </Button>
    </div>
  );
}
