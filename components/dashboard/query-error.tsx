"use client";

import { Button } from "@/components/ui/button";
import { classifyReadError } from "@/lib/queries/read-errors";

/** An error state for a read, with the reason (the one read-error normaliser) and a retry. */
export function QueryError({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg bg-red-50 px-4 py-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
      <p className="min-w-0 flex-1 wrap-anywhere">
        {what} could not be loaded: {classifyReadError(error).message}
      </p>
      <Button size="sm" variant="secondary" onClick={onRetry}>
        Retry
      </Button>
    </div>
  );
}
