import type { WayCardAction, WayCardContext } from "./way-card-context";

/** The chain's refusal of this panel's last transaction, next to its button. */
export function WayCardFailure({ ctx, action }: { ctx: WayCardContext; action: WayCardAction | ReadonlyArray<WayCardAction> }) {
  const mine = typeof action === "string" ? [action] : action;
  const f = ctx.failure && mine.includes(ctx.failure.action) ? ctx.failure.error : null;
  if (!f) return null;
  return (
    <p role="alert" className="text-sm text-red-700 dark:text-red-400">
      {f.title}: {f.detail}
    </p>
  );
}
