import { displayWhen } from "@/lib/amount/display";
import { formatUtc } from "@/lib/time/format";

/**
 * The one date style on screen: relative to the (simulated or real) clock ("3 d ago", "in 21 d")
 * with the absolute UTC time on hover and focus. Until the clock is known (`nowMs` null) the
 * absolute time shows, so nothing is ever blank or guessed. `relative` replaces the relative
 * text where a screen counts down more finely ("in 2d 4h", lib/time/countdown.ts, already
 * measured against the clock); the absolute time on hover and focus stays.
 */
export function When({ ms, nowMs, className, relative }: { ms: number; nowMs: number | null | undefined; className?: string; relative?: string }) {
  const iso = new Date(ms).toISOString();
  if (nowMs == null && relative === undefined) {
    return (
      <time dateTime={iso} className={className}>
        {formatUtc(ms)}
      </time>
    );
  }
  const text = relative ?? displayWhen(ms, nowMs!).text;
  return (
    <time dateTime={iso} title={formatUtc(ms)} tabIndex={0} className={["rounded-sm underline decoration-dotted decoration-slate-400 underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500", className ?? ""].join(" ")}>
      {text}
    </time>
  );
}
