const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The one countdown style ("2d 4h", "4h 12m", "3m 05s", "42s"): the two largest units, the time
 * left rounded up to whole seconds so it never reads 0 while something is still to come. Null
 * once nothing is left (or for a non-number): each screen says what that means there ("Ready",
 * "due now", "ended").
 */
export function formatCountdown(remainingMs: number): string | null {
  if (!(remainingMs > 0) || !Number.isFinite(remainingMs)) return null;
  const total = Math.ceil(remainingMs / SECOND) * SECOND;
  const d = Math.floor(total / DAY);
  const h = Math.floor((total % DAY) / HOUR);
  const m = Math.floor((total % HOUR) / MINUTE);
  const s = Math.floor((total % MINUTE) / SECOND);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, "0")}s`;
  return `${s}s`;
}
