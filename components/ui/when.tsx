import { displayWhen } from "@/lib/amount/display";
import { formatUtc } from "@/lib/time/format";

/**
 * The one date style on screen: relative to the (simulated or real) clock ("3 d ago", "in 21 d")
 * with the absolute UTC time on hover and focus. Until the clock is known (`nowMs` null) the
 * absolute time shows, so nothing is ever blank or guessed.
 */
export function When({ ms, nowMs, className }: { ms: number; nowMs: number | null | undefined; className?: string }) {
  const iso = new Date(ms).toISOString();
  if (nowMs == null) {
    return (
      <time dateTime={iso} className={className}>
        {formatUtc(ms)}
      </time>
    );
  }
  const shown = displayWhen(ms, nowMs);
  return (
    <time dateTime={iso} title={shown.exact} tabIndex={0} className={["rounded-sm underline decoration-dotted decoration-slate-400 underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500", className ?? ""].join(" ")}>
      {shown.text}
    </time>
  );
}
